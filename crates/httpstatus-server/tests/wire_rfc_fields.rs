//! Header fields the RFCs ask of particular codes that the wire examples showed missing:
//! a 206 repeats the Cache-Control of the 200 (RFC 9110 §15.3.7), and a 408 says that the
//! connection closes (RFC 9110 §15.5.9). Raw bytes over a real socket.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;

use support::{config, read_to_close, start};

#[test]
fn partial_content_carries_the_cache_control_of_the_full_response() {
    let server = start(config());
    let full = server.get("/200");
    let cache_control = full.head.header("cache-control").unwrap().to_owned();
    for range in ["bytes=0-99", "bytes=0-9,20-29"] {
        let partial = server.request("GET", "/206", &[&format!("Range: {range}")]);
        assert_eq!(partial.head.code, 206, "{range}");
        assert_eq!(
            partial.head.header("cache-control"),
            Some(cache_control.as_str()),
            "{range}: RFC 9110 §15.3.7 wants the 200's Cache-Control on a 206"
        );
        // ETag and Vary, the other fields the section names that a 200 sends, are there too
        // (the ETag is the partial representation's own).
        assert!(partial.head.header("etag").is_some(), "{range}");
        assert_eq!(partial.head.header("vary"), full.head.header("vary"));
    }
}

#[test]
fn request_timeout_closes_the_connection_and_says_so() {
    let server = start(config());
    let mut socket = server.connect();
    socket
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    // A keep-alive request: the server closes anyway, and announces it.
    let started = std::time::Instant::now();
    socket
        .write_all(b"GET /408 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let bytes = read_to_close(&mut socket);
    // Closed by the server at once, not by our 5 s read timeout or its 15 s idle timeout.
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.starts_with("HTTP/1.1 408 Request Timeout\r\n"),
        "{text}"
    );
    assert!(
        text.to_ascii_lowercase()
            .contains("\r\nconnection: close\r\n"),
        "{text}"
    );
    assert_eq!(text.matches("HTTP/1.1 ").count(), 1, "{text}");
}
