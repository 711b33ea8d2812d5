//! The server on a real socket: the bytes on the wire for every registered code, real 1xx
//! interim responses over raw TCP, controls, faults, limits and bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::time::{Duration, Instant};

use httpstatus::{Requirement, StatusCode};
use support::{Config, Limits, config, parse, read_to_close, read_until, start};

/// Header fields whose MUST comes with a condition the plain `GET /{code}` does not meet.
fn must_header_applies(code: u16, field: &str) -> bool {
    !matches!(
        (code, field),
        // 101 switches only when the client asks; without Upgrade we answer 426.
        (101, _)
        // Interim-response fields travel on the interim 104, checked elsewhere.
        | (104, _)
        // 226 answers a delta-encoded GET (A-IM), which we do not implement.
        | (226, _)
        // 449 (Microsoft) needs a client that sent Ms-Echo-Request.
        | (449, _)
    )
}

#[test]
fn every_registered_code_on_the_wire() {
    let server = start(config());
    let ok200 = server.get("/200");
    let if_200 = StatusCode::NOT_MODIFIED
        .info()
        .and_then(|i| i.header("ETag"))
        .and_then(|h| h.condition);
    assert!(
        if_200.is_some(),
        "304's fields hold if a 200 would carry them"
    );
    for info in httpstatus::entries().iter().filter(|i| !i.is_unofficial()) {
        let code = info.code.as_u16();
        let resp = server.get(&format!("/{code}"));
        let head = &resp.head;
        assert!(resp.trailing.is_empty(), "{code}: bytes after the content");
        assert_eq!(head.version, "HTTP/1.1", "{code}");
        match code {
            101 => {
                assert_eq!(head.code, 426, "101 without an upgrade request is refused");
                assert_eq!(head.header("upgrade"), Some("websocket"));
                continue;
            }
            100..=199 => {
                assert_eq!(
                    head.code, 200,
                    "{code}: 1xx is interim, the final answer is 200"
                );
                assert_eq!(
                    resp.interim.first().map(|h| h.code),
                    Some(code),
                    "{code}: interim response"
                );
                for interim in &resp.interim {
                    assert!(
                        interim.header("content-length").is_none(),
                        "{code}: Content-Length in a 1xx"
                    );
                }
                continue;
            }
            _ => {}
        }
        assert_eq!(head.code, code);
        // A reserved code's "(Unused)" is a label: the status line carries its best-known
        // name (the core's one rule, `Info::wire_reason`).
        assert_eq!(
            head.reason,
            info.wire_reason().unwrap_or_default(),
            "{code}"
        );
        assert!(!head.reason.starts_with('('), "{code}");
        if code == 204 || code == 304 {
            assert!(
                head.header("content-length").is_none(),
                "{code}: Content-Length"
            );
            assert!(
                head.header("transfer-encoding").is_none(),
                "{code}: Transfer-Encoding"
            );
            assert!(
                resp.body.is_empty() && resp.trailing.is_empty(),
                "{code}: content"
            );
        } else if code == 205 {
            assert_eq!(
                head.header("content-length"),
                Some("0"),
                "205 is framed as empty"
            );
            assert!(resp.body.is_empty());
        } else {
            let len: usize = head
                .header("content-length")
                .expect("Content-Length")
                .parse()
                .unwrap();
            assert_eq!(len, resp.body.len(), "{code}");
            assert!(len > 0, "{code}: an explanatory representation");
        }
        for rule in info
            .headers
            .iter()
            .filter(|h| h.requirement == Requirement::Must)
        {
            if let Some(condition) = rule.condition {
                // "If a 200 to the same request would carry it" (206, 304): whatever our
                // 200 for the representation carries, this answer carries too.
                if Some(condition) == if_200 && ok200.head.header(rule.name).is_some() {
                    assert!(
                        head.header(rule.name).is_some(),
                        "{code}: {} (a 200 carries it)",
                        rule.name
                    );
                }
                // Other conditions ("when a single part is sent") are checked below and by
                // the requests that meet them.
                continue;
            }
            if must_header_applies(code, rule.name) {
                assert!(
                    head.header(rule.name).is_some(),
                    "{code}: MUST header {} missing",
                    rule.name
                );
            }
        }
        for rule in info.headers.iter().filter(|h| h.name == "Location") {
            let _ = rule;
            if matches!(code, 301 | 302 | 303 | 307 | 308) {
                assert_eq!(head.header("location"), Some("/echo"), "{code}");
            }
        }
    }
}

#[test]
fn special_header_fields() {
    let server = start(Config {
        limits: Limits {
            retry_after: 7,
            ..Limits::default()
        },
        ..config()
    });
    let r = server.get("/401");
    assert!(
        r.head
            .header("www-authenticate")
            .unwrap()
            .starts_with("Basic realm=")
    );
    assert!(
        server
            .get("/407")
            .head
            .header("proxy-authenticate")
            .unwrap()
            .starts_with("Basic realm=")
    );
    assert_eq!(server.get("/405").head.header("allow"), Some("OPTIONS"));
    assert_eq!(
        server.get("/416").head.header("content-range"),
        Some("bytes */1000")
    );
    assert_eq!(server.get("/426").head.header("upgrade"), Some("websocket"));
    assert_eq!(server.get("/429").head.header("retry-after"), Some("7"));
    assert_eq!(server.get("/503").head.header("retry-after"), Some("7"));
    assert_eq!(
        server.get("/503?retry_after=30").head.header("retry-after"),
        Some("30")
    );
    assert!(
        server
            .get("/451")
            .head
            .header("link")
            .unwrap()
            .contains("rel=\"blocked-by\"")
    );
    let nwa = server.get("/511");
    assert!(nwa.text().contains("href="), "511 links to a login page");
    assert!(nwa.head.header("www-authenticate").is_none());
    for code in [428, 429, 431, 511] {
        assert_eq!(
            server.get(&format!("/{code}")).head.header("cache-control"),
            Some("no-store"),
            "{code}"
        );
    }
    let multiple = server.get("/300");
    assert!(multiple.text().contains("/echo?choice=2"));
    assert_eq!(multiple.head.all("link").len(), 3);
    let not_modified = server.get("/304");
    assert!(not_modified.head.header("etag").is_some());
    assert_eq!(
        not_modified.head.header("cache-control"),
        Some("max-age=60")
    );
    assert_eq!(not_modified.head.header("vary"), Some("*"));
}

#[test]
fn head_has_the_get_fields_and_no_content() {
    let server = start(config());
    for code in [200, 404, 418, 503, 301, 206] {
        let get = server.get(&format!("/{code}"));
        let head = server.request("HEAD", &format!("/{code}"), &[]);
        assert_eq!(head.head.code, get.head.code);
        assert!(
            head.body.is_empty() && head.trailing.is_empty(),
            "{code}: content in a HEAD response"
        );
        assert_eq!(
            head.head.header("content-length"),
            get.head.header("content-length"),
            "{code}"
        );
        assert_eq!(
            head.head.header("content-type"),
            get.head.header("content-type"),
            "{code}"
        );
    }
}

#[test]
fn expect_100_continue_over_raw_tcp() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(b"POST /100 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").unwrap();
    let first = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(5));
    assert!(
        first.starts_with(b"HTTP/1.1 100 Continue\r\n"),
        "{}",
        String::from_utf8_lossy(&first)
    );
    s.write_all(b"hello").unwrap();
    let rest = read_to_close(&mut s);
    assert!(
        rest.starts_with(b"HTTP/1.1 200 OK\r\n"),
        "{}",
        String::from_utf8_lossy(&rest)
    );

    // An error status answers the expectation instead of a 100 (RFC 9110 §10.1.1).
    let mut s = server.connect();
    s.write_all(
        b"POST /417 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let reply = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(5));
    assert!(
        reply.starts_with(b"HTTP/1.1 417 Expectation Failed\r\n"),
        "{}",
        String::from_utf8_lossy(&reply)
    );

    // Without Expect, /100 still sends an unasked 100, which clients must accept.
    let raw = server
        .raw(b"POST /100 HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
    let r = parse(&raw, false).unwrap();
    assert_eq!(r.interim.iter().map(|h| h.code).collect::<Vec<_>>(), [100]);
    assert_eq!(r.head.code, 200);
}

#[test]
fn early_hints_and_processing_over_raw_tcp() {
    let server = start(config());
    let raw = server.raw(b"GET /103 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.starts_with("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload"),
        "{text}"
    );
    let r = parse(&raw, false).unwrap();
    assert_eq!(r.head.code, 200);
    assert!(
        r.head.header("link").is_some(),
        "the final response repeats the hints"
    );

    // The 103 arrives before the final response, while the server is still working.
    let mut s = server.connect();
    let t = Instant::now();
    s.write_all(b"GET /103?sleep=600 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    let early = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(5));
    assert!(early.starts_with(b"HTTP/1.1 103 "));
    assert!(
        t.elapsed() < Duration::from_millis(500),
        "103 came only after the delay"
    );
    let rest = read_to_close(&mut s);
    assert!(rest.windows(15).any(|w| w == b"HTTP/1.1 200 OK"));

    let raw = server.raw(b"GET /102?sleep=2300 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    let r = parse(&raw, false).unwrap();
    let codes: Vec<u16> = r.interim.iter().map(|h| h.code).collect();
    assert_eq!(
        codes,
        [102, 102, 102],
        "one 102 at once and one per second of the delay"
    );
    assert_eq!(r.head.code, 200);
}

#[test]
fn no_interim_responses_to_http_1_0() {
    let server = start(config());
    for code in [100, 102, 103] {
        let raw = server.raw(format!("GET /{code} HTTP/1.0\r\nHost: t\r\n\r\n").as_bytes());
        let r = parse(&raw, false).unwrap();
        assert!(
            r.interim.is_empty(),
            "{code}: a 1xx sent to HTTP/1.0 (RFC 9110 §15.2)"
        );
        assert_eq!(r.head.code, 200);
        assert!(r.head.header("x-httpstatus-note").is_some());
    }
}

#[test]
fn websocket_upgrade_and_echo() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(
        b"GET /101 HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
          Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    )
    .unwrap();
    let head = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(5));
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    assert!(
        text.starts_with("http/1.1 101 switching protocols\r\n"),
        "{text}"
    );
    // The RFC 6455 example key and its accept value.
    assert!(
        text.contains("sec-websocket-accept: s3pplmbitxaq9kygzzhzrbk+xoo="),
        "{text}"
    );
    assert!(!text.contains("content-length"));
    // A masked text frame "hi".
    let mask = [1u8, 2, 3, 4];
    let payload: Vec<u8> = b"hi"
        .iter()
        .enumerate()
        .map(|(i, b)| b ^ mask[i % 4])
        .collect();
    let mut frame = vec![0x81, 0x80 | 2];
    frame.extend_from_slice(&mask);
    frame.extend_from_slice(&payload);
    s.write_all(&frame).unwrap();
    let echo = read_until(&mut s, b"hi", Duration::from_secs(5));
    assert_eq!(
        &echo[..4],
        &[0x81, 2, b'h', b'i'],
        "unmasked echo from the server"
    );
}

#[test]
fn redirects_show_what_the_client_did() {
    let server = start(config());
    for code in [301, 302, 303, 307, 308] {
        let raw = server.raw(format!("POST /{code} HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=1").as_bytes());
        let r = parse(&raw, false).unwrap();
        assert_eq!(r.head.code, code);
        assert_eq!(r.head.header("location"), Some("/echo"));
    }
    let echo = server.raw(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=1",
    );
    let r = parse(&echo, false).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["method"], "POST");
    assert_eq!(v["content"], "a=1");
}

#[test]
fn caller_chosen_location_is_local_unless_allowed() {
    let server = start(Config {
        limits: Limits {
            allow_redirect_hosts: vec!["example.com".into()],
            ..Limits::default()
        },
        ..config()
    });
    assert_eq!(
        server
            .get("/302?location=/echo%3Fx%3D1")
            .head
            .header("location"),
        Some("/echo?x=1")
    );
    assert_eq!(
        server
            .get("/302?location=https://example.com/a")
            .head
            .header("location"),
        Some("https://example.com/a")
    );
    for bad in [
        "//evil.com",
        "/%2F%2Fevil.com",
        "https://evil.com/",
        "/%5Cevil.com",
        "javascript:alert(1)",
    ] {
        let enc: String = bad.bytes().map(|b| format!("%{b:02X}")).collect();
        let r = server.get(&format!("/302?location={enc}"));
        assert_eq!(r.head.code, 400, "{bad}");
        assert!(r.text().contains("refused"), "{bad}: {}", r.text());
    }
    let r = server.request(
        "GET",
        "/302",
        &["X-HttpStatus-Response-Location: //evil.com"],
    );
    assert_eq!(r.head.code, 400);
}

#[test]
fn caller_chosen_headers_cannot_split_the_response() {
    let server = start(config());
    let r = server.request(
        "GET",
        "/200",
        &[
            "X-HttpStatus-Response-X-Test: hello",
            "X-HttpStatus-Response-Cache-Control: no-cache",
        ],
    );
    assert_eq!(r.head.header("x-test"), Some("hello"));
    assert!(r.head.all("cache-control").contains(&"no-cache"));
    let r = server.request("GET", "/200", &["X-HttpStatus-Response-Content-Length: 1"]);
    assert_eq!(r.head.code, 400);
    // An obs-fold or bare CR in a field value is refused by the parser before we see it.
    let raw = server.raw(b"GET /200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Response-X-A: a\rSet-Cookie: b\r\nConnection: close\r\n\r\n");
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 400"), "{text}");
    assert!(!text.to_ascii_lowercase().contains("set-cookie"));
}

#[test]
fn content_negotiation_and_language() {
    let server = start(config());
    let text = server.get("/404");
    assert_eq!(
        text.head.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    // Text: the status line; its meaning too when the client asks for a language.
    assert_eq!(text.text(), "404 Not Found\n");
    let en = server.request("GET", "/404", &["Accept-Language: en-GB,en;q=0.8"]);
    assert!(
        en.text().starts_with("404 Not Found\nNot Found: "),
        "{}",
        en.text()
    );
    let unsupported = server.request("GET", "/404", &["Accept-Language: fr"]);
    assert_eq!(unsupported.text(), "404 Not Found\n");
    assert_eq!(text.head.header("vary"), Some("*"));
    let json = server.request("GET", "/404", &["Accept: application/json"]);
    assert_eq!(json.head.header("content-type"), Some("application/json"));
    let v: serde_json::Value = serde_json::from_slice(&json.body).unwrap();
    assert_eq!(v["code"], 404);
    assert_eq!(v["reason"], "Not Found");
    assert_eq!(v["title"]["ko"], "찾을 수 없음");
    let html = server.request(
        "GET",
        "/404",
        &["Accept: text/html", "Accept-Language: ko-KR,ko;q=0.9"],
    );
    assert!(html.text().contains("<html lang=\"ko\">") && html.text().contains("찾을 수 없음"));
    let ko = server.get("/404?lang=ko");
    assert!(
        ko.text().starts_with("404 Not Found\n찾을 수 없음: "),
        "{}",
        ko.text()
    );
    let html = server.request("GET", "/404", &["Accept: text/html"]);
    assert!(html.text().contains("<html lang=\"en\">"));
    let suppressed = server.get("/404?suppress_body");
    assert_eq!(suppressed.head.header("content-length"), Some("0"));
    let unassigned = server.request("GET", "/471", &["Accept: application/json"]);
    assert_eq!(unassigned.head.code, 471);
    assert_eq!(
        unassigned.head.reason, "",
        "no phrase for an unassigned code, not hyper's <none>"
    );
    let v: serde_json::Value = serde_json::from_slice(&unassigned.body).unwrap();
    assert_eq!(v["handled_as"], 400);
}

#[test]
fn ranges() {
    let server = start(config());
    let r = server.request("GET", "/206", &["Range: bytes=0-9"]);
    assert_eq!(r.head.code, 206);
    assert_eq!(r.head.header("content-range"), Some("bytes 0-9/1000"));
    assert_eq!(r.body, b"abcdefghij");
    // The fields a 200 for the representation carries come with the 206 (RFC 9110
    // §15.3.7), single part or several. That 200 is the whole representation, which an
    // If-Range that does not match asks for (§13.1.5).
    let ok = server.request("GET", "/206", &["Range: bytes=0-9", "If-Range: \"other\""]);
    assert_eq!(ok.head.code, 200);
    for field in ["etag", "last-modified", "cache-control", "vary"] {
        assert_eq!(r.head.header(field), ok.head.header(field), "{field}");
    }
    let r = server.request("GET", "/206", &["Range: bytes=-4"]);
    assert_eq!(r.head.header("content-range"), Some("bytes 996-999/1000"));
    let r = server.request("GET", "/206", &["Range: bytes=0-1,10-11"]);
    assert!(
        r.head
            .header("content-type")
            .unwrap()
            .starts_with("multipart/byteranges; boundary=")
    );
    assert!(
        r.head.header("content-range").is_none(),
        "no Content-Range in the header section of a multipart 206"
    );
    assert!(r.text().contains("Content-Range: bytes 10-11/1000"));
    assert_eq!(
        r.head.header("cache-control"),
        ok.head.header("cache-control")
    );
    let r = server.request("GET", "/206", &["Range: bytes=5000-"]);
    assert_eq!(r.head.code, 416);
    assert_eq!(r.head.header("content-range"), Some("bytes */1000"));
}

#[test]
fn weighted_lists_ranges_and_seeds() {
    let server = start(config());
    let a: Vec<u16> = (0..5)
        .map(|_| server.get("/status/200:1,500:1,502-504?seed=42").head.code)
        .collect();
    let b: Vec<u16> = (0..5)
        .map(|_| server.get("/status/200:1,500:1,502-504?seed=42").head.code)
        .collect();
    assert_eq!(a, b, "the same seed gives the same code");
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..60 {
        let code = server
            .get(&format!("/status/200:0,500:1,502-504:1?seed={seed}"))
            .head
            .code;
        assert!(code == 500 || (502..=504).contains(&code), "{code}");
        seen.insert(code);
    }
    assert!(seen.len() >= 3, "{seen:?}");
}

#[test]
fn bad_input_gets_a_clear_4xx_and_the_server_keeps_serving() {
    let server = start(Config {
        limits: Limits {
            max_delay: Duration::from_millis(1000),
            max_list: 5,
            max_body: 100,
            max_header_bytes: 8192,
            body_timeout: Duration::from_millis(500),
            ..Limits::default()
        },
        header_timeout: Duration::from_millis(500),
        ..config()
    });
    let cases: [(&str, u16, &str); 12] = [
        ("/abc", 404, "no route"),
        ("/status/abc", 400, "not a status code"),
        ("/99", 400, "100 to 599"),
        ("/600", 400, "100 to 599"),
        ("/1000", 400, "100 to 599"),
        ("/status/200:0,500:0", 400, "zero"),
        ("/status/200:-1", 400, "weight"),
        ("/status/200:inf", 400, "weight"),
        ("/status/200,201,202,203,204,205", 400, "too long"),
        ("/200?sleep=5000", 400, "longer than"),
        ("/200?fault=boom", 400, "unknown fault"),
        ("/200?lang=fr", 400, "not supported"),
    ];
    for (path, code, says) in cases {
        let r = server.get(path);
        assert_eq!(r.head.code, code, "{path}");
        assert!(r.text().contains(says), "{path}: {:?}", r.text());
    }
    let json = server.request("GET", "/600", &["Accept: application/json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.body).unwrap();
    assert_eq!(v["error"]["status"], 400);

    // Oversized header section: 431 that says so.
    let big = format!("X-Big: {}", "a".repeat(9000));
    let r = server.request("GET", "/200", &[&big]);
    assert_eq!(r.head.code, 431);
    assert!(r.text().contains("--max-header-bytes"));
    // Far too large: hyper refuses it before our handler, still with 431.
    let huge = format!("X-Big: {}", "a".repeat(100_000));
    assert_eq!(server.request("GET", "/200", &[&huge]).head.code, 431);

    // Content over --max-body: 413, declared or streamed.
    let r = server
        .raw(b"POST /200 HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n");
    let r = parse(&r, false).unwrap();
    assert_eq!(r.head.code, 413);
    assert!(r.text().contains("--max-body"));
    let mut chunked =
        b"POST /200 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            .to_vec();
    for _ in 0..5 {
        chunked.extend_from_slice(b"32\r\n");
        chunked.extend_from_slice(&[b'x'; 50]);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(parse(&server.raw(&chunked), false).unwrap().head.code, 413);

    // Content that never comes: 408 once --body-timeout-ms has passed.
    let mut s = server.connect();
    s.write_all(b"POST /200 HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
        .unwrap();
    let reply = String::from_utf8_lossy(&read_to_close(&mut s)).into_owned();
    assert!(
        reply.starts_with("HTTP/1.1 408 Request Timeout\r\n"),
        "{reply}"
    );
    assert!(reply.contains("--body-timeout-ms"));

    // Slow header section (slowloris): 408 that says so, then close.
    let mut s = server.connect();
    s.write_all(b"GET /200 HTTP/1.1\r\nHost: t\r\n").unwrap();
    let t = Instant::now();
    let reply = read_to_close(&mut s);
    assert!(t.elapsed() < Duration::from_secs(3));
    let text = String::from_utf8_lossy(&reply);
    assert!(
        text.starts_with("HTTP/1.1 408 Request Timeout\r\n"),
        "{text}"
    );
    assert!(text.contains("--header-timeout-ms"));

    // HTTP/1.1 without Host is a 400 (RFC 9112 §3.2); HTTP/1.0 needs none.
    let r = parse(
        &server.raw(b"GET /200 HTTP/1.1\r\nConnection: close\r\n\r\n"),
        false,
    )
    .unwrap();
    assert_eq!(r.head.code, 400);
    assert!(r.text().contains("Host"));
    let r = parse(
        &server.raw(b"GET /200 HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"),
        false,
    )
    .unwrap();
    assert_eq!(r.head.code, 400);
    assert_eq!(
        parse(&server.raw(b"GET /200 HTTP/1.0\r\n\r\n"), false)
            .unwrap()
            .head
            .code,
        200
    );

    // Garbage is a 400 from the parser; a request line with a bad version too.
    assert!(server.raw(b"NOT HTTP\r\n\r\n").starts_with(b"HTTP/1.1 400"));

    // And the server still answers.
    assert_eq!(server.get("/200").head.code, 200);
}

#[test]
fn faults() {
    let server = start(config());
    let t = Instant::now();
    assert!(
        server
            .raw(b"GET /200?fault=close-before-headers HTTP/1.1\r\nHost: t\r\n\r\n")
            .is_empty()
    );
    assert!(t.elapsed() < Duration::from_secs(5));

    let raw = server.raw(b"GET /200?fault=close-after-headers HTTP/1.1\r\nHost: t\r\n\r\n");
    let r = parse(&raw, false).unwrap();
    assert_eq!(r.head.code, 200);
    assert!(r.body.is_empty(), "nothing after the headers");
    assert!(
        r.head.header("content-length").is_some_and(|l| l != "0"),
        "a length was promised"
    );

    let raw = server.raw(b"GET /404?fault=close-mid-body HTTP/1.1\r\nHost: t\r\n\r\n");
    let r = parse(&raw, false).unwrap();
    let promised: usize = r.head.header("content-length").unwrap().parse().unwrap();
    assert!(
        !r.body.is_empty() && r.body.len() < promised,
        "{} of {promised}",
        r.body.len()
    );

    let t = Instant::now();
    let raw = server.raw(b"GET /204?x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    assert!(parse(&raw, false).unwrap().body.is_empty());
    let raw =
        server.raw(b"GET /200?fault=slow-body HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    let r = parse(&raw, false).unwrap();
    assert_eq!(
        r.body.len(),
        r.head
            .header("content-length")
            .unwrap()
            .parse::<usize>()
            .unwrap()
    );
    assert!(
        t.elapsed() >= Duration::from_millis(100 * (r.body.len() as u64 - 1)),
        "dribbled"
    );

    // Header twins of the query controls.
    let r = server.request("GET", "/200", &["X-HttpStatus-Sleep: 300"]);
    assert_eq!(r.head.code, 200);
    let t = Instant::now();
    assert!(
        server
            .raw(
                b"GET /200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Fault: close-before-headers\r\n\r\n"
            )
            .is_empty()
    );
    assert!(t.elapsed() < Duration::from_secs(5));
}

#[test]
fn delays_are_honoured() {
    let server = start(config());
    let t = Instant::now();
    assert_eq!(server.get("/200?sleep=400").head.code, 200);
    assert!(t.elapsed() >= Duration::from_millis(400));
}

#[test]
fn cors() {
    let server = start(config());
    let r = server.request(
        "OPTIONS",
        "/418",
        &[
            "Origin: https://app.test",
            "Access-Control-Request-Method: PUT",
            "Access-Control-Request-Headers: x-token",
        ],
    );
    assert_eq!(r.head.code, 204);
    assert_eq!(r.head.header("access-control-allow-origin"), Some("*"));
    assert!(
        r.head
            .header("access-control-allow-methods")
            .unwrap()
            .contains("PUT")
    );
    assert_eq!(
        r.head.header("access-control-allow-headers"),
        Some("x-token")
    );
    // Every field a response carries beyond the CORS-safelisted ones is exposed by name,
    // caller-chosen ones included; a response with none has no expose list.
    let exposed = |path: &str, extra: &[&str]| -> Vec<String> {
        let mut headers = vec!["Origin: https://app.test"];
        headers.extend_from_slice(extra);
        let r = server.request("GET", path, &headers);
        assert_eq!(r.head.header("access-control-allow-origin"), Some("*"));
        r.head
            .header("access-control-expose-headers")
            .map(|v| {
                v.split(',')
                    .map(|f| f.trim().to_ascii_lowercase())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(exposed("/301", &[]), ["location"]);
    assert_eq!(exposed("/401", &[]), ["www-authenticate"]);
    assert_eq!(exposed("/407", &[]), ["proxy-authenticate"]);
    assert_eq!(exposed("/405", &[]), ["allow"]);
    assert_eq!(exposed("/416", &[]), ["content-range"]);
    assert_eq!(exposed("/426", &[]), ["upgrade"]);
    assert_eq!(exposed("/429", &[]), ["retry-after"]);
    assert_eq!(exposed("/451", &[]), ["link"]);
    assert_eq!(exposed("/200", &[]), ["etag"]);
    let partial = exposed("/206", &[]);
    for f in [
        "x-httpstatus-note",
        "etag",
        "accept-ranges",
        "content-range",
    ] {
        assert!(partial.iter().any(|e| e == f), "{f} in {partial:?}");
    }
    assert_eq!(
        exposed("/418", &["X-HttpStatus-Response-X-Trace: abc"]),
        ["x-trace"]
    );
    assert_eq!(exposed("/418", &[]), Vec::<String>::new());
    assert_eq!(exposed("/404?lang=ko", &[]), Vec::<String>::new());
    // OPTIONS without a preflight is an ordinary request for the code.
    assert_eq!(server.request("OPTIONS", "/418", &[]).head.code, 418);
}

/// The ready answers of plain `GET /{code}` (made once, then cloned) are byte for byte
/// what the general path answers; `?_=1` (an unknown parameter, ignored) forces the
/// general path.
#[test]
fn ready_answers_are_the_general_answers() {
    let server = start(config());
    let exchange = |method: &str, target: &str, version: &str, headers: &[&str]| {
        server.exchange_undated(method, target, version, headers)
    };
    let compare = |method: &str, path: &str, version: &str, headers: &[&str]| {
        let ready = exchange(method, path, version, headers);
        let general = exchange(method, &format!("{path}?_=1"), version, headers);
        assert!(ready.starts_with("HTTP/1."), "{ready}");
        assert_eq!(ready, general, "{method} {path} {version} {headers:?}");
    };
    for code in (200..=599).filter(|c| *c != 206) {
        compare("GET", &format!("/{code}"), "HTTP/1.1", &[]);
    }
    for code in [200, 204, 301, 304, 404, 413, 418, 429, 471, 499, 511] {
        for method in ["GET", "HEAD"] {
            for accept in [
                None,
                Some("Accept: application/json"),
                Some("Accept: text/html"),
            ] {
                for lang in [None, Some("Accept-Language: ko-KR,ko;q=0.9")] {
                    let headers: Vec<&str> = accept.into_iter().chain(lang).collect();
                    compare(method, &format!("/status/{code}"), "HTTP/1.1", &headers);
                }
            }
        }
        compare("GET", &format!("/{code}/any/path"), "HTTP/1.0", &[]);
    }
}

#[test]
fn idle_connections_are_closed() {
    let server = start(Config {
        idle_timeout: Duration::from_millis(300),
        ..config()
    });
    // A connection that never sends anything.
    let mut s = server.connect();
    let t = Instant::now();
    assert!(read_to_close(&mut s).is_empty());
    assert!(
        t.elapsed() >= Duration::from_millis(250),
        "{:?}",
        t.elapsed()
    );
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    // A kept-alive connection after its response: closed without another word.
    let mut s = server.connect();
    s.write_all(b"GET /204 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let t = Instant::now();
    let bytes = read_to_close(&mut s);
    assert!(bytes.starts_with(b"HTTP/1.1 204 No Content\r\n"));
    assert!(
        bytes.ends_with(b"\r\n\r\n"),
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    assert!(
        t.elapsed() >= Duration::from_millis(250),
        "{:?}",
        t.elapsed()
    );
    // A connection in use is not idle: a delay longer than the idle timeout completes.
    let r = server.get("/200?sleep=600");
    assert_eq!(r.head.code, 200);
    // Zero is refused at start-up.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let err = support::block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener).unwrap();
        httpstatus_server::Server::from_listener(
            listener,
            &Config {
                idle_timeout: Duration::ZERO,
                ..config()
            },
        )
        .unwrap_err()
    });
    assert!(err.to_string().contains("--idle-timeout-ms"), "{err}");
}

#[test]
fn connection_limit_answers_503() {
    let server = start(Config {
        max_connections: 2,
        ..config()
    });
    let a = server.connect();
    let b = server.connect();
    std::thread::sleep(Duration::from_millis(200));
    let r = parse(&server.raw(b"GET /200 HTTP/1.1\r\nHost: t\r\n\r\n"), false).unwrap();
    assert_eq!(r.head.code, 503);
    assert!(r.text().contains("--max-connections"));
    drop((a, b));
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(server.get("/200").head.code, 200);
}

#[test]
fn graceful_shutdown_finishes_requests_in_flight() {
    let server = start(Config {
        shutdown_timeout: Duration::from_millis(5000),
        ..config()
    });
    let mut s = server.connect();
    s.write_all(b"GET /200?sleep=800 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let addr = server.addr;
    let t = Instant::now();
    server.stop();
    let reply = read_to_close(&mut s);
    assert!(
        reply.starts_with(b"HTTP/1.1 200 OK"),
        "{}",
        String::from_utf8_lossy(&reply)
    );
    assert!(t.elapsed() < Duration::from_secs(5));
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "no longer listening"
    );
}

#[test]
fn http2_prior_knowledge() {
    let server = start(config());
    let addr = server.addr;
    support::block_on(async move {
        let mut send = support::h2c(addr).await;
        for (path, code) in [
            ("/404", 404),
            ("/204", 204),
            ("/103", 200),
            ("/status/503", 503),
        ] {
            let req = http::Request::get(format!("http://{addr}{path}"))
                .body(http_body_util::Empty::<bytes::Bytes>::new())
                .unwrap();
            let resp = send.send_request(req).await.unwrap();
            assert_eq!(resp.status().as_u16(), code, "{path}");
            assert_eq!(resp.version(), http::Version::HTTP_2);
            if code == 204 {
                assert!(resp.headers().get("content-length").is_none());
            }
            if path == "/103" {
                assert!(resp.headers().get("x-httpstatus-note").is_some());
            }
        }
    });
}

/// RFC 9110 §9.3.2: HEAD gets the header fields GET would, `Content-Length` included,
/// and no content, on HTTP/2 too, where hyper sends whatever body it is given: the answers
/// the server makes itself (errors, `/echo`) as well as the codes and the pages.
#[test]
fn head_over_http2_has_no_content() {
    use http_body_util::BodyExt;
    let server = start(config());
    let addr = server.addr;
    support::block_on(async move {
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let io = hyper_util::rt::TokioIo::new(stream);
        let (mut send, conn) =
            hyper::client::conn::http2::handshake(hyper_util::rt::TokioExecutor::new(), io)
                .await
                .unwrap();
        tokio::spawn(conn);
        for path in [
            "/status/abc",
            "/echo",
            "/418",
            "/418?x=1",
            "/en/",
            "/api/v1/codes/abc",
        ] {
            let request = |method: &str| {
                http::Request::builder()
                    .method(method)
                    .uri(format!("http://{addr}{path}"))
                    .body(http_body_util::Empty::<bytes::Bytes>::new())
                    .unwrap()
            };
            let get = send.send_request(request("GET")).await.unwrap();
            let get_content = get.into_body().collect().await.unwrap().to_bytes();
            let head = send.send_request(request("HEAD")).await.unwrap();
            let declared = head.headers().get("content-length").cloned();
            let content = head.into_body().collect().await.unwrap().to_bytes();
            assert!(content.is_empty(), "{path}: content on HEAD");
            let declared: u64 = declared
                .unwrap_or_else(|| panic!("{path}: no Content-Length on HEAD"))
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            if !path.starts_with("/echo") {
                assert_eq!(declared, get_content.len() as u64, "{path}");
            }
        }
    });
}

#[test]
fn keep_alive_serves_many_requests_on_one_connection() {
    let server = start(config());
    let mut s = server.connect();
    let mut all = Vec::new();
    for i in 0..20 {
        let path = ["/200", "/204", "/304", "/404", "/103"][i % 5];
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: t\r\n\r\n").as_bytes())
            .unwrap();
        let end: &[u8] = if path == "/204" || path == "/304" {
            b"\r\n\r\n"
        } else {
            b"\n\n"
        };
        let _ = end;
        std::thread::sleep(Duration::from_millis(20));
    }
    s.write_all(b"GET /418 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    all.extend(read_to_close(&mut s));
    let text = String::from_utf8_lossy(&all);
    assert_eq!(text.matches("HTTP/1.1 200 OK").count(), 8, "{text}");
    assert_eq!(text.matches("HTTP/1.1 204 No Content").count(), 4);
    assert_eq!(text.matches("HTTP/1.1 304 Not Modified").count(), 4);
    assert_eq!(text.matches("HTTP/1.1 103 Early Hints").count(), 4);
    assert!(text.ends_with("\n") && text.contains("HTTP/1.1 418 I'm a teapot"));
}

#[test]
fn health() {
    let server = start(config());
    let r = server.get("/healthz");
    assert_eq!(r.head.code, 200);
    assert_eq!(r.text(), "ok\n");
    let _ = StatusCode::OK;
}

#[test]
fn https_with_alpn() {
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::rustls;

    let key = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let dir = std::env::temp_dir().join(format!("httpstatus-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, key.cert.pem()).unwrap();
    std::fs::write(&key_path, key.signing_key.serialize_pem()).unwrap();
    let server = start(Config {
        tls: Some(httpstatus_server::TlsFiles {
            cert: cert_path.clone(),
            key: key_path.clone(),
        }),
        ..config()
    });
    let addr = server.addr;

    let mut roots = rustls::RootCertStore::empty();
    roots.add(key.cert.der().clone()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    for (alpn, want_h2) in [(b"http/1.1".to_vec(), false), (b"h2".to_vec(), true)] {
        let mut config = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots.clone())
            .with_no_client_auth();
        config.alpn_protocols = vec![alpn];
        let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
        rt.block_on(async {
            let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
            let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
            let mut tls = connector.connect(name, tcp).await.unwrap();
            let negotiated = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
            if want_h2 {
                assert_eq!(negotiated.as_deref(), Some(&b"h2"[..]));
                let io = hyper_util::rt::TokioIo::new(tls);
                let (mut send, conn) =
                    hyper::client::conn::http2::handshake(hyper_util::rt::TokioExecutor::new(), io)
                        .await
                        .unwrap();
                tokio::spawn(conn);
                let req = http::Request::get(format!("https://localhost:{}/418", addr.port()))
                    .body(http_body_util::Empty::<bytes::Bytes>::new())
                    .unwrap();
                assert_eq!(send.send_request(req).await.unwrap().status().as_u16(), 418);
            } else {
                tls.write_all(b"GET /103 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .await
                    .unwrap();
                let mut out = Vec::new();
                let _ = tls.read_to_end(&mut out).await;
                let r = parse(&out, false).unwrap();
                assert_eq!(
                    r.interim.first().map(|h| h.code),
                    Some(103),
                    "interim responses work over TLS too"
                );
                assert_eq!(r.head.code, 200);
            }
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}
