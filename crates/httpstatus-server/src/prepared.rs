//! Ready answers for the request a status server gets most: `GET` or `HEAD` of one status
//! code (`/{code}`, `/status/{code}`) with no query, no controls, no content and nothing
//! that changes the answer (`Range`, `Expect`, `Upgrade`).
//!
//! Such an answer depends only on the code, the format and the language. It is made once
//! by the code every other answer goes through (`respond::plan_as`, `service::finish`,
//! `service::cors`) and then cloned, and it is returned as a ready future: no planning,
//! no request future to build and move, no allocation beyond the header map's clone.
//! `tests/wire.rs` proves on a socket that these answers are byte for byte the ones the
//! general path gives.

use std::sync::OnceLock;

use bytes::Bytes;
use http::header::{self, HeaderMap};
use http::{Method, Request, Response, StatusCode, Version};
use httpstatus::Lang;

use crate::body::Body;
use crate::config::Limits;
use crate::interim::{Phase, Watch};
use crate::negotiate::{self, Format};
use crate::respond::{self, Ask};
use crate::route::{self, Controls};
use crate::service::{self, State};

/// Codes 100–599.
const CODES: usize = 500;

/// The answers made so far, one slot per code, format and language.
#[derive(Debug)]
pub(crate) struct Prepared {
    slots: Box<[OnceLock<Box<Ready>>]>,
}

const FORMS: usize = respond::FORMS;

/// One answer, without its content when the request is `HEAD`.
#[derive(Debug)]
struct Ready {
    status: StatusCode,
    /// Our phrase where it is not the `http` crate's.
    reason: Option<hyper::ext::ReasonPhrase>,
    headers: HeaderMap,
    content: Bytes,
}

impl Prepared {
    /// No answer made yet.
    pub(crate) fn new() -> Prepared {
        Prepared {
            slots: (0..CODES * FORMS).map(|_| OnceLock::new()).collect(),
        }
    }

    fn get(
        &self,
        code: u16,
        format: Format,
        lang: Option<Lang>,
        limits: &Limits,
    ) -> Option<&Ready> {
        let index = usize::from(code.checked_sub(100)?) * FORMS + respond::form(format, lang);
        let slot = self.slots.get(index)?;
        Some(slot.get_or_init(|| Box::new(make(code, format, lang, limits))))
    }
}

/// Runs the general path once for a plain `GET` of `code`.
fn make(code: u16, format: Format, lang: Option<Lang>, limits: &Limits) -> Ready {
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
    let mut resp = service::finish(plan, &Method::GET, &controls, None, limits);
    service::cors(resp.headers_mut());
    let (mut parts, body) = resp.into_parts();
    Ready {
        status: parts.status,
        reason: parts.extensions.remove::<hyper::ext::ReasonPhrase>(),
        headers: parts.headers,
        content: body.whole().unwrap_or_default(),
    }
}

/// The code a request asks for, when its answer can be a ready one.
fn plain_code<B>(req: &Request<B>) -> Option<u16> {
    if !(req.method() == Method::GET || req.method() == Method::HEAD) || req.uri().query().is_some()
    {
        return None;
    }
    let code = route::single_code(req.uri().path())?;
    // 1xx answers are interim responses or a protocol switch; 206 reads `Range`.
    if code < 200 || code == 206 {
        return None;
    }
    for (name, value) in req.headers() {
        let plain = match *name {
            header::CONTENT_LENGTH => value.as_bytes() == b"0",
            header::TRANSFER_ENCODING | header::EXPECT | header::RANGE | header::UPGRADE => false,
            _ => !name.as_str().starts_with("x-httpstatus-"),
        };
        if !plain {
            return None;
        }
    }
    Some(code)
}

/// The ready answer to `req`, or `None` when it needs the general path
/// (`service::handle`). `watch` is the HTTP/1.x connection's phase, told when the
/// answer is written.
pub(crate) fn answer(
    req: &Request<hyper::body::Incoming>,
    state: &State,
    watch: Option<&std::sync::Arc<Watch>>,
) -> Option<Response<Body>> {
    let code = plain_code(req)?;
    // The access log and the checks on the head belong to the general path.
    if tracing::enabled!(target: "httpstatus::access", tracing::Level::INFO)
        || service::head_too_large(req, &state.limits).is_some()
        || service::host_missing(req).is_some()
    {
        return None;
    }
    let format = negotiate::format(req.headers());
    let lang = negotiate::asked_language(None, req.headers());
    let ready = state.prepared.get(code, format, lang, &state.limits)?;
    if let Some(w) = watch {
        w.set(Phase::Handling);
    }
    let content = if req.method() == Method::HEAD {
        Bytes::new()
    } else {
        ready.content.clone()
    };
    let mut resp = Response::new(Body::full(content).watched(watch.cloned()));
    *resp.status_mut() = ready.status;
    *resp.headers_mut() = ready.headers.clone();
    if let Some(reason) = &ready.reason {
        resp.extensions_mut().insert(reason.clone());
    }
    Some(resp)
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

    #[test]
    fn plain_requests_are_recognised() {
        let host = [("host", "x")];
        assert_eq!(plain_code(&request("GET", "/418", &host)), Some(418));
        assert_eq!(
            plain_code(&request("HEAD", "/status/503", &host)),
            Some(503)
        );
        assert_eq!(
            plain_code(&request("GET", "/404/any/thing", &host)),
            Some(404)
        );
        assert_eq!(
            plain_code(&request("GET", "/200", &[("content-length", "0")])),
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
        ] {
            assert_eq!(
                plain_code(&request(method, uri, &headers)),
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
                assert_eq!(
                    route::parse_path(path, &limits),
                    Ok(route::Route::Status(route::StatusChoice::single(code))),
                    "{path}"
                );
            }
        }
    }

    #[test]
    fn each_form_is_made_once_and_kept() {
        let p = Prepared::new();
        let limits = Limits::default();
        let ko = Some(Lang::Ko);
        let a = p.get(418, Format::Json, ko, &limits).unwrap() as *const Ready;
        let b = p.get(418, Format::Json, ko, &limits).unwrap() as *const Ready;
        assert_eq!(a, b);
        let text = p.get(418, Format::Text, None, &limits).unwrap();
        assert_eq!(&text.content[..], b"418 I'm a teapot\n");
        let text = p.get(418, Format::Text, Some(Lang::En), &limits).unwrap();
        assert!(
            text.content
                .starts_with(b"418 I'm a teapot\nUnused (I'm a teapot): ")
        );
        assert!(p.get(600, Format::Text, None, &limits).is_none());
        assert!(p.get(99, Format::Text, None, &limits).is_none());
    }
}
