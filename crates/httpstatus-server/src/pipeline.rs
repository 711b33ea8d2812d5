//! One request's way through the server, HTTP/1.x and HTTP/2 alike:
//!
//! 1. the head read in one pass (`head.rs`), and admission (`admit.rs`): its size and
//!    `Host`, checked once (a refused head is answered at once, as a ready future);
//! 2. the ready answer (`ready.rs`) when the request can have one, returned as a ready
//!    future: no routing, no planning, no allocation beyond a header map's clone (on a
//!    parked plain HTTP/1.1 connection such a request never reaches hyper or this
//!    pipeline: it is answered from the socket, `direct.rs`);
//! 3. otherwise the general path: the routing table (`routes.rs`) hands the request to the
//!    family of routes that answers its path;
//! 4. then, in one place (`reply::complete`), what every answer gets: CORS, our reason
//!    phrase, HEAD without content; and the access log.

use std::future::{Future, Ready};
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use futures_util::future::Either;
use http::{Method, Request, Response, Version};
use http_body::Body as _;
use hyper::body::Incoming;

use crate::admit;
use crate::body::{Body, Cut};
use crate::head::Head;
use crate::interim::Interim;
use crate::phase::{Phase, Watch};
use crate::reply;
use crate::routes;
use crate::state::State;

/// The answer to one request: ready, or the general path's (boxed: hyper moves the future
/// it is given, and the general path's is large). An `Err` makes hyper close the
/// connection without an answer.
pub(crate) type Answer<F> = Either<Ready<Result<Response<Body>, Cut>>, Pin<Box<F>>>;

/// Handles one request on the connection whose writing side and phase `conn` holds.
/// Inlined into hyper's service call: the answer is then built where hyper keeps it, not
/// built here and moved (a copy of some 200 bytes per request, `bench/callgrind.sh`).
#[inline(always)]
pub(crate) fn handle(
    req: Request<Incoming>,
    state: &Arc<State>,
    conn: &Interim,
    peer: IpAddr,
) -> Answer<impl Future<Output = Result<Response<Body>, Cut>> + Send + use<>> {
    let h2 = req.version() == Version::HTTP_2;
    if h2 {
        conn.watch.set(Phase::Off);
    } else if !req.body().is_end_stream()
        || req.headers().contains_key(http::header::UPGRADE)
        || req.method() == Method::CONNECT
    {
        // Content hyper may still read after the answer, or a stream it hands over: the
        // connection is never parked (stream.rs).
        conn.watch.hold();
    }
    let watch = (!h2).then_some(&conn.watch);
    let head = Head::read(&req);
    if let Some(refusal) = admit::refusal(&req, &head, &state.limits) {
        if let Some(w) = watch {
            w.set(Phase::Handling);
        }
        let log = Log::start(&req);
        return Either::Left(std::future::ready(Ok(finish(
            refusal,
            req.method(),
            log,
            watch.cloned(),
        ))));
    }
    // The access log belongs to the general path.
    if !access_log() {
        if let Some(resp) = state
            .ready
            .answer(&req, &head, &state.pages, &state.limits, watch)
        {
            if let Some(w) = watch {
                w.answering_ready(true);
            }
            return Either::Left(std::future::ready(Ok(resp)));
        }
    }
    if let Some(w) = watch {
        w.answering_ready(false);
    }
    // Handed to the handler directly: no per-request extension map.
    let conn = (!h2).then(|| conn.clone());
    Either::Right(Box::pin(general(req, state.clone(), conn, peer)))
}

/// How long the request `req` (a head read before hyper, `early.rs`) waits before
/// anything of its answer is written, when that is known from its head alone: a GET or
/// HEAD on HTTP/1.1 that admission lets through, to a status route that starts its answer
/// with the delay (`status::waits_first`). The handler then does not wait again.
pub(crate) fn waits_first(req: &Request<()>, state: &State) -> Option<std::time::Duration> {
    if req.version() != Version::HTTP_11
        || !(req.method() == Method::GET || req.method() == Method::HEAD)
        || admit::refusal(req, &Head::read(req), &state.limits).is_some()
        || routes::Family::of(req.uri().path(), state.pages.crawlable()) != routes::Family::Status
    {
        return None;
    }
    crate::status::waits_first(req, &state.limits)
}

/// `true` when the access log is on.
#[inline]
pub(crate) fn access_log() -> bool {
    tracing::enabled!(target: "httpstatus::access", tracing::Level::INFO)
}

/// The general path. `conn` is the HTTP/1.x connection's handle (interim responses and the
/// watchdog's phase), `None` on HTTP/2; `peer` the client's address.
async fn general(
    req: Request<Incoming>,
    state: Arc<State>,
    conn: Option<Interim>,
    peer: IpAddr,
) -> Result<Response<Body>, Cut> {
    let watch = conn.as_ref().map(|c| c.watch.clone());
    if let Some(w) = &watch {
        w.set(Phase::Handling);
    }
    let interim = conn.filter(|_| req.version() == Version::HTTP_11);
    let method = req.method().clone();
    let log = Log::start(&req);
    match routes::answer(
        req,
        &state.limits,
        &state.pages,
        &state.httpbin,
        interim,
        peer,
    )
    .await
    {
        Ok(resp) => Ok(finish(resp, &method, log, watch)),
        Err(Cut) => {
            if let Some(log) = log {
                log.write(&method, "closed");
            }
            Err(Cut)
        }
    }
}

/// What every answer of the general path gets: `reply::complete` (CORS, our reason
/// phrase, HEAD), its line in the access log, and the watch told when its body is done.
fn finish(
    mut resp: Response<Body>,
    method: &Method,
    log: Option<Log>,
    watch: Option<Arc<Watch>>,
) -> Response<Body> {
    if let Some(log) = log {
        log.write(method, resp.status().as_u16());
    }
    reply::complete(&mut resp, method);
    resp.body_mut().watch(watch);
    resp
}

/// What the access log needs of a request, kept only when the log is on.
struct Log {
    path: String,
    version: Version,
    started: Instant,
}

impl Log {
    fn start<B>(req: &Request<B>) -> Option<Log> {
        access_log().then(|| Log {
            path: req.uri().path().to_owned(),
            version: req.version(),
            started: Instant::now(),
        })
    }

    fn write(self, method: &Method, status: impl tracing::Value) {
        let Log {
            path,
            version,
            started,
        } = self;
        tracing::info!(target: "httpstatus::access", %method, path, ?version, status, ms = started.elapsed().as_millis() as u64);
    }
}
