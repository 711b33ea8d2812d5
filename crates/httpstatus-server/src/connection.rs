//! One connection: the TLS handshake (if any), hyper serving HTTP/1.x or HTTP/2 on the
//! shared stream (`stream.rs`), each request handed to the pipeline (`pipeline.rs`), and
//! the watchdog (`watchdog.rs`) beside it. A plain TCP connection waits for each request
//! without hyper while it can (parked, `stream.rs`), and a request that asks for a delay
//! waits it there (`early.rs`).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpStream;
use tokio::sync::watch;

use crate::early;
use crate::interim::Interim;
use crate::malformed;
use crate::memory::Activity;
use crate::phase::Watch;
use crate::pipeline;
use crate::state::State;
use crate::stream::{self, Io};
use crate::watchdog::{Ending, Signal, oversee};

/// What every connection of a server shares.
pub(crate) struct Conn {
    pub(crate) state: Arc<State>,
    pub(crate) builder: auto::Builder<TokioExecutor>,
    pub(crate) tls: Option<tokio_rustls::TlsAcceptor>,
    /// The time allowed for a request header section, and for a TLS handshake.
    pub(crate) header_timeout: Duration,
    pub(crate) idle_timeout: Duration,
}

impl Conn {
    /// Serves one connection until it ends: TLS (if any), HTTP/1.x or HTTP/2, and its
    /// watchdog beside it.
    pub(crate) async fn serve(
        &self,
        stream: TcpStream,
        peer: SocketAddr,
        stop: watch::Receiver<bool>,
        activity: &Activity,
    ) {
        let _ = stream.set_nodelay(true);
        let io = match &self.tls {
            None => Io::Tcp(stream),
            Some(acceptor) => {
                match tokio::time::timeout(self.header_timeout, acceptor.accept(stream)).await {
                    Ok(Ok(tls)) => Io::Other(Box::new(tls)),
                    Ok(Err(e)) => {
                        tracing::debug!(%peer, "TLS handshake failed: {e}");
                        return;
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "TLS handshake timed out");
                        return;
                    }
                }
            }
        };
        let watch = Watch::new();
        let (mut hyper_side, writer, park) = stream::share(io, watch.clone());
        let interim = Interim::new(writer.clone(), watch.clone());
        // The watchdog and the shutdown signal run in a task of their own and raise a flag:
        // the connection's task then polls one atomic per wake-up, not two more futures.
        let signal = Arc::new(Signal::default());
        let guard = AbortOnDrop(tokio::spawn(oversee(
            interim.clone(),
            signal.clone(),
            stop,
            self.header_timeout,
            self.idle_timeout,
        )));
        loop {
            let shared = match hyper_side.take() {
                Some(shared) => shared,
                // A new plain TCP connection, or one parked by hyper's last turn.
                None => {
                    let Some(park) = park.clone() else { break };
                    let Some(mut read) = park.take() else { break };
                    let Some(head) = self
                        .wait_for_request(&mut read, &signal, &watch, peer)
                        .await
                    else {
                        break;
                    };
                    stream::resume(read, head, writer.clone(), watch.clone(), park)
                }
            };
            let state = self.state.clone();
            let handler = interim.clone();
            let svc = service_fn(move |req| pipeline::handle(req, &state, &handler, peer.ip()));
            // Boxed: hyper's state lives on the heap only while it serves, and the task
            // of a parked connection stays small.
            let mut conn = Box::pin(
                self.builder
                    .serve_connection_with_upgrades(TokioIo::new(shared), svc),
            );
            // hyper first, then the watchdog's flag; when hyper waits on a connection that
            // has been idle for a watchdog tick and can be parked (stream.rs), it is
            // dropped. Connections of busy clients, which send their next request within
            // the tick, keep hyper's state: building it again costs some 6 000
            // instructions per request (bench/README.md, "Memory per connection").
            let step = std::future::poll_fn(|cx| {
                if let Poll::Ready(res) = conn.as_mut().poll(cx) {
                    return Poll::Ready(Step::Ended(res));
                }
                if let Poll::Ready(ending) = signal.poll(cx) {
                    return Poll::Ready(Step::Signal(ending));
                }
                match &park {
                    Some(p) if signal.take_nudge() && p.may_park(&watch) => {
                        p.park();
                        Poll::Ready(Step::Park)
                    }
                    _ => Poll::Pending,
                }
            })
            .await;
            match step {
                Step::Ended(res) => {
                    if let Err(e) = &res {
                        tracing::debug!(%peer, "connection ended: {e}");
                    }
                    // hyper could not parse a request head and wrote a bare answer, kept
                    // off the wire (stream.rs): ours says what was wrong.
                    if let Some(code) = watch.refused() {
                        let says = res.as_ref().err().map(|e| hyper_description(&**e));
                        let answer = malformed::answer(code, says.as_deref());
                        let _ = tokio::time::timeout(Duration::from_secs(1), async {
                            let _ = interim.write_raw(&answer).await;
                            let _ = interim.shutdown().await;
                        })
                        .await;
                    }
                    // hyper ended the connection: nothing is parked, the loop ends.
                }
                Step::Park => {
                    activity.parked();
                    tracing::trace!(%peer, "idle connection parked");
                }
                Step::Signal(ending) => {
                    if ending == Ending::Shutdown {
                        conn.as_mut().graceful_shutdown();
                        let _ = conn.await;
                    }
                    log_ending(peer, ending);
                    break;
                }
            }
            // hyper let go: either the connection ended, or it was parked at an idle
            // moment (stream.rs) and its reading side is back in `park` for the next turn.
            drop(conn);
        }
        drop(guard);
    }
}

impl Conn {
    /// Waits, holding no buffer, until the client of a parked (or new) plain TCP
    /// connection sends its next request; a request that asks for a delay waits it here
    /// (`early.rs`). Returns what hyper reads first (the head of a request that waited,
    /// else nothing), or `None` when the connection ends instead: the client closed it
    /// during the delay, or the watchdog or the server's shutdown ended it.
    async fn wait_for_request(
        &self,
        read: &mut tokio::net::tcp::OwnedReadHalf,
        signal: &Signal,
        watch: &Watch,
        peer: SocketAddr,
    ) -> Option<Vec<u8>> {
        let looked = tokio::select! {
            biased;
            looked = early::look(read, &self.state) => looked,
            ending = std::future::poll_fn(|cx| signal.poll(cx)) => {
                log_ending(peer, ending);
                return None;
            }
        };
        match looked {
            // An error or the client's close: hyper reads it and ends as before.
            Err(_) | Ok(None) => Some(Vec::new()),
            Ok(Some(delay)) => {
                let head = early::wait(read, delay, watch).await;
                if head.is_none() {
                    tracing::debug!(%peer, "client closed its connection during the delay");
                }
                head
            }
        }
    }
}

/// What ended hyper's turn on a connection.
enum Step {
    /// hyper ended the connection.
    Ended(Result<(), Box<dyn std::error::Error + Send + Sync>>),
    /// The watchdog raised its flag.
    Signal(Ending),
    /// The connection was parked (`stream.rs`).
    Park,
}

/// hyper's own words for a connection's error (its `Display`, whose first part is the
/// error's description), without the causes a boxed error may chain after it.
fn hyper_description(e: &(dyn std::error::Error + 'static)) -> String {
    let text = match e.downcast_ref::<hyper::Error>() {
        Some(h) => h.to_string(),
        None => e.to_string(),
    };
    match text.split_once(": ") {
        Some((description, _cause)) => description.to_owned(),
        None => text,
    }
}

/// Logs why the server ended a connection.
fn log_ending(peer: SocketAddr, ending: Ending) {
    match ending {
        Ending::Shutdown => tracing::debug!(%peer, "server shutting down: connection closed"),
        Ending::HeaderTimeout => {
            tracing::debug!(%peer, "request header section too slow: 408 and close");
        }
        Ending::Idle => tracing::debug!(%peer, "idle connection closed"),
    }
}

/// Ends a task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
