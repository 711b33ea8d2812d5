//! A connection's end and the nudge to park it: raised by the watchdog (`watchdog.rs`),
//! polled by the connection's task (`connection.rs`), kept with the connection's phase
//! (`phase.rs`) in one allocation.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::task::{Context, Poll};

use futures_util::task::AtomicWaker;

/// A connection's end, raised by the watchdog (`watchdog.rs`) and awaited by the
/// connection's task.
#[derive(Debug, Default)]
pub(crate) struct Signal {
    /// 0 while nothing happened, else an [`Ending`] as `1 + its index`.
    ending: AtomicU8,
    /// Set when the connection has been idle for a look: time to park it (`stream.rs`).
    nudged: AtomicBool,
    waker: AtomicWaker,
}

impl Signal {
    pub(crate) fn raise(&self, ending: Ending) {
        let n = match ending {
            Ending::Shutdown => 1,
            Ending::HeaderTimeout => 2,
            Ending::Idle => 3,
        };
        self.ending.store(n, Ordering::Release);
        self.waker.wake();
    }

    pub(crate) fn raised(&self) -> Option<Ending> {
        match self.ending.load(Ordering::Acquire) {
            1 => Some(Ending::Shutdown),
            2 => Some(Ending::HeaderTimeout),
            3 => Some(Ending::Idle),
            _ => None,
        }
    }

    /// Tells the connection's task it has been idle for a while (see [`Signal::take_nudge`]).
    pub(crate) fn nudge(&self) {
        self.nudged.store(true, Ordering::Release);
        self.waker.wake();
    }

    /// `true` once after the watchdog found the connection idle for a whole look: a
    /// connection between two requests of a busy client is not parked, one that waits is.
    pub(crate) fn take_nudge(&self) -> bool {
        self.nudged.swap(false, Ordering::AcqRel)
    }

    /// Ready with the connection's end once the watchdog raised it.
    pub(crate) fn poll(&self, cx: &mut Context<'_>) -> Poll<Ending> {
        if let Some(e) = self.raised() {
            return Poll::Ready(e);
        }
        self.waker.register(cx.waker());
        match self.raised() {
            Some(e) => Poll::Ready(e),
            None => Poll::Pending,
        }
    }
}

/// Why a connection ended before its client closed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ending {
    /// The server is shutting down: finish the request in flight, then close.
    Shutdown,
    /// A request head did not arrive in time: answered 408.
    HeaderTimeout,
    /// No request for the idle timeout: closed without a word (RFC 9112 §9.5).
    Idle,
}
