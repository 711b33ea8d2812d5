//! The httpbin routes on real sockets: every route, its limits, its 4xx, the bytes as they
//! come off the wire.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{Config, Limits, Response, TestServer, config, parse, start};

/// `METHOD target` with `Connection: close`, extra header lines and content.
fn send(
    server: &TestServer,
    method: &str,
    target: &str,
    headers: &[&str],
    body: &[u8],
) -> Response {
    let mut req =
        format!("{method} {target} HTTP/1.1\r\nHost: test.local\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    if !body.is_empty() {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    let raw = server.raw(&bytes);
    parse(&raw, method == "HEAD")
        .unwrap_or_else(|e| panic!("{method} {target}: {e}\n{}", String::from_utf8_lossy(&raw)))
}

/// The default settings with these limits.
fn with(limits: Limits) -> Config {
    Config { limits, ..config() }
}

fn get(server: &TestServer, target: &str, headers: &[&str]) -> Response {
    send(server, "GET", target, headers, b"")
}

fn json(r: &Response) -> Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.text()))
}

/// Every response of these routes is sandboxed.
fn assert_sandboxed(r: &Response, what: &str) {
    assert_eq!(
        r.head.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert!(
        r.head.all("content-security-policy").contains(&"sandbox"),
        "{what}: {:?}",
        r.head.headers
    );
}

// ---------------------------------------------------------------- echo

#[test]
fn echo_anything_has_httpbins_shape() {
    let server = start(config());
    let r = send(
        &server,
        "PATCH",
        "/anything/a/b?x=1&x=2&y=%C3%A9",
        &[
            "User-Agent: wire-test/1",
            "X-Custom: one",
            "Content-Type: application/json",
        ],
        br#"{"k": [1, "two"]}"#,
    );
    assert_eq!(r.head.code, 200);
    assert_eq!(r.head.header("content-type"), Some("application/json"));
    assert_sandboxed(&r, "/anything");
    let v = json(&r);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "args", "data", "files", "form", "headers", "json", "method", "origin", "url"
        ]
    );
    assert_eq!(v["method"], "PATCH");
    assert_eq!(v["url"], "http://test.local/anything/a/b?x=1&x=2&y=%C3%A9");
    assert_eq!(v["args"], serde_json::json!({"x": ["1", "2"], "y": "é"}));
    assert_eq!(v["headers"]["User-Agent"], "wire-test/1");
    assert_eq!(v["headers"]["X-Custom"], "one");
    assert_eq!(v["headers"]["Host"], "test.local");
    assert_eq!(v["json"], serde_json::json!({"k": [1, "two"]}));
    assert_eq!(v["data"], r#"{"k": [1, "two"]}"#);
    assert_eq!(v["origin"], "127.0.0.1");
    assert!(
        r.text().ends_with("}\n"),
        "a final newline, as Flask writes it"
    );
    // Any method, a custom one too.
    assert_eq!(
        send(&server, "PROPFIND", "/anything", &[], b"").head.code,
        200
    );
}

#[test]
fn echo_binary_content_comes_as_a_data_url() {
    let server = start(config());
    let r = send(
        &server,
        "POST",
        "/post",
        &["Content-Type: application/octet-stream"],
        &[0, 0xff, 0xfe, 1],
    );
    let v = json(&r);
    assert_eq!(v["data"], "data:application/octet-stream;base64,AP/+AQ==");
    assert_eq!(v["json"], Value::Null);
    assert!(
        v.get("method").is_none(),
        "/post reports no method, as httpbin"
    );
}

#[test]
fn echo_forms_urlencoded_and_multipart() {
    let server = start(config());
    let r = send(
        &server,
        "PUT",
        "/put",
        &["Content-Type: application/x-www-form-urlencoded"],
        b"a=1&b=two+words&a=3",
    );
    let v = json(&r);
    assert_eq!(
        v["form"],
        serde_json::json!({"a": ["1", "3"], "b": "two words"})
    );
    assert_eq!(v["data"], "", "a form's content is consumed, as in httpbin");

    let mut body = b"--b0\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\nContent-Type: image/png\r\n\r\n".to_vec();
    body.extend_from_slice(&[0x89, b'P', b'N', b'G']);
    body.extend_from_slice(b"\r\n--b0\r\nContent-Disposition: form-data; name=\"text\"; filename=\"t.txt\"\r\n\r\nplain\r\n--b0--\r\n");
    let r = send(
        &server,
        "POST",
        "/anything",
        &["Content-Type: multipart/form-data; boundary=b0"],
        &body,
    );
    let v = json(&r);
    assert_eq!(v["form"], serde_json::json!({"note": "hello"}));
    assert_eq!(v["files"]["file"], "data:image/png;base64,iVBORw==");
    assert_eq!(v["files"]["text"], "plain");

    let r = send(
        &server,
        "POST",
        "/post",
        &["Content-Type: multipart/form-data; boundary=b0"],
        b"--b0\r\nbroken",
    );
    assert_eq!(r.head.code, 400);
    assert!(r.text().contains("multipart"), "{}", r.text());
}

#[test]
fn echo_headers_ip_user_agent_get() {
    let server = start(config());
    let v = json(&get(
        &server,
        "/headers",
        &["X-B3-TraceId: 7", "Accept: a/b", "Accept: c/d"],
    ));
    assert_eq!(v["headers"]["X-B3-Traceid"], "7", "httpbin's casing");
    assert_eq!(v["headers"]["Accept"], "a/b, c/d");
    assert_eq!(v.as_object().unwrap().len(), 1);
    assert_eq!(json(&get(&server, "/ip", &[]))["origin"], "127.0.0.1");
    assert_eq!(
        json(&get(&server, "/ip", &["X-Forwarded-For: 203.0.113.9"]))["origin"],
        "203.0.113.9"
    );
    assert_eq!(
        json(&get(&server, "/user-agent", &["User-Agent: ua/2"]))["user-agent"],
        "ua/2"
    );
    let v = json(&get(&server, "/get?q=1", &[]));
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["args", "headers", "origin", "url"]);
    // HEAD: the fields of a GET, no content.
    let g = get(&server, "/get", &[]);
    let h = send(&server, "HEAD", "/get", &[], b"");
    assert_eq!(h.head.code, 200);
    assert_eq!(
        h.head.header("content-length"),
        g.head.header("content-length")
    );
    assert!(h.body.is_empty() && h.trailing.is_empty());
}

#[test]
fn echo_methods_are_checked() {
    let server = start(config());
    for (method, path, allow) in [
        ("POST", "/get", "GET, HEAD, OPTIONS"),
        ("GET", "/post", "POST, OPTIONS"),
        ("DELETE", "/put", "PUT, OPTIONS"),
        ("PUT", "/response-headers", "GET, HEAD, POST, OPTIONS"),
        ("POST", "/range/10", "GET, HEAD, OPTIONS"),
    ] {
        let r = send(&server, method, path, &[], b"");
        assert_eq!(r.head.code, 405, "{method} {path}");
        assert_eq!(r.head.reason, "Method Not Allowed");
        assert_eq!(r.head.header("allow"), Some(allow), "{method} {path}");
        assert!(r.text().contains("not allowed"), "{}", r.text());
    }
    let r = send(&server, "OPTIONS", "/delete", &[], b"");
    assert_eq!(r.head.code, 204);
    assert_eq!(r.head.header("allow"), Some("DELETE, OPTIONS"));
    for (method, path) in [
        ("POST", "/post"),
        ("PUT", "/put"),
        ("PATCH", "/patch"),
        ("DELETE", "/delete"),
    ] {
        let r = send(&server, method, path, &[], b"x=1");
        assert_eq!(r.head.code, 200, "{path}");
        assert_eq!(json(&r)["data"], "x=1");
    }
    assert_eq!(get(&server, "/get/extra", &[]).head.code, 404);
}

#[test]
fn echo_content_is_bounded_by_max_body() {
    let server = start(with(Limits {
        max_body: 100,
        ..Limits::default()
    }));
    let r = send(&server, "POST", "/anything", &[], &[b'x'; 101]);
    assert_eq!(r.head.code, 413);
    assert!(r.text().contains("--max-body"), "{}", r.text());
    assert_eq!(
        send(&server, "POST", "/anything", &[], &[b'x'; 100])
            .head
            .code,
        200
    );
}

#[test]
fn the_old_echo_keeps_its_shape() {
    let server = start(config());
    let r = send(&server, "POST", "/echo?a=1", &["X-One: 1"], b"hi");
    let v = json(&r);
    assert_eq!(v["method"], "POST");
    assert_eq!(v["path"], "/echo");
    assert_eq!(v["query"], "a=1");
    assert_eq!(v["content"], "hi");
    assert_eq!(v["content_length"], 2);
    assert!(
        v["headers"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(["x-one", "1"]))
    );
    assert_sandboxed(&r, "/echo");
}

// ---------------------------------------------------------------- redirects

/// Follows a chain by hand, returning each hop's code and `Location`.
fn walk(server: &TestServer, method: &str, start: &str) -> (Vec<(u16, String)>, Response) {
    let mut hops = Vec::new();
    let mut target = start.to_owned();
    let mut method = method.to_owned();
    for _ in 0..20 {
        let r = send(
            server,
            &method,
            &target,
            &[],
            if method == "POST" { b"k=v" } else { b"" },
        );
        if !(300..400).contains(&r.head.code) {
            return (hops, r);
        }
        let location = r.head.header("location").unwrap().to_owned();
        hops.push((r.head.code, location.clone()));
        if r.head.code == 303 {
            method = "GET".to_owned();
        }
        target = location
            .strip_prefix("http://test.local")
            .unwrap_or(&location)
            .to_owned();
    }
    panic!("the chain from {start} did not end")
}

#[test]
fn redirect_chains_end_at_the_echo() {
    let server = start(config());
    let (hops, end) = walk(&server, "GET", "/redirect/3");
    assert_eq!(
        hops,
        [
            (302, "/relative-redirect/2".to_owned()),
            (302, "/relative-redirect/1".to_owned()),
            (302, "/anything".to_owned())
        ]
    );
    assert_eq!(end.head.code, 200);
    assert_eq!(json(&end)["method"], "GET");
    let (hops, _) = walk(&server, "GET", "/absolute-redirect/2");
    assert_eq!(
        hops,
        [
            (302, "http://test.local/absolute-redirect/1".to_owned()),
            (302, "http://test.local/anything".to_owned())
        ]
    );
    let (hops, _) = walk(&server, "GET", "/redirect/2?absolute=true");
    assert_eq!(hops[0].1, "http://test.local/absolute-redirect/1");
    let (hops, _) = walk(&server, "GET", "/relative-redirect/1");
    assert_eq!(hops, [(302, "/anything".to_owned())]);
}

#[test]
fn redirect_chains_mix_method_keeping_and_changing_codes() {
    let server = start(config());
    let (hops, end) = walk(&server, "POST", "/redirect/4?code=307,308,303,301");
    let codes: Vec<u16> = hops.iter().map(|(c, _)| *c).collect();
    assert_eq!(codes, [307, 308, 303, 301]);
    assert_eq!(hops[0].1, "/relative-redirect/3?code=308,303,301");
    // 307 and 308 kept POST; the 303 made it a GET.
    assert_eq!(json(&end)["method"], "GET");
    let (hops, end) = walk(&server, "POST", "/redirect/3?code=308");
    assert!(hops.iter().all(|(c, _)| *c == 308));
    let v = json(&end);
    assert_eq!(v["method"], "POST");
    assert_eq!(v["data"], "k=v", "the content went along");
    for bad in [
        "/redirect/2?code=304",
        "/redirect/2?code=200",
        "/redirect/1?code=307,307",
        "/redirect/0",
        "/redirect/x",
        "/redirect/2?absolute=maybe",
    ] {
        let r = get(&server, bad, &[]);
        assert_eq!(r.head.code, 400, "{bad}: {}", r.text());
    }
    assert_eq!(get(&server, "/redirect", &[]).head.code, 404);
}

#[test]
fn redirect_to_checks_the_target() {
    let server = start(with(Limits {
        allow_redirect_hosts: vec!["example.com".into()],
        ..Limits::default()
    }));
    let r = get(&server, "/redirect-to?url=/anything%3Fx%3D1", &[]);
    assert_eq!(
        (r.head.code, r.head.header("location")),
        (302, Some("/anything?x=1"))
    );
    for code in [301, 302, 303, 307, 308] {
        let r = send(
            &server,
            "POST",
            &format!("/redirect-to?url=https://example.com/x&status_code={code}"),
            &[],
            b"",
        );
        assert_eq!(r.head.code, code);
        assert_eq!(r.head.header("location"), Some("https://example.com/x"));
    }
    let r = get(&server, "/redirect-to?url=/a&code=307", &[]);
    assert_eq!(r.head.code, 307);
    for bad in [
        "/redirect-to",
        "/redirect-to?url=https://evil.com/",
        "/redirect-to?url=//evil.com",
        "/redirect-to?url=/%2Fevil.com",
        "/redirect-to?url=%2F%5Cevil.com",
        "/redirect-to?url=https://example.com.evil.com/",
        "/redirect-to?url=https://example.com@evil.com/",
        "/redirect-to?url=javascript:alert(1)",
        "/redirect-to?url=/a&status_code=304",
        "/redirect-to?url=/a&status_code=200",
        "/redirect-to?url=/a&status_code=3000",
        "/redirect-to?url=/a&status_code=307&code=308",
    ] {
        let r = get(&server, bad, &[]);
        assert_eq!(r.head.code, 400, "{bad}");
        assert!(r.head.header("location").is_none(), "{bad}");
        assert!(!r.text().is_empty());
    }
}

#[test]
fn absolute_redirects_use_the_public_url() {
    let server = start(Config {
        public_url: Some("https://status.example.com".parse().unwrap()),
        ..config()
    });
    let r = get(&server, "/absolute-redirect/1", &[]);
    assert_eq!(
        r.head.header("location"),
        Some("https://status.example.com/anything")
    );
}

// ---------------------------------------------------------------- conditional requests

#[test]
fn cache_answers_304_to_any_valid_validator() {
    let server = start(config());
    let r = get(&server, "/cache", &[]);
    assert_eq!(r.head.code, 200);
    let etag = r.head.header("etag").unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    let lm = r.head.header("last-modified").unwrap().to_owned();
    // The If-None-Match round trip.
    let r = get(&server, "/cache", &[&format!("If-None-Match: {etag}")]);
    assert_eq!(r.head.code, 304);
    assert_eq!(r.head.header("etag"), Some(etag.as_str()));
    assert!(r.head.header("content-length").is_none() && r.body.is_empty());
    let r = get(&server, "/cache", &[&format!("If-Modified-Since: {lm}")]);
    assert_eq!(r.head.code, 304);
    // Not valid: ignored (RFC 9110 §13.1.2, §13.1.3).
    for field in ["If-None-Match: garbage", "If-Modified-Since: yesterday"] {
        assert_eq!(get(&server, "/cache", &[field]).head.code, 200, "{field}");
    }
    let r = get(&server, "/cache/60", &[]);
    assert_eq!(r.head.header("cache-control"), Some("public, max-age=60"));
    assert!(json(&r)["url"].as_str().unwrap().ends_with("/cache/60"));
    assert_eq!(get(&server, "/cache/2147483649", &[]).head.code, 400);
    assert_eq!(send(&server, "POST", "/cache", &[], b"").head.code, 405);
}

#[test]
fn etag_evaluates_rfc_9110_section_13() {
    let server = start(config());
    let lm = "Thu, 01 Jan 2026 00:00:00 GMT";
    let earlier = "Wed, 31 Dec 2025 23:59:59 GMT";
    let r = get(&server, "/etag/abc", &[]);
    assert_eq!(r.head.header("etag"), Some("\"abc\""));
    assert_eq!(r.head.header("last-modified"), Some(lm));
    for (method, fields, code) in [
        ("GET", vec!["If-None-Match: \"abc\""], 304),
        ("HEAD", vec!["If-None-Match: \"x\", W/\"abc\""], 304),
        ("GET", vec!["If-None-Match: *"], 304),
        ("PUT", vec!["If-None-Match: \"abc\""], 412),
        ("GET", vec!["If-None-Match: \"x\""], 200),
        ("PUT", vec!["If-Match: \"x\", \"abc\""], 200),
        ("PUT", vec!["If-Match: W/\"abc\""], 412),
        ("DELETE", vec!["If-Match: *"], 200),
        (
            "GET",
            vec!["If-Unmodified-Since: Wed, 31 Dec 2025 23:59:59 GMT"],
            412,
        ),
        (
            "GET",
            vec![
                "If-Match: \"abc\"",
                "If-Unmodified-Since: Wed, 31 Dec 2025 23:59:59 GMT",
            ],
            200,
        ),
        (
            "GET",
            vec!["If-Match: \"no\"", "If-None-Match: \"abc\""],
            412,
        ),
        ("GET", vec![&*format!("If-Modified-Since: {lm}")], 304),
        ("GET", vec![&*format!("If-Modified-Since: {earlier}")], 200),
        (
            "GET",
            vec!["If-None-Match: \"x\"", &*format!("If-Modified-Since: {lm}")],
            200,
        ),
    ] {
        let r = send(&server, method, "/etag/abc", &fields, b"");
        assert_eq!(r.head.code, code, "{method} {fields:?}: {}", r.text());
        match code {
            304 => {
                assert!(r.body.is_empty() && r.head.header("content-length").is_none());
                assert_eq!(r.head.header("etag"), Some("\"abc\""));
                assert!(r.head.header("x-httpstatus-note").is_some());
            }
            412 => {
                assert!(r.text().contains("RFC 9110"), "{}", r.text());
                assert_eq!(r.head.reason, "Precondition Failed");
            }
            _ => {}
        }
    }
    // A weak tag given in the path: If-Match never matches it, If-None-Match does.
    assert_eq!(
        send(
            &server,
            "PUT",
            "/etag/W%2F%22w%22",
            &["If-Match: W/\"w\""],
            b""
        )
        .head
        .code,
        412
    );
    let r = get(&server, "/etag/W%2F%22w%22", &["If-None-Match: \"w\""]);
    assert_eq!((r.head.code, r.head.header("etag")), (304, Some("W/\"w\"")));
    assert_eq!(get(&server, "/etag/a%20b", &[]).head.code, 400);
}

#[test]
fn etag_ranges_and_if_range() {
    let server = start(config());
    let r = get(&server, "/etag/t", &["Range: bytes=0-4", "If-Range: \"t\""]);
    assert_eq!(r.head.code, 206);
    assert_eq!(r.body, b"{\n  \"");
    assert!(
        r.head
            .header("content-range")
            .unwrap()
            .starts_with("bytes 0-4/")
    );
    let r = get(
        &server,
        "/etag/t",
        &["Range: bytes=0-4", "If-Range: \"old\""],
    );
    assert_eq!(r.head.code, 200, "If-Range does not hold: all of it");
    assert!(r.head.header("content-range").is_none());
    assert_eq!(json(&r)["headers"]["If-Range"], "\"old\"");
    let r = get(&server, "/etag/t", &["Range: bytes=99999-"]);
    assert_eq!(r.head.code, 416);
    assert!(
        r.head
            .header("content-range")
            .unwrap()
            .starts_with("bytes */")
    );
}

#[test]
fn conditional_needs_a_precondition() {
    let server = start(config());
    let r = get(&server, "/conditional", &[]);
    assert_eq!(r.head.code, 200);
    let etag = r.head.header("etag").unwrap().to_owned();
    for method in ["PUT", "PATCH", "POST", "DELETE"] {
        let r = send(&server, method, "/conditional", &[], b"new");
        assert_eq!(r.head.code, 428, "{method}");
        assert_eq!(r.head.reason, "Precondition Required");
        assert_eq!(
            r.head.header("cache-control"),
            Some("no-store"),
            "RFC 6585: not stored"
        );
        assert!(
            r.text().contains(&etag),
            "the 428 says which tag to send: {}",
            r.text()
        );
        let r = send(
            &server,
            method,
            "/conditional",
            &[&format!("If-Match: {etag}")],
            b"new",
        );
        assert_eq!(r.head.code, 204, "{method}");
        let r = send(
            &server,
            method,
            "/conditional",
            &["If-Match: \"stale\""],
            b"new",
        );
        assert_eq!(r.head.code, 412, "{method}");
    }
    let r = get(
        &server,
        "/conditional",
        &[&format!("If-None-Match: {etag}")],
    );
    assert_eq!(r.head.code, 304);
}

// ---------------------------------------------------------------- authentication

fn basic(user: &str, pass: &str) -> String {
    data_encoding::BASE64.encode(format!("{user}:{pass}").as_bytes())
}

#[test]
fn basic_auth_challenges_and_accepts() {
    let server = start(config());
    let r = get(&server, "/basic-auth/user/passwd", &[]);
    assert_eq!(r.head.code, 401);
    assert_eq!(
        r.head.header("www-authenticate"),
        Some("Basic realm=\"httpstatus\", charset=\"UTF-8\"")
    );
    let wrong = format!("Authorization: Basic {}", basic("user", "nope"));
    assert_eq!(
        get(&server, "/basic-auth/user/passwd", &[&wrong]).head.code,
        401
    );
    let right = format!("Authorization: Basic {}", basic("user", "passwd"));
    let r = get(&server, "/basic-auth/user/passwd", &[&right]);
    assert_eq!(r.head.code, 200);
    assert_eq!(
        json(&r),
        serde_json::json!({"authenticated": true, "user": "user"})
    );
    // The scheme without regard to case; UTF-8 user names (RFC 7617 §2.1).
    let utf8 = format!("Authorization: basic {}", basic("jäsøn", "pw"));
    assert_eq!(
        get(&server, "/basic-auth/j%C3%A4s%C3%B8n/pw", &[&utf8])
            .head
            .code,
        200
    );
    for bad in [
        "Authorization: Basic !!!",
        "Authorization: Basic bm9jb2xvbg==",
        "Authorization: Bearer x",
    ] {
        let r = get(&server, "/basic-auth/user/passwd", &[bad]);
        assert_eq!(r.head.code, 401, "{bad}");
        assert!(r.head.header("www-authenticate").is_some());
    }
    // Hidden: 404, no challenge.
    let r = get(&server, "/hidden-basic-auth/user/passwd", &[]);
    assert_eq!(r.head.code, 404);
    assert!(r.head.header("www-authenticate").is_none());
    assert_eq!(
        get(&server, "/hidden-basic-auth/user/passwd", &[&right])
            .head
            .code,
        200
    );
    assert_eq!(get(&server, "/basic-auth/user", &[]).head.code, 404);
}

#[test]
fn proxy_auth_answers_407() {
    let server = start(config());
    let r = get(&server, "/proxy-auth/u/p", &[]);
    assert_eq!(r.head.code, 407);
    assert_eq!(r.head.reason, "Proxy Authentication Required");
    assert_eq!(
        r.head.header("proxy-authenticate"),
        Some("Basic realm=\"httpstatus proxy\", charset=\"UTF-8\"")
    );
    assert!(r.head.header("www-authenticate").is_none());
    // Origin credentials do not answer a proxy.
    let origin = format!("Authorization: Basic {}", basic("u", "p"));
    assert_eq!(get(&server, "/proxy-auth/u/p", &[&origin]).head.code, 407);
    // As a proxy gets it: the absolute form.
    let proxy = format!("Proxy-Authorization: Basic {}", basic("u", "p"));
    let r = get(&server, "http://elsewhere.test/proxy-auth/u/p", &[&proxy]);
    assert_eq!(r.head.code, 200, "{}", r.text());
}

#[test]
fn bearer_follows_rfc_6750() {
    let server = start(config());
    let r = get(&server, "/bearer", &[]);
    assert_eq!(r.head.code, 401);
    assert_eq!(
        r.head.header("www-authenticate"),
        Some("Bearer realm=\"httpstatus\"")
    );
    let r = get(
        &server,
        "/bearer",
        &["Authorization: Bearer mF_9.B5f-4.1JqM"],
    );
    assert_eq!(r.head.code, 200);
    assert_eq!(
        json(&r),
        serde_json::json!({"authenticated": true, "token": "mF_9.B5f-4.1JqM"})
    );
    for bad in [
        "Authorization: Bearer a b",
        "Authorization: Bearer a,b",
        "Authorization: Bearer =x",
        "Authorization: bearer {}",
    ] {
        let r = get(&server, "/bearer", &[bad]);
        assert_eq!(r.head.code, 401, "{bad}");
        let c = r.head.header("www-authenticate").unwrap();
        assert!(c.contains("error=\"invalid_token\""), "{bad}: {c}");
    }
    let r = get(&server, "/bearer", &["Authorization: Bearer"]);
    assert_eq!(r.head.code, 400);
    assert!(
        r.head
            .header("www-authenticate")
            .unwrap()
            .contains("invalid_request")
    );
    let r = get(&server, "/bearer", &["Authorization: Basic dTpw"]);
    assert_eq!(r.head.code, 401);
    assert!(
        !r.head
            .header("www-authenticate")
            .unwrap()
            .contains("error=")
    );
}

/// The parameters of a Digest challenge.
fn challenge_params(value: &str) -> std::collections::HashMap<String, String> {
    let rest = value.strip_prefix("Digest ").unwrap();
    let mut out = std::collections::HashMap::new();
    for part in rest.split(", ") {
        let (k, v) = part.split_once('=').unwrap();
        out.insert(k.to_owned(), v.trim_matches('"').to_owned());
    }
    out
}

fn h(alg: &str, data: &str) -> String {
    use sha2::Digest;
    let base = alg.trim_end_matches("-sess");
    let bytes = data.as_bytes();
    let out: Vec<u8> = match base {
        "MD5" => md5::Md5::digest(bytes).to_vec(),
        "SHA-256" => sha2::Sha256::digest(bytes).to_vec(),
        "SHA-512-256" => sha2::Sha512_256::digest(bytes).to_vec(),
        _ => unreachable!(),
    };
    data_encoding::HEXLOWER.encode(&out)
}

/// A Digest `Authorization` value for a challenge, as a client computes it.
#[allow(clippy::too_many_arguments)]
fn digest_answer(
    c: &std::collections::HashMap<String, String>,
    method: &str,
    uri: &str,
    user: &str,
    pass: &str,
    nc: &str,
    body: &[u8],
) -> String {
    let alg = c["algorithm"].as_str();
    let qop = c["qop"].as_str();
    let cnonce = "0a4f113b";
    let mut ha1 = h(alg, &format!("{user}:{}:{pass}", c["realm"]));
    if alg.ends_with("-sess") {
        ha1 = h(alg, &format!("{ha1}:{}:{cnonce}", c["nonce"]));
    }
    let ha2 = if qop == "auth-int" {
        h(
            alg,
            &format!(
                "{method}:{uri}:{}",
                h(alg, std::str::from_utf8(body).unwrap())
            ),
        )
    } else {
        h(alg, &format!("{method}:{uri}"))
    };
    let response = h(
        alg,
        &format!("{ha1}:{}:{nc}:{cnonce}:{qop}:{ha2}", c["nonce"]),
    );
    format!(
        "Digest username=\"{user}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm={alg}, qop={qop}, nc={nc}, cnonce=\"{cnonce}\", response=\"{response}\", opaque=\"{}\"",
        c["realm"], c["nonce"], c["opaque"]
    )
}

#[test]
fn digest_auth_rfc_7616() {
    let server = start(config());
    for (qop, alg) in [
        ("auth", "MD5"),
        ("auth", "SHA-256"),
        ("auth", "SHA-512-256"),
        ("auth", "MD5-sess"),
        ("auth-int", "SHA-256"),
        ("auth-int", "SHA-512-256-sess"),
    ] {
        let path = format!("/digest-auth/{qop}/user/passwd/{alg}?q=1");
        let r = send(&server, "POST", &path, &[], b"payload");
        assert_eq!(r.head.code, 401, "{path}");
        let c = challenge_params(r.head.header("www-authenticate").unwrap());
        assert_eq!(
            (
                c["qop"].as_str(),
                c["algorithm"].as_str(),
                c["realm"].as_str()
            ),
            (qop, alg, "httpstatus")
        );
        assert!(!c.contains_key("stale"));
        let answer = digest_answer(&c, "POST", &path, "user", "passwd", "00000001", b"payload");
        let r = send(
            &server,
            "POST",
            &path,
            &[&format!("Authorization: {answer}")],
            b"payload",
        );
        assert_eq!(r.head.code, 200, "{path}: {}", r.text());
        assert_eq!(
            json(&r),
            serde_json::json!({"authenticated": true, "user": "user"})
        );
        let info = r.head.header("authentication-info").unwrap();
        assert!(
            info.contains("rspauth=\"") && info.contains("nc=00000001"),
            "{info}"
        );
        // The same answer with another password, or for other content under auth-int.
        let wrong = digest_answer(&c, "POST", &path, "user", "nope", "00000002", b"payload");
        let r = send(
            &server,
            "POST",
            &path,
            &[&format!("Authorization: {wrong}")],
            b"payload",
        );
        assert_eq!(r.head.code, 401, "{path}");
        assert!(
            !r.head
                .header("www-authenticate")
                .unwrap()
                .contains("stale=true")
        );
        if qop == "auth-int" {
            let r = send(
                &server,
                "POST",
                &path,
                &[&format!("Authorization: {answer}")],
                b"tampered",
            );
            assert_eq!(r.head.code, 401, "auth-int covers the content");
        }
    }
    // The default algorithm is MD5.
    let r = get(&server, "/digest-auth/auth/u/p", &[]);
    assert!(
        r.head
            .header("www-authenticate")
            .unwrap()
            .contains("algorithm=MD5,")
    );
    // Not the target, missing parameters, a forged nonce.
    let c = challenge_params(
        get(&server, "/digest-auth/auth/u/p", &[])
            .head
            .header("www-authenticate")
            .unwrap(),
    );
    let elsewhere = digest_answer(&c, "GET", "/other", "u", "p", "00000001", b"");
    assert_eq!(
        get(
            &server,
            "/digest-auth/auth/u/p",
            &[&format!("Authorization: {elsewhere}")]
        )
        .head
        .code,
        400
    );
    assert_eq!(
        get(
            &server,
            "/digest-auth/auth/u/p",
            &["Authorization: Digest username=\"u\""]
        )
        .head
        .code,
        400
    );
    let mut forged = c.clone();
    forged.insert("nonce".into(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into());
    let answer = digest_answer(
        &forged,
        "GET",
        "/digest-auth/auth/u/p",
        "u",
        "p",
        "00000001",
        b"",
    );
    let r = get(
        &server,
        "/digest-auth/auth/u/p",
        &[&format!("Authorization: {answer}")],
    );
    assert_eq!(r.head.code, 401);
    assert!(
        !r.head
            .header("www-authenticate")
            .unwrap()
            .contains("stale=true")
    );
    for bad in [
        "/digest-auth/other/u/p",
        "/digest-auth/auth/u/p/SHA-512",
        "/digest-auth/auth/u/p/MD5/x",
    ] {
        assert_eq!(get(&server, bad, &[]).head.code, 400, "{bad}");
    }
}

#[test]
fn digest_nonces_go_stale() {
    let server = start(with(Limits {
        nonce_lifetime: Duration::from_millis(300),
        ..Limits::default()
    }));
    let path = "/digest-auth/auth/u/p/SHA-256";
    let c = challenge_params(
        get(&server, path, &[])
            .head
            .header("www-authenticate")
            .unwrap(),
    );
    let answer = digest_answer(&c, "GET", path, "u", "p", "00000001", b"");
    assert_eq!(
        get(&server, path, &[&format!("Authorization: {answer}")])
            .head
            .code,
        200
    );
    std::thread::sleep(Duration::from_millis(400));
    // A right answer with an old nonce: stale=true and a new nonce.
    let answer = digest_answer(&c, "GET", path, "u", "p", "00000002", b"");
    let r = get(&server, path, &[&format!("Authorization: {answer}")]);
    assert_eq!(r.head.code, 401);
    let fresh = challenge_params(r.head.header("www-authenticate").unwrap());
    assert_eq!(fresh.get("stale").map(String::as_str), Some("true"));
    assert_ne!(fresh["nonce"], c["nonce"]);
    assert!(r.text().contains("--nonce-lifetime-ms"), "{}", r.text());
    // A wrong answer with an old nonce is not told it is stale (RFC 7616 §3.3).
    let wrong = digest_answer(&c, "GET", path, "u", "x", "00000003", b"");
    let r = get(&server, path, &[&format!("Authorization: {wrong}")]);
    assert!(!r.head.header("www-authenticate").unwrap().contains("stale"));

    // stale_after: a nonce serves that many requests (counted by nc).
    let path = "/digest-auth/auth/u/p/MD5/2";
    let server = start(config());
    let c = challenge_params(
        get(&server, path, &[])
            .head
            .header("www-authenticate")
            .unwrap(),
    );
    for (nc, code) in [("00000001", 200), ("00000002", 200), ("00000003", 401)] {
        let answer = digest_answer(&c, "GET", path, "u", "p", nc, b"");
        let r = get(&server, path, &[&format!("Authorization: {answer}")]);
        assert_eq!(r.head.code, code, "nc={nc}");
        if code == 401 {
            assert!(
                r.head
                    .header("www-authenticate")
                    .unwrap()
                    .contains("stale=true")
            );
        }
    }
}

#[test]
fn proxy_digest_auth_answers_407() {
    let server = start(config());
    let path = "/proxy-digest-auth/auth/u/p/SHA-256";
    let r = get(&server, path, &[]);
    assert_eq!(r.head.code, 407);
    let c = challenge_params(r.head.header("proxy-authenticate").unwrap());
    let answer = digest_answer(&c, "GET", path, "u", "p", "00000001", b"");
    let r = get(&server, path, &[&format!("Proxy-Authorization: {answer}")]);
    assert_eq!(r.head.code, 200, "{}", r.text());
    assert!(r.head.header("proxy-authentication-info").is_some());
}

// ---------------------------------------------------------------- bodies

#[test]
fn delay_waits_and_is_bounded() {
    let server = start(with(Limits {
        max_delay: Duration::from_millis(1000),
        ..Limits::default()
    }));
    let t = Instant::now();
    let r = send(
        &server,
        "POST",
        "/delay/0.3?x=1",
        &["Content-Type: application/x-www-form-urlencoded"],
        b"a=1",
    );
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert_eq!(r.head.code, 200);
    let v = json(&r);
    assert_eq!(v["args"]["x"], "1");
    assert_eq!(v["form"]["a"], "1");
    assert!(
        v.get("method").is_none() && v.get("json").is_none(),
        "httpbin's /delay keys"
    );
    assert_eq!(get(&server, "/delay/300ms", &[]).head.code, 200);
    for bad in ["/delay/1.001", "/delay/-1", "/delay/abc", "/delay/inf"] {
        let r = get(&server, bad, &[]);
        assert_eq!(r.head.code, 400, "{bad}");
    }
    assert!(
        get(&server, "/delay/2", &[])
            .text()
            .contains("--max-delay-ms")
    );
}

#[test]
fn drip_spreads_its_bytes_over_the_duration() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(b"GET /drip?numbytes=5&duration=0.5&code=201 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap();
    let t = Instant::now();
    let mut arrivals = Vec::new();
    let mut all = Vec::new();
    let mut buf = [0u8; 64];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                all.extend_from_slice(&buf[..n]);
                arrivals.push((t.elapsed(), n));
            }
        }
    }
    let r = parse(&all, false).unwrap();
    assert_eq!(r.head.code, 201);
    assert_eq!(r.head.header("content-length"), Some("5"));
    assert_eq!(
        r.head.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(r.body, b"*****");
    assert!(
        t.elapsed() >= Duration::from_millis(500),
        "the last byte is due at 0.5 s"
    );
    assert!(
        arrivals.len() >= 3,
        "the bytes came in several reads: {arrivals:?}"
    );
}

#[test]
fn drip_checks_its_settings() {
    let server = start(with(Limits {
        max_delay: Duration::from_millis(1000),
        max_generated_bytes: 100,
        ..Limits::default()
    }));
    for (bad, says) in [
        ("/drip?duration=0.8&delay=0.3", "--max-delay-ms"),
        ("/drip?numbytes=101", "--max-generated-bytes"),
        ("/drip?numbytes=0&duration=0", "at least 1"),
        ("/drip?code=204&duration=0", "no content"),
        ("/drip?code=600&duration=0", "RFC 9110"),
    ] {
        let r = get(&server, bad, &[]);
        assert_eq!(r.head.code, 400, "{bad}");
        assert!(r.text().contains(says), "{bad}: {}", r.text());
    }
    let r = get(&server, "/drip?numbytes=3&duration=0", &[]);
    assert_eq!((r.head.code, r.body.as_slice()), (200, &b"***"[..]));
    let r = send(&server, "HEAD", "/drip?numbytes=3&duration=0", &[], b"");
    assert_eq!(r.head.header("content-length"), Some("3"));
}

#[test]
fn range_serves_parts_with_validators() {
    let server = start(config());
    let r = get(&server, "/range/30", &[]);
    assert_eq!(r.head.code, 200);
    assert_eq!(r.body, b"abcdefghijklmnopqrstuvwxyzabcd");
    assert_eq!(r.head.header("etag"), Some("\"range30\""));
    assert_eq!(r.head.header("accept-ranges"), Some("bytes"));
    let r = get(&server, "/range/30", &["Range: bytes=26-"]);
    assert_eq!(
        (r.head.code, r.head.header("content-range")),
        (206, Some("bytes 26-29/30"))
    );
    assert_eq!(r.body, b"abcd");
    let r = get(&server, "/range/30", &["Range: bytes=-2"]);
    assert_eq!(r.body, b"cd");
    let r = get(&server, "/range/30", &["Range: bytes=0-0,5-6"]);
    assert_eq!(r.head.code, 206);
    assert!(
        r.head
            .header("content-type")
            .unwrap()
            .starts_with("multipart/byteranges; boundary=")
    );
    assert!(r.head.header("content-range").is_none());
    let text = r.text();
    assert!(
        text.contains("Content-Range: bytes 0-0/30\r\n\r\na")
            && text.contains("Content-Range: bytes 5-6/30\r\n\r\nfg"),
        "{text}"
    );
    let r = get(&server, "/range/30", &["Range: bytes=30-"]);
    assert_eq!(
        (r.head.code, r.head.header("content-range")),
        (416, Some("bytes */30"))
    );
    // If-Range: the tag (or the date) decides; otherwise the whole.
    assert_eq!(
        get(
            &server,
            "/range/30",
            &["Range: bytes=0-1", "If-Range: \"range30\""]
        )
        .head
        .code,
        206
    );
    assert_eq!(
        get(
            &server,
            "/range/30",
            &["Range: bytes=0-1", "If-Range: \"range31\""]
        )
        .head
        .code,
        200
    );
    assert_eq!(
        get(
            &server,
            "/range/30",
            &[
                "Range: bytes=0-1",
                "If-Range: Thu, 01 Jan 2026 00:00:00 GMT"
            ]
        )
        .head
        .code,
        206
    );
    let r = get(&server, "/range/30", &["If-None-Match: \"range30\""]);
    assert_eq!(r.head.code, 304);
    // Duration spreads the bytes; the limit is --max-generated-bytes.
    let t = Instant::now();
    assert_eq!(get(&server, "/range/4?duration=0.2", &[]).body, b"abcd");
    assert!(t.elapsed() >= Duration::from_millis(200));
    assert_eq!(get(&server, "/range/0", &[]).head.code, 400);
    assert!(
        get(&server, "/range/1048577", &[])
            .text()
            .contains("--max-generated-bytes")
    );
}

#[test]
fn bytes_and_streams_are_bounded() {
    let server = start(with(Limits {
        max_generated_bytes: 1000,
        max_stream_lines: 5,
        ..Limits::default()
    }));
    let a = get(&server, "/bytes/100?seed=7", &[]);
    assert_eq!(a.head.code, 200);
    assert_eq!(a.body.len(), 100);
    assert_eq!(
        a.head.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(
        get(&server, "/bytes/100?seed=7", &[]).body,
        a.body,
        "same seed, same bytes"
    );
    assert_ne!(get(&server, "/bytes/100?seed=8", &[]).body, a.body);
    assert_eq!(get(&server, "/bytes/0", &[]).body.len(), 0);
    let r = get(&server, "/bytes/1001", &[]);
    assert_eq!(r.head.code, 400);
    assert!(r.text().contains("--max-generated-bytes"));

    let r = get(&server, "/stream/3?q=1", &[]);
    assert_eq!(r.head.header("transfer-encoding"), Some("chunked"));
    let lines: Vec<Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], i);
        assert_eq!(line["args"]["q"], "1");
    }
    assert!(
        get(&server, "/stream/6", &[])
            .text()
            .contains("--max-stream-lines")
    );

    let r = get(&server, "/stream-bytes/25?chunk_size=10&seed=1", &[]);
    assert_eq!(r.head.header("transfer-encoding"), Some("chunked"));
    assert_eq!(r.body.len(), 25);
    assert_eq!(
        get(&server, "/stream-bytes/25?chunk_size=7&seed=1", &[]).body,
        r.body
    );
    assert_eq!(
        get(&server, "/stream-bytes/2?chunk_size=0", &[]).head.code,
        400
    );
}

// ---------------------------------------------------------------- caller-chosen fields

#[test]
fn response_headers_sets_rather_than_appends() {
    let server = start(with(Limits {
        allow_redirect_hosts: vec!["example.com".into()],
        ..Limits::default()
    }));
    let r = get(
        &server,
        "/response-headers?Content-Type=text/plain&X-Twice=1&X-Twice=2&Cache-Control=no-cache",
        &[],
    );
    assert_eq!(r.head.code, 200);
    assert_eq!(
        r.head.all("content-type"),
        ["text/plain"],
        "set, not appended"
    );
    assert_eq!(r.head.all("x-twice"), ["1", "2"]);
    assert_eq!(r.head.all("cache-control"), ["no-cache"]);
    assert_sandboxed(&r, "/response-headers");
    let v = json(&r);
    assert_eq!(v["Content-Type"], "text/plain");
    assert_eq!(v["X-Twice"], serde_json::json!(["1", "2"]));
    assert_eq!(v["Content-Length"], r.body.len().to_string());
    // The caller's own policy stays beside ours; nosniff comes first.
    let r = get(
        &server,
        "/response-headers?Content-Security-Policy=img-src%20*&X-Content-Type-Options=none",
        &[],
    );
    assert_eq!(
        r.head.all("content-security-policy"),
        ["img-src *", "sandbox"]
    );
    assert_eq!(r.head.all("x-content-type-options"), ["nosniff", "none"]);
    assert_eq!(
        get(
            &server,
            "/response-headers?Location=https://example.com/",
            &[]
        )
        .head
        .code,
        200
    );
    for bad in [
        "/response-headers?Content-Length=1",
        "/response-headers?Transfer-Encoding=chunked",
        "/response-headers?X-A=a%0D%0ASet-Cookie:%20x=1",
        "/response-headers?Location=https://evil.com/",
        "/response-headers?Refresh=0;url=https://evil.com/",
        "/response-headers?Bad%20Name=1",
    ] {
        let r = get(&server, bad, &[]);
        assert_eq!(r.head.code, 400, "{bad}");
        assert!(r.head.header("set-cookie").is_none());
    }
    assert_eq!(
        send(&server, "POST", "/response-headers?X-A=1", &[], b"")
            .head
            .header("x-a"),
        Some("1")
    );
}

#[test]
fn caller_chosen_fields_on_status_routes_are_sandboxed() {
    let server = start(config());
    let r = get(
        &server,
        "/200",
        &["X-HttpStatus-Response-Content-Type: text/html"],
    );
    assert_eq!(r.head.header("content-type"), Some("text/html"));
    assert_sandboxed(&r, "/200 with a chosen Content-Type");
    // A plain status answer (the ready answers) is not touched.
    let r = get(&server, "/200", &[]);
    assert!(r.head.header("content-security-policy").is_none());
    let r = get(
        &server,
        "/200",
        &["X-HttpStatus-Response-Refresh: 0; url=https://evil.com"],
    );
    assert_eq!(r.head.code, 400);
}

#[test]
fn http2_echo_reports_the_authority_as_host() {
    let server = start(config());
    let addr = server.addr;
    support::block_on(async move {
        let mut send = support::h2c(addr).await;
        let req = http::Request::get(format!("http://{addr}/headers"))
            .body(http_body_util::Empty::<bytes::Bytes>::new())
            .unwrap();
        let resp = send.send_request(req).await.unwrap();
        assert_eq!(resp.status(), 200);
        let body = http_body_util::BodyExt::collect(resp.into_body())
            .await
            .unwrap()
            .to_bytes();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["headers"]["Host"], addr.to_string());
    });
}

#[test]
fn both_readmes_name_every_route() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for readme in ["README.md", "README-ko.md"] {
        let text = std::fs::read_to_string(root.join(readme)).unwrap();
        for (name, _, _) in httpstatus_server::httpbin::ROUTES {
            assert!(
                text.contains(&format!("`/{name}`"))
                    || text.contains(&format!("`/{name}/"))
                    || text.contains(&format!("`/{name}?")),
                "{readme} does not name /{name}"
            );
        }
    }
}
