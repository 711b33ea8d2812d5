//! Header fields and status lines as real clients read them, raw bytes off a socket:
//! caller-chosen fields replace ours (a field that is not a list must not repeat), every
//! status response says that any request field may change it (`Vary: *`), every status
//! line the server or hyper writes carries our reason phrase, `Allow` never names the
//! method refused, and the no-interim-response notes say whose limit it is.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::time::Duration;

use httpstatus::StatusCode;
use support::{Config, Limits, config, field_lines, read_to_close, start, status_line};

/// `GET path` with `Connection: close` and these header lines, as raw bytes.
fn exchange(server: &support::TestServer, method: &str, path: &str, headers: &[&str]) -> Vec<u8> {
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    server.raw(req.as_bytes())
}

#[test]
fn caller_chosen_fields_replace_ours() {
    let server = start(config());
    // (path, extra request fields, field we send there, the caller's value)
    let cases: [(&str, &[&str], &str, &str); 22] = [
        ("/503", &[], "retry-after", "120"),
        ("/429", &[], "retry-after", "Fri, 01 Jan 2027 00:00:00 GMT"),
        ("/503?retry_after=30", &[], "retry-after", "9"),
        ("/200", &[], "content-type", "application/json"),
        ("/200", &[], "etag", "\"mine\""),
        ("/200", &[], "cache-control", "no-cache"),
        (
            "/200",
            &[],
            "last-modified",
            "Fri, 02 Jan 2026 00:00:00 GMT",
        ),
        ("/200", &[], "vary", "Accept"),
        ("/200", &[], "access-control-expose-headers", "etag"),
        (
            "/404",
            &[],
            "access-control-allow-origin",
            "https://app.test",
        ),
        (
            "/206",
            &["Range: bytes=0-4"],
            "content-range",
            "bytes 5-9/1000",
        ),
        ("/206", &[], "accept-ranges", "none"),
        ("/206", &[], "x-httpstatus-note", "mine"),
        ("/416", &[], "content-range", "bytes */5"),
        ("/405", &[], "allow", "GET"),
        ("/401", &[], "www-authenticate", "Bearer realm=\"x\""),
        ("/407", &[], "proxy-authenticate", "Bearer realm=\"x\""),
        (
            "/451",
            &[],
            "link",
            "<https://example.com/law>; rel=\"blocked-by\"",
        ),
        ("/103", &[], "link", "</app.css>; rel=preload; as=style"),
        ("/201", &[], "location", "/echo?mine=1"),
        ("/428", &[], "cache-control", "max-age=5"),
        ("/304", &[], "etag", "\"mine\""),
    ];
    for (path, extra, field, value) in cases {
        for method in ["GET", "HEAD"] {
            let ours = exchange(&server, method, path, extra);
            assert!(
                !field_lines(&ours, field).is_empty(),
                "{method} {path}: we send {field} ourselves"
            );
            let mut headers = extra.to_vec();
            let control = format!("X-HttpStatus-Response-{field}: {value}");
            headers.push(&control);
            let theirs = exchange(&server, method, path, &headers);
            assert_eq!(
                field_lines(&theirs, field),
                [value],
                "{method} {path}: {field} is the caller's, once\n{}",
                String::from_utf8_lossy(&theirs)
            );
        }
    }
    // The README's example: no-cache instead of max-age=60, not as well.
    let r = exchange(
        &server,
        "GET",
        "/200",
        &["X-HttpStatus-Response-Cache-Control: no-cache"],
    );
    assert_eq!(field_lines(&r, "cache-control"), ["no-cache"]);
    // A list field: each request field line is one response field line, ours gone.
    let r = exchange(
        &server,
        "GET",
        "/300",
        &[
            "X-HttpStatus-Response-Link: </a>; rel=alternate",
            "X-HttpStatus-Response-Link: </b>; rel=alternate",
        ],
    );
    assert_eq!(
        field_lines(&r, "link"),
        ["</a>; rel=alternate", "</b>; rel=alternate"]
    );
    // The 103's hints are the final response's links: the caller's.
    let r = exchange(
        &server,
        "GET",
        "/103",
        &["X-HttpStatus-Response-Link: </app.css>; rel=preload; as=style"],
    );
    let hints = support::parse(&r, false).unwrap();
    assert_eq!(
        hints.interim[0].all("link"),
        ["</app.css>; rel=preload; as=style"]
    );
    // A field we do not send is added as it is.
    let r = exchange(
        &server,
        "GET",
        "/418",
        &["X-HttpStatus-Response-X-Trace: abc"],
    );
    assert_eq!(field_lines(&r, "x-trace"), ["abc"]);
    // Date is hyper's, unless the caller sets it.
    let date = "Thu, 01 Jan 2026 00:00:00 GMT";
    let r = exchange(
        &server,
        "GET",
        "/200",
        &[&format!("X-HttpStatus-Response-Date: {date}")],
    );
    assert_eq!(field_lines(&r, "date"), [date]);
}

#[test]
fn every_status_response_says_any_request_field_may_change_it() {
    let server = start(config());
    // Plain requests (the ready answers), with controls, with a query, every kind of code.
    for path in [
        "/200",
        "/status/200",
        "/301",
        "/304",
        "/404",
        "/418",
        "/206",
        "/103",
        "/status/200,201?seed=1",
        "/200?sleep=1",
    ] {
        for headers in [
            &[][..],
            &["X-HttpStatus-Sleep: 1"][..],
            &["X-HttpStatus-Response-X-A: b"][..],
            &["Accept: application/json", "Accept-Language: ko"][..],
        ] {
            for method in ["GET", "HEAD"] {
                let r = exchange(&server, method, path, headers);
                assert_eq!(
                    field_lines(&r, "vary"),
                    ["*"],
                    "{method} {path} {headers:?}"
                );
            }
        }
    }
    // The reference pages vary only on Accept-Encoding: controls do not reach them.
    let r = exchange(&server, "GET", "/en/404", &["X-HttpStatus-Sleep: 1"]);
    assert_eq!(field_lines(&r, "vary"), ["Accept-Encoding"]);
}

/// `HTTP/1.1 {code} {phrase}` with the phrase from the core's data.
fn line(code: u16) -> String {
    let info = StatusCode::from_u16(code).unwrap().info().unwrap();
    format!("HTTP/1.1 {code} {}", info.reason)
}

#[test]
fn every_status_line_the_server_or_hyper_makes_has_our_phrase() {
    let server = start(Config {
        limits: Limits {
            max_body: 100,
            max_header_bytes: 8192,
            body_timeout: Duration::from_millis(300),
            ..Limits::default()
        },
        header_timeout: Duration::from_millis(300),
        ..config()
    });
    let ask = |bytes: &[u8]| status_line(&server.raw(bytes));
    // Errors our handler makes.
    assert_eq!(
        ask(b"GET /abc HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"),
        line(404)
    );
    assert_eq!(
        ask(b"GET /200?sleep=x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"),
        line(400)
    );
    assert_eq!(
        ask(b"GET /200 HTTP/1.1\r\nConnection: close\r\n\r\n"),
        line(400),
        "no Host"
    );
    assert_eq!(
        ask(b"POST /en/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"),
        line(405)
    );
    // 413, declared and streamed: "Content Too Large" (RFC 9110), not hyper's "Payload
    // Too Large" (RFC 7231).
    assert_eq!(line(413), "HTTP/1.1 413 Content Too Large");
    assert_eq!(
        ask(b"POST /200 HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n"),
        line(413)
    );
    let mut chunked =
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..3 {
        chunked.extend_from_slice(b"40\r\n");
        chunked.extend_from_slice(&[b'x'; 64]);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(ask(&chunked), line(413));
    // 408: content too slow, head too slow.
    assert_eq!(
        ask(b"POST /200 HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc"),
        line(408)
    );
    assert_eq!(ask(b"GET /200 HTTP/1.1\r\nHost: t\r\n"), line(408));
    // 414 for a target over the limit, 431 for a header section over it.
    let long = format!(
        "GET /200?{} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        "a".repeat(9000)
    );
    let r = server.raw(long.as_bytes());
    assert_eq!(status_line(&r), line(414));
    assert!(String::from_utf8_lossy(&r).contains("--max-header-bytes"));
    let big = format!(
        "GET /200 HTTP/1.1\r\nHost: t\r\nConnection: close\r\nX-Big: {}\r\n\r\n",
        "a".repeat(9000)
    );
    assert_eq!(ask(big.as_bytes()), line(431));
    // Heads hyper refuses itself, before our handler sees them: the same phrases.
    let huge = format!(
        "GET /200 HTTP/1.1\r\nHost: t\r\nX-Big: {}\r\n\r\n",
        "a".repeat(100_000)
    );
    assert_eq!(ask(huge.as_bytes()), line(431));
    for garbage in [
        &b"NOT HTTP\r\n\r\n"[..],
        b"GET /200 HTTP/1.1\r\nHost: t\r\nBad Header\r\n\r\n",
        b"GET /200 HTTP/2.0\r\nHost: t\r\n\r\n",
        b"GET /200 HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    ] {
        assert_eq!(
            ask(garbage),
            line(400),
            "{}",
            String::from_utf8_lossy(garbage)
        );
    }
    // Over the connection limit: 503.
    let busy = start(Config {
        max_connections: 1,
        ..config()
    });
    let hold = busy.connect();
    std::thread::sleep(Duration::from_millis(200));
    let mut s = busy.connect();
    s.write_all(b"GET /200 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    assert_eq!(status_line(&read_to_close(&mut s)), line(503));
    drop(hold);
}

#[test]
fn allow_never_names_the_method_refused() {
    let server = start(config());
    for method in ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PURGE"] {
        let r = exchange(&server, method, "/405", &[]);
        assert_eq!(status_line(&r), line(405), "{method}");
        let allow = field_lines(&r, "allow");
        assert_eq!(
            allow,
            ["OPTIONS"],
            "{method}: one list, the same for every method"
        );
        assert!(!allow[0].split(", ").any(|m| m == method));
    }
    // OPTIONS is the method this resource allows: a 204 with the same list.
    let r = exchange(&server, "OPTIONS", "/405", &[]);
    assert_eq!(status_line(&r), line(204));
    assert_eq!(field_lines(&r, "allow"), ["OPTIONS"]);
    assert!(field_lines(&r, "content-length").is_empty());
    // The pages and the API allow GET, HEAD and OPTIONS, and refuse the rest.
    let r = exchange(&server, "DELETE", "/api/v1/codes", &[]);
    assert_eq!(status_line(&r), line(405));
    assert_eq!(field_lines(&r, "allow"), ["GET, HEAD, OPTIONS"]);
}

#[test]
fn no_interim_notes_say_whose_limit_it_is() {
    let server = start(config());
    let r = server.raw(b"GET /103 HTTP/1.0\r\n\r\n");
    let note = field_lines(&r, "x-httpstatus-note").join("");
    assert!(
        note.contains("HTTP/1.0") && note.contains("RFC 9110 section 15.2"),
        "{note}"
    );
    let addr = server.addr;
    let note = support::block_on(async move {
        let mut send = support::h2c(addr).await;
        let req = http::Request::get(format!("http://{addr}/103"))
            .body(http_body_util::Empty::<bytes::Bytes>::new())
            .unwrap();
        let resp = send.send_request(req).await.unwrap();
        resp.headers()["x-httpstatus-note"]
            .to_str()
            .unwrap()
            .to_owned()
    });
    assert!(
        note.contains("this server") && note.contains("HTTP/2 allows them"),
        "{note}"
    );
    assert!(
        !note.contains("15.2"),
        "RFC 9110 §15.2 only rules out HTTP/1.0: {note}"
    );
}
