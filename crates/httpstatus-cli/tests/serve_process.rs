//! `httpstatus serve` as a process: its worker threads (`--threads`), connections served on
//! each, a graceful shutdown (SIGTERM) that lets every worker's request in flight finish, and
//! a log whose reader went away.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What to do with the server's log after its first line.
#[derive(Clone, Copy, PartialEq)]
enum Log {
    /// Read to its end by a thread of the test.
    Drained,
    /// The pipe's reading end closed: every later line fails to be written.
    Closed,
}

/// The server with its access log on, and the address it logged.
fn start(threads: usize, log: Log) -> (Child, SocketAddr) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("httpstatus"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--access-log",
            "--threads",
        ])
        .arg(threads.to_string())
        .args(["--shutdown-timeout-ms", "10000"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts the server");
    let mut line = String::new();
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    stderr.read_line(&mut line).expect("reads the log");
    if log == Log::Drained {
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    }
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let plural = if threads == 1 { "" } else { "s" };
    assert!(
        line.contains(&format!("({threads} worker thread{plural})")),
        "{line}"
    );
    (child, addr)
}

/// Sends `GET target` on `conn` and reads one response (its content by `Content-Length`,
/// none without one).
fn exchange(conn: &mut TcpStream, target: &str) -> String {
    write!(conn, "GET {target} HTTP/1.1\r\nHost: t\r\n\r\n").expect("writes");
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = conn.read(&mut buf).expect("reads");
        assert!(n > 0, "closed after {:?}", String::from_utf8_lossy(&got));
        got.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&got);
        if let Some(end) = text.find("\r\n\r\n") {
            let len: usize = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .map_or(0, |v| v.trim().parse().expect("a length"));
            if got.len() >= end + 4 + len {
                return text.into_owned();
            }
        }
    }
}

fn connect(addr: SocketAddr) -> TcpStream {
    let c = TcpStream::connect(addr).expect("connects");
    c.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    c
}

#[test]
fn every_worker_serves_and_shutdown_waits_for_each_ones_request_in_flight() {
    let (mut child, addr) = start(3, Log::Drained);
    // Each worker names its thread as it starts, perhaps just after the first log line.
    let thread_names = || -> Vec<String> {
        std::fs::read_dir(format!("/proc/{}/task", child.id()))
            .expect("lists the threads")
            .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
            .map(|n| n.trim().to_owned())
            .collect()
    };
    let named = |names: &[String]| (1..3).all(|n| names.contains(&format!("httpstatus-{n}")));
    let deadline = Instant::now() + Duration::from_secs(10);
    while !named(&thread_names()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let names = thread_names();
    assert!(named(&names), "{names:?}");
    // Twelve keep-alive connections at once (four per worker), two requests each.
    let mut conns: Vec<TcpStream> = (0..12).map(|_| connect(addr)).collect();
    for round in 0..2 {
        for c in &mut conns {
            let r = exchange(c, "/status/418");
            assert!(
                r.starts_with("HTTP/1.1 418 I'm a teapot\r\n"),
                "{round}: {r}"
            );
        }
    }
    drop(conns);
    // One sleeping request per worker (each new connection goes to the worker with the
    // fewest open), then SIGTERM while they sleep: all three are answered in full.
    std::thread::sleep(Duration::from_millis(300));
    let sleepers: Vec<_> = (0..3)
        .map(|_| {
            let mut c = connect(addr);
            std::thread::spawn(move || exchange(&mut c, "/status/200?sleep=1500"))
        })
        .collect();
    std::thread::sleep(Duration::from_millis(400));
    let started = Instant::now();
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("runs kill");
    assert!(killed.success());
    for s in sleepers {
        let r = s.join().expect("the sleeper's thread");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    }
    let status = child.wait().expect("waits for the server");
    assert!(status.success(), "{status}");
    // Not the shutdown timeout (10 s): it ended when the last request was done.
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "shutdown took {:?}",
        started.elapsed()
    );
    assert!(
        TcpStream::connect(addr).is_err(),
        "still accepting after shutdown"
    );
}

/// The access log's lines go nowhere once its reader left (`serve | head -1`), and every
/// request is still answered: a failed log write is not reported on that same stderr (which
/// panicked and closed the connection without an answer).
#[test]
fn requests_are_answered_after_the_log_reader_left() {
    let (mut child, addr) = start(1, Log::Closed);
    let mut c = connect(addr);
    let answers: Vec<String> = (0..3).map(|_| exchange(&mut c, "/status/204")).collect();
    let _ = child.kill();
    let _ = child.wait();
    for r in answers {
        // 204 has no content: the reader stops at the head.
        assert!(r.starts_with("HTTP/1.1 204 No Content\r\n"), "{r}");
    }
}
