//! One connection: the TLS handshake (if any), hyper serving HTTP/1.x or HTTP/2 on the
//! shared stream (`stream.rs`), each request handed to the pipeline (`pipeline.rs`), and
//! the watchdog (`watchdog.rs`) beside it. A plain TCP connection waits for each request
//! without hyper while it can (parked, `stream.rs`); the requests that have ready answers
//! are answered there (`direct.rs`), and a request that asks for a delay waits it there
//! (`early.rs`).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use httpstatus::StatusCode;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpStream;

use crate::direct::{self, Turn};
use crate::early;
use crate::ending::Ending;
use crate::interim::Interim;
use crate::malformed;
use crate::memory::Activity;
use crate::phase::{Phase, Watch};
use crate::pipeline;
use crate::reply;
use crate::state::State;
use crate::stream::{self, Io, Shared};
use crate::watchdog::Watchdog;

/// What every connection of a server shares.
pub(crate) struct Conn {
    pub(crate) state: Arc<State>,
    pub(crate) builder: auto::Builder<TokioExecutor>,
    pub(crate) tls: Option<tokio_rustls::TlsAcceptor>,
    /// The time allowed for a request header section, and for a TLS handshake.
    pub(crate) header_timeout: Duration,
    /// Watches every connection's phase (`watchdog.rs`).
    pub(crate) watchdog: Watchdog,
}

impl Conn {
    /// Serves one connection until it ends: TLS (if any), HTTP/1.x or HTTP/2, and its
    /// watchdog beside it.
    pub(crate) async fn serve(&self, stream: TcpStream, peer: SocketAddr, activity: &Activity) {
        let _ = stream.set_nodelay(true);
        let io = match &self.tls {
            None => Io::Tcp(stream),
            // Boxed: the handshake's state would otherwise take room in every
            // connection's future, plain ones included.
            Some(acceptor) => match Box::pin(self.handshake(acceptor, stream, peer)).await {
                Some(tls) => tls,
                None => return,
            },
        };
        let watch = Watch::new();
        let (mut hyper_side, writer, park) = stream::share(io, watch.clone());
        let interim = Interim::new(writer.clone(), watch.clone());
        // The watchdog raises the connection's flag (watch.signal): the connection's task
        // polls one atomic per wake-up, and no timer.
        let _watched = self.watchdog.watch(watch.clone());
        let signal = &watch.signal;
        loop {
            let shared = match hyper_side.take() {
                Some(shared) => shared,
                // A new plain TCP connection, or one parked by hyper's last turn.
                None => {
                    let Some(park) = park.clone() else { break };
                    let Some(mut read) = park.take() else { break };
                    let Some(head) = self
                        .wait_for_request(&mut read, &writer, &watch, &interim, peer)
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
                    // A connection whose last answer was a ready one that `direct.rs`
                    // could not give only for want of the page store goes back there at
                    // once: its client likely sends more of them.
                    Some(p)
                        if (watch.parks_at_once() || signal.take_nudge()) && p.may_park(&watch) =>
                    {
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
                        Box::pin(write_and_close(&interim, Some(&answer))).await;
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
                    } else {
                        Box::pin(end(ending, &interim, self.header_timeout)).await;
                    }
                    log_ending(peer, ending);
                    break;
                }
            }
            // hyper let go: either the connection ended, or it was parked at an idle
            // moment (stream.rs) and its reading side is back in `park` for the next turn.
            drop(conn);
        }
    }
}

impl Conn {
    /// Waits, holding no buffer, until the client of a parked (or new) plain TCP
    /// connection sends its next request, and answers the requests that have ready
    /// answers right here (`direct.rs`); a request that asks for a delay waits it here
    /// (`early.rs`). Returns what hyper reads first (the bytes of the first request this
    /// could not answer), or `None` when the connection ends instead: the client closed
    /// it (or asked to), or the watchdog or the server's shutdown ended it.
    async fn wait_for_request(
        &self,
        read: &mut tokio::net::tcp::OwnedReadHalf,
        writer: &Shared,
        watch: &Watch,
        interim: &Interim,
        peer: SocketAddr,
    ) -> Option<Vec<u8>> {
        let signal = &watch.signal;
        loop {
            let turn = std::future::poll_fn(|cx| {
                if let Poll::Ready(turn) = direct::poll_turn(read, cx, &self.state, writer, watch) {
                    return Poll::Ready(Ok(turn));
                }
                signal.poll(cx).map(Err)
            })
            .await;
            // Each rare path is boxed, and takes what it needs with it: nothing of them is
            // part of every parked connection's future.
            match turn {
                Ok(Turn::Answered) => {}
                Ok(Turn::Closed) => return None,
                Ok(Turn::Hyper(first)) => return Some(first),
                Err(ending) => {
                    Box::pin(end(ending, interim, self.header_timeout)).await;
                    log_ending(peer, ending);
                    return None;
                }
                Ok(Turn::Delay(delay, head)) => {
                    let head = Box::pin(early::wait(read, delay, watch, head)).await;
                    if head.is_none() {
                        tracing::debug!(%peer, "client closed its connection during the delay");
                    }
                    return head;
                }
                Ok(Turn::Blocked { rest, then, close }) => {
                    match Box::pin(finish_answer(interim, watch, rest, then, close)).await {
                        After::Wait => {}
                        After::End => return None,
                        After::Hyper(first) => return Some(first),
                    }
                }
            }
        }
    }
}

/// What a connection does once the rest of an answer is out (see [`finish_answer`]).
enum After {
    /// Wait for the next request.
    Wait,
    /// The connection is done.
    End,
    /// Hand these bytes (the requests after the answer) to hyper.
    Hyper(Vec<u8>),
}

/// Writes `rest`, the part of an answer the socket did not take at once (`direct.rs`), as
/// hyper would: the connection is handling a request meanwhile, not idle. Then closes the
/// connection (`close`), or hands `then` (the bytes read after that request) to hyper.
async fn finish_answer(
    interim: &Interim,
    watch: &Watch,
    rest: Vec<u8>,
    then: Vec<u8>,
    close: bool,
) -> After {
    watch.set(Phase::Handling);
    let written = interim.write_raw(&rest).await.is_ok();
    watch.set(Phase::Idle);
    if !written {
        return After::End;
    }
    if close {
        let _ = interim.shutdown().await;
        return After::End;
    }
    if then.is_empty() {
        After::Wait
    } else {
        After::Hyper(then)
    }
}

impl Conn {
    /// The TLS handshake, within the header timeout; `None` when it failed.
    async fn handshake(
        &self,
        acceptor: &tokio_rustls::TlsAcceptor,
        stream: TcpStream,
        peer: SocketAddr,
    ) -> Option<Io> {
        match tokio::time::timeout(self.header_timeout, acceptor.accept(stream)).await {
            Ok(Ok(tls)) => Some(Io::Other(Box::new(tls))),
            Ok(Err(e)) => {
                tracing::debug!(%peer, "TLS handshake failed: {e}");
                None
            }
            Err(_) => {
                tracing::debug!(%peer, "TLS handshake timed out");
                None
            }
        }
    }
}

/// Ends a connection the watchdog gave up on: a 408 with a body for a request head too
/// slow (slowloris, RFC 9110 §15.5.9), a close without a word for an idle one (RFC 9112
/// §9.5). Shutdown needs nothing here: hyper finishes the request in flight.
async fn end(ending: Ending, interim: &Interim, header_timeout: Duration) {
    let reply = match ending {
        Ending::Shutdown => return,
        Ending::HeaderTimeout => {
            let why = format!(
                "the request header section did not arrive within {} ms (this server's --header-timeout-ms)",
                header_timeout.as_millis()
            );
            Some(reply::closing_answer(StatusCode::REQUEST_TIMEOUT, "", &why))
        }
        Ending::Idle => None,
    };
    write_and_close(interim, reply.as_deref()).await;
}

/// Writes `answer` (if any) and closes the writing side, within a second.
async fn write_and_close(interim: &Interim, answer: Option<&[u8]>) {
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        if let Some(answer) = answer {
            let _ = interim.write_raw(answer).await;
        }
        let _ = interim.shutdown().await;
    })
    .await;
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A parked connection is its task: its future, with every await state inline, is
    /// part of what each idle connection costs (`bench/connmem.sh`). Rare paths (TLS, the
    /// delay before hyper, the 408) are boxed to keep it small; it was 1 728 bytes with a
    /// task of its own for the watchdog beside it.
    #[tokio::test]
    async fn a_connections_future_stays_small() {
        let conn = Conn {
            state: Arc::new(State::new(crate::config::Limits::default(), None, false)),
            builder: auto::Builder::new(TokioExecutor::new()),
            tls: None,
            header_timeout: Duration::from_secs(5),
            watchdog: Watchdog::new(Duration::from_secs(5), Duration::from_secs(5)),
        };
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        let s = TcpStream::connect(addr).await.unwrap();
        let activity = Activity::default();
        let fut = conn.serve(s, addr, &activity);
        let size = std::mem::size_of_val(&fut);
        assert!(size <= 1024, "a connection's future takes {size} bytes");
    }
}
