//! Request heads hyper cannot parse, on real sockets: the answer says what was wrong (a
//! plain text body, not hyper's empty 400), closes the connection (RFC 9112 §9.6), and the
//! server goes on serving.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;

use support::{config, field_lines, parse, read_to_close, start, status_line};

/// Sends `request` on a fresh connection and returns everything until the server closes.
fn exchange(server: &support::TestServer, request: &[u8]) -> Vec<u8> {
    let mut s = server.connect();
    s.write_all(request).unwrap();
    read_to_close(&mut s)
}

/// The one answer in `bytes`, checked for the shape every such answer has: the code, a
/// plain text body whose length is declared, `connection: close`, a `date`, and nothing
/// after the body.
fn refusal(bytes: &[u8], code: u16) -> String {
    let line = status_line(bytes);
    assert!(
        line.starts_with(&format!("HTTP/1.1 {code} ")),
        "{line:?} in {:?}",
        String::from_utf8_lossy(bytes)
    );
    let resp = parse(bytes, false).unwrap();
    assert!(resp.trailing.is_empty(), "nothing after the answer");
    assert_eq!(field_lines(bytes, "connection"), ["close"]);
    assert_eq!(
        field_lines(bytes, "content-type"),
        ["text/plain; charset=utf-8"]
    );
    assert_eq!(field_lines(bytes, "date").len(), 1, "one date");
    let body = String::from_utf8(resp.body).unwrap();
    assert!(
        body.starts_with(&format!("{code} ")),
        "the body names the status: {body:?}"
    );
    body
}

#[test]
fn heads_hyper_cannot_parse_are_answered_with_the_reason() {
    let server = start(config());
    let cases: &[(&[u8], u16, &str)] = &[
        (b"GET / HTTP/1.2\r\nHost: a\r\n\r\n", 400, "HTTP/1.1"),
        (b"G@T / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "method"),
        (
            b"GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n",
            400,
            "request target",
        ),
        (
            b"GET /200 HTTP/1.1\r\nHost: a\r\nNo Colon Here\r\n\r\n",
            400,
            "field",
        ),
        (
            b"GET /200 HTTP/1.1\r\nHost: a\r\nBad Name : x\r\n\r\n",
            400,
            "field",
        ),
        (
            b"POST /200 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
            400,
            "Content-Length",
        ),
        (
            b"POST /200 HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
            400,
            "Content-Length",
        ),
        (
            b"POST /200 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
            400,
            "chunked",
        ),
    ];
    for (request, code, says) in cases {
        let bytes = exchange(&server, request);
        let body = refusal(&bytes, *code);
        assert!(
            body.contains(says),
            "{:?}: the body says {says:?}: {body:?}",
            String::from_utf8_lossy(request)
        );
        assert!(body.contains("RFC 91"), "{body:?} cites its RFC");
    }
    // And the server goes on serving.
    let ok = server.request("GET", "/204", &[]);
    assert_eq!(ok.head.code, 204);
}

#[test]
fn too_many_field_lines_get_431_with_the_reason() {
    let server = start(config());
    let mut request = b"GET /200 HTTP/1.1\r\nHost: a\r\n".to_vec();
    for i in 0..120 {
        request.extend_from_slice(format!("X-Field-{i}: 1\r\n").as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    let body = refusal(&exchange(&server, &request), 431);
    assert!(body.contains("100 field lines"), "{body:?}");
}

#[test]
fn a_bad_head_after_a_good_one_on_the_same_connection() {
    let server = start(config());
    let bytes = exchange(
        &server,
        b"GET /200 HTTP/1.1\r\nHost: a\r\n\r\nGET /200 HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n",
    );
    let first = parse(&bytes, false).unwrap();
    assert_eq!(first.head.code, 200, "the good request is answered first");
    let body = refusal(&first.trailing, 400);
    assert!(body.contains("field"), "{body:?}");
}

#[test]
fn answers_of_our_own_are_untouched() {
    // A 400 of ours (no Host) keeps its own body and leaves the connection open.
    let server = start(config());
    let mut s = server.connect();
    s.write_all(b"GET /200 HTTP/1.1\r\n\r\n").unwrap();
    let bytes = support::read_until(
        &mut s,
        b"(RFC 9112 \xc2\xa73.2)\n",
        std::time::Duration::from_secs(10),
    );
    assert!(
        status_line(&bytes).starts_with("HTTP/1.1 400 "),
        "{bytes:?}"
    );
    assert!(String::from_utf8_lossy(&bytes).contains("Host"));
    // The same connection still answers.
    s.write_all(b"GET /418 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        .unwrap();
    let rest = read_to_close(&mut s);
    assert!(
        status_line(&rest).starts_with("HTTP/1.1 418 "),
        "{:?}",
        String::from_utf8_lossy(&rest)
    );
}
