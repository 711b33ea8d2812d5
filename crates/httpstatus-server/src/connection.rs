//! One connection: the TLS handshake (if any), hyper serving HTTP/1.x or HTTP/2 on the
//! shared stream (`stream.rs`), each request handed to the pipeline (`pipeline.rs`), and
//! the watchdog (`watchdog.rs`) beside it.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpStream;
use tokio::sync::watch;

use crate::interim::Interim;
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
        let (shared, writer) = stream::share(io, watch.clone());
        let interim = Interim::new(writer, watch);
        let watched = interim.clone();
        let state = self.state.clone();
        let svc = service_fn(move |req| pipeline::handle(req, &state, &interim, peer.ip()));
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
            self.header_timeout,
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
                Ending::HeaderTimeout => {
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
