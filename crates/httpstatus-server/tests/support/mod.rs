//! A real server on 127.0.0.1:0 in its own thread, and a raw-socket client that returns
//! the bytes as they came off the wire.

#![allow(
    dead_code,
    unused_imports,
    unreachable_pub,
    clippy::unwrap_used,
    clippy::expect_used
)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use httpstatus_server::Server;
pub use httpstatus_server::{Config, Limits};

/// A running server; stopped (gracefully) on drop.
pub struct TestServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The default settings, on a free loopback port (`127.0.0.1:0`).
pub fn config() -> Config {
    Config {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        ..Config::default()
    }
}

/// The status line of raw response bytes (the first one: an interim response's, if any).
pub fn status_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.split("\r\n").next().unwrap_or("").to_owned()
}

/// Every line of `name` (case-insensitive) in the final header section of raw bytes (after
/// any interim 1xx responses).
pub fn field_lines(bytes: &[u8], name: &str) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let head = text
        .split("\r\n\r\n")
        .find(|h| {
            let code = h.split(' ').nth(1).unwrap_or("");
            !(code.starts_with('1') && code != "101")
        })
        .unwrap_or("");
    head.split("\r\n")
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.trim().to_owned())
        .collect()
}

/// Reads one response from `s`: its head, then as many bytes of content as its
/// `Content-Length` says (none for a `HEAD` request, `head_request`). Returns the head and
/// the content.
pub fn read_response(s: &mut TcpStream, head_request: bool) -> (String, Vec<u8>) {
    let mut got = Vec::new();
    let mut byte = [0u8; 1];
    while !got.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut byte).expect("reads a head");
        assert_eq!(n, 1, "closed after {:?}", String::from_utf8_lossy(&got));
        got.push(byte[0]);
    }
    let head = String::from_utf8(got).expect("a text head");
    let len: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_owned)
        })
        .map_or(0, |v| v.trim().parse().expect("a length"));
    let mut content = vec![0u8; if head_request { 0 } else { len }];
    s.read_exact(&mut content).expect("reads the content");
    (head, content)
}

/// Raw answers as text without their `date` lines (for comparing two answers).
pub fn undate(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .split("\r\n")
        .filter(|l| !l.starts_with("date: "))
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// Starts a server with these settings (see [`config`]).
pub fn start(args: Config) -> TestServer {
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind(args.addr).await.unwrap();
            let server = Server::from_listener(listener, &args).unwrap();
            addr_tx.send(server.local_addr().unwrap()).unwrap();
            server
                .run(async {
                    let _ = stop_rx.await;
                })
                .await;
        });
    });
    let addr = addr_rx
        .recv_timeout(Duration::from_secs(10))
        .expect("server started");
    TestServer {
        addr,
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

impl TestServer {
    /// Stops the server and waits for it to finish (requests in flight complete).
    pub fn stop(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    /// Opens a connection.
    pub fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(self.addr).unwrap();
        // The first page request renders and compresses the whole site; in a debug build on
        // a busy two-core machine that can take more than ten seconds.
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        s
    }

    /// Sends `request` and reads until the server closes the connection.
    pub fn raw(&self, request: &[u8]) -> Vec<u8> {
        let mut s = self.connect();
        s.write_all(request).unwrap();
        read_to_close(&mut s)
    }

    /// `METHOD path` with `Connection: close` and extra header lines, parsed.
    pub fn request(&self, method: &str, path: &str, headers: &[&str]) -> Response {
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        let bytes = self.raw(req.as_bytes());
        parse(&bytes, method == "HEAD")
            .unwrap_or_else(|e| panic!("{method} {path}: {e}\n{}", String::from_utf8_lossy(&bytes)))
    }

    /// `METHOD target VERSION` with `Host`, `Connection: close` and extra header lines; the
    /// raw answer as text, without its `Date` line (for comparing two answers).
    pub fn exchange_undated(
        &self,
        method: &str,
        target: &str,
        version: &str,
        headers: &[&str],
    ) -> String {
        let mut req = format!("{method} {target} {version}\r\nHost: t\r\nConnection: close\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        undate(&self.raw(req.as_bytes()))
    }

    /// `GET path`, parsed.
    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[])
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Runs `future` to its end on a runtime of its own (one thread), for tests that drive an
/// async client (HTTP/2, WebSocket) against the server.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// An HTTP/2 connection to `addr` by prior knowledge (h2c), its driver spawned.
pub async fn h2c(
    addr: SocketAddr,
) -> hyper::client::conn::http2::SendRequest<http_body_util::Empty<bytes::Bytes>> {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (send, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(stream),
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    send
}

/// Reads until EOF (or a 10 s read timeout).
pub fn read_to_close(s: &mut TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    out
}

/// Reads until `needle` has been seen or `timeout` passes.
pub fn read_until(s: &mut TcpStream, needle: &[u8], timeout: Duration) -> Vec<u8> {
    let deadline = Instant::now() + timeout;
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    while Instant::now() < deadline {
        if out.windows(needle.len()).any(|w| w == needle) {
            break;
        }
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(_) => continue,
        }
    }
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    out
}

/// A response head.
#[derive(Clone, Debug)]
pub struct Head {
    pub version: String,
    pub code: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
}

impl Head {
    /// The first value of `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Interim responses, the final head, and the content.
#[derive(Clone, Debug)]
pub struct Response {
    pub interim: Vec<Head>,
    pub head: Head,
    pub body: Vec<u8>,
    /// Bytes after the declared content (there must be none).
    pub trailing: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn parse_head(bytes: &[u8]) -> Result<(Head, usize), String> {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no end of head")?;
    let text = std::str::from_utf8(&bytes[..end]).map_err(|e| e.to_string())?;
    let mut lines = text.split("\r\n");
    let status = lines.next().ok_or("no status line")?;
    let mut parts = status.splitn(3, ' ');
    let version = parts.next().unwrap_or("").to_owned();
    let code = parts
        .next()
        .unwrap_or("")
        .parse::<u16>()
        .map_err(|_| format!("bad status line {status:?}"))?;
    let reason = parts.next().unwrap_or("").to_owned();
    let mut headers = Vec::new();
    for line in lines {
        let (n, v) = line
            .split_once(':')
            .ok_or(format!("bad header line {line:?}"))?;
        headers.push((n.to_owned(), v.trim().to_owned()));
    }
    Ok((
        Head {
            version,
            code,
            reason,
            headers,
        },
        end + 4,
    ))
}

/// Parses interim heads, the final head and its content (Content-Length or chunked).
pub fn parse(bytes: &[u8], head_request: bool) -> Result<Response, String> {
    let mut rest = bytes;
    let mut interim = Vec::new();
    loop {
        let (head, used) = parse_head(rest)?;
        rest = &rest[used..];
        if (100..200).contains(&head.code) && head.code != 101 {
            interim.push(head);
            continue;
        }
        let no_content = head_request || head.code == 204 || head.code == 304 || head.code == 101;
        let (body, trailing) = if no_content {
            (Vec::new(), rest.to_vec())
        } else if let Some(len) = head.header("content-length") {
            let len: usize = len.parse().map_err(|_| "bad content-length")?;
            let n = len.min(rest.len());
            (rest[..n].to_vec(), rest[n..].to_vec())
        } else if head
            .header("transfer-encoding")
            .is_some_and(|t| t.contains("chunked"))
        {
            let mut body = Vec::new();
            let mut r = rest;
            loop {
                let eol = r
                    .windows(2)
                    .position(|w| w == b"\r\n")
                    .ok_or("chunk size")?;
                let size = usize::from_str_radix(
                    std::str::from_utf8(&r[..eol])
                        .map_err(|e| e.to_string())?
                        .trim(),
                    16,
                )
                .map_err(|e| e.to_string())?;
                r = &r[eol + 2..];
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&r[..size.min(r.len())]);
                r = &r[(size + 2).min(r.len())..];
            }
            (body, Vec::new())
        } else {
            (rest.to_vec(), Vec::new())
        };
        return Ok(Response {
            interim,
            head,
            body,
            trailing,
        });
    }
}
