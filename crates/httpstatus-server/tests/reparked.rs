//! When a connection hyper serves goes back to the reader before hyper (`direct.rs`): at
//! once after a ready answer it could not give only because the page store was not
//! rendered yet, and never for a client whose requests come to hyper for their form
//! (HTTP/1.0 keep-alive): parking that one would build hyper again for every request.
//! The parks are counted from the server's own trace events; in a test binary of its own,
//! since the subscriber is global.

mod support;

use std::io::Write;
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::{Config, config, read_response, start};

/// Everything the server logs, kept for the test to read.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    fn parks(&self) -> usize {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .matches("idle connection parked")
            .count()
    }
}

/// Sends `request` `n` times on `s`, reading each answer.
fn exchange(s: &mut TcpStream, request: &[u8], n: usize) {
    for _ in 0..n {
        s.write_all(request).unwrap();
        read_response(s, false);
    }
}

#[test]
fn connections_go_back_before_hyper_only_when_it_pays() {
    let log = Log::default();
    let writer = log.clone();
    // Only the connection's own events: the access log stays off, so ready requests are
    // answered before hyper as in production.
    tracing_subscriber::fmt()
        .with_env_filter("httpstatus_server::connection=trace")
        .with_writer(move || writer.clone())
        .init();
    // The watchdog looks every 5 s: no nudge parks a connection during the test.
    let server = start(Config {
        header_timeout: Duration::from_secs(20),
        ..config()
    });

    // HTTP/1.0 keep-alive (`ab -k`): hyper answers each, from its ready answers, and keeps
    // the connection.
    let mut s = server.connect();
    let old = b"GET /status/418 HTTP/1.0\r\nHost: t\r\nConnection: keep-alive\r\n\r\n";
    exchange(&mut s, old, 30);
    assert_eq!(log.parks(), 0);

    // The first page request renders the store on hyper's general path, the second gets
    // hyper's ready answer, and then the connection is parked: the rest are answered
    // before hyper.
    let mut s = server.connect();
    exchange(&mut s, b"GET /en/404 HTTP/1.1\r\nHost: t\r\n\r\n", 12);
    assert_eq!(log.parks(), 1);

    // A client whose requests need hyper (a query) stays with it.
    let mut s = server.connect();
    exchange(
        &mut s,
        b"GET /status/418?x=1 HTTP/1.1\r\nHost: t\r\n\r\n",
        12,
    );
    exchange(&mut s, b"GET /status/418 HTTP/1.1\r\nHost: t\r\n\r\n", 12);
    assert_eq!(log.parks(), 1);
}
