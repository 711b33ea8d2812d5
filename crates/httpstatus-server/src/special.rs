//! What a final status code adds to its answer, as data: one row per code with header
//! fields (RFC 9110 and companions: `Location`, `WWW-Authenticate`, `Allow`,
//! `Content-Range`, `Retry-After` …) or content of its own, as go-httpbin's
//! `createSpecialCases`. Every other code sends its description with `Vary: *`.

use http::header::{self, HeaderName};
use httpstatus::StatusCode;

use crate::ranges;

/// The modification date of the representations of 200, 203 and 206: they never change.
pub(crate) const LAST_MODIFIED: &str = "Thu, 01 Jan 2026 00:00:00 GMT";
/// `Cache-Control` of the representations of 200, 203 and 206 (and of 304, which stands
/// for a 200).
pub(crate) const CACHE_CONTROL: &str = "max-age=60";
/// Where our redirects point: an endpoint that reports what it received.
pub(crate) const REDIRECT_TARGET: &str = "/echo";

/// A header field value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// This text.
    Static(&'static str),
    /// The `Retry-After` seconds: the request's `?retry_after=`, else `--retry-after`.
    RetryAfter,
    /// The strong entity tag of the 200 this 304 stands for: of the description in the
    /// format and language the request selects, as on the other representation routes.
    DescriptionTag,
}

/// What a code sends as content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sends {
    /// Its description, with its `Content-Type` (`describe.rs`).
    Description,
    /// Nothing, not even `Content-Length` (204, 304: RFC 9110 §8.6, RFC 9112 §6.3).
    Nothing,
    /// Zero bytes, framed with `Content-Length: 0` (205: RFC 9110 §15.3.6).
    Empty,
    /// These bytes; the row's fields carry their `Content-Type`.
    Bytes(&'static [u8]),
    /// The 1000-byte representation `ranges.rs` serves in part.
    Representation,
}

/// One row: the fields a code adds, in this order (a name given twice is repeated), and
/// what it sends.
#[derive(Debug)]
pub(crate) struct Special {
    /// The codes of this row.
    pub(crate) codes: &'static [u16],
    /// Header fields, in this order.
    pub(crate) fields: &'static [(HeaderName, Value)],
    /// The content.
    pub(crate) sends: Sends,
}

const TEXT: Value = Value::Static("text/plain; charset=utf-8");

/// The special cases.
pub(crate) const SPECIAL_CASES: &[Special] = &[
    // A representation that never changes; its entity tag is made once its content and
    // media type are known (`respond::validate`).
    Special {
        codes: &[200, 203],
        fields: &[
            (header::LAST_MODIFIED, Value::Static(LAST_MODIFIED)),
            (header::CACHE_CONTROL, Value::Static(CACHE_CONTROL)),
        ],
        sends: Sends::Description,
    },
    Special {
        codes: &[201],
        fields: &[(header::LOCATION, Value::Static("/echo?created=1"))],
        sends: Sends::Description,
    },
    Special {
        codes: &[204],
        fields: &[],
        sends: Sends::Nothing,
    },
    Special {
        codes: &[205],
        fields: &[],
        sends: Sends::Empty,
    },
    // The whole representation, which `ranges.rs` then serves in part by `Range`.
    Special {
        codes: &[206],
        fields: &[
            (header::LAST_MODIFIED, Value::Static(LAST_MODIFIED)),
            (header::CACHE_CONTROL, Value::Static(CACHE_CONTROL)),
            (header::CONTENT_TYPE, Value::Static(ranges::MEDIA_TYPE)),
            (header::ACCEPT_RANGES, Value::Static("bytes")),
        ],
        sends: Sends::Representation,
    },
    Special {
        codes: &[300],
        fields: &[
            (header::LOCATION, Value::Static("/echo?choice=1")),
            (header::CONTENT_TYPE, TEXT),
            (header::LINK, Value::Static("</echo?choice=1>; rel=alternate")),
            (header::LINK, Value::Static("</echo?choice=2>; rel=alternate")),
            (header::LINK, Value::Static("</echo?choice=3>; rel=alternate")),
        ],
        sends: Sends::Bytes(
            b"300 Multiple Choices\nchoices:\n/echo?choice=1 (preferred)\n/echo?choice=2\n/echo?choice=3\n",
        ),
    },
    Special {
        codes: &[301, 302, 303, 307, 308],
        fields: &[(header::LOCATION, Value::Static(REDIRECT_TARGET))],
        sends: Sends::Description,
    },
    // The validators of the 200 this 304 stands for.
    Special {
        codes: &[304],
        fields: &[
            (header::ETAG, Value::DescriptionTag),
            (header::CACHE_CONTROL, Value::Static(CACHE_CONTROL)),
        ],
        sends: Sends::Nothing,
    },
    Special {
        codes: &[401],
        fields: &[(
            header::WWW_AUTHENTICATE,
            Value::Static("Basic realm=\"httpstatus\", charset=\"UTF-8\""),
        )],
        sends: Sends::Description,
    },
    // This resource refuses every method but OPTIONS, so `Allow` names only OPTIONS
    // (never the method refused); OPTIONS gets that list with a 204 (`respond.rs`).
    Special {
        codes: &[405],
        fields: &[(header::ALLOW, Value::Static("OPTIONS"))],
        sends: Sends::Description,
    },
    Special {
        codes: &[407],
        fields: &[(
            header::PROXY_AUTHENTICATE,
            Value::Static("Basic realm=\"httpstatus proxy\", charset=\"UTF-8\""),
        )],
        sends: Sends::Description,
    },
    // RFC 9110 §15.5.9: 408 means the server closes the connection; say so.
    Special {
        codes: &[408],
        fields: &[(header::CONNECTION, Value::Static("close"))],
        sends: Sends::Description,
    },
    Special {
        codes: &[416],
        fields: &[(
            header::CONTENT_RANGE,
            Value::Static(ranges::UNSATISFIED_RANGE),
        )],
        sends: Sends::Description,
    },
    Special {
        codes: &[426],
        fields: &[
            (header::UPGRADE, Value::Static("websocket")),
            (header::CONNECTION, Value::Static("upgrade")),
        ],
        sends: Sends::Description,
    },
    Special {
        codes: &[429, 503],
        fields: &[(header::RETRY_AFTER, Value::RetryAfter)],
        sends: Sends::Description,
    },
    Special {
        codes: &[451],
        fields: &[(
            header::LINK,
            Value::Static("</echo?blocked-by=httpstatus>; rel=\"blocked-by\""),
        )],
        sends: Sends::Description,
    },
    // A captive portal's login page.
    Special {
        codes: &[511],
        fields: &[(
            header::CONTENT_TYPE,
            Value::Static("text/html; charset=utf-8"),
        )],
        sends: Sends::Bytes(
            b"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>511 Network Authentication Required</title></head>\n<body><h1>511 Network Authentication Required</h1>\n<p>You need to <a href=\"/echo?login=1\">log in to this network</a> before you can reach the Internet.</p></body></html>\n",
        ),
    },
];

/// What every other code does: its description, no fields of its own.
const PLAIN: Special = Special {
    codes: &[],
    fields: &[],
    sends: Sends::Description,
};

/// The row for `code`.
pub(crate) fn special(code: StatusCode) -> &'static Special {
    SPECIAL_CASES
        .iter()
        .find(|s| s.codes.contains(&code.as_u16()))
        .unwrap_or(&PLAIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_has_one_row_and_every_row_a_valid_code() {
        let mut seen = Vec::new();
        for row in SPECIAL_CASES {
            for &code in row.codes {
                let status = StatusCode::from_u16(code).ok();
                assert!(
                    status.is_some_and(|s| s.class().is_some() && !s.is_informational()),
                    "{code}"
                );
                assert!(!seen.contains(&code), "{code} has two rows");
                seen.push(code);
            }
            for (name, value) in row.fields {
                if let Value::Static(v) = value {
                    assert!(http::HeaderValue::from_str(v).is_ok(), "{name}: {v}");
                }
            }
            let has_type = row.fields.iter().any(|(n, _)| n == header::CONTENT_TYPE);
            let own_bytes = matches!(row.sends, Sends::Bytes(_) | Sends::Representation);
            assert_eq!(
                has_type, own_bytes,
                "{:?}: own content, own type",
                row.codes
            );
        }
        assert_eq!(special(StatusCode::IM_A_TEAPOT).codes, PLAIN.codes);
    }
}
