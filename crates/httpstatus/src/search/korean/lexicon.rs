//! The words the Korean analysis knows: particles, stop words, light and negating verbs,
//! the verbs of situation queries with the nouns the keywords use for them, and spelling
//! variants. Written from Korean grammar and from how developers write, not from any one
//! query; every list is sorted or checked by the tests in `super`.

/// Particles and copula endings that attach to a noun: "업로드를", "서버에서는",
/// "에러예요". The longest that fits comes off.
pub(crate) const PARTICLES: &[&str] = &[
    "가",
    "과",
    "까지",
    "께",
    "나",
    "는",
    "도",
    "라고",
    "라는",
    "랑",
    "로",
    "로는",
    "를",
    "마다",
    "만",
    "밖에",
    "보다",
    "부터",
    "에",
    "에게",
    "에게서",
    "에는",
    "에서",
    "에서는",
    "에서도",
    "였어요",
    "예요",
    "와",
    "으로",
    "으로는",
    "은",
    "을",
    "의",
    "이",
    "이나",
    "이다",
    "이라고",
    "이라는",
    "이라도",
    "이랑",
    "이야",
    "이었어요",
    "이에요",
    "입니다",
    "조차",
    "처럼",
    "한테",
];

/// Words that say little about which code is meant: "…할 때", "원인", "해결 방법",
/// "뜻", adverbs ("계속", "자꾸", "갑자기") and pronouns ("내", "우리"). They still count, at the weight of a stop word. Predicates of 하다, 되다, 있다
/// and the like are recognised by their stem ([`LIGHT_VERBS`]), not listed here.
pub(crate) const STOP_WORDS: &[&str] = &[
    "가끔",
    "갑자기",
    "거",
    "것",
    "경우",
    "계속",
    "곳",
    "관련",
    "그냥",
    "내",
    "등",
    "때",
    "떠요",
    "또",
    "뜸",
    "뜻",
    "못",
    "무엇",
    "문제",
    "뭐",
    "밖에",
    "발생",
    "방법",
    "수",
    "아무리",
    "안",
    "어떻게",
    "없이",
    "왜",
    "우리",
    "원인",
    "의미",
    "이상하게",
    "이유",
    "자꾸",
    "저",
    "전",
    "정말",
    "좀",
    "중",
    "진짜",
    "항상",
    "해결",
    "해결법",
    "후",
];

/// Verbs that carry grammar rather than meaning: 하다 and 되다 (also after a noun, where
/// the noun keeps the meaning: "업로드하다"), 있다, the copula, the passive 당하다,
/// auxiliaries, and verbs that only say an error showed up ("에러가 떠요", "나와요").
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "가", "나", "나오", "놓", "당하", "되", "두", "드리", "뜨", "보", "시키", "싶", "오", "이",
    "있", "주", "하",
];

/// Stems that negate: "않다" ("되지 않음"), "못하다", the copula's negative "아니다".
pub(crate) const NEGATING: &[&str] = &["못하", "아니", "않"];

/// Words put before a verb to negate it: "안 돼요", "못 해요".
pub(crate) const NEGATORS: &[&str] = &["못", "안"];

/// What a negated light verb ("안 돼요", "못 함", "되지 않음") means in the keywords:
/// something failed or is not possible.
pub(crate) const NEGATION_FORMS: &[&str] = &["못함", "불가", "실패", "안됨", "않음"];

/// Light verbs that follow a noun and leave it the meaning: "차단하다", "만료되다",
/// "차단당하다", "종료시키다".
pub(crate) const NOUN_VERBS: &[&str] = &["당하", "되", "시키", "하"];

/// Verbs and adjectives of situation queries, by stem, with the nouns the keywords say
/// the same with ("틀렸어요" is "잘못", "오류", "불일치"; "늦게" is "지연"). A verb
/// listed here is also read from its weaker endings ("늦게", "넘는", "막힘").
pub(crate) const VERBS: &[(&str, &[&str])] = &[
    ("같", &[]),
    ("걸리", &[]),
    ("고치", &["수정"]),
    ("기다리", &["대기"]),
    ("길", &["김"]),
    ("꺼지", &[]),
    ("끊", &["끊김"]),
    ("끊기", &[]),
    ("끝나", &["종료", "만료"]),
    ("내려받", &["다운로드"]),
    ("넘", &["초과"]),
    ("넘치", &["초과"]),
    ("느리", &["지연"]),
    ("늦", &["지연"]),
    ("다르", &["불일치"]),
    ("닫", &[]),
    ("닫히", &[]),
    ("들어가", &["접근", "접속"]),
    ("들어오", &["접근", "접속"]),
    ("막", &["차단"]),
    ("막히", &["차단"]),
    ("만드", &["생성"]),
    ("만들", &["생성"]),
    ("많", &[]),
    ("맞", &["일치"]),
    ("멈추", &["중단"]),
    ("바꾸", &["변경"]),
    ("바뀌", &["변경"]),
    ("바쁘", &["과부하"]),
    ("받", &[]),
    ("보내", &["전송"]),
    ("보이", &[]),
    ("빠지", &["누락"]),
    ("뻗", &[]),
    ("사라지", &["삭제"]),
    ("없", &[]),
    ("없애", &["삭제"]),
    ("없어지", &["삭제"]),
    ("열리", &[]),
    ("올리", &["업로드"]),
    ("잠그", &["잠금"]),
    ("잠기", &["잠금"]),
    ("죽", &[]),
    ("지나", &["만료", "초과"]),
    ("지우", &["삭제"]),
    ("찾", &[]),
    ("크", &[]),
    ("터지", &[]),
    ("틀리", &["잘못", "불일치"]),
    ("풀리", &["만료", "로그아웃"]),
];

/// Nouns and adverbs with the words the keywords say the same with: "할당량" is a "한도",
/// "기한" is what "만료" ends, "오래 걸림" is a "지연". Looked up at [`super::SYNONYM`]
/// strength, like the verbs' nouns.
pub(crate) const SYNONYMS: &[(&str, &[&str])] = &[
    ("거절", &["거부"]),
    ("기한", &["만료"]),
    ("먹통", &["응답없음"]),
    ("소진", &["초과"]),
    ("오래", &["지연"]),
    ("재발급", &["갱신"]),
    ("제거", &["삭제"]),
    ("할당량", &["한도", "사용량"]),
];

/// Spelling variants and loanwords, and the term the keywords use ([the
/// glossary](../../../../../docs/glossary.md) for most): "캐쉬" is "캐시", "에러" is "오류",
/// "비번" is "비밀번호".
pub(crate) const VARIANTS: &[(&str, &str)] = &[
    ("게시물", "게시글"),
    ("로긴", "로그인"),
    ("리다이렉션", "리다이렉트"),
    ("리디렉션", "리다이렉트"),
    ("리디렉트", "리다이렉트"),
    ("메소드", "메서드"),
    ("바디", "콘텐츠"),
    ("본문", "콘텐츠"),
    ("비번", "비밀번호"),
    ("어플리케이션", "애플리케이션"),
    ("에러", "오류"),
    ("캐쉬", "캐시"),
    ("컨텐츠", "콘텐츠"),
    ("컨텐트", "콘텐츠"),
    ("클플", "클라우드플레어"),
    ("타임아웃", "시간초과"),
    ("파라메터", "파라미터"),
    ("페이로드", "콘텐츠"),
    ("프락시", "프록시"),
    ("해더", "헤더"),
];
