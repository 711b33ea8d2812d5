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
//! `?retry_after=s`, `?location=`. Limits are flags of [`ServeArgs`]; bad input gets a 4xx
//! that says what was wrong.

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod api;
mod body;
mod conditional;
mod config;
mod crawl;
mod csp;
mod favicon;
mod interim;
mod memory;
mod negotiate;
mod pages;
mod prepared;
mod public_url;
mod ranges;
mod respond;
pub mod route;
mod server;
mod service;
mod site;
mod tls;
mod websocket;

pub use config::{Limits, LogFormat, ServeArgs};
pub use public_url::PublicUrl;
pub use server::{Server, StartError};

/// Sets up logging, binds, and serves until SIGINT or SIGTERM.
pub fn run(args: &ServeArgs) -> Result<(), StartError> {
    init_logging(args.log_format, args.access_log);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| StartError::Config(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(async {
        let server = Server::bind(args).await?;
        let addr = server
            .local_addr()
            .map_err(|e| StartError::Bind(args.addr, e))?;
        let scheme = if args.tls_cert.is_some() {
            "https"
        } else {
            "http"
        };
        tracing::info!("httpstatus serving on {scheme}://{addr}");
        server.run(shutdown_signal()).await;
        Ok(())
    })
}

fn init_logging(format: LogFormat, access_log: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if access_log {
        "info"
    } else {
        "info,httpstatus::access=off"
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // Colour only on a terminal: not in files, pipes or `docker logs`.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
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
