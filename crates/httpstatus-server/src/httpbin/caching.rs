//! Conditional requests and caching: `/cache`, `/cache/{n}`, `/etag/{etag}` and
//! `/conditional`.
//!
//! `/etag/{etag}` and `/conditional` evaluate every precondition of RFC 9110 §13 in the
//! order of §13.2.2 (`conditional.rs`): `If-Match` (strong comparison, `*`, lists), else
//! `If-Unmodified-Since`; then `If-None-Match` (weak comparison: 304 on GET and HEAD, 412
//! otherwise), else `If-Modified-Since` (GET and HEAD only); then `Range` with `If-Range`
//! (`ranges.rs`). `/cache` is the fixture of httpbin: whatever validator a client sends
//! is taken as current, so a valid conditional GET always gets a 304.

use std::time::SystemTime;

use bytes::Bytes;
use http::Method;
use http::header::{self, HeaderMap, HeaderValue};
use httpstatus::StatusCode;

use super::echo::{self, Form};
use super::params;
use super::{Asked, Env, Outcome, Payload, Refusal, Reply};
use crate::conditional::{self, Listed, Verdict};
use crate::ranges::{self, Selection};
use crate::route::Rejection;

/// The `Last-Modified` of `/etag/{etag}` and `/conditional`: they never change.
pub(crate) const LAST_MODIFIED: &str = crate::special::LAST_MODIFIED;

/// The largest `max-age` a cache is bound to handle (RFC 9111 §1.2.2: 2^31 seconds).
const MAX_AGE_LIMIT: u64 = 1 << 31;

/// The routes of this family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caching {
    /// `/cache`: 304 for any valid `If-None-Match` or `If-Modified-Since`, else a 200 with
    /// fresh validators.
    Cache,
    /// `/cache/{n}`: `Cache-Control: public, max-age=n`.
    CacheFor(u64),
    /// `/etag/{etag}`: a resource whose current entity tag is this one.
    Etag(HeaderValue),
    /// `/conditional`: a resource that unsafe methods may change only conditionally.
    Conditional,
}

impl Caching {
    /// The route for `/{first}/{rest}`, if it is one of these.
    pub(crate) fn route(first: &str, rest: &str) -> Option<Result<Caching, Rejection>> {
        Some(match (first, rest) {
            ("cache", "") => Ok(Caching::Cache),
            ("cache", n) if !n.contains('/') => {
                params::whole(n, "n in /cache/{n}", 0, MAX_AGE_LIMIT).map(Caching::CacheFor)
            }
            ("etag", tag) if !tag.is_empty() => entity_tag(tag).map(Caching::Etag),
            ("conditional", "") => Ok(Caching::Conditional),
            ("cache" | "etag" | "conditional", _) => Err(Rejection::not_found(format!(
                "no route for /{first}/{rest}: try /cache, /cache/60, /etag/abc or /conditional"
            ))),
            _ => return None,
        })
    }
}

/// The entity tag of `/etag/{etag}`: the path segment percent-decoded, as sent when it is
/// one already (`"abc"`, `W/"abc"`), else in quotes (`abc` → `"abc"`). Its characters must
/// be those of an entity tag (RFC 9110 §8.8.3: visible ASCII but `"`).
pub fn entity_tag(raw: &str) -> Result<HeaderValue, Rejection> {
    let tag = params::segment(raw, "entity tag")?;
    let shown = params::clip(&tag);
    let bad = || {
        Rejection::bad_request(format!(
            "{shown:?} is not an entity tag: use visible ASCII without quotes or spaces (abc), or a whole tag (\"abc\", W/\"abc\")"
        ))
    };
    let quoted = if tag.starts_with('"') || tag.starts_with("W/\"") {
        tag
    } else {
        format!("\"{tag}\"")
    };
    let visible = quoted.bytes().all(|b| (0x21..0x7f).contains(&b));
    if !visible || !conditional::is_entity_tag(quoted.as_bytes()) {
        return Err(bad());
    }
    HeaderValue::from_str(&quoted).map_err(|_| bad())
}

/// The answer of a route of this family.
pub(crate) fn answer(route: &Caching, asked: &Asked<'_>, env: &Env<'_>) -> Outcome {
    match route {
        Caching::Cache => Ok(cache(asked, env.now)),
        Caching::CacheFor(n) => {
            let mut reply = Reply::json(&echo::object(asked, &Form::default(), echo::GET_KEYS));
            reply.headers.insert(
                header::CACHE_CONTROL,
                value(&format!("public, max-age={n}")),
            );
            Ok(reply)
        }
        Caching::Etag(tag) => etag(tag, asked),
        Caching::Conditional => conditional(asked),
    }
}

/// `/cache`. A valid `If-None-Match` (a list with an entity tag, or `*`) gets a 304 that
/// carries the first tag listed, the one the client holds (RFC 9110 §15.4.5; a cache
/// freshens the stored response it selects with it, RFC 9111 §4.3.4). Without
/// `If-None-Match`, a valid `If-Modified-Since` date gets a 304 (§13.1.3: ignored when
/// `If-None-Match` is present). A field that is not valid is ignored, and the request gets
/// the 200: the `/get` report with a strong `ETag` of its bytes and `Last-Modified` now.
pub(crate) fn cache(asked: &Asked<'_>, now: SystemTime) -> Reply {
    let h = asked.headers;
    let not_modified = match conditional::listed(h, header::IF_NONE_MATCH) {
        Some(Listed::Any) => Some(None),
        Some(Listed::Tags(tags)) => tags.first().cloned().map(Some),
        None => h
            .get(header::IF_MODIFIED_SINCE)
            .filter(|v| conditional::is_http_date(v))
            .map(|_| None),
    };
    if let Some(tag) = not_modified {
        let mut reply = Reply::not_modified();
        if let Some(tag) = tag {
            reply.headers.insert(header::ETAG, tag);
        }
        return reply;
    }
    let mut reply = Reply::json(&echo::object(asked, &Form::default(), echo::GET_KEYS));
    if let Payload::Whole(body) = &reply.payload {
        let tag = conditional::strong_etag(b"application/json", body);
        reply.headers.insert(header::ETAG, tag);
    }
    reply
        .headers
        .insert(header::LAST_MODIFIED, value(&httpdate::fmt_http_date(now)));
    reply
}

/// `/etag/{etag}`: the preconditions against `tag` and [`LAST_MODIFIED`], then the `/get`
/// report, in part when a GET's `Range` (and `If-Range`) asks for it.
fn etag(tag: &HeaderValue, asked: &Asked<'_>) -> Outcome {
    let lm = HeaderValue::from_static(LAST_MODIFIED);
    let mut validators = HeaderMap::new();
    validators.insert(header::ETAG, tag.clone());
    preconditions(asked, &validators, Some(tag), Some(&lm))?;
    let body = Reply::json(&echo::object(asked, &Form::default(), echo::GET_KEYS));
    let mut reply = ranged(asked, body, tag, &lm);
    reply.headers.insert(header::ETAG, tag.clone());
    reply.headers.insert(header::LAST_MODIFIED, lm);
    Ok(reply)
}

/// The media type of the JSON replies.
const JSON: &str = "application/json";

/// `reply` (a whole JSON body) as `Range` and `If-Range` select it: all of it, the parts
/// asked for (206), or a 416.
fn ranged(asked: &Asked<'_>, reply: Reply, tag: &HeaderValue, lm: &HeaderValue) -> Reply {
    let Payload::Whole(body) = &reply.payload else {
        return reply;
    };
    let v = ranges::Validators {
        etag: Some(tag),
        last_modified: Some(lm),
        // The fixture's validators are fixed: its date is as strong as its tag.
        date_is_strong: true,
    };
    let mut reply = match ranges::select(asked.method, asked.headers, body.len(), &v) {
        Selection::Whole => return with_accept_ranges(reply),
        Selection::Unsatisfiable => unsatisfiable(body.len()),
        Selection::Parts(spans) => {
            let part = ranges::partial(body, JSON, &spans);
            let mut r = Reply::bytes(206, JSON, part.content);
            if let Some(range) = part.content_range {
                r.headers.insert(header::CONTENT_RANGE, range);
            }
            if let Some(multipart) = part.content_type {
                r.headers.insert(header::CONTENT_TYPE, multipart);
            }
            r
        }
    };
    reply
        .headers
        .insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    reply
}

fn with_accept_ranges(mut reply: Reply) -> Reply {
    reply
        .headers
        .insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    reply
}

/// A 416 for a representation of `len` bytes (RFC 9110 §15.5.17).
pub(crate) fn unsatisfiable(len: usize) -> Reply {
    let mut r = Reply::text(
        416,
        format!("416 no range asked for is within the {len} bytes of this representation\n"),
    );
    r.headers
        .insert(header::CONTENT_RANGE, value(&format!("bytes */{len}")));
    r
}

/// What a request gets from a resource of `len` bytes with these validators: the status
/// the preconditions (304, 412) or `Range` and `If-Range` (206, 416) decide, else 200, and
/// the byte ranges a 206 sends. The decision of `/etag/{etag}` and `/range/{n}`, whole, for
/// the fuzz target and tests.
pub fn decide(
    method: &Method,
    headers: &HeaderMap,
    len: usize,
    etag: &HeaderValue,
    last_modified: &HeaderValue,
) -> (u16, Vec<(usize, usize)>) {
    match conditional::preconditions(method, headers, Some(etag), Some(last_modified)) {
        Verdict::NotModified(_) => return (304, Vec::new()),
        Verdict::Failed(_) => return (412, Vec::new()),
        Verdict::Proceed => {}
    }
    let v = ranges::Validators {
        etag: Some(etag),
        last_modified: Some(last_modified),
        date_is_strong: true,
    };
    match ranges::select(method, headers, len, &v) {
        Selection::Whole => (200, Vec::new()),
        Selection::Unsatisfiable => (416, Vec::new()),
        Selection::Parts(spans) => (206, spans),
    }
}

/// The fixed representation of `/conditional`.
fn conditional_body() -> Bytes {
    let doc = serde_json::json!({
        "last_modified": LAST_MODIFIED,
        "how": "change this resource with PUT, PATCH, POST or DELETE and If-Match: <its ETag> (or If-Unmodified-Since: <its Last-Modified>); without a precondition the request gets 428 (RFC 6585 section 3), with one that fails 412",
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    Bytes::from(bytes)
}

/// `/conditional`: GET and HEAD read it (preconditions evaluated); every other method
/// must send `If-Match`, `If-Unmodified-Since` or `If-None-Match`, or gets 428; one that
/// holds gets a 204 (nothing is stored: the resource stays as it is), one that fails 412.
fn conditional(asked: &Asked<'_>) -> Outcome {
    let body = conditional_body();
    let tag = conditional::strong_etag(JSON.as_bytes(), &body);
    let lm = HeaderValue::from_static(LAST_MODIFIED);
    let mut validators = HeaderMap::new();
    validators.insert(header::ETAG, tag.clone());
    let safe = *asked.method == Method::GET || *asked.method == Method::HEAD;
    if !safe {
        let h = asked.headers;
        let conditional = h.contains_key(header::IF_MATCH)
            || h.contains_key(header::IF_UNMODIFIED_SINCE)
            || h.contains_key(header::IF_NONE_MATCH);
        if !conditional {
            return Err(Refusal::new(
                StatusCode::PRECONDITION_REQUIRED,
                format!(
                    "{} here must be conditional: send If-Match: {} (the current ETag) or If-Unmodified-Since: {LAST_MODIFIED} (RFC 6585 section 3)",
                    asked.method,
                    tag.to_str().unwrap_or("")
                ),
            ));
        }
    }
    preconditions(asked, &validators, Some(&tag), Some(&lm))?;
    if !safe {
        let mut reply = Reply::empty(204);
        reply.headers.insert(header::ETAG, tag);
        reply.headers.insert(
            http::HeaderName::from_static("x-httpstatus-note"),
            HeaderValue::from_static(
                "the precondition holds; nothing is stored, the resource stays as it is",
            ),
        );
        return Ok(reply);
    }
    let mut reply = Reply::bytes(200, JSON, body);
    reply.headers.insert(header::ETAG, tag);
    reply.headers.insert(header::LAST_MODIFIED, lm);
    Ok(reply)
}

/// The preconditions of §13.2.2: `Err` with the 304 (carrying `validators`) or the 412
/// to send instead of the response.
fn preconditions(
    asked: &Asked<'_>,
    validators: &HeaderMap,
    etag: Option<&HeaderValue>,
    last_modified: Option<&HeaderValue>,
) -> Result<(), Refusal> {
    match conditional::preconditions(asked.method, asked.headers, etag, last_modified) {
        Verdict::Proceed => Ok(()),
        Verdict::NotModified(why) => {
            let mut reply = Reply::not_modified();
            reply.headers.extend(validators.clone());
            reply.note(why);
            Err(Refusal::Reply(Box::new(reply)))
        }
        Verdict::Failed(why) => Err(Refusal::new(StatusCode::PRECONDITION_FAILED, why)),
    }
}

fn value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).unwrap_or(HeaderValue::from_static("invalid"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use http::Uri;

    fn run(route: &Caching, method: Method, fields: &[(&'static str, &str)]) -> (u16, Reply) {
        let uri: Uri = "/x".parse().unwrap();
        let mut h = HeaderMap::new();
        for (n, v) in fields {
            h.append(*n, v.parse().unwrap());
        }
        let asked = Asked {
            method: &method,
            uri: &uri,
            headers: &h,
            content: b"",
            peer: None,
            secure: false,
        };
        let limits = crate::config::Limits::default();
        let env = Env::for_tests(&limits);
        match answer(route, &asked, &env) {
            Ok(r) => (r.status, r),
            Err(Refusal::Reply(r)) => (r.status, *r),
            Err(Refusal::Bad { bad, .. }) => {
                (bad.status.as_u16(), Reply::empty(bad.status.as_u16()))
            }
        }
    }

    #[test]
    fn etag_paths() {
        assert_eq!(entity_tag("abc").unwrap(), "\"abc\"");
        assert_eq!(entity_tag("%22abc%22").unwrap(), "\"abc\"");
        assert_eq!(entity_tag("W/%22abc%22").unwrap(), "W/\"abc\"");
        for bad in ["a%20b", "a%22b", "%22abc", "a%0Ab", "caf%C3%A9", "W/abc%22"] {
            assert!(entity_tag(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Caching::route("cache", "60"),
            Some(Ok(Caching::CacheFor(60)))
        );
        assert!(Caching::route("cache", "2147483649").unwrap().is_err());
        assert_eq!(
            Caching::route("cache", "1/2").unwrap().unwrap_err().status,
            404
        );
    }

    #[test]
    fn etag_evaluates_every_precondition_in_order() {
        let e = Caching::Etag(HeaderValue::from_static("\"v1\""));
        let weak = Caching::Etag(HeaderValue::from_static("W/\"v1\""));
        let earlier = "Wed, 31 Dec 2025 23:59:59 GMT";
        for (route, method, fields, want) in [
            (&e, Method::GET, vec![], 200),
            (&e, Method::GET, vec![("if-none-match", "\"v1\"")], 304),
            (
                &e,
                Method::HEAD,
                vec![("if-none-match", "\"x\", W/\"v1\"")],
                304,
            ),
            (&e, Method::PUT, vec![("if-none-match", "\"v1\"")], 412),
            (&e, Method::GET, vec![("if-none-match", "*")], 304),
            (&e, Method::DELETE, vec![("if-none-match", "*")], 412),
            (&e, Method::GET, vec![("if-none-match", "\"v2\"")], 200),
            (&e, Method::PUT, vec![("if-match", "\"v1\"")], 200),
            (&e, Method::PUT, vec![("if-match", "\"a\", \"v1\"")], 200),
            (&e, Method::PUT, vec![("if-match", "W/\"v1\"")], 412),
            (&e, Method::PUT, vec![("if-match", "*")], 200),
            (&e, Method::PUT, vec![("if-match", "\"v2\"")], 412),
            (&weak, Method::PUT, vec![("if-match", "W/\"v1\"")], 412),
            (&weak, Method::GET, vec![("if-none-match", "\"v1\"")], 304),
            (&e, Method::GET, vec![("if-unmodified-since", earlier)], 412),
            // If-Match decides; If-Unmodified-Since is not evaluated.
            (
                &e,
                Method::GET,
                vec![("if-match", "\"v1\""), ("if-unmodified-since", earlier)],
                200,
            ),
            // If-Match fails first, whatever If-None-Match says.
            (
                &e,
                Method::GET,
                vec![("if-match", "\"v2\""), ("if-none-match", "\"v1\"")],
                412,
            ),
            (
                &e,
                Method::GET,
                vec![("if-modified-since", LAST_MODIFIED)],
                304,
            ),
            (
                &e,
                Method::POST,
                vec![("if-modified-since", LAST_MODIFIED)],
                200,
            ),
            // If-None-Match present: If-Modified-Since is not evaluated.
            (
                &e,
                Method::GET,
                vec![
                    ("if-none-match", "\"v2\""),
                    ("if-modified-since", LAST_MODIFIED),
                ],
                200,
            ),
            (&e, Method::GET, vec![("range", "bytes=0-1")], 206),
            (
                &e,
                Method::GET,
                vec![("range", "bytes=0-1"), ("if-range", "\"v1\"")],
                206,
            ),
            (
                &e,
                Method::GET,
                vec![("range", "bytes=0-1"), ("if-range", "\"v0\"")],
                200,
            ),
            (
                &e,
                Method::GET,
                vec![("range", "bytes=0-1"), ("if-range", LAST_MODIFIED)],
                206,
            ),
            (&e, Method::GET, vec![("range", "bytes=999999-")], 416),
            (&e, Method::HEAD, vec![("range", "bytes=0-1")], 200),
        ] {
            let (got, _) = run(route, method.clone(), &fields);
            assert_eq!(got, want, "{route:?} {method} {fields:?}");
        }
    }

    #[test]
    fn cache_takes_any_valid_validator_as_current() {
        let (code, r) = run(&Caching::Cache, Method::GET, &[]);
        assert_eq!(code, 200);
        assert!(r.headers.contains_key(header::ETAG));
        assert!(r.headers.contains_key(header::LAST_MODIFIED));
        let (code, r) = run(
            &Caching::Cache,
            Method::GET,
            &[("if-none-match", "\"mine\"")],
        );
        assert_eq!(code, 304);
        assert_eq!(r.headers[header::ETAG], "\"mine\"");
        let (code, _) = run(
            &Caching::Cache,
            Method::GET,
            &[("if-modified-since", LAST_MODIFIED)],
        );
        assert_eq!(code, 304);
        // Not valid: ignored.
        for fields in [
            vec![("if-none-match", "garbage")],
            vec![("if-modified-since", "yesterday")],
            // If-None-Match present (and not valid): If-Modified-Since is not read.
            vec![
                ("if-none-match", "garbage"),
                ("if-modified-since", LAST_MODIFIED),
            ],
        ] {
            assert_eq!(
                run(&Caching::Cache, Method::GET, &fields).0,
                200,
                "{fields:?}"
            );
        }
    }

    #[test]
    fn conditional_needs_a_precondition_for_unsafe_methods() {
        let (code, r) = run(&Caching::Conditional, Method::GET, &[]);
        assert_eq!(code, 200);
        let tag = r.headers[header::ETAG].to_str().unwrap().to_owned();
        for m in [Method::PUT, Method::PATCH, Method::POST, Method::DELETE] {
            assert_eq!(run(&Caching::Conditional, m.clone(), &[]).0, 428, "{m}");
            assert_eq!(
                run(&Caching::Conditional, m.clone(), &[("if-match", &tag)]).0,
                204,
                "{m}"
            );
            assert_eq!(
                run(&Caching::Conditional, m.clone(), &[("if-match", "\"old\"")]).0,
                412,
                "{m}"
            );
            assert_eq!(
                run(
                    &Caching::Conditional,
                    m.clone(),
                    &[("if-unmodified-since", LAST_MODIFIED)]
                )
                .0,
                204,
                "{m}"
            );
            assert_eq!(
                run(&Caching::Conditional, m.clone(), &[("if-none-match", "*")]).0,
                412,
                "{m}: the resource exists"
            );
        }
        assert_eq!(
            run(
                &Caching::Conditional,
                Method::GET,
                &[("if-none-match", &tag)]
            )
            .0,
            304
        );
    }
}
