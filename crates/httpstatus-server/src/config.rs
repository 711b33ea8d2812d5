//! Settings of `httpstatus serve`: every flag has an environment-variable twin, every limit
//! is configurable, and a request beyond a limit is rejected, never clamped.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::public_url::PublicUrl;

/// Flags of `httpstatus serve`.
#[derive(Args, Clone, Debug)]
#[non_exhaustive]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(
        long,
        env = "HTTPSTATUS_ADDR",
        default_value = "127.0.0.1:8080",
        value_name = "ADDR"
    )]
    pub addr: SocketAddr,

    /// Longest delay a request may ask for (milliseconds): `?sleep=`, `/delay/{seconds}`,
    /// `/drip`'s delay and duration together, `/range/{n}?duration=`; longer is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_DELAY_MS",
        default_value_t = 10_000,
        value_name = "MS"
    )]
    pub max_delay_ms: u64,

    /// Largest request content accepted (bytes); larger is a 413.
    #[arg(long, env = "HTTPSTATUS_MAX_BODY", default_value_t = 1024 * 1024, value_name = "BYTES")]
    pub max_body: u64,

    /// Largest request header section accepted (bytes, at least 8192); larger is a 431.
    #[arg(long, env = "HTTPSTATUS_MAX_HEADER_BYTES", default_value_t = 16 * 1024, value_name = "BYTES",
          value_parser = clap::value_parser!(u64).range(8192..=1024 * 1024))]
    pub max_header_bytes: u64,

    /// Time a client has to send a complete request header section (milliseconds); a
    /// slower client gets 408 and the connection is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_HEADER_TIMEOUT_MS",
        default_value_t = 5_000,
        value_name = "MS"
    )]
    pub header_timeout_ms: u64,

    /// How long a connection may wait for its next request (milliseconds); after that it
    /// is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_IDLE_TIMEOUT_MS",
        default_value_t = 15_000,
        value_name = "MS"
    )]
    pub idle_timeout_ms: u64,

    /// Time a client has to send the request content once the header section is in
    /// (milliseconds); a slower client gets 408 and the connection is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_BODY_TIMEOUT_MS",
        default_value_t = 10_000,
        value_name = "MS"
    )]
    pub body_timeout_ms: u64,

    /// Most connections served at once; one more is answered 503 and closed.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_CONNECTIONS",
        default_value_t = 1024,
        value_name = "N"
    )]
    pub max_connections: usize,

    /// Most entries in a `/status/{codes}` list (a range counts as one); more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_LIST",
        default_value_t = 100,
        value_name = "N"
    )]
    pub max_list: usize,

    /// Most bytes a generated body may have (`/bytes/{n}`, `/stream-bytes/{n}`,
    /// `/range/{n}`, `/drip?numbytes=`); more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_GENERATED_BYTES",
        default_value_t = 1024 * 1024,
        value_name = "BYTES"
    )]
    pub max_generated_bytes: u64,

    /// Most lines `/stream/{n}` may send; more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_STREAM_LINES",
        default_value_t = 100,
        value_name = "N"
    )]
    pub max_stream_lines: u64,

    /// How long a Digest nonce stays fresh (milliseconds); a correct answer with an older
    /// nonce gets a new challenge with `stale=true` (RFC 7616 §3.3).
    #[arg(
        long,
        env = "HTTPSTATUS_NONCE_LIFETIME_MS",
        default_value_t = 300_000,
        value_name = "MS"
    )]
    pub nonce_lifetime_ms: u64,

    /// `Retry-After` seconds sent with 429 and 503 unless the request sets `?retry_after=`.
    #[arg(
        long,
        env = "HTTPSTATUS_RETRY_AFTER",
        default_value_t = 5,
        value_name = "SECONDS"
    )]
    pub retry_after: u32,

    /// Hosts a caller-chosen `Location` may point at, besides this server (repeatable,
    /// `*.example.com` allowed). Without it, only local paths are allowed.
    #[arg(
        long = "allow-redirect-host",
        env = "HTTPSTATUS_ALLOW_REDIRECT_HOSTS",
        value_delimiter = ',',
        value_name = "HOST"
    )]
    pub allow_redirect_hosts: Vec<String>,

    /// Public base URL of the reference pages (http or https, no path): makes their
    /// canonical and hreflang links absolute and serves /robots.txt and /sitemap.xml.
    /// Never taken from a request's Host; without it, those links and files are left out.
    #[arg(long, env = "HTTPSTATUS_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<PublicUrl>,

    /// PEM certificate chain: serve HTTPS (HTTP/1.1 and HTTP/2 by ALPN). Needs --tls-key.
    #[arg(
        long,
        env = "HTTPSTATUS_TLS_CERT",
        requires = "tls_key",
        value_name = "FILE"
    )]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key for --tls-cert.
    #[arg(
        long,
        env = "HTTPSTATUS_TLS_KEY",
        requires = "tls_cert",
        value_name = "FILE"
    )]
    pub tls_key: Option<PathBuf>,

    /// Log every request (method, path, version, status, time) at info level, in the
    /// chosen log format. `RUST_LOG` filters further.
    #[arg(long, env = "HTTPSTATUS_ACCESS_LOG")]
    pub access_log: bool,

    /// Log format.
    #[arg(long, env = "HTTPSTATUS_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// How long shutdown (SIGINT, SIGTERM) waits for requests in flight (milliseconds).
    #[arg(
        long,
        env = "HTTPSTATUS_SHUTDOWN_TIMEOUT_MS",
        default_value_t = 10_000,
        value_name = "MS"
    )]
    pub shutdown_timeout_ms: u64,
}

/// Log output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The limits and defaults the request handlers need, resolved from [`ServeArgs`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Limits {
    /// Longest delay a request may ask for.
    pub max_delay: Duration,
    /// Largest request content.
    pub max_body: u64,
    /// Largest request header section.
    pub max_header_bytes: usize,
    /// Time allowed for the request content.
    pub body_timeout: Duration,
    /// Most entries in a status list (and in a redirect chain's `?code=` list).
    pub max_list: usize,
    /// Most bytes of a generated body.
    pub max_generated_bytes: u64,
    /// Most lines of `/stream/{n}`.
    pub max_stream_lines: u64,
    /// How long a Digest nonce stays fresh.
    pub nonce_lifetime: Duration,
    /// Default `Retry-After` seconds.
    pub retry_after: u32,
    /// Hosts allowed in a caller-chosen `Location`.
    pub allow_redirect_hosts: Vec<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_delay: Duration::from_secs(10),
            max_body: 1024 * 1024,
            max_header_bytes: 16 * 1024,
            body_timeout: Duration::from_secs(10),
            max_list: 100,
            max_generated_bytes: 1024 * 1024,
            max_stream_lines: 100,
            nonce_lifetime: Duration::from_secs(300),
            retry_after: 5,
            allow_redirect_hosts: Vec::new(),
        }
    }
}

impl ServeArgs {
    /// The per-request limits.
    pub fn limits(&self) -> Limits {
        Limits {
            max_delay: Duration::from_millis(self.max_delay_ms),
            max_body: self.max_body,
            max_header_bytes: usize::try_from(self.max_header_bytes).unwrap_or(usize::MAX),
            body_timeout: Duration::from_millis(self.body_timeout_ms),
            max_list: self.max_list,
            max_generated_bytes: self.max_generated_bytes,
            max_stream_lines: self.max_stream_lines,
            nonce_lifetime: Duration::from_millis(self.nonce_lifetime_ms),
            retry_after: self.retry_after,
            allow_redirect_hosts: self.allow_redirect_hosts.clone(),
        }
    }
}
