//! Each code's constant in the libraries developers use (Rust `http`, Python, Go, Spring,
//! .NET, Node.js, Rails/Rack, Symfony, `http-status-codes`), each table tied to the version
//! it was checked against, with the library's own reason phrase.

use core::fmt;

mod generated;

use crate::{Info, StatusCode};
use generated::ECOSYSTEMS;

/// A library that names status codes.
///
/// ```
/// let go = httpstatus::ecosystem("go").unwrap();
/// assert_eq!(go.library, "net/http");
/// let c = go.constant(429).unwrap();
/// assert_eq!(c.to_string(), "http.StatusTooManyRequests");
/// // .NET's HttpStatusCode has no member for 425 Too Early.
/// assert!(httpstatus::ecosystem("dotnet").unwrap().constant(425).is_none());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Ecosystem {
    /// A short id for the CLI and the API: `rust`, `python`, `go`, `java`, `dotnet`,
    /// `node`, `rails`, `php`, `js`.
    pub id: &'static str,
    /// The language ("Go").
    pub language: &'static str,
    /// The library ("net/http").
    pub library: &'static str,
    /// The version the table was checked against.
    pub version: &'static str,
    /// How code writes a constant: `{name}` and `{code}` stand for the constant's name and
    /// the number ("http.{name}", "http.STATUS_CODES[{code}]").
    pub expression: &'static str,
    /// How the table was checked.
    pub checked: Checked,
    /// Where the table comes from (file, package and version, or upstream commit).
    pub source: &'static str,
    /// Every code the library names, sorted by code.
    pub constants: &'static [Constant],
}

/// How an [`Ecosystem`]'s table was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Checked {
    /// Compared with the library itself by the repository's tests.
    Test,
    /// Read from the upstream source at the commit named in [`Ecosystem::source`].
    Read,
}

impl Checked {
    /// `"test"` or `"read"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Checked::Test => "test",
            Checked::Read => "read",
        }
    }
}

/// A library's name for one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Constant {
    /// The code.
    pub code: u16,
    /// The library's name for it (`StatusTooManyRequests`, `:too_many_requests`; for Node.js,
    /// whose table is text only, the text).
    pub name: &'static str,
    /// The library's reason phrase, if it has one (.NET's enum has none).
    pub phrase: Option<&'static str>,
}

impl Ecosystem {
    /// The constant for `code`, or `None` when the library has none.
    pub fn constant(&'static self, code: u16) -> Option<ConstantRef> {
        self.constants
            .binary_search_by_key(&code, |c| c.code)
            .ok()
            .map(|i| ConstantRef {
                ecosystem: self,
                constant: &self.constants[i],
            })
    }
}

/// A [`Constant`] with its [`Ecosystem`]; `Display` writes it as code would
/// (`http.StatusTooManyRequests`).
#[derive(Clone, Copy, Debug)]
pub struct ConstantRef {
    /// The library.
    pub ecosystem: &'static Ecosystem,
    /// The constant.
    pub constant: &'static Constant,
}

impl ConstantRef {
    /// `true` when the library's phrase (or, without one, its name) differs from the
    /// reason phrase RFC 9110 and its companions register. `None` when there is no
    /// registered phrase to compare with (reserved and unofficial codes).
    ///
    /// ```
    /// let python = httpstatus::ecosystem("python").unwrap();
    /// // Python 3.11 still says "Request Entity Too Large" for 413 Content Too Large.
    /// assert_eq!(python.constant(413).unwrap().differs_from_registry(), Some(true));
    /// assert_eq!(python.constant(404).unwrap().differs_from_registry(), Some(false));
    /// ```
    pub fn differs_from_registry(&self) -> Option<bool> {
        let info = StatusCode::from_u16(self.constant.code).ok()?.info()?;
        if info.is_unofficial() || info.reason.starts_with('(') {
            return None;
        }
        Some(match self.constant.phrase {
            Some(phrase) => phrase != info.reason,
            None => !same_words(self.constant.name, info.reason),
        })
    }
}

/// `true` when `name` spells the words of `phrase`, ignoring case and separators
/// (`RequestEntityTooLarge` against "Content Too Large" is `false`).
fn same_words(name: &str, phrase: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
    }
    letters(name).eq(letters(phrase))
}

impl fmt::Display for ConstantRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.ecosystem.expression;
        while let Some(start) = rest.find('{') {
            f.write_str(&rest[..start])?;
            let tail = &rest[start..];
            if let Some(after) = tail.strip_prefix("{name}") {
                f.write_str(self.constant.name)?;
                rest = after;
            } else if let Some(after) = tail.strip_prefix("{code}") {
                write!(f, "{}", self.constant.code)?;
                rest = after;
            } else {
                f.write_str("{")?;
                rest = &tail[1..];
            }
        }
        f.write_str(rest)
    }
}

/// Every ecosystem, in the order pages show them.
///
/// ```
/// let ids: Vec<&str> = httpstatus::ecosystems().iter().map(|e| e.id).collect();
/// assert_eq!(ids, ["rust", "python", "go", "java", "dotnet", "node", "rails", "php", "js"]);
/// ```
pub fn ecosystems() -> &'static [Ecosystem] {
    &ECOSYSTEMS
}

/// The ecosystem with this id (`"go"`), case-insensitive.
pub fn ecosystem(id: &str) -> Option<&'static Ecosystem> {
    ECOSYSTEMS.iter().find(|e| e.id.eq_ignore_ascii_case(id))
}

impl StatusCode {
    /// This code's constant in every ecosystem, in [`ecosystems`] order: `(ecosystem,
    /// None)` where the library has no constant.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// let missing: Vec<&str> = StatusCode::TOO_EARLY
    ///     .constants()
    ///     .filter(|(_, c)| c.is_none())
    ///     .map(|(e, _)| e.id)
    ///     .collect();
    /// assert_eq!(missing, ["dotnet", "js"]);
    /// ```
    pub fn constants(self) -> impl Iterator<Item = (&'static Ecosystem, Option<ConstantRef>)> {
        ECOSYSTEMS
            .iter()
            .map(move |e| (e, e.constant(self.as_u16())))
    }
}

impl Info {
    /// This entry's code in every ecosystem; see [`StatusCode::constants`].
    pub fn constants(&self) -> impl Iterator<Item = (&'static Ecosystem, Option<ConstantRef>)> {
        self.code.constants()
    }
}

/// Serializes as the `constants` array of an entry: one object per ecosystem, `name`
/// `null` where the library has no constant.
#[cfg(feature = "serde")]
pub(crate) struct ConstantsOf(pub(crate) StatusCode);

#[cfg(feature = "serde")]
mod serde_impls {
    use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

    use super::{ConstantsOf, Ecosystem};
    use crate::ConstantRef;

    impl Serialize for ConstantsOf {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(super::ECOSYSTEMS.len()))?;
            for (eco, c) in self.0.constants() {
                seq.serialize_element(&Named(eco, c))?;
            }
            seq.end()
        }
    }

    struct Named(&'static Ecosystem, Option<ConstantRef>);

    impl Serialize for Named {
        /// `{"ecosystem": "go", "language": "Go", "library": "net/http", "version": "1.19.8",
        /// "name": "StatusTooManyRequests", "expression": "http.StatusTooManyRequests",
        /// "phrase": "Too Many Requests", "differs_from_registry": false}`.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let Named(eco, c) = self;
            let mut st = s.serialize_struct("Constant", 8)?;
            st.serialize_field("ecosystem", eco.id)?;
            st.serialize_field("language", eco.language)?;
            st.serialize_field("library", eco.library)?;
            st.serialize_field("version", eco.version)?;
            st.serialize_field("name", &c.map(|c| c.constant.name))?;
            st.serialize_field("expression", &c.map(DisplayStr))?;
            st.serialize_field("phrase", &c.and_then(|c| c.constant.phrase))?;
            st.serialize_field(
                "differs_from_registry",
                &c.and_then(|c| c.differs_from_registry()),
            )?;
            st.end()
        }
    }

    /// A `Display` value as a JSON string, without allocating.
    struct DisplayStr(ConstantRef);

    impl Serialize for DisplayStr {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.0)
        }
    }
}
