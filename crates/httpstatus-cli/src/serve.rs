//! `httpstatus serve`'s flags: every one has an environment-variable twin, and they map
//! onto the server library's plain [`Config`] (the library knows nothing of flags). The
//! defaults are the library's named constants.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};
use httpstatus_server::config::{
    DEFAULT_ADDR, DEFAULT_BODY_TIMEOUT_MS, DEFAULT_HEADER_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MS,
    DEFAULT_MAX_BODY, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_DELAY_MS, DEFAULT_MAX_GENERATED_BYTES,
    DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_LIST, DEFAULT_MAX_STREAM_LINES,
    DEFAULT_NONCE_LIFETIME_MS, DEFAULT_RETRY_AFTER, DEFAULT_SHUTDOWN_TIMEOUT_MS,
    MAX_HEADER_BYTES_RANGE,
};
use httpstatus_server::{Config, Limits, PublicUrl, TlsFiles};

// Flags of `httpstatus serve` (a plain comment: see `cli::Command`).
#[derive(Args, Clone, Debug)]
pub(crate) struct ServeArgs {
    /// Address to listen on.
    #[arg(
        long,
        env = "HTTPSTATUS_ADDR",
        default_value = DEFAULT_ADDR,
        value_name = "ADDR"
    )]
    addr: SocketAddr,

    /// Longest delay a request may ask for (milliseconds): `?sleep=`, `/delay/{seconds}`,
    /// `/drip`'s delay and duration together, `/range/{n}?duration=`; longer is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_DELAY_MS",
        default_value_t = DEFAULT_MAX_DELAY_MS,
        value_name = "MS"
    )]
    max_delay_ms: u64,

    /// Largest request content accepted (bytes); larger is a 413.
    #[arg(long, env = "HTTPSTATUS_MAX_BODY", default_value_t = DEFAULT_MAX_BODY, value_name = "BYTES")]
    max_body: u64,

    /// Largest request header section accepted (bytes, at least 8192); larger is a 431.
    #[arg(long, env = "HTTPSTATUS_MAX_HEADER_BYTES", default_value_t = DEFAULT_MAX_HEADER_BYTES, value_name = "BYTES",
          value_parser = clap::value_parser!(u64).range(MAX_HEADER_BYTES_RANGE))]
    max_header_bytes: u64,

    /// Time a client has to send a complete request header section (milliseconds); a
    /// slower client gets 408 and the connection is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_HEADER_TIMEOUT_MS",
        default_value_t = DEFAULT_HEADER_TIMEOUT_MS,
        value_name = "MS"
    )]
    header_timeout_ms: u64,

    /// How long a connection may wait for its next request (milliseconds); after that it
    /// is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_IDLE_TIMEOUT_MS",
        default_value_t = DEFAULT_IDLE_TIMEOUT_MS,
        value_name = "MS"
    )]
    idle_timeout_ms: u64,

    /// Time a client has to send the request content once the header section is in
    /// (milliseconds); a slower client gets 408 and the connection is closed.
    #[arg(
        long,
        env = "HTTPSTATUS_BODY_TIMEOUT_MS",
        default_value_t = DEFAULT_BODY_TIMEOUT_MS,
        value_name = "MS"
    )]
    body_timeout_ms: u64,

    /// Most connections served at once; one more is answered 503 and closed.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_CONNECTIONS",
        default_value_t = DEFAULT_MAX_CONNECTIONS,
        value_name = "N"
    )]
    max_connections: usize,

    /// Worker threads serving requests (1 to 1024); one per CPU core when not given. With
    /// one, the server runs as nginx's single worker does and leaves the other cores to a
    /// load generator on the same machine.
    #[arg(long, env = "HTTPSTATUS_THREADS", value_name = "N")]
    threads: Option<usize>,

    /// Most entries in a `/status/{codes}` list (a range counts as one); more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_LIST",
        default_value_t = DEFAULT_MAX_LIST,
        value_name = "N"
    )]
    max_list: usize,

    /// Most bytes a generated body may have (`/bytes/{n}`, `/stream-bytes/{n}`,
    /// `/range/{n}`, `/drip?numbytes=`); more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_GENERATED_BYTES",
        default_value_t = DEFAULT_MAX_GENERATED_BYTES,
        value_name = "BYTES"
    )]
    max_generated_bytes: u64,

    /// Most lines `/stream/{n}` may send; more is a 400.
    #[arg(
        long,
        env = "HTTPSTATUS_MAX_STREAM_LINES",
        default_value_t = DEFAULT_MAX_STREAM_LINES,
        value_name = "N"
    )]
    max_stream_lines: u64,

    /// How long a Digest nonce stays fresh (milliseconds, above zero); a correct answer
    /// with an older nonce gets a new challenge with `stale=true` (RFC 7616 §3.3).
    #[arg(
        long,
        env = "HTTPSTATUS_NONCE_LIFETIME_MS",
        default_value_t = DEFAULT_NONCE_LIFETIME_MS,
        value_name = "MS"
    )]
    nonce_lifetime_ms: u64,

    /// `Retry-After` seconds sent with 429 and 503 unless the request sets `?retry_after=`.
    #[arg(
        long,
        env = "HTTPSTATUS_RETRY_AFTER",
        default_value_t = DEFAULT_RETRY_AFTER,
        value_name = "SECONDS"
    )]
    retry_after: u32,

    /// Hosts a caller-chosen `Location` may point at, besides this server (repeatable,
    /// `*.example.com` allowed). Without it, only local paths are allowed.
    #[arg(
        long = "allow-redirect-host",
        env = "HTTPSTATUS_ALLOW_REDIRECT_HOSTS",
        value_delimiter = ',',
        value_name = "HOST"
    )]
    allow_redirect_hosts: Vec<String>,

    /// Public base URL of the reference pages (http or https, no path): makes their
    /// canonical and hreflang links absolute and serves /robots.txt and /sitemap.xml.
    /// Never taken from a request's Host; without it, those links and files are left out.
    #[arg(long, env = "HTTPSTATUS_PUBLIC_URL", value_name = "URL")]
    public_url: Option<PublicUrl>,

    /// PEM certificate chain: serve HTTPS (HTTP/1.1 and HTTP/2 by ALPN). Needs --tls-key.
    #[arg(
        long,
        env = "HTTPSTATUS_TLS_CERT",
        requires = "tls_key",
        value_name = "FILE"
    )]
    tls_cert: Option<PathBuf>,

    /// PEM private key for --tls-cert.
    #[arg(
        long,
        env = "HTTPSTATUS_TLS_KEY",
        requires = "tls_cert",
        value_name = "FILE"
    )]
    tls_key: Option<PathBuf>,

    /// Log every request (method, path, version, status, time) at info level, in the
    /// chosen log format. `RUST_LOG` filters further.
    #[arg(long, env = "HTTPSTATUS_ACCESS_LOG")]
    access_log: bool,

    /// Log format.
    #[arg(long, env = "HTTPSTATUS_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,

    /// How long shutdown (SIGINT, SIGTERM) waits for requests in flight (milliseconds).
    #[arg(
        long,
        env = "HTTPSTATUS_SHUTDOWN_TIMEOUT_MS",
        default_value_t = DEFAULT_SHUTDOWN_TIMEOUT_MS,
        value_name = "MS"
    )]
    shutdown_timeout_ms: u64,
}

/// Log output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

impl ServeArgs {
    /// The server's settings.
    pub(crate) fn config(&self) -> Config {
        Config {
            addr: self.addr,
            limits: Limits {
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
            },
            max_connections: self.max_connections,
            header_timeout: Duration::from_millis(self.header_timeout_ms),
            idle_timeout: Duration::from_millis(self.idle_timeout_ms),
            shutdown_timeout: Duration::from_millis(self.shutdown_timeout_ms),
            public_url: self.public_url.clone(),
            // clap makes each of the two require the other.
            tls: match (&self.tls_cert, &self.tls_key) {
                (Some(cert), Some(key)) => Some(TlsFiles {
                    cert: cert.clone(),
                    key: key.clone(),
                }),
                _ => None,
            },
            access_log: self.access_log,
            threads: self.threads,
            log_format: match self.log_format {
                LogFormat::Text => httpstatus_server::LogFormat::Text,
                LogFormat::Json => httpstatus_server::LogFormat::Json,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Serve {
        #[command(flatten)]
        args: ServeArgs,
    }

    fn config(flags: &[&str]) -> Result<Config, String> {
        let argv = std::iter::once("serve").chain(flags.iter().copied());
        Serve::try_parse_from(argv)
            .map(|s| s.args.config())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn the_flag_defaults_are_the_library_defaults() {
        let flags = config(&[]).unwrap();
        let ours = Config::default();
        assert_eq!(format!("{flags:?}"), format!("{ours:?}"));
    }

    #[test]
    fn every_flag_reaches_its_setting() {
        let c = config(&[
            "--addr=127.0.0.1:9",
            "--max-delay-ms=1",
            "--max-body=2",
            "--max-header-bytes=9000",
            "--header-timeout-ms=4",
            "--idle-timeout-ms=5",
            "--body-timeout-ms=6",
            "--max-connections=7",
            "--threads=3",
            "--max-list=8",
            "--max-generated-bytes=11",
            "--max-stream-lines=12",
            "--nonce-lifetime-ms=13",
            "--retry-after=9",
            "--allow-redirect-host=a.example,*.b.example",
            "--public-url=https://status.example.com",
            "--tls-cert=c.pem",
            "--tls-key=k.pem",
            "--access-log",
            "--log-format=json",
            "--shutdown-timeout-ms=10",
        ])
        .unwrap();
        let ms = Duration::from_millis;
        assert_eq!(c.addr.port(), 9);
        assert_eq!(c.limits.max_delay, ms(1));
        assert_eq!(c.limits.max_body, 2);
        assert_eq!(c.limits.max_header_bytes, 9000);
        assert_eq!(c.header_timeout, ms(4));
        assert_eq!(c.idle_timeout, ms(5));
        assert_eq!(c.limits.body_timeout, ms(6));
        assert_eq!(c.max_connections, 7);
        assert_eq!(c.threads, Some(3));
        assert_eq!(c.limits.max_list, 8);
        assert_eq!(c.limits.max_generated_bytes, 11);
        assert_eq!(c.limits.max_stream_lines, 12);
        assert_eq!(c.limits.nonce_lifetime, ms(13));
        assert_eq!(c.limits.retry_after, 9);
        assert_eq!(c.limits.allow_redirect_hosts, ["a.example", "*.b.example"]);
        assert_eq!(c.public_url.unwrap().as_str(), "https://status.example.com");
        let tls = c.tls.unwrap();
        assert_eq!(
            (tls.cert.to_str(), tls.key.to_str()),
            (Some("c.pem"), Some("k.pem"))
        );
        assert!(c.access_log);
        assert_eq!(c.log_format, httpstatus_server::LogFormat::Json);
        assert_eq!(c.shutdown_timeout, ms(10));
    }

    #[test]
    fn public_url_is_checked_at_start_up() {
        for bad in [
            "status.example.com",
            "ftp://status.example.com",
            "https://status.example.com/prefix",
            "https://user@status.example.com",
            "https://status.example.com/?a=1",
            "https://",
        ] {
            let err = config(&["--public-url", bad]).unwrap_err();
            assert!(err.contains("--public-url"), "{bad}: {err}");
            assert!(err.contains("not a public base URL"), "{bad}: {err}");
        }
        let config = config(&["--public-url", "HTTPS://Status.Example.com/"]).unwrap();
        assert_eq!(
            config.public_url.unwrap().as_str(),
            "https://status.example.com"
        );
    }

    #[test]
    fn the_httpbin_limits_have_environment_twins_and_want_numbers() {
        assert!(config(&["--max-generated-bytes", "lots"]).is_err());
        assert!(config(&["--nonce-lifetime-ms", "-1"]).is_err());
        let help = config(&["--help"]).unwrap_err();
        for env in [
            "HTTPSTATUS_MAX_GENERATED_BYTES",
            "HTTPSTATUS_MAX_STREAM_LINES",
            "HTTPSTATUS_NONCE_LIFETIME_MS",
        ] {
            assert!(help.contains(env), "{env} in --help");
        }
    }

    #[test]
    fn header_bytes_outside_the_range_are_refused() {
        let err = config(&["--max-header-bytes", "100"]).unwrap_err();
        assert!(err.contains("--max-header-bytes"), "{err}");
        assert!(config(&["--tls-cert", "c.pem"]).is_err());
    }
}
