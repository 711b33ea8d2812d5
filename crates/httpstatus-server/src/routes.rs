//! The URL space in one place, as go-httpbin's `Handler()`: [`Family::of`] says which
//! family of routes answers a path, [`answer`] hands the request to it. A family is a
//! module with one entry point; a new one is a row in [`Family::of`], a variant, and an arm
//! in [`answer`]. Methods are decided here too: the reference site's families answer GET
//! and HEAD (OPTIONS lists them), the status and echo routes any method, and each of
//! httpbin's routes the methods its row in [`httpbin::ROUTES`] names (data, not code).

use std::net::IpAddr;

use http::header::{self, HeaderValue};
use http::{Method, Request, Response};
use httpstatus::StatusCode;
use hyper::body::Incoming;

use crate::body::{Body, Cut};
use crate::config::Limits;
use crate::interim::Interim;
use crate::negotiate::{self, Format};
use crate::reply::{self, Rejection};
use crate::store::Pages;
use crate::{crawl, echo, favicon, httpbin, site, status};

/// Methods the reference site's families answer.
const READ_ONLY: &str = "GET, HEAD, OPTIONS";

/// A family of routes: who answers a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `/`: a redirect to `/ko/` or `/en/` by `Accept-Language` (`site.rs`).
    Root,
    /// `/ko`, `/en`: a redirect to the index, with its slash (`site.rs`).
    Home,
    /// `/ko/…`, `/en/…`: the reference pages (`site.rs`, `pages/`).
    Pages,
    /// `/api`, `/api/…`: the JSON API (`api/`); its errors are JSON.
    Api,
    /// `/favicon.ico` (`favicon.rs`).
    Favicon,
    /// `/robots.txt`, `/sitemap.xml`, with a public base URL (`crawl.rs`).
    Crawl,
    /// `/healthz`.
    Health,
    /// `/echo…`: the request as received (`echo.rs`).
    Echo,
    /// `/{code}…` and `/status/{codes}` (`status.rs`).
    Status,
    /// httpbin's and go-httpbin's routes, one row each in [`httpbin::ROUTES`]
    /// (`/anything`, `/redirect/{n}`, `/basic-auth/…`, `/etag/{etag}` …; `httpbin/`).
    Httpbin,
    /// Anything else: a 404 that names routes to try.
    Unknown,
}

impl Family {
    /// The family that answers `path`; `crawlable` when the server has a public base URL.
    pub(crate) fn of(path: &str, crawlable: bool) -> Family {
        let rest = path.strip_prefix('/').unwrap_or(path);
        // The first segment and what follows its slash, if it has one.
        let (first, after) = match rest.bytes().position(|b| b == b'/') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        match (first, after) {
            ("", None) => Family::Root,
            ("ko" | "en", None) => Family::Home,
            ("ko" | "en", Some(_)) => Family::Pages,
            ("api", _) => Family::Api,
            _ if path == favicon::PATH => Family::Favicon,
            _ if crawlable && crawl::PATHS.contains(&path) => Family::Crawl,
            ("healthz", None | Some("")) => Family::Health,
            ("echo", _) => Family::Echo,
            ("status", _) => Family::Status,
            (code, _) if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) => {
                Family::Status
            }
            (first, _) if httpbin::owns(first) => Family::Httpbin,
            _ => Family::Unknown,
        }
    }

    /// `true` for the families that answer only GET and HEAD (and OPTIONS with the list).
    fn read_only(self) -> bool {
        matches!(
            self,
            Family::Root
                | Family::Home
                | Family::Pages
                | Family::Api
                | Family::Favicon
                | Family::Crawl
        )
    }

    /// The format of this family's errors: JSON for the API, else by `Accept`.
    fn error_format(self, req: &Request<Incoming>) -> Format {
        match self {
            Family::Api => Format::Json,
            _ => negotiate::format(req.headers()),
        }
    }
}

/// The answer of the family that owns the request's path (a CORS preflight, on any path,
/// is answered first). An `Err` closes the connection without an answer.
pub(crate) async fn answer(
    req: Request<Incoming>,
    limits: &Limits,
    pages: &Pages,
    shared: &httpbin::Shared,
    interim: Option<Interim>,
    peer: IpAddr,
) -> Result<Response<Body>, Cut> {
    if reply::is_preflight(&req) {
        return Ok(reply::preflight(&req));
    }
    let path = req.uri().path();
    let family = Family::of(path, pages.crawlable());
    if family.read_only() {
        if let Some(resp) = methods(&req, family) {
            return Ok(resp);
        }
    }
    let headers = req.headers();
    Ok(match family {
        Family::Root => site::root(headers),
        Family::Home => site::home(path, req.uri().query()),
        Family::Pages => site::page(path, req.uri().query(), headers, pages).await,
        Family::Api => site::api(path, req.uri().query(), headers, pages).await,
        Family::Favicon => favicon::rep().respond(headers),
        Family::Crawl => match site::crawl(path, headers, pages).await {
            Some(resp) => resp,
            None => reply::error(&no_route(path), family.error_format(&req)),
        },
        Family::Health => reply::text(StatusCode::OK, "ok\n"),
        Family::Echo => echo::answer(req, limits).await,
        Family::Status => return status::answer(req, limits, interim).await,
        // Boxed: its future (content, form, delay) is large, and the status routes' would
        // otherwise carry its size on every request.
        Family::Httpbin => Box::pin(httpbin::answer(req, limits, shared, peer)).await,
        Family::Unknown => reply::error(&no_route(path), family.error_format(&req)),
    })
}

/// A read-only family's answer to OPTIONS (204 with the list) and to any method but GET
/// and HEAD (405); `None` for GET and HEAD.
fn methods(req: &Request<Incoming>, family: Family) -> Option<Response<Body>> {
    let method = req.method();
    if method == Method::GET || method == Method::HEAD {
        return None;
    }
    let mut resp = if method == Method::OPTIONS {
        let mut resp = Response::new(Body::empty());
        *resp.status_mut() = http::StatusCode::NO_CONTENT;
        resp
    } else {
        let rejection = Rejection::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "{method} is not allowed here: {} answers GET and HEAD (and OPTIONS)",
                req.uri().path()
            ),
        );
        reply::error(&rejection, family.error_format(req))
    };
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(READ_ONLY));
    Some(resp)
}

/// The 404 for a path no family answers.
fn no_route(path: &str) -> Rejection {
    Rejection::not_found(format!(
        "no route for {path:?}: try /404, /status/503, /status/200:0.9,500:0.1 or /anything"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_has_one_family() {
        for (path, family) in [
            ("/", Family::Root),
            ("/ko", Family::Home),
            ("/en", Family::Home),
            ("/ko/", Family::Pages),
            ("/en/404", Family::Pages),
            ("/ko//x", Family::Pages),
            ("/api", Family::Api),
            ("/api/", Family::Api),
            ("/api/v1/codes/404", Family::Api),
            ("/favicon.ico", Family::Favicon),
            ("/healthz", Family::Health),
            ("/healthz/", Family::Health),
            ("/echo", Family::Echo),
            ("/echo/anything", Family::Echo),
            ("/404", Family::Status),
            ("/404/ignored/rest", Family::Status),
            ("/99", Family::Status),
            ("/0404", Family::Status),
            ("/status", Family::Status),
            ("/status/503", Family::Status),
            ("/status/200/extra", Family::Status),
            ("/anything", Family::Httpbin),
            ("/anything/a/b", Family::Httpbin),
            ("/redirect/3", Family::Httpbin),
            ("/basic-auth/u/p", Family::Httpbin),
            ("/get", Family::Httpbin),
            ("/getx", Family::Unknown),
            ("/healthz/x", Family::Unknown),
            ("/abc", Family::Unknown),
            ("/kor/", Family::Unknown),
            ("/apix", Family::Unknown),
            ("/echox", Family::Unknown),
            ("//418", Family::Unknown),
            ("/favicon.ico/x", Family::Unknown),
            ("/robots.txt", Family::Unknown),
            ("/sitemap.xml", Family::Unknown),
            ("*", Family::Unknown),
        ] {
            assert_eq!(Family::of(path, false), family, "{path}");
        }
        assert_eq!(Family::of("/robots.txt", true), Family::Crawl);
        assert_eq!(Family::of("/sitemap.xml", true), Family::Crawl);
        assert_eq!(Family::of("/robots.txt/", true), Family::Unknown);
    }
}
