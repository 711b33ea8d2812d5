//! Real 1xx interim responses on HTTP/1.1, which hyper's server has no API for.
//!
//! The request handler gets an [`Interim`]: the writing side of its connection's stream
//! (`stream.rs`), on which it writes raw interim responses (`HTTP/1.1 103 Early Hints` plus
//! header fields) before it returns the final response. HTTP/1.1 answers requests in order
//! and hyper writes nothing for a request until its handler returns, so the interim bytes
//! land exactly where RFC 9110 §15.2 puts them.

use std::io;
use std::sync::Arc;

use httpstatus::StatusCode;

use crate::phase::Watch;
use crate::stream::Shared;

/// The handler's way to write interim responses on its connection.
#[derive(Clone)]
pub(crate) struct Interim {
    /// The writing side of the connection's stream.
    inner: Shared,
    /// The connection's phase.
    pub(crate) watch: Arc<Watch>,
}

impl std::fmt::Debug for Interim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Interim")
    }
}

impl Interim {
    /// The handle on a connection's writing side and phase.
    pub(crate) fn new(inner: Shared, watch: Arc<Watch>) -> Interim {
        Interim { inner, watch }
    }

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
        code: StatusCode,
        reason: &str,
        headers: &[(&str, String)],
    ) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {reason}\r\n", code.as_u16());
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
