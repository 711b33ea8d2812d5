//! Lookup and iteration over the generated tables, and the methods of [`StatusCode`] and
//! [`Class`] that read them.
//!
//! The value types sit below the tables (`status_code.rs`, `class.rs`, `info.rs`,
//! `note.rs`: the generated tables are made of them), and everything that looks a code up
//! sits here, above the tables; so the modules depend on each other in one direction.

use core::fmt;

use crate::class::ClassText;
use crate::generated::{CLASS_RANGES, CLASS_TEXTS, CODE_INDEX, ENTRIES, NOTES};
use crate::{Cacheability, Class, Content, Info, Note, StatusCode, Text};

impl StatusCode {
    /// The code a client that does not know this one treats it as (RFC 9110 §15): the x00
    /// code of its class, or 500 for codes outside 100–599. A known registered code is
    /// handled as itself.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_u16(499)?.handled_as().as_u16(), 400);
    /// assert_eq!(StatusCode::from_u16(522)?.handled_as().as_u16(), 500);
    /// assert_eq!(StatusCode::from_u16(999)?.handled_as().as_u16(), 500);
    /// assert_eq!(StatusCode::GONE.handled_as(), StatusCode::GONE);
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub fn handled_as(self) -> StatusCode {
        if self.is_registered() {
            return self;
        }
        match self.class() {
            Some(class) => class.representative(),
            None => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// `true` when the code is in the IANA registry (standard, provisional, reserved,
    /// deprecated or obsoleted).
    pub fn is_registered(self) -> bool {
        self.info().is_some_and(|i| i.registration.is_registered())
    }

    /// The main entry for this code: the registered one if there is one, else the first
    /// unofficial meaning. O(1).
    pub fn info(self) -> Option<&'static Info> {
        entries_for(self).first()
    }

    /// Every entry for this code: the registered meaning first, then unofficial ones
    /// (499 has two: nginx and Esri). Empty for unassigned codes. O(1).
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// let meanings = StatusCode::from_u16(499)?.infos();
    /// assert_eq!(meanings.len(), 2);
    /// assert_eq!(meanings[0].vendors[0], "nginx");
    /// assert!(meanings[1].vendors[0].contains("Esri"));
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub fn infos(self) -> &'static [Info] {
        entries_for(self)
    }

    /// The reason phrase of the main entry ("Not Found", "Content Too Large"), including an
    /// unofficial code's vendor phrase; `None` for unassigned codes. A reason in parentheses
    /// is a label, not a phrase: the registry's "(Unused)", or our description of a code
    /// whose vendor gives none ("(Client Closed Connection)", see
    /// [`Info::descriptive_reason`](crate::Info::descriptive_reason)).
    pub fn reason(self) -> Option<&'static str> {
        self.info().map(|i| i.reason)
    }

    /// The reason phrase for a status line with this code, or `None` for an empty one:
    /// [`Info::wire_reason`](crate::Info::wire_reason) of the main entry; `None` for
    /// unassigned codes.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::IM_A_TEAPOT.wire_reason(), Some("I'm a teapot"));
    /// assert_eq!(StatusCode::IM_A_TEAPOT.reason(), Some("(Unused)"));
    /// assert_eq!(StatusCode::from_u16(471)?.wire_reason(), None);
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub fn wire_reason(self) -> Option<&'static str> {
        self.info()?.wire_reason()
    }

    /// The registered reason phrase only, as RFC 9110 and the IANA registry spell it;
    /// `None` for unofficial and unassigned codes. Reserved codes read `"(Unused)"`.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::CONTENT_TOO_LARGE.canonical_reason(), Some("Content Too Large"));
    /// assert_eq!(StatusCode::from_u16(499)?.canonical_reason(), None);
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub fn canonical_reason(self) -> Option<&'static str> {
        self.info()
            .filter(|i| i.registration.is_registered())
            .map(|i| i.reason)
    }
}

/// Prints the code and, when known, its reason phrase: `"404 Not Found"`, `"471"`.
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            Some(reason) => write!(f, "{} {}", self.as_u16(), reason),
            None => write!(f, "{}", self.as_u16()),
        }
    }
}

impl Class {
    /// The class name ("클라이언트 오류" / "Client Error").
    pub fn name(self) -> Text {
        class_text(self).name
    }

    /// A one-sentence summary of the class.
    pub fn summary(self) -> Text {
        class_text(self).summary
    }

    /// A paragraph on the class, including how clients handle unknown codes in it.
    pub fn description(self) -> Text {
        class_text(self).description
    }

    /// The entries of this class, registered and unofficial, in code order.
    pub fn entries(self) -> &'static [Info] {
        entries_in_class(self)
    }
}

/// Every note, in number order.
pub fn notes() -> &'static [Note] {
    &NOTES
}

/// The note on `number`, if there is one. Numbers from 100 to 999 never have one: they
/// are status codes (see [`lookup`]).
pub fn note(number: u16) -> Option<&'static Note> {
    NOTES.iter().find(|n| n.number == number)
}

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

fn entries_for(code: StatusCode) -> &'static [Info] {
    &ENTRIES[index_range_for(code)]
}

/// The positions in [`entries`] of the entries for `code`.
pub(crate) fn index_range_for(code: StatusCode) -> core::ops::Range<usize> {
    let (start, len) = CODE_INDEX[usize::from(code.as_u16() - 100)];
    let start = usize::from(start);
    start..start + usize::from(len)
}

fn entries_in_class(class: Class) -> &'static [Info] {
    let (start, end) = CLASS_RANGES[usize::from(class.digit() - 1)];
    &ENTRIES[usize::from(start)..usize::from(end)]
}

fn class_text(class: Class) -> &'static ClassText {
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
