//! Hangul syllable arithmetic: a precomposed syllable is `0xAC00 + (initial × 21 + vowel) ×
//! 28 + final` (Unicode, chapter 3.12), so a syllable's parts can be read and changed
//! without a table: "했" is "하" with the final ㅆ, "렸" is "리" with the vowel ㅕ and ㅆ.

const BASE: u32 = 0xAC00;
const VOWELS: u32 = 21;
const FINALS: u32 = 28;
const COUNT: u32 = 19 * VOWELS * FINALS;

/// Vowel indices (medial jamo) used by the ending rules.
pub(crate) mod vowel {
    /// ㅏ
    pub(crate) const A: u32 = 0;
    /// ㅐ
    pub(crate) const AE: u32 = 1;
    /// ㅓ
    pub(crate) const EO: u32 = 4;
    /// ㅔ
    pub(crate) const E: u32 = 5;
    /// ㅕ
    pub(crate) const YEO: u32 = 6;
    /// ㅗ
    pub(crate) const O: u32 = 8;
    /// ㅘ
    pub(crate) const WA: u32 = 9;
    /// ㅙ
    pub(crate) const WAE: u32 = 10;
    /// ㅚ
    pub(crate) const OE: u32 = 11;
    /// ㅜ
    pub(crate) const U: u32 = 13;
    /// ㅝ
    pub(crate) const WO: u32 = 14;
    /// ㅡ
    pub(crate) const EU: u32 = 18;
    /// ㅣ
    pub(crate) const I: u32 = 20;
}

/// Initial consonant indices used by the ending rules.
pub(crate) mod initial {
    /// ㄱ
    pub(crate) const GIYEOK: u32 = 0;
    /// ㄹ
    pub(crate) const RIEUL: u32 = 5;
    /// ㅇ (no sound: the syllable starts with its vowel)
    pub(crate) const IEUNG: u32 = 11;
    /// ㅎ
    pub(crate) const HIEUH: u32 = 18;
}

/// Final consonant indices used by the ending rules (0 is none).
pub(crate) mod fin {
    /// No final consonant.
    pub(crate) const NONE: u32 = 0;
    /// ㄴ: the adnominal ending ("한", "된").
    pub(crate) const NIEUN: u32 = 4;
    /// ㄹ: the future adnominal ending ("할", "될").
    pub(crate) const RIEUL: u32 = 8;
    /// ㄻ: ㄹ-stems nominalised ("만듦").
    pub(crate) const RIEUL_MIEUM: u32 = 10;
    /// ㅁ: the nominal ending ("함", "됨").
    pub(crate) const MIEUM: u32 = 16;
    /// ㅂ: the formal ending ("합니다").
    pub(crate) const BIEUP: u32 = 17;
    /// ㅆ: the past tense ("했", "됐").
    pub(crate) const SSANG_SIOT: u32 = 20;
}

/// A precomposed Hangul syllable, in parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Syllable {
    /// Initial consonant index (0–18).
    pub(crate) initial: u32,
    /// Vowel index (0–20).
    pub(crate) vowel: u32,
    /// Final consonant index (0 for none, 1–27).
    pub(crate) fin: u32,
}

impl Syllable {
    /// The parts of `c`, if it is a precomposed syllable.
    pub(crate) fn of(c: char) -> Option<Syllable> {
        let n = (c as u32).checked_sub(BASE).filter(|&n| n < COUNT)?;
        Some(Syllable {
            initial: n / (VOWELS * FINALS),
            vowel: n / FINALS % VOWELS,
            fin: n % FINALS,
        })
    }

    /// The syllable as a character.
    pub(crate) fn to_char(self) -> char {
        char::from_u32(BASE + (self.initial * VOWELS + self.vowel) * FINALS + self.fin)
            .unwrap_or('\u{FFFD}')
    }

    /// The same syllable with final consonant `fin`.
    pub(crate) fn with_final(self, fin: u32) -> Syllable {
        Syllable { fin, ..self }
    }

    /// The same syllable with vowel `vowel`.
    pub(crate) fn with_vowel(self, vowel: u32) -> Syllable {
        Syllable { vowel, ..self }
    }
}

/// `true` when `a` and `b` are the same syllable but perhaps for the final consonant:
/// "음" and "은", "림" and "린". Two identical characters are always the same.
pub(crate) fn same_but_final(a: char, b: char) -> bool {
    a == b
        || matches!((Syllable::of(a), Syllable::of(b)),
            (Some(x), Some(y)) if x.initial == y.initial && x.vowel == y.vowel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip() {
        let s = Syllable::of('했').unwrap();
        assert_eq!(s.with_final(fin::NONE).to_char(), '해');
        assert_eq!(s.fin, fin::SSANG_SIOT);
        let r = Syllable::of('렸').unwrap();
        assert_eq!(r.vowel, vowel::YEO);
        assert_eq!(r.with_vowel(vowel::I).with_final(fin::NONE).to_char(), '리');
        assert_eq!(
            Syllable::of('되').unwrap().with_final(fin::MIEUM).to_char(),
            '됨'
        );
        assert_eq!(Syllable::of('a'), None);
        assert_eq!(Syllable::of('ㄱ'), None);
        for c in ['가', '힣', '똠', '삭'] {
            assert_eq!(Syllable::of(c).unwrap().to_char(), c);
        }
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
}
