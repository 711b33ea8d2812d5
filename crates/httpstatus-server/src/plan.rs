//! What the server answers on a status route, as data: the request it depends on
//! ([`Ask`]) and the answer planned for it ([`Plan`]), which `respond.rs` makes and
//! `status.rs` carries out.

use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::{Method, Version};
use httpstatus::StatusCode;

use crate::config::Limits;
use crate::route::Controls;

/// One interim (1xx) response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InterimResponse {
    /// 100–199.
    pub(crate) code: StatusCode,
    /// Reason phrase for the status line.
    pub(crate) reason: &'static str,
    /// Header fields.
    pub(crate) headers: Vec<(&'static str, String)>,
}

/// The content of the final response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    /// The code's description in the format and language asked for (`describe.rs`), with
    /// its `Content-Type`: what most codes send. Planning replaces it with the bytes.
    Described,
    /// The response cannot have content: no `Content-Length`, no `Content-Type`
    /// (204, 304, RFC 9110 §8.6 and RFC 9112 §6.3).
    None,
    /// Zero-length content, framed with `Content-Length: 0` (205; suppressed bodies).
    Empty,
    /// These bytes.
    Bytes(Bytes),
}

/// The whole answer to one request on a status route.
#[derive(Debug)]
pub(crate) struct Plan {
    /// Interim responses sent first (only to HTTP/1.1 clients).
    pub(crate) interim: Vec<InterimResponse>,
    /// For 102: repeat the first interim response at this interval while the delay runs.
    pub(crate) repeat_interim: Option<Duration>,
    /// The final status; its reason phrase is [`StatusCode::wire_reason`].
    pub(crate) status: StatusCode,
    /// Header fields of the final response.
    pub(crate) headers: HeaderMap,
    /// Content of the final response.
    pub(crate) content: Content,
    /// Switch to a WebSocket echo after a 101.
    pub(crate) websocket: bool,
}

impl Plan {
    /// Adds `X-HttpStatus-Note: why` (visible ASCII).
    pub(crate) fn note(&mut self, why: &'static str) {
        self.headers.insert(
            HeaderName::from_static("x-httpstatus-note"),
            HeaderValue::from_static(why),
        );
    }
}

/// What the plan depends on.
#[derive(Debug)]
pub(crate) struct Ask<'a> {
    /// The code chosen.
    pub(crate) code: StatusCode,
    /// Request method.
    pub(crate) method: &'a Method,
    /// Request version.
    pub(crate) version: Version,
    /// Request header fields.
    pub(crate) headers: &'a HeaderMap,
    /// Controls from the query and `X-HttpStatus-*` fields.
    pub(crate) controls: &'a Controls,
    /// Server limits and defaults.
    pub(crate) limits: &'a Limits,
}

/// A header value from text that may not be one (`invalid` then; only our own values
/// reach here).
pub(crate) fn value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).unwrap_or(HeaderValue::from_static("invalid"))
}
