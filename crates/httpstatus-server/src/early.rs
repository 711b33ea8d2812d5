//! A request that asks for a delay waits before hyper sees it, holding no buffer.
//!
//! hyper holds some 16 KiB per connection while a handler runs (its read and write
//! buffers), plus the request's header map and the handler's future: a request that
//! sleeps (`?sleep=`, `X-HttpStatus-Sleep`) would hold all that for its whole delay. So a
//! plain HTTP/1.1 connection that waits for a request (a new one, or a parked one:
//! `stream.rs`) reads what arrived into a buffer on the stack (`direct.rs`). When the
//! bytes are exactly one complete request head without content (no `Content-Length`,
//! `Transfer-Encoding`, `Upgrade` or `Expect`) whose answer starts with its delay (the
//! status routes say so: `pipeline::waits_first`), the head is kept in a buffer of its
//! size and the connection waits right here with nothing else but a timer; then hyper
//! reads the head from that buffer as it would have from the socket (`stream.rs`), and
//! the handler, told by the connection's [`Watch`], does not wait again.
//!
//! A client that closes its connection during the delay ends it then, as nginx does.

use std::time::Duration;

use http::{HeaderName, HeaderValue, Method, Request, Version};
use tokio::io::Interest;
use tokio::net::tcp::OwnedReadHalf;

use crate::phase::{Phase, Watch};
use crate::state::State;

/// The most bytes read at once while draining the socket.
const LOOK: usize = 4096;

/// The most header fields of a head that waits here.
const FIELDS: usize = 32;

/// Waits `delay` for the request whose head was read (`head`, from `direct.rs`), with the
/// connection's phase at `Handling` (the watchdog neither answers 408 nor closes it as
/// idle). Whatever else the socket holds is read too: its readiness then tells when the
/// client closes the connection. Returns the bytes read, for hyper to read first, or
/// `None` when the client closed the connection meanwhile.
pub(crate) async fn wait(
    read: &mut OwnedReadHalf,
    delay: Duration,
    watch: &Watch,
    mut head: Vec<u8>,
) -> Option<Vec<u8>> {
    watch.set(Phase::Handling);
    let sleep = tokio::time::sleep(delay);
    tokio::pin!(sleep);
    let mut open = drain(read, &mut head);
    // Until more bytes come (a pipelined request, left to hyper): then only the delay.
    let mut watching = true;
    while open {
        tokio::select! {
            biased;
            () = &mut sleep => break,
            ready = read.ready(Interest::READABLE), if watching => match ready {
                Ok(r) if !r.is_read_closed() && !r.is_error() => watching = false,
                _ => open = false,
            },
        }
    }
    // hyper reads the head as a new request's, and the handler does not wait again.
    watch.set(Phase::Idle);
    watch.waited();
    open.then_some(head)
}

/// Reads everything the socket holds into `into`, up to a few looks' worth; `false` when
/// the client closed the connection (or it failed).
fn drain(read: &mut OwnedReadHalf, into: &mut Vec<u8>) -> bool {
    let mut buf = [0u8; LOOK];
    while into.len() < 4 * LOOK {
        match read.try_read(&mut buf) {
            Ok(0) => return false,
            Ok(n) => into.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
            Err(_) => return false,
        }
    }
    true
}

/// The delay to wait before hyper when `bytes` are exactly one request head that waits
/// first (see the module's documentation).
pub(crate) fn delay_of(bytes: &[u8], state: &State) -> Option<Duration> {
    // Most requests ask for no delay: a look for the word is all they cost.
    if !mentions_sleep(bytes) {
        return None;
    }
    let (method, target, fields_at) = request_line(bytes)?;
    let mut fields = [httparse::EMPTY_HEADER; FIELDS];
    let fields = match httparse::parse_headers(&bytes[fields_at..], &mut fields) {
        Ok(httparse::Status::Complete((len, fields))) if fields_at + len == bytes.len() => fields,
        _ => return None,
    };
    let mut req = Request::builder()
        .method(method)
        .uri(target)
        .version(Version::HTTP_11)
        .body(())
        .ok()?;
    for field in fields.iter() {
        let name = HeaderName::from_bytes(field.name.as_bytes()).ok()?;
        if has_content_or_upgrade(&name) {
            return None;
        }
        let value = HeaderValue::from_bytes(field.value).ok()?;
        req.headers_mut().append(name, value);
    }
    crate::pipeline::waits_first(&req, state)
}

/// The method and request target of a request line `GET|HEAD SP target SP HTTP/1.1` at
/// the start of `bytes`, and where the field lines start; `None` for any other line (hyper
/// reads those). Only this narrow shape waits here: the field lines are parsed by
/// httparse's own `parse_headers`, and hyper parses the whole head again when it reads it.
/// (httparse's request parser is not called here: a second caller of it would keep the
/// compiler from inlining it into hyper's, which costs every request some 120
/// instructions, `bench/callgrind.sh`.)
pub(crate) fn request_line(bytes: &[u8]) -> Option<(Method, &str, usize)> {
    let end = memchr::memmem::find(bytes, b"\r\n")?;
    let line = std::str::from_utf8(&bytes[..end]).ok()?;
    let mut parts = line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || version != "HTTP/1.1"
        || target.is_empty()
        || !target.bytes().all(|b| b.is_ascii_graphic())
    {
        return None;
    }
    let method = match method {
        "GET" => Method::GET,
        "HEAD" => Method::HEAD,
        _ => return None,
    };
    Some((method, target, end + 2))
}

/// `true` for the fields after which hyper must have the connection from the start: the
/// request has content, expects a 100, or asks for another protocol.
fn has_content_or_upgrade(name: &HeaderName) -> bool {
    use http::header::{CONTENT_LENGTH, EXPECT, TRANSFER_ENCODING, UPGRADE};
    [CONTENT_LENGTH, TRANSFER_ENCODING, UPGRADE, EXPECT].contains(name)
}

/// `true` when `bytes` hold the word "sleep" in any case (the `sleep` control's name in
/// the query or in `X-HttpStatus-Sleep`). Every new connection's first head comes here:
/// `memchr` finds the few `s`/`S` in it, rather than a 5-byte window at every byte.
fn mentions_sleep(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(b's', b'S', bytes).any(|i| {
        bytes
            .get(i..i + 5)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"sleep"))
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::config::Limits;

    fn state() -> State {
        State::new(Limits::default(), None, false)
    }

    fn delay(head: &str) -> Option<Duration> {
        delay_of(head.as_bytes(), &state())
    }

    #[test]
    fn a_plain_head_with_a_delay_waits_first() {
        assert_eq!(
            delay("GET /status/200?sleep=250 HTTP/1.1\r\nHost: a\r\n\r\n"),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            delay("HEAD /418 HTTP/1.1\r\nHost: a\r\nX-HttpStatus-Sleep: 40\r\n\r\n"),
            Some(Duration::from_millis(40))
        );
        // A seeded choice is known before the delay.
        assert_eq!(
            delay("GET /status/200,404?sleep=5&seed=3 HTTP/1.1\r\nHost: a\r\n\r\n"),
            Some(Duration::from_millis(5))
        );
    }

    #[test]
    fn the_word_sleep_is_found_in_any_case_and_anywhere() {
        for (bytes, found) in [
            (&b"GET /200?sleep=1 HTTP/1.1\r\n\r\n"[..], true),
            (b"GET / HTTP/1.1\r\nX-HttpStatus-SLEEP: 5\r\n\r\n", true),
            (b"sleep", true),
            (b"xsSleep", true),
            (b"sleeP", true),
            (b"slee", false),
            (b"GET /status/200 HTTP/1.1\r\nHost: s\r\n\r\n", false),
            (b"", false),
        ] {
            assert_eq!(
                mentions_sleep(bytes),
                found,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn everything_else_goes_to_hyper_at_once() {
        for head in [
            // No delay, or not the status routes.
            "GET /status/200 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /anything?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /en/404?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
            // An incomplete head, a pipelined one after it, another protocol.
            "GET /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\n",
            "GET /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\n\r\n",
            "GET /status/200?sleep=5 HTTP/1.0\r\nHost: a\r\n\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            // Content, an expectation, an upgrade, a method with content.
            "GET /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n",
            "GET /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
            "GET /status/101?sleep=5 HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n",
            "POST /status/200?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
            // Refused or rejected at once: no Host, a delay over the limit, a bad one.
            "GET /status/200?sleep=5 HTTP/1.1\r\n\r\n",
            "GET /status/200?sleep=999999999 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /status/200?sleep=x HTTP/1.1\r\nHost: a\r\n\r\n",
            // Interim responses come before the delay; a random choice is made after it.
            "GET /status/103?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /status/102?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /status/200,404?sleep=5 HTTP/1.1\r\nHost: a\r\n\r\n",
        ] {
            assert_eq!(delay(head), None, "{head:?}");
        }
    }
}
