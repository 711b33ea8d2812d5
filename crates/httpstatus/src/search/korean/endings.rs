//! Reading a Korean predicate: stem + ending.
//!
//! A predicate ends in a chain of endings ("했는데", "돼요", "틀렸을 때", "안 돼요"), and
//! the last syllable of the stem often carries part of it: the past tense ㅆ ("했" is 하 +
//! 었, "렸" is 리 + 었), the infinitive 어 contracted into the stem ("해" is 하 + 어, "돼"
//! is 되 + 어, "려" is 리 + 어), or a final consonant (ㄴ in "한", ㄹ in "할", ㅁ in "함",
//! ㅂ in "합니다"). [`readings`] undoes each of these and offers every stem the word could
//! have, with how sure the reading is; the caller ([`super::analyze`]) keeps the first one
//! its lexicon accepts. No dictionary of endings is complete: these are the endings of
//! the plain, polite and casual styles that situation queries use.

use super::hangul::{Syllable, fin, initial, vowel};
use crate::term_table::in_sorted;

/// Longest stem, in syllables; longer words are not read as predicates.
pub(crate) const MAX_SYLLABLES: usize = 16;

/// Endings after a syllable with the past tense ㅆ ("했" + "는데", "렸" + "을").
const AFTER_PAST: &[&str] = &[
    "",
    "거든",
    "거든요",
    "고",
    "기",
    "기에",
    "나요",
    "네",
    "네요",
    "는데",
    "는데도",
    "는데요",
    "는지",
    "다",
    "다가",
    "다고",
    "다는",
    "다는데",
    "대요",
    "더니",
    "던",
    "던데",
    "습니까",
    "습니다",
    "어",
    "어도",
    "어서",
    "어야",
    "어요",
    "으나",
    "으니",
    "으니까",
    "으면",
    "을",
    "을까",
    "을때",
    "음",
    "잖아",
    "잖아요",
    "죠",
    "지",
    "지만",
    "지요",
];

/// Endings after the infinitive, 어/아 contracted into the stem or standing alone ("해" +
/// "요", "없어" + "서"), auxiliary verbs included ("해" + "버렸어요", "잠겨" + "있음").
const AFTER_INFINITIVE: &[&str] = &[
    "",
    "도",
    "도요",
    "버려요",
    "버렸다",
    "버렸어요",
    "버렸음",
    "버림",
    "보니",
    "봐도",
    "봤는데",
    "봤어요",
    "봤음",
    "서",
    "서요",
    "야",
    "야돼",
    "야돼요",
    "야되",
    "야되요",
    "야됨",
    "야지",
    "야함",
    "야해",
    "야해요",
    "요",
    "있는",
    "있는데",
    "있다",
    "있어요",
    "있음",
    "져요",
    "졌는데",
    "졌다",
    "졌어요",
    "졌음",
    "주세요",
    "줌",
    "줘",
    "줘요",
    "짐",
];

/// Endings that follow any stem as they are ("틀리" + "고", "없" + "는데").
const AFTER_STEM: &[&str] = &[
    "거나",
    "게",
    "게요",
    "고",
    "고요",
    "기",
    "기가",
    "기는",
    "기도",
    "기만",
    "나",
    "나요",
    "네",
    "네요",
    "는",
    "는가",
    "는데",
    "는데도",
    "는데요",
    "는지",
    "니",
    "니까",
    "다",
    "다가",
    "다고",
    "다는",
    "다는데",
    "다니",
    "다면",
    "대요",
    "더니",
    "던",
    "던데",
    "도록",
    "려고",
    "려는데",
    "려니",
    "려면",
    "면",
    "면서",
    "면요",
    "세요",
    "에요",
    "요",
    "자",
    "자마자",
    "잖아",
    "잖아요",
    "죠",
    "지",
    "지도",
    "지만",
    "지요",
];

/// Endings that only follow a stem ending in a consonant ("없" + "음", "넘" + "은").
const AFTER_CONSONANT: &[&str] = &[
    "습니까",
    "습니다",
    "으나",
    "으니",
    "으니까",
    "으려고",
    "으려면",
    "으면",
    "으면서",
    "으세요",
    "은",
    "은데",
    "을",
    "을까",
    "을때",
    "을수",
    "음",
];

/// Endings after a stem whose last syllable took the final ㄴ ("한" + "데").
const AFTER_NIEUN: &[&str] = &[
    "",
    "가",
    "거",
    "건",
    "걸",
    "다",
    "다고",
    "다는데",
    "대요",
    "데",
    "데요",
    "지",
];
/// … the final ㄹ ("할" + "때", "될" + "수").
const AFTER_RIEUL: &[&str] = &[
    "", "거", "게", "게요", "까", "까요", "때", "때요", "래요", "수", "지",
];
/// … the final ㅁ ("함", "됨").
const AFTER_MIEUM: &[&str] = &[""];
/// … the final ㅂ ("합" + "니다").
const AFTER_BIEUP: &[&str] = &["니까", "니다", "시다"];

/// How sure a reading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// The word can only be a predicate: a past tense ㅆ, a contracted infinitive (해, 돼,
    /// 려, 와, 워) or a standalone 어/아/었/겠 before the ending.
    Sure,
    /// Nouns end like this too ("경고", "이미지", "권한"): the caller takes the reading
    /// only for a stem it knows.
    Weak,
}

/// A stem, as UTF-8 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stem {
    bytes: [u8; 4 * MAX_SYLLABLES],
    len: usize,
}

impl Stem {
    fn new(prefix: &str) -> Stem {
        let mut bytes = [0; 4 * MAX_SYLLABLES];
        bytes[..prefix.len()].copy_from_slice(prefix.as_bytes());
        Stem {
            bytes,
            len: prefix.len(),
        }
    }

    fn push(&mut self, c: char) {
        self.len += c.encode_utf8(&mut self.bytes[self.len..]).len();
    }

    fn with_last(prefix: &str, last: char) -> Stem {
        let mut s = Stem::new(prefix);
        s.push(last);
        s
    }

    /// The stem's text.
    pub(crate) fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// One way to read a word: its stem and how sure the reading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The stem in its dictionary form ("틀리" for "틀렸을", "업로드하" for "업로드해서").
    pub(crate) stem: Stem,
    /// How sure.
    pub(crate) evidence: Evidence,
}

/// `true` when `tail` is in `list` (sorted).
fn ends_with(list: &[&str], tail: &str) -> bool {
    in_sorted(list, tail)
}

/// The stems a past-tense syllable stands for: "했" → 하, "됐" → 되, "렸" → 리, "왔" → 오,
/// "줬" → 주; a standalone 었/았/였/겠 goes away ("넘었" → 넘).
fn undo_past(s: Syllable) -> Option<Syllable> {
    let plain = s.with_final(fin::NONE);
    // 겠 (intention, future) goes like the past.
    if plain.initial == initial::GIYEOK && plain.vowel == vowel::E {
        return None;
    }
    undo_infinitive(plain)
}

/// The stem syllable an infinitive syllable stands for, `None` when the syllable is
/// only the ending (어, 아, 여).
fn undo_infinitive(s: Syllable) -> Option<Syllable> {
    if s.initial == initial::IEUNG && matches!(s.vowel, vowel::A | vowel::EO | vowel::YEO) {
        return None;
    }
    Some(match s.vowel {
        // 해 → 하.
        vowel::AE if s.initial == initial::HIEUH => s.with_vowel(vowel::A),
        vowel::WAE => s.with_vowel(vowel::OE),
        vowel::YEO => s.with_vowel(vowel::I),
        vowel::WA => s.with_vowel(vowel::O),
        vowel::WO => s.with_vowel(vowel::U),
        _ => s,
    })
}

/// `true` when the infinitive syllable shows the contraction plainly (해, 돼, 려, 와, 워):
/// then the word is a predicate for sure.
fn contracted(s: Syllable) -> bool {
    (s.vowel == vowel::AE && s.initial == initial::HIEUH)
        || matches!(s.vowel, vowel::WAE | vowel::YEO | vowel::WA | vowel::WO)
}

/// Calls `take` with every reading of `word` as stem + ending, the shortest stem first,
/// until it returns `true`.
pub(crate) fn readings(word: &str, mut take: impl FnMut(Reading) -> bool) {
    for (at, c) in word.char_indices() {
        let Some(s) = Syllable::of(c) else {
            continue;
        };
        let prefix = &word[..at];
        let tail = &word[at + c.len_utf8()..];
        if prefix.len() + 8 > 4 * MAX_SYLLABLES {
            break;
        }
        let mut offer = |stem: Stem, evidence| take(Reading { stem, evidence });
        // 했/됐/렸/었 + ending.
        if s.fin == fin::SSANG_SIOT && ends_with(AFTER_PAST, tail) {
            let stem = match undo_past(s) {
                Some(base) => Stem::with_last(prefix, base.to_char()),
                None => Stem::new(prefix),
            };
            if stem.len > 0 && offer(stem, Evidence::Sure) {
                return;
            }
        }
        // 해/돼/려/어 + ending.
        if s.fin == fin::NONE && ends_with(AFTER_INFINITIVE, tail) {
            let undone = undo_infinitive(s);
            let sure = undone.is_none() && at > 0 || contracted(s);
            let evidence = if sure { Evidence::Sure } else { Evidence::Weak };
            let stem = match undone {
                Some(base) => Stem::with_last(prefix, base.to_char()),
                None => Stem::new(prefix),
            };
            if stem.len > 0 && offer(stem, evidence) {
                return;
            }
            // 커 → 크, 써 → 쓰 (the stem's ㅡ drops before 어); 달라 → 다르.
            if undone.is_some() && matches!(s.vowel, vowel::A | vowel::EO) {
                let eu = s.with_vowel(vowel::EU);
                if offer(Stem::with_last(prefix, eu.to_char()), Evidence::Weak) {
                    return;
                }
                let before = prefix.chars().next_back();
                if let (Some(b), initial::RIEUL) = (before.and_then(Syllable::of), s.initial) {
                    if b.fin == fin::RIEUL {
                        let rest = &prefix[..prefix.len() - before.map_or(0, char::len_utf8)];
                        let mut stem = Stem::with_last(rest, b.with_final(fin::NONE).to_char());
                        stem.push(
                            Syllable {
                                initial: initial::RIEUL,
                                vowel: vowel::EU,
                                fin: fin::NONE,
                            }
                            .to_char(),
                        );
                        if offer(stem, Evidence::Weak) {
                            return;
                        }
                    }
                }
            }
        }
        // 한/할/함/합 + ending: the final consonant is the ending.
        let after_final = match s.fin {
            fin::NIEUN => AFTER_NIEUN,
            fin::RIEUL => AFTER_RIEUL,
            fin::MIEUM => AFTER_MIEUM,
            fin::BIEUP => AFTER_BIEUP,
            _ => &[],
        };
        if ends_with(after_final, tail) {
            let base = s.with_final(fin::NONE).to_char();
            if offer(Stem::with_last(prefix, base), Evidence::Weak) {
                return;
            }
        }
        // Stem + ending as it is.
        if !tail.is_empty()
            && (ends_with(AFTER_STEM, tail)
                || (s.fin != fin::NONE && ends_with(AFTER_CONSONANT, tail)))
            && offer(Stem::with_last(prefix, c), Evidence::Weak)
        {
            return;
        }
    }
}

/// The nominal form of a stem (stem + ㅁ/음: "틀리" → "틀림", "없" → "없음", "만들" →
/// "만듦"), the style the keywords are written in.
pub(crate) fn nominal(stem: &str) -> Stem {
    let Some(last) = stem.chars().next_back() else {
        return Stem::new("");
    };
    let rest = &stem[..stem.len() - last.len_utf8()];
    match Syllable::of(last) {
        Some(s) if s.fin == fin::NONE => Stem::with_last(rest, s.with_final(fin::MIEUM).to_char()),
        Some(s) if s.fin == fin::RIEUL => {
            Stem::with_last(rest, s.with_final(fin::RIEUL_MIEUM).to_char())
        }
        _ => {
            let mut out = Stem::with_last(rest, last);
            out.push('음');
            out
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;
    use std::vec::Vec;

    fn all(word: &str) -> Vec<(String, Evidence)> {
        let mut out = Vec::new();
        readings(word, |r| {
            out.push((r.stem.as_str().into(), r.evidence));
            false
        });
        out
    }

    fn first_sure(word: &str) -> Option<String> {
        all(word)
            .into_iter()
            .find(|(_, e)| *e == Evidence::Sure)
            .map(|(s, _)| s)
    }

    #[test]
    fn ending_lists_are_sorted() {
        for list in [
            AFTER_PAST,
            AFTER_INFINITIVE,
            AFTER_STEM,
            AFTER_CONSONANT,
            AFTER_NIEUN,
            AFTER_RIEUL,
            AFTER_MIEUM,
            AFTER_BIEUP,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn past_tense_comes_off() {
        for (word, stem) in [
            ("했어요", "하"),
            ("입력했어요", "입력하"),
            ("만료됐어요", "만료되"),
            ("됐는데", "되"),
            ("안됬어요", "안되"),
            ("틀렸을", "틀리"),
            ("틀렸어요", "틀리"),
            ("막혔어요", "막히"),
            ("꺼졌어요", "꺼지"),
            ("들어갔을", "들어가"),
            ("넘었어요", "넘"),
            ("받았는데", "받"),
            ("만료되었습니다", "만료되"),
            ("받겠다는데", "받"),
            ("바뀌었다", "바뀌"),
            ("줬는데", "주"),
            ("왔어요", "오"),
        ] {
            assert_eq!(first_sure(word).as_deref(), Some(stem), "{word}");
        }
    }

    #[test]
    fn contracted_infinitives_come_off() {
        for (word, stem) in [
            ("해요", "하"),
            ("돼요", "되"),
            ("로그인해야", "로그인하"),
            ("업로드해서", "업로드하"),
            ("느려서", "느리"),
            ("없어요", "없"),
            ("많아서", "많"),
            ("바뀌어서", "바뀌"),
            ("잠겨있음", "잠기"),
            ("삭제해버렸어요", "삭제하"),
        ] {
            assert_eq!(first_sure(word).as_deref(), Some(stem), "{word}");
        }
    }

    #[test]
    fn weak_readings_are_offered_for_the_lexicon() {
        let stems = |w: &str| -> Vec<String> { all(w).into_iter().map(|(s, _)| s).collect() };
        assert!(stems("삭제됨").contains(&"삭제되".into()));
        assert!(stems("탈퇴한").contains(&"탈퇴하".into()));
        assert!(stems("처리할때").contains(&"처리하".into()));
        assert!(stems("합니다").contains(&"하".into()));
        assert!(stems("늦게").contains(&"늦".into()));
        assert!(stems("없음").contains(&"없".into()));
        assert!(stems("보냄").contains(&"보내".into()));
        assert!(stems("커요").contains(&"크".into()));
        assert!(stems("달라요").contains(&"다르".into()));
        assert!(stems("되요").contains(&"되".into()));
        // Nouns read weakly at most; the lexicon decides.
        for noun in ["이미지", "경고", "권한", "요청", "서버", "세션"] {
            assert!(
                all(noun).iter().all(|(_, e)| *e == Evidence::Weak),
                "{noun}"
            );
        }
        assert!(all("요청").is_empty());
    }

    #[test]
    fn nominal_forms() {
        let nom = |w: &str| String::from(nominal(w).as_str());
        assert_eq!(nom("틀리"), "틀림");
        assert_eq!(nom("없"), "없음");
        assert_eq!(nom("되"), "됨");
        assert_eq!(nom("만들"), "만듦");
        assert_eq!(nom(""), "");
    }
}
