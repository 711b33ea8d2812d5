//! Validators and conditional requests (RFC 9110 §8.8 and §13): a strong entity tag for
//! each representation, the preconditions of §13.2.2 (`If-Match`, `If-Unmodified-Since`,
//! `If-None-Match`, `If-Modified-Since`) and `If-Range` (§13.1.5).
//!
//! Pure functions of header values, shared by the status routes (`respond.rs`) and the
//! reference pages (`rep.rs`).

use http::Method;
use http::header::{self, HeaderMap, HeaderValue};

/// FNV-1a, 64 bits: a stable content hash for entity tags.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A strong entity tag for a representation: a hash of its media type and its bytes, so
/// that every variant (text, JSON, HTML; each language) has a tag of its own (§8.8.1: a
/// strong validator changes whenever the representation data or its metadata would).
pub(crate) fn strong_etag(content_type: &[u8], content: &[u8]) -> HeaderValue {
    let h = fnv1a(content_type) ^ fnv1a(content).rotate_left(1);
    HeaderValue::from_str(&format!("\"{h:016x}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

/// One entity tag of a list: whether it is weak, and its opaque part with the quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tag<'a> {
    weak: bool,
    opaque: &'a [u8],
}

/// Reads an entity tag (`"xyz"` or `W/"xyz"`) at the start of `s`; returns it and the rest.
fn entity_tag(s: &[u8]) -> Option<(Tag<'_>, &[u8])> {
    let (weak, s) = match s.strip_prefix(b"W/") {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if s.first() != Some(&b'"') {
        return None;
    }
    // etagc = %x21 / %x23-7E / obs-text: anything visible but DQUOTE, commas included.
    let end = 1 + s[1..].iter().position(|&b| b == b'"')?;
    let opaque = &s[..=end];
    if opaque[1..end].iter().any(|&b| b < 0x21 || b == 0x7f) {
        return None;
    }
    Some((Tag { weak, opaque }, &s[end + 1..]))
}

/// The members of `If-Match` or `If-None-Match` fields: `None` for `*`, else the tags.
/// A field that does not parse is dropped whole (it matches nothing).
enum Members<'a> {
    Any,
    Tags(Vec<Tag<'a>>),
}

fn members<'a>(values: impl Iterator<Item = &'a HeaderValue>) -> Members<'a> {
    let mut tags = Vec::new();
    for value in values {
        let mut s = value.as_bytes();
        let trimmed = s.trim_ascii();
        if trimmed == b"*" {
            return Members::Any;
        }
        let mut field = Vec::new();
        loop {
            s = s.trim_ascii_start();
            while let Some(rest) = s.strip_prefix(b",") {
                s = rest.trim_ascii_start();
            }
            if s.is_empty() {
                tags.append(&mut field);
                break;
            }
            let Some((tag, rest)) = entity_tag(s) else {
                break;
            };
            field.push(tag);
            s = rest.trim_ascii_start();
            if !(s.is_empty() || s.starts_with(b",")) {
                break;
            }
        }
    }
    Members::Tags(tags)
}

/// What an `If-Match` or `If-None-Match` field lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    /// `*`.
    Any,
    /// The entity tags that parse, as sent (`"x"`, `W/"x"`); none when nothing parses.
    Tags(Vec<HeaderValue>),
}

/// What the `name` fields (`If-Match` or `If-None-Match`) list; `None` when absent.
pub(crate) fn listed(headers: &HeaderMap, name: header::HeaderName) -> Option<Listed> {
    if !headers.contains_key(&name) {
        return None;
    }
    Some(match members(headers.get_all(name).iter()) {
        Members::Any => Listed::Any,
        Members::Tags(tags) => Listed::Tags(
            tags.iter()
                .filter_map(|t| {
                    let mut bytes = Vec::with_capacity(t.opaque.len() + 2);
                    if t.weak {
                        bytes.extend_from_slice(b"W/");
                    }
                    bytes.extend_from_slice(t.opaque);
                    HeaderValue::from_bytes(&bytes).ok()
                })
                .collect(),
        ),
    })
}

/// `true` when `value` is exactly one entity tag (`"xyz"` or `W/"xyz"`, RFC 9110 §8.8.3).
pub(crate) fn is_entity_tag(value: &[u8]) -> bool {
    matches!(entity_tag(value), Some((_, rest)) if rest.is_empty())
}

/// `true` when `value` is an HTTP-date in one of the three formats of §5.6.7.
pub(crate) fn is_http_date(value: &HeaderValue) -> bool {
    date(Some(value)).is_some()
}

/// The current entity tag, parsed.
fn current(etag: &HeaderValue) -> Option<Tag<'_>> {
    match entity_tag(etag.as_bytes().trim_ascii()) {
        Some((tag, rest)) if rest.trim_ascii().is_empty() => Some(tag),
        _ => None,
    }
}

/// Strong comparison (§8.8.3.2): both strong, same opaque tag.
fn strong_eq(a: Tag<'_>, b: Tag<'_>) -> bool {
    !a.weak && !b.weak && a.opaque == b.opaque
}

/// Weak comparison: same opaque tag, either weak or not.
fn weak_eq(a: Tag<'_>, b: Tag<'_>) -> bool {
    a.opaque == b.opaque
}

/// `true` when `If-None-Match` lists `etag` (weak comparison, §13.1.2) or is `*`.
pub(crate) fn none_match(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Some(tag) = current(etag) else {
        return false;
    };
    match members(headers.get_all(header::IF_NONE_MATCH).iter()) {
        Members::Any => true,
        Members::Tags(tags) => tags.iter().any(|t| weak_eq(*t, tag)),
    }
}

/// `true` when `If-Match` is `*` or lists `etag` with the strong comparison (§13.1.1).
fn any_match(headers: &HeaderMap, etag: Option<&HeaderValue>) -> bool {
    let tag = etag.and_then(current);
    match members(headers.get_all(header::IF_MATCH).iter()) {
        Members::Any => etag.is_some(),
        Members::Tags(tags) => tag.is_some_and(|c| tags.iter().any(|t| strong_eq(*t, c))),
    }
}

/// An HTTP-date field (any of the three formats of §5.6.7); `None` when absent or invalid
/// (an invalid date makes the condition be ignored).
fn date(value: Option<&HeaderValue>) -> Option<httpdate::HttpDate> {
    value?.to_str().ok()?.trim().parse().ok()
}

/// What the preconditions of a request decide (§13.2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Go on with the response (Range processing included).
    Proceed,
    /// 304 Not Modified, for this reason.
    NotModified(&'static str),
    /// 412 Precondition Failed, for this reason.
    Failed(&'static str),
}

/// Evaluates the preconditions of a request in the order of RFC 9110 §13.2.2 against the
/// selected representation's current validators.
pub(crate) fn preconditions(
    method: &Method,
    headers: &HeaderMap,
    etag: Option<&HeaderValue>,
    last_modified: Option<&HeaderValue>,
) -> Verdict {
    let modified = date(last_modified);
    let safe = method == Method::GET || method == Method::HEAD;
    // 1 and 2: If-Match, else If-Unmodified-Since.
    if headers.contains_key(header::IF_MATCH) {
        if !any_match(headers, etag) {
            return Verdict::Failed(
                "If-Match names no current entity tag (strong comparison, RFC 9110 section 13.1.1)",
            );
        }
    } else if let (Some(since), Some(modified)) =
        (date(headers.get(header::IF_UNMODIFIED_SINCE)), modified)
    {
        if modified > since {
            return Verdict::Failed(
                "modified after the If-Unmodified-Since date (RFC 9110 section 13.1.4)",
            );
        }
    }
    // 3 and 4: If-None-Match, else If-Modified-Since (GET and HEAD only).
    if headers.contains_key(header::IF_NONE_MATCH) {
        if etag.is_some_and(|e| none_match(headers, e)) {
            return if safe {
                Verdict::NotModified(
                    "If-None-Match names the current entity tag (RFC 9110 section 13.1.2)",
                )
            } else {
                Verdict::Failed(
                    "If-None-Match names the current entity tag (RFC 9110 section 13.1.2)",
                )
            };
        }
    } else if safe {
        if let (Some(since), Some(modified)) =
            (date(headers.get(header::IF_MODIFIED_SINCE)), modified)
        {
            if modified <= since {
                return Verdict::NotModified(
                    "not modified since the If-Modified-Since date (RFC 9110 section 13.1.3)",
                );
            }
        }
    }
    Verdict::Proceed
}

/// Evaluates `If-Range` (RFC 9110 §13.1.5) for a request that has one and a `Range`:
/// `true` when the range may be sent. An entity tag must match the current one with the
/// strong comparison (a weak tag never does). A date must be a strong validator
/// (§8.8.2.2) and equal the current `Last-Modified`: `date_is_strong` says whether this
/// origin knows that the representation did not change twice within that second.
pub(crate) fn if_range_holds(
    value: &HeaderValue,
    etag: Option<&HeaderValue>,
    last_modified: Option<&HeaderValue>,
    date_is_strong: bool,
) -> bool {
    let v = value.as_bytes().trim_ascii();
    if v.starts_with(b"\"") || v.starts_with(b"W/\"") {
        let given = match entity_tag(v) {
            Some((tag, rest)) if rest.trim_ascii().is_empty() => tag,
            _ => return false,
        };
        return etag.and_then(current).is_some_and(|c| strong_eq(given, c));
    }
    match (date(Some(value)), date(last_modified)) {
        (Some(given), Some(modified)) => date_is_strong && given == modified,
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn with(fields: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (n, v) in fields {
            h.append(*n, v.parse().unwrap());
        }
        h
    }

    const LM: &str = "Thu, 01 Jan 2026 00:00:00 GMT";

    #[test]
    fn entity_tag_lists() {
        let tag = HeaderValue::from_static("\"a,b\"");
        assert!(none_match(
            &with(&[("if-none-match", "\"x\", \"a,b\"")]),
            &tag
        ));
        assert!(none_match(&with(&[("if-none-match", "W/\"a,b\"")]), &tag));
        assert!(none_match(&with(&[("if-none-match", "*")]), &tag));
        assert!(!none_match(&with(&[("if-none-match", "\"a\"")]), &tag));
        // Two fields count as one list.
        assert!(none_match(
            &with(&[("if-none-match", "\"x\""), ("if-none-match", "\"a,b\"")]),
            &tag
        ));
        // Garbage matches nothing; an unquoted tag is not a tag.
        assert!(!none_match(&with(&[("if-none-match", "a,b")]), &tag));
        assert!(!none_match(&with(&[("if-none-match", "\"a,b")]), &tag));
    }

    #[test]
    fn precondition_order() {
        let etag = HeaderValue::from_static("\"v1\"");
        let lm = HeaderValue::from_static(LM);
        let run = |m: Method, h: &[(&'static str, &str)]| {
            preconditions(&m, &with(h), Some(&etag), Some(&lm))
        };
        assert_eq!(run(Method::GET, &[]), Verdict::Proceed);
        assert!(matches!(
            run(Method::GET, &[("if-none-match", "\"v1\"")]),
            Verdict::NotModified(_)
        ));
        assert!(matches!(
            run(Method::POST, &[("if-none-match", "*")]),
            Verdict::Failed(_)
        ));
        assert_eq!(
            run(Method::GET, &[("if-none-match", "\"v2\"")]),
            Verdict::Proceed
        );
        // If-Match uses the strong comparison.
        assert_eq!(
            run(Method::PUT, &[("if-match", "\"v1\"")]),
            Verdict::Proceed
        );
        assert!(matches!(
            run(Method::PUT, &[("if-match", "W/\"v1\"")]),
            Verdict::Failed(_)
        ));
        assert!(matches!(
            run(
                Method::GET,
                &[("if-unmodified-since", "Wed, 31 Dec 2025 23:59:59 GMT")]
            ),
            Verdict::Failed(_)
        ));
        // If-Match present: If-Unmodified-Since is not evaluated.
        assert_eq!(
            run(
                Method::GET,
                &[
                    ("if-match", "*"),
                    ("if-unmodified-since", "Wed, 31 Dec 2025 23:59:59 GMT")
                ]
            ),
            Verdict::Proceed
        );
        assert!(matches!(
            run(Method::GET, &[("if-modified-since", LM)]),
            Verdict::NotModified(_)
        ));
        // The obsolete date formats are read too.
        assert!(matches!(
            run(
                Method::GET,
                &[("if-modified-since", "Thursday, 01-Jan-26 00:00:00 GMT")]
            ),
            Verdict::NotModified(_)
        ));
        assert_eq!(
            run(
                Method::GET,
                &[("if-modified-since", "Wed, 31 Dec 2025 23:59:59 GMT")]
            ),
            Verdict::Proceed
        );
        // If-None-Match present: If-Modified-Since is not evaluated.
        assert_eq!(
            run(
                Method::GET,
                &[("if-none-match", "\"v2\""), ("if-modified-since", LM)]
            ),
            Verdict::Proceed
        );
        // A bad date is ignored; If-Modified-Since on POST too.
        assert_eq!(
            run(Method::GET, &[("if-modified-since", "yesterday")]),
            Verdict::Proceed
        );
        assert_eq!(
            run(Method::POST, &[("if-modified-since", LM)]),
            Verdict::Proceed
        );
    }

    #[test]
    fn if_range() {
        let etag = HeaderValue::from_static("\"v1\"");
        let lm = HeaderValue::from_static(LM);
        let holds = |v: &'static str, strong: bool| {
            if_range_holds(&HeaderValue::from_static(v), Some(&etag), Some(&lm), strong)
        };
        assert!(holds("\"v1\"", true));
        assert!(!holds("\"other\"", true));
        assert!(!holds("W/\"v1\"", true), "a weak tag never matches");
        assert!(holds(LM, true));
        assert!(!holds(LM, false), "a weak date never matches");
        assert!(
            !holds("Fri, 02 Jan 2026 00:00:00 GMT", true),
            "a later date is not an exact match"
        );
        assert!(!holds("not a date", true));
        let weak = HeaderValue::from_static("W/\"v1\"");
        assert!(!if_range_holds(&weak, Some(&weak), None, true));
    }

    #[test]
    fn listed_tags_and_single_tags() {
        let h = with(&[("if-none-match", "\"a\", W/\"b\"")]);
        assert_eq!(
            listed(&h, header::IF_NONE_MATCH),
            Some(Listed::Tags(vec![
                HeaderValue::from_static("\"a\""),
                HeaderValue::from_static("W/\"b\"")
            ]))
        );
        assert_eq!(
            listed(&with(&[("if-none-match", "*")]), header::IF_NONE_MATCH),
            Some(Listed::Any)
        );
        assert_eq!(
            listed(
                &with(&[("if-none-match", "\"a\", junk")]),
                header::IF_NONE_MATCH
            ),
            Some(Listed::Tags(vec![]))
        );
        assert_eq!(listed(&HeaderMap::new(), header::IF_MATCH), None);
        assert!(is_entity_tag(b"\"x\""));
        assert!(is_entity_tag(b"W/\"x\""));
        assert!(is_entity_tag(b"\"\""));
        for bad in [
            &b"x"[..],
            b"\"x",
            b"\"x\" ",
            b"\"a\"b\"",
            b"w/\"x\"",
            b"\"a b\"",
        ] {
            assert!(!is_entity_tag(bad), "{bad:?}");
        }
        assert!(is_http_date(&HeaderValue::from_static(LM)));
        assert!(!is_http_date(&HeaderValue::from_static("soon")));
    }

    #[test]
    fn every_variant_has_its_own_tag() {
        let text = strong_etag(b"text/plain", b"200 OK\n");
        assert_ne!(text, strong_etag(b"text/html", b"200 OK\n"));
        assert_ne!(text, strong_etag(b"text/plain", b"200 OK\nOK: ...\n"));
        assert_eq!(text, strong_etag(b"text/plain", b"200 OK\n"));
        assert!(current(&text).is_some_and(|t| !t.weak));
    }
}
