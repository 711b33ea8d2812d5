//! Accepting connections: limits on connections and header sections, TLS, HTTP/1.1 and
//! HTTP/2 (h2c by prior knowledge, h2 by ALPN), graceful shutdown.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use httpstatus::StatusCode;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, watch};

use crate::config::Config;
use crate::connection::Conn;
use crate::reply;
use crate::state::State;

/// A server ready to accept connections.
///
/// It accepts on its thread and serves connections there; with workers
/// (`Server::add_worker`, one thread and runtime each, `lib.rs`) it hands every new
/// connection to the one with the fewest open, which serves it start to end: the
/// connection's wake-ups, watchdog and allocations stay on one thread, as in nginx's worker
/// processes, and no work-stealing pool moves tasks between threads.
pub struct Server {
    listener: TcpListener,
    shared: Arc<Shared>,
    /// This thread's open connections.
    open: Arc<AtomicUsize>,
    /// The other workers.
    workers: Vec<Hand>,
}

/// What the server and its workers share.
struct Shared {
    conn: Arc<Conn>,
    /// One permit per open connection, for `--max-connections` across all workers.
    connections: Arc<Semaphore>,
    /// One permit per 503 being written to a client over the limit.
    busy_replies: Arc<Semaphore>,
    activity: Arc<crate::memory::Activity>,
    max_connections: usize,
    shutdown_timeout: Duration,
}

/// A connection accepted for a worker, with its permit.
struct Accepted {
    stream: std::net::TcpStream,
    peer: SocketAddr,
    permit: OwnedSemaphorePermit,
}

/// The accepting thread's side of a worker.
struct Hand {
    send: mpsc::UnboundedSender<Accepted>,
    open: Arc<AtomicUsize>,
}

/// A worker: serves, on the runtime of the thread that runs it, the connections the server
/// hands it ([`Server::add_worker`]).
pub(crate) struct Worker {
    receive: mpsc::UnboundedReceiver<Accepted>,
    open: Arc<AtomicUsize>,
    shared: Arc<Shared>,
}

impl Worker {
    /// Serves the connections it is handed until the server stops accepting, then lets
    /// requests in flight finish (up to the shutdown timeout) and returns.
    pub(crate) async fn run(mut self) {
        while let Some(Accepted {
            stream,
            peer,
            permit,
        }) = self.receive.recv().await
        {
            match TcpStream::from_std(stream) {
                Ok(stream) => serve(&self.shared, &self.open, stream, peer, permit),
                Err(e) => tracing::warn!(%peer, "cannot take a connection: {e}"),
            }
        }
        // The server's watchdog tells this worker's connections too.
        finish(&self.shared, false).await;
    }
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("addr", &self.listener.local_addr().ok())
            .finish_non_exhaustive()
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum StartError {
    /// Binding the address failed.
    Bind(SocketAddr, io::Error),
    /// The certificate or key could not be used.
    Tls(String),
    /// A setting is out of range.
    Config(String),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            StartError::Tls(e) => write!(f, "TLS: {e}"),
            StartError::Config(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for StartError {}

impl Server {
    /// Binds `config.addr` and prepares everything; nothing is served until [`Server::run`].
    pub async fn bind(config: &Config) -> Result<Server, StartError> {
        let listener = TcpListener::bind(config.addr)
            .await
            .map_err(|e| StartError::Bind(config.addr, e))?;
        Server::from_listener(listener, config)
    }

    /// Uses an already bound listener (tests bind `127.0.0.1:0`).
    pub fn from_listener(listener: TcpListener, config: &Config) -> Result<Server, StartError> {
        config.check().map_err(StartError::Config)?;
        let max_header = config.limits.max_header_bytes;
        let mut builder = auto::Builder::new(TokioExecutor::new());
        // hyper's own buffer limit is a backstop behind ours, which answers 431 with an
        // explanation above --max-header-bytes. hyper's header read timer is left off: the
        // connection watchdog below answers slow heads with 408 and a body, and closes idle
        // connections, without a timer armed and dropped on every request.
        builder
            .http1()
            .header_read_timeout(None)
            .max_buf_size(max_header.saturating_mul(4).max(8192))
            .keep_alive(true);
        builder
            .http2()
            .timer(TokioTimer::new())
            .max_header_list_size(u32::try_from(max_header).unwrap_or(u32::MAX))
            .max_concurrent_streams(256);
        let tls = match &config.tls {
            Some(files) => {
                Some(crate::tls::acceptor(&files.cert, &files.key).map_err(StartError::Tls)?)
            }
            None => None,
        };
        let state = Arc::new(State::new(
            config.limits.clone(),
            config.public_url.clone(),
            tls.is_some(),
        ));
        Ok(Server {
            listener,
            shared: Arc::new(Shared {
                conn: Arc::new(Conn {
                    state,
                    builder,
                    tls,
                    header_timeout: config.header_timeout,
                    watchdog: crate::watchdog::Watchdog::new(
                        config.header_timeout,
                        config.idle_timeout,
                    ),
                }),
                connections: Arc::new(Semaphore::new(config.max_connections)),
                busy_replies: Arc::new(Semaphore::new(64)),
                activity: Arc::new(crate::memory::Activity::default()),
                max_connections: config.max_connections,
                shutdown_timeout: config.shutdown_timeout,
            }),
            open: Arc::new(AtomicUsize::new(0)),
            workers: Vec::new(),
        })
    }

    /// A worker for another thread: from now on the server hands it new connections
    /// when it has the fewest open. It stops once the server stops accepting.
    pub(crate) fn add_worker(&mut self) -> Worker {
        let (send, receive) = mpsc::unbounded_channel();
        let open = Arc::new(AtomicUsize::new(0));
        self.workers.push(Hand {
            send,
            open: open.clone(),
        });
        Worker {
            receive,
            open,
            shared: self.shared.clone(),
        }
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish (up to the
    /// shutdown timeout) and returns.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let Server {
            listener,
            shared,
            open,
            workers,
        } = self;
        let (stop_tx, stop_rx) = watch::channel(false);
        // One watchdog for every connection of every worker (watchdog.rs); it ends with
        // the server.
        let watchdog = {
            let conn = shared.conn.clone();
            tokio::spawn(async move { conn.watchdog.run(stop_rx).await })
        };
        let releaser = AbortOnDrop(tokio::spawn(crate::memory::release_when_idle(
            shared.activity.clone(),
        )));
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                accepted = listener.accept() => {
                    let (stream, peer) = match accepted {
                        Ok(a) => a,
                        Err(e) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            tracing::warn!("accept failed: {e}");
                            tokio::time::sleep(Duration::from_millis(20)).await;
                            continue;
                        }
                    };
                    match shared.connections.clone().try_acquire_owned() {
                        Ok(permit) => {
                            if let Some((stream, permit)) =
                                hand_over(&workers, &open, stream, peer, permit)
                            {
                                serve(&shared, &open, stream, peer, permit);
                            }
                        }
                        Err(_) => {
                            if let Ok(permit) = shared.busy_replies.clone().try_acquire_owned() {
                                tokio::spawn(async move {
                                    refuse_busy(stream).await;
                                    drop(permit);
                                });
                            }
                        }
                    }
                }
                () = &mut shutdown => break,
            }
        }
        drop(listener);
        // The workers see their channel close and shut down as this thread does.
        drop(workers);
        drop(releaser);
        tracing::info!("shutting down: waiting for requests in flight");
        let _ = stop_tx.send(true);
        let _ = watchdog.await;
        finish(&shared, true).await;
    }
}

/// Hands a new connection to the worker with the fewest open, or gives it back when that
/// is this thread (or no worker can take it). Either way it is counted at once, in the
/// chosen worker's `open` or this thread's, so that the next connection accepted sees it.
fn hand_over(
    workers: &[Hand],
    open: &AtomicUsize,
    stream: TcpStream,
    peer: SocketAddr,
    permit: OwnedSemaphorePermit,
) -> Option<(TcpStream, OwnedSemaphorePermit)> {
    let mut fewest = open.load(Ordering::Relaxed);
    let mut chosen = None;
    for hand in workers {
        let n = hand.open.load(Ordering::Relaxed);
        if n < fewest && !hand.send.is_closed() {
            fewest = n;
            chosen = Some(hand);
        }
    }
    let Some(hand) = chosen else {
        open.fetch_add(1, Ordering::Relaxed);
        return Some((stream, permit));
    };
    let stream = match stream.into_std() {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(%peer, "cannot hand a connection over: {e}");
            return None;
        }
    };
    hand.open.fetch_add(1, Ordering::Relaxed);
    if let Err(mpsc::error::SendError(back)) = hand.send.send(Accepted {
        stream,
        peer,
        permit,
    }) {
        // The worker stopped between the look and the send: served here after all.
        hand.open.fetch_sub(1, Ordering::Relaxed);
        let stream = TcpStream::from_std(back.stream).ok()?;
        open.fetch_add(1, Ordering::Relaxed);
        return Some((stream, back.permit));
    }
    None
}

/// Serves one connection in a task of the current thread's runtime; `open` counts it
/// already and is told when it ends.
fn serve(
    shared: &Arc<Shared>,
    open: &Arc<AtomicUsize>,
    stream: TcpStream,
    peer: SocketAddr,
    permit: OwnedSemaphorePermit,
) {
    let conn = shared.conn.clone();
    let activity = shared.activity.clone();
    let open = open.clone();
    activity.opened();
    tokio::spawn(async move {
        conn.serve(stream, peer, &activity).await;
        drop(permit);
        open.fetch_sub(1, Ordering::Relaxed);
        activity.closed();
    });
}

/// Shutting down, once the watchdog told every connection: waits until no connection of
/// the process is open (the permits are shared) or the shutdown timeout; the caller then
/// drops the runtime with whatever is left.
async fn finish(shared: &Shared, report: bool) {
    let all = u32::try_from(shared.max_connections).unwrap_or(u32::MAX);
    match tokio::time::timeout(
        shared.shutdown_timeout,
        shared.connections.acquire_many(all),
    )
    .await
    {
        Ok(_) if report => tracing::info!("all connections closed"),
        Ok(_) => {}
        Err(_) => tracing::warn!("shutdown timeout: closing the connections still open"),
    }
}

/// Ends a task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Over the connection limit: a short 503 and close.
async fn refuse_busy(mut stream: TcpStream) {
    let reply = reply::closing_answer(
        StatusCode::SERVICE_UNAVAILABLE,
        "retry-after: 1\r\n",
        "too many connections: this server's --max-connections is reached",
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = stream.write_all(&reply).await;
        let _ = stream.shutdown().await;
    })
    .await;
}
