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

use endings::{Evidence, MAX_SYLLABLES, Reading, nominal, readings};
use lexicon::{
    LIGHT_VERBS, NEGATING, NEGATION_FORMS, NEGATORS, NOUN_VERBS, PARTICLES, STOP_WORDS,
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
    /// `true` for the word's own forms; `false` for synonyms, which add matches but do
    /// not make the word more common (its weight comes from its own forms).
    pub(crate) literal: bool,
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
        };
        a.push(Text::Word(word), 1.0, true);
        a
    }

    fn text(&self, t: Text<'a>) -> &str {
        match t {
            Text::Word(w) => w,
            Text::Static(s) => s,
            Text::Built(start, end) => {
                core::str::from_utf8(&self.buf[usize::from(start)..usize::from(end)])
                    .unwrap_or("")
            }
        }
    }

    fn contains(&self, s: &str) -> bool {
        self.forms[..self.len]
            .iter()
            .any(|&(t, _, _)| self.text(t) == s)
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

    fn build_chars(&mut self, chars: &[char]) {
        let mut tmp = [0u8; 4 * (MAX_SYLLABLES + 1)];
        let mut n = 0;
        for c in chars {
            n += c.encode_utf8(&mut tmp[n..]).len();
        }
        if let Ok(s) = core::str::from_utf8(&tmp[..n]) {
            self.build(&[s], true);
        }
    }

    /// The forms to look up, the word as typed first.
    pub(crate) fn forms(&self) -> impl Iterator<Item = Form<'_>> + '_ {
        self.forms[..self.len].iter().map(|&(t, quality, literal)| Form {
            text: self.text(t),
            quality,
            literal,
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

/// `word` without its longest particle, or `word` when none fits or nothing would be
/// left.
fn strip_particle(word: &str) -> &str {
    let mut best = word;
    for p in PARTICLES {
        if let Some(stem) = word.strip_suffix(p) {
            if !stem.is_empty() && stem.len() < best.len() {
                best = stem;
            }
        }
    }
    best
}

fn is(chars: &[char], word: &str) -> bool {
    chars.iter().copied().eq(word.chars())
}

/// What a reading of a predicate gives.
enum Predicate<'c> {
    Light,
    Negation,
    /// Noun + 하다/되다: the noun.
    Noun(&'c [char]),
    /// A verb: its stem and the keywords' nouns for it.
    Verb(&'c [char], &'static [&'static str]),
}

/// The reading's meaning, if the lexicon accepts it: light and negating verbs, noun +
/// 하다/되다 with a noun of two syllables or more, verbs of the lexicon, and any stem read
/// from an ending only a predicate has.
fn accept<'c>(stem: &'c [char], evidence: Evidence) -> Option<Predicate<'c>> {
    if NEGATING.iter().any(|w| is(stem, w)) {
        return Some(Predicate::Negation);
    }
    if LIGHT_VERBS.iter().any(|w| is(stem, w)) {
        return Some(Predicate::Light);
    }
    for verb in NOUN_VERBS {
        let n = verb.chars().count();
        if stem.len() > n && is(&stem[stem.len() - n..], verb) {
            let noun = &stem[..stem.len() - n];
            if NEGATORS.iter().any(|w| is(noun, w)) {
                return Some(Predicate::Negation);
            }
            if noun.len() >= 2 {
                return Some(Predicate::Noun(noun));
            }
        }
    }
    if let Some((_, synonyms)) = VERBS.iter().find(|(v, _)| is(stem, v)) {
        return Some(Predicate::Verb(stem, synonyms));
    }
    (evidence == Evidence::Sure).then_some(Predicate::Verb(stem, &[]))
}

/// Reads `chars` as a predicate and adds its forms; `false` when it is not one.
fn add_predicate(a: &mut Analysis<'_>, chars: &[char]) -> bool {
    let mut found: Option<Reading> = None;
    readings(chars, |r| {
        let ok = accept(r.stem.chars(), r.evidence).is_some();
        if ok {
            found = Some(r);
        }
        ok
    });
    let Some(r) = found else {
        return false;
    };
    match accept(r.stem.chars(), r.evidence) {
        None => return false,
        Some(Predicate::Light) => a.role = Role::Light,
        Some(Predicate::Negation) => a.role = Role::Negation,
        Some(Predicate::Noun(noun)) => {
            a.build_chars(noun);
            a.stem_last = noun.last().copied();
        }
        Some(Predicate::Verb(stem, synonyms)) => {
            if stem.len() >= 2 {
                a.build_chars(stem);
            } else {
                let mut out = ['\0'; MAX_SYLLABLES + 1];
                let n = nominal(stem, &mut out);
                a.build_chars(&out[..n]);
            }
            a.stem_last = stem.last().copied();
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
    let mut chars = ['\0'; MAX_SYLLABLES + 8];
    let mut n = 0;
    for c in word.chars() {
        if n == chars.len() {
            n = 0;
            break;
        }
        chars[n] = c;
        n += 1;
    }
    let chars = &chars[..n];
    let mut predicate = n > 0 && add_predicate(&mut a, chars);
    if !predicate && n > 2 && NEGATORS.iter().any(|w| word.starts_with(w)) {
        // "안바뀜", "못받음": the negator written together with the verb.
        predicate = add_predicate(&mut a, &chars[1..]);
        if a.role == Role::Light {
            a.role = Role::Negation;
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
        if let Some((from, to)) = VARIANTS.iter().find(|(from, _)| text.contains(from)) {
            if let Some(at) = text.find(from) {
                let (mut before, mut after) = ([0u8; 64], [0u8; 64]);
                let (b, rest) = (&text[..at], &text[at + from.len()..]);
                if b.len() <= 64 && rest.len() <= 64 {
                    before[..b.len()].copy_from_slice(b.as_bytes());
                    after[..rest.len()].copy_from_slice(rest.as_bytes());
                    let (b, rest) = (
                        core::str::from_utf8(&before[..b.len()]).unwrap_or(""),
                        core::str::from_utf8(&after[..rest.len()]).unwrap_or(""),
                    );
                    a.build(&[b, to, rest], true);
                }
            }
        }
    }
    a
}

/// `true` when the Korean word `w` (or the word without its particle) is a stop word, or
/// a particle standing alone ("URI를" gives "URI" and "를").
pub(crate) fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w) || STOP_WORDS.contains(&strip_particle(w)) || PARTICLES.contains(&w)
}

/// `true` for "안" and "못", which negate the verb after them.
pub(crate) fn is_negator(w: &str) -> bool {
    NEGATORS.contains(&w)
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
            assert!(a.forms().any(|f| f.text == noun), "{word}: {:?}", forms(word));
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
    fn light_verbs_and_negation() {
        for w in ["했어요", "돼요", "됐는데", "되요", "있는", "합니다", "해요", "됨", "할"] {
            assert_eq!(analyze(w).role(), Role::Light, "{w}");
        }
        for w in ["안돼요", "안됨", "안되요", "못해요", "못함", "않아요", "않음", "아니에요"] {
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
    fn variants_take_the_glossary_spelling() {
        assert!(forms("캐쉬").contains(&"캐시".into()));
        assert!(forms("에러가").contains(&"오류가".into()));
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
