//! [`Note`]: what to say about a number that is not a status code but gets looked up as
//! one, such as the `status` 0 that browsers report when no HTTP response arrived.

use crate::Text;
use crate::generated::NOTES;

/// A number people meet where a status code should be, with what it means.
///
/// ```
/// use httpstatus::Lang;
///
/// let zero = httpstatus::note(0).unwrap();
/// assert!(zero.summary.get(Lang::En).contains("no HTTP response"));
/// assert!(httpstatus::note(404).is_none());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Note {
    /// The number as a program shows it (0; curl's `000` reads as 0 too).
    pub number: u16,
    /// A short title.
    pub title: Text,
    /// One sentence.
    pub summary: Text,
    /// A paragraph: where the number comes from and what to check.
    pub description: Text,
}

/// Every note, in number order.
pub fn notes() -> &'static [Note] {
    &NOTES
}

/// The note on `number`, if there is one. Numbers from 100 to 999 never have one: they
/// are status codes (see [`lookup`](crate::lookup)).
pub fn note(number: u16) -> Option<&'static Note> {
    NOTES.iter().find(|n| n.number == number)
}
