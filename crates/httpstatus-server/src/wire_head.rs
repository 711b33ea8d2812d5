//! A ready answer's response head, byte for byte as hyper's HTTP/1.1 server writes it
//! (hyper 1.x, `proto/h1/role.rs`, `Server::encode`), for the answers written without hyper
//! (`direct.rs`): the status line with our reason phrase, the fields in the map's order,
//! `content-length` where hyper puts it. Made once per answer; what changes per request
//! (`connection: close`, the `date` field) is added when it is sent.
//!
//! Only the shapes ready answers have are encoded: a field hyper treats specially
//! (`transfer-encoding`, `connection`, `date`, `trailer`), a 1xx, content on a status that
//! has none, or a `content-length` field that disagrees with the content makes
//! [`encode`] decline, and such an answer stays with hyper. `tests/wire.rs` compares the
//! result with hyper's own on a socket, for every code, format, language and method.

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

use http::StatusCode;
use http::header::{self, HeaderMap};

/// A response head without its `date` field and final empty line.
#[derive(Debug)]
pub(crate) struct WireHead {
    /// The status line and the fields of the map, `content-length` included when the map
    /// has it.
    pub(crate) fields: Box<[u8]>,
    /// The `content-length` line hyper adds after the map's fields (after any
    /// `connection: close` it adds too), or nothing.
    pub(crate) length: Box<[u8]>,
    /// The content to send after the head: empty for `HEAD` and for statuses without
    /// content.
    pub(crate) sends_content: bool,
}

/// The line hyper adds to the last answer of a connection its client asked to close.
pub(crate) const CLOSE: &[u8] = b"connection: close\r\n";

/// `date: ` + an IMF-fixdate (29 bytes) + CRLF + the empty line's CRLF.
pub(crate) const DATE_LINE: usize = 6 + 29 + 4;

/// The head hyper writes for a response with `status` (`reason`: a phrase of ours where it
/// is not the `http` crate's), the fields `headers` and `content_len` bytes of content, to
/// a `GET` (`head` false) or a `HEAD` (`head` true) whose content is then left out (as
/// `reply::without_content` does: the length kept when there is content). `None` for a
/// shape this does not encode (see the module's documentation).
pub(crate) fn encode(
    status: StatusCode,
    reason: Option<&[u8]>,
    headers: &HeaderMap,
    content_len: usize,
    head: bool,
) -> Option<WireHead> {
    let no_content_status = matches!(status, StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED);
    if status.is_informational() || (no_content_status && content_len > 0) {
        return None;
    }
    for special in [
        header::TRANSFER_ENCODING,
        header::CONNECTION,
        header::DATE,
        header::TRAILER,
    ] {
        if headers.contains_key(special) {
            return None;
        }
    }
    let mut lengths = headers.get_all(header::CONTENT_LENGTH).iter();
    let length_field = lengths.next();
    if lengths.next().is_some() {
        return None;
    }
    if let Some(v) = length_field {
        if v.as_bytes() != content_len.to_string().as_bytes() {
            return None;
        }
    }

    let mut fields = Vec::with_capacity(32 + headers.len() * 32);
    // The status line: hyper writes the `http` crate's phrase unless the response carries
    // its own (`hyper::ext::ReasonPhrase`).
    fields.extend_from_slice(b"HTTP/1.1 ");
    fields.extend_from_slice(status.as_str().as_bytes());
    fields.push(b' ');
    match reason {
        Some(r) => fields.extend_from_slice(r),
        None => fields.extend_from_slice(status.canonical_reason().unwrap_or("<none>").as_bytes()),
    }
    fields.extend_from_slice(b"\r\n");
    // hyper is handed no body when the content is empty, else one of known length (for
    // HEAD too: `Body::length_only`).
    let known_length = content_len > 0;
    for (name, value) in headers {
        // A `content-length` field is written in place when the body's length is known;
        // without a body, only for HEAD.
        if *name == header::CONTENT_LENGTH && !known_length && !head {
            continue;
        }
        fields.extend_from_slice(name.as_str().as_bytes());
        fields.extend_from_slice(b": ");
        fields.extend_from_slice(value.as_bytes());
        fields.extend_from_slice(b"\r\n");
    }
    // Where hyper did not write the map's `content-length`, it adds its own.
    let wrote_length = length_field.is_some() && (known_length || head);
    let mut length = Vec::new();
    if !wrote_length && !no_content_status {
        if known_length {
            length = format!("content-length: {content_len}\r\n").into_bytes();
        } else if !head {
            length = b"content-length: 0\r\n".to_vec();
        }
    }
    Some(WireHead {
        fields: fields.into_boxed_slice(),
        length: length.into_boxed_slice(),
        sends_content: !head && known_length,
    })
}

/// The date of this second as an IMF-fixdate (RFC 9110 §5.6.7), for the `date` field:
/// formatted once a second on each thread, as hyper keeps its own.
pub(crate) fn date() -> [u8; 29] {
    thread_local! {
        static NOW: Cell<(u64, [u8; 29])> = const { Cell::new((u64::MAX, [0; 29])) };
    }
    let now = SystemTime::now();
    let second = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    NOW.with(|cached| {
        let (at, text) = cached.get();
        if at == second {
            return text;
        }
        let mut text = [0u8; 29];
        let formatted = httpdate::fmt_http_date(now);
        if formatted.len() == text.len() {
            text.copy_from_slice(formatted.as_bytes());
        }
        cached.set((second, text));
        text
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn text(h: &WireHead) -> String {
        format!(
            "{}{}",
            String::from_utf8_lossy(&h.fields),
            String::from_utf8_lossy(&h.length)
        )
    }

    #[test]
    fn fields_in_order_then_the_length_hyper_adds() {
        let mut map = HeaderMap::new();
        map.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        map.append(header::VARY, HeaderValue::from_static("a"));
        map.append(header::VARY, HeaderValue::from_static("b"));
        let teapot = StatusCode::IM_A_TEAPOT;
        let get = encode(teapot, None, &map, 17, false).unwrap();
        assert_eq!(
            text(&get),
            "HTTP/1.1 418 I'm a teapot\r\ncontent-type: text/plain\r\nvary: a\r\nvary: b\r\ncontent-length: 17\r\n"
        );
        assert!(get.sends_content);
        let head = encode(teapot, None, &map, 17, true).unwrap();
        assert_eq!(text(&head), text(&get));
        assert!(!head.sends_content);
    }

    #[test]
    fn empty_content_and_statuses_without_content() {
        let map = HeaderMap::new();
        let ok = |code, head| {
            text(&encode(StatusCode::from_u16(code).unwrap(), None, &map, 0, head).unwrap())
        };
        assert_eq!(
            ok(205, false),
            "HTTP/1.1 205 Reset Content\r\ncontent-length: 0\r\n"
        );
        assert_eq!(ok(205, true), "HTTP/1.1 205 Reset Content\r\n");
        assert_eq!(ok(204, false), "HTTP/1.1 204 No Content\r\n");
        assert_eq!(ok(304, true), "HTTP/1.1 304 Not Modified\r\n");
        assert!(encode(StatusCode::NO_CONTENT, None, &map, 3, false).is_none());
        assert!(encode(StatusCode::CONTINUE, None, &map, 0, false).is_none());
    }

    #[test]
    fn a_length_field_in_the_map_stays_where_it_is() {
        let mut map = HeaderMap::new();
        map.insert(header::CONTENT_LENGTH, HeaderValue::from(3));
        map.insert(header::ETAG, HeaderValue::from_static("\"x\""));
        let h = encode(StatusCode::OK, None, &map, 3, false).unwrap();
        assert_eq!(
            text(&h),
            "HTTP/1.1 200 OK\r\ncontent-length: 3\r\netag: \"x\"\r\n"
        );
        // Empty content: a GET gets hyper's own length line, after the other fields.
        let mut zero = HeaderMap::new();
        zero.insert(header::CONTENT_LENGTH, HeaderValue::from(0));
        zero.insert(header::VARY, HeaderValue::from_static("*"));
        let reset = StatusCode::RESET_CONTENT;
        let get = encode(reset, None, &zero, 0, false).unwrap();
        assert_eq!(
            text(&get),
            "HTTP/1.1 205 Reset Content\r\nvary: *\r\ncontent-length: 0\r\n"
        );
        let head = encode(reset, None, &zero, 0, true).unwrap();
        assert_eq!(
            text(&head),
            "HTTP/1.1 205 Reset Content\r\ncontent-length: 0\r\nvary: *\r\n"
        );
        // A length that disagrees with the content, or two: left to hyper.
        assert!(encode(StatusCode::OK, None, &map, 4, false).is_none());
        map.append(header::CONTENT_LENGTH, HeaderValue::from(3));
        assert!(encode(StatusCode::OK, None, &map, 3, false).is_none());
    }

    #[test]
    fn the_date_is_an_imf_fixdate_of_now() {
        let date = date();
        let text = std::str::from_utf8(&date).unwrap();
        let parsed = httpdate::parse_http_date(text).unwrap();
        let off = SystemTime::now().duration_since(parsed).unwrap_or_default();
        assert!(off.as_secs() <= 2, "{text}");
        assert!(text.ends_with(" GMT"), "{text}");
    }

    #[test]
    fn our_reason_phrase_and_fields_hyper_treats_itself() {
        let map = HeaderMap::new();
        let h = encode(
            StatusCode::from_u16(471).unwrap(),
            Some(b"Custom"),
            &map,
            1,
            false,
        )
        .unwrap();
        assert!(h.fields.starts_with(b"HTTP/1.1 471 Custom\r\n"));
        let h = encode(StatusCode::from_u16(599).unwrap(), None, &map, 1, false).unwrap();
        assert!(h.fields.starts_with(b"HTTP/1.1 599 <none>\r\n"));
        for special in ["connection", "date", "transfer-encoding", "trailer"] {
            let mut map = HeaderMap::new();
            map.insert(
                http::HeaderName::from_static(special),
                HeaderValue::from_static("x"),
            );
            assert!(
                encode(StatusCode::OK, None, &map, 1, false).is_none(),
                "{special}"
            );
        }
    }
}
