//! The request handler: routes, limits, controls, then the plan of `respond.rs` carried
//! out on the connection (interim responses, delays, faults, WebSocket echo).

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Method, Request, Response, Version};
use http_body_util::BodyExt;
use hyper::body::Incoming;

use crate::body::{Body, Cut};
use crate::config::Limits;
use crate::interim::{Interim, Phase};
use crate::negotiate::{self, Format};
use crate::respond::{self, Ask, Content, Plan};
use crate::route::{self, BadRequest, Fault, Route};

/// Interval between bytes of a slow body.
const SLOW_INTERVAL: Duration = Duration::from_millis(100);

/// What every request handler shares.
#[derive(Debug)]
pub(crate) struct State {
    /// Limits and defaults.
    pub(crate) limits: Limits,
    /// Answers made once and reused (plain `GET /{code}`).
    pub(crate) prepared: crate::prepared::Prepared,
    /// The reference pages and the API.
    pub(crate) pages: crate::site::Pages,
    /// What the httpbin routes share (`httpbin/`).
    pub(crate) httpbin: crate::httpbin::Shared,
}

impl State {
    /// The shared state for these limits, the pages' public base URL, and whether the
    /// server speaks TLS.
    pub(crate) fn new(
        limits: Limits,
        public_url: Option<crate::public_url::PublicUrl>,
        secure: bool,
    ) -> State {
        State {
            limits,
            prepared: crate::prepared::Prepared::new(),
            httpbin: crate::httpbin::Shared::new(public_url.clone(), secure),
            pages: crate::site::Pages::new(public_url),
        }
    }
}

/// Handles one request from `peer`. `conn` is the HTTP/1.x connection's handle (interim
/// responses and the header watchdog's phase); `None` on HTTP/2. An `Err` makes hyper
/// close the connection without an answer (the close-before-headers fault).
pub(crate) async fn handle(
    req: Request<Incoming>,
    state: Arc<State>,
    conn: Option<Interim>,
    peer: std::net::IpAddr,
) -> Result<Response<Body>, Cut> {
    let watch = conn.as_ref().map(|c| c.watch.clone());
    if let Some(w) = &watch {
        w.set(Phase::Handling);
    }
    let interim = conn.filter(|_| req.version() == Version::HTTP_11);
    let method = req.method().clone();
    // What the access log needs is kept only when it is on.
    let log = tracing::enabled!(target: "httpstatus::access", tracing::Level::INFO).then(|| {
        (
            req.uri().path().to_owned(),
            req.version(),
            std::time::Instant::now(),
        )
    });
    let early = head_too_large(&req, &state.limits).or_else(|| host_missing(&req));
    let mut resp = match early {
        Some(resp) => resp,
        None => match dispatch(req, &state, interim, peer).await {
            Ok(r) => r,
            Err(Abort) => {
                if let Some((path, version, started)) = log {
                    tracing::info!(target: "httpstatus::access", %method, path, ?version, status = "closed", ms = started.elapsed().as_millis() as u64);
                }
                return Err(Cut);
            }
        },
    };
    if let Some((path, version, started)) = log {
        tracing::info!(target: "httpstatus::access", %method, path, ?version, status = resp.status().as_u16(), ms = started.elapsed().as_millis() as u64);
    }
    if !(method == Method::OPTIONS && resp.status() == http::StatusCode::NO_CONTENT) {
        cors(resp.headers_mut());
    }
    respond::our_reason(&mut resp);
    let (parts, body) = resp.into_parts();
    Ok(Response::from_parts(parts, body.watched(watch)))
}

/// RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request without exactly one
/// `Host` header field.
fn host_missing(req: &Request<Incoming>) -> Option<Response<Body>> {
    let hosts = req.headers().get_all(header::HOST).iter().count();
    if !host_count_wrong(req, hosts) {
        return None;
    }
    let message = if hosts == 0 {
        "an HTTP/1.1 request needs a Host header field (RFC 9112 §3.2)"
    } else {
        "an HTTP/1.1 request may carry only one Host header field (RFC 9112 §3.2)"
    };
    Some(error(
        &BadRequest::new(message),
        negotiate::format(req.headers()),
    ))
}

/// The request head's size as sent, near enough: request line and header lines.
fn head_size(req: &Request<Incoming>) -> usize {
    let fields = req
        .headers()
        .iter()
        .map(|(n, v)| field_line_size(n, v))
        .sum::<usize>();
    head_size_with(req, fields)
}

/// The size of one header field line as sent: name, colon, space, value, CRLF.
pub(crate) fn field_line_size(name: &http::HeaderName, value: &HeaderValue) -> usize {
    name.as_str().len() + value.len() + 4
}

/// The request head's size from its request line and its field lines' total size.
pub(crate) fn head_size_with<B>(req: &Request<B>, fields: usize) -> usize {
    let target = req.uri().path_and_query().map_or(1, |p| p.as_str().len());
    let line = req.method().as_str().len() + target + 12;
    line + fields + 2
}

/// `true` when an HTTP/1.1 request carries `hosts` Host fields where RFC 9112 §3.2 wants
/// exactly one (a request with an absolute target may do without).
pub(crate) fn host_count_wrong<B>(req: &Request<B>, hosts: usize) -> bool {
    req.version() == Version::HTTP_11 && req.uri().authority().is_none() && hosts != 1
}

/// 431 with an explanation when the header section is over `--max-header-bytes`, 414
/// when the request target alone is (hyper itself only refuses heads far larger, with an
/// empty 431 or 414).
fn head_too_large(req: &Request<Incoming>, limits: &Limits) -> Option<Response<Body>> {
    let size = head_size(req);
    if size <= limits.max_header_bytes {
        return None;
    }
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    let bad = if target > limits.max_header_bytes {
        BadRequest {
            status: 414,
            message: format!(
                "the request target is {target} bytes; this server accepts request heads of {} (its --max-header-bytes)",
                limits.max_header_bytes
            ),
        }
    } else {
        BadRequest {
            status: 431,
            message: format!(
                "the request header section is about {size} bytes; this server accepts {} (its --max-header-bytes)",
                limits.max_header_bytes
            ),
        }
    };
    Some(error_and_close(&bad, negotiate::format(req.headers())))
}

/// The connection is to be closed without an answer.
struct Abort;

/// CORS for browser scripts: any origin may read the response, and every header field
/// it carries that scripts could not read anyway (`Location`, `Retry-After`,
/// `WWW-Authenticate`, `Content-Range`, caller-chosen fields …) is exposed by name.
/// Named rather than `*`, which browsers before 2020 do not understand.
/// A field the response already has (the pages' stored header sections, or a caller's
/// `X-HttpStatus-Response-Access-Control-*`) is left as it is.
pub(crate) fn cors(h: &mut http::HeaderMap) {
    let origin = h.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    let expose = h.contains_key(header::ACCESS_CONTROL_EXPOSE_HEADERS);
    if origin && expose {
        return;
    }
    if !origin {
        h.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if expose {
        return;
    }
    let mut expose = String::new();
    for name in h.keys() {
        if exposable(name) {
            if !expose.is_empty() {
                expose.push_str(", ");
            }
            expose.push_str(name.as_str());
        }
    }
    if let Ok(v) = HeaderValue::from_str(&expose) {
        if !expose.is_empty() {
            h.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, v);
        }
    }
}

/// `false` for the fields a script may read without being told (the CORS-safelisted
/// response header names of the Fetch standard), the CORS fields themselves, the fields
/// about the connection or the cache key, and the two the browser enforces on a response a
/// caller shaped (`sandbox.rs`).
fn exposable(name: &http::HeaderName) -> bool {
    !matches!(
        name.as_str(),
        "content-security-policy"
            | "x-content-type-options"
            | "cache-control"
            | "content-language"
            | "content-length"
            | "content-type"
            | "expires"
            | "last-modified"
            | "pragma"
            | "vary"
            | "connection"
            | "date"
    ) && !name.as_str().starts_with("access-control-")
}

async fn dispatch(
    req: Request<Incoming>,
    state: &State,
    interim: Option<Interim>,
    peer: std::net::IpAddr,
) -> Result<Response<Body>, Abort> {
    if is_preflight(&req) {
        return Ok(preflight(&req));
    }
    if let Some(resp) = crate::site::serve(&req, &state.pages).await {
        return Ok(resp);
    }
    let format = negotiate::format(req.headers());
    let route = match route::parse_path(req.uri().path(), &state.limits) {
        Ok(r) => r,
        Err(bad) => return Ok(error(&bad, format)),
    };
    match route {
        Route::Health => Ok(text(200, "ok\n")),
        Route::Echo => Ok(echo(req, &state.limits).await),
        Route::Httpbin(endpoint) => {
            // Boxed: its future (content, form, delay) is large, and the status routes'
            // future would otherwise carry its size on every request.
            Ok(Box::pin(crate::httpbin::serve(*endpoint, req, state, Some(peer))).await)
        }
        Route::Status(choice) => {
            let controls =
                match route::parse_controls(req.uri().query(), req.headers(), &state.limits) {
                    Ok(c) => c,
                    Err(bad) => return Ok(error(&bad, format)),
                };
            let code = match choice.items.as_slice() {
                [only] if only.low == only.high => only.low,
                _ => {
                    let mut rng = match controls.seed {
                        Some(seed) => fastrand::Rng::with_seed(seed),
                        None => fastrand::Rng::new(),
                    };
                    choice.pick(&mut rng)
                }
            };
            status(req, code, controls, state, interim).await
        }
    }
}

fn is_preflight(req: &Request<Incoming>) -> bool {
    req.method() == Method::OPTIONS
        && req.headers().contains_key(header::ORIGIN)
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
}

/// CORS preflight: any method, the requested header fields, for a day.
fn preflight(req: &Request<Incoming>) -> Response<Body> {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = http::StatusCode::NO_CONTENT;
    let h = resp.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"),
    );
    if let Some(asked) = req.headers().get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.clone());
    }
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Access-Control-Request-Headers"),
    );
    resp
}

fn text(status: u16, body: &'static str) -> Response<Body> {
    let mut resp = Response::new(Body::full(Bytes::from_static(body.as_bytes())));
    *resp.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

/// A 4xx that says what was wrong, as text or JSON.
pub(crate) fn error(bad: &BadRequest, format: Format) -> Response<Body> {
    let status = http::StatusCode::from_u16(bad.status).unwrap_or(http::StatusCode::BAD_REQUEST);
    let reason = respond::wire_reason(bad.status).unwrap_or("");
    let (body, ctype) = match format {
        Format::Json => (
            serde_json::to_vec(&serde_json::json!({
                "error": { "status": bad.status, "reason": reason, "message": bad.message }
            }))
            .unwrap_or_default(),
            "application/json",
        ),
        _ => (
            format!("{} {reason}\n{}\n", bad.status, bad.message).into_bytes(),
            "text/plain; charset=utf-8",
        ),
    };
    let mut resp = Response::new(Body::full(body));
    *resp.status_mut() = status;
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    resp
}

/// [`error`], and the connection is closed after it (the request was not read to its end).
pub(crate) fn error_and_close(bad: &BadRequest, format: Format) -> Response<Body> {
    let mut resp = error(bad, format);
    resp.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}

/// Reads the request content up to `limits.max_body` bytes within `limits.body_timeout`.
/// `Err` carries the 413 or 408 to send.
pub(crate) async fn read_content(body: Incoming, limits: &Limits) -> Result<Bytes, BadRequest> {
    let limit = limits.max_body;
    let limited = http_body_util::Limited::new(body, usize::try_from(limit).unwrap_or(usize::MAX));
    match tokio::time::timeout(limits.body_timeout, limited.collect()).await {
        Ok(Ok(c)) => Ok(c.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(BadRequest {
            status: 413,
            message: format!(
                "the request content is larger than this server accepts ({limit} bytes, its --max-body)"
            ),
        }),
        Ok(Err(e)) => Err(BadRequest::new(format!(
            "the request content could not be read: {e}"
        ))),
        Err(_) => Err(BadRequest {
            status: 408,
            message: format!(
                "the request content did not arrive within {} ms (this server's --body-timeout-ms)",
                limits.body_timeout.as_millis()
            ),
        }),
    }
}

fn declared_length(req: &Request<Incoming>) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

pub(crate) fn content_too_large(
    req: &Request<Incoming>,
    limits: &Limits,
    format: Format,
) -> Option<Response<Body>> {
    let len = declared_length(req)?;
    if len <= limits.max_body {
        return None;
    }
    let bad = BadRequest {
        status: 413,
        message: format!(
            "the request content is {len} bytes; this server accepts {} (its --max-body)",
            limits.max_body
        ),
    };
    // The content was not read: the connection cannot be reused.
    Some(error_and_close(&bad, format))
}

async fn echo(req: Request<Incoming>, limits: &Limits) -> Response<Body> {
    let format = negotiate::format(req.headers());
    if let Some(resp) = content_too_large(&req, limits, format) {
        return resp;
    }
    let (parts, body) = req.into_parts();
    let content = match read_content(body, limits).await {
        Ok(c) => c,
        Err(bad) => return error_and_close(&bad, format),
    };
    let headers: Vec<[String; 2]> = parts
        .headers
        .iter()
        .map(|(n, v)| {
            [
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            ]
        })
        .collect();
    let report = serde_json::json!({
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": parts.uri.query(),
        "version": format!("{:?}", parts.version),
        "headers": headers,
        "content_length": content.len(),
        "content": String::from_utf8_lossy(&content),
    });
    let mut resp = Response::new(Body::full(
        serde_json::to_vec_pretty(&report).unwrap_or_default(),
    ));
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // It reflects what the caller sent.
    crate::sandbox::confine(resp.headers_mut());
    resp
}

async fn status(
    mut req: Request<Incoming>,
    code: u16,
    controls: route::Controls,
    state: &State,
    interim: Option<Interim>,
) -> Result<Response<Body>, Abort> {
    let format = negotiate::format(req.headers());
    if let Some(resp) = content_too_large(&req, &state.limits, format) {
        return Ok(resp);
    }
    let method = req.method().clone();
    let version = req.version();
    let plan = respond::plan(&Ask {
        code,
        method: &method,
        version,
        headers: req.headers(),
        controls: &controls,
        limits: &state.limits,
    });
    let on_upgrade = plan.websocket.then(|| hyper::upgrade::on(&mut req));

    // Read the content, which makes hyper answer `Expect: 100-continue` with a 100. A
    // final error status is an answer to the expectation too (RFC 9110 §10.1.1): then
    // the content is not read, and the connection is closed after the response.
    let skip_content = (respond::expects_continue(req.headers()) && code >= 400)
        || http_body::Body::is_end_stream(req.body());
    if !skip_content {
        if let Err(bad) = read_content(req.into_body(), &state.limits).await {
            return Ok(error_and_close(&bad, format));
        }
    }

    // Interim responses first: hints (103) are meant to arrive while the server works.
    let interim = interim.filter(|_| version == Version::HTTP_11);
    if let Some(ch) = &interim {
        for r in &plan.interim {
            let headers: Vec<(&str, String)> =
                r.headers.iter().map(|(n, v)| (*n, v.clone())).collect();
            if ch.send(r.code, r.reason, &headers).await.is_err() {
                return Err(Abort);
            }
        }
    }
    if let Some(delay) = controls.sleep {
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
                        return Err(Abort);
                    }
                }
            }
            _ => tokio::time::sleep(delay).await,
        }
    }
    if controls.fault == Some(Fault::CloseBeforeHeaders) {
        return Err(Abort);
    }
    Ok(finish(plan, &method, &controls, on_upgrade, &state.limits))
}

/// The final response of a plan: status line, header fields, content (with the
/// `?suppress_body` control and the faults applied), and the WebSocket echo after a 101.
pub(crate) fn finish(
    plan: Plan,
    method: &Method,
    controls: &route::Controls,
    on_upgrade: Option<hyper::upgrade::OnUpgrade>,
    limits: &Limits,
) -> Response<Body> {
    let Plan {
        status,
        reason,
        headers,
        content,
        websocket,
        ..
    } = plan;
    let mut resp = Response::new(Body::empty());
    let code = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    *resp.status_mut() = code;
    *resp.headers_mut() = headers;
    respond::set_reason(&mut resp, reason.unwrap_or(""));
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
    };
    let bytes = if controls.suppress_body {
        Bytes::new()
    } else {
        bytes
    };
    let len = bytes.len();
    resp.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    if *method == Method::HEAD {
        // Same header fields as GET, no content (RFC 9110 §9.3.2).
        return resp;
    }
    *resp.body_mut() = match controls.fault {
        Some(Fault::CloseAfterHeaders) => Body::cut_short(Bytes::new()),
        Some(Fault::CloseMidBody) => Body::cut_short(bytes.slice(..len / 2)),
        Some(Fault::SlowBody) => Body::slow(bytes, SLOW_INTERVAL),
        _ => Body::full(bytes),
    };
    resp
}
