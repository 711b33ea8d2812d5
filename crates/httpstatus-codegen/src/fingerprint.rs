//! Fingerprints of third-party reference texts, so that a test can tell when one of our
//! texts repeats a passage of an RFC, of MDN or of another status code list without the
//! repository holding a word of those texts.
//!
//! A text is cut into overlapping *shingles*, and each shingle is hashed:
//!
//! - English: [`ENGLISH_WORDS`] consecutive words. A word is a run of ASCII letters and
//!   digits, lower-cased, with apostrophes dropped inside it (`server's` is `servers`);
//!   every other character separates words, and a non-ASCII letter (Hangul) ends the run,
//!   so a shingle never spans a Korean word.
//! - Korean: [`KOREAN_CHARS`] consecutive letters and digits of the text with spaces and
//!   punctuation removed (the compact form, as in the seed check), of which at least
//!   [`KOREAN_MIN_HANGUL`] are Hangul syllables.
//!
//! The file `data/reference-fingerprints.txt` holds the sorted hashes of every shingle of
//! the saved reference texts, and a header saying where each text came from. It is written
//! by `cargo run -p httpstatus-codegen --example reference-fingerprints` (see
//! `docs/reference-fingerprints.md`) and read by the test `texts_share_no_passage_with_the_references`.

use std::collections::BTreeSet;

/// Words in an English shingle. Eight words is a clause: ordinary technical phrases of
/// five to seven words ("the current state of the target resource") are shared by any two
/// texts on the subject and do not trip it, while a copied clause does.
pub const ENGLISH_WORDS: usize = 8;

/// Characters in a Korean shingle (compact form, spaces and punctuation removed).
pub const KOREAN_CHARS: usize = 13;

/// Hangul syllables a Korean shingle needs; windows mostly of Latin letters and digits
/// (header names, code numbers) are left to the English check.
pub const KOREAN_MIN_HANGUL: usize = 10;

/// Hex digits of a stored hash (48 bits).
pub const HASH_HEX_DIGITS: usize = 12;

/// One shingle of a text: its hash and the words or characters it is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shingle {
    /// [`hash`] of `text`, cut to [`HASH_HEX_DIGITS`] hex digits.
    pub hash: u64,
    /// The normalized shingle: words joined by one space, or compact Korean characters.
    pub text: String,
}

/// FNV-1a over the bytes of `s`, cut to 48 bits. Stable across platforms and Rust
/// versions, which `std`'s hasher is not.
pub fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h & ((1 << (HASH_HEX_DIGITS * 4)) - 1)
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// The runs of English words of `text`: a non-ASCII letter or digit ends a run.
fn english_runs(text: &str) -> Vec<Vec<String>> {
    let mut runs = vec![Vec::new()];
    let mut word = String::new();
    let end_word = |word: &mut String, runs: &mut Vec<Vec<String>>| {
        if !word.is_empty() {
            if let Some(run) = runs.last_mut() {
                run.push(std::mem::take(word));
            }
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if is_apostrophe(c) && !word.is_empty() {
            // dropped: the word goes on
        } else if c.is_alphanumeric() {
            end_word(&mut word, &mut runs);
            runs.push(Vec::new());
        } else {
            end_word(&mut word, &mut runs);
        }
    }
    end_word(&mut word, &mut runs);
    runs.retain(|r| !r.is_empty());
    runs
}

/// The English shingles of `text`.
pub fn english_shingles(text: &str) -> Vec<Shingle> {
    let mut out = Vec::new();
    for run in english_runs(text) {
        for w in run.windows(ENGLISH_WORDS) {
            let text = w.join(" ");
            out.push(Shingle {
                hash: hash(&text),
                text,
            });
        }
    }
    out
}

/// The Korean shingles of `text`.
pub fn korean_shingles(text: &str) -> Vec<Shingle> {
    let compact: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    compact
        .windows(KOREAN_CHARS)
        .filter(|w| w.iter().filter(|c| is_hangul(**c)).count() >= KOREAN_MIN_HANGUL)
        .map(|w| {
            let text: String = w.iter().collect();
            Shingle {
                hash: hash(&text),
                text,
            }
        })
        .collect()
}

/// Every shingle of `text`, English and Korean.
pub fn shingles(text: &str) -> Vec<Shingle> {
    let mut all = english_shingles(text);
    all.extend(korean_shingles(text));
    all
}

/// A saved reference text: where it came from and what it says.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The file name, relative to the references directory.
    pub name: String,
    /// Its provenance lines (the lines starting with `#`, without the `#`).
    pub provenance: Vec<String>,
    /// The rest of the file.
    pub text: String,
}

/// Splits a saved reference file into provenance and text. A file without a provenance
/// line is refused: every source must say where it came from.
pub fn parse_reference(name: &str, content: &str) -> Result<Reference, String> {
    let mut provenance = Vec::new();
    let mut text = String::new();
    for line in content.lines() {
        if let Some(p) = line.strip_prefix('#') {
            provenance.push(p.trim().to_owned());
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    if provenance.is_empty() {
        return Err(format!(
            "{name}: no provenance line (a first line starting with '#' that says where the text came from)"
        ));
    }
    Ok(Reference {
        name: name.to_owned(),
        provenance,
        text,
    })
}

/// Writes the fingerprint file for `refs`: a header of `#` lines (the rule, the date and
/// each source's provenance and shingle count) and one hash a line, sorted.
pub fn render(refs: &[Reference], date: &str) -> String {
    let mut out = String::new();
    out.push_str("# Fingerprints of third-party texts about HTTP status codes.\n");
    out.push_str(
        "# Written by `cargo run -p httpstatus-codegen --example reference-fingerprints`;\n",
    );
    out.push_str(
        "# see docs/reference-fingerprints.md. No text of the sources is stored here, only\n",
    );
    out.push_str("# 48-bit FNV-1a hashes of their shingles, one a line.\n");
    out.push_str(&format!(
        "# Rule: English {ENGLISH_WORDS} consecutive words (ASCII letters and digits, lower-cased, \
         apostrophes dropped); Korean {KOREAN_CHARS} consecutive letters and digits with spaces and \
         punctuation removed, at least {KOREAN_MIN_HANGUL} of them Hangul.\n"
    ));
    out.push_str(&format!("# Collected: {date}\n"));
    let mut all = BTreeSet::new();
    for r in refs {
        let s = shingles(&r.text);
        out.push_str(&format!("# source {} ({} shingles):\n", r.name, s.len()));
        for p in &r.provenance {
            out.push_str(&format!("#   {p}\n"));
        }
        all.extend(s.into_iter().map(|s| s.hash));
    }
    for h in all {
        out.push_str(&format!("{h:0HASH_HEX_DIGITS$x}\n"));
    }
    out
}

/// Reads the hashes of a fingerprint file, skipping the header.
pub fn parse(file: &str) -> Result<BTreeSet<u64>, String> {
    file.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            u64::from_str_radix(l.trim(), 16)
                .map_err(|e| format!("line {}: {l:?} is not a hex hash: {e}", i + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_lowercased_and_split_on_punctuation() {
        let s = english_shingles("The server's answer: one, two; three (four) five six-seven!");
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].text, "the servers answer one two three four five");
        assert_eq!(s[2].text, "answer one two three four five six seven");
    }

    #[test]
    fn hangul_ends_an_english_run() {
        let s = english_shingles("one two three four 한글 five six seven eight");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn korean_windows_ignore_spaces_and_need_hangul() {
        let s = korean_shingles("서버가 요청을 이해했지만 처리를 거부합니다.");
        assert!(!s.is_empty());
        assert!(s.iter().all(|s| s.text.chars().count() == KOREAN_CHARS));
        assert!(s[0].text.starts_with("서버가요청을"));
        assert!(korean_shingles("Retry-After 헤더 1234567890").is_empty());
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325 & 0xffff_ffff_ffff);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c & 0xffff_ffff_ffff);
    }

    #[test]
    fn render_and_parse_round_trip() {
        let r = parse_reference(
            "x.txt",
            "# from somewhere @ abc\none two three four five six seven eight nine\n",
        )
        .unwrap();
        let file = render(&[r], "2026-11-29");
        assert!(file.contains("#   from somewhere @ abc"));
        let hashes = parse(&file).unwrap();
        assert_eq!(hashes.len(), 2);
        assert!(hashes.contains(&hash("one two three four five six seven eight")));
        assert!(parse_reference("y.txt", "no header").is_err());
        assert!(parse("zz-not-hex\n").is_err());
    }
}
