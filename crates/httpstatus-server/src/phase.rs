//! Where an HTTP/1.x connection is in its request cycle, for the watchdog
//! (`watchdog.rs`): one atomic word, lock-free and without a clock, set by the stream (the
//! first bytes of a request), the handler and the response body; with the connection's
//! other shared flags, in the one allocation the stream, the handler, the response body
//! and the watchdog share.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU64, AtomicUsize, Ordering};

use crate::ending::Signal;

/// Where an HTTP/1.x connection is in its request cycle, for the watchdog that answers
/// slow request heads with 408 and closes idle connections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Waiting for the next request; nothing of it has arrived.
    Idle,
    /// The first bytes of a request head arrived; the rest has not.
    ReadingHead,
    /// The head is complete: a handler has it.
    Handling,
    /// HTTP/2: the watchdog does not apply.
    Off,
}

/// The connection's phase, shared by the stream, the handler and the watchdog. Lock-free
/// and without a clock: it changes a few times per request, and every change also counts
/// up a step number, so that the watchdog, which looks every so often, can tell "still
/// in the same phase" from "went round and is back in it" (see [`Watch::step`]).
#[derive(Debug)]
pub(crate) struct Watch {
    /// The phase's tag in the top two bits, the step number in the rest.
    state: AtomicU64,
    /// Set for good when a request had content or asked for an upgrade: the connection
    /// then stays with hyper until it ends, never parked (`stream.rs`).
    held: AtomicBool,
    /// The code of hyper's own answer to a request head it could not parse, kept off the
    /// wire (`stream.rs`) so that the connection writes one with a body in its place
    /// (`malformed.rs`); 0 while there is none.
    refused: AtomicU16,
    /// Set when the request hyper reads next already waited its delay (`early.rs`).
    waited: AtomicBool,
    /// Set while the last request hyper answered had a ready answer (`ready.rs`).
    ready_last: AtomicBool,
    /// Set when `direct.rs` handed the last request it saw to hyper for its form (HTTP/1.0,
    /// a precondition …), not for a page store still to render.
    declined: AtomicBool,
    /// The connection's end (and nudges to park it), raised by the watchdog.
    pub(crate) signal: Signal,
    /// Its row in the watchdog's table, which moves when the table is compacted (read and
    /// written only under the table's lock, `watchdog.rs`).
    pub(crate) row: AtomicUsize,
}

const TAG_SHIFT: u32 = 62;
const STEP_MASK: u64 = (1 << TAG_SHIFT) - 1;
const IDLE: u64 = 0;
const READING: u64 = 1 << TAG_SHIFT;
const HANDLING: u64 = 2 << TAG_SHIFT;
const OFF: u64 = 3 << TAG_SHIFT;

/// The state after `cur` when moving to the phase tagged `tag`.
fn next(cur: u64, tag: u64) -> u64 {
    tag | ((cur & STEP_MASK).wrapping_add(1) & STEP_MASK)
}

impl Watch {
    /// A new connection's: idle, step 0.
    pub(crate) fn new() -> Arc<Watch> {
        Arc::new(Watch {
            state: AtomicU64::new(IDLE),
            held: AtomicBool::new(false),
            refused: AtomicU16::new(0),
            waited: AtomicBool::new(false),
            ready_last: AtomicBool::new(false),
            declined: AtomicBool::new(false),
            signal: Signal::default(),
            row: AtomicUsize::new(0),
        })
    }

    /// The current phase and step number, as one value: equal values seen at two times
    /// mean the connection stayed in that phase all along.
    pub(crate) fn step(&self) -> u64 {
        self.state.load(Ordering::Acquire)
    }

    /// The phase of a value from [`Watch::step`].
    pub(crate) fn phase_of(step: u64) -> Phase {
        match step & !STEP_MASK {
            IDLE => Phase::Idle,
            READING => Phase::ReadingHead,
            HANDLING => Phase::Handling,
            _ => Phase::Off,
        }
    }

    /// Moves to `phase` (never out of `Off`).
    pub(crate) fn set(&self, phase: Phase) {
        let tag = match phase {
            Phase::Idle => IDLE,
            Phase::ReadingHead => READING,
            Phase::Handling => HANDLING,
            Phase::Off => OFF,
        };
        let _ = self
            .state
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |cur| {
                (cur & !STEP_MASK != OFF).then(|| next(cur, tag))
            });
    }

    /// Counts a request answered without hyper (`direct.rs`): a round through the phases
    /// back to `Idle`, so that the watchdog sees the connection in use.
    pub(crate) fn answered(&self) {
        self.set(Phase::Idle);
    }

    /// Keeps the connection with hyper until it ends: a request with content (hyper may
    /// still be reading or draining it) or an upgrade (hyper hands the stream over).
    pub(crate) fn hold(&self) {
        self.held.store(true, Ordering::Relaxed);
    }

    /// Notes that hyper answered `code` to a request head it could not parse (and that
    /// the answer was kept off the wire).
    pub(crate) fn refuse(&self, code: u16) {
        self.refused.store(code, Ordering::Release);
    }

    /// The code hyper answered a request head it could not parse with, if it did.
    pub(crate) fn refused(&self) -> Option<u16> {
        match self.refused.load(Ordering::Acquire) {
            0 => None,
            code => Some(code),
        }
    }

    /// Notes that the request hyper reads next already waited its delay (`early.rs`).
    pub(crate) fn waited(&self) {
        self.waited.store(true, Ordering::Release);
    }

    /// Notes whether the request hyper is answering has a ready answer.
    pub(crate) fn answering_ready(&self, ready: bool) {
        self.ready_last.store(ready, Ordering::Relaxed);
    }

    /// Notes that `direct.rs` handed a request to hyper, for its form (`declined`) or not.
    pub(crate) fn handed_over(&self, declined: bool) {
        self.declined.store(declined, Ordering::Relaxed);
    }

    /// `true` when the connection should go back to `direct.rs` as soon as hyper waits:
    /// hyper's last answer was a ready one, and the request came to hyper only because
    /// the page store was not rendered yet. A client whose requests come to hyper for
    /// their form (HTTP/1.0 keep-alive, a precondition …) stays with hyper: parking it
    /// would build hyper again for each of its requests.
    pub(crate) fn parks_at_once(&self) -> bool {
        self.ready_last.load(Ordering::Relaxed) && !self.declined.load(Ordering::Relaxed)
    }

    /// `true` once after [`Watch::waited`]: the handler skips the delay it was about to
    /// wait.
    pub(crate) fn take_waited(&self) -> bool {
        self.waited.swap(false, Ordering::AcqRel)
    }

    /// `true` once [`Watch::hold`] was called.
    pub(crate) fn held(&self) -> bool {
        self.held.load(Ordering::Relaxed)
    }

    /// The stream read `first` (non-empty): a request head has begun, or, for the HTTP/2
    /// connection preface, the watchdog is off.
    pub(crate) fn bytes_read(&self, first: &[u8]) {
        let cur = self.state.load(Ordering::Acquire);
        if cur & !STEP_MASK != IDLE {
            return;
        }
        // The HTTP/2 connection preface: this is not an HTTP/1.x connection.
        let tag = if first.starts_with(b"PRI ") {
            OFF
        } else {
            READING
        };
        let _ =
            self.state
                .compare_exchange(cur, next(cur, tag), Ordering::AcqRel, Ordering::Acquire);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn watch_at(state: u64) -> Watch {
        Watch {
            state: AtomicU64::new(state),
            held: AtomicBool::new(false),
            refused: AtomicU16::new(0),
            waited: AtomicBool::new(false),
            ready_last: AtomicBool::new(false),
            declined: AtomicBool::new(false),
            signal: Signal::default(),
            row: AtomicUsize::new(0),
        }
    }

    #[test]
    fn the_tag_takes_the_top_two_bits_and_the_step_the_rest() {
        for (phase, tag) in [
            (Phase::Idle, IDLE),
            (Phase::ReadingHead, READING),
            (Phase::Handling, HANDLING),
            (Phase::Off, OFF),
        ] {
            assert_eq!(tag & STEP_MASK, 0, "{phase:?}");
            assert_eq!(tag >> TAG_SHIFT, tag >> 62);
            assert_eq!(Watch::phase_of(tag | 12345), phase);
            assert_eq!(Watch::phase_of(tag | STEP_MASK), phase);
        }
        assert_eq!(STEP_MASK.count_ones(), 62);
    }

    #[test]
    fn every_move_counts_a_step_and_keeps_the_tag() {
        assert_eq!(next(IDLE, READING), READING | 1);
        assert_eq!(next(READING | 1, HANDLING), HANDLING | 2);
        assert_eq!(next(HANDLING | 41, HANDLING), HANDLING | 42);
        // The step wraps inside its bits, never into the tag.
        assert_eq!(next(READING | STEP_MASK, IDLE), IDLE);
        assert_eq!(next(IDLE | STEP_MASK, HANDLING), HANDLING);
    }

    #[test]
    fn a_round_trip_back_to_a_phase_is_a_new_step() {
        let w = Watch::new();
        let first = w.step();
        assert_eq!(Watch::phase_of(first), Phase::Idle);
        w.set(Phase::ReadingHead);
        w.set(Phase::Handling);
        w.set(Phase::Idle);
        let again = w.step();
        assert_eq!(Watch::phase_of(again), Phase::Idle);
        assert_ne!(
            first, again,
            "the watchdog must see that the connection went round"
        );
    }

    #[test]
    fn off_is_final() {
        let w = Watch::new();
        w.set(Phase::Off);
        let off = w.step();
        for phase in [Phase::Idle, Phase::ReadingHead, Phase::Handling] {
            w.set(phase);
            assert_eq!(w.step(), off, "{phase:?}");
        }
        w.bytes_read(b"GET / HTTP/1.1");
        assert_eq!(w.step(), off);
    }

    #[test]
    fn first_bytes_start_a_head_or_turn_the_watch_off() {
        let w = Watch::new();
        w.bytes_read(b"GET / HTTP/1.1\r\n");
        assert_eq!(Watch::phase_of(w.step()), Phase::ReadingHead);
        // More bytes of the same head change nothing.
        let reading = w.step();
        w.bytes_read(b"Host: x\r\n");
        assert_eq!(w.step(), reading);
        // Bytes read while a handler has the request (its content) change nothing either.
        w.set(Phase::Handling);
        let handling = w.step();
        w.bytes_read(b"content");
        assert_eq!(w.step(), handling);
        // The HTTP/2 preface: the watchdog does not apply.
        let h2 = watch_at(IDLE | 7);
        h2.bytes_read(b"PRI * HTTP/2.0\r\n");
        assert_eq!(h2.step(), OFF | 8);
    }
}
