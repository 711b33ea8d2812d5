//! Identifiers in queries: a developer pastes the exception or error name from a stack
//! trace ("AccessDeniedException", "HttpMediaTypeNotAcceptableException"), which is words
//! run together. When the whole identifier is not a word of the index, its words are
//! searched one by one, without the class-name suffix that only says it is an error
//! ([`is_error_suffix`]).

/// The words of a camel-case identifier: a lower-case letter followed by a capital starts
/// a word ("accessDenied" → "access", "Denied"), and so does the last capital of a run
/// followed by a lower-case letter ("HTTPServer" → "HTTP", "Server"). `None` when `token`
/// is not ASCII letters with such a boundary.
pub(crate) fn camel_words(token: &str) -> Option<CamelWords<'_>> {
    let b = token.as_bytes();
    let letters = b.iter().all(u8::is_ascii_alphabetic);
    let boundary = b
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    (letters && boundary).then_some(CamelWords { rest: token })
}

/// `true` for the last word of an error class name, which says only that it is one:
/// "Exception", "Error".
pub(crate) fn is_error_suffix(word: &str) -> bool {
    word.eq_ignore_ascii_case("exception") || word.eq_ignore_ascii_case("error")
}

/// See [`camel_words`].
#[derive(Clone, Debug)]
pub(crate) struct CamelWords<'a> {
    rest: &'a str,
}

impl<'a> Iterator for CamelWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.rest.as_bytes();
        if b.is_empty() {
            return None;
        }
        let mut end = b.len();
        for i in 1..b.len() {
            let lower_upper = b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase();
            let run_end = b[i - 1].is_ascii_uppercase()
                && b[i].is_ascii_uppercase()
                && b.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            if lower_upper || run_end {
                end = i;
                break;
            }
        }
        let (word, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    fn words(s: &str) -> Option<Vec<&str>> {
        camel_words(s).map(Iterator::collect)
    }

    #[test]
    fn camel_case_splits() {
        assert_eq!(
            words("AccessDeniedException").unwrap(),
            ["Access", "Denied", "Exception"]
        );
        assert_eq!(
            words("HttpMediaTypeNotAcceptableException").unwrap(),
            ["Http", "Media", "Type", "Not", "Acceptable", "Exception"]
        );
        assert_eq!(
            words("HTTPServerError").unwrap(),
            ["HTTP", "Server", "Error"]
        );
        assert_eq!(words("getUser").unwrap(), ["get", "User"]);
        // Not identifiers: one word, all capitals, digits, other scripts.
        assert_eq!(words("Forbidden"), None);
        assert_eq!(words("ECONNRESET"), None);
        assert_eq!(words("http2Server"), None);
        assert_eq!(words("업로드"), None);
        assert!(is_error_suffix("Exception") && is_error_suffix("Error"));
        assert!(!is_error_suffix("Denied"));
    }
}
