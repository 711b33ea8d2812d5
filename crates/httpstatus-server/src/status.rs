//! The status routes, `/{code}` and `/status/{codes}`: the path and the controls are read
//! (`route.rs`), the answer is planned (`respond.rs`, pure) and carried out here on the
//! connection: the request content, the interim responses, the delay, the faults and the
//! WebSocket echo after a 101.

use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Request, Response, Version};
use httpstatus::StatusCode;
use hyper::body::Incoming;

use crate::body::{Body, Cut};
use crate::config::Limits;
use crate::content;
use crate::interim::Interim;
use crate::negotiate;
use crate::plan::{Ask, Content, Plan};
use crate::reply;
use crate::respond;
use crate::route::{self, Controls, Fault};

/// Interval between bytes of a slow body.
const SLOW_INTERVAL: Duration = Duration::from_millis(100);

/// The answer to a request on a status route. `interim` is the HTTP/1.1 connection's
/// handle for interim responses; an `Err` closes the connection without an answer.
pub(crate) async fn answer(
    req: Request<Incoming>,
    limits: &Limits,
    interim: Option<Interim>,
) -> Result<Response<Body>, Cut> {
    let format = negotiate::format(req.headers());
    let choice = match route::parse_status_path(req.uri().path(), limits) {
        Ok(choice) => choice,
        Err(rejection) => return Ok(reply::error(&rejection, format)),
    };
    let controls = match route::parse_controls(req.uri().query(), req.headers(), limits) {
        Ok(c) => c,
        Err(rejection) => return Ok(reply::error(&rejection, format)),
    };
    let code = known_code(&choice, controls.seed)
        .unwrap_or_else(|| choice.pick(&mut fastrand::Rng::new()));
    carry_out(req, code, controls, limits, interim).await
}

/// The code of `choice` when it is known before the answer: a single code, or a choice
/// with a seed. `None` for a random choice.
fn known_code(choice: &route::StatusChoice, seed: Option<u64>) -> Option<StatusCode> {
    match choice.items.as_slice() {
        [only] if only.low == only.high => Some(only.low),
        _ => seed.map(|seed| choice.pick(&mut fastrand::Rng::with_seed(seed))),
    }
}

/// The delay of a request on a status route when its answer starts with it: nothing is
/// written before (no interim response, no rejection) and the code is known. The
/// connection may then wait before hyper reads the request (`early.rs`), read from the
/// head alone: the same parsing and plan as [`answer`]'s.
pub(crate) fn waits_first<B>(req: &Request<B>, limits: &Limits) -> Option<Duration> {
    let choice = route::parse_status_path(req.uri().path(), limits).ok()?;
    let controls = route::parse_controls(req.uri().query(), req.headers(), limits).ok()?;
    let delay = controls.sleep?;
    let code = known_code(&choice, controls.seed)?;
    let plan = respond::plan(&Ask {
        code,
        method: req.method(),
        version: req.version(),
        headers: req.headers(),
        controls: &controls,
        limits,
    });
    (plan.interim.is_empty() && plan.repeat_interim.is_none() && !plan.websocket).then_some(delay)
}

/// Plans the answer with `code` and carries it out.
async fn carry_out(
    mut req: Request<Incoming>,
    code: StatusCode,
    controls: Controls,
    limits: &Limits,
    interim: Option<Interim>,
) -> Result<Response<Body>, Cut> {
    let format = negotiate::format(req.headers());
    if let Some(resp) = content::too_large(&req, limits, format) {
        return Ok(resp);
    }
    let version = req.version();
    let plan = respond::plan(&Ask {
        code,
        method: req.method(),
        version,
        headers: req.headers(),
        controls: &controls,
        limits,
    });
    let on_upgrade = plan.websocket.then(|| hyper::upgrade::on(&mut req));

    // Read the content, which makes hyper answer `Expect: 100-continue` with a 100. A
    // final error status is an answer to the expectation too (RFC 9110 §10.1.1): then
    // the content is not read, and the connection is closed after the response.
    let skip_content = (respond::expects_continue(req.headers()) && code.is_error())
        || http_body::Body::is_end_stream(req.body());
    if !skip_content {
        if let Err(rejection) = content::read(req.into_body(), limits).await {
            return Ok(reply::error_and_close(&rejection, format));
        }
    }

    // Interim responses first: hints (103) are meant to arrive while the server works.
    let interim = interim.filter(|_| version == Version::HTTP_11);
    if let Some(ch) = &interim {
        for r in &plan.interim {
            let headers: Vec<(&str, String)> =
                r.headers.iter().map(|(n, v)| (*n, v.clone())).collect();
            if ch.send(r.code, r.reason, &headers).await.is_err() {
                return Err(Cut);
            }
        }
    }
    // A request that already waited before hyper read it (`early.rs`) does not again.
    let delay = controls
        .sleep
        .filter(|_| !interim.as_ref().is_some_and(|ch| ch.watch.take_waited()));
    if let Some(delay) = delay {
        match (&interim, plan.repeat_interim, plan.interim.first()) {
            (Some(ch), Some(every), Some(first)) => {
                // 102 Processing: keep telling the client the request is alive.
                let deadline = tokio::time::Instant::now() + delay;
                loop {
                    let now = tokio::time::Instant::now();
                    if now >= deadline {
                        break;
                    }
                    tokio::time::sleep(every.min(deadline - now)).await;
                    if tokio::time::Instant::now() < deadline
                        && ch.send(first.code, first.reason, &[]).await.is_err()
                    {
                        return Err(Cut);
                    }
                }
            }
            _ => tokio::time::sleep(delay).await,
        }
    }
    if controls.fault == Some(Fault::CloseBeforeHeaders) {
        return Err(Cut);
    }
    Ok(finish(plan, &controls, on_upgrade, limits))
}

/// The final response of a plan: status, header fields, content (with the
/// `?suppress_body` control and the faults applied), and the WebSocket echo after a 101.
/// The reason phrase, CORS and HEAD come after, in `reply::complete`.
pub(crate) fn finish(
    plan: Plan,
    controls: &Controls,
    on_upgrade: Option<hyper::upgrade::OnUpgrade>,
    limits: &Limits,
) -> Response<Body> {
    let Plan {
        status,
        headers,
        content,
        websocket,
        ..
    } = plan;
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = status.into();
    *resp.headers_mut() = headers;
    let bytes = match content {
        Content::None => {
            if websocket {
                if let Some(on) = on_upgrade {
                    tokio::spawn(crate::websocket::echo(on, limits.max_body));
                }
            }
            return resp;
        }
        Content::Empty => Bytes::new(),
        Content::Bytes(b) => b,
        // `respond::plan` has put the description in its place.
        Content::Described => Bytes::new(),
    };
    let bytes = if controls.suppress_body {
        Bytes::new()
    } else {
        bytes
    };
    let len = bytes.len();
    resp.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    *resp.body_mut() = match controls.fault {
        Some(Fault::CloseAfterHeaders) => Body::cut_short(Bytes::new()),
        Some(Fault::CloseMidBody) => Body::cut_short(bytes.slice(..len / 2)),
        Some(Fault::SlowBody) => Body::slow(bytes, SLOW_INTERVAL),
        _ => Body::full(bytes),
    };
    resp
}
