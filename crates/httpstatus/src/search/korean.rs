//! Korean query words: particles and endings, and the stems to look up.
//!
//! A Korean word carries its grammar at the end: "업로드를" (object particle), "틀렸을"
//! (past tense, adnominal), "만료됐어요" (past tense, polite). The index holds character
//! bigrams of our texts, so a stem ("업로드", "만료") finds them; [`stems`] gives the word
//! and the stems to try, and [`same_but_final`] lets the last syllable differ only in its
//! final consonant ("많음" and "많은", "틀림" and "틀린").

/// Particles and endings, longest first within each starting letter so the longest that
/// fits is stripped: "에서는" before "는". Written from the grammar of situation queries
/// ("…할 때", "…했는데", "…돼요"), not from any one query.
const ENDINGS: &[&str] = &[
    // Particles.
    "에서는",
    "에서도",
    "으로는",
    "에게서",
    "이라도",
    "이라는",
    "까지",
    "부터",
    "에서",
    "에게",
    "으로",
    "처럼",
    "보다",
    "이나",
    "이랑",
    "라는",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "의",
    "도",
    "로",
    "와",
    "과",
    "만",
    "랑",
    "나",
    // Verb and adjective endings, polite and plain.
    "했을때",
    "됐을때",
    "되었을",
    "했는데",
    "됐는데",
    "하는데",
    "되는데",
    "했어요",
    "됐어요",
    "합니다",
    "됩니다",
    "습니다",
    "입니다",
    "이에요",
    "했음",
    "됐음",
    "었음",
    "았음",
    "했을",
    "됐을",
    "하는",
    "되는",
    "해요",
    "돼요",
    "되요",
    "어요",
    "아요",
    "에요",
    "예요",
    "는데",
    "하고",
    "해서",
    "돼서",
    "어서",
    "아서",
    "으면",
    "니까",
    "하기",
    "되기",
    "하지",
    "되지",
    "할때",
    "함",
    "됨",
    "임",
    "음",
    "할",
    "한",
    "된",
    "될",
    "고",
    "서",
    "면",
    "지",
    "다",
    "요",
];

/// Words that say little about which code is meant: "…할 때", "원인", "해결 방법",
/// "뜻". They still count, at the weight of a stop word.
const STOP_WORDS: &[&str] = &[
    "때",
    "수",
    "것",
    "거",
    "등",
    "중",
    "좀",
    "왜",
    "뭐",
    "뜻",
    "의미",
    "원인",
    "이유",
    "해결",
    "해결법",
    "방법",
    "경우",
    "발생",
    "관련",
    "문제",
    "나옴",
    "나와요",
    "뜸",
    "떠요",
    "어떻게",
    "무엇",
    "안",
    "못",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "의",
    "도",
    "로",
    "와",
    "과",
    "만",
    "할",
    "함",
    "됨",
    "하다",
    "되다",
    "했음",
    "됐음",
    "있음",
    "없이",
    "그냥",
    "않",
    "않음",
    "않다",
    "않는",
    "하지",
    "되지",
];

/// `true` when the Korean word `w` (or its stem) is a stop word.
pub(crate) fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w) || STOP_WORDS.contains(&strip_ending(w))
}

/// `w` without its longest ending, or `w` when none fits or nothing would be left.
fn strip_ending(w: &str) -> &str {
    let mut best = w;
    for e in ENDINGS {
        if let Some(stem) = w.strip_suffix(e) {
            if !stem.is_empty() && stem.len() < best.len() {
                best = stem;
            }
        }
    }
    best
}

/// The Hangul syllable's final consonant (jongseong) index, 0 when it has none.
fn final_consonant(c: char) -> u32 {
    match c {
        '\u{AC00}'..='\u{D7A3}' => (c as u32 - 0xAC00) % 28,
        _ => 0,
    }
}

/// The final consonant ㅆ: the mark of the past tense ("했", "됐", "렸").
const FINAL_SSANG_SIOT: u32 = 20;

/// `true` when `a` and `b` are the same syllable but perhaps for the final consonant:
/// "음" and "은", "림" and "린". Two identical characters are always the same.
pub(crate) fn same_but_final(a: char, b: char) -> bool {
    let syllable = |c: char| matches!(c, '\u{AC00}'..='\u{D7A3}');
    a == b || (syllable(a) && syllable(b) && (a as u32 - 0xAC00) / 28 == (b as u32 - 0xAC00) / 28)
}

/// The forms of a Korean word to look up, most literal first, at most three: the word;
/// the word without its ending ("업로드를" → "업로드"); and, when that stem ends in a past
/// tense syllable, the stem before it ("틀렸" → "틀", "실패했" → "실패").
pub(crate) fn stems(word: &str) -> [Option<&str>; 3] {
    let mut out = [Some(word), None, None];
    let stripped = strip_ending(word);
    if stripped != word {
        out[1] = Some(stripped);
    }
    let base = out[1].unwrap_or(word);
    if let Some(last) = base.chars().next_back() {
        if final_consonant(last) == FINAL_SSANG_SIOT {
            let before = &base[..base.len() - last.len_utf8()];
            if !before.is_empty() {
                out[2] = Some(before);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_come_off() {
        assert_eq!(stems("업로드를"), [Some("업로드를"), Some("업로드"), None]);
        assert_eq!(stems("틀렸을"), [Some("틀렸을"), Some("틀렸"), Some("틀")]);
        assert_eq!(stems("만료됐어요")[1], Some("만료"));
        assert_eq!(stems("실패했음")[1], Some("실패"));
        assert_eq!(stems("요청"), [Some("요청"), None, None]);
        // A one-syllable word keeps itself.
        assert_eq!(stems("가"), [Some("가"), None, None]);
    }

    #[test]
    fn final_consonants() {
        assert!(same_but_final('음', '은'));
        assert!(same_but_final('림', '린'));
        assert!(same_but_final('리', '린'));
        assert!(!same_but_final('음', '암'));
        assert!(same_but_final('a', 'a'));
        assert!(!same_but_final('a', 'b'));
    }

    #[test]
    fn stop_words() {
        assert!(is_stop_word("때"));
        assert!(is_stop_word("원인은"));
        assert!(!is_stop_word("업로드"));
    }
}
