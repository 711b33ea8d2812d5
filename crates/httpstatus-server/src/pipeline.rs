//! One request's way through the server, HTTP/1.x and HTTP/2 alike:
//!
//! 1. admission (`admit.rs`): the head's size and `Host`, checked once;
//! 2. the ready answer (`ready.rs`) when the request can have one, returned as a ready
//!    future: no routing, no planning, no allocation beyond a header map's clone;
//! 3. otherwise the general path: the routing table (`routes.rs`) hands the request to the
//!    family of routes that answers its path;
//! 4. then, in one place (`reply::complete`), what every answer gets: CORS, our reason
//!    phrase, HEAD without content; and the access log.

use std::future::{Future, Ready};
use std::pin::Pin;
use std::sync::Arc;

use futures_util::future::Either;
use http::{Request, Response, Version};
use hyper::body::Incoming;

use crate::admit;
use crate::body::{Body, Cut};
use crate::interim::Interim;
use crate::phase::Phase;
use crate::reply;
use crate::routes;
use crate::state::State;

/// The answer to one request: ready, or the general path's (boxed: hyper moves the future
/// it is given, and the general path's is large). An `Err` makes hyper close the
/// connection without an answer.
pub(crate) type Answer<F> = Either<Ready<Result<Response<Body>, Cut>>, Pin<Box<F>>>;

/// Handles one request on the connection whose writing side and phase `conn` holds.
pub(crate) fn handle(
    req: Request<Incoming>,
    state: &Arc<State>,
    conn: &Interim,
) -> Answer<impl Future<Output = Result<Response<Body>, Cut>> + Send + use<>> {
    let h2 = req.version() == Version::HTTP_2;
    if h2 {
        conn.watch.set(Phase::Off);
    }
    let refusal = admit::refusal(&req, &state.limits);
    // The access log belongs to the general path.
    if refusal.is_none() && !access_log() {
        let watch = (!h2).then_some(&conn.watch);
        if let Some(resp) = state.ready.answer(&req, &state.pages, &state.limits, watch) {
            return Either::Left(std::future::ready(Ok(resp)));
        }
    }
    // Handed to the handler directly: no per-request extension map.
    let conn = (!h2).then(|| conn.clone());
    Either::Right(Box::pin(general(req, state.clone(), conn, refusal)))
}

/// `true` when the access log is on.
fn access_log() -> bool {
    tracing::enabled!(target: "httpstatus::access", tracing::Level::INFO)
}

/// The general path. `conn` is the HTTP/1.x connection's handle (interim responses and the
/// watchdog's phase), `None` on HTTP/2; `refusal` the answer admission gave, if any.
async fn general(
    req: Request<Incoming>,
    state: Arc<State>,
    conn: Option<Interim>,
    refusal: Option<Response<Body>>,
) -> Result<Response<Body>, Cut> {
    let watch = conn.as_ref().map(|c| c.watch.clone());
    if let Some(w) = &watch {
        w.set(Phase::Handling);
    }
    let interim = conn.filter(|_| req.version() == Version::HTTP_11);
    let method = req.method().clone();
    // What the access log needs is kept only when it is on.
    let log = access_log().then(|| {
        (
            req.uri().path().to_owned(),
            req.version(),
            std::time::Instant::now(),
        )
    });
    let answered = match refusal {
        Some(resp) => Ok(resp),
        None => routes::answer(req, &state.limits, &state.pages, interim).await,
    };
    let mut resp = match answered {
        Ok(resp) => resp,
        Err(Cut) => {
            if let Some((path, version, started)) = log {
                tracing::info!(target: "httpstatus::access", %method, path, ?version, status = "closed", ms = started.elapsed().as_millis() as u64);
            }
            return Err(Cut);
        }
    };
    if let Some((path, version, started)) = log {
        tracing::info!(target: "httpstatus::access", %method, path, ?version, status = resp.status().as_u16(), ms = started.elapsed().as_millis() as u64);
    }
    reply::complete(&mut resp, &method);
    let (parts, body) = resp.into_parts();
    Ok(Response::from_parts(parts, body.watched(watch)))
}
