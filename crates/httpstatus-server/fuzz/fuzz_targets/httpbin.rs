//! Fuzzes the parsers of the httpbin routes (`httpstatus_server::httpbin`): paths and
//! queries, credentials (Basic, Bearer, Digest), conditional and range header fields,
//! caller-chosen response fields.
//!
//! The input is read as lines: the first is a request target (`/redirect/3?code=307,303`),
//! each further line a header field (`name: value`) or, without a colon, the value of one
//! of the fields in [`FIELDS`] in turn. Nothing may panic, and what the parsers accept
//! must hold their promises: redirect codes that redirect, `Location`s that stay local,
//! entity tags that are entity tags, 304 only for GET and HEAD, 206 only with ranges inside
//! the representation, credentials as the grammar has them, limits kept.

#![no_main]

use http::{HeaderMap, HeaderName, HeaderValue, Method};
use httpstatus_server::Limits;
use httpstatus_server::httpbin::params::{self, Query};
use httpstatus_server::httpbin::{auth, bodies, caching, digest, echo, redirects};
use httpstatus_server::route;
use libfuzzer_sys::fuzz_target;

/// Fields a line without a colon is sent as, in turn.
const FIELDS: [&str; 9] = [
    "authorization",
    "if-match",
    "if-none-match",
    "if-modified-since",
    "if-unmodified-since",
    "range",
    "if-range",
    "proxy-authorization",
    "x-chosen",
];

const METHODS: [Method; 4] = [Method::GET, Method::HEAD, Method::PUT, Method::DELETE];

fn limits() -> Limits {
    let mut l = Limits::default();
    l.allow_redirect_hosts = vec!["example.com".into()];
    l
}

fn local_or_allowed(loc: &str) {
    if loc.starts_with('/') {
        assert!(!loc.starts_with("//") && !loc.contains('\\'), "{loc:?}");
    } else {
        let lower = loc.to_ascii_lowercase();
        let host = lower
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .split(['/', '?', '#', ':'])
            .next()
            .unwrap_or("");
        assert_eq!(host, "example.com", "{loc:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let target = lines.next().unwrap_or("");
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let limits = limits();
    let q = Query::parse(query);

    // Paths: through the family's table, then each route's reader.
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    if let Some(Ok(e)) = httpstatus_server::httpbin::route(first, rest, &limits) {
        if let httpstatus_server::httpbin::Family::Generated(bodies::Generated::Bytes(n)) = e.family {
            assert!(n as u64 <= limits.max_generated_bytes);
        }
    }
    if let Ok(tag) = caching::entity_tag(rest) {
        assert!(tag.as_bytes().iter().all(|b| (0x21..0x7f).contains(b)));
        assert!(tag.as_bytes().ends_with(b"\""));
    }
    if let Ok(hops) = params::whole(rest, "n", 1, u64::from(u32::MAX)) {
        let hops = u32::try_from(hops).unwrap();
        if let Ok(codes) = redirects::chain_codes(&q, hops, limits.max_list) {
            assert!(!codes.is_empty() && codes.len() <= limits.max_list);
            assert!(codes.iter().all(|c| matches!(c, 301 | 302 | 303 | 307 | 308)));
            for style in [redirects::Style::Either, redirects::Style::Relative] {
                let (code, loc) = redirects::hop(hops, style, first.len() % 2 == 0, &codes, None);
                assert_eq!(code, codes[0]);
                local_or_allowed(&loc);
            }
        }
    }
    if let Ok(d) = bodies::drip_settings(&q, &limits) {
        assert!((1..=limits.max_generated_bytes as usize).contains(&d.numbytes));
        assert!(d.delay + d.duration <= limits.max_delay);
        assert!(d.code >= 200 && !matches!(d.code, 204 | 205 | 304) && d.code <= 599);
    }
    if let Ok(d) = params::duration(rest, "d") {
        assert!(d.as_secs_f64().is_finite());
    }
    let cased = echo::title_case(rest);
    assert_eq!(cased.len(), rest.len());
    assert_eq!(echo::title_case(&cased), cased);
    let shown = echo::text_or_data_url(data, "application/octet-stream");
    if std::str::from_utf8(data).is_err() {
        let b64 = shown.strip_prefix("data:application/octet-stream;base64,").unwrap();
        assert_eq!(data_encoding::BASE64.decode(b64.as_bytes()).unwrap(), data);
    }
    // Caller-chosen fields from the query, as /response-headers reads them.
    for (name, value) in q.pairs() {
        if let Ok((n, v)) = route::check_chosen_field(name, value.as_bytes(), &limits.allow_redirect_hosts) {
            assert!(!matches!(n.as_str(), "content-length" | "transfer-encoding" | "connection"));
            assert!(!v.as_bytes().iter().any(|b| matches!(b, b'\r' | b'\n' | 0)));
            if n == http::header::LOCATION {
                local_or_allowed(v.to_str().unwrap());
            }
            if n == http::header::REFRESH {
                if let Some(url) = route::refresh_url(v.to_str().unwrap()) {
                    local_or_allowed(url);
                }
            }
        }
    }

    // Header fields.
    let mut headers = HeaderMap::new();
    for (i, line) in lines.enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let (name, value) = match line.split_once(':') {
            Some((n, v)) => (n.trim().to_ascii_lowercase(), v.trim()),
            None => (FIELDS[i % FIELDS.len()].to_owned(), line),
        };
        if let Ok(c) = auth::parse_credentials(value) {
            assert!(!c.scheme.is_empty());
            if let Some(t) = c.token68 {
                assert!(auth::is_token68(t));
                if let Ok((user, _)) = auth::basic_user_pass(t) {
                    assert!(!user.contains(&b':'));
                }
            }
            for (i, (n, _)) in c.params.iter().enumerate() {
                assert_eq!(*n, n.to_ascii_lowercase());
                assert!(c.params[..i].iter().all(|(m, _)| m != n), "{n} twice");
            }
            if let Ok(a) = digest::read_answer(&c.params) {
                assert_eq!(a.nc_text.len(), 8);
                let (r1, _) = digest::expected_response(&a, "u", "p", "GET", data);
                let (r2, _) = digest::expected_response(&a, "u", "p", "GET", data);
                assert_eq!(r1, r2);
                assert!(matches!(r1.len(), 32 | 64));
            }
        }
        if let Some(alg) = digest::Algorithm::parse(value) {
            assert_eq!(digest::Algorithm::parse(alg.name()), Some(alg));
        }
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            headers.append(n, v);
        }
    }
    let etag = HeaderValue::from_static("\"v1\"");
    let lm = HeaderValue::from_static("Thu, 01 Jan 2026 00:00:00 GMT");
    let len = 1 + data.len() % 2000;
    let none = [
        http::header::IF_MATCH,
        http::header::IF_NONE_MATCH,
        http::header::IF_MODIFIED_SINCE,
        http::header::IF_UNMODIFIED_SINCE,
    ]
    .iter()
    .all(|n| !headers.contains_key(n));
    for method in &METHODS {
        let (status, spans) = caching::decide(method, &headers, len, &etag, &lm);
        match status {
            304 => assert!(*method == Method::GET || *method == Method::HEAD),
            412 => assert!(!none),
            206 => {
                assert_eq!(*method, Method::GET);
                assert!(headers.contains_key(http::header::RANGE));
                assert!(!spans.is_empty() && spans.len() <= 32);
                assert!(spans.iter().all(|(a, b)| a <= b && *b < len));
            }
            416 => assert!(headers.contains_key(http::header::RANGE)),
            200 => {}
            other => panic!("status {other}"),
        }
        if none {
            assert!(!matches!(status, 304 | 412));
        }
    }
});
