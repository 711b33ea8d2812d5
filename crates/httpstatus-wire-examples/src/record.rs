//! One exchange over a plain TCP socket: the request as written, every response as read,
//! framed by the rules of RFC 9112 §6.3 so that nothing waits for the connection to close.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use crate::requests::RequestSpec;
use crate::{CONTENT_SHOWN, NORMALISED_DATE};

/// Who sent a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Peer {
    /// The client (our request).
    Client,
    /// The server.
    Server,
}

impl Peer {
    /// `"client"` or `"server"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Peer::Client => "client",
            Peer::Server => "server",
        }
    }
}

/// A message as it crossed the wire (see the crate docs for what is normalised).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Who sent it.
    pub from: Peer,
    /// Its bytes, as text.
    pub text: String,
    /// Bytes of content left out after `text`.
    pub omitted: usize,
}

/// Why an exchange could not be recorded.
#[derive(Debug)]
pub enum RecordError {
    /// The socket failed.
    Io(io::Error),
    /// The server's answer is not what HTTP/1.1 allows.
    Protocol(String),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Io(e) => write!(f, "socket: {e}"),
            RecordError::Protocol(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RecordError {}

impl From<io::Error> for RecordError {
    fn from(e: io::Error) -> Self {
        RecordError::Io(e)
    }
}

/// Sends `spec` to `addr` and records the exchange. With `Expect: 100-continue`, the
/// content goes out only after the server's `100 Continue` (and not at all if a final
/// response comes first).
pub fn record(
    addr: SocketAddr,
    spec: &RequestSpec,
    timeout: Duration,
) -> Result<Vec<Message>, RecordError> {
    let mut socket = TcpStream::connect(addr)?;
    socket.set_read_timeout(Some(timeout))?;
    socket.set_write_timeout(Some(timeout))?;
    socket.set_nodelay(true)?;
    let mut messages = Vec::new();
    let head = spec.head();
    let mut pending = None;
    if spec.expects_continue() && !spec.content.is_empty() {
        socket.write_all(head.as_bytes())?;
        messages.push(client(head));
        pending = Some(spec.content.clone());
    } else {
        let whole = head + &spec.content;
        socket.write_all(whole.as_bytes())?;
        messages.push(client(whole));
    }
    let mut reader = Reader {
        socket: &mut socket,
        buf: Vec::new(),
    };
    loop {
        let head = reader.head()?;
        let code = status_code(&head)?;
        if (100..200).contains(&code) && code != 101 {
            messages.push(server(&head, &[])?);
            if code == 100 {
                if let Some(content) = pending.take() {
                    reader.socket.write_all(content.as_bytes())?;
                    messages.push(client(content));
                }
            }
            continue;
        }
        let content = match framing(&head, &spec.method, code)? {
            Framing::None => Vec::new(),
            Framing::Length(n) => reader.exactly(n)?,
            Framing::Chunked => reader.chunked()?,
        };
        messages.push(server(&head, &content)?);
        return Ok(messages);
    }
}

fn client(text: String) -> Message {
    Message {
        from: Peer::Client,
        text,
        omitted: 0,
    }
}

fn server(head: &[u8], content: &[u8]) -> Result<Message, RecordError> {
    let head = std::str::from_utf8(head)
        .map_err(|_| RecordError::Protocol("a response head that is not UTF-8".into()))?;
    let mut text = normalise_head(head);
    // Cut long content at a character boundary at most CONTENT_SHOWN bytes in.
    let mut shown = content.len().min(CONTENT_SHOWN);
    let kept = loop {
        match std::str::from_utf8(&content[..shown]) {
            Ok(s) => break s,
            Err(e) if e.error_len().is_none() => shown = e.valid_up_to(),
            Err(_) => {
                return Err(RecordError::Protocol(
                    "content that is not UTF-8 text".into(),
                ));
            }
        }
    };
    text.push_str(kept);
    Ok(Message {
        from: Peer::Server,
        text,
        omitted: content.len() - shown,
    })
}

/// Replaces the value of every `Date` field line.
pub fn normalise_head(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    for line in head.split_inclusive("\r\n") {
        match line.split_once(':') {
            Some((name, _)) if name.eq_ignore_ascii_case("date") => {
                out.push_str(name);
                out.push_str(": ");
                out.push_str(NORMALISED_DATE);
                out.push_str("\r\n");
            }
            _ => out.push_str(line),
        }
    }
    out
}

fn status_code(head: &[u8]) -> Result<u16, RecordError> {
    let line = head.split(|&b| b == b'\r').next().unwrap_or_default();
    let line = std::str::from_utf8(line).unwrap_or_default();
    let mut parts = line.splitn(3, ' ');
    match (parts.next(), parts.next()) {
        (Some("HTTP/1.1"), Some(code)) if code.len() == 3 => code
            .parse()
            .map_err(|_| RecordError::Protocol(format!("bad status line {line:?}"))),
        _ => Err(RecordError::Protocol(format!("bad status line {line:?}"))),
    }
}

enum Framing {
    None,
    Length(usize),
    Chunked,
}

/// RFC 9112 §6.3: no content after HEAD, 1xx, 204 and 304; otherwise chunked or
/// `Content-Length` (our server never closes to delimit content).
fn framing(head: &[u8], method: &str, code: u16) -> Result<Framing, RecordError> {
    if method == "HEAD" || code < 200 || code == 204 || code == 304 {
        return Ok(Framing::None);
    }
    let head = String::from_utf8_lossy(head);
    let mut length = None;
    for line in head.split("\r\n").skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked") {
            return Ok(Framing::Chunked);
        }
        if name.eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .parse()
                    .map_err(|_| RecordError::Protocol(format!("bad Content-Length {value:?}")))?,
            );
        }
    }
    length.map(Framing::Length).ok_or_else(|| {
        RecordError::Protocol(
            "a response with content but neither Content-Length nor chunked framing".into(),
        )
    })
}

struct Reader<'a> {
    socket: &'a mut TcpStream,
    buf: Vec<u8>,
}

impl Reader<'_> {
    fn fill(&mut self) -> Result<(), RecordError> {
        let mut chunk = [0u8; 4096];
        let n = self.socket.read(&mut chunk)?;
        if n == 0 {
            return Err(RecordError::Protocol(
                "the server closed the connection early".into(),
            ));
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(())
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        self.buf.drain(..n).collect()
    }

    /// A header section, up to and including its empty line.
    fn head(&mut self) -> Result<Vec<u8>, RecordError> {
        loop {
            if let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                return Ok(self.take(end + 4));
            }
            if self.buf.len() > 64 * 1024 {
                return Err(RecordError::Protocol("a header section over 64 KiB".into()));
            }
            self.fill()?;
        }
    }

    fn exactly(&mut self, n: usize) -> Result<Vec<u8>, RecordError> {
        while self.buf.len() < n {
            self.fill()?;
        }
        Ok(self.take(n))
    }

    fn line(&mut self) -> Result<Vec<u8>, RecordError> {
        loop {
            if let Some(end) = self.buf.windows(2).position(|w| w == b"\r\n") {
                return Ok(self.take(end + 2));
            }
            self.fill()?;
        }
    }

    /// Chunked content, raw (sizes and all), through the last chunk and the empty
    /// trailer section.
    fn chunked(&mut self) -> Result<Vec<u8>, RecordError> {
        let mut raw = Vec::new();
        loop {
            let line = self.line()?;
            let size = std::str::from_utf8(&line)
                .ok()
                .and_then(|l| l.trim_end().split(';').next())
                .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
                .ok_or_else(|| RecordError::Protocol("bad chunk size".into()))?;
            raw.extend_from_slice(&line);
            if size == 0 {
                loop {
                    let trailer = self.line()?;
                    raw.extend_from_slice(&trailer);
                    if trailer == b"\r\n" {
                        return Ok(raw);
                    }
                }
            }
            raw.extend(self.exactly(size + 2)?);
        }
    }
}
