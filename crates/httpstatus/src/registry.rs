//! Lookup and iteration over the generated tables.

use crate::class::ClassText;
use crate::generated::{CLASS_RANGES, CLASS_TEXTS, CODE_INDEX, ENTRIES};
use crate::{Cacheability, Class, Content, Info, StatusCode};

/// Every entry, registered and unofficial, sorted by code (registered meaning first).
///
/// ```
/// let all = httpstatus::entries();
/// assert!(all.windows(2).all(|w| w[0].code <= w[1].code));
/// assert_eq!(all.iter().filter(|i| !i.is_unofficial()).count(), 64);
/// ```
pub fn entries() -> &'static [Info] {
    &ENTRIES
}

/// The main entry for `code`; see [`StatusCode::info`]. O(1).
///
/// ```
/// assert_eq!(httpstatus::lookup(418).unwrap().aliases[0], "I'm a teapot");
/// assert!(httpstatus::lookup(471).is_none());
/// assert!(httpstatus::lookup(42).is_none());
/// ```
pub fn lookup(code: u16) -> Option<&'static Info> {
    StatusCode::from_u16(code).ok().and_then(StatusCode::info)
}

pub(crate) fn entries_for(code: StatusCode) -> &'static [Info] {
    &ENTRIES[index_range_for(code)]
}

/// The positions in [`entries`] of the entries for `code`.
pub(crate) fn index_range_for(code: StatusCode) -> core::ops::Range<usize> {
    let (start, len) = CODE_INDEX[usize::from(code.as_u16() - 100)];
    let start = usize::from(start);
    start..start + usize::from(len)
}

pub(crate) fn entries_in_class(class: Class) -> &'static [Info] {
    let (start, end) = CLASS_RANGES[usize::from(class.digit() - 1)];
    &ENTRIES[usize::from(start)..usize::from(end)]
}

pub(crate) fn class_text(class: Class) -> &'static ClassText {
    &CLASS_TEXTS[usize::from(class.digit() - 1)]
}

/// A protocol fact to filter entries by; see [`entries_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fact {
    /// Heuristically cacheable.
    Cacheable,
    /// The response cannot contain content, or the server must not generate any.
    NoContent,
    /// Has a retry hint.
    Retryable,
    /// Redirects (has redirect behaviour).
    Redirect,
    /// Unofficial (vendor) code.
    Unofficial,
    /// In the IANA registry.
    Registered,
}

impl Fact {
    /// `true` when `info` has this fact.
    pub fn holds_for(self, info: &Info) -> bool {
        match self {
            Fact::Cacheable => info.cache == Cacheability::Heuristic,
            Fact::NoContent => info.content != Content::Allowed,
            Fact::Retryable => info.retry.is_some(),
            Fact::Redirect => info.redirect.is_some(),
            Fact::Unofficial => info.is_unofficial(),
            Fact::Registered => !info.is_unofficial(),
        }
    }
}

/// The entries with `fact`, in code order.
///
/// ```
/// use httpstatus::{Fact, entries_with};
///
/// let codes: Vec<u16> = entries_with(Fact::Redirect)
///     .filter(|i| !i.is_unofficial())
///     .map(|i| i.code.as_u16())
///     .collect();
/// assert_eq!(codes, [301, 302, 303, 307, 308]);
/// ```
pub fn entries_with(fact: Fact) -> impl Iterator<Item = &'static Info> {
    ENTRIES.iter().filter(move |i| fact.holds_for(i))
}

/// Which registry state and which documents the data follows.
///
/// ```
/// let v = httpstatus::data_version();
/// assert!(v.follows.contains(&"RFC 9110"));
/// assert_eq!(v.registry_snapshot.len(), "2025-09-15".len());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct DataVersion {
    /// The date (YYYY-MM-DD) of the IANA HTTP Status Code Registry state followed.
    pub registry_snapshot: &'static str,
    /// The documents the facts were checked against ("RFC 9110", …).
    pub follows: &'static [&'static str],
    /// The date the Korean and English texts were last reviewed.
    pub text_reviewed: &'static str,
}

/// The data's version; see [`DataVersion`].
pub fn data_version() -> DataVersion {
    DataVersion {
        registry_snapshot: crate::generated::REGISTRY_SNAPSHOT,
        follows: crate::generated::FOLLOWS,
        text_reviewed: crate::generated::TEXT_REVIEWED,
    }
}
