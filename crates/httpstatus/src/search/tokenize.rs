//! Splitting text into search terms, the same way for the index and for the query.
//!
//! This file is shared, through `#[path]`, with `httpstatus-codegen`, which builds the
//! search index with it: the index and the query are cut by the same rules. It uses only
//! `core` and allocates nothing.
//!
//! - Latin words become lower-case *stems* ([`word_term`]): "throttled", "throttling" and
//!   "throttle" all give "throttl", so a situation written in another form of a word still
//!   meets the keyword.
//! - Korean is cut into character unigrams and bigrams ([`hangul_grams`]), as the CJK
//!   analyzers of Lucene and Tantivy do, over runs of Hangul with the spaces left out:
//!   "찾을 수 없음" and "찾을수없음" give the same bigrams, and a word with a particle
//!   ("업로드를") still shares the bigrams of its stem ("업로드").

/// Longest term, in bytes, that the index holds and a query looks up. Longer words are
/// cut at a character boundary below this length, on both sides alike.
pub(crate) const MAX_TERM: usize = 48;

/// `true` for Hangul syllables and jamo.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// A letter or digit. ASCII and Hangul, nearly every character of a query, are answered
/// without the Unicode tables.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{AC00}'..='\u{D7A3}').contains(&c) || c.is_alphanumeric()
}

fn is_token_char(c: char) -> bool {
    is_word_char(c) || is_apostrophe(c)
}

/// Iterates over the tokens of `s`: runs of letters and digits (apostrophes inside a
/// word are kept and dropped later by [`normalized`]). A switch between Hangul and other
/// letters ends a token, so "URI를" gives "URI" and "를".
pub(crate) fn tokens(s: &str) -> Tokens<'_> {
    Tokens { rest: s }
}

/// See [`tokens`].
#[derive(Debug)]
pub(crate) struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let start = self.rest.char_indices().find(|&(_, c)| is_word_char(c))?.0;
            let s = &self.rest[start..];
            let first_hangul = s.chars().next().is_some_and(is_hangul);
            let end = s
                .char_indices()
                .find(|&(_, c)| {
                    !is_token_char(c) || (is_word_char(c) && is_hangul(c) != first_hangul)
                })
                .map_or(s.len(), |(i, _)| i);
            let token = s[..end].trim_end_matches(is_apostrophe);
            self.rest = &s[end..];
            if !token.is_empty() {
                return Some(token);
            }
        }
    }
}

/// The characters of `token` as indexed: lower case, apostrophes removed.
pub(crate) fn normalized(token: &str) -> impl Iterator<Item = char> + '_ {
    token
        .chars()
        .filter(|&c| !is_apostrophe(c))
        .flat_map(char::to_lowercase)
}

/// The characters of `s` with everything but letters and digits removed, in lower case:
/// "찾을 수 없음" and "찾을수없음" both give "찾을수없음", "I'm a teapot" gives "imateapot".
pub(crate) fn compact(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| is_word_char(c))
        .flat_map(char::to_lowercase)
}

/// Writes the [`compact`] form of `s` into `buf`; `None` when it is empty or does not fit.
pub(crate) fn compact_into<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    for c in compact(s) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    if len == 0 {
        return None;
    }
    core::str::from_utf8(&buf[..len]).ok()
}

/// The search term of a token that is not Hangul: [`normalized`], cut to [`MAX_TERM`]
/// bytes, and for words of ASCII letters stemmed by [`stem`]. Written into `buf`.
pub(crate) fn word_term<'b>(token: &str, buf: &'b mut [u8; MAX_TERM]) -> &'b str {
    let mut len = 0;
    let mut ascii_letters = true;
    for c in normalized(token) {
        let n = c.len_utf8();
        if len + n > MAX_TERM {
            break;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
        ascii_letters &= c.is_ascii_lowercase();
    }
    if ascii_letters {
        len = stem(&mut buf[..len]);
    }
    // Only whole characters were written, and a stem of ASCII letters is ASCII.
    core::str::from_utf8(&buf[..len]).unwrap_or("")
}

/// A light English stemmer for a lower-case ASCII word, in place; returns the stem's
/// length. It folds the forms that situations use: plurals ("requests"), past tenses
/// ("throttled", "denied" → "deny"), "-ing" ("caching"), "-ly" ("permanently",
/// "temporarily" → "temporary") and a final silent "e" ("cache", "time"), so "timed" and
/// "time", "cached" and "cache" meet. Not a full Porter stemmer: it has to be consistent,
/// not linguistic, because the index is built with the same function.
fn stem(w: &mut [u8]) -> usize {
    let mut n = w.len();
    if n < 4 {
        return n;
    }
    let ends = |w: &[u8], n: usize, s: &[u8]| n >= s.len() && &w[n - s.len()..n] == s;
    if (ends(w, n, b"ies") || ends(w, n, b"ied")) && n > 4 {
        // "retries", "denied" → "retry", "deny".
        w[n - 3] = b'y';
        return n - 2;
    }
    if ends(w, n, b"sses") {
        n -= 2;
    } else if ends(w, n, b"s") && !ends(w, n, b"ss") && !ends(w, n, b"us") && !ends(w, n, b"is") {
        n -= 1;
    }
    if ends(w, n, b"ing") && n >= 6 {
        n = undouble(w, n - 3);
    } else if ends(w, n, b"ed") && n >= 5 {
        n = undouble(w, n - 2);
    } else if ends(w, n, b"ily") && n >= 7 {
        w[n - 3] = b'y';
        return n - 2;
    } else if ends(w, n, b"ly") && n >= 6 {
        n -= 2;
    }
    if n >= 4 && w[n - 1] == b'e' && w[n - 2] != b'e' {
        n -= 1;
    }
    n
}

/// "stopp" → "stop", "runn" → "run"; "install", "miss", "buzz" keep their double letter.
fn undouble(w: &[u8], n: usize) -> usize {
    if n >= 3 && w[n - 1] == w[n - 2] && !matches!(w[n - 1], b'l' | b's' | b'z') {
        let c = w[n - 1];
        if !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') {
            return n - 1;
        }
    }
    n
}

/// One Korean n-gram of a text: a syllable or a pair of neighbouring syllables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gram {
    /// One syllable.
    Uni(char),
    /// Two neighbouring syllables (spaces between them ignored).
    Bi(char, char),
}

impl Gram {
    /// The gram as text, written into `buf`.
    pub(crate) fn as_str(self, buf: &mut [u8; 8]) -> &str {
        let mut len = 0;
        let mut put = |c: char| {
            len += c.encode_utf8(&mut buf[len..]).len();
        };
        match self {
            Gram::Uni(a) => put(a),
            Gram::Bi(a, b) => {
                put(a);
                put(b);
            }
        }
        core::str::from_utf8(&buf[..len]).unwrap_or("")
    }
}

/// The Korean unigrams and bigrams of `s`: over each run of Hangul, where white space
/// does not break a run but any other character (Latin letters, digits, punctuation)
/// does. "요청 제한" gives 요, 요청, 청, 청제, 제, 제한, 한. Used by the index builder
/// (`httpstatus-codegen`); the core cuts query words itself, word by word.
#[allow(dead_code)]
pub(crate) fn hangul_grams(s: &str) -> HangulGrams<'_> {
    HangulGrams {
        chars: s.chars(),
        prev: None,
        pending: None,
    }
}

/// See [`hangul_grams`].
#[allow(dead_code)]
#[derive(Debug)]
pub(crate) struct HangulGrams<'a> {
    chars: core::str::Chars<'a>,
    prev: Option<char>,
    pending: Option<Gram>,
}

impl Iterator for HangulGrams<'_> {
    type Item = Gram;

    fn next(&mut self) -> Option<Gram> {
        if let Some(g) = self.pending.take() {
            return Some(g);
        }
        for c in self.chars.by_ref() {
            if is_hangul(c) {
                let prev = self.prev.replace(c);
                return Some(match prev {
                    Some(p) => {
                        self.pending = Some(Gram::Uni(c));
                        Gram::Bi(p, c)
                    }
                    None => Gram::Uni(c),
                });
            }
            if !c.is_whitespace() {
                self.prev = None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(s: &str) -> String {
        let mut buf = [0u8; MAX_TERM];
        word_term(s, &mut buf).to_owned()
    }

    #[test]
    fn forms_of_a_word_meet() {
        for group in [
            &["throttle", "throttled", "throttling", "Throttles"][..],
            &["cache", "cached", "caching", "caches"],
            &["time", "timed"],
            &["deny", "denied", "denies"],
            &["retry", "retries"],
            &["request", "requests", "requested"],
            &["stop", "stopped"],
            &["permanent", "permanently"],
            &["temporary", "temporarily"],
            &["address", "addresses"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| term(w)).collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{group:?}: {stems:?}"
            );
        }
        // Short words and words that are not plain ASCII letters stay as they are.
        assert_eq!(term("api"), "api");
        assert_eq!(term("status"), "status");
        assert_eq!(term("miss"), "miss");
        assert_eq!(term("h2c"), "h2c");
        assert_eq!(term("Ünïcode"), "ünïcode");
        assert_eq!(term(&"x".repeat(100)).len(), MAX_TERM);
    }

    #[test]
    fn hangul_grams_ignore_spaces_and_stop_at_other_letters() {
        let grams: Vec<Gram> = hangul_grams("찾을 수").collect();
        assert_eq!(
            grams,
            [
                Gram::Uni('찾'),
                Gram::Bi('찾', '을'),
                Gram::Uni('을'),
                Gram::Bi('을', '수'),
                Gram::Uni('수'),
            ]
        );
        // "URI가" and "가 너무": the Latin word breaks the run.
        let grams: Vec<Gram> = hangul_grams("가URI나").collect();
        assert_eq!(grams, [Gram::Uni('가'), Gram::Uni('나')]);
        let mut buf = [0u8; 8];
        assert_eq!(Gram::Bi('요', '청').as_str(&mut buf), "요청");
    }

    #[test]
    fn compact_forms() {
        let mut buf = [0u8; 16];
        assert_eq!(compact_into("Not Found!", &mut buf), Some("notfound"));
        assert_eq!(compact_into("  ", &mut buf), None);
        assert_eq!(compact_into(&"a".repeat(17), &mut buf), None);
    }
}
