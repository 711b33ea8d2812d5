//! The connection watchdog: a task beside each connection that ends it when the server
//! shuts down, when a request header section is too slow (408, written here: slowloris,
//! RFC 9110 §15.5.9) or when the connection stays idle too long. It reads the connection's
//! phase (`phase.rs`) every so often and raises a flag the connection's task polls, so the
//! connection itself arms no timer per request.

use std::sync::Arc;
use std::time::Duration;

use httpstatus::StatusCode;
use tokio::sync::watch;

use crate::interim::Interim;
use crate::phase::{Phase, Watch};
use crate::reply;

/// A connection's end, raised by [`oversee`] and awaited by the connection's task.
#[derive(Default)]
pub(crate) struct Signal {
    /// 0 while nothing happened, else an [`Ending`] as `1 + its index`.
    ending: std::sync::atomic::AtomicU8,
    /// Set when the connection has been idle for a tick: time to park it (`stream.rs`).
    nudged: std::sync::atomic::AtomicBool,
    waker: futures_util::task::AtomicWaker,
}

impl Signal {
    fn raise(&self, ending: Ending) {
        let n = match ending {
            Ending::Shutdown => 1,
            Ending::HeaderTimeout => 2,
            Ending::Idle => 3,
        };
        self.ending.store(n, std::sync::atomic::Ordering::Release);
        self.waker.wake();
    }

    /// Tells the connection's task it has been idle for a while (see [`Signal::take_nudge`]).
    fn nudge(&self) {
        self.nudged
            .store(true, std::sync::atomic::Ordering::Release);
        self.waker.wake();
    }

    /// `true` once after the watchdog found the connection idle for a whole tick: a
    /// connection between two requests of a busy client is not parked, one that waits is.
    pub(crate) fn take_nudge(&self) -> bool {
        self.nudged.swap(false, std::sync::atomic::Ordering::AcqRel)
    }

    pub(crate) fn poll(&self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Ending> {
        let read = || match self.ending.load(std::sync::atomic::Ordering::Acquire) {
            1 => Some(Ending::Shutdown),
            2 => Some(Ending::HeaderTimeout),
            3 => Some(Ending::Idle),
            _ => None,
        };
        if let Some(e) = read() {
            return std::task::Poll::Ready(e);
        }
        self.waker.register(cx.waker());
        match read() {
            Some(e) => std::task::Poll::Ready(e),
            None => std::task::Poll::Pending,
        }
    }
}

/// Watches one connection until it must end: the server shuts down (graceful), a request
/// head is too slow (408 written here), or the connection stayed idle too long.
pub(crate) async fn oversee(
    conn: Interim,
    signal: Arc<Signal>,
    mut stop: watch::Receiver<bool>,
    header_timeout: Duration,
    idle_timeout: Duration,
) {
    let ending = tokio::select! {
        _ = stop.changed() => Ending::Shutdown,
        ending = watchdog(&conn, &signal, header_timeout, idle_timeout) => ending,
    };
    signal.raise(ending);
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

/// Watches an HTTP/1.x connection's phase, and nudges the connection's task when it has
/// stayed idle for a whole tick (it is then parked, `stream.rs`). Completes after answering 408 to a client that
/// started a request head and did not finish it in time (slowloris, RFC 9110 §15.5.9), or
/// after closing a connection that stayed idle for `idle_timeout`. The connection is then
/// dropped.
async fn watchdog(
    conn: &Interim,
    signal: &Signal,
    header_timeout: Duration,
    idle_timeout: Duration,
) -> Ending {
    let tick = (header_timeout.min(idle_timeout) / 4).max(Duration::from_millis(25));
    // The phase and step last seen, and since when (to within a tick): the connection
    // does not read the clock itself.
    let mut seen = conn.watch.step();
    let mut since = tokio::time::Instant::now();
    loop {
        tokio::time::sleep(tick).await;
        let now = conn.watch.step();
        if now != seen {
            seen = now;
            since = tokio::time::Instant::now();
            continue;
        }
        match Watch::phase_of(now) {
            Phase::ReadingHead if since.elapsed() >= header_timeout => break,
            Phase::Idle if since.elapsed() >= idle_timeout => {
                let _ = tokio::time::timeout(Duration::from_secs(1), conn.shutdown()).await;
                return Ending::Idle;
            }
            // Idle for a whole tick: the connection may be parked.
            Phase::Idle => signal.nudge(),
            _ => {}
        }
    }
    let why = format!(
        "the request header section did not arrive within {} ms (this server's --header-timeout-ms)",
        header_timeout.as_millis()
    );
    let reply = reply::closing_answer(StatusCode::REQUEST_TIMEOUT, "", &why);
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = conn.write_raw(&reply).await;
        let _ = conn.shutdown().await;
    })
    .await;
    Ending::HeaderTimeout
}
