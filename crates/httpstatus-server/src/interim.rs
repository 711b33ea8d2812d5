//! Real 1xx interim responses on HTTP/1.1, which hyper's server has no API for.
//!
//! Each HTTP/1.x connection's stream is shared between hyper and the request handler:
//! [`SharedIo`] is what hyper reads and writes, and [`Interim`] (handed to the handler)
//! lets the handler write raw interim responses (`HTTP/1.1 103 Early Hints` plus header
//! fields) straight onto the stream before it returns the final response. HTTP/1.1
//! answers requests in order and hyper writes nothing for a request until its handler
//! returns, so the interim bytes land exactly where RFC 9110 §15.2 puts them.
//!
//! A plain TCP stream is split: hyper alone reads, and both sides write through a shared
//! reference to the writing half, so neither takes a lock. Any other stream (TLS) sits
//! behind a mutex held only inside one poll, never across an await.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

/// A stream hyper can serve a connection on.
pub(crate) trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

/// A connection's stream, before it is shared.
pub(crate) enum Io {
    /// Plain TCP.
    Tcp(TcpStream),
    /// Anything else (TLS).
    Other(Box<dyn Stream>),
}

/// The writing side both hold (and, for a stream that cannot be split, the reading side).
#[derive(Clone)]
enum Shared {
    Tcp(Arc<OwnedWriteHalf>),
    Locked(Arc<Mutex<Box<dyn Stream>>>),
}

fn lock(s: &Mutex<Box<dyn Stream>>) -> io::Result<MutexGuard<'_, Box<dyn Stream>>> {
    s.lock()
        .map_err(|_| io::Error::other("connection lock poisoned"))
}

impl Shared {
    fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self {
            Shared::Tcp(w) => loop {
                let tcp: &TcpStream = (**w).as_ref();
                ready!(tcp.poll_write_ready(cx))?;
                match tcp.try_write(buf) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    res => return Poll::Ready(res),
                }
            },
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        &self,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self {
            Shared::Tcp(w) => loop {
                let tcp: &TcpStream = (**w).as_ref();
                ready!(tcp.poll_write_ready(cx))?;
                match tcp.try_write_vectored(bufs) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    res => return Poll::Ready(res),
                }
            },
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Shared::Tcp(_) => true,
            Shared::Locked(m) => lock(m).map(|g| g.is_write_vectored()).unwrap_or(false),
        }
    }

    fn poll_flush(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self {
            // TCP writes go straight to the socket: nothing to flush.
            Shared::Tcp(_) => Poll::Ready(Ok(())),
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_flush(cx),
        }
    }

    fn poll_shutdown(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self {
            Shared::Tcp(w) => {
                let tcp: &TcpStream = (**w).as_ref();
                Poll::Ready(socket2::SockRef::from(tcp).shutdown(std::net::Shutdown::Write))
            }
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_shutdown(cx),
        }
    }
}

/// Where an HTTP/1.x connection is in its request cycle, for the watchdog that answers
/// slow request heads with 408 and closes idle connections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Waiting for the next request; nothing of it has arrived.
    Idle,
    /// The first bytes of a request head arrived; the rest has not.
    ReadingHead,
    /// The head is complete: a handler has it.
    Handling,
    /// HTTP/2: the watchdog does not apply.
    Off,
}

/// The connection's phase, shared by the stream, the handler and the watchdog. Lock-free
/// and without a clock: it changes a few times per request, and every change also counts
/// up a step number, so that the watchdog, which looks every so often, can tell "still
/// in the same phase" from "went round and is back in it" (see [`Watch::step`]).
#[derive(Debug)]
pub(crate) struct Watch {
    /// The phase's tag in the top two bits, the step number in the rest.
    state: AtomicU64,
}

const TAG_SHIFT: u32 = 62;
const STEP_MASK: u64 = (1 << TAG_SHIFT) - 1;
const IDLE: u64 = 0;
const READING: u64 = 1 << TAG_SHIFT;
const HANDLING: u64 = 2 << TAG_SHIFT;
const OFF: u64 = 3 << TAG_SHIFT;

/// The state after `cur` when moving to the phase tagged `tag`.
fn next(cur: u64, tag: u64) -> u64 {
    tag | ((cur & STEP_MASK).wrapping_add(1) & STEP_MASK)
}

impl Watch {
    fn new() -> Arc<Watch> {
        Arc::new(Watch {
            state: AtomicU64::new(IDLE),
        })
    }

    /// The current phase and step number, as one value: equal values seen at two times
    /// mean the connection stayed in that phase all along.
    pub(crate) fn step(&self) -> u64 {
        self.state.load(Ordering::Acquire)
    }

    /// The phase of a value from [`Watch::step`].
    pub(crate) fn phase_of(step: u64) -> Phase {
        match step & !STEP_MASK {
            IDLE => Phase::Idle,
            READING => Phase::ReadingHead,
            HANDLING => Phase::Handling,
            _ => Phase::Off,
        }
    }

    /// Moves to `phase` (never out of `Off`).
    pub(crate) fn set(&self, phase: Phase) {
        let tag = match phase {
            Phase::Idle => IDLE,
            Phase::ReadingHead => READING,
            Phase::Handling => HANDLING,
            Phase::Off => OFF,
        };
        let _ = self
            .state
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |cur| {
                (cur & !STEP_MASK != OFF).then(|| next(cur, tag))
            });
    }

    fn bytes_read(&self, first: &[u8]) {
        let cur = self.state.load(Ordering::Acquire);
        if cur & !STEP_MASK != IDLE {
            return;
        }
        // The HTTP/2 connection preface: this is not an HTTP/1.x connection.
        let tag = if first.starts_with(b"PRI ") {
            OFF
        } else {
            READING
        };
        let _ =
            self.state
                .compare_exchange(cur, next(cur, tag), Ordering::AcqRel, Ordering::Acquire);
    }
}

/// The connection's stream as hyper sees it.
pub(crate) struct SharedIo {
    /// A TCP stream's reading side: only hyper reads, so it is hyper's alone (and reads
    /// with tokio's own `poll_read`, which spares the extra `recv` after a short read).
    read: Option<OwnedReadHalf>,
    inner: Shared,
    watch: Arc<Watch>,
}

/// The handler's way to write interim responses on its connection.
#[derive(Clone)]
pub(crate) struct Interim {
    inner: Shared,
    /// The connection's phase.
    pub(crate) watch: Arc<Watch>,
}

impl std::fmt::Debug for Interim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Interim")
    }
}

/// Splits `stream` into hyper's side and the handler's side.
pub(crate) fn share(stream: Io) -> (SharedIo, Interim) {
    let (read, inner) = match stream {
        Io::Tcp(tcp) => {
            let (read, write) = tcp.into_split();
            (Some(read), Shared::Tcp(Arc::new(write)))
        }
        Io::Other(other) => (None, Shared::Locked(Arc::new(Mutex::new(other)))),
    };
    let watch = Watch::new();
    (
        SharedIo {
            read,
            inner: inner.clone(),
            watch: watch.clone(),
        },
        Interim { inner, watch },
    )
}

impl Interim {
    /// Writes raw bytes and flushes.
    pub(crate) async fn write_raw(&self, bytes: &[u8]) -> io::Result<()> {
        let mut written = 0;
        while written < bytes.len() {
            let n = std::future::poll_fn(|cx| self.inner.poll_write(cx, &bytes[written..])).await?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            written += n;
        }
        std::future::poll_fn(|cx| self.inner.poll_flush(cx)).await
    }

    /// Closes the writing side.
    pub(crate) async fn shutdown(&self) -> io::Result<()> {
        std::future::poll_fn(|cx| self.inner.poll_shutdown(cx)).await
    }

    /// Writes one interim response: status line, the header fields, an empty line.
    pub(crate) async fn send(
        &self,
        code: u16,
        reason: &str,
        headers: &[(&str, String)],
    ) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {code} {reason}\r\n");
        for (name, value) in headers {
            if value.contains(['\r', '\n']) {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "CR or LF in an interim header field",
                ));
            }
            head.push_str(name);
            head.push_str(": ");
            head.push_str(value);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        self.write_raw(head.as_bytes()).await
    }
}

impl AsyncRead for SharedIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = self.get_mut();
        let res = match (&mut this.read, &this.inner) {
            (Some(read), _) => Pin::new(read).poll_read(cx, buf),
            (None, Shared::Locked(m)) => Pin::new(&mut **lock(m)?).poll_read(cx, buf),
            (None, Shared::Tcp(_)) => Poll::Ready(Err(io::ErrorKind::NotConnected.into())),
        };
        if matches!(res, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.watch.bytes_read(&buf.filled()[before..]);
        }
        res
    }
}

impl AsyncWrite for SharedIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.inner.poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.inner.poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner.poll_shutdown(cx)
    }
}
