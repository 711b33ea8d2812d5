//! Giving memory back to the system once the server is idle.
//!
//! glibc keeps what the connections of a burst freed (read and write buffers, header
//! maps) in its arenas, so a server that served 256 connections stays at that size long
//! after they closed. When no connection has been open for a moment after some were,
//! the server asks glibc to return its free pages (`malloc_trim`). Likewise when many
//! connections were parked (`stream.rs`: idle, hyper's state and buffers dropped) since
//! the last time, at most once per [`PARKED_EVERY`]: their buffers are freed in the middle
//! of the heap, where glibc would keep them. Other C libraries
//! (musl in the static container build, macOS) do not hold memory the same way; there
//! this does nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How often the server looks whether it is idle.
const TICK: Duration = Duration::from_millis(250);

/// Parked connections (each about 16 KiB freed) that make a release worth its cost while
/// more are still being parked; fewer are released once no more came for a tick.
const PARKED_BATCH: u64 = 64;

/// Least time between two releases for parked connections (`malloc_trim` walks and locks
/// every arena; connections still open wait for it).
const PARKED_EVERY: Duration = Duration::from_secs(1);

/// Connections accepted and open, as the accept loop counts them.
#[derive(Debug, Default)]
pub(crate) struct Activity {
    accepted: AtomicU64,
    closed: AtomicU64,
    parked: AtomicU64,
}

impl Activity {
    /// A connection was accepted.
    pub(crate) fn opened(&self) {
        self.accepted.fetch_add(1, Ordering::Relaxed);
    }

    /// A connection ended.
    pub(crate) fn closed(&self) {
        self.closed.fetch_add(1, Ordering::Release);
    }

    /// A connection was parked.
    pub(crate) fn parked(&self) {
        self.parked.fetch_add(1, Ordering::Relaxed);
    }

    /// Connections accepted so far, when none is open now.
    fn quiet(&self) -> Option<u64> {
        let closed = self.closed.load(Ordering::Acquire);
        let accepted = self.accepted.load(Ordering::Relaxed);
        (closed == accepted).then_some(accepted)
    }
}

/// Runs for the server's lifetime: after every burst of connections, once they have all
/// closed, gives the allocator's free memory back.
pub(crate) async fn release_when_idle(activity: Arc<Activity>) {
    let mut released_at = 0;
    let mut parked_at = 0;
    let mut parked_seen = 0;
    let mut parked_release = tokio::time::Instant::now();
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let parked = activity.parked.load(Ordering::Relaxed);
        let parked_before = std::mem::replace(&mut parked_seen, parked);
        match activity.quiet() {
            Some(seen) if seen != released_at => {
                released_at = seen;
                parked_at = parked;
                // It walks and locks every arena, which takes a moment; with no connection
                // open nothing waits for this worker, and no extra thread (with a stack
                // and an arena of its own) is started for it.
                release();
            }
            // Many parked since the last release, or some and then none for a tick (the
            // wave of connections going idle is over).
            None if parked != parked_at
                && (parked.wrapping_sub(parked_at) >= PARKED_BATCH || parked == parked_before)
                && parked_release.elapsed() >= PARKED_EVERY =>
            {
                parked_at = parked;
                parked_release = tokio::time::Instant::now();
                release();
            }
            _ => {}
        }
    }
}

/// Returns the allocator's free pages to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(unsafe_code, reason = "malloc_trim is a C function")]
pub(crate) fn release() {
    // SAFETY: malloc_trim takes a plain integer and has no precondition; it only returns
    // free memory and leaves every live allocation untouched.
    let released = unsafe { libc::malloc_trim(0) } != 0;
    tracing::debug!(released, "free memory returned to the system");
}

/// Returns the allocator's free pages to the system (nothing to do off glibc).
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub(crate) fn release() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_only_when_every_connection_closed() {
        let a = Activity::default();
        assert_eq!(a.quiet(), Some(0));
        a.opened();
        a.opened();
        assert_eq!(a.quiet(), None);
        a.closed();
        assert_eq!(a.quiet(), None);
        a.closed();
        assert_eq!(a.quiet(), Some(2));
        release();
    }
}
