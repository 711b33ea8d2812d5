//! Range requests (RFC 9110 §14): which parts of a representation a request's `Range` and
//! `If-Range` (§13.1.5) select ([`select`]), and the content of a 206 that sends them
//! ([`partial`]: one part with `Content-Range`, several as `multipart/byteranges`). Used by
//! `/range/{n}` and `/etag/{etag}` (`httpbin/`), and by the `/206` route, whose 1000-byte
//! representation is here too.

use bytes::Bytes;
use http::Method;
use http::header::{self, HeaderValue};
use httpstatus::{Lang, StatusCode};

use crate::conditional;
use crate::describe::described;
use crate::negotiate::Format;
use crate::plan::{Ask, Content, Plan, value};

/// The representation that 206 serves in part: 1000 bytes of the alphabet.
pub(crate) const REPRESENTATION_LEN: usize = 1000;

/// Its media type.
pub(crate) const MEDIA_TYPE: &str = "text/plain; charset=utf-8";

/// Multipart boundary for several ranges.
pub(crate) const BOUNDARY: &str = "httpstatus-byteranges";

/// The representation's bytes.
pub(crate) fn representation() -> Bytes {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz";
    Bytes::from(
        (0..REPRESENTATION_LEN)
            .map(|i| alphabet[i % 26])
            .collect::<Vec<u8>>(),
    )
}

/// `Content-Range` of a 416: the representation's length (`bytes */1000`).
pub(crate) const UNSATISFIED_RANGE: &str = "bytes */1000";

/// The validators the response carries, for `If-Range`.
#[derive(Debug)]
pub(crate) struct Validators<'a> {
    /// The entity tag sent.
    pub(crate) etag: Option<&'a HeaderValue>,
    /// The `Last-Modified` sent.
    pub(crate) last_modified: Option<&'a HeaderValue>,
    /// Whether that date is a strong validator (RFC 9110 §8.8.2.2).
    pub(crate) date_is_strong: bool,
}

/// What the route sends when no range applies: bytes 0–99, so that it still shows a 206.
const FALLBACK: (usize, usize) = (0, 99);

/// Turns the plan (the whole representation) into the answer to the request's `Range`:
/// the parts asked for (206), 416 when none is satisfiable, the whole representation as a
/// 200 when `If-Range` does not hold, and bytes 0–99 with a note when there is no range
/// to honour (no `Range`, an invalid one, or a method other than GET).
pub(crate) fn respond(
    ask: &Ask<'_>,
    p: &mut Plan,
    format: Format,
    lang: Option<Lang>,
    v: &Validators<'_>,
) {
    let range = ask.headers.get(header::RANGE);
    if *ask.method != Method::GET {
        let why = if range.is_some() {
            "Range is defined for GET only and ignored here (RFC 9110 section 14.2): sending bytes 0-99, as to a request without Range"
        } else {
            "no Range header: sending bytes 0-99, as if Range: bytes=0-99 had been asked"
        };
        return send(p, &[FALLBACK], Some(why));
    }
    let Some(range) = range else {
        return send(
            p,
            &[FALLBACK],
            Some("no Range header: sending bytes 0-99, as if Range: bytes=0-99 had been asked"),
        );
    };
    if let Some(if_range) = ask.headers.get(header::IF_RANGE) {
        if !conditional::if_range_holds(if_range, v.etag, v.last_modified, v.date_is_strong) {
            // "Send me the whole representation if it changed": a 200 with all of it.
            p.status = StatusCode::OK;
            p.note(
                "If-Range does not match the current representation: all of it, 200 (RFC 9110 section 13.1.5)",
            );
            return;
        }
    }
    match parse_range(range.to_str().ok(), REPRESENTATION_LEN) {
        Err(()) => {
            p.status = StatusCode::RANGE_NOT_SATISFIABLE;
            p.headers.insert(
                header::CONTENT_RANGE,
                HeaderValue::from_static(UNSATISFIED_RANGE),
            );
            p.content = Content::Bytes(described(p.status, format, lang));
            p.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.content_type()),
            );
        }
        Ok(Some(spans)) => send(p, &spans, None),
        Ok(None) => send(
            p,
            &[FALLBACK],
            Some(
                "no valid Range header: sending bytes 0-99, as if Range: bytes=0-99 had been asked",
            ),
        ),
    }
}

/// A 206 with `spans` of the representation: one range with `Content-Range`, several as
/// `multipart/byteranges` (RFC 9110 §15.3.7).
fn send(p: &mut Plan, spans: &[Span], why: Option<&'static str>) {
    if let Some(why) = why {
        p.note(why);
    }
    p.status = StatusCode::PARTIAL_CONTENT;
    let part = partial(&representation(), MEDIA_TYPE, spans);
    if let Some(range) = part.content_range {
        p.headers.insert(header::CONTENT_RANGE, range);
    }
    if let Some(multipart) = part.content_type {
        p.headers.insert(header::CONTENT_TYPE, multipart);
    }
    p.content = Content::Bytes(part.content);
}

/// What a request's `Range` selects of a representation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Selection {
    /// All of it, as a 200: no `Range`, a method other than GET, an invalid `Range`
    /// (ignored, §14.2), or an `If-Range` that does not hold.
    Whole,
    /// These ranges, as a 206.
    Parts(Vec<Span>),
    /// No range is satisfiable: 416 with `Content-Range: bytes */len`.
    Unsatisfiable,
}

/// Evaluates `Range` and `If-Range` for a GET of a representation of `len` bytes with the
/// validators `v` (RFC 9110 §14.2, §13.1.5). Preconditions come first (§13.2.2): this is
/// step 5 of that order.
pub(crate) fn select(
    method: &Method,
    headers: &http::HeaderMap,
    len: usize,
    v: &Validators<'_>,
) -> Selection {
    if *method != Method::GET {
        return Selection::Whole;
    }
    let Some(range) = headers.get(header::RANGE) else {
        return Selection::Whole;
    };
    if let Some(if_range) = headers.get(header::IF_RANGE) {
        if !conditional::if_range_holds(if_range, v.etag, v.last_modified, v.date_is_strong) {
            return Selection::Whole;
        }
    }
    match parse_range(range.to_str().ok(), len) {
        Err(()) => Selection::Unsatisfiable,
        Ok(None) => Selection::Whole,
        Ok(Some(spans)) => Selection::Parts(spans),
    }
}

/// The content of a 206 and the fields that go with it.
#[derive(Debug)]
pub(crate) struct Partial {
    /// `Content-Range` of a single part (none for several).
    pub(crate) content_range: Option<HeaderValue>,
    /// `multipart/byteranges; boundary=…` for several parts (none for one: the
    /// representation's own media type stays).
    pub(crate) content_type: Option<HeaderValue>,
    /// The bytes sent.
    pub(crate) content: Bytes,
}

/// `spans` of `rep` (media type `media_type`): one range as it is with its
/// `Content-Range`, several as `multipart/byteranges` with a `Content-Range` per part and
/// none in the header section (RFC 9110 §14.6, §15.3.7).
pub(crate) fn partial(rep: &Bytes, media_type: &str, spans: &[Span]) -> Partial {
    let len = rep.len();
    if let [(a, b)] = spans {
        return Partial {
            content_range: Some(value(&format!("bytes {a}-{b}/{len}"))),
            content_type: None,
            content: rep.slice(*a..=*b),
        };
    }
    let mut out = Vec::new();
    for (a, b) in spans {
        out.extend_from_slice(format!("\r\n--{BOUNDARY}\r\nContent-Type: {media_type}\r\nContent-Range: bytes {a}-{b}/{len}\r\n\r\n").as_bytes());
        out.extend_from_slice(&rep[*a..=*b]);
    }
    out.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Partial {
        content_range: None,
        content_type: Some(value(&format!("multipart/byteranges; boundary={BOUNDARY}"))),
        content: Bytes::from(out),
    }
}

/// A byte range asked for, inclusive.
pub(crate) type Span = (usize, usize);

/// Reads `Range: bytes=…` against a representation of `len` bytes (RFC 9110 §14.1.2):
/// `Ok(None)` when there is no valid byte range header (it is then ignored), `Err(())`
/// when no range is satisfiable.
pub(crate) fn parse_range(value: Option<&str>, len: usize) -> Result<Option<Vec<Span>>, ()> {
    let Some(spec) = value.and_then(|v| v.trim().strip_prefix("bytes=")) else {
        return Ok(None);
    };
    let mut spans = Vec::new();
    let mut any = false;
    for part in spec.split(',') {
        let part = part.trim();
        let Some((a, b)) = part.split_once('-') else {
            return Ok(None);
        };
        let (a, b) = (a.trim(), b.trim());
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        let span = if a.is_empty() {
            // Suffix: the last b bytes.
            if !digits(b) {
                return Ok(None);
            }
            let n: usize = b.parse().unwrap_or(usize::MAX);
            any = true;
            if n == 0 || len == 0 {
                continue;
            }
            (len.saturating_sub(n), len - 1)
        } else {
            if !digits(a) || !(b.is_empty() || digits(b)) {
                return Ok(None);
            }
            let first: usize = a.parse().unwrap_or(usize::MAX);
            let last: usize = if b.is_empty() {
                usize::MAX
            } else {
                b.parse().unwrap_or(usize::MAX)
            };
            if last < first {
                return Ok(None);
            }
            any = true;
            if first >= len {
                continue;
            }
            (first, last.min(len - 1))
        };
        spans.push(span);
        if spans.len() > 32 {
            // Many small ranges are a known denial-of-service pattern (RFC 9110 §14.2).
            return Err(());
        }
    }
    match (any, spans.is_empty()) {
        (false, _) => Ok(None),
        (true, true) => Err(()),
        (true, false) => Ok(Some(spans)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_unsatisfied_range_names_the_length() {
        assert_eq!(UNSATISFIED_RANGE, format!("bytes */{REPRESENTATION_LEN}"));
        assert_eq!(representation().len(), REPRESENTATION_LEN);
    }

    #[test]
    fn ranges() {
        assert_eq!(parse_range(None, 1000), Ok(None));
        assert_eq!(
            parse_range(Some("bytes=0-99"), 1000),
            Ok(Some(vec![(0, 99)]))
        );
        assert_eq!(
            parse_range(Some("bytes=990-"), 1000),
            Ok(Some(vec![(990, 999)]))
        );
        assert_eq!(
            parse_range(Some("bytes=-10"), 1000),
            Ok(Some(vec![(990, 999)]))
        );
        assert_eq!(
            parse_range(Some("bytes=0-0,10-19"), 1000),
            Ok(Some(vec![(0, 0), (10, 19)]))
        );
        assert_eq!(
            parse_range(Some("bytes=900-2000"), 1000),
            Ok(Some(vec![(900, 999)]))
        );
        assert_eq!(parse_range(Some("bytes=1000-1099"), 1000), Err(()));
        assert_eq!(parse_range(Some("bytes=-0"), 1000), Err(()));
        assert_eq!(parse_range(Some("bytes=5-1"), 1000), Ok(None));
        assert_eq!(parse_range(Some("items=0-1"), 1000), Ok(None));
        assert_eq!(parse_range(Some("bytes=a-b"), 1000), Ok(None));
        assert_eq!(
            parse_range(Some("bytes=99999999999999999999999-"), 1000),
            Err(())
        );
        let many = format!(
            "bytes={}",
            (0..40)
                .map(|i| format!("{i}-{i}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        assert_eq!(parse_range(Some(&many), 1000), Err(()));
    }
}
