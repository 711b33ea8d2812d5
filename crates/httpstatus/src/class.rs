//! The five classes of status codes (RFC 9110 §15).

use core::fmt;

use crate::{StatusCode, Text};

/// The class of a status code, given by its first digit (RFC 9110 §15).
///
/// ```
/// use httpstatus::{Class, Lang, StatusCode};
///
/// let class = StatusCode::BAD_GATEWAY.class().unwrap();
/// assert_eq!(class, Class::ServerError);
/// assert_eq!(class.range(), "5xx");
/// assert_eq!(class.name().get(Lang::Ko), "서버 오류");
/// assert_eq!(class.representative(), StatusCode::INTERNAL_SERVER_ERROR);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// 1xx: the request was received and is being processed; an interim response.
    Informational = 1,
    /// 2xx: the request was received, understood and accepted.
    Successful = 2,
    /// 3xx: the user agent has to take further action to fulfil the request.
    Redirection = 3,
    /// 4xx: the request contains an error or cannot be fulfilled.
    ClientError = 4,
    /// 5xx: the request looked valid, but the server failed to fulfil it.
    ServerError = 5,
}

impl Class {
    /// Every class, in order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of first digit `d` (1–5).
    pub const fn from_digit(d: u8) -> Option<Class> {
        match d {
            1 => Some(Class::Informational),
            2 => Some(Class::Successful),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The first digit, 1–5.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// `"1xx"` … `"5xx"`.
    pub const fn range(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Successful => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    /// A stable identifier: `"informational"`, `"successful"`, `"redirection"`,
    /// `"client-error"`, `"server-error"`.
    pub const fn slug(self) -> &'static str {
        match self {
            Class::Informational => "informational",
            Class::Successful => "successful",
            Class::Redirection => "redirection",
            Class::ClientError => "client-error",
            Class::ServerError => "server-error",
        }
    }

    /// The x00 code of the class, which a client uses for any code of the class it does
    /// not recognise (RFC 9110 §15).
    pub const fn representative(self) -> StatusCode {
        StatusCode::from_u16_or_panic(self.digit() as u16 * 100)
    }

    /// `true` when `code` belongs to this class.
    pub const fn contains(self, code: StatusCode) -> bool {
        code.as_u16() / 100 == self.digit() as u16
    }
}

impl StatusCode {
    /// The class (1xx–5xx), or `None` for 600–999, which RFC 9110 §15 leaves invalid.
    pub const fn class(self) -> Option<Class> {
        Class::from_digit((self.as_u16() / 100) as u8)
    }
}

impl fmt::Display for Class {
    /// Prints the range, `"4xx"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.range())
    }
}

/// The texts describing a class; see [`Class::name`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClassText {
    pub(crate) name: Text,
    pub(crate) summary: Text,
    pub(crate) description: Text,
}
