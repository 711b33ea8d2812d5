//! What the server answers for a status code: the interim responses, the status line,
//! the header fields each code calls for (RFC 9110 and companions) and the content.
//! Pure: the plan is carried out by `service.rs`.

use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Version};
use httpstatus::{Lang, StatusCode};

use crate::conditional::{self, Verdict};
use crate::config::Limits;
use crate::negotiate::{self, Format};
use crate::ranges;
use crate::route::Controls;

/// The modification date of the representations of 200, 203 and 206: they never change.
pub(crate) const LAST_MODIFIED: &str = "Thu, 01 Jan 2026 00:00:00 GMT";
/// `Cache-Control` of the representations of 200, 203 and 206 (and of 304, which stands
/// for a 200).
const CACHE_CONTROL: &str = "max-age=60";
/// `Vary` of every response on a status route. Header fields change these responses:
/// `Accept` and `Accept-Language`, the controls (`X-HttpStatus-Sleep`, `-Fault`, `-Seed`,
/// `-Suppress-Body`) and `X-HttpStatus-Response-{Name}` for any name, an open family that
/// no list of field names covers. `*` tells every cache that a stored response cannot
/// answer another request without the origin (RFC 9110 §12.5.5, RFC 9111 §4.1): a browser
/// that stored a plain `/200` or `/301` still sends a later request with controls.
pub(crate) const STATUS_VARY: &str = "*";
/// Where our redirects point: an endpoint that reports what it received.
pub(crate) const REDIRECT_TARGET: &str = "/echo";
/// Interval between 102 Processing interim responses.
pub(crate) const PROCESSING_INTERVAL: Duration = Duration::from_secs(1);

/// One interim (1xx) response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InterimResponse {
    /// 100–199.
    pub(crate) code: u16,
    /// Reason phrase for the status line.
    pub(crate) reason: &'static str,
    /// Header fields.
    pub(crate) headers: Vec<(&'static str, String)>,
}

/// The content of the final response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Content {
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
    /// The final status.
    pub(crate) status: u16,
    /// Its reason phrase (HTTP/1.1 only; HTTP/2 has none).
    pub(crate) reason: Option<&'static str>,
    /// Header fields of the final response.
    pub(crate) headers: HeaderMap,
    /// Content of the final response.
    pub(crate) content: Content,
    /// Switch to a WebSocket echo after a 101.
    pub(crate) websocket: bool,
}

/// What the plan depends on.
#[derive(Debug)]
pub(crate) struct Ask<'a> {
    /// The code chosen.
    pub(crate) code: u16,
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

/// The reason phrase we put on the status line: the registered phrase, the first alias
/// for reserved codes ("I'm a teapot" rather than "(Unused)"), the vendor's phrase for
/// unofficial codes, none for unassigned ones and for codes whose vendor gives no phrase
/// (AWS 460, Cloudflare 530): their label is our description, and a status line would
/// pass it off as the vendor's phrase. An empty reason phrase is valid (RFC 9112 §4).
pub(crate) fn wire_reason(code: u16) -> Option<&'static str> {
    let info = StatusCode::from_u16(code).ok()?.info()?;
    if info.descriptive_reason {
        return None;
    }
    if info.reason.starts_with('(') {
        info.aliases.first().copied()
    } else {
        Some(info.reason)
    }
}

/// Puts `phrase` on the status line where hyper would write another: hyper writes the
/// `http` crate's phrase ("Payload Too Large" for 413), or `"<none>"` for a code it has
/// none for. An unassigned code gets an empty phrase, which RFC 9112 §4 allows
/// ("HTTP/1.1 471 ").
pub(crate) fn set_reason<B>(resp: &mut http::Response<B>, phrase: &'static str) {
    if resp.status().canonical_reason() != Some(phrase) {
        resp.extensions_mut()
            .insert(hyper::ext::ReasonPhrase::from_static(phrase.as_bytes()));
    } else {
        resp.extensions_mut().remove::<hyper::ext::ReasonPhrase>();
    }
}

/// Puts our reason phrase ([`wire_reason`]) on the status line of a response made
/// without one: every response the handler returns goes through here, so the errors the
/// server makes itself (400, 408, 413, 431 …) read as the rest of the server does.
pub(crate) fn our_reason<B>(resp: &mut http::Response<B>) {
    if resp
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .is_none()
    {
        set_reason(resp, wire_reason(resp.status().as_u16()).unwrap_or(""));
    }
}

fn value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).unwrap_or(HeaderValue::from_static("invalid"))
}

/// Builds the plan for `ask`.
pub(crate) fn plan(ask: &Ask<'_>) -> Plan {
    let lang = negotiate::asked_language(ask.controls.lang, ask.headers);
    let format = negotiate::format(ask.headers);
    plan_as(ask, format, lang)
}

/// Builds the plan for `ask` with the format and the language asked for (if any) already
/// chosen.
pub(crate) fn plan_as(ask: &Ask<'_>, format: Format, lang: Option<Lang>) -> Plan {
    let interim_ok = ask.version == Version::HTTP_11;
    let mut p = Plan {
        interim: Vec::new(),
        repeat_interim: None,
        status: ask.code,
        reason: wire_reason(ask.code),
        headers: HeaderMap::new(),
        content: Content::Bytes(Bytes::new()),
        websocket: false,
    };
    p.headers
        .insert(header::VARY, HeaderValue::from_static(STATUS_VARY));

    if (100..200).contains(&ask.code) {
        informational(ask, &mut p, interim_ok);
    } else {
        final_code(ask, &mut p, format, lang);
    }

    if p.content == Content::Bytes(Bytes::new()) {
        p.content = Content::Bytes(described(p.status, format, lang));
        p.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.content_type()),
        );
    }
    if let Some(location) = &ask.controls.location {
        if p.status != 101 {
            p.headers.insert(header::LOCATION, value(location));
        }
    }
    if matches!(ask.code, 200 | 203 | 206) {
        validate(ask, &mut p, format, lang);
    }
    override_fields(&mut p.headers, &ask.controls.headers);
    p
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

/// Adds `X-HttpStatus-Note: why` (visible ASCII).
fn note(p: &mut Plan, why: &'static str) {
    p.headers.insert(
        HeaderName::from_static("x-httpstatus-note"),
        HeaderValue::from_static(why),
    );
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
    if ask.code == 206 {
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
    p.status = 304;
    p.reason = wire_reason(304);
    p.content = Content::None;
    p.headers.remove(header::CONTENT_TYPE);
    p.headers.remove(header::LAST_MODIFIED);
    note(p, why);
}

/// 412 instead of the representation, saying which condition failed.
fn precondition_failed(p: &mut Plan, format: Format, lang: Option<Lang>, why: &'static str) {
    p.status = 412;
    p.reason = wire_reason(412);
    for name in [
        header::ETAG,
        header::LAST_MODIFIED,
        header::CACHE_CONTROL,
        header::ACCEPT_RANGES,
    ] {
        p.headers.remove(name);
    }
    p.content = Content::Bytes(described(412, format, lang));
    p.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    note(p, why);
}

fn informational(ask: &Ask<'_>, p: &mut Plan, interim_ok: bool) {
    let code = ask.code;
    if code == 101 {
        return switching_protocols(ask, p);
    }
    // Every other 1xx is an interim response followed by a final 200 (RFC 9110 §15.2).
    p.status = 200;
    p.reason = Some("OK");
    if !interim_ok {
        note(p, no_interim_note(ask.version));
        return;
    }
    let reason = wire_reason(code).unwrap_or("Informational");
    let mut headers = Vec::new();
    match code {
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
            p.status = 101;
            p.reason = Some("Switching Protocols");
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
            p.status = 426;
            p.reason = wire_reason(426);
            p.headers
                .insert(header::UPGRADE, HeaderValue::from_static("websocket"));
            p.headers
                .insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
        }
    }
}

fn final_code(ask: &Ask<'_>, p: &mut Plan, format: Format, lang: Option<Lang>) {
    let code = ask.code;
    let retry_after = ask
        .controls
        .retry_after
        .unwrap_or(ask.limits.retry_after)
        .to_string();
    match code {
        200 | 203 => validators(&mut p.headers),
        206 => {
            validators(&mut p.headers);
            ranges::full_representation(p);
        }
        201 => {
            p.headers.insert(
                header::LOCATION,
                HeaderValue::from_static("/echo?created=1"),
            );
        }
        204 => p.content = Content::None,
        205 => p.content = Content::Empty,
        300 => {
            p.headers
                .insert(header::LOCATION, HeaderValue::from_static("/echo?choice=1"));
            p.content = Content::Bytes(Bytes::from_static(
                b"300 Multiple Choices\nchoices:\n/echo?choice=1 (preferred)\n/echo?choice=2\n/echo?choice=3\n",
            ));
            p.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            );
            p.headers.append(
                header::LINK,
                HeaderValue::from_static("</echo?choice=1>; rel=alternate"),
            );
            p.headers.append(
                header::LINK,
                HeaderValue::from_static("</echo?choice=2>; rel=alternate"),
            );
            p.headers.append(
                header::LINK,
                HeaderValue::from_static("</echo?choice=3>; rel=alternate"),
            );
        }
        301 | 302 | 303 | 307 | 308 => {
            p.headers
                .insert(header::LOCATION, HeaderValue::from_static(REDIRECT_TARGET));
        }
        304 => {
            // The validators of the 200 this 304 stands for: the tag of the variant the
            // request selects, as on the other representation routes.
            p.content = Content::None;
            let tag = conditional::strong_etag(
                format.content_type().as_bytes(),
                &described(304, format, lang),
            );
            p.headers.insert(header::ETAG, tag);
            p.headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(CACHE_CONTROL),
            );
        }
        401 => {
            p.headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"httpstatus\", charset=\"UTF-8\""),
            );
        }
        // This resource refuses every method but OPTIONS, so `Allow` names only OPTIONS
        // (never the method refused), and OPTIONS gets that list with a 204.
        405 => {
            p.headers
                .insert(header::ALLOW, HeaderValue::from_static("OPTIONS"));
            if *ask.method == Method::OPTIONS {
                p.status = 204;
                p.reason = wire_reason(204);
                p.content = Content::None;
            }
        }
        407 => {
            p.headers.insert(
                header::PROXY_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"httpstatus proxy\", charset=\"UTF-8\""),
            );
        }
        // RFC 9110 §15.5.9: 408 means the server closes the connection; say so.
        408 => {
            p.headers
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        416 => {
            p.headers.insert(
                header::CONTENT_RANGE,
                value(&format!("bytes */{}", ranges::REPRESENTATION_LEN)),
            );
        }
        426 => {
            p.headers
                .insert(header::UPGRADE, HeaderValue::from_static("websocket"));
            p.headers
                .insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
        }
        429 | 503 => {
            p.headers.insert(header::RETRY_AFTER, value(&retry_after));
        }
        451 => {
            p.headers.insert(
                header::LINK,
                HeaderValue::from_static("</echo?blocked-by=httpstatus>; rel=\"blocked-by\""),
            );
        }
        511 => {
            p.content = Content::Bytes(Bytes::from_static(
                b"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>511 Network Authentication Required</title></head>\n<body><h1>511 Network Authentication Required</h1>\n<p>You need to <a href=\"/echo?login=1\">log in to this network</a> before you can reach the Internet.</p></body></html>\n",
            ));
            p.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
        }
        _ => {}
    }
    if let Some(r) = ask.controls.retry_after {
        // A caller-chosen Retry-After also applies to other codes (3xx, 413 …).
        p.headers.insert(header::RETRY_AFTER, value(&r.to_string()));
    }
    let info = StatusCode::from_u16(code).ok().and_then(StatusCode::info);
    if info.is_some_and(|i| i.cache == httpstatus::Cacheability::MustNotStore) {
        // RFC 6585: a cache MUST NOT store 428, 429, 431 and 511.
        p.headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// The date and caching of a representation; its entity tag is made once its content and
/// media type are known (`validate`).
fn validators(h: &mut HeaderMap) {
    h.insert(
        header::LAST_MODIFIED,
        HeaderValue::from_static(LAST_MODIFIED),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_CONTROL),
    );
}

/// [`describe`], made once per code, format and language and then shared.
pub(crate) fn described(code: u16, format: Format, lang: Option<Lang>) -> Bytes {
    use std::sync::OnceLock;
    static CACHE: [OnceLock<Bytes>; 500 * FORMS] = [const { OnceLock::new() }; 500 * FORMS];
    if !(100..600).contains(&code) {
        return describe(code, format, lang);
    }
    let slot = &CACHE[usize::from(code - 100) * FORMS + form(format, lang)];
    slot.get_or_init(|| describe(code, format, lang)).clone()
}

/// How many different contents a code has: text without a language, text in each
/// language, JSON (which carries both languages), HTML in each language.
pub(crate) const FORMS: usize = 6;

/// Which of the [`FORMS`] a format and language give, from 0.
pub(crate) fn form(format: Format, lang: Option<Lang>) -> usize {
    match (format, lang) {
        (Format::Text, None) => 0,
        (Format::Text, Some(Lang::Ko)) => 1,
        (Format::Text, Some(_)) => 2,
        (Format::Json, _) => 3,
        (Format::Html, Some(Lang::Ko)) => 4,
        (Format::Html, _) => 5,
    }
}

/// The default content: the code and its meaning as text, JSON or HTML. Text is the
/// status line ("404 Not Found"), followed by the code's title and summary when the
/// client asked for a language; HTML without one is in English.
pub(crate) fn describe(code: u16, format: Format, lang: Option<Lang>) -> Bytes {
    let status = StatusCode::from_u16(code).ok();
    let info = status.and_then(StatusCode::info);
    let line = match wire_reason(code) {
        Some(r) => format!("{code} {r}"),
        None => code.to_string(),
    };
    match format {
        Format::Text => {
            let mut s = line;
            s.push('\n');
            if let (Some(i), Some(lang)) = (info, lang) {
                s.push_str(i.title(lang));
                s.push_str(": ");
                s.push_str(i.summary(lang));
                s.push('\n');
            }
            Bytes::from(s)
        }
        Format::Json => {
            let json = match info {
                Some(i) => serde_json::to_vec(i),
                None => serde_json::to_vec(&serde_json::json!({
                    "code": code,
                    "reason": null,
                    "class": status.and_then(StatusCode::class),
                    "status": "unassigned",
                    "handled_as": status.map(|s| s.handled_as()),
                })),
            };
            Bytes::from(json.unwrap_or_default())
        }
        Format::Html => {
            let lang = lang.unwrap_or(Lang::En);
            let mut s = format!(
                "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title></head>\n<body><h1>{}</h1>\n",
                lang.as_str(),
                escape(&line),
                escape(&line)
            );
            if let Some(i) = info {
                s.push_str(&format!(
                    "<p><strong>{}</strong>: {}</p>\n",
                    escape(i.title(lang)),
                    escape(i.summary(lang))
                ));
                s.push_str(&format!(
                    "<p><a href=\"/{}/{code}\">{}</a></p>\n",
                    lang.as_str(),
                    match lang {
                        Lang::Ko => "상태 코드 설명 보기",
                        _ => "Read about this status code",
                    }
                ));
            }
            s.push_str("</body></html>\n");
            Bytes::from(s)
        }
    }
}

/// Escapes text for HTML.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn reasons_on_the_wire() {
        assert_eq!(wire_reason(404), Some("Not Found"));
        assert_eq!(wire_reason(418), Some("I'm a teapot"));
        assert_eq!(wire_reason(306), Some("Switch Proxy"));
        assert_eq!(wire_reason(499), Some("Client Closed Request"));
        assert_eq!(wire_reason(471), None);
        // A vendor that gives no phrase gets none on the wire, not our label.
        assert_eq!(wire_reason(460), None);
        assert_eq!(wire_reason(530), None);
        assert_eq!(wire_reason(561), Some("Unauthorized"));
    }

    #[test]
    fn html_escapes() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
