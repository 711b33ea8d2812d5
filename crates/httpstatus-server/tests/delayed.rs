//! Requests that ask for a delay (`?sleep=`, `X-HttpStatus-Sleep`) on the wire. On a new or
//! parked plain connection such a request waits before hyper reads it, holding no buffer
//! (`early.rs`); a request hyper already has (pipelined behind another) waits in its
//! handler. Both give the same bytes after the same delay, and the connection goes on.

mod support;

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use support::{Config, config, read_to_close, read_until, start, undate};

const WAIT: Duration = Duration::from_secs(30);

/// Splits `bytes` into whole answers (each head and its `content-length` bytes); the
/// rest, if any, is an answer not yet whole.
fn split(bytes: &[u8]) -> (Vec<Vec<u8>>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(end) = bytes[at..].windows(4).position(|w| w == b"\r\n\r\n") {
        let head = String::from_utf8_lossy(&bytes[at..at + end]).to_ascii_lowercase();
        let len: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        let whole = at + end + 4 + len;
        if whole > bytes.len() {
            break;
        }
        out.push(bytes[at..whole].to_vec());
        at = whole;
    }
    (out, at)
}

/// Reads `n` whole answers.
fn answers(s: &mut TcpStream, n: usize) -> Vec<Vec<u8>> {
    let mut all = Vec::new();
    loop {
        let (got, _) = split(&all);
        if got.len() >= n {
            return got;
        }
        let more = read_until(s, b"\n", WAIT);
        assert!(
            !more.is_empty(),
            "{} answers of {n}: {}",
            got.len(),
            undate(&all)
        );
        all.extend_from_slice(&more);
    }
}

/// Reads one whole answer.
fn answer(s: &mut TcpStream) -> Vec<u8> {
    answers(s, 1).remove(0)
}

const DELAYED: &str = "GET /status/418?sleep=300 HTTP/1.1\r\nHost: t\r\nAccept: text/plain\r\n\r\n";

#[test]
fn a_delayed_request_is_answered_after_its_delay_as_hyper_answers_it() {
    let server = start(config());
    // Alone on a new connection: it waits before hyper reads it.
    let mut alone = server.connect();
    let started = Instant::now();
    alone.write_all(DELAYED.as_bytes()).unwrap();
    let early = answer(&mut alone);
    assert!(started.elapsed() >= Duration::from_millis(300));
    // Behind another request in the same write: hyper reads both, the handler waits.
    let mut behind = server.connect();
    let first = "GET /status/204 HTTP/1.1\r\nHost: t\r\n\r\n";
    let started = Instant::now();
    behind
        .write_all(format!("{first}{DELAYED}").as_bytes())
        .unwrap();
    let second = answers(&mut behind, 2).remove(1);
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(early.starts_with(b"HTTP/1.1 418 "), "{}", undate(&early));
    assert_eq!(undate(&early), undate(&second));
}

#[test]
fn the_connection_goes_on_after_a_delay_and_after_parking() {
    let server = start(Config {
        // The watchdog looks every 100 ms: a pause of 600 ms parks the connection.
        header_timeout: Duration::from_millis(400),
        ..config()
    });
    let mut s = server.connect();
    for (round, request) in [
        DELAYED,
        "GET /status/201 HTTP/1.1\r\nHost: t\r\n\r\n",
        "GET /status/202 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Sleep: 200\r\n\r\n",
        DELAYED,
    ]
    .iter()
    .enumerate()
    {
        s.write_all(request.as_bytes()).unwrap();
        let got = answer(&mut s);
        let code = &request[12..15];
        assert!(
            got.starts_with(format!("HTTP/1.1 {code} ").as_bytes()),
            "round {round}: {}",
            undate(&got)
        );
        // Idle long enough to be parked (and far longer than the header timeout: an
        // idle connection is not a slow head).
        std::thread::sleep(Duration::from_millis(600));
    }
}

#[test]
fn a_client_that_closes_during_the_delay_frees_its_connection() {
    // One connection at a time: the next is refused (503) while the first is open.
    let server = start(Config {
        max_connections: 1,
        ..config()
    });
    let mut sleeper = server.connect();
    sleeper
        .write_all(b"GET /status/200?sleep=20000 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    drop(sleeper);
    // Long before the 20 s delay is over, the connection is gone and the next is served.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = server.raw(b"GET /status/200 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        if got.starts_with(b"HTTP/1.1 200 ") {
            break;
        }
        assert!(
            got.starts_with(b"HTTP/1.1 503 ") && Instant::now() < deadline,
            "{}",
            undate(&got)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn interim_responses_still_come_before_the_delay() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(b"GET /status/103?sleep=5000 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    // The 103 arrives at once; the final answer only after the delay.
    let first = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(4));
    assert!(
        first.starts_with(b"HTTP/1.1 103 "),
        "{}",
        String::from_utf8_lossy(&first)
    );
    assert_eq!(first.windows(9).filter(|w| w == b"HTTP/1.1 ").count(), 1);
}

#[test]
fn over_the_limit_or_malformed_delays_are_refused_at_once() {
    let server = start(config());
    for (request, says) in [
        (
            "GET /status/200?sleep=99999999 HTTP/1.1\r\nHost: t\r\n\r\n",
            "--max-delay-ms",
        ),
        (
            "GET /status/200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Sleep: soon\r\n\r\n",
            "whole number of milliseconds",
        ),
    ] {
        let mut s = server.connect();
        s.write_all(request.as_bytes()).unwrap();
        let got = answer(&mut s);
        assert!(got.starts_with(b"HTTP/1.1 400 "), "{}", undate(&got));
        assert!(
            String::from_utf8_lossy(&got).contains(says),
            "{}",
            undate(&got)
        );
    }
}

#[test]
fn a_delay_under_way_is_answered_when_the_server_shuts_down_meanwhile() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(b"GET /status/200?sleep=500 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    // Graceful: the request in flight gets its answer, then the connection closes.
    let stopping = std::thread::spawn(move || server.stop());
    let got = read_to_close(&mut s);
    assert!(got.starts_with(b"HTTP/1.1 200 "), "{}", undate(&got));
    stopping.join().unwrap();
}

#[test]
fn heads_that_ask_for_a_delay_keep_the_limits_on_heads() {
    let server = start(Config {
        header_timeout: Duration::from_millis(400),
        ..config()
    });
    // A slow head, even one that asks for a delay: 408 that says so, then close.
    let mut s = server.connect();
    s.write_all(b"GET /status/200?sleep=50 HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    let got = read_to_close(&mut s);
    assert!(got.starts_with(b"HTTP/1.1 408 "), "{}", undate(&got));
    assert!(String::from_utf8_lossy(&got).contains("--header-timeout-ms"));
    // A head over --max-header-bytes: 431 that says so (from our limit, then hyper's).
    for pad in [20_000, 100_000] {
        let mut s = server.connect();
        let head = format!(
            "GET /status/200?sleep=50 HTTP/1.1\r\nHost: t\r\nX-Big: {}\r\n\r\n",
            "a".repeat(pad)
        );
        s.write_all(head.as_bytes()).unwrap();
        let got = read_to_close(&mut s);
        assert!(got.starts_with(b"HTTP/1.1 431 "), "{pad}: {}", undate(&got));
        assert!(
            String::from_utf8_lossy(&got).contains("--max-header-bytes"),
            "{pad}: {}",
            undate(&got)
        );
    }
}
