//! The connection watchdog: one task per server that looks at every HTTP/1.x connection's
//! phase (`phase.rs`) every so often and raises a connection's flag (`ending.rs`) when it
//! must end: the server shuts down, a request header section is too slow (408, written by
//! the connection: slowloris, RFC 9110 §15.5.9) or the connection stayed idle too long. It
//! also nudges a connection idle for a whole look, which may then be parked (`stream.rs`).
//! The connections arm no timer per request, and none has a task of its own beside it:
//! each is a row in the watchdog's table, a pointer and what was last seen of it.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;

use crate::ending::Ending;
use crate::phase::{Phase, Watch};

/// One connection as the watchdog sees it.
struct Row {
    watch: Arc<Watch>,
    /// The phase and step last seen, and since when (to within a look): the connection
    /// does not read the clock itself.
    seen: u64,
    since: Instant,
}

/// The connections of a server, watched by one task ([`Watchdog::run`]).
pub(crate) struct Watchdog {
    table: Mutex<Table>,
    header_timeout: Duration,
    idle_timeout: Duration,
}

#[derive(Default)]
struct Table {
    rows: slab::Slab<Row>,
    /// Set when the server shuts down: connections that come after are told at once.
    stopping: bool,
}

/// A connection's row in the watchdog's table, removed when dropped.
pub(crate) struct Watched<'a> {
    dog: &'a Watchdog,
    watch: Arc<Watch>,
}

impl Drop for Watched<'_> {
    fn drop(&mut self) {
        if let Ok(mut table) = self.dog.table.lock() {
            let key = self.watch.row.load(Ordering::Relaxed);
            if table
                .rows
                .get(key)
                .is_some_and(|row| Arc::ptr_eq(&row.watch, &self.watch))
            {
                table.rows.remove(key);
            }
        }
    }
}

impl Watchdog {
    /// A watchdog for connections with these timeouts.
    pub(crate) fn new(header_timeout: Duration, idle_timeout: Duration) -> Watchdog {
        Watchdog {
            table: Mutex::new(Table::default()),
            header_timeout,
            idle_timeout,
        }
    }

    /// Watches a connection until the returned row is dropped.
    pub(crate) fn watch(&self, watch: Arc<Watch>) -> Watched<'_> {
        let mut table = self
            .table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if table.stopping {
            watch.signal.raise(Ending::Shutdown);
        }
        let key = table.rows.insert(Row {
            seen: watch.step(),
            since: Instant::now(),
            watch: watch.clone(),
        });
        watch.row.store(key, Ordering::Relaxed);
        Watched { dog: self, watch }
    }

    /// How often the watchdog looks: a quarter of the shorter timeout.
    fn look_every(&self) -> Duration {
        (self.header_timeout.min(self.idle_timeout) / 4).max(Duration::from_millis(25))
    }

    /// Runs until the server shuts down (`stop` turns `true`), then tells every connection.
    pub(crate) async fn run(&self, mut stop: watch::Receiver<bool>) {
        let mut interval = tokio::time::interval(self.look_every());
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = stop.changed() => break,
                _ = interval.tick() => self.look(Instant::now()),
            }
        }
        let mut table = self
            .table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        table.stopping = true;
        for (_, row) in &table.rows {
            row.watch.signal.raise(Ending::Shutdown);
        }
    }

    /// One look at every connection at `now`: a 408 for a request head too slow, a close
    /// for a connection idle too long, a nudge for one idle for a whole look.
    fn look(&self, now: Instant) {
        let mut table = self
            .table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for (_, row) in &mut table.rows {
            let step = row.watch.step();
            if step != row.seen {
                row.seen = step;
                row.since = now;
                continue;
            }
            let signal = &row.watch.signal;
            if signal.raised().is_some() {
                continue;
            }
            let stayed = now.saturating_duration_since(row.since);
            match Watch::phase_of(step) {
                Phase::ReadingHead if stayed >= self.header_timeout => {
                    signal.raise(Ending::HeaderTimeout);
                }
                Phase::Idle if stayed >= self.idle_timeout => signal.raise(Ending::Idle),
                // Idle for a whole look (since the last one, give or take the timer's
                // jitter): the connection may be parked.
                Phase::Idle if stayed >= self.look_every() / 2 => signal.nudge(),
                _ => {}
            }
        }
        // After a wave of connections the table would keep the rows it grew to (40 bytes
        // each: 320 KiB after 8 000): once most are free, the rows in use move to the
        // front (each connection's `Watch` learns its new row) and the rest is given back.
        if table.rows.capacity() > SHRINK_ABOVE && table.rows.len() < table.rows.capacity() / 4 {
            table.rows.compact(|row, _, to| {
                row.watch.row.store(to, Ordering::Relaxed);
                true
            });
        }
    }
}

/// Rows the table keeps however few connections are open.
const SHRINK_ABOVE: usize = 256;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn raised(w: &Watch) -> Option<Ending> {
        w.signal.raised()
    }

    #[test]
    fn a_slow_head_gets_408_and_an_idle_connection_is_nudged_then_closed() {
        let dog = Watchdog::new(Duration::from_millis(400), Duration::from_millis(1000));
        assert_eq!(dog.look_every(), Duration::from_millis(100));
        let idle = Watch::new();
        let reading = Watch::new();
        let busy = Watch::new();
        let _a = dog.watch(idle.clone());
        let _b = dog.watch(reading.clone());
        let _c = dog.watch(busy.clone());
        let t0 = Instant::now();
        reading.bytes_read(b"GET / HTTP/1.1\r\n");
        busy.set(Phase::Handling);
        // The first look sees the changes and starts their clocks.
        dog.look(t0);
        assert!(!idle.signal.take_nudge());
        dog.look(t0 + Duration::from_millis(100));
        assert!(idle.signal.take_nudge(), "idle for a whole look");
        assert_eq!(raised(&reading), None);
        dog.look(t0 + Duration::from_millis(400));
        assert_eq!(raised(&reading), Some(Ending::HeaderTimeout));
        assert_eq!(raised(&idle), None);
        dog.look(t0 + Duration::from_millis(1000));
        assert_eq!(raised(&idle), Some(Ending::Idle));
        // A handler may take as long as it likes.
        dog.look(t0 + Duration::from_secs(60));
        assert_eq!(raised(&busy), None);
    }

    #[test]
    fn the_table_gives_its_rows_back_after_a_wave_of_connections() {
        let dog = Watchdog::new(Duration::from_millis(400), Duration::from_millis(1000));
        let capacity = || dog.table.lock().unwrap().rows.capacity();
        let watches: Vec<_> = (0..4000).map(|_| Watch::new()).collect();
        let rows: Vec<_> = watches.iter().map(|w| dog.watch(w.clone())).collect();
        assert!(capacity() >= 4000);
        let t0 = Instant::now();
        dog.look(t0);
        assert!(capacity() >= 4000, "all still open");
        drop(rows);
        let stays = Watch::new();
        let _row = dog.watch(stays.clone());
        dog.look(t0 + Duration::from_millis(100));
        assert!(capacity() <= SHRINK_ABOVE, "{}", capacity());
        // The row that moved is still this connection's: watched, then removed.
        let rows = || dog.table.lock().unwrap().rows.len();
        assert_eq!(rows(), 1);
        stays.bytes_read(b"GET");
        dog.look(t0 + Duration::from_millis(200));
        dog.look(t0 + Duration::from_millis(600));
        assert_eq!(raised(&stays), Some(Ending::HeaderTimeout));
        drop(_row);
        assert_eq!(rows(), 0);
    }

    #[test]
    fn a_connection_that_moves_on_starts_its_clock_again() {
        let dog = Watchdog::new(Duration::from_millis(400), Duration::from_millis(1000));
        let t0 = Instant::now();
        let w = Watch::new();
        let _row = dog.watch(w.clone());
        w.bytes_read(b"GET");
        dog.look(t0);
        // The head completes and the connection goes round to reading the next one.
        w.set(Phase::Handling);
        w.set(Phase::Idle);
        w.bytes_read(b"GET");
        dog.look(t0 + Duration::from_millis(300));
        dog.look(t0 + Duration::from_millis(600));
        assert_eq!(raised(&w), None, "its clock started again at 300 ms");
        dog.look(t0 + Duration::from_millis(700));
        assert_eq!(raised(&w), Some(Ending::HeaderTimeout));
    }

    #[tokio::test]
    async fn shutdown_tells_every_connection_and_those_that_come_after() {
        let dog = Watchdog::new(Duration::from_secs(5), Duration::from_secs(5));
        let (tx, rx) = watch::channel(false);
        let w = Watch::new();
        let row = dog.watch(w.clone());
        tx.send(true).unwrap();
        dog.run(rx).await;
        assert_eq!(raised(&w), Some(Ending::Shutdown));
        drop(row);
        assert!(
            dog.table.lock().unwrap().rows.is_empty(),
            "rows go with their connection"
        );
        let late = Watch::new();
        let _late = dog.watch(late.clone());
        assert_eq!(raised(&late), Some(Ending::Shutdown));
    }
}
