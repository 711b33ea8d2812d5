//! Fuzzes the route and query parser of `httpstatus serve` (`httpstatus_server::route`).
//!
//! The input is read as lines: the first is a request target (`/status/200:0.7,500:0.3?sleep=5`),
//! each further line a header field (`name: value`) or, without a colon, the value of one
//! of the control fields in turn. Nothing may panic, and what the parsers accept must hold
//! their promises: codes 100–599, finite non-negative weights with a positive total, delays
//! within the limit, only local or allow-listed `Location`s, no CR/LF in a header value.

#![no_main]

use http::{HeaderMap, HeaderName, HeaderValue};
use httpstatus_server::Limits;
use httpstatus_server::route::{
    self, Rejection, StatusChoice, check_location, parse_controls, parse_status_list,
    parse_status_path,
};
use libfuzzer_sys::fuzz_target;

/// Control fields a line without a colon is sent as, in turn.
const CONTROL_FIELDS: [&str; 7] = [
    "x-httpstatus-sleep",
    "x-httpstatus-fault",
    "x-httpstatus-suppress-body",
    "x-httpstatus-seed",
    "x-httpstatus-response-location",
    "x-httpstatus-response-x-test",
    "accept",
];

fn limits() -> Limits {
    let mut l = Limits::default();
    l.allow_redirect_hosts = vec!["example.com".into(), "*.test.dev".into()];
    l
}

fn check_bad(bad: &Rejection) {
    assert!(
        matches!(bad.status.as_u16(), 400 | 404 | 413 | 431),
        "unexpected error status {bad:?}"
    );
    assert!(!bad.message.is_empty());
}

fn check_choice(choice: &StatusChoice, max_list: usize, seed: u64) {
    assert!(!choice.items.is_empty() && choice.items.len() <= max_list);
    let mut total = 0.0;
    for w in &choice.items {
        assert!(w.low.class().is_some() && w.high.class().is_some());
        assert!(w.low <= w.high);
        assert!(w.weight.is_finite() && w.weight >= 0.0);
        total += w.weight;
    }
    assert!(total > 0.0 && total.is_finite());
    let mut rng = fastrand::Rng::with_seed(seed);
    for _ in 0..4 {
        let code = choice.pick(&mut rng);
        assert!(
            choice
                .items
                .iter()
                .any(|w| w.weight > 0.0 && (w.low..=w.high).contains(&code)),
            "picked {code} outside the weighted items of {choice:?}"
        );
    }
}

fn check_location_ok(loc: &str, hosts: &[String]) {
    assert!(!loc.is_empty());
    assert!(!loc.chars().any(|c| c.is_control() || c == '\\'));
    if loc.starts_with('/') {
        assert!(!loc.starts_with("//"), "{loc:?}");
    } else {
        let lower = loc.to_ascii_lowercase();
        assert!(
            lower.starts_with("http://") || lower.starts_with("https://"),
            "{loc:?}"
        );
        assert!(!hosts.is_empty());
    }
    assert!(HeaderValue::from_str(loc).is_ok(), "{loc:?}");
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
    let seed = data
        .iter()
        .fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(u64::from(b)));

    let parsed = parse_status_path(path, &limits);
    match &parsed {
        Ok(choice) => check_choice(choice, limits.max_list, seed),
        Err(bad) => check_bad(bad),
    }
    // The server's ready answers trust `single_code`: it must name the code the full
    // parser would, or nothing.
    if let Some(code) = route::single_code(path) {
        assert_eq!(
            parsed,
            Ok(StatusChoice::single(code)),
            "single_code({path:?}) = {code:?}"
        );
    }
    let list = path.strip_prefix("/status/").unwrap_or(path);
    for max in [1, 3, limits.max_list] {
        match parse_status_list(list, max) {
            Ok(choice) => check_choice(&choice, max, seed),
            Err(bad) => check_bad(&bad),
        }
    }
    if let Err(bad) = route::parse_code(path.trim_start_matches('/')) {
        check_bad(&bad);
    }

    let mut headers = HeaderMap::new();
    for (i, line) in lines.enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match check_location(line, &limits.allow_redirect_hosts) {
            Ok(loc) => check_location_ok(&loc, &limits.allow_redirect_hosts),
            Err(bad) => check_bad(&bad),
        }
        if let Ok(loc) = check_location(line, &[]) {
            assert!(loc.starts_with('/'), "{loc:?} accepted with no allow-list");
        }
        let (name, value) = match line.split_once(':') {
            Some((n, v)) => (n.trim().to_ascii_lowercase(), v.trim()),
            None => (CONTROL_FIELDS[i % CONTROL_FIELDS.len()].to_owned(), line),
        };
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            headers.append(n, v);
        }
    }
    match parse_controls(query, &headers, &limits) {
        Ok(c) => {
            if let Some(d) = c.sleep {
                assert!(d <= limits.max_delay);
            }
            if let Some(loc) = &c.location {
                check_location_ok(loc, &limits.allow_redirect_hosts);
            }
            for (name, value) in &c.headers {
                assert!(
                    !value
                        .as_bytes()
                        .iter()
                        .any(|b| matches!(b, b'\r' | b'\n' | 0))
                );
                assert!(!matches!(
                    name.as_str(),
                    "content-length" | "transfer-encoding" | "connection"
                ));
            }
        }
        Err(bad) => check_bad(&bad),
    }
});
