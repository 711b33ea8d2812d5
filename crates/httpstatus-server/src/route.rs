//! The status routes' request, read: which codes a path asks for, which controls the query
//! and the `X-HttpStatus-*` fields set. Pure functions of the request line and headers, so
//! that they can be fuzzed and unit-tested. Which family a path belongs to is decided
//! before, in the routing table (`routes.rs`).

use std::time::Duration;

use http::HeaderMap;
use httpstatus::StatusCode;

use crate::config::Limits;

use crate::reply;
pub use crate::reply::Rejection;

/// Reads a status route's path: `/{code}` (anything after the code is ignored, as
/// httpstat.us does) or `/status/{codes}` (see [`parse_status_list`]). A path of another
/// family is a 404.
pub fn parse_status_path(path: &str, limits: &Limits) -> Result<StatusChoice, Rejection> {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    if first == "status" {
        let (list, extra) = rest.split_once('/').unwrap_or((rest, ""));
        if !extra.is_empty() {
            return Err(Rejection::not_found(format!(
                "no route for {path:?}: /status takes one list of codes, like /status/200 or /status/200:0.7,500:0.3"
            )));
        }
        let decoded = percent_encoding::percent_decode_str(list).decode_utf8_lossy();
        return parse_status_list(&decoded, limits.max_list);
    }
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Rejection::not_found(format!(
            "no route for {path:?}: try /404, /status/503 or /status/200:0.9,500:0.1"
        )));
    }
    parse_code(first).map(StatusChoice::single)
}

/// The code of a path that names exactly one, in its plainest form: `/{code}` (anything
/// after it ignored, as [`parse_status_path`] does) or `/status/{code}`. `None` for every
/// other path, valid or not; [`parse_status_path`] then decides. Allocation-free: the
/// server's ready answers (`ready.rs`) use it on every request.
pub fn single_code(path: &str) -> Option<StatusCode> {
    let rest = path.strip_prefix('/')?;
    let (first, after) = rest.split_once('/').unwrap_or((rest, ""));
    let digits = if first == "status" { after } else { first };
    StatusCode::from_bytes(digits.as_bytes())
        .ok()
        .filter(|code| code.class().is_some())
}

/// A single status code from the path: three digits, 100–599 (RFC 9110 §15).
pub fn parse_code(s: &str) -> Result<StatusCode, Rejection> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Rejection::bad_request(format!(
            "{:?} is not a status code: expected a number from 100 to 599",
            clip(s)
        )));
    }
    match StatusCode::from_bytes(s.as_bytes()) {
        Ok(code) if code.class().is_some() => Ok(code),
        _ => Err(Rejection::bad_request(format!(
            "{} is not a valid status code: RFC 9110 §15 allows 100 to 599",
            clip(s)
        ))),
    }
}

/// How much of a value the status and httpbin routes quote in a rejection.
const QUOTED: usize = 40;

/// `s` as the status and httpbin routes quote it: [`reply::clip`] at [`QUOTED`]
/// characters.
pub(crate) fn clip(s: &str) -> String {
    reply::clip(s, QUOTED)
}

/// One item of a status list: a code or a range, with a weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weighted {
    /// Lowest code.
    pub low: StatusCode,
    /// Highest code (= `low` for a single code).
    pub high: StatusCode,
    /// Relative weight, finite and not negative.
    pub weight: f64,
}

/// The codes a request may get, with weights.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusChoice {
    /// At least one item, total weight above zero.
    pub items: Vec<Weighted>,
}

impl StatusChoice {
    /// Always `code`.
    pub fn single(code: StatusCode) -> Self {
        StatusChoice {
            items: vec![Weighted {
                low: code,
                high: code,
                weight: 1.0,
            }],
        }
    }

    /// Picks a code: an item by weight, then a code of its range uniformly.
    pub fn pick(&self, rng: &mut fastrand::Rng) -> StatusCode {
        if let [only] = self.items.as_slice() {
            if only.low == only.high {
                return only.low;
            }
        }
        let total: f64 = self.items.iter().map(|w| w.weight).sum();
        let mut x = rng.f64() * total;
        let mut chosen = self.items[self.items.len() - 1];
        for item in &self.items {
            if item.weight > 0.0 && x < item.weight {
                chosen = *item;
                break;
            }
            x -= item.weight;
        }
        if chosen.weight == 0.0 {
            // Rounding at the very end: take the last item with weight.
            if let Some(last) = self.items.iter().rev().find(|w| w.weight > 0.0) {
                chosen = *last;
            }
        }
        let n = rng.u16(chosen.low.as_u16()..=chosen.high.as_u16());
        // A number between two codes of 100–599 is one.
        StatusCode::from_u16(n).unwrap_or(chosen.low)
    }
}

/// Parses `200`, `200,500`, `200:0.7,500:0.3`, `500-504`, `500-504:2` (go-httpbin and
/// httpbin syntax, plus ranges).
pub fn parse_status_list(s: &str, max_items: usize) -> Result<StatusChoice, Rejection> {
    if s.trim().is_empty() {
        return Err(Rejection::bad_request(
            "empty status list: try /status/200 or /status/200:0.7,500:0.3",
        ));
    }
    let mut items = Vec::new();
    for (n, raw) in s.split(',').enumerate() {
        if n >= max_items {
            return Err(Rejection::bad_request(format!(
                "status list too long: at most {max_items} entries (the server's --max-list)"
            )));
        }
        let raw = raw.trim();
        let (codes, weight) = match raw.split_once(':') {
            Some((c, w)) => (c, parse_weight(w)?),
            None => (raw, 1.0),
        };
        let (low, high) = match codes.split_once('-') {
            Some((a, b)) => {
                let (low, high) = (parse_code(a)?, parse_code(b)?);
                if low > high {
                    return Err(Rejection::bad_request(format!(
                        "range {}-{} runs backwards",
                        low.as_u16(),
                        high.as_u16()
                    )));
                }
                (low, high)
            }
            None => {
                let c = parse_code(codes)?;
                (c, c)
            }
        };
        items.push(Weighted { low, high, weight });
    }
    if items.iter().all(|w| w.weight == 0.0) {
        return Err(Rejection::bad_request(
            "every weight is zero: at least one must be above zero",
        ));
    }
    let total: f64 = items.iter().map(|w| w.weight).sum();
    if !total.is_finite() {
        return Err(Rejection::bad_request("the weights add up to infinity"));
    }
    Ok(StatusChoice { items })
}

fn parse_weight(w: &str) -> Result<f64, Rejection> {
    let w = w.trim();
    // Only plain decimals: no "inf", "NaN", "1e999" or hex.
    let plain = !w.is_empty()
        && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && w.bytes().filter(|&b| b == b'.').count() <= 1
        && w != ".";
    match w.parse::<f64>() {
        Ok(v) if plain && v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(Rejection::bad_request(format!(
            "{:?} is not a weight: use a finite, non-negative decimal such as 0.5",
            clip(w)
        ))),
    }
}

/// A fault to inject instead of a normal response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection before sending anything.
    CloseBeforeHeaders,
    /// Send the status line and headers, then close.
    CloseAfterHeaders,
    /// Send half of the content, then close.
    CloseMidBody,
    /// Send the content one byte at a time, slowly.
    SlowBody,
}

impl Fault {
    /// Every fault with its name.
    pub const ALL: [(Fault, &'static str); 4] = [
        (Fault::CloseBeforeHeaders, "close-before-headers"),
        (Fault::CloseAfterHeaders, "close-after-headers"),
        (Fault::CloseMidBody, "close-mid-body"),
        (Fault::SlowBody, "slow-body"),
    ];

    fn parse(s: &str) -> Result<Fault, Rejection> {
        Fault::ALL
            .iter()
            .find(|(_, name)| *name == s)
            .map(|(f, _)| *f)
            .ok_or_else(|| {
                let names: Vec<&str> = Fault::ALL.iter().map(|(_, n)| *n).collect();
                Rejection::bad_request(format!(
                    "unknown fault {:?}: one of {}",
                    clip(s),
                    names.join(", ")
                ))
            })
    }
}

/// Controls a request may set with the query string or `X-HttpStatus-*` header fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Controls {
    /// `?sleep=ms`: wait before answering.
    pub sleep: Option<Duration>,
    /// `?seed=n`: reproducible choice in a status list.
    pub seed: Option<u64>,
    /// `?lang=ko|en`.
    pub lang: Option<httpstatus::Lang>,
    /// `?suppress_body`: send no content.
    pub suppress_body: bool,
    /// `?fault=…`.
    pub fault: Option<Fault>,
    /// `?retry_after=s`: the `Retry-After` of 429/503 (and any code that asks for it).
    pub retry_after: Option<u32>,
    /// `?location=…`: a caller-chosen `Location` (checked against the allow-list).
    pub location: Option<String>,
    /// Response header fields from `X-HttpStatus-Response-{Name}: value`.
    pub headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

/// Header fields a caller may not set: they frame the message or are ours to decide.
const RESERVED_FIELDS: [&str; 8] = [
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "proxy-connection",
];

const RESPONSE_PREFIX: &str = "x-httpstatus-response-";

/// Reads the controls from the query string and header fields.
pub fn parse_controls(
    query: Option<&str>,
    headers: &HeaderMap,
    limits: &Limits,
) -> Result<Controls, Rejection> {
    let mut c = Controls::default();
    let mut pairs: Vec<(String, String)> = query
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    for (name, key) in [
        ("x-httpstatus-sleep", "sleep"),
        ("x-httpstatus-fault", "fault"),
        ("x-httpstatus-suppress-body", "suppress_body"),
        ("x-httpstatus-seed", "seed"),
    ] {
        if let Some(v) = headers.get(name) {
            let v = v
                .to_str()
                .map_err(|_| Rejection::bad_request(format!("{name} is not visible ASCII")))?;
            pairs.push((key.to_owned(), v.to_owned()));
        }
    }
    for (key, value) in &pairs {
        match key.as_str() {
            "sleep" => {
                let ms: u64 = value.trim().parse().map_err(|_| {
                    Rejection::bad_request(format!(
                        "sleep={:?} is not a whole number of milliseconds",
                        clip(value)
                    ))
                })?;
                let d = Duration::from_millis(ms);
                if d > limits.max_delay {
                    return Err(Rejection::bad_request(format!(
                        "sleep={ms} is longer than this server allows ({} ms, its --max-delay-ms)",
                        limits.max_delay.as_millis()
                    )));
                }
                c.sleep = Some(d);
            }
            "seed" => {
                c.seed = Some(value.trim().parse().map_err(|_| {
                    Rejection::bad_request(format!(
                        "seed={:?} is not a whole number from 0 to 2^64-1",
                        clip(value)
                    ))
                })?);
            }
            "lang" => {
                c.lang = Some(value.parse().map_err(|_| {
                    Rejection::bad_request(format!(
                        "lang={:?} is not supported: use ko or en",
                        clip(value)
                    ))
                })?);
            }
            "suppress_body" | "suppressBody" => {
                c.suppress_body = match value.as_str() {
                    "" | "1" | "true" | "yes" => true,
                    "0" | "false" | "no" => false,
                    _ => {
                        return Err(Rejection::bad_request(format!(
                            "suppress_body={:?}: use true or false",
                            clip(value)
                        )));
                    }
                };
            }
            "fault" => c.fault = Some(Fault::parse(value.trim())?),
            "retry_after" => {
                c.retry_after = Some(value.trim().parse().map_err(|_| {
                    Rejection::bad_request(format!(
                        "retry_after={:?} is not a whole number of seconds",
                        clip(value)
                    ))
                })?);
            }
            "location" => c.location = Some(check_location(value, &limits.allow_redirect_hosts)?),
            _ => {} // Unknown parameters (cache busters …) are ignored.
        }
    }
    for (name, value) in headers {
        let Some(target) = name.as_str().strip_prefix(RESPONSE_PREFIX) else {
            continue;
        };
        if target.is_empty() {
            return Err(Rejection::bad_request(
                "X-HttpStatus-Response- needs a field name after it",
            ));
        }
        if target == "location" {
            let v = value
                .to_str()
                .map_err(|_| Rejection::bad_request("Location must be visible ASCII"))?;
            c.location = Some(check_location(v, &limits.allow_redirect_hosts)?);
            continue;
        }
        c.headers.push(check_chosen_field(
            target,
            value.as_bytes(),
            &limits.allow_redirect_hosts,
        )?);
    }
    Ok(c)
}

/// Checks a response field a caller chose (`X-HttpStatus-Response-{Name}`,
/// `/response-headers?{Name}=value`): a valid name that is not one of the fields that
/// frame the message, a value without CR, LF or NUL (a `HeaderValue` cannot hold them: no
/// response splitting), and a `Location` or a `Refresh` URL that passes
/// [`check_location`] (browsers follow both).
pub fn check_chosen_field(
    name: &str,
    value: &[u8],
    allowed_hosts: &[String],
) -> Result<(http::HeaderName, http::HeaderValue), Rejection> {
    let field = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
        Rejection::bad_request(format!("{:?} is not a header field name", clip(name)))
    })?;
    if RESERVED_FIELDS.contains(&field.as_str()) {
        return Err(Rejection::bad_request(format!(
            "the server decides {field} itself; it cannot be set"
        )));
    }
    let value = http::HeaderValue::from_bytes(value).map_err(|_| {
        Rejection::bad_request(format!(
            "the value of {field} may not contain CR, LF, NUL or other control characters"
        ))
    })?;
    if field == http::header::LOCATION || field == http::header::REFRESH {
        let text = value
            .to_str()
            .map_err(|_| Rejection::bad_request(format!("{field} must be visible ASCII")))?;
        let url = if field == http::header::LOCATION {
            Some(text)
        } else {
            refresh_url(text)
        };
        if let Some(url) = url {
            check_location(url, allowed_hosts)?;
        }
    }
    Ok((field, value))
}

/// The URL a `Refresh` value navigates to, read as browsers read it (HTML's shared
/// declarative refresh steps): after the seconds, an optional `;` or `,`, an optional
/// `url=`, then the URL, quotes removed. `None` when it names none.
pub fn refresh_url(value: &str) -> Option<&str> {
    let rest = value.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = rest
        .strip_prefix([';', ','])
        .unwrap_or(rest)
        .trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = match rest.get(..3) {
        Some(u) if u.eq_ignore_ascii_case("url") => {
            let after = rest[3..].trim_start_matches(|c: char| c.is_ascii_whitespace());
            match after.strip_prefix('=') {
                Some(a) => a.trim_start_matches(|c: char| c.is_ascii_whitespace()),
                None => rest,
            }
        }
        _ => rest,
    };
    let url = rest
        .strip_prefix(['"', '\''])
        .map_or(rest, |r| r.trim_end_matches(['"', '\'']))
        .trim_end();
    (!url.is_empty()).then_some(url)
}

/// Checks a caller-chosen `Location`: a local path (`/echo`), or an `http(s)` URL whose
/// host is on the allow-list. Rejects `//host`, `/\host`, encoded slashes and backslashes,
/// control characters and other schemes.
pub fn check_location(value: &str, allowed_hosts: &[String]) -> Result<String, Rejection> {
    let bad =
        |why: &str| Rejection::bad_request(format!("location {:?} refused: {why}", clip(value)));
    if value.is_empty() {
        return Err(bad("it is empty"));
    }
    if value
        .chars()
        .any(|c| c.is_control() || c == '\\' || c == ' ')
    {
        return Err(bad(
            "control characters, spaces and backslashes are not allowed",
        ));
    }
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    if decoded.chars().any(|c| c.is_control() || c == '\\') {
        return Err(bad("it decodes to control characters or backslashes"));
    }
    if let Some(rest) = value.strip_prefix('/') {
        if rest.starts_with('/') || decoded.starts_with("//") {
            return Err(bad(
                "a path may not start with // (that names another host)",
            ));
        }
        return Ok(value.to_owned());
    }
    let lower = value.to_ascii_lowercase();
    let after_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(after) = after_scheme else {
        return Err(bad(
            "use a local path such as /echo, or an http(s) URL on the allow-list",
        ));
    };
    let authority = after.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(bad("user information in the URL is not allowed"));
    }
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or("")
    } else {
        authority.split(':').next().unwrap_or("")
    };
    let host_ok = !host.is_empty()
        && allowed_hosts.iter().any(|allowed| {
            let allowed = allowed.trim().to_ascii_lowercase();
            match allowed.strip_prefix("*.") {
                Some(suffix) => {
                    host.len() > suffix.len() + 1 && host.ends_with(&format!(".{suffix}"))
                }
                None => host == allowed,
            }
        });
    if !host_ok {
        return Err(bad(
            "its host is not on this server's --allow-redirect-host list",
        ));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits {
            allow_redirect_hosts: vec!["example.com".into(), "*.test.dev".into()],
            ..Limits::default()
        }
    }

    fn code(n: u16) -> StatusCode {
        StatusCode::from_u16(n).unwrap()
    }

    #[test]
    fn paths() {
        let l = limits();
        for (path, want) in [
            ("/404", 404),
            ("/404/ignored/rest", 404),
            ("/status/503", 503),
            ("/status/5%30%33", 503),
        ] {
            assert_eq!(
                parse_status_path(path, &l),
                Ok(StatusChoice::single(code(want))),
                "{path}"
            );
        }
        for bad in [
            "/99",
            "/600",
            "/1000",
            "/0404",
            "/status/abc",
            "/status/",
            "/status",
            "/status/99",
            "/status/200,abc",
        ] {
            assert_eq!(parse_status_path(bad, &l).unwrap_err().status, 400, "{bad}");
        }
        for missing in ["/", "/abc", "/status/200/extra", "/healthz/x"] {
            assert_eq!(
                parse_status_path(missing, &l).unwrap_err().status,
                404,
                "{missing}"
            );
        }
    }

    #[test]
    fn single_codes() {
        for (path, want) in [
            ("/418", Some(418)),
            ("/status/418", Some(418)),
            ("/404/a/b", Some(404)),
            ("/599", Some(599)),
            ("/100", Some(100)),
            ("/600", None),
            ("/99", None),
            ("/0418", None),
            ("/status/418/", None),
            ("/status/", None),
            ("/41a", None),
            ("//418", None),
        ] {
            assert_eq!(single_code(path).map(StatusCode::as_u16), want, "{path}");
        }
    }

    #[test]
    fn lists() {
        let c = parse_status_list("200:0.7, 500:0.3", 10).unwrap();
        assert_eq!(c.items.len(), 2);
        let r = parse_status_list("500-504", 10).unwrap();
        assert_eq!(
            (r.items[0].low.as_u16(), r.items[0].high.as_u16()),
            (500, 504)
        );
        for bad in [
            "",
            "200:-1",
            "200:inf",
            "200:NaN",
            "200:1e9",
            "200:0",
            "200:0,500:0",
            "504-500",
            "200:",
            "200:0x1",
            "200:.",
            "99",
            "600-700",
        ] {
            assert!(parse_status_list(bad, 10).is_err(), "{bad:?}");
        }
        assert!(parse_status_list(&["200"; 11].join(","), 10).is_err());
        assert!(parse_status_list(&["200"; 10].join(","), 10).is_ok());
    }

    #[test]
    fn weighted_choice_is_reproducible_and_respects_zero() {
        let c = parse_status_list("200:0,500:1,502-504:1", 10).unwrap();
        let mut a = fastrand::Rng::with_seed(7);
        let mut b = fastrand::Rng::with_seed(7);
        for _ in 0..1000 {
            let x = c.pick(&mut a);
            assert_eq!(x, c.pick(&mut b));
            assert!(x == 500 || (502..=504).contains(&x.as_u16()), "{x}");
        }
    }

    #[test]
    fn controls() {
        let l = limits();
        let h = HeaderMap::new();
        let c = parse_controls(
            Some("sleep=250&seed=9&lang=ko&suppress_body&fault=slow-body&retry_after=7&x=1"),
            &h,
            &l,
        )
        .unwrap();
        assert_eq!(c.sleep, Some(Duration::from_millis(250)));
        assert_eq!(c.seed, Some(9));
        assert_eq!(c.lang, Some(httpstatus::Lang::Ko));
        assert!(c.suppress_body);
        assert_eq!(c.fault, Some(Fault::SlowBody));
        assert_eq!(c.retry_after, Some(7));
        for bad in [
            "sleep=10001",
            "sleep=-1",
            "sleep=abc",
            "seed=x",
            "lang=fr",
            "fault=boom",
            "retry_after=-3",
            "suppress_body=maybe",
        ] {
            assert!(parse_controls(Some(bad), &h, &l).is_err(), "{bad}");
        }
    }

    #[test]
    fn response_header_controls() {
        let l = limits();
        let mut h = HeaderMap::new();
        h.insert("x-httpstatus-response-x-custom", "hello".parse().unwrap());
        let c = parse_controls(None, &h, &l).unwrap();
        assert_eq!(c.headers.len(), 1);
        assert_eq!(c.headers[0].0, "x-custom");
        let mut h = HeaderMap::new();
        h.insert("x-httpstatus-response-content-length", "5".parse().unwrap());
        assert!(parse_controls(None, &h, &l).is_err());
        let mut h = HeaderMap::new();
        h.insert(
            "x-httpstatus-response-location",
            "//evil.com".parse().unwrap(),
        );
        assert!(parse_controls(None, &h, &l).is_err());
        for refresh in [
            "0; url=https://evil.com",
            "0;URL='//evil.com'",
            "5, https://evil.com",
        ] {
            let mut h = HeaderMap::new();
            h.insert("x-httpstatus-response-refresh", refresh.parse().unwrap());
            assert!(parse_controls(None, &h, &l).is_err(), "{refresh}");
        }
        let mut h = HeaderMap::new();
        h.insert(
            "x-httpstatus-response-refresh",
            "5; url=/echo".parse().unwrap(),
        );
        assert!(parse_controls(None, &h, &l).is_ok());
    }

    #[test]
    fn refresh_urls() {
        assert_eq!(refresh_url("5"), None);
        assert_eq!(refresh_url("5;"), None);
        assert_eq!(refresh_url("0; url=/a"), Some("/a"));
        assert_eq!(refresh_url("0;URL = '/a'"), Some("/a"));
        assert_eq!(refresh_url("0,\"/a\""), Some("/a"));
        assert_eq!(refresh_url("1.5 https://x.test/"), Some("https://x.test/"));
        assert_eq!(refresh_url("0; urlx"), Some("urlx"));
    }

    #[test]
    fn locations() {
        let hosts = limits().allow_redirect_hosts;
        for ok in [
            "/echo",
            "/echo?x=1",
            "https://example.com/x",
            "http://EXAMPLE.com:8080/",
            "https://a.test.dev/p",
        ] {
            assert!(check_location(ok, &hosts).is_ok(), "{ok}");
        }
        for bad in [
            "//evil.com",
            "/\\evil.com",
            "/%2Fevil.com",
            "/%2fevil.com",
            "/%5Cevil.com",
            "\\\\evil.com",
            "https://evil.com",
            "https://example.com.evil.com/",
            "https://evil.com?x=example.com",
            "https://example.com@evil.com/",
            "javascript:alert(1)",
            "ftp://example.com",
            "/a\r\nSet-Cookie: x",
            "",
            "https://test.dev/",
            "evil.com",
        ] {
            assert!(check_location(bad, &hosts).is_err(), "{bad:?}");
        }
    }
}
