//! What every route's answer shares: rejections (a 4xx that says what was wrong), plain
//! text, CORS, our reason phrase on the status line, and HEAD. [`complete`] is the one
//! place the last three are applied: to every answer of the general path, and once to each
//! ready answer when it is made.

use std::fmt;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Request, Response};
use httpstatus::StatusCode;

use crate::body::Body;
use crate::negotiate::Format;

/// What was wrong with a request: a 4xx with this text as its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    /// The status: 400, 404, 405, 408, 413, 414 or 431.
    pub status: StatusCode,
    /// What was wrong, in English, one sentence.
    pub message: String,
}

impl Rejection {
    /// A rejection with `status`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Rejection {
            status,
            message: message.into(),
        }
    }

    /// 400: the request is malformed.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Rejection::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404: nothing here.
    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Rejection::new(StatusCode::NOT_FOUND, message)
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.message)
    }
}

/// `s` as a rejection or a page quotes it: at most `max` characters, control characters
/// dropped, and `…` when it was cut. A request may name a megabyte; the answer repeats
/// enough of it to recognise.
pub(crate) fn clip(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).filter(|c| !c.is_control()).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// The rejection as text (`404 Not Found` and the message) or as JSON
/// (`{"error": {"status", "reason", "message"}}`).
pub(crate) fn error(rejection: &Rejection, format: Format) -> Response<Body> {
    let code = rejection.status.as_u16();
    let reason = rejection.status.wire_reason().unwrap_or("");
    let (body, ctype) = match format {
        Format::Json => (
            serde_json::to_vec(&serde_json::json!({
                "error": { "status": code, "reason": reason, "message": rejection.message }
            }))
            .unwrap_or_default(),
            "application/json",
        ),
        _ => (
            format!("{code} {reason}\n{}\n", rejection.message).into_bytes(),
            "text/plain; charset=utf-8",
        ),
    };
    let mut resp = Response::new(Body::full(body));
    *resp.status_mut() = rejection.status.into();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    resp
}

/// [`error`], and the connection is closed after it (the request was not read to its end).
pub(crate) fn error_and_close(rejection: &Rejection, format: Format) -> Response<Body> {
    let mut resp = error(rejection, format);
    resp.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}

/// `body` as plain text.
pub(crate) fn text(status: StatusCode, body: &'static str) -> Response<Body> {
    let mut resp = Response::new(Body::full(Bytes::from_static(body.as_bytes())));
    *resp.status_mut() = status.into();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

/// `code` and our reason phrase ("503 Service Unavailable"), for the answers written
/// without hyper (the watchdog's 408, the 503 over the connection limit).
pub(crate) fn status_line(code: StatusCode) -> String {
    format!(
        "{} {}",
        code.as_u16(),
        code.wire_reason().unwrap_or_default()
    )
}

/// A whole HTTP/1.1 answer written without hyper, after which the connection closes (the
/// watchdog's 408, the 503 over the connection limit, the 400 to a head hyper could not
/// parse): `code` with our reason phrase, `fields` (each line ending in CRLF), `date` (RFC
/// 9110 §6.6.1), and a plain text body of the status line and `why`.
pub(crate) fn closing_answer(code: StatusCode, fields: &str, why: &str) -> Vec<u8> {
    let line = status_line(code);
    let body = format!("{line}\n{why}\n");
    let date = httpdate::fmt_http_date(std::time::SystemTime::now());
    format!(
        "HTTP/1.1 {line}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\n{fields}connection: close\r\ndate: {date}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// What every answer gets last, in this order: CORS (not on a 204 to OPTIONS, a preflight
/// or a list of allowed methods, which say it themselves), our reason phrase, and for HEAD
/// no content.
pub(crate) fn complete(resp: &mut Response<Body>, method: &Method) {
    if !(method == Method::OPTIONS && resp.status() == http::StatusCode::NO_CONTENT) {
        cors(resp.headers_mut());
    }
    set_reason(resp);
    if method == Method::HEAD {
        without_content(resp);
    }
}

/// Puts our reason phrase ([`StatusCode::wire_reason`]) on the status line where hyper
/// would write another: hyper writes the `http` crate's phrase ("Payload Too Large" for
/// 413), or `<none>` for a code it has none for. An unassigned code gets an empty phrase,
/// which RFC 9112 §4 allows ("HTTP/1.1 471 ").
pub(crate) fn set_reason<B>(resp: &mut Response<B>) {
    let phrase = StatusCode::from(resp.status()).wire_reason().unwrap_or("");
    if resp.status().canonical_reason() != Some(phrase) {
        resp.extensions_mut()
            .insert(hyper::ext::ReasonPhrase::from_static(phrase.as_bytes()));
    } else {
        resp.extensions_mut().remove::<hyper::ext::ReasonPhrase>();
    }
}

/// The answer to HEAD: the header fields GET would get, `Content-Length` included, and no
/// content (RFC 9110 §9.3.2). hyper leaves out the content of a HEAD answer on HTTP/1.1 but
/// not on HTTP/2, so it is taken out here for both; the body keeps declaring its length,
/// which hyper writes where it writes it for GET.
pub(crate) fn without_content(resp: &mut Response<Body>) {
    let len = http_body::Body::size_hint(resp.body()).exact();
    *resp.body_mut() = match len {
        Some(len) if len > 0 => Body::length_only(len),
        _ => Body::empty(),
    };
}

/// `true` for a CORS preflight: OPTIONS with `Origin` and
/// `Access-Control-Request-Method`.
pub(crate) fn is_preflight<B>(req: &Request<B>) -> bool {
    req.method() == Method::OPTIONS
        && req.headers().contains_key(header::ORIGIN)
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
}

/// The answer to a CORS preflight, on any path: any method, the requested header fields,
/// for a day.
pub(crate) fn preflight<B>(req: &Request<B>) -> Response<Body> {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = http::StatusCode::NO_CONTENT;
    let h = resp.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"),
    );
    if let Some(asked) = req.headers().get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.clone());
    }
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Access-Control-Request-Headers"),
    );
    resp
}

/// CORS for browser scripts: any origin may read the response, and every header field
/// it carries that scripts could not read anyway (`Location`, `Retry-After`,
/// `WWW-Authenticate`, `Content-Range`, caller-chosen fields …) is exposed by name.
/// Named rather than `*`, which browsers before 2020 do not understand.
/// A field the response already has (the pages' stored header sections, or a caller's
/// `X-HttpStatus-Response-Access-Control-*`) is left as it is.
pub(crate) fn cors(h: &mut HeaderMap) {
    let origin = h.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    let expose = h.contains_key(header::ACCESS_CONTROL_EXPOSE_HEADERS);
    if origin && expose {
        return;
    }
    if !origin {
        h.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if expose {
        return;
    }
    let mut expose = String::new();
    for name in h.keys() {
        if exposable(name) {
            if !expose.is_empty() {
                expose.push_str(", ");
            }
            expose.push_str(name.as_str());
        }
    }
    if let Ok(v) = HeaderValue::from_str(&expose) {
        if !expose.is_empty() {
            h.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, v);
        }
    }
}

/// `false` for the fields a script may read without being told (the CORS-safelisted
/// response header names of the Fetch standard), the CORS fields themselves, the fields
/// about the connection or the cache key, and the two the browser enforces on a response a
/// caller shaped (`sandbox.rs`).
fn exposable(name: &http::HeaderName) -> bool {
    !matches!(
        name.as_str(),
        "content-security-policy"
            | "x-content-type-options"
            | "cache-control"
            | "content-language"
            | "content-length"
            | "content-type"
            | "expires"
            | "last-modified"
            | "pragma"
            | "vary"
            | "connection"
            | "date"
    ) && !name.as_str().starts_with("access-control-")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn clip_quotes_a_bounded_printable_prefix() {
        assert_eq!(clip("404", 12), "404");
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abcdef…");
        assert_eq!(clip("가나다라", 2), "가나…");
        assert_eq!(clip("a\u{0}b\nc", 10), "abc");
    }

    #[test]
    fn head_keeps_the_length_get_would_send() {
        use http_body::Body as _;
        let mut resp = text(StatusCode::OK, "ok\n");
        without_content(&mut resp);
        assert_eq!(resp.body().size_hint().exact(), Some(3));
        assert_eq!(resp.body().whole(), None, "no content to send");
        // Nothing to send, nothing to declare: hyper frames an empty answer itself.
        let mut empty = Response::new(Body::empty());
        without_content(&mut empty);
        assert!(empty.body().is_end_stream());
    }

    #[test]
    fn our_phrase_where_http_has_another_or_none() {
        let phrase = |code: u16| {
            let mut resp = Response::new(());
            *resp.status_mut() = http::StatusCode::from_u16(code).unwrap();
            set_reason(&mut resp);
            resp.extensions()
                .get::<hyper::ext::ReasonPhrase>()
                .map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned())
        };
        assert_eq!(phrase(404), None, "the http crate's own");
        assert_eq!(phrase(413).as_deref(), Some("Content Too Large"));
        assert_eq!(phrase(499).as_deref(), Some("Client Closed Request"));
        assert_eq!(phrase(471).as_deref(), Some(""));
    }

    #[test]
    fn rejections_read_as_text_and_json() {
        let r = Rejection::not_found("no route");
        assert_eq!(r.to_string(), "404 no route");
        let text = error(&r, Format::Text);
        assert_eq!(text.status(), http::StatusCode::NOT_FOUND);
        assert_eq!(
            text.body().whole().unwrap(),
            Bytes::from_static(b"404 Not Found\nno route\n")
        );
        let json = error(&r, Format::Json);
        let v: serde_json::Value = serde_json::from_slice(&json.body().whole().unwrap()).unwrap();
        assert_eq!(v["error"]["status"], 404);
        assert_eq!(v["error"]["reason"], "Not Found");
    }
}
