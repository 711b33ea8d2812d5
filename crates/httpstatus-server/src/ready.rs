//! Ready answers for the requests a status server gets most: `GET` or `HEAD` of one status
//! code (`/{code}`, `/status/{code}`) or of a stored reference page, with no query, no
//! controls, no content and nothing that changes the answer (`Range`, `Expect`, `Upgrade`;
//! for a code, its preconditions `If-None-Match` … too: a stored page answers those itself).
//!
//! A code's answer depends only on the code, the format and the language. It is made once
//! by the code every other answer goes through (`respond::plan_as`, `status::finish`,
//! `reply::complete`) and then cloned, and it is returned as a ready future: no planning,
//! no request future to build and move, no allocation beyond the header map's clone.
//! A stored page carries its header section ready-made (`rep::Rep`). `tests/wire.rs`
//! and `tests/site.rs` prove on a socket that these answers are byte for byte the ones
//! the general path gives. Each answer also keeps its response head as hyper writes it
//! (`wire_head.rs`), for the requests answered before hyper (`direct.rs`).

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use http::header::{HeaderMap, HeaderValue};
use http::{Method, Request, Response, Version};
use httpstatus::{Lang, StatusCode};

use crate::body::Body;
use crate::config::Limits;
use crate::describe::{FORMS, form};
use crate::head::Head;
use crate::negotiate::{self, Format};
use crate::phase::{Phase, Watch};
use crate::plan::Ask;
use crate::rep::Rep;
use crate::reply;
use crate::respond;
use crate::route::{self, Controls};
use crate::routes::Family;
use crate::status;
use crate::store::Pages;
use crate::wire_head::{self, WireHead};

/// Codes 100–599.
const CODES: usize = 500;

/// The answers made so far, one slot per code, format and language.
#[derive(Debug)]
pub(crate) struct ReadyAnswers {
    slots: Box<[OnceLock<Box<Ready>>]>,
}

/// One answer, without its content when the request is `HEAD`.
#[derive(Debug)]
struct Ready {
    status: http::StatusCode,
    /// Our phrase where it is not the `http` crate's.
    reason: Option<hyper::ext::ReasonPhrase>,
    headers: HeaderMap,
    content: Bytes,
    /// The response heads to GET and HEAD as hyper writes them (`direct.rs`).
    wire: [Option<WireHead>; 2],
}

impl ReadyAnswers {
    /// No answer made yet.
    pub(crate) fn new() -> ReadyAnswers {
        ReadyAnswers {
            slots: (0..CODES * FORMS).map(|_| OnceLock::new()).collect(),
        }
    }

    fn get(
        &self,
        code: StatusCode,
        format: Format,
        lang: Option<Lang>,
        limits: &Limits,
    ) -> Option<&Ready> {
        let index = usize::from(code.as_u16().checked_sub(100)?) * FORMS + form(format, lang);
        let slot = self.slots.get(index)?;
        Some(slot.get_or_init(|| Box::new(make(code, format, lang, limits))))
    }

    /// The response head and content of the ready answer for `code` in `format` and
    /// `lang` to a GET (or, `head`, a HEAD), as hyper would write them (`direct.rs`);
    /// `None` when `wire_head` does not encode that answer.
    pub(crate) fn wire(
        &self,
        code: StatusCode,
        format: Format,
        lang: Option<Lang>,
        limits: &Limits,
        head: bool,
    ) -> Option<(&WireHead, &[u8])> {
        let ready = self.get(code, format, lang, limits)?;
        Some((ready.wire[usize::from(head)].as_ref()?, &ready.content))
    }
}

/// Runs the general path once for a plain `GET` of `code`.
fn make(code: StatusCode, format: Format, lang: Option<Lang>, limits: &Limits) -> Ready {
    let controls = Controls::default();
    let plan = respond::plan_as(
        &Ask {
            code,
            method: &Method::GET,
            version: Version::HTTP_11,
            headers: &HeaderMap::new(),
            controls: &controls,
            limits,
        },
        format,
        lang,
    );
    let mut resp = status::finish(plan, &controls, None, limits);
    reply::complete(&mut resp, &Method::GET);
    let (mut parts, body) = resp.into_parts();
    let mut headers = HeaderMap::with_capacity(parts.headers.len());
    for (name, value) in &parts.headers {
        let value = HeaderValue::from_maybe_shared(forever(value.as_bytes()))
            .unwrap_or_else(|_| value.clone());
        headers.append(name.clone(), value);
    }
    let reason = parts.extensions.remove::<hyper::ext::ReasonPhrase>();
    let content = forever(&body.whole().unwrap_or_default());
    let wire = [false, true].map(|head| {
        let reason = reason.as_ref().map(|r| r.as_bytes());
        wire_head::encode(parts.status, reason, &headers, content.len(), head)
    });
    Ready {
        status: parts.status,
        reason,
        headers,
        content,
        wire,
    }
}

/// `bytes` for the rest of the process. A ready answer is kept for good anyway, and
/// cloning static bytes touches no reference count: the connections on other threads
/// that send the same answer do not fight over one cache line.
fn forever(bytes: &[u8]) -> Bytes {
    if bytes.is_empty() {
        return Bytes::new();
    }
    Bytes::from_static(Box::leak(bytes.to_vec().into_boxed_slice()))
}

/// What a ready answer answers with.
#[derive(Debug)]
enum Target {
    /// The answer for a status code.
    Code(StatusCode),
    /// A stored reference page.
    Page(&'static Rep),
}

/// What answers `req` (whose head is `head`) when it can have a ready answer: `GET` or
/// `HEAD` without a query and without fields that change the answer (`pages` holds the
/// stored pages).
fn target<B>(req: &Request<B>, head: &Head<'_>, pages: &Pages) -> Option<Target> {
    if !(req.method() == Method::GET || req.method() == Method::HEAD)
        || req.uri().query().is_some()
        || head.changes_answer
    {
        return None;
    }
    let path = req.uri().path();
    // A code first: most requests to a status server name one.
    match route::single_code(path) {
        // 1xx answers are interim responses or a protocol switch; 206 reads `Range`; a
        // stored page answers preconditions itself, a code's ready answer cannot.
        Some(code)
            if code.is_informational()
                || code == StatusCode::PARTIAL_CONTENT
                || head.conditional =>
        {
            None
        }
        Some(code) => Some(Target::Code(code)),
        None if Family::of(path, pages.crawlable()) == Family::Pages => {
            pages.stored(path).map(Target::Page)
        }
        None => None,
    }
}

impl ReadyAnswers {
    /// The ready answer to `req`, admitted (`admit.rs`), or `None` when it needs the
    /// general path. `watch` is the HTTP/1.x connection's phase, told when the answer is
    /// written.
    pub(crate) fn answer(
        &self,
        req: &Request<hyper::body::Incoming>,
        head: &Head<'_>,
        pages: &Pages,
        limits: &Limits,
        watch: Option<&Arc<Watch>>,
    ) -> Option<Response<Body>> {
        // Each arm builds its answer where it is returned: no answer moved around.
        match target(req, head, pages)? {
            Target::Code(code) => {
                let format = negotiate::format_for(head.accept);
                let lang = negotiate::language_for(head.accept_language);
                let ready = self.get(code, format, lang, limits)?;
                let mut resp = Response::new(Body::full(ready.content.clone()));
                *resp.status_mut() = ready.status;
                *resp.headers_mut() = ready.headers.clone();
                if let Some(reason) = &ready.reason {
                    resp.extensions_mut().insert(reason.clone());
                }
                handed_out(&mut resp, req.method(), watch);
                Some(resp)
            }
            Target::Page(rep) => {
                let mut resp = rep.respond(req.headers());
                handed_out(&mut resp, req.method(), watch);
                Some(resp)
            }
        }
    }
}

/// A ready answer as it leaves: HEAD without content (`reply::without_content`), and the
/// connection's phase told that the request is handled and, later, when the body is done.
#[inline(always)]
fn handed_out(resp: &mut Response<Body>, method: &Method, watch: Option<&Arc<Watch>>) {
    if *method == Method::HEAD {
        reply::without_content(resp);
    }
    if let Some(w) = watch {
        w.set(Phase::Handling);
    }
    resp.body_mut().watch(watch.cloned());
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn request(method: &str, uri: &str, headers: &[(&str, &str)]) -> Request<()> {
        let mut b = Request::builder().method(method).uri(uri);
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        b.body(()).unwrap()
    }

    fn code<B>(req: &Request<B>) -> Option<u16> {
        match target(req, &Head::read(req), &Pages::new(None))? {
            Target::Code(code) => Some(code.as_u16()),
            Target::Page(_) => None,
        }
    }

    #[test]
    fn plain_requests_are_recognised() {
        let host = [("host", "x")];
        assert_eq!(code(&request("GET", "/418", &host)), Some(418));
        assert_eq!(code(&request("HEAD", "/status/503", &host)), Some(503));
        assert_eq!(code(&request("GET", "/404/any/thing", &host)), Some(404));
        assert_eq!(
            code(&request("GET", "/200", &[("content-length", "0")])),
            Some(200)
        );
    }

    #[test]
    fn anything_that_changes_the_answer_takes_the_general_path() {
        for (method, uri, headers) in [
            ("POST", "/418", vec![]),
            ("OPTIONS", "/418", vec![]),
            ("GET", "/418?sleep=1", vec![]),
            ("GET", "/418?", vec![]),
            ("GET", "/status/200,500", vec![]),
            ("GET", "/status/418/x", vec![]),
            ("GET", "/status/5%30%30", vec![]),
            ("GET", "/103", vec![]),
            ("GET", "/101", vec![]),
            ("GET", "/206", vec![]),
            ("GET", "/600", vec![]),
            ("GET", "/099", vec![]),
            ("GET", "/4040", vec![]),
            ("GET", "/en/404", vec![]),
            ("GET", "/418", vec![("content-length", "5")]),
            ("GET", "/418", vec![("transfer-encoding", "chunked")]),
            ("GET", "/418", vec![("expect", "100-continue")]),
            ("GET", "/200", vec![("range", "bytes=0-1")]),
            ("GET", "/418", vec![("upgrade", "websocket")]),
            ("GET", "/418", vec![("x-httpstatus-sleep", "10")]),
            ("GET", "/418", vec![("x-httpstatus-response-x-a", "b")]),
            ("GET", "/200", vec![("if-none-match", "\"x\"")]),
            ("GET", "/200", vec![("if-modified-since", "x")]),
            ("HEAD", "/200", vec![("if-match", "*")]),
            ("GET", "/200", vec![("if-unmodified-since", "x")]),
        ] {
            assert_eq!(
                code(&request(method, uri, &headers)),
                None,
                "{method} {uri} {headers:?}"
            );
        }
    }

    #[test]
    fn single_codes_agree_with_the_route_parser() {
        let limits = Limits::default();
        for path in [
            "/418",
            "/status/418",
            "/404/a/b",
            "/200/",
            "/status/200",
            "/599",
            "/100",
            "/600",
            "/99",
            "/0418",
            "/status/418/",
            "/status/",
            "/status",
            "/",
            "//418",
            "/abc",
            "/41a",
        ] {
            if let Some(code) = route::single_code(path) {
                assert_eq!(Family::of(path, false), Family::Status, "{path}");
                assert_eq!(
                    route::parse_status_path(path, &limits),
                    Ok(route::StatusChoice::single(code)),
                    "{path}"
                );
            }
        }
    }

    #[test]
    fn each_form_is_made_once_and_kept() {
        let p = ReadyAnswers::new();
        let limits = Limits::default();
        let ko = Some(Lang::Ko);
        let teapot = StatusCode::IM_A_TEAPOT;
        let a = p.get(teapot, Format::Json, ko, &limits).unwrap() as *const Ready;
        let b = p.get(teapot, Format::Json, ko, &limits).unwrap() as *const Ready;
        assert_eq!(a, b);
        let text = p.get(teapot, Format::Text, None, &limits).unwrap();
        assert_eq!(&text.content[..], b"418 I'm a teapot\n");
        let text = p
            .get(teapot, Format::Text, Some(Lang::En), &limits)
            .unwrap();
        assert!(
            text.content
                .starts_with(b"418 I'm a teapot\nUnused (I'm a teapot): ")
        );
        let code = |n| StatusCode::from_u16(n).unwrap();
        assert!(p.get(code(600), Format::Text, None, &limits).is_none());
        assert!(p.get(code(100), Format::Text, None, &limits).is_some());
    }
}
