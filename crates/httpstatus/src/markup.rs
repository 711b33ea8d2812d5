//! The one piece of markup in the texts: inline code in backticks.
//!
//! Summaries and descriptions write configuration directives, command-line options and
//! code tokens in backticks (`` `client_max_body_size` ``, `` `--proxy-user` ``), so that
//! a face can set them apart: the reference pages as `<code>`, the CLI in its code style
//! or plainly. Header field names, methods, status codes and media types are wire forms
//! and are never in backticks (see `docs/glossary.md`). Nothing else is markup.

use core::fmt;

/// A run of text: plain, or inline code (without its backticks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segment<'a> {
    /// Ordinary text.
    Plain(&'a str),
    /// Inline code, written in backticks in the data.
    Code(&'a str),
}

/// The segments of `text`, in order; see [`Segment`].
///
/// A backtick without a partner is kept as plain text (the data never has one: its
/// validation checks that backticks pair up).
///
/// ```
/// use httpstatus::{Segment, segments};
///
/// let parts: Vec<Segment> = segments("nginx's `limit_req` answers 503").collect();
/// assert_eq!(
///     parts,
///     [Segment::Plain("nginx's "), Segment::Code("limit_req"), Segment::Plain(" answers 503")]
/// );
/// ```
pub fn segments(text: &str) -> Segments<'_> {
    Segments { rest: text }
}

/// Iterator over the [`Segment`]s of a text; see [`segments`].
#[derive(Clone, Debug)]
pub struct Segments<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Segments<'a> {
    type Item = Segment<'a>;

    fn next(&mut self) -> Option<Segment<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let Some(open) = self.rest.find('`') else {
            let all = self.rest;
            self.rest = "";
            return Some(Segment::Plain(all));
        };
        if open > 0 {
            let (plain, rest) = self.rest.split_at(open);
            self.rest = rest;
            return Some(Segment::Plain(plain));
        }
        let after = &self.rest[1..];
        match after.find('`') {
            Some(close) if close > 0 => {
                self.rest = &after[close + 1..];
                Some(Segment::Code(&after[..close]))
            }
            Some(_) => {
                // An empty pair stays as it is.
                let (plain, rest) = self.rest.split_at(2);
                self.rest = rest;
                Some(Segment::Plain(plain))
            }
            None => {
                // A backtick without a partner: the rest is plain text.
                let all = self.rest;
                self.rest = "";
                Some(Segment::Plain(all))
            }
        }
    }
}

/// `text` with the backticks of its inline code removed, for plain-text output (a
/// `<meta>` description, a terminal without styles).
///
/// ```
/// assert_eq!(
///     httpstatus::plain_text("raise `client_max_body_size`").to_string(),
///     "raise client_max_body_size"
/// );
/// ```
pub fn plain_text(text: &str) -> PlainText<'_> {
    PlainText(text)
}

/// A text shown without its backticks; see [`plain_text`].
#[derive(Clone, Copy, Debug)]
pub struct PlainText<'a>(&'a str);

impl fmt::Display for PlainText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in segments(self.0) {
            match s {
                Segment::Plain(p) | Segment::Code(p) => f.write_str(p)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_and_strays() {
        let v: Vec<_> = segments("`a` b `c`").collect();
        assert_eq!(
            v,
            [
                Segment::Code("a"),
                Segment::Plain(" b "),
                Segment::Code("c")
            ]
        );
        let v: Vec<_> = segments("x ` y").collect();
        assert_eq!(v, [Segment::Plain("x "), Segment::Plain("` y")]);
        let v: Vec<_> = segments("``").collect();
        assert_eq!(v, [Segment::Plain("``")]);
        assert_eq!(segments("").count(), 0);
    }
}
