//! What the server answers for a status code, planned: the interim responses, the status,
//! the header fields each code calls for (RFC 9110 and companions; per code as data in
//! `special.rs`) and the content. Pure: the plan is carried out by `status.rs`.

use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Version};
use httpstatus::{Lang, StatusCode};

use crate::conditional::{self, Verdict};
use crate::describe::described;
use crate::negotiate::{self, Format};
use crate::plan::{Ask, Content, InterimResponse, Plan, value};
use crate::ranges;
use crate::route::Controls;
use crate::special::{REDIRECT_TARGET, Sends, Value, special};

/// `Vary` of every response on a status route. Header fields change these responses:
/// `Accept` and `Accept-Language`, the controls (`X-HttpStatus-Sleep`, `-Fault`, `-Seed`,
/// `-Suppress-Body`) and `X-HttpStatus-Response-{Name}` for any name, an open family that
/// no list of field names covers. `*` tells every cache that a stored response cannot
/// answer another request without the origin (RFC 9110 §12.5.5, RFC 9111 §4.1): a browser
/// that stored a plain `/200` or `/301` still sends a later request with controls.
pub(crate) const STATUS_VARY: &str = "*";
/// Interval between 102 Processing interim responses.
pub(crate) const PROCESSING_INTERVAL: Duration = Duration::from_secs(1);

/// Builds the plan for `ask`.
pub(crate) fn plan(ask: &Ask<'_>) -> Plan {
    let lang = negotiate::asked_language(ask.controls.lang, ask.headers);
    let format = negotiate::format(ask.headers);
    plan_as(ask, format, lang)
}

/// Builds the plan for `ask` with the format and the language asked for (if any) already
/// chosen.
pub(crate) fn plan_as(ask: &Ask<'_>, format: Format, lang: Option<Lang>) -> Plan {
    let mut p = Plan {
        interim: Vec::new(),
        repeat_interim: None,
        status: ask.code,
        headers: HeaderMap::new(),
        content: Content::Described,
        websocket: false,
    };
    p.headers
        .insert(header::VARY, HeaderValue::from_static(STATUS_VARY));

    if ask.code.is_informational() {
        informational(ask, &mut p);
    } else {
        final_code(ask, &mut p, format, lang);
    }

    if p.content == Content::Described {
        p.content = Content::Bytes(described(p.status, format, lang));
        p.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.content_type()),
        );
    }
    if let Some(location) = &ask.controls.location {
        if p.status != StatusCode::SWITCHING_PROTOCOLS {
            p.headers.insert(header::LOCATION, value(location));
        }
    }
    if matches!(ask.code.as_u16(), 200 | 203 | 206) {
        validate(ask, &mut p, format, lang);
    }
    override_fields(&mut p.headers, &ask.controls.headers);
    if !ask.controls.headers.is_empty() {
        // The caller chose fields, maybe `Content-Type`: no script from it (`sandbox.rs`).
        crate::sandbox::confine(&mut p.headers);
    }
    p
}

/// A final code's fields and content, from its row in `special.rs`; then what applies to
/// every code: OPTIONS on 405, a caller-chosen `Retry-After`, and RFC 6585's no-store.
fn final_code(ask: &Ask<'_>, p: &mut Plan, format: Format, lang: Option<Lang>) {
    let row = special(ask.code);
    for (name, v) in row.fields {
        let v = match *v {
            Value::Static(s) => HeaderValue::from_static(s),
            Value::RetryAfter => {
                HeaderValue::from(ask.controls.retry_after.unwrap_or(ask.limits.retry_after))
            }
            Value::DescriptionTag => conditional::strong_etag(
                format.content_type().as_bytes(),
                &described(ask.code, format, lang),
            ),
        };
        p.headers.append(name.clone(), v);
    }
    p.content = match row.sends {
        Sends::Description => Content::Described,
        Sends::Nothing => Content::None,
        Sends::Empty => Content::Empty,
        Sends::Bytes(b) => Content::Bytes(Bytes::from_static(b)),
        Sends::Representation => Content::Bytes(ranges::representation()),
    };
    // This resource refuses every method but OPTIONS, which gets the `Allow` list with a
    // 204.
    if ask.code == StatusCode::METHOD_NOT_ALLOWED && *ask.method == Method::OPTIONS {
        p.status = StatusCode::NO_CONTENT;
        p.content = Content::None;
    }
    if let Some(r) = ask.controls.retry_after {
        // A caller-chosen Retry-After also applies to other codes (3xx, 413 …).
        p.headers.insert(header::RETRY_AFTER, HeaderValue::from(r));
    }
    let info = ask.code.info();
    if info.is_some_and(|i| i.cache == httpstatus::Cacheability::MustNotStore) {
        // RFC 6585: a cache MUST NOT store 428, 429, 431 and 511.
        p.headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// The caller's `X-HttpStatus-Response-{Name}` fields replace ours: a name the caller
/// chose carries the caller's values and none of ours (RFC 9110 §5.3: a field that is not
/// a list must not repeat). Each request field line becomes one response field line, so
/// a list field gets several values by repeating its request field.
pub(crate) fn override_fields(headers: &mut HeaderMap, chosen: &[(HeaderName, HeaderValue)]) {
    for (name, _) in chosen {
        headers.remove(name);
    }
    for (name, value) in chosen {
        headers.append(name.clone(), value.clone());
    }
}

/// The value of `name` the response will carry: the caller's, else ours.
fn sent<'a>(p: &'a Plan, controls: &'a Controls, name: &HeaderName) -> Option<&'a HeaderValue> {
    controls
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
        .or_else(|| p.headers.get(name))
}

/// The routes with a representation (200, 203, 206): its strong entity tag, then what the
/// request's preconditions (RFC 9110 §13.2.2) and, on 206, its `Range` make of it.
fn validate(ask: &Ask<'_>, p: &mut Plan, format: Format, lang: Option<Lang>) {
    let content: &[u8] = match &p.content {
        Content::Bytes(b) if !ask.controls.suppress_body => b,
        _ => b"",
    };
    let content_type = p
        .headers
        .get(header::CONTENT_TYPE)
        .map_or(&b""[..], HeaderValue::as_bytes);
    let tag = conditional::strong_etag(content_type, content);
    p.headers.insert(header::ETAG, tag);
    let etag = sent(p, ask.controls, &header::ETAG).cloned();
    let last_modified = sent(p, ask.controls, &header::LAST_MODIFIED).cloned();
    // A fault tests the transport: it gets the response it names, never a 304 instead.
    if ask.controls.fault.is_none() {
        match conditional::preconditions(
            ask.method,
            ask.headers,
            etag.as_ref(),
            last_modified.as_ref(),
        ) {
            Verdict::Proceed => {}
            Verdict::NotModified(why) => return not_modified(p, why),
            Verdict::Failed(why) => return precondition_failed(p, format, lang, why),
        }
    }
    if ask.code == StatusCode::PARTIAL_CONTENT {
        let validators = ranges::Validators {
            etag: etag.as_ref(),
            last_modified: last_modified.as_ref(),
            // Ours never changes, so its date is a strong validator (RFC 9110 §8.8.2.2);
            // a caller-chosen date is not known to be.
            date_is_strong: !ask
                .controls
                .headers
                .iter()
                .any(|(n, _)| n == header::LAST_MODIFIED),
        };
        ranges::respond(ask, p, format, lang, &validators);
    }
}

/// 304 instead of the representation: the fields a 200 would carry that RFC 9110
/// §15.4.5 asks for (`ETag`, `Cache-Control`, `Vary` …), no content and no
/// representation metadata.
fn not_modified(p: &mut Plan, why: &'static str) {
    p.status = StatusCode::NOT_MODIFIED;
    p.content = Content::None;
    p.headers.remove(header::CONTENT_TYPE);
    p.headers.remove(header::LAST_MODIFIED);
    p.note(why);
}

/// 412 instead of the representation, saying which condition failed.
fn precondition_failed(p: &mut Plan, format: Format, lang: Option<Lang>, why: &'static str) {
    p.status = StatusCode::PRECONDITION_FAILED;
    for name in [
        header::ETAG,
        header::LAST_MODIFIED,
        header::CACHE_CONTROL,
        header::ACCEPT_RANGES,
    ] {
        p.headers.remove(name);
    }
    p.content = Content::Bytes(described(p.status, format, lang));
    p.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    p.note(why);
}

fn informational(ask: &Ask<'_>, p: &mut Plan) {
    let code = ask.code;
    if code == StatusCode::SWITCHING_PROTOCOLS {
        return switching_protocols(ask, p);
    }
    // Every other 1xx is an interim response followed by a final 200 (RFC 9110 §15.2).
    p.status = StatusCode::OK;
    if ask.version != Version::HTTP_11 {
        p.note(no_interim_note(ask.version));
        return;
    }
    let reason = code.wire_reason().unwrap_or("Informational");
    let mut headers = Vec::new();
    match code.as_u16() {
        // With `Expect: 100-continue`, hyper sends the 100 itself when the content is
        // read; without it, the 100 is sent unasked, which clients must accept.
        100 if expects_continue(ask.headers) => return,
        102 => p.repeat_interim = Some(PROCESSING_INTERVAL),
        103 => {
            let link = "</style.css>; rel=preload; as=style, </script.js>; rel=preload; as=script";
            p.headers
                .insert(header::LINK, HeaderValue::from_static(link));
            // The hints are the final response's links: the caller's, if chosen.
            let chosen: Vec<&str> = ask
                .controls
                .headers
                .iter()
                .filter(|(n, _)| n == header::LINK)
                .filter_map(|(_, v)| v.to_str().ok())
                .collect();
            let hints = if chosen.is_empty() {
                link.to_owned()
            } else {
                chosen.join(", ")
            };
            headers.push(("Link", hints));
        }
        104 => headers.push(("Location", REDIRECT_TARGET.to_owned())),
        _ => {}
    }
    p.interim.push(InterimResponse {
        code,
        reason,
        headers,
    });
}

/// Why a request got no interim response: HTTP/1.0 clients must not get one; on HTTP/2,
/// which allows them, this server cannot send them (hyper has no API for it).
fn no_interim_note(version: Version) -> &'static str {
    if version == Version::HTTP_2 {
        "no interim 1xx response: this server sends them on HTTP/1.1 only, not on HTTP/2 (a limit of this server; HTTP/2 allows them)"
    } else {
        "no interim 1xx response: RFC 9110 section 15.2 forbids sending one to an HTTP/1.0 client"
    }
}

/// `true` when the request carries `Expect: 100-continue`.
pub(crate) fn expects_continue(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::EXPECT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.trim().eq_ignore_ascii_case("100-continue"))
}

fn header_has_token(headers: &HeaderMap, name: HeaderName, token: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

fn switching_protocols(ask: &Ask<'_>, p: &mut Plan) {
    let h = ask.headers;
    let key = h
        .get(header::SEC_WEBSOCKET_KEY)
        .and_then(|v| v.to_str().ok());
    let ok = ask.version == Version::HTTP_11
        && *ask.method == Method::GET
        && header_has_token(h, header::UPGRADE, "websocket")
        && header_has_token(h, header::CONNECTION, "upgrade")
        && h.get(header::SEC_WEBSOCKET_VERSION)
            .is_some_and(|v| v == "13");
    match key {
        Some(key) if ok => {
            p.status = StatusCode::SWITCHING_PROTOCOLS;
            p.headers.remove(header::VARY);
            p.headers
                .insert(header::UPGRADE, HeaderValue::from_static("websocket"));
            p.headers
                .insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
            let accept =
                tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
            p.headers
                .insert(header::SEC_WEBSOCKET_ACCEPT, value(&accept));
            p.content = Content::None;
            p.websocket = true;
        }
        _ => {
            // The server may only switch to a protocol the client asked for (RFC 9110
            // §7.8): without a WebSocket upgrade request, say what is required.
            p.status = StatusCode::UPGRADE_REQUIRED;
            p.headers
                .insert(header::UPGRADE, HeaderValue::from_static("websocket"));
            p.headers
                .insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::config::Limits;

    fn plan_for(code: u16, method: &Method) -> Plan {
        let controls = Controls::default();
        plan_as(
            &Ask {
                code: StatusCode::from_u16(code).unwrap(),
                method,
                version: Version::HTTP_11,
                headers: &HeaderMap::new(),
                controls: &controls,
                limits: &Limits::default(),
            },
            Format::Text,
            None,
        )
    }

    #[test]
    fn every_plan_ends_with_its_content_made() {
        for code in 100..=599 {
            for method in [Method::GET, Method::HEAD, Method::OPTIONS] {
                let p = plan_for(code, &method);
                assert_ne!(p.content, Content::Described, "{code} {method}");
            }
        }
    }

    #[test]
    fn special_cases_and_the_rules_for_every_code() {
        let p = plan_for(300, &Method::GET);
        let links: Vec<_> = p.headers.get_all(header::LINK).iter().collect();
        assert_eq!(links.len(), 3);
        assert_eq!(p.headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
        let options = plan_for(405, &Method::OPTIONS);
        assert_eq!(options.status, StatusCode::NO_CONTENT);
        assert_eq!(options.headers[header::ALLOW], "OPTIONS");
        assert_eq!(
            plan_for(429, &Method::GET).headers[header::RETRY_AFTER],
            "5"
        );
        assert_eq!(
            plan_for(429, &Method::GET).headers[header::CACHE_CONTROL],
            "no-store"
        );
        assert_eq!(plan_for(102, &Method::GET).status, StatusCode::OK);
        assert_eq!(plan_for(102, &Method::GET).interim[0].reason, "Processing");
        let teapot = plan_for(418, &Method::GET);
        assert_eq!(teapot.content, Content::Bytes("418 I'm a teapot\n".into()));
        assert_eq!(teapot.headers.len(), 2, "Vary and Content-Type");
    }
}
