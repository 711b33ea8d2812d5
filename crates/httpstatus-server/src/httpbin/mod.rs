//! The HTTP-semantics routes of httpbin and go-httpbin, so that test suites written
//! against them can move over: redirects, conditional requests and caching,
//! authentication, bodies over time and size, caller-chosen response fields, and
//! httpbin's echo of the request.
//!
//! [`ROUTES`] is the family's rows of the server's routing table (`routes.rs` hands every
//! path whose first segment is one of them here): every route's first path segment, the
//! methods it answers and the module that reads the rest of its path. Each module is
//! pure: it reads the request (`Asked`) and the server's settings (`Env`) and returns a
//! `Reply` or a `Refusal`; `answer` is the one adapter to hyper's request and
//! response types (methods, the request content, the delay, the sandbox of
//! `sandbox.rs`; HEAD is `reply::complete`'s, as for every route).

pub mod auth;
pub mod bodies;
pub mod caching;
pub mod credentials;
pub mod digest;
pub mod echo;
pub mod params;
pub mod redirects;
mod response_headers;

use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Request, Response, Uri};
use hyper::body::Incoming;

use crate::body::Body;
use crate::config::Limits;
use crate::public_url::PublicUrl;
use crate::route::Rejection;
use crate::{content, negotiate, reply};

use self::auth::Auth;
use self::bodies::Generated;
use self::caching::Caching;
use self::echo::{Echo, Form};
use self::redirects::Redirect;

/// The methods a route answers (besides OPTIONS, which gets its `Allow`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Methods {
    /// Any method.
    Any,
    /// GET and HEAD.
    Read,
    /// GET, HEAD and this one.
    ReadAnd(&'static str),
    /// This one only.
    Only(&'static str),
}

impl Methods {
    /// Whether `method` is answered.
    pub fn allows(self, method: &Method) -> bool {
        let read = *method == Method::GET || *method == Method::HEAD;
        match self {
            Methods::Any => true,
            Methods::Read => read,
            Methods::ReadAnd(m) => read || method.as_str() == m,
            Methods::Only(m) => method.as_str() == m,
        }
    }

    /// The `Allow` field (RFC 9110 §10.2.1).
    pub fn allow(self) -> String {
        match self {
            Methods::Any => "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS".to_owned(),
            Methods::Read => "GET, HEAD, OPTIONS".to_owned(),
            Methods::ReadAnd(m) => format!("GET, HEAD, {m}, OPTIONS"),
            Methods::Only(m) => format!("{m}, OPTIONS"),
        }
    }
}

/// A route of this family with what its path says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The methods it answers.
    pub methods: Methods,
    /// The route.
    pub family: Family,
}

/// The routes, by family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Family {
    /// `redirects.rs`.
    Redirect(Redirect),
    /// `caching.rs`.
    Caching(Caching),
    /// `auth.rs` and `digest.rs`.
    Auth(Auth),
    /// `bodies.rs`.
    Generated(Generated),
    /// `/response-headers` (`response_headers.rs`).
    ResponseHeaders,
    /// `echo.rs`.
    Echo(Echo),
}

impl Family {
    /// Whether the answer needs the request's form.
    fn reads_form(&self) -> bool {
        match self {
            Family::Echo(e) => e.reads_form(),
            Family::Generated(Generated::Delay(_)) => true,
            _ => false,
        }
    }
}

/// Reads the rest of a path for one route: its first segment, what follows, the limits.
type Reader = fn(&str, &str, &Limits) -> Result<Family, Rejection>;

fn no_route(first: &str, rest: &str) -> Rejection {
    Rejection::not_found(format!("no route for /{first}/{rest}"))
}

fn redirect(first: &str, rest: &str, _: &Limits) -> Result<Family, Rejection> {
    Redirect::route(first, rest)
        .unwrap_or_else(|| Err(no_route(first, rest)))
        .map(Family::Redirect)
}

fn caching(first: &str, rest: &str, _: &Limits) -> Result<Family, Rejection> {
    Caching::route(first, rest)
        .unwrap_or_else(|| Err(no_route(first, rest)))
        .map(Family::Caching)
}

fn auth(first: &str, rest: &str, _: &Limits) -> Result<Family, Rejection> {
    Auth::route(first, rest)
        .unwrap_or_else(|| Err(no_route(first, rest)))
        .map(Family::Auth)
}

fn generated(first: &str, rest: &str, limits: &Limits) -> Result<Family, Rejection> {
    Generated::route(first, rest, limits)
        .unwrap_or_else(|| Err(no_route(first, rest)))
        .map(Family::Generated)
}

fn echo(first: &str, rest: &str, _: &Limits) -> Result<Family, Rejection> {
    Echo::route(first, rest)
        .map(Family::Echo)
        .ok_or_else(|| no_route(first, rest))
}

fn response_headers(first: &str, rest: &str, _: &Limits) -> Result<Family, Rejection> {
    if rest.is_empty() {
        Ok(Family::ResponseHeaders)
    } else {
        Err(no_route(first, rest))
    }
}

/// The routing table: first path segment, methods, reader of the rest of the path.
pub const ROUTES: &[(&str, Methods, Reader)] = &[
    ("anything", Methods::Any, echo),
    ("get", Methods::Read, echo),
    ("post", Methods::Only("POST"), echo),
    ("put", Methods::Only("PUT"), echo),
    ("patch", Methods::Only("PATCH"), echo),
    ("delete", Methods::Only("DELETE"), echo),
    ("headers", Methods::Read, echo),
    ("ip", Methods::Read, echo),
    ("user-agent", Methods::Read, echo),
    ("redirect", Methods::Any, redirect),
    ("relative-redirect", Methods::Any, redirect),
    ("absolute-redirect", Methods::Any, redirect),
    ("redirect-to", Methods::Any, redirect),
    ("cache", Methods::Read, caching),
    ("etag", Methods::Any, caching),
    ("conditional", Methods::Any, caching),
    ("basic-auth", Methods::Any, auth),
    ("hidden-basic-auth", Methods::Any, auth),
    ("proxy-auth", Methods::Any, auth),
    ("bearer", Methods::Any, auth),
    ("digest-auth", Methods::Any, auth),
    ("proxy-digest-auth", Methods::Any, auth),
    ("delay", Methods::Any, generated),
    ("drip", Methods::Read, generated),
    ("range", Methods::Read, generated),
    ("bytes", Methods::Read, generated),
    ("stream", Methods::Read, generated),
    ("stream-bytes", Methods::Read, generated),
    (
        "response-headers",
        Methods::ReadAnd("POST"),
        response_headers,
    ),
];

/// Whether `first`, a path's first segment, names one of [`ROUTES`].
pub(crate) fn owns(first: &str) -> bool {
    ROUTES.iter().any(|(name, _, _)| *name == first)
}

/// The route of a path whose first segment is `first` and the rest `rest` (without the
/// slash between them): `None` when `first` is not one of [`ROUTES`].
pub fn route(first: &str, rest: &str, limits: &Limits) -> Option<Result<Endpoint, Rejection>> {
    let (_, methods, read) = ROUTES.iter().find(|(name, _, _)| *name == first)?;
    Some(read(first, rest, limits).map(|family| Endpoint {
        methods: *methods,
        family,
    }))
}

/// The request as a route reads it.
#[derive(Debug)]
pub(crate) struct Asked<'a> {
    /// The method.
    pub(crate) method: &'a Method,
    /// The target.
    pub(crate) uri: &'a Uri,
    /// The header fields.
    pub(crate) headers: &'a HeaderMap,
    /// The content, read whole.
    pub(crate) content: &'a [u8],
    /// The peer's address.
    pub(crate) peer: Option<IpAddr>,
    /// Whether the connection is TLS.
    pub(crate) secure: bool,
}

/// What the routes share across requests.
#[derive(Debug)]
pub(crate) struct Shared {
    /// The Digest nonce key and opaque value, made on the first Digest request (start-up
    /// then touches none of the hashing code, which keeps it out of memory).
    keys: std::sync::OnceLock<digest::Keys>,
    /// `--public-url`, the base of absolute redirects.
    pub(crate) public_url: Option<PublicUrl>,
    /// Whether the server speaks TLS.
    pub(crate) secure: bool,
}

impl Shared {
    /// The server's base URL and scheme; keys to come.
    pub(crate) fn new(public_url: Option<PublicUrl>, secure: bool) -> Shared {
        Shared {
            keys: std::sync::OnceLock::new(),
            public_url,
            secure,
        }
    }

    /// The Digest keys, made on first use.
    pub(crate) fn keys(&self) -> &digest::Keys {
        self.keys.get_or_init(digest::Keys::new)
    }
}

/// The server's side of an answer: limits, keys, base URL, the time.
#[derive(Debug)]
pub(crate) struct Env<'a> {
    /// The limits.
    pub(crate) limits: &'a Limits,
    /// The Digest keys.
    pub(crate) keys: &'a digest::Keys,
    /// `--public-url`.
    pub(crate) public_url: Option<&'a PublicUrl>,
    /// Now.
    pub(crate) now: SystemTime,
}

#[cfg(test)]
impl<'a> Env<'a> {
    /// Fixed keys, no public URL, the current time.
    pub(crate) fn for_tests(limits: &'a Limits) -> Env<'a> {
        static KEYS: std::sync::OnceLock<digest::Keys> = std::sync::OnceLock::new();
        Env {
            limits,
            keys: KEYS.get_or_init(|| digest::Keys::from_seed(b"tests")),
            public_url: None,
            now: SystemTime::now(),
        }
    }
}

/// How the content of a reply is sent.
#[derive(Debug)]
pub(crate) enum Payload {
    /// None at all: no `Content-Length` (204, 304).
    None,
    /// These bytes at once.
    Whole(Bytes),
    /// These bytes spread over this long, `Content-Length` first.
    Paced(Bytes, Duration),
    /// Chunk by chunk, length not announced.
    Chunks(Vec<Bytes>),
}

/// A route's answer.
#[derive(Debug)]
pub(crate) struct Reply {
    /// The status.
    pub(crate) status: u16,
    /// Header fields (framing fields are the adapter's).
    pub(crate) headers: HeaderMap,
    /// The content.
    pub(crate) payload: Payload,
    /// How long to wait before the response.
    pub(crate) wait: Duration,
}

impl Reply {
    /// `payload` with `status` and `Content-Type: media`.
    pub(crate) fn with_payload(status: u16, media: &str, payload: Payload) -> Reply {
        let mut headers = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(media) {
            headers.insert(header::CONTENT_TYPE, v);
        }
        Reply {
            status,
            headers,
            payload,
            wait: Duration::ZERO,
        }
    }

    /// `bytes` with `status` and `Content-Type: media`.
    pub(crate) fn bytes(status: u16, media: &str, bytes: Bytes) -> Reply {
        Reply::with_payload(status, media, Payload::Whole(bytes))
    }

    /// A 200 with `value` as JSON the way Flask writes it: two-space indentation, keys
    /// sorted, a final newline.
    pub(crate) fn json(value: &serde_json::Value) -> Reply {
        let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
        bytes.push(b'\n');
        Reply::bytes(200, "application/json", Bytes::from(bytes))
    }

    /// `text` as `text/plain`.
    pub(crate) fn text(status: u16, text: String) -> Reply {
        Reply::bytes(status, "text/plain; charset=utf-8", Bytes::from(text))
    }

    /// `status` with no content and no `Content-Length` (204).
    pub(crate) fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: HeaderMap::new(),
            payload: Payload::None,
            wait: Duration::ZERO,
        }
    }

    /// A 304: no content, no representation metadata.
    pub(crate) fn not_modified() -> Reply {
        Reply::empty(304)
    }

    /// Adds `X-HttpStatus-Note: why`.
    pub(crate) fn note(&mut self, why: &'static str) {
        self.headers.insert(
            HeaderName::from_static("x-httpstatus-note"),
            HeaderValue::from_static(why),
        );
    }

    /// The content when it is sent whole (empty otherwise).
    pub(crate) fn whole_content(&self) -> Bytes {
        match &self.payload {
            Payload::Whole(b) => b.clone(),
            _ => Bytes::new(),
        }
    }
}

/// A request a route does not answer as asked: a 4xx that says why (with fields such as
/// a challenge), or a ready reply (a 304).
#[derive(Debug)]
pub(crate) enum Refusal {
    /// A 4xx with this reason and these fields.
    Bad {
        /// Status and reason.
        bad: Rejection,
        /// Fields to add (`WWW-Authenticate` …).
        headers: Vec<(HeaderName, HeaderValue)>,
    },
    /// This reply instead.
    Reply(Box<Reply>),
}

impl Refusal {
    /// A 4xx with `status` and `why`.
    pub(crate) fn new(status: httpstatus::StatusCode, why: impl Into<String>) -> Refusal {
        Refusal::Bad {
            bad: Rejection::new(status, why),
            headers: Vec::new(),
        }
    }

    /// Adds a field to a 4xx.
    pub(crate) fn header(&mut self, name: HeaderName, value: HeaderValue) {
        if let Refusal::Bad { headers, .. } = self {
            headers.push((name, value));
        }
    }
}

impl From<Rejection> for Refusal {
    fn from(bad: Rejection) -> Refusal {
        Refusal::Bad {
            bad,
            headers: Vec::new(),
        }
    }
}

/// What a route answers: a reply, or a refusal.
pub(crate) type Outcome = Result<Reply, Refusal>;

/// The answer of `family` to `asked`.
pub(crate) fn outcome(family: &Family, asked: &Asked<'_>, env: &Env<'_>, form: &Form) -> Outcome {
    match family {
        Family::Redirect(r) => redirects::answer(*r, asked, env),
        Family::Caching(c) => caching::answer(c, asked, env),
        Family::Auth(a) => auth::answer(a, asked, env),
        Family::Generated(g) => bodies::answer(*g, asked, env, form),
        Family::ResponseHeaders => response_headers::answer(asked, env),
        Family::Echo(e) => Ok(Reply::json(&echo::report(*e, asked, form))),
    }
}

/// Answers a request whose path [`owns`] names: the route (404 when the rest of the path
/// is not one of it), OPTIONS and the methods (405 with `Allow`), the request content (up
/// to `--max-body`), the form, the route's answer, the delay, then the response,
/// sandboxed.
pub(crate) async fn answer(
    req: Request<Incoming>,
    limits: &Limits,
    shared: &Shared,
    peer: IpAddr,
) -> Response<Body> {
    let format = negotiate::format(req.headers());
    let path = req.uri().path();
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let endpoint = match route(first, rest, limits) {
        Some(Ok(e)) => e,
        Some(Err(rejection)) => return refused(rejection, Vec::new(), format),
        None => {
            let rejection = Rejection::not_found(format!("no route for {path:?}"));
            return refused(rejection, Vec::new(), format);
        }
    };
    let method = req.method().clone();
    let allow = endpoint.methods.allow();
    if method == Method::OPTIONS {
        let mut resp = Response::new(Body::empty());
        *resp.status_mut() = http::StatusCode::NO_CONTENT;
        insert(resp.headers_mut(), header::ALLOW, &allow);
        return resp;
    }
    if !endpoint.methods.allows(&method) {
        let rejection = Rejection::new(
            httpstatus::StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed here: this route answers {allow}"),
        );
        let mut resp = reply::error(&rejection, format);
        insert(resp.headers_mut(), header::ALLOW, &allow);
        return resp;
    }
    if let Some(resp) = content::too_large(&req, limits, format) {
        return resp;
    }
    let (parts, body) = req.into_parts();
    let content = if http_body::Body::is_end_stream(&body) {
        Bytes::new()
    } else {
        match content::read(body, limits).await {
            Ok(c) => c,
            Err(rejection) => return reply::error_and_close(&rejection, format),
        }
    };
    let form = if endpoint.family.reads_form() {
        match echo::read_form(&parts.headers, &content).await {
            Ok(f) => f,
            Err(rejection) => return refused(rejection, Vec::new(), format),
        }
    } else {
        Form::default()
    };
    let asked = Asked {
        method: &parts.method,
        uri: &parts.uri,
        headers: &parts.headers,
        content: &content,
        peer: Some(peer),
        secure: shared.secure,
    };
    let env = Env {
        limits,
        keys: shared.keys(),
        public_url: shared.public_url.as_ref(),
        now: SystemTime::now(),
    };
    let reply = match outcome(&endpoint.family, &asked, &env, &form) {
        Ok(r) => r,
        Err(Refusal::Reply(r)) => *r,
        Err(Refusal::Bad { bad, headers }) => return refused(bad, headers, format),
    };
    if !reply.wait.is_zero() {
        tokio::time::sleep(reply.wait).await;
    }
    respond(reply)
}

fn insert(h: &mut HeaderMap, name: HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        h.insert(name, v);
    }
}

/// A refusal as the server's 4xx (text or JSON by `Accept`) with its fields.
fn refused(
    bad: Rejection,
    headers: Vec<(HeaderName, HeaderValue)>,
    format: negotiate::Format,
) -> Response<Body> {
    let mut resp = reply::error(&bad, format);
    for (name, value) in headers {
        resp.headers_mut().append(name, value);
    }
    seal(resp.headers_mut(), bad.status.as_u16());
    resp
}

/// What every response of this family gets: the sandbox (they all reflect what a caller
/// sent or chose), and `Cache-Control: no-store` on the codes the core says a cache must
/// not store (428 …, RFC 6585).
fn seal(h: &mut HeaderMap, status: u16) {
    crate::sandbox::confine(h);
    let must_not_store = httpstatus::StatusCode::from_u16(status)
        .ok()
        .and_then(httpstatus::StatusCode::info)
        .is_some_and(|i| i.cache == httpstatus::Cacheability::MustNotStore);
    if must_not_store {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// `reply` as a response: `Content-Length` for content of a known length, none for chunks
/// and for a reply without content. To HEAD, `reply::complete` takes the content out and
/// keeps the fields a GET would get (RFC 9110 §9.3.2).
fn respond(reply: Reply) -> Response<Body> {
    let Reply {
        status,
        mut headers,
        payload,
        ..
    } = reply;
    seal(&mut headers, status);
    let (length, body) = match payload {
        Payload::None => (None, Body::empty()),
        Payload::Whole(b) => (Some(b.len()), Body::full(b)),
        Payload::Paced(b, over) => (Some(b.len()), Body::paced(b, over)),
        Payload::Chunks(c) => (None, Body::chunks(c)),
    };
    if let Some(len) = length {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    }
    let mut resp = Response::new(body);
    *resp.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    *resp.headers_mut() = headers;
    resp
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_table_names_each_route_once() {
        let mut names: Vec<&str> = ROUTES.iter().map(|(n, _, _)| *n).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before);
        // None shadows a route of the server's own (`route.rs`) or of the pages.
        for own in ["status", "echo", "healthz", "api", "ko", "en"] {
            assert!(!names.contains(&own), "{own}");
        }
    }

    #[test]
    fn routes_and_methods() {
        let l = Limits::default();
        let r = route("anything", "a/b/c", &l).unwrap().unwrap();
        assert_eq!(r.family, Family::Echo(Echo::Anything));
        assert!(r.methods.allows(&Method::from_bytes(b"PROPFIND").unwrap()));
        let r = route("post", "", &l).unwrap().unwrap();
        assert!(r.methods.allows(&Method::POST));
        assert!(!r.methods.allows(&Method::GET));
        assert_eq!(r.methods.allow(), "POST, OPTIONS");
        assert_eq!(route("get", "x", &l).unwrap().unwrap_err().status, 404);
        assert!(route("nothing", "", &l).is_none());
        let r = route("response-headers", "", &l).unwrap().unwrap();
        assert!(r.methods.allows(&Method::POST) && r.methods.allows(&Method::HEAD));
        assert!(!r.methods.allows(&Method::PUT));
    }
}
