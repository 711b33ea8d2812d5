//! Splitting text into search tokens and normalising them.
//!
//! This file is shared, through `#[path]`, with `httpstatus-codegen`, which builds the
//! search index with it: the index and the query are cut by the same rules. It uses only
//! `core`.

/// `true` for Hangul syllables and jamo.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || is_apostrophe(c)
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
            let start = self
                .rest
                .char_indices()
                .find(|&(_, c)| c.is_alphanumeric())?
                .0;
            let s = &self.rest[start..];
            let first_hangul = s.chars().next().is_some_and(is_hangul);
            let end = s
                .char_indices()
                .find(|&(_, c)| {
                    !is_token_char(c) || (c.is_alphanumeric() && is_hangul(c) != first_hangul)
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
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}
