//! Keep-alive connections parked between requests (hyper's state dropped while the socket
//! waits for the next request, `stream.rs`), on the wire: whatever the client sends and
//! however it splits it, every request gets its answer, in order, on the same connection.

/// A server whose connections are parked after some 250 to 500 ms of idleness.
fn server() -> TestServer {
    start(Config {
        header_timeout: Duration::from_millis(1000),
        ..config()
    })
}

mod support;

use std::io::Write;
use std::net::TcpStream;
use std::thread::sleep;
use std::time::Duration;

use support::{Config, TestServer, config, read_until, start};

/// The watchdog looks every quarter of the header timeout (here 250 ms) and a connection
/// found idle for a whole look is parked: this pause is long enough for that.
const PAUSE: Duration = Duration::from_millis(700);
/// Shorter than a look: the connection keeps hyper's state.
const SHORT: Duration = Duration::from_millis(60);
const WAIT: Duration = Duration::from_secs(30);

/// The status codes of every response in `bytes`, in order.
fn codes(bytes: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while let Some(at) = rest.windows(9).position(|w| w == b"HTTP/1.1 ") {
        let code = &rest[at + 9..at + 12];
        out.push(std::str::from_utf8(code).unwrap().parse().unwrap());
        rest = &rest[at + 12..];
    }
    out
}

/// Reads until `n` responses (each with its content, which ends in a line feed here) came.
fn read_answers(s: &mut TcpStream, n: usize) -> Vec<u16> {
    let mut all = Vec::new();
    while codes(&all).len() < n || !all.ends_with(b"\n") {
        let more = read_until(s, b"\n", WAIT);
        if more.is_empty() {
            break;
        }
        all.extend_from_slice(&more);
    }
    codes(&all)
}

fn get(code: u16) -> Vec<u8> {
    format!("GET /status/{code} HTTP/1.1\r\nHost: a\r\n\r\n").into_bytes()
}

#[test]
fn requests_after_idle_pauses_are_answered_on_the_same_connection() {
    let server = server();
    let mut s = server.connect();
    for (code, pause) in [(200, PAUSE), (404, SHORT), (418, PAUSE), (201, PAUSE)] {
        s.write_all(&get(code)).unwrap();
        assert_eq!(read_answers(&mut s, 1), [code]);
        sleep(pause);
    }
}

#[test]
fn pipelined_requests_and_a_head_cut_in_two_are_answered_in_order() {
    let server = server();
    let mut s = server.connect();
    // Three heads in one write.
    s.write_all(&[get(201), get(201), get(202)].concat())
        .unwrap();
    assert_eq!(read_answers(&mut s, 3), [201, 201, 202]);
    // A whole head and the start of the next, the rest after a pause: the server must not
    // park with half a head in hyper's buffer.
    let mut two = get(203);
    two.extend_from_slice(b"GET /status/204 HT");
    s.write_all(&two).unwrap();
    sleep(PAUSE);
    s.write_all(b"TP/1.1\r\nHost: a\r\n\r\n").unwrap();
    assert_eq!(read_answers(&mut s, 2), [203, 204]);
    // After a pause (parked), a head in small pieces with short pauses between them.
    sleep(PAUSE);
    for part in [
        &b"GET /status/2"[..],
        b"05 HTTP/1.1\r\nHo",
        b"st: a\r\n\r",
        b"\n",
    ] {
        s.write_all(part).unwrap();
        sleep(SHORT);
    }
    assert_eq!(read_answers(&mut s, 1), [205]);
}

#[test]
fn content_that_comes_late_is_read_as_content_not_as_a_request() {
    let server = server();
    let mut s = server.connect();
    s.write_all(b"POST /status/200 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhe")
        .unwrap();
    sleep(PAUSE);
    s.write_all(b"llo").unwrap();
    assert_eq!(read_answers(&mut s, 1), [200]);
    sleep(PAUSE);
    s.write_all(&get(418)).unwrap();
    assert_eq!(read_answers(&mut s, 1), [418]);
}

#[test]
fn a_parked_connection_the_client_closes_is_let_go() {
    let server = server();
    for _ in 0..3 {
        let mut s = server.connect();
        s.write_all(&get(200)).unwrap();
        assert_eq!(read_answers(&mut s, 1), [200]);
        sleep(PAUSE);
        drop(s);
    }
    let mut s = server.connect();
    s.write_all(&get(204)).unwrap();
    assert_eq!(read_answers(&mut s, 1), [204]);
}
