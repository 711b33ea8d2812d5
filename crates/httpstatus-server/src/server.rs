//! Accepting connections: limits on connections and header sections, TLS, HTTP/1.1 and
//! HTTP/2 (h2c by prior knowledge, h2 by ALPN), graceful shutdown.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::Either;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

use crate::config::ServeArgs;
use crate::interim::{self, Io, Phase};
use crate::service::{self, State};

/// A server ready to accept connections.
pub struct Server {
    listener: TcpListener,
    state: Arc<State>,
    builder: auto::Builder<TokioExecutor>,
    tls: Option<tokio_rustls::TlsAcceptor>,
    max_connections: usize,
    handshake_timeout: Duration,
    idle_timeout: Duration,
    shutdown_timeout: Duration,
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
    /// Binds `args.addr` and prepares everything; nothing is served until [`Server::run`].
    pub async fn bind(args: &ServeArgs) -> Result<Server, StartError> {
        let listener = TcpListener::bind(args.addr)
            .await
            .map_err(|e| StartError::Bind(args.addr, e))?;
        Server::from_listener(listener, args)
    }

    /// Uses an already bound listener (tests bind `127.0.0.1:0`).
    pub fn from_listener(listener: TcpListener, args: &ServeArgs) -> Result<Server, StartError> {
        if args.max_connections == 0 {
            return Err(StartError::Config(
                "--max-connections must be at least 1".into(),
            ));
        }
        if args.max_connections > Semaphore::MAX_PERMITS {
            return Err(StartError::Config("--max-connections is too large".into()));
        }
        let header_timeout = Duration::from_millis(args.header_timeout_ms);
        if header_timeout.is_zero() {
            return Err(StartError::Config(
                "--header-timeout-ms must be above zero".into(),
            ));
        }
        let max_header = usize::try_from(args.max_header_bytes).unwrap_or(usize::MAX);
        let idle_timeout = Duration::from_millis(args.idle_timeout_ms);
        if idle_timeout.is_zero() {
            return Err(StartError::Config(
                "--idle-timeout-ms must be above zero".into(),
            ));
        }
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
        let tls = match (&args.tls_cert, &args.tls_key) {
            (Some(cert), Some(key)) => {
                Some(crate::tls::acceptor(cert, key).map_err(StartError::Tls)?)
            }
            _ => None,
        };
        Ok(Server {
            listener,
            state: Arc::new(State::new(
                args.limits(),
                args.public_url.clone(),
                tls.is_some(),
            )),
            builder,
            tls,
            max_connections: args.max_connections,
            handshake_timeout: header_timeout,
            idle_timeout,
            shutdown_timeout: Duration::from_millis(args.shutdown_timeout_ms),
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish (up to the
    /// shutdown timeout) and returns.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let connections = Arc::new(Semaphore::new(self.max_connections));
        let busy_replies = Arc::new(Semaphore::new(64));
        let (stop_tx, stop_rx) = watch::channel(false);
        let conn = Arc::new(Conn {
            state: self.state,
            builder: self.builder,
            tls: self.tls,
            handshake_timeout: self.handshake_timeout,
            idle_timeout: self.idle_timeout,
        });
        let activity = Arc::new(crate::memory::Activity::default());
        let releaser = tokio::spawn(crate::memory::release_when_idle(activity.clone()));
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                accepted = self.listener.accept() => {
                    let (stream, peer) = match accepted {
                        Ok(a) => a,
                        Err(e) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            tracing::warn!("accept failed: {e}");
                            tokio::time::sleep(Duration::from_millis(20)).await;
                            continue;
                        }
                    };
                    match connections.clone().try_acquire_owned() {
                        Ok(permit) => {
                            let conn = conn.clone();
                            let stop = stop_rx.clone();
                            let activity = activity.clone();
                            activity.opened();
                            tokio::spawn(async move {
                                conn.serve(stream, peer, stop).await;
                                drop(permit);
                                activity.closed();
                            });
                        }
                        Err(_) => {
                            if let Ok(permit) = busy_replies.clone().try_acquire_owned() {
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
        releaser.abort();
        tracing::info!("shutting down: waiting for requests in flight");
        let _ = stop_tx.send(true);
        let all = u32::try_from(self.max_connections).unwrap_or(u32::MAX);
        match tokio::time::timeout(self.shutdown_timeout, connections.acquire_many(all)).await {
            Ok(_) => tracing::info!("all connections closed"),
            Err(_) => tracing::warn!("shutdown timeout: closing the connections still open"),
        }
    }
}

/// Over the connection limit: a short 503 and close.
async fn refuse_busy(mut stream: TcpStream) {
    let line = status_line(503);
    let body =
        format!("{line}\ntoo many connections: this server's --max-connections is reached\n");
    let reply = format!(
        "HTTP/1.1 {line}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = stream.write_all(reply.as_bytes()).await;
        let _ = stream.shutdown().await;
    })
    .await;
}

/// `code` and our reason phrase, for the answers written here without hyper.
fn status_line(code: u16) -> String {
    format!(
        "{code} {}",
        crate::respond::wire_reason(code).unwrap_or_default()
    )
}

struct Conn {
    state: Arc<State>,
    builder: auto::Builder<TokioExecutor>,
    tls: Option<tokio_rustls::TlsAcceptor>,
    /// Also the time allowed for a request head.
    handshake_timeout: Duration,
    idle_timeout: Duration,
}

impl Conn {
    async fn serve(&self, stream: TcpStream, peer: SocketAddr, stop: watch::Receiver<bool>) {
        let _ = stream.set_nodelay(true);
        let io = match &self.tls {
            None => Io::Tcp(stream),
            Some(acceptor) => {
                match tokio::time::timeout(self.handshake_timeout, acceptor.accept(stream)).await {
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
        let (shared, interim) = interim::share(io);
        let watched = interim.clone();
        let state = self.state.clone();
        let svc = service_fn(move |req: http::Request<hyper::body::Incoming>| {
            let h2 = req.version() == http::Version::HTTP_2;
            if h2 {
                interim.watch.set(Phase::Off);
            }
            let watch = (!h2).then_some(&interim.watch);
            if let Some(resp) = crate::prepared::answer(&req, &state, watch) {
                return Either::Left(std::future::ready(Ok(resp)));
            }
            // Handed to the handler directly: no per-request extension map. Boxed: hyper
            // moves the future it is given, and the general handler's is large.
            let ctx = (!h2).then(|| interim.clone());
            Either::Right(Box::pin(service::handle(
                req,
                state.clone(),
                ctx,
                peer.ip(),
            )))
        });
        let conn = self
            .builder
            .serve_connection_with_upgrades(TokioIo::new(shared), svc);
        // The watchdog and the shutdown signal run in a task of their own and raise a flag:
        // the connection's task then polls one atomic per wake-up, not two more futures.
        let signal = Arc::new(Signal::default());
        let guard = AbortOnDrop(tokio::spawn(oversee(
            watched,
            signal.clone(),
            stop,
            self.handshake_timeout,
            self.idle_timeout,
        )));
        tokio::pin!(conn);
        tokio::select! {
            biased;
            res = conn.as_mut() => {
                if let Err(e) = res {
                    tracing::debug!(%peer, "connection ended: {e}");
                }
            }
            ending = std::future::poll_fn(|cx| signal.poll(cx)) => match ending {
                Ending::Shutdown => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
                Ending::SlowHead => {
                    tracing::debug!(%peer, "request header section too slow: 408 and close");
                }
                Ending::Idle => tracing::debug!(%peer, "idle connection closed"),
            }
        }
        drop(guard);
    }
}

/// Ends a task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// A connection's end, raised by [`oversee`] and awaited by the connection's task.
#[derive(Default)]
struct Signal {
    /// 0 while nothing happened, else an [`Ending`] as `1 + its index`.
    ending: std::sync::atomic::AtomicU8,
    waker: futures_util::task::AtomicWaker,
}

impl Signal {
    fn raise(&self, ending: Ending) {
        let n = match ending {
            Ending::Shutdown => 1,
            Ending::SlowHead => 2,
            Ending::Idle => 3,
        };
        self.ending.store(n, std::sync::atomic::Ordering::Release);
        self.waker.wake();
    }

    fn poll(&self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Ending> {
        let read = || match self.ending.load(std::sync::atomic::Ordering::Acquire) {
            1 => Some(Ending::Shutdown),
            2 => Some(Ending::SlowHead),
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
async fn oversee(
    conn: interim::Interim,
    signal: Arc<Signal>,
    mut stop: watch::Receiver<bool>,
    head_timeout: Duration,
    idle_timeout: Duration,
) {
    let ending = tokio::select! {
        _ = stop.changed() => Ending::Shutdown,
        ending = watchdog(&conn, head_timeout, idle_timeout) => ending,
    };
    signal.raise(ending);
}

/// Why a connection ended before its client closed it.
enum Ending {
    /// The server is shutting down: finish the request in flight, then close.
    Shutdown,
    /// A request head did not arrive in time: answered 408.
    SlowHead,
    /// No request for the idle timeout: closed without a word (RFC 9112 §9.5).
    Idle,
}

/// Watches an HTTP/1.x connection's phase. Completes after answering 408 to a client that
/// started a request head and did not finish it in time (slowloris, RFC 9110 §15.5.9), or
/// after closing a connection that stayed idle for `idle_timeout`. The connection is then
/// dropped.
async fn watchdog(
    conn: &interim::Interim,
    head_timeout: Duration,
    idle_timeout: Duration,
) -> Ending {
    let tick = (head_timeout.min(idle_timeout) / 4).max(Duration::from_millis(25));
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
        match interim::Watch::phase_of(now) {
            Phase::ReadingHead if since.elapsed() >= head_timeout => break,
            Phase::Idle if since.elapsed() >= idle_timeout => {
                let _ = tokio::time::timeout(Duration::from_secs(1), conn.shutdown()).await;
                return Ending::Idle;
            }
            _ => {}
        }
    }
    let line = status_line(408);
    let body = format!(
        "{line}\nthe request header section did not arrive within {} ms (this server's --header-timeout-ms)\n",
        head_timeout.as_millis()
    );
    let reply = format!(
        "HTTP/1.1 {line}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = conn.write_raw(reply.as_bytes()).await;
        let _ = conn.shutdown().await;
    })
    .await;
    Ending::SlowHead
}
