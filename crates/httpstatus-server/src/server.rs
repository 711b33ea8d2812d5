//! Accepting connections: limits on connections and header sections, TLS, HTTP/1.1 and
//! HTTP/2 (h2c by prior knowledge, h2 by ALPN), graceful shutdown.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use httpstatus::StatusCode;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

use crate::config::Config;
use crate::connection::Conn;
use crate::reply;
use crate::state::State;

/// A server ready to accept connections.
pub struct Server {
    listener: TcpListener,
    state: Arc<State>,
    builder: auto::Builder<TokioExecutor>,
    tls: Option<tokio_rustls::TlsAcceptor>,
    max_connections: usize,
    header_timeout: Duration,
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
        Ok(Server {
            listener,
            state: Arc::new(State::new(
                config.limits.clone(),
                config.public_url.clone(),
                tls.is_some(),
            )),
            builder,
            tls,
            max_connections: config.max_connections,
            header_timeout: config.header_timeout,
            idle_timeout: config.idle_timeout,
            shutdown_timeout: config.shutdown_timeout,
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
            header_timeout: self.header_timeout,
            watchdog: crate::watchdog::Watchdog::new(self.header_timeout, self.idle_timeout),
        });
        // One watchdog for every connection (watchdog.rs); it ends with the server.
        let watchdog = {
            let conn = conn.clone();
            let stop = stop_rx.clone();
            tokio::spawn(async move { conn.watchdog.run(stop).await })
        };
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
                            let activity = activity.clone();
                            activity.opened();
                            tokio::spawn(async move {
                                conn.serve(stream, peer, &activity).await;
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
        let _ = watchdog.await;
        let all = u32::try_from(self.max_connections).unwrap_or(u32::MAX);
        match tokio::time::timeout(self.shutdown_timeout, connections.acquire_many(all)).await {
            Ok(_) => tracing::info!("all connections closed"),
            Err(_) => tracing::warn!("shutdown timeout: closing the connections still open"),
        }
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
