//! Korean query words: particles, predicate endings, and the forms to look up.
//!
//! A Korean word carries its grammar at the end: "업로드를" (object particle), "틀렸을"
//! (past tense, adnominal), "만료됐어요" (past tense, polite), "로그인해야" (noun + 하다,
//! "must"). The index holds character bigrams of our texts, which are written as nouns
//! and noun-ending phrases ("비밀번호 틀림", "토큰 만료", "업로드 안 됨"), so a query word
//! is looked up in the forms that meet them ([`analyze`]):
//!
//! - the word as typed, and without its particle ("업로드를" → "업로드");
//! - a predicate's stem, its endings undone ([`endings`]): noun + 하다/되다 gives the noun
//!   ("입력했어요" → "입력", "삭제됨" → "삭제"); a verb gives its stem, or for a one-syllable
//!   stem the noun-ending form ("틀렸을" → "틀리", "없어요" → "없음");
//! - for verbs of the lexicon, the nouns the keywords use for them ("늦게" → "지연",
//!   "빠졌어요" → "누락"), at [`SYNONYM`] strength;
//! - spelling variants and loanwords in the glossary's spelling ("캐쉬" → "캐시", "에러" →
//!   "오류").
//!
//! Light verbs ("했어요", "돼요", "있는") say nothing alone and are stop words; negated
//! ones ("안 돼요", "못 함", "되지 않음") mean that something failed or is not possible and
//! are looked up as such ([`lexicon::NEGATION_FORMS`]).

mod endings;
mod hangul;
mod lexicon;

pub(crate) use hangul::same_but_final;

use crate::term_table::{compare, in_sorted, same};

use endings::{Evidence, Reading, nominal, readings};
use lexicon::{
    LIGHT_VERBS, NEGATING, NEGATION_FORMS, NEGATORS, NOUN_VERBS, PARTICLES, STOP_WORDS, SYNONYMS,
    VARIANTS, VERBS,
};

/// Strength of a form that is a synonym of the word typed ("지연" for "늦게"), relative
/// to the word's own forms: the word as typed is the better evidence.
pub(crate) const SYNONYM: f32 = 0.8;

/// Most forms of one word.
const MAX_FORMS: usize = 10;
/// Bytes for the forms built from the word (stems, noun-ending forms, variants).
const BUF: usize = 192;

/// What a word does in the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// It says what the query is about.
    Content,
    /// A light verb ("했어요", "돼요"): grammar, a stop word, unless a negator comes
    /// before it ("안 돼요").
    Light,
    /// A negated predicate ("안돼요", "못함", "않아요"): something failed.
    Negation,
}

#[derive(Clone, Copy, Debug)]
enum Text<'a> {
    Word(&'a str),
    Static(&'static str),
    Built(u8, u8),
}

/// One form to look up.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Form<'f> {
    /// The form's text.
    pub(crate) text: &'f str,
    /// Its strength: 1, or [`SYNONYM`].
    pub(crate) quality: f32,
    /// `true` for the word's own forms; `false` for synonyms.
    pub(crate) literal: bool,
    /// `true` for a word of the lexicon (a synonym, a failure's forms), looked up as
    /// written; `false` for a form of the typed word, whose last syllable may carry another
    /// ending than the texts' ("많음" and "많은").
    pub(crate) dictionary: bool,
}

/// The forms of a Korean word and its role; see the [module](self) documentation.
#[derive(Clone, Debug)]
pub(crate) struct Analysis<'a> {
    forms: [(Text<'a>, f32, bool); MAX_FORMS],
    len: usize,
    buf: [u8; BUF],
    used: usize,
    role: Role,
    stem_last: Option<char>,
    adnominal: bool,
}

impl<'a> Analysis<'a> {
    fn new(word: &'a str) -> Self {
        let mut a = Analysis {
            forms: [(Text::Word(""), 0.0, false); MAX_FORMS],
            len: 0,
            buf: [0; BUF],
            used: 0,
            role: Role::Content,
            stem_last: None,
            adnominal: word
                .chars()
                .next_back()
                .and_then(hangul::Syllable::of)
                .is_some_and(|s| matches!(s.fin, hangul::fin::NIEUN | hangul::fin::RIEUL)),
        };
        a.push(Text::Word(word), 1.0, true);
        a
    }

    fn text(&self, t: Text<'a>) -> &str {
        match t {
            Text::Word(w) => w,
            Text::Static(s) => s,
            Text::Built(start, end) => {
                core::str::from_utf8(&self.buf[usize::from(start)..usize::from(end)]).unwrap_or("")
            }
        }
    }

    fn contains(&self, s: &str) -> bool {
        self.forms[..self.len]
            .iter()
            .any(|&(t, _, _)| same(self.text(t).as_bytes(), s.as_bytes()))
    }

    fn push(&mut self, t: Text<'a>, quality: f32, literal: bool) {
        let s = self.text(t);
        if self.len < MAX_FORMS && !s.is_empty() && !self.contains(s) {
            self.forms[self.len] = (t, quality, literal);
            self.len += 1;
        }
    }

    /// Adds a form made of `parts`, one after the other.
    fn build(&mut self, parts: &[&str], literal: bool) {
        let start = self.used;
        let mut end = start;
        for p in parts {
            if end + p.len() > BUF {
                return;
            }
            self.buf[end..end + p.len()].copy_from_slice(p.as_bytes());
            end += p.len();
        }
        // Forms are short and BUF is under 256.
        let text = Text::Built(start as u8, end as u8);
        let before = self.len;
        self.push(text, 1.0, literal);
        if self.len > before {
            self.used = end;
        }
    }

    /// The forms to look up, the word as typed first.
    pub(crate) fn forms(&self) -> impl Iterator<Item = Form<'_>> + '_ {
        self.forms[..self.len]
            .iter()
            .map(|&(t, quality, literal)| Form {
                text: self.text(t),
                quality,
                literal,
                dictionary: matches!(t, Text::Static(_)),
            })
    }

    /// What the word does in the query.
    pub(crate) fn role(&self) -> Role {
        self.role
    }

    /// The last syllable of the word's noun or stem, when it differs from the word's
    /// ("파일" of "파일이"): a phrase continues from there.
    pub(crate) fn stem_last(&self) -> Option<char> {
        self.stem_last
    }

    /// `true` when the word ends in an adnominal ending (ㄴ, ㄹ: "된", "하는", "없는"): it
    /// describes the noun after it ("등록 안 된 경로") rather than ending the sentence.
    pub(crate) fn is_adnominal(&self) -> bool {
        self.adnominal
    }

    /// Replaces the forms with those of a failure ([`lexicon::NEGATION_FORMS`]), keeping
    /// the word as typed: for a light verb after a negator ("안 돼요").
    pub(crate) fn negate(&mut self) {
        self.len = 1;
        for f in NEGATION_FORMS {
            self.push(Text::Static(f), 1.0, true);
        }
        self.role = Role::Negation;
    }
}

/// `word` without its particles ("사내망에서만" → "사내망"), or `word` when none fits or
/// nothing would be left. A second particle comes off only when two syllables stay.
fn strip_particle(word: &str) -> &str {
    let once = strip_one_particle(word);
    let twice = strip_one_particle(once);
    if twice.chars().nth(1).is_some() {
        twice
    } else {
        once
    }
}

/// `word` without its longest particle.
fn strip_one_particle(word: &str) -> &str {
    // Particles are at most four syllables: the starts of the last four, the longest
    // tail tried first.
    let mut tails = [0usize; 4];
    let mut n = 0;
    for (i, _) in word.char_indices().rev() {
        if i == 0 || n == tails.len() {
            break;
        }
        tails[n] = i;
        n += 1;
    }
    for &at in tails[..n].iter().rev() {
        if in_sorted(PARTICLES, &word[at..]) {
            return &word[..at];
        }
    }
    word
}

/// The first spelling variant in `text`: where it starts, the variant and its term.
fn find_variant(text: &str) -> Option<(usize, &'static str, &'static str)> {
    for (at, _) in text.char_indices() {
        let rest = &text[at..];
        for &(from, to) in VARIANTS {
            if rest
                .as_bytes()
                .get(..from.len())
                .is_some_and(|r| same(r, from.as_bytes()))
            {
                return Some((at, from, to));
            }
        }
    }
    None
}

/// What a reading of a predicate gives.
enum Predicate<'s> {
    Light,
    Negation,
    /// Noun + 하다/되다: the noun.
    Noun(&'s str),
    /// A verb: its stem and the keywords' nouns for it.
    Verb(&'s str, &'static [&'static str]),
}

/// The reading's meaning, if the lexicon accepts it: light and negating verbs, noun +
/// 하다/되다 with a noun of two syllables or more, verbs of the lexicon, and any stem read
/// from an ending only a predicate has.
fn accept(stem: &str, evidence: Evidence) -> Option<Predicate<'_>> {
    if in_sorted(NEGATING, stem) {
        return Some(Predicate::Negation);
    }
    if in_sorted(LIGHT_VERBS, stem) {
        return Some(Predicate::Light);
    }
    for verb in NOUN_VERBS {
        let cut = stem.len().saturating_sub(verb.len());
        let ends =
            cut > 0 && stem.is_char_boundary(cut) && same(&stem.as_bytes()[cut..], verb.as_bytes());
        if let Some(noun) = ends.then(|| &stem[..cut]) {
            if in_sorted(NEGATORS, noun) {
                return Some(Predicate::Negation);
            }
            if noun.chars().nth(1).is_some() {
                return Some(Predicate::Noun(noun));
            }
        }
    }
    if let Ok(i) = VERBS.binary_search_by(|(v, _)| compare(v.as_bytes(), stem.as_bytes())) {
        return Some(Predicate::Verb(stem, VERBS[i].1));
    }
    (evidence == Evidence::Sure).then_some(Predicate::Verb(stem, &[]))
}

/// Reads `word` as a predicate and adds its forms; `false` when it is not one.
fn add_predicate(a: &mut Analysis<'_>, word: &str) -> bool {
    let mut found: Option<Reading> = None;
    readings(word, |r| {
        let ok = accept(r.stem.as_str(), r.evidence).is_some();
        if ok {
            found = Some(r);
        }
        ok
    });
    let Some(r) = found else {
        return false;
    };
    match accept(r.stem.as_str(), r.evidence) {
        None => return false,
        Some(Predicate::Light) => a.role = Role::Light,
        Some(Predicate::Negation) => a.role = Role::Negation,
        Some(Predicate::Noun(noun)) => {
            a.build(&[noun], true);
            a.stem_last = noun.chars().next_back();
        }
        Some(Predicate::Verb(stem, synonyms)) => {
            if stem.chars().nth(1).is_some() {
                a.build(&[stem], true);
            } else {
                a.build(&[nominal(stem).as_str()], true);
            }
            a.stem_last = stem.chars().next_back();
            for s in synonyms.iter() {
                a.push(Text::Static(s), SYNONYM, false);
            }
        }
    }
    true
}

/// The forms of the Korean word `word` and its role in the query.
pub(crate) fn analyze(word: &str) -> Analysis<'_> {
    let mut a = Analysis::new(word);
    let mut predicate = add_predicate(&mut a, word);
    if !predicate {
        // "안바뀜", "못받음": the negator written together with the verb.
        if let Some(rest) = NEGATORS
            .iter()
            .find_map(|n| word.strip_prefix(n))
            .filter(|r| r.chars().nth(1).is_some())
        {
            predicate = add_predicate(&mut a, rest);
            if a.role == Role::Light {
                a.role = Role::Negation;
            }
        }
    }
    if a.role == Role::Negation {
        a.negate();
        return a;
    }
    if !predicate {
        let noun = strip_particle(word);
        if noun != word {
            a.push(Text::Word(noun), 1.0, true);
            a.stem_last = noun.chars().next_back();
        }
    }
    for i in 0..a.len {
        let (t, _, literal) = a.forms[i];
        if !literal {
            continue;
        }
        let text = a.text(t);
        if let Ok(k) = SYNONYMS.binary_search_by(|(w, _)| compare(w.as_bytes(), text.as_bytes())) {
            for s in SYNONYMS[k].1 {
                a.push(Text::Static(s), SYNONYM, false);
            }
        }
        let text = a.text(t);
        let Some((at, from, to)) = find_variant(text) else {
            continue;
        };
        let mut copy = [0u8; BUF];
        if text.len() > BUF {
            continue;
        }
        copy[..text.len()].copy_from_slice(text.as_bytes());
        let copy = core::str::from_utf8(&copy[..text.len()]).unwrap_or("");
        a.build(&[&copy[..at], to, &copy[at + from.len()..]], true);
    }
    a
}

/// `true` when the Korean word `w` (or the word without its particle) is a stop word, or
/// a particle standing alone ("URI를" gives "URI" and "를").
pub(crate) fn is_stop_word(w: &str) -> bool {
    in_sorted(STOP_WORDS, w) || in_sorted(STOP_WORDS, strip_particle(w)) || in_sorted(PARTICLES, w)
}

/// `true` for "안" and "못", which negate the verb after them.
pub(crate) fn is_negator(w: &str) -> bool {
    in_sorted(NEGATORS, w)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    fn forms(w: &str) -> Vec<std::string::String> {
        analyze(w).forms().map(|f| f.text.into()).collect()
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            PARTICLES,
            STOP_WORDS,
            LIGHT_VERBS,
            NEGATING,
            NEGATORS,
            NOUN_VERBS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(VERBS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(SYNONYMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(VARIANTS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn particles_come_off_nouns() {
        assert_eq!(forms("업로드를"), ["업로드를", "업로드"]);
        assert_eq!(forms("서버에서는"), ["서버에서는", "서버"]);
        assert_eq!(forms("요청"), ["요청"]);
        assert_eq!(forms("가"), ["가"]);
        assert_eq!(analyze("파일이").stem_last(), Some('일'));
    }

    #[test]
    fn noun_and_light_verb_give_the_noun() {
        for (word, noun) in [
            ("입력했어요", "입력"),
            ("삭제됨", "삭제"),
            ("만료됐어요", "만료"),
            ("만료되었습니다", "만료"),
            ("로그인해야", "로그인"),
            ("탈퇴한", "탈퇴"),
            ("차단당했어요", "차단"),
            ("업로드하려고", "업로드"),
            ("초과했는데", "초과"),
            ("실패함", "실패"),
            ("잘못됨", "잘못"),
            ("처리할때", "처리"),
        ] {
            let a = analyze(word);
            assert_eq!(a.role(), Role::Content, "{word}");
            assert!(
                a.forms().any(|f| f.text == noun),
                "{word}: {:?}",
                forms(word)
            );
        }
        // A one-syllable "noun" before 한 is a noun itself ("권한", "제한").
        assert_eq!(forms("권한"), ["권한"]);
        assert_eq!(forms("제한"), ["제한"]);
    }

    #[test]
    fn verbs_give_stems_noun_forms_and_synonyms() {
        assert_eq!(forms("틀렸을"), ["틀렸을", "틀리", "잘못", "불일치"]);
        assert_eq!(forms("없어요"), ["없어요", "없음"]);
        assert_eq!(forms("없는"), ["없는", "없음"]);
        assert_eq!(forms("늦게"), ["늦게", "늦음", "지연"]);
        assert_eq!(forms("느려서"), ["느려서", "느리", "지연"]);
        assert_eq!(forms("빠졌어요"), ["빠졌어요", "빠지", "누락"]);
        assert_eq!(forms("막혔어요"), ["막혔어요", "막히", "차단"]);
        let syn = analyze("늦게");
        let f: Vec<Form> = syn.forms().collect();
        assert!(f[0].literal && f[1].literal && !f[2].literal);
        assert_eq!(f[2].quality, SYNONYM);
        // Nouns that end like endings stay nouns.
        assert_eq!(forms("이미지"), ["이미지"]);
        assert_eq!(forms("경고"), ["경고"]);
        assert_eq!(forms("세션"), ["세션"]);
    }

    #[test]
    fn stacked_particles_come_off() {
        assert_eq!(forms("사내망에서만"), ["사내망에서만", "사내망"]);
        assert_eq!(forms("서버에서도"), ["서버에서도", "서버"]);
        // A second particle only when two syllables stay: "글에서만" keeps "글에서"'s noun.
        assert_eq!(strip_particle("글에서만"), "글에서");
    }

    #[test]
    fn adnominal_endings() {
        assert!(analyze("된").is_adnominal() && analyze("하는").is_adnominal());
        assert!(analyze("없는").is_adnominal() && analyze("할").is_adnominal());
        assert!(!analyze("돼요").is_adnominal() && !analyze("됨").is_adnominal());
    }

    #[test]
    fn light_verbs_and_negation() {
        for w in [
            "했어요",
            "돼요",
            "됐는데",
            "되요",
            "있는",
            "합니다",
            "해요",
            "됨",
            "할",
            "당함",
        ] {
            assert_eq!(analyze(w).role(), Role::Light, "{w}");
        }
        for w in [
            "안돼요",
            "안됨",
            "안되요",
            "못해요",
            "못함",
            "않아요",
            "않음",
            "아니에요",
        ] {
            let a = analyze(w);
            assert_eq!(a.role(), Role::Negation, "{w}");
            assert!(a.forms().any(|f| f.text == "실패"), "{w}");
        }
        let mut a = analyze("돼요");
        a.negate();
        assert_eq!(a.role(), Role::Negation);
        assert!(a.forms().any(|f| f.text == "불가"));
        assert!(is_negator("안") && is_negator("못") && !is_negator("않"));
    }

    #[test]
    fn nouns_bring_their_synonyms() {
        assert_eq!(forms("할당량이"), ["할당량이", "할당량", "한도", "사용량"]);
        assert_eq!(forms("오래"), ["오래", "지연"]);
        assert!(analyze("할당량").forms().skip(1).all(|f| !f.literal));
    }

    #[test]
    fn variants_take_the_glossary_spelling() {
        assert!(forms("캐쉬").contains(&"캐시".into()));
        assert!(forms("에러가").contains(&"오류가".into()));
        assert!(forms("거절됨").contains(&"거부".into()));
        assert!(forms("비번이").contains(&"비밀번호".into()));
        assert!(forms("리디렉션").contains(&"리다이렉트".into()));
    }

    #[test]
    fn stop_words() {
        assert!(is_stop_word("때"));
        assert!(is_stop_word("원인은"));
        assert!(is_stop_word("를") && is_stop_word("가"));
        assert!(!is_stop_word("업로드"));
    }
}
