//! A connection's stream, shared by hyper and the request handler without a lock.
//!
//! hyper reads and writes [`SharedIo`]; the handler holds the writing side ([`Shared`],
//! wrapped in `interim::Interim`) to write interim responses before hyper writes the final
//! one. A plain TCP stream is split: hyper alone reads, and both sides write through a
//! shared reference to the writing half, so neither takes a lock. Any other stream (TLS)
//! sits behind a mutex held only inside one poll, never across an await.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

use crate::phase::Watch;

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
            Shared::Tcp(w) => {
                let tcp: &TcpStream = (**w).as_ref();
                Poll::Ready(socket2::SockRef::from(tcp).shutdown(std::net::Shutdown::Write))
            }
            Shared::Locked(m) => Pin::new(&mut **lock(m)?).poll_shutdown(cx),
        }
    }
}

/// The connection's stream as hyper sees it.
pub(crate) struct SharedIo {
    /// A TCP stream's reading side: only hyper reads, so it is hyper's alone (and reads
    /// with tokio's own `poll_read`, which spares the extra `recv` after a short read).
    read: Option<OwnedReadHalf>,
    inner: Shared,
    /// The connection's phase, told when the first bytes of a request arrive.
    watch: Arc<Watch>,
}

/// Splits `stream` into hyper's side and the writing side the handler shares, telling
/// `watch` what hyper reads.
pub(crate) fn share(stream: Io, watch: Arc<Watch>) -> (SharedIo, Shared) {
    let (read, inner) = match stream {
        Io::Tcp(tcp) => {
            let (read, write) = tcp.into_split();
            (Some(read), Shared::Tcp(Arc::new(write)))
        }
        Io::Other(other) => (None, Shared::Locked(Arc::new(Mutex::new(other)))),
    };
    (
        SharedIo {
            read,
            inner: inner.clone(),
            watch,
        },
        inner,
    )
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
