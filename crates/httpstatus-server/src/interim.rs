//! Real 1xx interim responses on HTTP/1.1, which hyper's server has no API for.
//!
//! Each HTTP/1.x connection's stream is shared between hyper and the request handler:
//! [`SharedIo`] is what hyper reads and writes, and [`Interim`] (put into the request's
//! extensions) lets the handler write raw interim responses (`HTTP/1.1 103 Early Hints`
//! plus header fields) straight onto the stream before it returns the final response.
//! HTTP/1.1 answers requests in order and hyper writes nothing for a request until its
//! handler returns, so the interim bytes land exactly where RFC 9110 §15.2 puts them.
//! The lock is held only inside one poll, never across an await.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Instant;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A stream hyper can serve a connection on.
pub(crate) trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

type Shared = Arc<Mutex<Box<dyn Stream>>>;

fn lock(s: &Shared) -> io::Result<MutexGuard<'_, Box<dyn Stream>>> {
    s.lock()
        .map_err(|_| io::Error::other("connection lock poisoned"))
}

/// Where an HTTP/1.x connection is in its request cycle, for the watchdog that answers
/// slow request heads with 408 and closes idle connections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Waiting for the next request since this instant; nothing of it has arrived.
    Idle(Instant),
    /// The first bytes of a request head arrived at this instant.
    ReadingHead(Instant),
    /// The head is complete: a handler has it.
    Handling,
    /// HTTP/2: the watchdog does not apply.
    Off,
}

/// The connection's phase, shared by the stream, the handler and the watchdog. Lock-free:
/// it changes a few times per request.
#[derive(Debug)]
pub(crate) struct Watch {
    /// The phase's tag in the top two bits; for `Idle` and `ReadingHead`, nanoseconds
    /// since `base` in the rest.
    state: AtomicU64,
    base: Instant,
}

const TAG_SHIFT: u32 = 62;
const TIME_MASK: u64 = (1 << TAG_SHIFT) - 1;
const IDLE: u64 = 0;
const READING: u64 = 1 << TAG_SHIFT;
const HANDLING: u64 = 2 << TAG_SHIFT;
const OFF: u64 = 3 << TAG_SHIFT;

impl Watch {
    fn new() -> Arc<Watch> {
        Arc::new(Watch {
            state: AtomicU64::new(IDLE),
            base: Instant::now(),
        })
    }

    fn stamp(&self, at: Instant) -> u64 {
        let nanos = at.saturating_duration_since(self.base).as_nanos();
        u64::try_from(nanos).unwrap_or(TIME_MASK).min(TIME_MASK)
    }

    fn encode(&self, phase: Phase) -> u64 {
        match phase {
            Phase::Idle(at) => IDLE | self.stamp(at),
            Phase::ReadingHead(at) => READING | self.stamp(at),
            Phase::Handling => HANDLING,
            Phase::Off => OFF,
        }
    }

    /// The current phase.
    pub(crate) fn phase(&self) -> Phase {
        let n = self.state.load(Ordering::Acquire);
        let at = self.base + std::time::Duration::from_nanos(n & TIME_MASK);
        match n & !TIME_MASK {
            IDLE => Phase::Idle(at),
            READING => Phase::ReadingHead(at),
            HANDLING => Phase::Handling,
            _ => Phase::Off,
        }
    }

    /// Moves to `next` (never out of `Off`).
    pub(crate) fn set(&self, next: Phase) {
        let next = self.encode(next);
        let _ = self
            .state
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |cur| {
                (cur != OFF).then_some(next)
            });
    }

    /// The connection is idle from now on (its last response is written or abandoned).
    pub(crate) fn idle_now(&self) {
        self.set(Phase::Idle(Instant::now()));
    }

    fn bytes_read(&self, first: &[u8]) {
        let cur = self.state.load(Ordering::Acquire);
        if cur & !TIME_MASK != IDLE {
            return;
        }
        // The HTTP/2 connection preface: this is not an HTTP/1.x connection.
        let next = if first.starts_with(b"PRI ") {
            OFF
        } else {
            self.encode(Phase::ReadingHead(Instant::now()))
        };
        let _ = self
            .state
            .compare_exchange(cur, next, Ordering::AcqRel, Ordering::Acquire);
    }
}

/// The connection's stream as hyper sees it.
pub(crate) struct SharedIo {
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
pub(crate) fn share(stream: impl Stream) -> (SharedIo, Interim) {
    let inner: Shared = Arc::new(Mutex::new(Box::new(stream)));
    let watch = Watch::new();
    (
        SharedIo {
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
            let n = std::future::poll_fn(|cx| {
                let mut guard = lock(&self.inner)?;
                Pin::new(&mut **guard).poll_write(cx, &bytes[written..])
            })
            .await?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            written += n;
        }
        std::future::poll_fn(|cx| {
            let mut guard = lock(&self.inner)?;
            Pin::new(&mut **guard).poll_flush(cx)
        })
        .await
    }

    /// Closes the writing side.
    pub(crate) async fn shutdown(&self) -> io::Result<()> {
        std::future::poll_fn(|cx| {
            let mut guard = lock(&self.inner)?;
            Pin::new(&mut **guard).poll_shutdown(cx)
        })
        .await
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
        let mut guard = lock(&self.inner)?;
        let res = Pin::new(&mut **guard).poll_read(cx, buf);
        drop(guard);
        if matches!(res, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.watch.bytes_read(&buf.filled()[before..]);
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
        let mut guard = lock(&self.inner)?;
        Pin::new(&mut **guard).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let mut guard = lock(&self.inner)?;
        Pin::new(&mut **guard).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        lock(&self.inner)
            .map(|g| g.is_write_vectored())
            .unwrap_or(false)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut guard = lock(&self.inner)?;
        Pin::new(&mut **guard).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut guard = lock(&self.inner)?;
        Pin::new(&mut **guard).poll_shutdown(cx)
    }
}
