//! `httpstatus serve`: a status-code test server that gets every code right on the wire.
//!
//! Routes (any method):
//!
//! - `/{code}` (anything after the code is ignored) and `/status/{codes}`, where `codes`
//!   is a code, a comma list with optional weights (`200:0.7,500:0.3`) or ranges
//!   (`500-504`); `?seed=` makes the choice reproducible;
//! - `/echo`: reports the method, header fields and content it received (where our
//!   redirects point, so a client can see 303 turn POST into GET);
//! - `/healthz`;
//! - the HTTP-semantics routes of httpbin and go-httpbin (`httpbin/`): redirect chains
//!   and `/redirect-to`, `/cache`, `/etag/{etag}` and `/conditional`, Basic, Bearer and
//!   Digest authentication (also for proxies), `/delay`, `/drip`, `/range`, `/bytes`,
//!   `/stream`, `/response-headers`, and httpbin's echo (`/anything`, `/get` …);
//! - the bilingual reference pages under `/ko/` and `/en/` (`/` redirects by
//!   `Accept-Language`) and the JSON API under `/api/v1/` (see `site.rs`, `pages/` and
//!   `api/`).
//!
//! Every response follows RFC 9110 and its companions: the reason phrase on the status
//! line; no content and no `Content-Length` on 204 and 304; none generated on 205; none
//! on HEAD; the header fields each code calls for (`Location`, `WWW-Authenticate`,
//! `Allow`, `Content-Range`, `Retry-After` …); real 1xx interim responses on HTTP/1.1
//! (see `interim.rs`); content by `Accept` (text, JSON, HTML) and language by `?lang=` or
//! `Accept-Language`. Controls: `?sleep=ms`, `X-HttpStatus-Response-{Name}: value`,
//! `?suppress_body`, `?fault=close-before-headers|close-after-headers|close-mid-body|slow-body`,
//! `?retry_after=s`, `?location=`. Limits are settings of [`Config`] (flags of
//! `httpstatus serve`); bad input gets a 4xx that says what was wrong.
//!
//! The shape, top down: `server.rs` accepts connections; `connection.rs` serves one
//! (`stream.rs` shares it with the handler, `phase.rs` and `watchdog.rs` watch it; the
//! ready requests of a plain HTTP/1.1 connection are answered before hyper, `direct.rs`); every
//! request goes through `pipeline.rs`: its head read once (`head.rs`), admission
//! (`admit.rs`), then a ready answer (`ready.rs`) or the routing table (`routes.rs`), which
//! hands it to its family (`status.rs` with `route.rs`, `respond.rs`, `special.rs`;
//! `echo.rs`; `httpbin/` with `sandbox.rs`; `site.rs` with `store.rs`, `pages/`, `api/`),
//! and last what every answer gets (`reply.rs`).

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod admit;
mod api;
mod body;
mod conditional;
pub mod config;
mod connection;
mod content;
mod crawl;
mod csp;
mod describe;
mod direct;
mod early;
mod echo;
mod ending;
mod favicon;
mod head;
pub mod httpbin;
mod interim;
mod malformed;
mod memory;
mod negotiate;
mod pages;
mod phase;
mod pipeline;
mod plan;
mod public_url;
mod query;
mod ranges;
mod ready;
mod rep;
mod reply;
mod respond;
pub mod route;
mod routes;
mod sandbox;
mod server;
mod site;
mod special;
mod state;
mod status;
mod store;
mod stream;
mod tls;
mod watchdog;
mod websocket;
mod wire_head;

pub use config::{Config, Limits, LogFormat, TlsFiles};
pub use public_url::PublicUrl;
pub use reply::Rejection;
pub use server::{Server, StartError};

/// For the fuzz target `direct` (`fuzz/`), not an API: the length of the ready request at
/// the start of `bytes` that a server with the default settings answers before hyper
/// (`direct.rs`), and whether it asks to close the connection; `None` when hyper gets it.
#[doc(hidden)]
pub fn ready_request_at_start(bytes: &[u8]) -> Option<(usize, bool)> {
    static STATE: std::sync::OnceLock<state::State> = std::sync::OnceLock::new();
    let state = STATE.get_or_init(|| state::State::new(Limits::default(), None, false));
    direct::recognised(bytes, state)
}

/// Sets up logging, binds, and serves until SIGINT or SIGTERM.
///
/// One worker per `--threads` (default: one per core), each a thread with a single-threaded
/// runtime of its own. The first worker is this thread: it also accepts, hands each new
/// connection to the worker with the fewest open (`server.rs`), and waits for the signals.
/// No work-stealing pool: a connection's wake-ups and allocations stay on the thread that
/// serves it.
pub fn run(config: &Config) -> Result<(), StartError> {
    config.check().map_err(StartError::Config)?;
    init_logging(config.log_format, config.access_log);
    let threads = config
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    worker_runtime()?.block_on(async {
        let mut server = Server::bind(config).await?;
        let addr = server
            .local_addr()
            .map_err(|e| StartError::Bind(config.addr, e))?;
        for n in 1..threads {
            let worker = server.add_worker();
            std::thread::Builder::new()
                // `httpstatus-{n}`: a thread's name shows in `top -H` up to 15 bytes.
                .name(format!("httpstatus-{n}"))
                .spawn(move || match worker_runtime() {
                    Ok(rt) => rt.block_on(worker.run()),
                    Err(e) => tracing::error!("worker {n}: {e}"),
                })
                .map_err(|e| StartError::Config(format!("cannot start a worker thread: {e}")))?;
        }
        let scheme = if config.tls.is_some() {
            "https"
        } else {
            "http"
        };
        let plural = if threads == 1 { "" } else { "s" };
        tracing::info!("httpstatus serving on {scheme}://{addr} ({threads} worker thread{plural})");
        server.run(shutdown_signal()).await;
        Ok(())
    })
}

/// A worker's runtime: one thread, timers and I/O.
fn worker_runtime() -> Result<tokio::runtime::Runtime, StartError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| StartError::Config(format!("cannot start the runtime: {e}")))
}

fn init_logging(format: LogFormat, access_log: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if access_log {
        "info"
    } else {
        "info,httpstatus::access=off"
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // A log line that cannot be written (stderr closed, a pipe whose reader left) is lost
    // quietly: tracing's default reports it with `eprintln!`, which panics on that same
    // stderr and took the request's connection down with it.
    // Colour only on a terminal: not in files, pipes or `docker logs`.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .log_internal_errors(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
