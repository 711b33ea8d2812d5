//! The response body: whole, empty, paced over a duration, in chunks, or one of the
//! faults (dribbled slowly, cut short).

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
    /// `data` spread evenly over `over`: byte `i` is due `(i + 1) · over / len` after the
    /// first poll, and every byte due by a wake-up goes out in one frame.
    Paced {
        data: Bytes,
        sent: usize,
        over: Duration,
        start: Option<tokio::time::Instant>,
        sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    },
    /// One frame per chunk, length unknown in advance (chunked on HTTP/1.1).
    Chunks(std::collections::VecDeque<Bytes>),
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

    /// `data` spread evenly over `over` (`/drip`, `/range/{n}?duration=`).
    pub(crate) fn paced(data: Bytes, over: Duration) -> Self {
        Body {
            mode: Mode::Paced {
                data,
                sent: 0,
                over,
                start: None,
                sleep: None,
            },
            done: None,
        }
    }

    /// Each chunk as a frame of its own (`/stream/{n}`, `/stream-bytes/{n}`).
    pub(crate) fn chunks(chunks: Vec<Bytes>) -> Self {
        Body {
            mode: Mode::Chunks(chunks.into_iter().filter(|c| !c.is_empty()).collect()),
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
            Mode::Chunks(chunks) => Poll::Ready(chunks.pop_front().map(|c| Ok(Frame::data(c)))),
            Mode::Paced {
                data,
                sent,
                over,
                start,
                sleep,
            } => {
                let len = data.len();
                if *sent >= len {
                    return Poll::Ready(None);
                }
                let now = tokio::time::Instant::now();
                let start = *start.get_or_insert(now);
                let due = due_bytes(len, *over, now - start);
                if due > *sent {
                    let frame = data.slice(*sent..due);
                    *sent = due;
                    *sleep = None;
                    return Poll::Ready(Some(Ok(Frame::data(frame))));
                }
                let next = start + offset_of(*sent, len, *over);
                let s = sleep.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(next)));
                s.as_mut().reset(next);
                match s.as_mut().poll(cx) {
                    Poll::Pending => Poll::Pending,
                    Poll::Ready(()) => {
                        let due = due_bytes(len, *over, tokio::time::Instant::now() - start)
                            .max(*sent + 1);
                        let frame = data.slice(*sent..due);
                        *sent = due;
                        *sleep = None;
                        Poll::Ready(Some(Ok(Frame::data(frame))))
                    }
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
            Mode::Slow { data, sent, .. } | Mode::Paced { data, sent, .. } => *sent >= data.len(),
            Mode::Chunks(chunks) => chunks.is_empty(),
            Mode::LengthOnly(_) => false,
            Mode::CutShort { .. } => false,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.mode {
            Mode::Whole(data) => SizeHint::with_exact(data.as_ref().map_or(0, |d| d.len() as u64)),
            Mode::Slow { data, sent, .. } | Mode::Paced { data, sent, .. } => {
                SizeHint::with_exact((data.len() - *sent) as u64)
            }
            Mode::LengthOnly(len) => SizeHint::with_exact(*len),
            Mode::Chunks(_) | Mode::CutShort { .. } => SizeHint::default(),
        }
    }
}

use std::future::Future as _;

/// How many of `len` bytes paced over `over` are due `elapsed` after the start: byte `i`
/// at `(i + 1) · over / len`, so the last one at `over` exactly.
fn due_bytes(len: usize, over: Duration, elapsed: Duration) -> usize {
    if over.is_zero() || elapsed >= over {
        return len;
    }
    let due = elapsed.as_nanos() * len as u128 / over.as_nanos();
    usize::try_from(due).unwrap_or(len).min(len)
}

/// When byte `i` of `len` paced over `over` is due, after the start.
fn offset_of(i: usize, len: usize, over: Duration) -> Duration {
    let nanos = over.as_nanos() * (i as u128 + 1) / (len.max(1) as u128);
    Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
}

/// How long a cut-short body waits before the connection is closed.
const CUT_PAUSE: Duration = Duration::from_millis(100);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pacing_spreads_bytes_over_the_duration() {
        let over = Duration::from_secs(2);
        assert_eq!(due_bytes(10, over, Duration::ZERO), 0);
        assert_eq!(due_bytes(10, over, Duration::from_millis(199)), 0);
        assert_eq!(due_bytes(10, over, Duration::from_millis(200)), 1);
        assert_eq!(due_bytes(10, over, Duration::from_millis(1000)), 5);
        assert_eq!(due_bytes(10, over, over), 10);
        assert_eq!(due_bytes(10, Duration::ZERO, Duration::ZERO), 10);
        assert_eq!(offset_of(0, 10, over), Duration::from_millis(200));
        assert_eq!(offset_of(9, 10, over), over);
        // A million bytes over a second: due in batches, never more than there are.
        assert_eq!(
            due_bytes(1_000_000, Duration::from_secs(1), Duration::from_millis(1)),
            1000
        );
    }
}
