//! The response body: whole, empty, or one of the faults (dribbled slowly, cut short).

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Frame, SizeHint};

/// How the content is delivered.
#[derive(Debug)]
enum Mode {
    /// All at once.
    Whole(Option<Bytes>),
    /// One byte every `interval`.
    Slow {
        data: Bytes,
        sent: usize,
        interval: Duration,
        sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    },
    /// `len` bytes declared and none sent: the answer to HEAD. hyper writes the length as
    /// `Content-Length` and, on HTTP/1.1, never polls the body; on HTTP/2 it finds the
    /// stream's end at once.
    LengthOnly(u64),
    /// `data`, a pause (so that what was written reaches the client), then an error that
    /// makes the server close the connection.
    CutShort {
        data: Option<Bytes>,
        pause: Option<Pin<Box<tokio::time::Sleep>>>,
    },
}

/// A response body.
#[derive(Debug)]
pub(crate) struct Body {
    mode: Mode,
    /// Told when the body is done with (written or abandoned), so that the watchdog starts
    /// watching for the next request.
    done: Option<std::sync::Arc<crate::phase::Watch>>,
}

impl Drop for Body {
    fn drop(&mut self) {
        if let Some(w) = &self.done {
            w.set(crate::phase::Phase::Idle);
        }
    }
}

/// The connection is cut: closed without an answer (the handler's `Err`, the
/// close-before-headers fault) or before the answer's end (a cut-short body's error). Either
/// way hyper closes the connection.
#[derive(Debug)]
pub(crate) struct Cut;

impl std::fmt::Display for Cut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection closed on purpose (fault injection)")
    }
}

impl std::error::Error for Cut {}

impl Body {
    /// No content.
    pub(crate) fn empty() -> Self {
        Body {
            mode: Mode::Whole(None),
            done: None,
        }
    }

    /// `len` bytes declared, none sent (see [`Mode::LengthOnly`]).
    pub(crate) fn length_only(len: u64) -> Self {
        Body {
            mode: Mode::LengthOnly(len),
            done: None,
        }
    }

    /// `data`, all at once.
    pub(crate) fn full(data: impl Into<Bytes>) -> Self {
        let data = data.into();
        Body {
            mode: Mode::Whole(if data.is_empty() { None } else { Some(data) }),
            done: None,
        }
    }

    /// The content of a whole body (`None` for the faults, which have no fixed content).
    pub(crate) fn whole(&self) -> Option<Bytes> {
        match &self.mode {
            Mode::Whole(data) => Some(data.clone().unwrap_or_default()),
            _ => None,
        }
    }

    /// Tells `watch` when the body is done with.
    pub(crate) fn watch(&mut self, watch: Option<std::sync::Arc<crate::phase::Watch>>) {
        self.done = watch;
    }

    /// `data`, one byte per `interval`.
    pub(crate) fn slow(data: Bytes, interval: Duration) -> Self {
        Body {
            mode: Mode::Slow {
                data,
                sent: 0,
                interval,
                sleep: None,
            },
            done: None,
        }
    }

    /// `data`, then the connection closes (with nothing, closes right after the headers).
    pub(crate) fn cut_short(data: Bytes) -> Self {
        Body {
            mode: Mode::CutShort {
                data: Some(data),
                pause: None,
            },
            done: None,
        }
    }
}

impl http_body::Body for Body {
    type Data = Bytes;
    type Error = Cut;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Cut>>> {
        match &mut self.mode {
            Mode::Whole(data) => Poll::Ready(data.take().map(|d| Ok(Frame::data(d)))),
            Mode::LengthOnly(_) => Poll::Ready(None),
            Mode::CutShort { data, pause } => {
                if let Some(d) = data.take() {
                    if !d.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(d))));
                    }
                }
                let pause = pause.get_or_insert_with(|| Box::pin(tokio::time::sleep(CUT_PAUSE)));
                match pause.as_mut().poll(cx) {
                    Poll::Pending => Poll::Pending,
                    Poll::Ready(()) => Poll::Ready(Some(Err(Cut))),
                }
            }
            Mode::Slow {
                data,
                sent,
                interval,
                sleep,
            } => {
                if *sent >= data.len() {
                    return Poll::Ready(None);
                }
                if let Some(s) = sleep.as_mut() {
                    if s.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                }
                let byte = data.slice(*sent..*sent + 1);
                *sent += 1;
                *sleep = Some(Box::pin(tokio::time::sleep(*interval)));
                Poll::Ready(Some(Ok(Frame::data(byte))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.mode {
            Mode::Whole(data) => data.is_none(),
            Mode::LengthOnly(_) => false,
            Mode::Slow { data, sent, .. } => *sent >= data.len(),
            Mode::CutShort { .. } => false,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.mode {
            Mode::Whole(data) => SizeHint::with_exact(data.as_ref().map_or(0, |d| d.len() as u64)),
            Mode::LengthOnly(len) => SizeHint::with_exact(*len),
            Mode::Slow { data, sent, .. } => SizeHint::with_exact((data.len() - *sent) as u64),
            Mode::CutShort { .. } => SizeHint::default(),
        }
    }
}

use std::future::Future as _;

/// How long a cut-short body waits before the connection is closed.
const CUT_PAUSE: Duration = Duration::from_millis(100);
