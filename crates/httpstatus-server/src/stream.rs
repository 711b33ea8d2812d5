//! A connection's stream, shared by hyper and the request handler without a lock.
//!
//! hyper reads and writes [`SharedIo`]; the handler holds the writing side ([`Shared`],
//! wrapped in `interim::Interim`) to write interim responses before hyper writes the final
//! one. A plain TCP stream is split: hyper alone reads, and both sides write through a
//! shared reference to the writing half, so neither takes a lock. Any other stream (TLS)
//! sits behind a mutex held only inside one poll, never across an await.
//!
//! A plain HTTP/1.x connection is *parked* while it waits for its next request: once a
//! response is out and hyper waits for the next request, the connection's task drops
//! hyper's state with its buffers (8 KiB to read, 8 KiB to write), takes the reading side
//! back and waits for the socket to become readable with no buffer at all
//! (`connection.rs`). Only at a moment when hyper provably holds nothing of the client's
//! and owes it nothing: see [`Park`]. A new plain TCP connection starts parked: its first
//! request may then wait before hyper exists (`early.rs`).

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

use crate::phase::{Phase, Watch};

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

/// The writing side hyper and the handler both hold (and, for a stream that cannot be
/// split, the reading side).
#[derive(Clone)]
pub(crate) enum Shared {
    Tcp(Arc<OwnedWriteHalf>),
    Locked(Arc<Mutex<Box<dyn Stream>>>),
}

fn lock(s: &Mutex<Box<dyn Stream>>) -> io::Result<MutexGuard<'_, Box<dyn Stream>>> {
    s.lock()
        .map_err(|_| io::Error::other("connection lock poisoned"))
}

impl Shared {
    pub(crate) fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
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

    /// Writes what the socket takes of `bufs` now, without waiting (`direct.rs`; plain
    /// TCP only).
    pub(crate) fn try_write_vectored(&self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        match self {
            Shared::Tcp(w) => {
                let tcp: &TcpStream = (**w).as_ref();
                tcp.try_write_vectored(bufs)
            }
            Shared::Locked(_) => Err(io::ErrorKind::Unsupported.into()),
        }
    }

    /// Closes the writing side now (plain TCP; others close when dropped).
    pub(crate) fn shutdown_now(&self) -> io::Result<()> {
        match self {
            Shared::Tcp(w) => {
                let tcp: &TcpStream = (**w).as_ref();
                socket2::SockRef::from(tcp).shutdown(std::net::Shutdown::Write)
            }
            Shared::Locked(_) => Ok(()),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Shared::Tcp(_) => true,
            Shared::Locked(m) => lock(m).map(|g| g.is_write_vectored()).unwrap_or(false),
        }
    }

    pub(crate) fn poll_flush(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self {
            // TCP writes go straight to the socket: nothing to flush.
            Shared::Tcp(_) => Poll::Ready(Ok(())),
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_flush(cx),
        }
    }

    pub(crate) fn poll_shutdown(&self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self {
            Shared::Tcp(_) => Poll::Ready(self.shutdown_now()),
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_shutdown(cx),
        }
    }
}

/// The connection's stream as hyper sees it.
pub(crate) struct SharedIo {
    /// Bytes read before hyper existed (the head of a request that waited, `early.rs`),
    /// handed to hyper before anything read from the socket.
    first: Vec<u8>,
    /// A TCP stream's reading side: only hyper reads, so it is hyper's alone (and reads
    /// with tokio's own `poll_read`, which spares the extra `recv` after a short read).
    read: Option<OwnedReadHalf>,
    inner: Shared,
    /// The connection's phase, told when the first bytes of a request arrive.
    watch: Arc<Watch>,
    /// What parking needs to know (plain TCP only).
    park: Option<Arc<Park>>,
}

/// When a plain HTTP/1.x connection may be parked, and its reading side while it is.
///
/// The connection's task drops hyper (which then holds the connection's only state) when
/// hyper waits and all of this holds, so that hyper holds nothing of the client's and owes
/// it nothing:
/// - the connection is idle (`Phase::Idle`: the last response's body is done with);
/// - the last bytes read ended with a request head's empty line and held no other, and
///   were read while a head was awaited: nothing follows the head hyper handled (no
///   content, no pipelined request in hyper's buffer);
/// - everything hyper wrote went out whole (nothing left in its write buffer);
/// - no request on the connection had content or asked for an upgrade (`Watch::hold`):
///   hyper may still be reading content it drains, or hand the stream to an upgrade.
///
/// HTTP/2 (`Phase::Off`) and TLS connections are never parked.
#[derive(Debug)]
pub(crate) struct Park {
    /// The last bytes read ended one request head and held nothing else.
    clean: AtomicBool,
    /// The last write took everything it was given.
    written: AtomicBool,
    /// Set by the connection's task when it drops hyper to park the connection.
    parked: AtomicBool,
    /// The reading side, given back here when hyper's stream is dropped.
    read: Mutex<Option<OwnedReadHalf>>,
}

impl Park {
    fn new() -> Park {
        Park {
            clean: AtomicBool::new(false),
            written: AtomicBool::new(true),
            parked: AtomicBool::new(false),
            read: Mutex::new(None),
        }
    }

    /// `true` when hyper, waiting, may be dropped now (see [`Park`]).
    pub(crate) fn may_park(&self, watch: &Watch) -> bool {
        self.clean.load(Ordering::Relaxed)
            && self.written.load(Ordering::Relaxed)
            && !watch.held()
            && Watch::phase_of(watch.step()) == Phase::Idle
    }

    /// Parks the connection: hyper's stream, when dropped, gives its reading side back.
    pub(crate) fn park(&self) {
        self.parked.store(true, Ordering::Release);
    }

    /// The reading side of a parked connection, once hyper's stream is dropped.
    pub(crate) fn take(&self) -> Option<OwnedReadHalf> {
        if !self.parked.swap(false, Ordering::AcqRel) {
            return None;
        }
        self.read.lock().ok()?.take()
    }
}

/// Splits `stream` into hyper's side and the writing side the handler shares, telling
/// `watch` what hyper reads. A plain TCP stream may be parked: `park` is then set, and
/// the stream starts parked (no hyper side yet: its reading side waits in `park` for the
/// first request, as between two requests).
pub(crate) fn share(
    stream: Io,
    watch: Arc<Watch>,
) -> (Option<SharedIo>, Shared, Option<Arc<Park>>) {
    match stream {
        Io::Tcp(tcp) => {
            let (read, write) = tcp.into_split();
            let inner = Shared::Tcp(Arc::new(write));
            let park = Arc::new(Park::new());
            park.parked.store(true, Ordering::Release);
            if let Ok(mut slot) = park.read.lock() {
                *slot = Some(read);
            }
            (None, inner, Some(park))
        }
        Io::Other(other) => {
            let inner = Shared::Locked(Arc::new(Mutex::new(other)));
            let io = SharedIo {
                first: Vec::new(),
                read: None,
                inner: inner.clone(),
                watch,
                park: None,
            };
            (Some(io), inner, None)
        }
    }
}

/// hyper's side of a parked TCP connection again, for its next request; hyper reads
/// `first` before the socket.
pub(crate) fn resume(
    read: OwnedReadHalf,
    first: Vec<u8>,
    inner: Shared,
    watch: Arc<Watch>,
    park: Arc<Park>,
) -> SharedIo {
    park.clean.store(false, Ordering::Relaxed);
    park.written.store(true, Ordering::Relaxed);
    SharedIo {
        first,
        read: Some(read),
        inner,
        watch,
        park: Some(park),
    }
}

impl SharedIo {
    /// Notes what a write did: everything asked went out, or not.
    fn wrote(&self, res: &Poll<io::Result<usize>>, asked: usize) {
        if let Some(park) = &self.park {
            let whole = matches!(res, Poll::Ready(Ok(n)) if *n == asked);
            park.written.store(whole, Ordering::Relaxed);
        }
    }
}

impl Drop for SharedIo {
    fn drop(&mut self) {
        // A parked stream gives its reading side back to the connection's task.
        if let Some(park) = &self.park {
            if park.parked.load(Ordering::Acquire) {
                if let Ok(mut slot) = park.read.lock() {
                    *slot = self.read.take();
                }
            }
        }
    }
}

/// `true` when `bytes` end with a request head's empty line and hold no other. Runs on
/// every read: the CRs are found by `memchr` (a few per head), not by a window at every
/// byte.
fn ends_one_head(bytes: &[u8]) -> bool {
    let Some(end) = bytes.len().checked_sub(4) else {
        return false;
    };
    bytes[end..] == *b"\r\n\r\n"
        && memchr::memchr_iter(b'\r', &bytes[..end]).all(|k| bytes[k..k + 4] != *b"\r\n\r\n")
}

impl AsyncRead for SharedIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = self.get_mut();
        let res = if !this.first.is_empty() {
            this.read_first(buf)
        } else {
            match (&mut this.read, &this.inner) {
                (Some(read), _) => Pin::new(read).poll_read(cx, buf),
                (None, Shared::Locked(m)) => Pin::new(&mut **lock(m)?).poll_read(cx, buf),
                (None, Shared::Tcp(_)) => Poll::Ready(Err(io::ErrorKind::NotConnected.into())),
            }
        };
        if matches!(res, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            let read = &buf.filled()[before..];
            if let Some(park) = &this.park {
                // Bytes read while a request is handled are its content or the next
                // request's: never a clean end.
                let awaited = matches!(
                    Watch::phase_of(this.watch.step()),
                    Phase::Idle | Phase::ReadingHead
                );
                park.clean
                    .store(awaited && ends_one_head(read), Ordering::Relaxed);
            }
            this.watch.bytes_read(read);
        }
        res
    }
}

impl SharedIo {
    /// Hands hyper the bytes read before it existed (kept off the common path).
    #[cold]
    #[inline(never)]
    fn read_first(&mut self, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let n = self.first.len().min(buf.remaining());
        buf.put_slice(&self.first[..n]);
        if n == self.first.len() {
            self.first = Vec::new();
        } else {
            self.first.drain(..n);
        }
        Poll::Ready(Ok(()))
    }

    /// `true` when hyper is writing its own answer to a request head it could not parse
    /// (`malformed.rs`), or already did: no handler has a request, the connection waits
    /// for or reads a head, and the bytes have the shape of that answer. The answer is
    /// then kept off the wire and noted, and the connection writes one with a body.
    fn keeps_back(&self, first: &[u8]) -> bool {
        if self.watch.refused().is_some() {
            return true;
        }
        if !matches!(
            Watch::phase_of(self.watch.step()),
            Phase::Idle | Phase::ReadingHead
        ) {
            return false;
        }
        match crate::malformed::is_automatic_answer(first) {
            Some(code) => {
                self.watch.refuse(code);
                true
            }
            None => false,
        }
    }
}

impl AsyncWrite for SharedIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.keeps_back(buf) {
            return Poll::Ready(Ok(buf.len()));
        }
        let res = self.inner.poll_write(cx, buf);
        self.wrote(&res, buf.len());
        res
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let first = bufs
            .iter()
            .find(|b| !b.is_empty())
            .map_or(&[][..], |b| &b[..]);
        let asked = bufs.iter().map(|b| b.len()).sum();
        if self.keeps_back(first) {
            return Poll::Ready(Ok(asked));
        }
        let res = self.inner.poll_write_vectored(cx, bufs);
        self.wrote(&res, asked);
        res
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        // After an answer kept back, the connection writes its own and then shuts down.
        if self.watch.refused().is_some() {
            return Poll::Ready(Ok(()));
        }
        self.inner.poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::ends_one_head;

    #[test]
    fn ends_one_head_only_at_the_very_end() {
        for (bytes, ends) in [
            (&b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"[..], true),
            (b"\r\n\r\n", true),
            (b"GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n", false),
            (b"GET / HTTP/1.1\r\nHost: a\r\n\r\nx", false),
            (b"GET / HTTP/1.1\r\nHost: a\r\n", false),
            (b"\r\n\r", false),
            (b"", false),
            (b"\r\r\n\r\n", true),
            (b"\r\n\r\n\r\n", false),
        ] {
            assert_eq!(
                ends_one_head(bytes),
                ends,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}
