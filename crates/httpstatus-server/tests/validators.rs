//! Validators, conditional requests and ranges on the status routes, raw bytes off a
//! socket: a strong entity tag per representation (RFC 9110 §8.8.1), the preconditions of
//! §13.2.2, `If-Range` with the strong comparison and only a strong date (§13.1.5,
//! §8.8.2.2), and `Range` honoured on GET only (§14.2).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{Response, TestServer, config, start};

/// The request's answer, parsed (`Connection: close`).
fn ask(server: &TestServer, method: &str, path: &str, headers: &[&str]) -> Response {
    server.request(method, path, headers)
}

/// The variants of a status route: (Accept, Accept-Language) pairs.
const VARIANTS: [(&str, &str); 7] = [
    ("text/plain", "fr"),
    ("text/plain", "en"),
    ("text/plain", "ko"),
    ("application/json", "en"),
    ("application/json", "ko"),
    ("text/html", "en"),
    ("text/html", "ko"),
];

fn negotiate(accept: &str, lang: &str) -> [String; 2] {
    [
        format!("Accept: {accept}"),
        format!("Accept-Language: {lang}"),
    ]
}

#[test]
fn every_representation_has_its_own_strong_tag() {
    let server = start(config());
    for path in ["/200", "/203", "/304"] {
        let mut seen: Vec<(String, Vec<u8>)> = Vec::new();
        for (accept, lang) in VARIANTS {
            let h = negotiate(accept, lang);
            let r = ask(&server, "GET", path, &[&h[0], &h[1]]);
            let etag = r.head.header("etag").unwrap().to_owned();
            assert!(
                etag.starts_with('"') && etag.ends_with('"'),
                "{path}: strong {etag}"
            );
            // (A 304 has no content to compare; its tags are counted below.)
            if path != "/304" {
                for (other, other_body) in &seen {
                    assert_eq!(
                        other == &etag,
                        other_body == &r.body,
                        "{path} {accept} {lang}: the same tag exactly for the same bytes"
                    );
                }
            }
            seen.push((etag, r.body));
        }
        let distinct: std::collections::BTreeSet<&String> = seen.iter().map(|(e, _)| e).collect();
        // JSON carries both languages: one representation; text without a language, in
        // English and in Korean, and HTML in each language are five more.
        assert_eq!(distinct.len(), 6, "{path}: {seen:?}");
    }
    // The ready answer (plain GET) and the general path (?_=1) agree.
    for (accept, lang) in VARIANTS {
        let h = negotiate(accept, lang);
        let ready = ask(&server, "GET", "/200", &[&h[0], &h[1]]);
        let general = ask(&server, "GET", "/200?_=1", &[&h[0], &h[1]]);
        assert_eq!(ready.head.header("etag"), general.head.header("etag"));
    }
}

#[test]
fn if_none_match_gives_304_for_the_matching_variant_only() {
    let server = start(config());
    let json = negotiate("application/json", "en");
    let html = negotiate("text/html", "en");
    let tag = ask(&server, "GET", "/200", &[&json[0], &json[1]])
        .head
        .header("etag")
        .unwrap()
        .to_owned();
    for method in ["GET", "HEAD"] {
        for inm in [
            tag.clone(),
            format!("W/{tag}"),
            format!("\"x\", {tag}"),
            "*".into(),
        ] {
            let cond = format!("If-None-Match: {inm}");
            let r = ask(&server, method, "/200", &[&json[0], &json[1], &cond]);
            assert_eq!(r.head.code, 304, "{method} {inm}");
            assert_eq!(r.head.header("etag"), Some(tag.as_str()));
            assert_eq!(r.head.header("cache-control"), Some("max-age=60"));
            assert_eq!(r.head.header("vary"), Some("*"));
            assert!(r.head.header("content-type").is_none());
            assert!(r.head.header("content-length").is_none());
            assert!(r.body.is_empty() && r.trailing.is_empty());
        }
        // Another variant's tag does not match this one.
        let cond = format!("If-None-Match: {tag}");
        let r = ask(&server, method, "/200", &[&html[0], &html[1], &cond]);
        assert_eq!(r.head.code, 200, "{method}: HTML is another representation");
    }
    // If-Modified-Since, when there is no If-None-Match.
    let lm = ask(&server, "GET", "/200", &[])
        .head
        .header("last-modified")
        .unwrap()
        .to_owned();
    let since = format!("If-Modified-Since: {lm}");
    assert_eq!(ask(&server, "GET", "/200", &[&since]).head.code, 304);
    let earlier = "If-Modified-Since: Wed, 31 Dec 2025 23:59:59 GMT";
    assert_eq!(ask(&server, "GET", "/200", &[earlier]).head.code, 200);
    assert_eq!(
        ask(
            &server,
            "GET",
            "/200",
            &[&since, "If-None-Match: \"other\""]
        )
        .head
        .code,
        200,
        "If-None-Match wins over If-Modified-Since"
    );
    // On other methods a matching If-None-Match is a 412; If-Match must match strongly.
    let text_tag = ask(&server, "GET", "/200", &[])
        .head
        .header("etag")
        .unwrap()
        .to_owned();
    let r = ask(
        &server,
        "POST",
        "/200",
        &[&format!("If-None-Match: {text_tag}")],
    );
    assert_eq!(r.head.code, 412);
    assert!(
        r.head
            .header("x-httpstatus-note")
            .unwrap()
            .contains("If-None-Match")
    );
    assert_eq!(
        ask(&server, "PUT", "/200", &[&format!("If-Match: {text_tag}")])
            .head
            .code,
        200
    );
    assert_eq!(
        ask(&server, "PUT", "/200", &["If-Match: \"other\""])
            .head
            .code,
        412
    );
    assert_eq!(
        ask(
            &server,
            "PUT",
            "/200",
            &[&format!("If-Match: W/{text_tag}")]
        )
        .head
        .code,
        412
    );
    // Preconditions only apply where the answer would be 2xx: /404 stays 404.
    assert_eq!(
        ask(&server, "GET", "/404", &["If-None-Match: *"]).head.code,
        404
    );
    // A fault is a transport test: it never becomes a 304.
    let r = ask(
        &server,
        "GET",
        "/200?fault=slow-body",
        &[&format!("If-None-Match: {text_tag}")],
    );
    assert_eq!(r.head.code, 200);
    // Suppressed content is another representation (empty): the full one's tag does not
    // match it.
    let r = ask(
        &server,
        "GET",
        "/200?suppress_body",
        &[&format!("If-None-Match: {text_tag}")],
    );
    assert_eq!((r.head.code, r.body.len()), (200, 0));
    assert_ne!(r.head.header("etag"), Some(text_tag.as_str()));
}

#[test]
fn if_range_sends_the_range_only_for_a_strong_match() {
    let server = start(config());
    let full = ask(&server, "GET", "/206", &["Range: bytes=0-4"]);
    assert_eq!(full.head.code, 206);
    let etag = full.head.header("etag").unwrap().to_owned();
    let lm = full.head.header("last-modified").unwrap().to_owned();
    let range = "Range: bytes=0-4";
    let part = |if_range: &str| {
        ask(
            &server,
            "GET",
            "/206",
            &[range, &format!("If-Range: {if_range}")],
        )
    };
    // A matching strong tag or the exact date: the range.
    for v in [etag.clone(), lm.clone()] {
        let r = part(&v);
        assert_eq!(r.head.code, 206, "If-Range: {v}");
        assert_eq!(r.head.header("content-range"), Some("bytes 0-4/1000"));
        assert_eq!(r.body, b"abcde");
    }
    // Anything else: the whole representation, 200.
    for v in [
        "\"other\"".to_owned(),
        format!("W/{etag}"),
        "Fri, 02 Jan 2026 00:00:00 GMT".to_owned(),
        "Wed, 31 Dec 2025 23:59:59 GMT".to_owned(),
        "not a validator".to_owned(),
    ] {
        let r = part(&v);
        assert_eq!(r.head.code, 200, "If-Range: {v}");
        assert!(r.head.header("content-range").is_none());
        assert_eq!(r.body.len(), 1000);
        assert_eq!(r.head.header("etag"), Some(etag.as_str()));
        assert_eq!(r.head.header("accept-ranges"), Some("bytes"));
    }
    // A date the server cannot vouch for (a caller-chosen Last-Modified) is weak: even an
    // exact match sends the whole representation (RFC 9110 §8.8.2.2).
    let chosen = "Fri, 02 Jan 2026 00:00:00 GMT";
    let r = ask(
        &server,
        "GET",
        "/206",
        &[
            range,
            &format!("If-Range: {chosen}"),
            &format!("X-HttpStatus-Response-Last-Modified: {chosen}"),
        ],
    );
    assert_eq!(r.head.code, 200);
    // If-Range without Range is ignored.
    let r = ask(&server, "GET", "/206", &["If-Range: \"other\""]);
    assert_eq!(r.head.code, 206);
    assert_eq!(r.head.header("content-range"), Some("bytes 0-99/1000"));
}

#[test]
fn range_is_honoured_on_get_only() {
    let server = start(config());
    for method in ["POST", "PUT", "DELETE", "HEAD"] {
        let r = ask(&server, method, "/206", &["Range: bytes=0-4"]);
        assert_ne!(
            r.head.header("content-range"),
            Some("bytes 0-4/1000"),
            "{method}: Range ignored (RFC 9110 §14.2)"
        );
        // As to the same request without Range.
        let without = ask(&server, method, "/206", &[]);
        assert_eq!(r.head.code, without.head.code, "{method}");
        assert_eq!(
            r.head.header("content-range"),
            without.head.header("content-range")
        );
        assert_eq!(r.body, without.body);
        assert!(
            r.head
                .header("x-httpstatus-note")
                .unwrap()
                .contains("GET only")
        );
    }
    // GET: honoured, and the 206 repeats what a 200 for the whole would carry.
    let r = ask(&server, "GET", "/206", &["Range: bytes=0-4"]);
    assert_eq!((r.head.code, r.body.as_slice()), (206, &b"abcde"[..]));
    for field in ["etag", "last-modified", "cache-control", "vary"] {
        assert!(r.head.header(field).is_some(), "{field}");
    }
    assert_eq!(
        ask(&server, "GET", "/206", &["Range: bytes=5000-"])
            .head
            .code,
        416
    );
}
