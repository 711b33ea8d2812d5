//! Reading a search query: a code, a code pattern, or words.

use core::fmt;

use crate::StatusCode;

/// A code pattern: one or two leading digits, the rest any digit ("4xx", "41x", "5").
///
/// ```
/// use httpstatus::{CodePattern, StatusCode};
///
/// let p = CodePattern::parse("41x").unwrap();
/// assert!(p.matches(StatusCode::PRECONDITION_FAILED));
/// assert!(!p.matches(StatusCode::NOT_FOUND));
/// assert_eq!(p.to_string(), "41x");
/// assert_eq!(CodePattern::parse("5").unwrap().to_string(), "5xx");
/// assert!(CodePattern::parse("4xxx").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodePattern {
    /// The fixed leading digits as a number: 4 for "4xx", 41 for "41x".
    prefix: u16,
    /// How many digits are fixed: 1 or 2.
    digits: u8,
}

impl CodePattern {
    /// Reads "4", "4x", "4xx", "4XX", "41", "41x" (digits first, then `x`, three characters
    /// at most, at least one digit and not three). The first digit must be 1–9.
    pub fn parse(s: &str) -> Option<CodePattern> {
        let s = s.trim();
        let bytes = s.as_bytes();
        if bytes.is_empty() || bytes.len() > 3 {
            return None;
        }
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits == 3 || bytes[0] == b'0' {
            return None;
        }
        if !bytes[digits..].iter().all(|b| matches!(b, b'x' | b'X')) {
            return None;
        }
        let prefix = bytes[..digits]
            .iter()
            .fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
        Some(CodePattern {
            prefix,
            digits: digits as u8,
        })
    }

    /// `true` when `code` fits the pattern.
    pub fn matches(self, code: StatusCode) -> bool {
        let divisor = if self.digits == 1 { 100 } else { 10 };
        code.as_u16() / divisor == self.prefix
    }

    /// The smallest and largest code the pattern covers.
    pub fn bounds(self) -> (u16, u16) {
        let width = if self.digits == 1 { 100 } else { 10 };
        let low = self.prefix * width;
        (low.max(100), low + width - 1)
    }
}

impl fmt::Display for CodePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.digits == 1 {
            write!(f, "{}xx", self.prefix)
        } else {
            write!(f, "{}x", self.prefix)
        }
    }
}

/// How a search query is read.
///
/// ```
/// use httpstatus::{Query, StatusCode};
///
/// assert!(matches!(Query::parse(" 404 "), Query::Code { code, typo: false } if code == 404));
/// assert!(matches!(Query::parse("4O4"), Query::Code { typo: true, .. }));
/// assert!(matches!(Query::parse("4xx"), Query::Pattern(_)));
/// assert!(matches!(Query::parse("gone"), Query::Text("gone")));
/// assert!(matches!(Query::parse("  "), Query::Empty));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Query<'a> {
    /// Blank.
    Empty,
    /// A code, three digits; `typo` when letters that look like digits stood in ("4o4").
    Code {
        /// The code.
        code: StatusCode,
        /// Whether it was read through look-alike letters.
        typo: bool,
    },
    /// A code pattern.
    Pattern(CodePattern),
    /// Anything else, trimmed.
    Text(&'a str),
}

impl<'a> Query<'a> {
    /// Reads `s`.
    pub fn parse(s: &'a str) -> Query<'a> {
        let s = s.trim();
        if s.is_empty() {
            return Query::Empty;
        }
        if let Ok(code) = StatusCode::from_bytes(s.as_bytes()) {
            return Query::Code { code, typo: false };
        }
        if let Some(p) = CodePattern::parse(s) {
            return Query::Pattern(p);
        }
        if let Some(code) = look_alike_code(s) {
            return Query::Code { code, typo: true };
        }
        Query::Text(s)
    }
}

/// "4o4", "5OO", "4l8", "2OI": three characters, the first a digit, the others digits or
/// letters that are commonly typed for 0 or 1.
fn look_alike_code(s: &str) -> Option<StatusCode> {
    let bytes = s.as_bytes();
    if bytes.len() != 3 || !bytes[0].is_ascii_digit() {
        return None;
    }
    let mut n = 0u16;
    for &b in bytes {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'o' | b'O' => 0,
            b'l' | b'I' | b'i' | b'|' => 1,
            _ => return None,
        };
        n = n * 10 + u16::from(d);
    }
    StatusCode::from_u16(n).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        for (s, ok) in [
            ("4", true),
            ("4x", true),
            ("4xx", true),
            ("4XX", true),
            ("41", true),
            ("41x", true),
            ("41X", true),
            ("0xx", false),
            ("", false),
            ("x", false),
            ("xx4", false),
            ("4xxx", false),
            ("404", false),
            ("4x4", false),
            ("4 x", false),
        ] {
            assert_eq!(CodePattern::parse(s).is_some(), ok, "{s:?}");
        }
        assert_eq!(CodePattern::parse("5").unwrap().bounds(), (500, 599));
        assert_eq!(CodePattern::parse("10").unwrap().bounds(), (100, 109));
        assert_eq!(CodePattern::parse("1").unwrap().bounds(), (100, 199));
    }

    #[test]
    fn look_alikes() {
        assert_eq!(look_alike_code("4o4").map(StatusCode::as_u16), Some(404));
        assert_eq!(look_alike_code("5OO").map(StatusCode::as_u16), Some(500));
        assert_eq!(look_alike_code("OOO"), None);
        assert_eq!(look_alike_code("4l8").map(StatusCode::as_u16), Some(418));
        assert_eq!(look_alike_code("o44"), None); // 044 is not a code
        assert_eq!(look_alike_code("4a4"), None);
    }
}
