//! Ready answers written straight from the socket, before hyper.
//!
//! A plain HTTP/1.1 connection that waits for a request without hyper (a new one, or one
//! parked between requests: `stream.rs`) reads what arrives into a buffer on the stack.
//! While those bytes hold whole requests that have ready answers (`ready.rs`: a `GET` or
//! `HEAD` of one status code or of a stored page, and nothing in the head that changes the
//! answer), each is answered at once with bytes made once (`wire_head.rs`) and the date
//! of this second: no request or response object is built, no hyper state, and no buffer
//! is kept between requests. These are the requests a load test sends by the million.
//!
//! The first request that is anything else, with every byte after it, goes to hyper as if
//! read from the socket; one that asks for a delay waits it first (`early.rs`). Anything
//! this reader does not fully understand is "anything else": hyper has the last word on
//! every request that is not plainly a ready one (`tests/wire.rs` compares the bytes).

use std::io::{self, IoSlice};
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Method;
use tokio::io::{AsyncRead, ReadBuf};
use tokio::net::tcp::OwnedReadHalf;

use crate::early;
use crate::negotiate;
use crate::phase::Watch;
use crate::route;
use crate::routes::Family;
use crate::state::State;
use crate::stream::Shared;
use crate::wire_head::{self, WireHead};

/// The most bytes read at once; a head not whole within them goes to hyper.
const READ: usize = 4096;

/// The most header fields of a request answered here.
const FIELDS: usize = 32;

/// What a connection does after a look at what its client sent.
#[derive(Debug)]
pub(crate) enum Turn {
    /// Every request that arrived was answered: wait for the next.
    Answered,
    /// The connection is done: its client closed it or asked to, or it failed.
    Closed,
    /// These bytes start a request for hyper, which reads them first.
    Hyper(Vec<u8>),
    /// This request head waits `Duration` first (`early.rs`), then goes to hyper.
    Delay(Duration, Vec<u8>),
    /// An answer did not go out whole (the socket's buffer was full): write `rest`, then
    /// close the connection (`close`) or give `then`, the bytes after that request, to
    /// hyper (or, when there are none, wait for the next request).
    Blocked {
        rest: Vec<u8>,
        then: Vec<u8>,
        close: bool,
    },
}

/// Reads what the client sent, when it sent something, and answers the ready requests in
/// it (see the module's documentation). `writer` is the connection's writing side and
/// `watch` its phase, which counts each answer as a round through it.
pub(crate) fn poll_turn(
    read: &mut OwnedReadHalf,
    cx: &mut Context<'_>,
    state: &State,
    writer: &Shared,
    watch: &Watch,
) -> Poll<Turn> {
    // On the stack of this one poll, never in the connection's future. tokio's own
    // `poll_read` clears the socket's readiness after a short read: the next poll waits
    // without another `recv`.
    let mut storage = [MaybeUninit::<u8>::uninit(); READ];
    let mut buf = ReadBuf::uninit(&mut storage);
    match Pin::new(read).poll_read(cx, &mut buf) {
        Poll::Pending => Poll::Pending,
        Poll::Ready(Ok(())) if !buf.filled().is_empty() => {
            Poll::Ready(answer(buf.filled(), state, writer, watch))
        }
        // The client's close, or an error: nothing more to read.
        Poll::Ready(_) => Poll::Ready(Turn::Closed),
    }
}

/// Answers the ready requests at the start of `bytes` (see [`poll_turn`]).
fn answer(bytes: &[u8], state: &State, writer: &Shared, watch: &Watch) -> Turn {
    // The access log belongs to the general path.
    let direct = !crate::pipeline::access_log();
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        if let Some(delay) = early::delay_of(rest, state) {
            return Turn::Delay(delay, rest.to_vec());
        }
        let ready = match direct.then(|| recognise(rest, state)) {
            Some(Ok(ready)) => ready,
            why => {
                // A client whose requests hyper answers by their form stays with hyper
                // (`Watch::parks_at_once`).
                watch.handed_over(!matches!(why, Some(Err(Decline::NotYet))));
                return Turn::Hyper(rest.to_vec());
            }
        };
        at += ready.len;
        watch.answered();
        match send(writer, &ready) {
            Sent::Whole if ready.close => {
                let _ = writer.shutdown_now();
                return Turn::Closed;
            }
            Sent::Whole => {}
            Sent::Part(rest) => {
                return Turn::Blocked {
                    rest,
                    then: if ready.close {
                        Vec::new()
                    } else {
                        bytes[at..].to_vec()
                    },
                    close: ready.close,
                };
            }
            Sent::Failed => return Turn::Closed,
        }
    }
    Turn::Answered
}

/// A request answered here: its head's length, and what to write.
#[derive(Debug)]
struct Ready<'a> {
    /// The request head's length in the bytes read.
    len: usize,
    head: &'a WireHead,
    content: &'a [u8],
    /// The client asked to close the connection (`Connection: close`).
    close: bool,
}

/// What a request's header fields say, as far as a ready answer cares.
#[derive(Default)]
struct Fields<'a> {
    hosts: usize,
    accept: Option<&'a [u8]>,
    accept_language: Option<&'a [u8]>,
    accept_encoding: Option<&'a [u8]>,
    close: bool,
}

/// Why a request goes to hyper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decline {
    /// Its form is not a ready request's.
    Form,
    /// A ready request for a stored page, before the page store is rendered (the general
    /// path renders it).
    NotYet,
}

/// The ready answer to the request head at the start of `bytes`, when it is one this path
/// answers: a whole `GET` or `HEAD` on HTTP/1.1 that admission lets through (one `Host`,
/// within `--max-header-bytes`), of a plain path (no query), with no field that changes
/// the answer or that hyper must see: content, `Expect`, `Upgrade`, `Range`, a
/// precondition, a control, a `Connection` option other than `close` or `keep-alive`.
fn recognise<'s>(bytes: &[u8], state: &'s State) -> Result<Ready<'s>, Decline> {
    let form = Decline::Form;
    let (method, path, fields_at) = early::request_line(bytes).ok_or(form)?;
    if !plain_path(path) {
        return Err(form);
    }
    let mut storage = [httparse::EMPTY_HEADER; FIELDS];
    let (fields_len, parsed) = match httparse::parse_headers(&bytes[fields_at..], &mut storage) {
        Ok(httparse::Status::Complete(done)) => done,
        _ => return Err(form),
    };
    let len = fields_at + fields_len;
    if len > state.limits.max_header_bytes {
        return Err(form);
    }
    let fields = read_fields(parsed).ok_or(form)?;
    if fields.hosts != 1 {
        return Err(form);
    }
    let head = method == Method::HEAD;
    let (wire, content) = if let Some(code) = route::single_code(path) {
        // 1xx answers are interim responses or a protocol switch; 206 reads `Range`.
        if code.is_informational() || code == httpstatus::StatusCode::PARTIAL_CONTENT {
            return Err(form);
        }
        let format = negotiate::format_of(fields.accept);
        let lang = negotiate::language_of(fields.accept_language);
        state
            .ready
            .wire(code, format, lang, &state.limits, head)
            .ok_or(form)?
    } else if Family::of(path, state.pages.crawlable()) == Family::Pages {
        let page = state.pages.stored(path).ok_or(Decline::NotYet)?;
        page.wire(fields.accept_encoding, head).ok_or(form)?
    } else {
        return Err(form);
    };
    Ok(Ready {
        len,
        head: wire,
        content,
        close: fields.close,
    })
}

/// What [`recognise`] makes of `bytes`: the request head's length and whether it asks to
/// close, when it is a ready request answered here (for the fuzz target, `lib.rs`).
pub(crate) fn recognised(bytes: &[u8], state: &State) -> Option<(usize, bool)> {
    recognise(bytes, state).ok().map(|r| (r.len, r.close))
}

/// Reads the fields a ready answer depends on; `None` when one of them sends the request
/// to hyper (see [`recognise`]).
fn read_fields<'a>(parsed: &[httparse::Header<'a>]) -> Option<Fields<'a>> {
    let mut f = Fields::default();
    for field in parsed {
        let name = field.name.as_bytes();
        let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
        if is(b"host") {
            f.hosts += 1;
        } else if is(b"accept") {
            f.accept.get_or_insert(field.value);
        } else if is(b"accept-language") {
            f.accept_language.get_or_insert(field.value);
        } else if is(b"accept-encoding") {
            f.accept_encoding.get_or_insert(field.value);
        } else if is(b"connection") {
            for option in field.value.split(|b| *b == b',') {
                let option = option.trim_ascii();
                if option.eq_ignore_ascii_case(b"close") {
                    f.close = true;
                } else if !option.eq_ignore_ascii_case(b"keep-alive") {
                    return None;
                }
            }
        } else if is(b"content-length")
            || is(b"transfer-encoding")
            || is(b"expect")
            || is(b"upgrade")
            || is(b"range")
            || is(b"if-none-match")
            || is(b"if-modified-since")
            || is(b"if-match")
            || is(b"if-unmodified-since")
            || name
                .get(..13)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"x-httpstatus-"))
        {
            return None;
        }
    }
    Some(f)
}

/// `true` for an origin-form path of the characters RFC 3986 allows in a path (`pchar`
/// and `/`), without a query: what every URI parser reads the same way.
fn plain_path(path: &str) -> bool {
    path.starts_with('/')
        && path.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'/' | b'-'
                        | b'.'
                        | b'_'
                        | b'~'
                        | b'%'
                        | b'!'
                        | b'$'
                        | b'&'
                        | b'\''
                        | b'('
                        | b')'
                        | b'*'
                        | b'+'
                        | b','
                        | b';'
                        | b'='
                        | b':'
                        | b'@'
                )
        })
}

/// The date line and the empty line that end a response head: `date: `, the date of
/// this second, CRLF CRLF.
fn date_line() -> [u8; wire_head::DATE_LINE] {
    let mut line = *b"date: Thu, 01 Jan 1970 00:00:00 GMT\r\n\r\n";
    line[6..35].copy_from_slice(&wire_head::date());
    line
}

/// What became of a write.
enum Sent {
    Whole,
    /// What did not go out.
    Part(Vec<u8>),
    Failed,
}

/// Writes `ready`'s answer in one system call, as far as the socket takes it: the head's
/// fields made once, `connection: close` where hyper adds it, the length line, the date,
/// the content (each from where it is kept: nothing is copied).
fn send(writer: &Shared, ready: &Ready<'_>) -> Sent {
    let date = date_line();
    let close: &[u8] = if ready.close { wire_head::CLOSE } else { &[] };
    let content = if ready.head.sends_content {
        ready.content
    } else {
        &[]
    };
    let parts = [
        &ready.head.fields[..],
        close,
        &ready.head.length,
        &date,
        content,
    ];
    let bufs = parts.map(IoSlice::new);
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let mut written = match writer.try_write_vectored(&bufs) {
        Ok(n) => n,
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => 0,
        Err(_) => return Sent::Failed,
    };
    if written == total {
        return Sent::Whole;
    }
    let mut rest = Vec::with_capacity(total - written);
    for part in parts {
        let skip = written.min(part.len());
        rest.extend_from_slice(&part[skip..]);
        written -= skip;
    }
    Sent::Part(rest)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::config::Limits;

    fn state() -> State {
        State::new(Limits::default(), None, false)
    }

    fn recognised(head: &str) -> Option<(usize, bool)> {
        super::recognised(head.as_bytes(), &state())
    }

    #[test]
    fn plain_requests_for_a_code_are_answered_here() {
        for head in [
            "GET /418 HTTP/1.1\r\nHost: a\r\n\r\n",
            "HEAD /status/503 HTTP/1.1\r\nhost: a\r\nAccept: application/json\r\n\r\n",
            "GET /404/any/thing HTTP/1.1\r\nHost: a\r\nAccept-Language: ko\r\n\r\n",
            "GET /200 HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\nUser-Agent: x\r\n\r\n",
            "GET /204 HTTP/1.1\r\nHost: a\r\nOrigin: https://b\r\n\r\n",
        ] {
            assert_eq!(recognised(head), Some((head.len(), false)), "{head:?}");
        }
        let close = "GET /418 HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, close\r\n\r\n";
        assert_eq!(recognised(close), Some((close.len(), true)));
        // The head's length, when more follows it.
        let one = "GET /418 HTTP/1.1\r\nHost: a\r\n\r\n";
        let two = format!("{one}GET /418 HTTP/1.1\r\n");
        assert_eq!(recognised(&two), Some((one.len(), false)));
    }

    #[test]
    fn anything_else_goes_to_hyper() {
        for head in [
            // Not whole, not HTTP/1.1, not GET or HEAD, not origin-form.
            "GET /418 HTTP/1.1\r\nHost: a\r\n",
            "GET /418 HTTP/1.0\r\nHost: a\r\n\r\n",
            "POST /418 HTTP/1.1\r\nHost: a\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET http://a/418 HTTP/1.1\r\nHost: a\r\n\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "\r\nGET /418 HTTP/1.1\r\nHost: a\r\n\r\n",
            // A query, a character a path may not have, not a ready route.
            "GET /418? HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /418?x=1 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /418/a\"b HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /418/a{b} HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /103 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /206 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /600 HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /anything HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /en/404 HTTP/1.1\r\nHost: a\r\n\r\n", // the store is not rendered yet (below)
            // Admission: no Host, two.
            "GET /418 HTTP/1.1\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            // Fields that change the answer or that hyper must see.
            "GET /418 HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\n",
            "GET /200 HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\r\n\r\n",
            "GET /200 HTTP/1.1\r\nHost: a\r\nIf-None-Match: \"x\"\r\n\r\n",
            "GET /200 HTTP/1.1\r\nHost: a\r\nif-modified-since: x\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nX-HttpStatus-Sleep: 5\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nx-httpstatus-response-x-a: b\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\nConnection: TE\r\nTE: trailers\r\n\r\n",
            // Not a header field line.
            "GET /418 HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
            "GET /418 HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
        ] {
            assert_eq!(recognised(head), None, "{head:?}");
        }
    }

    #[test]
    fn a_page_before_the_store_is_rendered_is_not_yet_not_a_form_hyper_keeps() {
        let state = state();
        let page = "GET /en/404 HTTP/1.1\r\nHost: a\r\n\r\n";
        assert_eq!(
            recognise(page.as_bytes(), &state).err(),
            Some(Decline::NotYet)
        );
        let old = "GET /en/404 HTTP/1.0\r\nHost: a\r\n\r\n";
        assert_eq!(recognise(old.as_bytes(), &state).err(), Some(Decline::Form));
    }

    #[test]
    fn heads_over_the_limit_go_to_hyper() {
        let state = State::new(
            Limits {
                max_header_bytes: 40,
                ..Limits::default()
            },
            None,
            false,
        );
        let short = "GET /418 HTTP/1.1\r\nHost: a\r\n\r\n";
        assert!(recognise(short.as_bytes(), &state).is_ok());
        let long = "GET /418 HTTP/1.1\r\nHost: a\r\nUser-Agent: abcdefgh\r\n\r\n";
        assert_eq!(
            recognise(long.as_bytes(), &state).err(),
            Some(Decline::Form)
        );
    }

    #[test]
    fn too_many_fields_go_to_hyper() {
        let mut head = String::from("GET /418 HTTP/1.1\r\nHost: a\r\n");
        for i in 0..FIELDS {
            head.push_str(&format!("X-F{i}: v\r\n"));
        }
        head.push_str("\r\n");
        assert_eq!(recognised(&head), None);
    }

    #[test]
    fn the_date_line_ends_the_head() {
        let line = date_line();
        let text = std::str::from_utf8(&line).unwrap();
        assert!(text.starts_with("date: "), "{text}");
        assert!(text.ends_with(" GMT\r\n\r\n"), "{text}");
        assert!(httpdate::parse_http_date(&text[6..35]).is_ok(), "{text}");
    }
}
