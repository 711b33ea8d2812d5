//! The [`StatusCode`] value type: any three-digit number, registered or not.

use core::fmt;
use core::num::NonZeroU16;
use core::str::FromStr;

/// An HTTP status code: a three-digit number from 100 to 999.
///
/// The HTTP/1.1 status line carries exactly three digits (RFC 9112 §4), so any value from
/// 100 to 999 can be met on the wire and is representable, as in the `http` crate. Only
/// 100–599 are valid (RFC 9110 §15): [`class`](Self::class) is `None` above 599, and
/// [`handled_as`](Self::handled_as) says how a client treats such a code.
///
/// ```
/// use httpstatus::{Class, StatusCode};
///
/// let code: StatusCode = "404".parse()?;
/// assert_eq!(code, StatusCode::NOT_FOUND);
/// assert_eq!(code.as_u16(), 404);
/// assert_eq!(code.class(), Some(Class::ClientError));
/// assert_eq!(code.to_string(), "404 Not Found");
/// assert!(code.is_client_error());
///
/// // Unassigned codes are still status codes.
/// let odd = StatusCode::from_u16(471)?;
/// assert_eq!(odd.reason(), None);
/// assert_eq!(odd.handled_as(), StatusCode::BAD_REQUEST);
/// # Ok::<(), httpstatus::InvalidStatusCode>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatusCode(NonZeroU16);

impl StatusCode {
    /// Makes a status code from a number in 100..=999.
    pub const fn from_u16(code: u16) -> Result<StatusCode, InvalidStatusCode> {
        if code < 100 || code > 999 {
            return Err(InvalidStatusCode::new(InvalidKind::OutOfRange));
        }
        match NonZeroU16::new(code) {
            Some(n) => Ok(StatusCode(n)),
            None => Err(InvalidStatusCode::new(InvalidKind::OutOfRange)),
        }
    }

    /// [`from_u16`](Self::from_u16) for constants: panics (at compile time, in a `const`)
    /// when `code` is outside 100..=999. The generated constants use it.
    pub(crate) const fn from_u16_or_panic(code: u16) -> StatusCode {
        match StatusCode::from_u16(code) {
            Ok(c) => c,
            Err(_) => panic!("status code out of range 100..=999"),
        }
    }

    /// Parses exactly three ASCII digits, as on an HTTP/1.1 status line.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_bytes(b"503").unwrap().as_u16(), 503);
    /// assert!(StatusCode::from_bytes(b"50").is_err());
    /// assert!(StatusCode::from_bytes(b"099").is_err());
    /// assert!(StatusCode::from_bytes(b" 503").is_err());
    /// ```
    pub const fn from_bytes(src: &[u8]) -> Result<StatusCode, InvalidStatusCode> {
        if src.len() != 3 {
            return Err(InvalidStatusCode::new(InvalidKind::NotThreeDigits));
        }
        let (a, b, c) = (src[0], src[1], src[2]);
        if !a.is_ascii_digit() || !b.is_ascii_digit() || !c.is_ascii_digit() {
            return Err(InvalidStatusCode::new(InvalidKind::NotThreeDigits));
        }
        let n = (a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16;
        StatusCode::from_u16(n)
    }

    /// The number.
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// `true` for 100–199.
    pub const fn is_informational(self) -> bool {
        matches!(self.as_u16(), 100..=199)
    }

    /// `true` for 200–299.
    pub const fn is_success(self) -> bool {
        matches!(self.as_u16(), 200..=299)
    }

    /// `true` for 300–399.
    pub const fn is_redirection(self) -> bool {
        matches!(self.as_u16(), 300..=399)
    }

    /// `true` for 400–499.
    pub const fn is_client_error(self) -> bool {
        matches!(self.as_u16(), 400..=499)
    }

    /// `true` for 500–599.
    pub const fn is_server_error(self) -> bool {
        matches!(self.as_u16(), 500..=599)
    }

    /// `true` for 400–599.
    pub const fn is_error(self) -> bool {
        matches!(self.as_u16(), 400..=599)
    }
}

impl fmt::Debug for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_u16(), f)
    }
}

impl FromStr for StatusCode {
    type Err = InvalidStatusCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StatusCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<u16> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        StatusCode::from_u16(code)
    }
}

impl TryFrom<&str> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl TryFrom<&[u8]> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(b: &[u8]) -> Result<Self, Self::Error> {
        StatusCode::from_bytes(b)
    }
}

impl From<StatusCode> for u16 {
    fn from(code: StatusCode) -> u16 {
        code.as_u16()
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.as_u16()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InvalidKind {
    OutOfRange,
    NotThreeDigits,
}

/// The error returned for a number outside 100–999 or text that is not three digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct InvalidStatusCode {
    kind: InvalidKind,
}

impl InvalidStatusCode {
    const fn new(kind: InvalidKind) -> Self {
        InvalidStatusCode { kind }
    }
}

impl fmt::Debug for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InvalidStatusCode").finish_non_exhaustive()
    }
}

impl fmt::Display for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.kind {
            InvalidKind::OutOfRange => "invalid status code: not in 100..=999",
            InvalidKind::NotThreeDigits => "invalid status code: expected three digits",
        })
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InvalidStatusCode {}
