//! Conversions with the `http` crate's `StatusCode` (feature `http`).
//!
//! Both types hold any number from 100 to 999, so the conversions cannot fail.

use crate::StatusCode;

impl From<StatusCode> for http::StatusCode {
    /// ```
    /// let ours = httpstatus::StatusCode::NOT_FOUND;
    /// let theirs: http::StatusCode = ours.into();
    /// assert_eq!(theirs, http::StatusCode::NOT_FOUND);
    /// ```
    fn from(code: StatusCode) -> http::StatusCode {
        match http::StatusCode::from_u16(code.as_u16()) {
            Ok(c) => c,
            // Both accept exactly 100..=999.
            Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<http::StatusCode> for StatusCode {
    /// ```
    /// let ours: httpstatus::StatusCode = http::StatusCode::IM_A_TEAPOT.into();
    /// assert_eq!(ours.as_u16(), 418);
    /// ```
    fn from(code: http::StatusCode) -> StatusCode {
        match StatusCode::from_u16(code.as_u16()) {
            Ok(c) => c,
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl PartialEq<http::StatusCode> for StatusCode {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<StatusCode> for http::StatusCode {
    fn eq(&self, other: &StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_every_code() {
        for n in 100..=999u16 {
            let ours = StatusCode::from_u16(n).unwrap();
            let theirs: http::StatusCode = ours.into();
            assert_eq!(theirs.as_u16(), n);
            assert_eq!(StatusCode::from(theirs), ours);
            assert_eq!(ours, theirs);
        }
    }
}
