//! [`Note`]: what to say about a number that is not a status code but gets looked up as
//! one, such as the `status` 0 that browsers report when no HTTP response arrived.

use crate::Text;

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
