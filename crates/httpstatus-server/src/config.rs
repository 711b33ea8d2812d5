//! Settings of a server: a plain value with defaults, no command-line parser. The `httpstatus`
//! command maps its `serve` flags (each with an environment-variable twin) onto it; the
//! defaults below are the flags' defaults. Every limit is configurable, and a request
//! beyond a limit is rejected, never clamped; a setting out of range is refused at start-up
//! ([`Server::from_listener`](crate::Server::from_listener)).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::public_url::PublicUrl;

/// Default address to listen on (`--addr`).
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
/// Default longest delay a request may ask for, in milliseconds (`--max-delay-ms`).
pub const DEFAULT_MAX_DELAY_MS: u64 = 10_000;
/// Default largest request content, in bytes (`--max-body`).
pub const DEFAULT_MAX_BODY: u64 = 1024 * 1024;
/// Default largest request header section, in bytes (`--max-header-bytes`).
pub const DEFAULT_MAX_HEADER_BYTES: u64 = 16 * 1024;
/// The range `--max-header-bytes` may take: below 8 KiB common browsers' heads do not
/// fit, above 1 MiB one request could hold that much memory per connection.
pub const MAX_HEADER_BYTES_RANGE: std::ops::RangeInclusive<u64> = 8192..=1024 * 1024;
/// Default time for a complete request header section, in milliseconds
/// (`--header-timeout-ms`).
pub const DEFAULT_HEADER_TIMEOUT_MS: u64 = 5_000;
/// Default time a connection may wait for its next request, in milliseconds
/// (`--idle-timeout-ms`).
pub const DEFAULT_IDLE_TIMEOUT_MS: u64 = 15_000;
/// Default time for the request content, in milliseconds (`--body-timeout-ms`).
pub const DEFAULT_BODY_TIMEOUT_MS: u64 = 10_000;
/// Default most connections served at once (`--max-connections`).
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// Default most entries in a `/status/{codes}` list (`--max-list`).
pub const DEFAULT_MAX_LIST: usize = 100;
/// Default most bytes of a generated body (`/bytes/{n}`, `/range/{n}`, `/drip` …), in
/// bytes (`--max-generated-bytes`).
pub const DEFAULT_MAX_GENERATED_BYTES: u64 = 1024 * 1024;
/// Default most lines of `/stream/{n}` (`--max-stream-lines`).
pub const DEFAULT_MAX_STREAM_LINES: u64 = 100;
/// Default time a Digest nonce stays fresh, in milliseconds (`--nonce-lifetime-ms`).
pub const DEFAULT_NONCE_LIFETIME_MS: u64 = 300_000;
/// Default `Retry-After` seconds of 429 and 503 (`--retry-after`).
pub const DEFAULT_RETRY_AFTER: u32 = 5;
/// Default time shutdown waits for requests in flight, in milliseconds
/// (`--shutdown-timeout-ms`).
pub const DEFAULT_SHUTDOWN_TIMEOUT_MS: u64 = 10_000;

/// Everything a server is started with. Each field is named after the `httpstatus serve`
/// flag that sets it; [`Config::default`] holds the flags' defaults.
///
/// ```
/// use std::time::Duration;
/// use httpstatus_server::{Config, Limits};
///
/// let config = Config {
///     addr: "127.0.0.1:0".parse().unwrap(),
///     limits: Limits { max_body: 100, ..Limits::default() },
///     idle_timeout: Duration::from_secs(1),
///     ..Config::default()
/// };
/// assert_eq!(config.max_connections, httpstatus_server::config::DEFAULT_MAX_CONNECTIONS);
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on (`--addr`).
    pub addr: SocketAddr,
    /// What a request may ask for and send.
    pub limits: Limits,
    /// Most connections served at once; one more is answered 503 and closed
    /// (`--max-connections`, at least 1).
    pub max_connections: usize,
    /// Time a client has to send a complete request header section; a slower client gets
    /// 408 and the connection is closed. Also the time a TLS handshake may take
    /// (`--header-timeout-ms`, above zero).
    pub header_timeout: Duration,
    /// How long a connection may wait for its next request before it is closed
    /// (`--idle-timeout-ms`, above zero).
    pub idle_timeout: Duration,
    /// How long shutdown waits for requests in flight (`--shutdown-timeout-ms`).
    pub shutdown_timeout: Duration,
    /// Public base URL of the reference pages (`--public-url`).
    pub public_url: Option<PublicUrl>,
    /// PEM certificate chain and private key: serve HTTPS (`--tls-cert`, `--tls-key`).
    pub tls: Option<TlsFiles>,
    /// Log every request (`--access-log`).
    pub access_log: bool,
    /// Log format (`--log-format`).
    pub log_format: LogFormat,
    /// Worker threads (`--threads`, 1 to [`MAX_THREADS`]); `None` for one per CPU core.
    /// Each has a single-threaded runtime of its own and serves the connections handed to
    /// it from start to end, as nginx's worker processes do. One thread serves as nginx's
    /// single worker does, leaving the other cores to a load generator on the same machine.
    pub threads: Option<usize>,
}

/// Most worker threads `--threads` accepts.
pub const MAX_THREADS: usize = 1024;

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            limits: Limits::default(),
            max_connections: DEFAULT_MAX_CONNECTIONS,
            header_timeout: Duration::from_millis(DEFAULT_HEADER_TIMEOUT_MS),
            idle_timeout: Duration::from_millis(DEFAULT_IDLE_TIMEOUT_MS),
            shutdown_timeout: Duration::from_millis(DEFAULT_SHUTDOWN_TIMEOUT_MS),
            public_url: None,
            tls: None,
            access_log: false,
            log_format: LogFormat::Text,
            threads: None,
        }
    }
}

impl Config {
    /// Refuses settings out of range, naming the flag to change.
    pub(crate) fn check(&self) -> Result<(), String> {
        if self.max_connections == 0 {
            return Err("--max-connections must be at least 1".into());
        }
        if self.max_connections > tokio::sync::Semaphore::MAX_PERMITS {
            return Err("--max-connections is too large".into());
        }
        if let Some(n) = self.threads {
            if !(1..=MAX_THREADS).contains(&n) {
                return Err(format!("--threads must be from 1 to {MAX_THREADS}"));
            }
        }
        if self.header_timeout.is_zero() {
            return Err("--header-timeout-ms must be above zero".into());
        }
        if self.idle_timeout.is_zero() {
            return Err("--idle-timeout-ms must be above zero".into());
        }
        if self.limits.nonce_lifetime.is_zero() {
            return Err("--nonce-lifetime-ms must be above zero".into());
        }
        let header_bytes = u64::try_from(self.limits.max_header_bytes).unwrap_or(u64::MAX);
        if !MAX_HEADER_BYTES_RANGE.contains(&header_bytes) {
            return Err(format!(
                "--max-header-bytes must be from {} to {}",
                MAX_HEADER_BYTES_RANGE.start(),
                MAX_HEADER_BYTES_RANGE.end()
            ));
        }
        Ok(())
    }
}

/// The files of an HTTPS server.
#[derive(Clone, Debug)]
pub struct TlsFiles {
    /// PEM certificate chain.
    pub cert: PathBuf,
    /// PEM private key.
    pub key: PathBuf,
}

/// Log output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// What a request may ask for and send: the limits the request handlers apply.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Longest delay a request may ask for (`?sleep=`, `/delay/{seconds}`, `/drip`'s delay
    /// and duration together, `/range/{n}?duration=`); longer is a 400 (`--max-delay-ms`).
    pub max_delay: Duration,
    /// Largest request content; larger is a 413 (`--max-body`).
    pub max_body: u64,
    /// Largest request header section; larger is a 431 (`--max-header-bytes`).
    pub max_header_bytes: usize,
    /// Time allowed for the request content; slower is a 408 (`--body-timeout-ms`).
    pub body_timeout: Duration,
    /// Most entries in a status list (and in a redirect chain's `?code=` list); more is a
    /// 400 (`--max-list`).
    pub max_list: usize,
    /// Most bytes of a generated body (`/bytes/{n}`, `/stream-bytes/{n}`, `/range/{n}`,
    /// `/drip?numbytes=`); more is a 400 (`--max-generated-bytes`).
    pub max_generated_bytes: u64,
    /// Most lines of `/stream/{n}`; more is a 400 (`--max-stream-lines`).
    pub max_stream_lines: u64,
    /// How long a Digest nonce stays fresh: a correct answer with an older nonce gets a new
    /// challenge with `stale=true`, RFC 7616 §3.3 (`--nonce-lifetime-ms`).
    pub nonce_lifetime: Duration,
    /// `Retry-After` seconds of 429 and 503 unless the request sets `?retry_after=`
    /// (`--retry-after`).
    pub retry_after: u32,
    /// Hosts a caller-chosen `Location` may point at, besides this server
    /// (`--allow-redirect-host`, `*.example.com` allowed).
    pub allow_redirect_hosts: Vec<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_delay: Duration::from_millis(DEFAULT_MAX_DELAY_MS),
            max_body: DEFAULT_MAX_BODY,
            max_header_bytes: DEFAULT_MAX_HEADER_BYTES as usize,
            body_timeout: Duration::from_millis(DEFAULT_BODY_TIMEOUT_MS),
            max_list: DEFAULT_MAX_LIST,
            max_generated_bytes: DEFAULT_MAX_GENERATED_BYTES,
            max_stream_lines: DEFAULT_MAX_STREAM_LINES,
            nonce_lifetime: Duration::from_millis(DEFAULT_NONCE_LIFETIME_MS),
            retry_after: DEFAULT_RETRY_AFTER,
            allow_redirect_hosts: Vec::new(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_default_address_is_the_flag_default() {
        assert_eq!(Config::default().addr.to_string(), DEFAULT_ADDR);
    }

    #[test]
    fn settings_out_of_range_are_refused_naming_the_flag() {
        for threads in [0, MAX_THREADS + 1] {
            let bad = Config {
                threads: Some(threads),
                ..Config::default()
            };
            assert!(bad.check().unwrap_err().contains("--threads"), "{threads}");
        }
        for threads in [None, Some(1), Some(MAX_THREADS)] {
            let good = Config {
                threads,
                ..Config::default()
            };
            assert_eq!(good.check(), Ok(()), "{threads:?}");
        }
        let zero_idle = Config {
            idle_timeout: Duration::ZERO,
            ..Config::default()
        };
        assert!(zero_idle.check().unwrap_err().contains("--idle-timeout-ms"));
        let small_head = Config {
            limits: Limits {
                max_header_bytes: 100,
                ..Limits::default()
            },
            ..Config::default()
        };
        assert!(
            small_head
                .check()
                .unwrap_err()
                .contains("--max-header-bytes")
        );
        let no_nonce = Config {
            limits: Limits {
                nonce_lifetime: Duration::ZERO,
                ..Limits::default()
            },
            ..Config::default()
        };
        assert!(
            no_nonce
                .check()
                .unwrap_err()
                .contains("--nonce-lifetime-ms")
        );
        assert!(Config::default().check().is_ok());
    }
}
