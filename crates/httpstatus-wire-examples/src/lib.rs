//! Records every code's wire example from the real server.
//!
//! `data/wire-requests.toml` (written by hand) holds, for each code, the request that
//! shows it and a line on what to notice in the answer. This crate starts the real
//! `httpstatus serve` on loopback, sends each request over a plain TCP socket, and
//! records the bytes both ways, interim 1xx responses included, in
//! `data/wire-examples.toml`. `cargo run -p httpstatus-wire-examples` rewrites that file;
//! `cargo test -p httpstatus-wire-examples` fails (and rewrites it) when the server no
//! longer sends what is checked in. The codegen turns both files into the core's
//! `example/generated.rs`.
//!
//! Two things are normalised so that the file is reproducible: the value of the `Date`
//! field (always [`NORMALISED_DATE`]) and content longer than [`CONTENT_SHOWN`] bytes,
//! which is cut (the number of bytes left out is recorded).

pub mod compare;
pub mod record;
pub mod render;
pub mod requests;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use httpstatus_server::{Config, Server};

pub use compare::{Difference, compare};
pub use record::{Message, Peer, RecordError, record};
pub use requests::{RequestSpec, Requests};

/// The value every `Date` field is given in the recorded responses.
pub const NORMALISED_DATE: &str = "Mon, 02 Feb 2026 10:00:00 GMT";

/// Content longer than this (bytes) is cut in the recorded messages.
pub const CONTENT_SHOWN: usize = 600;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `data/wire-requests.toml`: the requests and the notes, written by hand.
pub fn requests_path() -> PathBuf {
    repo_root().join("data/wire-requests.toml")
}

/// `data/wire-examples.toml`: the recorded exchanges.
pub fn examples_path() -> PathBuf {
    repo_root().join("data/wire-examples.toml")
}

/// One recorded exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The code the request asked for.
    pub code: u16,
    /// The messages in the order they crossed the wire.
    pub messages: Vec<Message>,
}

/// A server on `127.0.0.1:0` in its own thread, stopped on drop.
#[derive(Debug)]
pub struct LoopbackServer {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl LoopbackServer {
    /// Starts the server with its defaults (the library's [`Config::default`]: the server
    /// library reads no `HTTPSTATUS_*` variable, so none can change the recorded bytes).
    pub fn start() -> Result<LoopbackServer, String> {
        let args = Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            ..Config::default()
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the runtime: {e}"))?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(args.addr))
            .map_err(|e| format!("cannot bind 127.0.0.1:0: {e}"))?;
        let server = {
            let _guard = runtime.enter();
            Server::from_listener(listener, &args).map_err(|e| e.to_string())?
        };
        let addr = server.local_addr().map_err(|e| e.to_string())?;
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(server.run(async {
                let _ = stop_rx.await;
            }));
        });
        Ok(LoopbackServer {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
}

impl Drop for LoopbackServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads `data/wire-requests.toml`.
pub fn load_requests() -> Result<Requests, String> {
    let path = requests_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Requests::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Starts the server, sends every request and renders the text of
/// `data/wire-examples.toml`.
pub fn generate() -> Result<String, String> {
    let requests = load_requests()?;
    let server = LoopbackServer::start()?;
    let mut recorded = Vec::with_capacity(requests.example.len());
    for spec in &requests.example {
        let messages = record(server.addr, spec, Duration::from_secs(10))
            .map_err(|e| format!("{} {}: {e}", spec.method, spec.target))?;
        recorded.push(Recorded {
            code: spec.code,
            messages,
        });
    }
    drop(server);
    Ok(render::render(&recorded))
}
