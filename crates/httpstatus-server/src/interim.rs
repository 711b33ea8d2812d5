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
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A stream hyper can serve a connection on.
pub(crate) trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

type Shared = Arc<Mutex<Box<dyn Stream>>>;

fn lock(s: &Shared) -> io::Result<MutexGuard<'_, Box<dyn Stream>>> {
    s.lock()
        .map_err(|_| io::Error::other("connection lock poisoned"))
}

/// The connection's stream as hyper sees it.
pub(crate) struct SharedIo {
    inner: Shared,
}

/// The handler's way to write interim responses on its connection.
#[derive(Clone)]
pub(crate) struct Interim {
    inner: Shared,
}

impl std::fmt::Debug for Interim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Interim")
    }
}

/// Splits `stream` into hyper's side and the handler's side.
pub(crate) fn share(stream: impl Stream) -> (SharedIo, Interim) {
    let inner: Shared = Arc::new(Mutex::new(Box::new(stream)));
    (
        SharedIo {
            inner: inner.clone(),
        },
        Interim { inner },
    )
}

impl Interim {
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
        let bytes = head.into_bytes();
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
}

impl AsyncRead for SharedIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let mut guard = lock(&self.inner)?;
        Pin::new(&mut **guard).poll_read(cx, buf)
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
