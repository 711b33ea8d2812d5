//! The reference site's families of routes (the routing table, `routes.rs`, sends them
//! here): `/` and `/ko`, `/en` (redirects), the pages under `/ko/` and `/en/` (`pages/`),
//! the JSON API under `/api/` (`api/`) and, with a public base URL, `robots.txt` and
//! `sitemap.xml` (`crawl.rs`). Fixed pages come from the page store (`store.rs`); pages
//! that depend on the request (search results, comparisons, 404 pages, filtered lists)
//! are rendered per request and compressed only in the coding the client asked for;
//! comparisons and the decision guide's steps are kept after their first rendering.
//! Every HTML page carries its `Content-Security-Policy` (`csp.rs`).

use std::sync::Arc;

use http::Response;
use http::header::{self, HeaderMap, HeaderValue};
use httpstatus::{Lang, StatusCode};

use crate::api::{self, Document};
use crate::body::Body;
use crate::negotiate::{self, Format};
use crate::pages::{self, Missing};
use crate::query;
use crate::rep::{Rep, choose_coding};
use crate::reply;
use crate::store::{Pages, Store};

/// `/ko`, `/en`: the index, with its slash (and the query, if any).
pub(crate) fn home(path: &str, query: Option<&str>) -> Response<Body> {
    let to = match query {
        Some(q) => format!("{path}/?{q}"),
        None => format!("{path}/"),
    };
    redirect(StatusCode::PERMANENT_REDIRECT, &to, None)
}

/// A page under `/ko/` or `/en/`.
pub(crate) async fn page(
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    pages: &Pages,
) -> Response<Body> {
    let store = pages.store().await;
    let (lang, rest) = match path.strip_prefix("/ko/") {
        Some(rest) => (Lang::Ko, rest),
        None => (Lang::En, path.get(4..).unwrap_or("")),
    };
    representation(store, lang, path, rest, query, headers).respond(headers)
}

/// A document of the JSON API: stored, or made for this request; errors are JSON.
pub(crate) async fn api(
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    pages: &Pages,
) -> Response<Body> {
    let store = pages.store().await;
    let document = api::document(path, query).and_then(|doc| match doc {
        Document::Stored(path) => store
            .get(&path)
            .cloned()
            .ok_or_else(|| reply::Rejection::not_found(format!("{path} is not available"))),
        Document::Made(body) => {
            let coding = choose_coding(headers, |_| true);
            Ok(Arc::new(Rep::json(StatusCode::OK, body, Some(coding))))
        }
    });
    match document {
        Ok(rep) => rep.respond(headers),
        Err(rejection) => reply::error(&rejection, Format::Json),
    }
}

/// `robots.txt` or `sitemap.xml`, made with the page store.
pub(crate) async fn crawl(
    path: &str,
    headers: &HeaderMap,
    pages: &Pages,
) -> Option<Response<Body>> {
    Some(pages.store().await.get(path)?.respond(headers))
}

/// `/` → `/ko/` for a Korean `Accept-Language`, `/en/` otherwise.
pub(crate) fn root(headers: &HeaderMap) -> Response<Body> {
    let to = match negotiate::language(None, headers) {
        Lang::Ko => "/ko/",
        _ => "/en/",
    };
    redirect(StatusCode::FOUND, to, Some("Accept-Language"))
}

fn redirect(status: StatusCode, to: &str, vary: Option<&'static str>) -> Response<Body> {
    let body = format!("{} → {to}\n", status.as_u16());
    let mut resp = Response::new(Body::full(body.clone()));
    *resp.status_mut() = status.into();
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(to) {
        h.insert(header::LOCATION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(v) = vary {
        h.insert(header::VARY, HeaderValue::from_static(v));
    }
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    resp
}

/// What a page path asks for.
#[derive(Debug, PartialEq, Eq)]
enum PagePath {
    Stored,
    Search(String),
    Choose,
    Vs(Vec<StatusCode>),
    Missing(Missing),
}

fn parse_page(rest: &str, query: Option<&str>) -> PagePath {
    match rest {
        "" => match query::param(query, "q") {
            Some(q) => PagePath::Search(q),
            None => PagePath::Stored,
        },
        "search" => PagePath::Search(query::param(query, "q").unwrap_or_default()),
        _ if rest == "choose" || rest.starts_with("choose/") => PagePath::Choose,
        _ if rest.starts_with("vs/") => {
            let mut codes: Vec<StatusCode> = Vec::new();
            for seg in rest["vs/".len()..].split('/').filter(|s| !s.is_empty()) {
                match code_segment(seg) {
                    Ok(c) if !codes.contains(&c) => codes.push(c),
                    Ok(_) => {}
                    Err(m) => return PagePath::Missing(m),
                }
            }
            if codes.len() < 2 || codes.len() > pages::MAX_VS {
                return PagePath::Missing(Missing::VsCount(codes.len()));
            }
            PagePath::Vs(codes)
        }
        _ if rest.bytes().all(|b| b.is_ascii_digit()) => match code_segment(rest) {
            Ok(c) => PagePath::Missing(Missing::Code(c)),
            Err(m) => PagePath::Missing(m),
        },
        _ => PagePath::Missing(Missing::Path),
    }
}

/// A path segment that should be a code: three digits, 100–999.
fn code_segment(seg: &str) -> Result<StatusCode, Missing> {
    if seg.bytes().all(|b| b.is_ascii_digit()) {
        StatusCode::from_bytes(seg.as_bytes()).map_err(|_| Missing::NotACode(reply::clip(seg, 12)))
    } else {
        Err(Missing::Path)
    }
}

/// The representation for `/{lang}/{rest}`: stored, memoised or rendered now.
fn representation(
    site: &Store,
    lang: Lang,
    path: &str,
    rest: &str,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Arc<Rep> {
    // Stored pages first: they are most requests, and a query (other than `q` on the
    // index) does not change them.
    if let Some(rep) = site.get(path) {
        if !rest.is_empty() || query::param(query, "q").is_none() {
            return rep.clone();
        }
    }
    let coding = Some(choose_coding(headers, |_| true));
    let missing = match parse_page(rest, query) {
        PagePath::Stored => Missing::Path,
        PagePath::Search(q) => {
            return Arc::new(Rep::html(
                StatusCode::OK,
                lang,
                pages::search(lang, &q, &site.shell),
                coding,
            ));
        }
        PagePath::Choose => return site.choose(lang, rest, coding),
        PagePath::Vs(codes) => match site.vs(lang, path, &codes) {
            Ok(rep) => return rep,
            Err(m) => m,
        },
        PagePath::Missing(m) => m,
    };
    let rest_with_query = match query {
        Some(q) if !q.is_empty() => format!("{rest}?{q}"),
        _ => rest.to_owned(),
    };
    Arc::new(Rep::html(
        StatusCode::NOT_FOUND,
        lang,
        pages::not_found(lang, &rest_with_query, &missing, &site.shell),
        coding,
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn page_paths() {
        let c = |n| StatusCode::from_u16(n).unwrap();
        assert_eq!(parse_page("", None), PagePath::Stored);
        assert_eq!(
            parse_page("", Some("q=not+found")),
            PagePath::Search("not found".into())
        );
        assert_eq!(parse_page("search", None), PagePath::Search(String::new()));
        assert_eq!(
            parse_page("vs/401/403/401", None),
            PagePath::Vs(vec![c(401), c(403)])
        );
        assert_eq!(
            parse_page("vs/401", None),
            PagePath::Missing(Missing::VsCount(1))
        );
        assert_eq!(
            parse_page("471", None),
            PagePath::Missing(Missing::Code(c(471)))
        );
        assert_eq!(
            parse_page("42", None),
            PagePath::Missing(Missing::NotACode("42".into()))
        );
        assert_eq!(parse_page("4o4", None), PagePath::Missing(Missing::Path));
    }
}
