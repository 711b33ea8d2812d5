//! What the server answers for a status code: the interim responses, the status line,
//! the header fields each code calls for (RFC 9110 and companions) and the content.
//! Pure: the plan is carried out by `service.rs`.

use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Version};
use httpstatus::{Lang, StatusCode};

use crate::config::Limits;
use crate::negotiate::{self, Format};
use crate::route::Controls;

/// The representation that 200, 206 and 304 talk about: 1000 bytes of the alphabet.
pub(crate) const REPRESENTATION_LEN: usize = 1000;
/// Its entity tag.
pub(crate) const ETAG: &str = "\"httpstatus-v1\"";
/// Its modification date.
pub(crate) const LAST_MODIFIED: &str = "Thu, 01 Jan 2026 00:00:00 GMT";
/// Where our redirects point: an endpoint that reports what it received.
pub(crate) const REDIRECT_TARGET: &str = "/echo";
/// Interval between 102 Processing interim responses.
pub(crate) const PROCESSING_INTERVAL: Duration = Duration::from_secs(1);

/// The representation's bytes.
pub(crate) fn representation() -> Bytes {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz";
    Bytes::from(
        (0..REPRESENTATION_LEN)
            .map(|i| alphabet[i % 26])
            .collect::<Vec<u8>>(),
    )
}

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
    p.headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept, Accept-Language"),
    );

    if (100..200).contains(&ask.code) {
        informational(ask, &mut p, interim_ok);
    } else {
        final_code(ask, &mut p);
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
    for (name, v) in &ask.controls.headers {
        p.headers.append(name.clone(), v.clone());
    }
    p
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
        p.headers.insert(
            HeaderName::from_static("x-httpstatus-note"),
            HeaderValue::from_static(
                "interim 1xx responses are sent to HTTP/1.1 clients only (RFC 9110 15.2)",
            ),
        );
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
            headers.push(("Link", link.to_owned()));
            p.headers
                .insert(header::LINK, HeaderValue::from_static(link));
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

fn final_code(ask: &Ask<'_>, p: &mut Plan) {
    let code = ask.code;
    let retry_after = ask
        .controls
        .retry_after
        .unwrap_or(ask.limits.retry_after)
        .to_string();
    match code {
        200 | 203 => validators(&mut p.headers),
        201 => {
            p.headers.insert(
                header::LOCATION,
                HeaderValue::from_static("/echo?created=1"),
            );
        }
        204 => p.content = Content::None,
        205 => p.content = Content::Empty,
        206 => partial_content(ask.headers, p),
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
            p.content = Content::None;
            p.headers
                .insert(header::ETAG, HeaderValue::from_static(ETAG));
            p.headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("max-age=60"),
            );
        }
        401 => {
            p.headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"httpstatus\", charset=\"UTF-8\""),
            );
        }
        405 => {
            p.headers.insert(
                header::ALLOW,
                HeaderValue::from_static("GET, HEAD, OPTIONS"),
            );
        }
        407 => {
            p.headers.insert(
                header::PROXY_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"httpstatus proxy\", charset=\"UTF-8\""),
            );
        }
        416 => {
            p.headers.insert(
                header::CONTENT_RANGE,
                value(&format!("bytes */{REPRESENTATION_LEN}")),
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

fn validators(h: &mut HeaderMap) {
    h.insert(header::ETAG, HeaderValue::from_static(ETAG));
    h.insert(
        header::LAST_MODIFIED,
        HeaderValue::from_static(LAST_MODIFIED),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=60"),
    );
}

/// A byte range asked for, inclusive.
type Span = (usize, usize);

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

/// Multipart boundary for several ranges.
pub(crate) const BOUNDARY: &str = "httpstatus-byteranges";

fn partial_content(headers: &HeaderMap, p: &mut Plan) {
    let rep = representation();
    let len = rep.len();
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let spans = match parse_range(range, len) {
        Err(()) => {
            p.status = 416;
            p.reason = wire_reason(416);
            p.headers
                .insert(header::CONTENT_RANGE, value(&format!("bytes */{len}")));
            return;
        }
        Ok(Some(spans)) => spans,
        Ok(None) => {
            p.headers.insert(
                HeaderName::from_static("x-httpstatus-note"),
                HeaderValue::from_static("no valid Range header: sending bytes 0-99, as if Range: bytes=0-99 had been asked"),
            );
            vec![(0, 99)]
        }
    };
    // The fields a 200 for the representation carries (ETag, Last-Modified and
    // Cache-Control) go on the 206 too (RFC 9110 §15.3.7).
    validators(&mut p.headers);
    p.headers
        .insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let [(a, b)] = spans.as_slice() {
        p.headers.insert(
            header::CONTENT_RANGE,
            value(&format!("bytes {a}-{b}/{len}")),
        );
        p.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        p.content = Content::Bytes(rep.slice(*a..=*b));
        return;
    }
    // Several ranges: multipart/byteranges, and no Content-Range in the header section
    // (RFC 9110 §15.3.7.2).
    let mut out = Vec::new();
    for (a, b) in &spans {
        out.extend_from_slice(format!("\r\n--{BOUNDARY}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes {a}-{b}/{len}\r\n\r\n").as_bytes());
        out.extend_from_slice(&rep[*a..=*b]);
    }
    out.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    p.headers.insert(
        header::CONTENT_TYPE,
        value(&format!("multipart/byteranges; boundary={BOUNDARY}")),
    );
    p.content = Content::Bytes(Bytes::from(out));
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
