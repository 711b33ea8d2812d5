//! The reference pages and the JSON API: routing under `/`, `/ko/`, `/en/` and `/api/`,
//! and the page store.
//!
//! Every fixed page (both indexes, every code page, every class page, and the API's fixed
//! documents) is rendered once, at start-up, on a thread of its own, into memory: the
//! bytes as they are, gzipped and brotli-compressed at the highest levels, each with its
//! own strong `ETag`. A request picks the variant its `Accept-Encoding` allows
//! (`Vary: Accept-Encoding`); `If-None-Match` with a matching tag gets a 304. Pages that
//! depend on the request (search results, comparisons, 404 pages, filtered lists) are
//! rendered per request and compressed only in the coding the client asked for;
//! comparisons are kept after their first rendering (up to [`MEMO_MAX`] of them).
//!
//! Each server has its own page store ([`Pages`]): the pages carry absolute links made
//! from its `--public-url`. Every HTML page carries its `Content-Security-Policy`
//! (`csp.rs`); `/favicon.ico` is always served, `/robots.txt` and `/sitemap.xml` only with
//! a public base URL (`crawl.rs`).

use std::collections::HashMap;
use std::io::Write as _;
use std::sync::{Arc, Mutex, OnceLock};

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, Request, Response};

use httpstatus::{Class, Lang, StatusCode};

use crate::body::Body;
use crate::negotiate;
use crate::pages::layout::Shell;
use crate::pages::{self, Missing};
use crate::public_url::PublicUrl;
use crate::route::BadRequest;

/// `Cache-Control` of pages and API documents.
const CACHE_PUBLIC: &str = "public, max-age=300";
/// Most comparison pages kept after their first rendering.
const MEMO_MAX: usize = 128;
/// Smaller bodies are not compressed.
const MIN_COMPRESS: usize = 512;
/// Methods the pages and the API answer.
pub(crate) const ALLOW: &str = "GET, HEAD, OPTIONS";

/// A content coding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Coding {
    /// As is.
    Identity = 0,
    /// `gzip`.
    Gzip = 1,
    /// `br`.
    Br = 2,
}

impl Coding {
    fn token(self) -> Option<&'static str> {
        match self {
            Coding::Identity => None,
            Coding::Gzip => Some("gzip"),
            Coding::Br => Some("br"),
        }
    }

    fn etag_suffix(self) -> &'static str {
        match self {
            Coding::Identity => "",
            Coding::Gzip => "-gz",
            Coding::Br => "-br",
        }
    }
}

/// How hard to compress.
#[derive(Clone, Copy, Debug)]
enum Effort {
    /// Every coding at its best level (pages rendered at start-up).
    Best,
    /// Only this coding, at a fast level (pages rendered per request).
    Only(Coding),
}

/// One coding of a representation.
#[derive(Debug)]
struct Variant {
    bytes: Bytes,
    etag: HeaderValue,
    /// The header section of a full response with this variant, CORS included, made
    /// once: a response clones it instead of inserting its fields one by one.
    head: HeaderMap,
    /// The same for a 304 to a matching `If-None-Match`.
    not_modified: HeaderMap,
}

/// A representation ready to send, with its compressed variants.
#[derive(Debug)]
pub(crate) struct Rep {
    status: http::StatusCode,
    variants: [Option<Variant>; 3],
}

fn gzip(data: &[u8], level: u32) -> Option<Vec<u8>> {
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::new(level),
    );
    enc.write_all(data).ok()?;
    enc.finish().ok()
}

fn brotli(data: &[u8], quality: i32) -> Option<Vec<u8>> {
    // A 256 KiB window holds every page whole; the default 4 MiB one costs tens of MiB
    // of encoder memory at quality 11, which the allocator then keeps. (Windows below
    // 2^18 are no smaller in practice and make quality 6 several times slower.)
    let lgwin = 18;
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin,
        size_hint: data.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(data.len() / 3);
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).ok()?;
    Some(out)
}

/// Brotli's quality 11 costs many times the time of 6 for a few per cent; it is kept for
/// the large pages (the indexes), where those per cent are kilobytes, so that start-up
/// stays short.
fn brotli_quality(best: bool, html: bool, len: usize) -> i32 {
    match (best, html, len) {
        (true, true, 32_768..) => 11,
        (true, _, _) => 6,
        (false, _, _) => 5,
    }
}

impl Rep {
    fn new(
        status: u16,
        content_type: &'static str,
        language: Option<Lang>,
        policy: Option<HeaderValue>,
        body: Vec<u8>,
        effort: Effort,
    ) -> Rep {
        let hash = crate::conditional::fnv1a(&body);
        let status = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
        let html = content_type.starts_with("text/html");
        let content_type = HeaderValue::from_static(content_type);
        let language = language.map(|l| HeaderValue::from_static(l.as_str()));
        let variant = |bytes: Vec<u8>, coding: Coding| {
            let etag = format!("\"{hash:016x}{}\"", coding.etag_suffix());
            let etag = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"0\""));
            let mut head = HeaderMap::with_capacity(12);
            head.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(CACHE_PUBLIC),
            );
            head.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
            if status == http::StatusCode::OK {
                head.insert(header::ETAG, etag.clone());
            }
            // A 304 carries the fields so far: the validator and what a cache needs.
            let mut not_modified = head.clone();
            crate::service::cors(&mut not_modified);
            head.insert(header::CONTENT_TYPE, content_type.clone());
            head.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            head.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            if let Some(l) = &language {
                head.insert(header::CONTENT_LANGUAGE, l.clone());
            }
            if let Some(p) = &policy {
                head.insert(header::CONTENT_SECURITY_POLICY, p.clone());
            }
            if let Some(token) = coding.token() {
                head.insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
            }
            crate::service::cors(&mut head);
            Variant {
                etag,
                head,
                not_modified,
                bytes: Bytes::from(bytes),
            }
        };
        let wants = |c: Coding| match effort {
            Effort::Best => true,
            Effort::Only(only) => only == c,
        };
        let best = matches!(effort, Effort::Best);
        let compressible = body.len() >= MIN_COMPRESS;
        let smaller = |c: Option<Vec<u8>>| c.filter(|c| c.len() < body.len());
        let gz = (compressible && wants(Coding::Gzip))
            .then(|| smaller(gzip(&body, if best { 9 } else { 6 })))
            .flatten();
        let br = (compressible && wants(Coding::Br))
            .then(|| smaller(brotli(&body, brotli_quality(best, html, body.len()))))
            .flatten();
        Rep {
            status,
            variants: [
                Some(variant(body, Coding::Identity)),
                gz.map(|g| variant(g, Coding::Gzip)),
                br.map(|b| variant(b, Coding::Br)),
            ],
        }
    }

    /// An HTML page, with the `Content-Security-Policy` its inline script and style need.
    pub(crate) fn html(status: u16, lang: Lang, html: String, coding: Option<Coding>) -> Rep {
        let effort = coding.map_or(Effort::Best, Effort::Only);
        let policy = HeaderValue::from_str(&crate::csp::policy(&html)).ok();
        Rep::new(
            status,
            "text/html; charset=utf-8",
            Some(lang),
            policy,
            html.into_bytes(),
            effort,
        )
    }

    /// A JSON document.
    pub(crate) fn json(status: u16, body: Vec<u8>, coding: Option<Coding>) -> Rep {
        let effort = coding.map_or(Effort::Best, Effort::Only);
        Rep::new(status, "application/json", None, None, body, effort)
    }

    /// A fixed file of another type (the icon, `robots.txt`, `sitemap.xml`).
    pub(crate) fn file(content_type: &'static str, body: Vec<u8>) -> Rep {
        Rep::new(200, content_type, None, None, body, Effort::Best)
    }

    /// The bytes of `coding`, if this representation has that variant.
    #[cfg(test)]
    pub(crate) fn bytes(&self, coding: Coding) -> Option<&Bytes> {
        self.variants[coding as usize].as_ref().map(|v| &v.bytes)
    }

    /// The variants this representation has.
    fn has(&self, coding: Coding) -> bool {
        self.variants[coding as usize].is_some()
    }

    /// The response to a GET or HEAD with `headers`.
    pub(crate) fn respond(&self, headers: &HeaderMap, method: &Method) -> Response<Body> {
        let coding = choose_coding(headers, |c| self.has(c));
        let Some(v) = self.variants[coding as usize]
            .as_ref()
            .or(self.variants[0].as_ref())
        else {
            return Response::new(Body::empty());
        };
        let mut resp = Response::new(Body::empty());
        if self.status == http::StatusCode::OK && crate::conditional::none_match(headers, &v.etag) {
            *resp.status_mut() = http::StatusCode::NOT_MODIFIED;
            *resp.headers_mut() = v.not_modified.clone();
            return resp;
        }
        *resp.status_mut() = self.status;
        *resp.headers_mut() = v.head.clone();
        if method != Method::HEAD {
            *resp.body_mut() = Body::full(v.bytes.clone());
        }
        resp
    }
}

/// A q-value in thousandths; malformed values count as 0 (not acceptable).
fn qvalue(params: std::str::Split<'_, char>) -> u16 {
    for p in params {
        let p = p.trim();
        if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
            return match v.trim().parse::<f32>() {
                Ok(q) if (0.0..=1.0).contains(&q) => (q * 1000.0).round() as u16,
                _ => 0,
            };
        }
    }
    1000
}

/// The coding to send by `Accept-Encoding` (RFC 9110 §12.5.3), among those `has` offers:
/// the highest q wins, brotli before gzip on a tie; identity when neither is acceptable.
pub(crate) fn choose_coding(headers: &HeaderMap, has: impl Fn(Coding) -> bool) -> Coding {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Coding::Identity;
    };
    let (mut br, mut gz, mut any) = (None, None, None);
    for item in value.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = qvalue(parts);
        if name.eq_ignore_ascii_case("br") {
            br = Some(q);
        } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            gz = Some(q);
        } else if name == "*" {
            any = Some(q);
        }
    }
    let br = br.or(any).unwrap_or(0);
    let gz = gz.or(any).unwrap_or(0);
    let mut best = (0u16, Coding::Identity);
    for (q, coding) in [(br, Coding::Br), (gz, Coding::Gzip)] {
        if q > best.0 && has(coding) {
            best = (q, coding);
        }
    }
    best.1
}

/// Every fixed page and API document, by path.
#[derive(Debug)]
pub(crate) struct Site {
    /// What every page shares: the stylesheet and the public base URL.
    pub(crate) shell: Shell,
    pages: HashMap<String, Arc<Rep>>,
    memo: Mutex<HashMap<String, Arc<Rep>>>,
    /// The decision guide's pages, rendered on first use and kept: one per step, so the
    /// graph bounds their number.
    guide: Mutex<HashMap<String, Arc<Rep>>>,
}

/// One server's page store. It is rendered on the first request that needs it (about a
/// quarter of a second on one core), not at start-up: a server used only for its status
/// routes never holds the pages in memory. Servers in one process with the same public
/// base URL share their store (a server process has one server; tests start many).
#[derive(Debug)]
pub(crate) struct Pages {
    public_url: Option<PublicUrl>,
    site: &'static OnceLock<Site>,
}

impl Pages {
    /// The store for pages that link to `public_url` (when there is one).
    pub(crate) fn new(public_url: Option<PublicUrl>) -> Pages {
        type Stores = Vec<(Option<PublicUrl>, &'static OnceLock<Site>)>;
        static STORES: Mutex<Stores> = Mutex::new(Vec::new());
        let mut stores = STORES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let site = match stores.iter().find(|(url, _)| *url == public_url) {
            Some((_, site)) => *site,
            None => {
                let site: &'static OnceLock<Site> = Box::leak(Box::new(OnceLock::new()));
                stores.push((public_url.clone(), site));
                site
            }
        };
        Pages { public_url, site }
    }

    /// The stored page at `path`, when the page store is rendered and a request for
    /// `path` without a query gets that page as it is (`serve` answers it the same way).
    pub(crate) fn stored(&self, path: &str) -> Option<&'static Rep> {
        if !(path.starts_with("/ko/") || path.starts_with("/en/")) {
            return None;
        }
        self.site.get()?.get(path).map(|rep| &**rep)
    }

    /// The page store, rendered on a blocking thread the first time.
    async fn site(&self) -> &'static Site {
        if let Some(s) = self.site.get() {
            return s;
        }
        let (cell, url) = (self.site, self.public_url.clone());
        let render = move || cell.get_or_init(|| Site::build(url));
        match tokio::task::spawn_blocking(render).await {
            Ok(s) => s,
            Err(_) => self
                .site
                .get_or_init(|| Site::build(self.public_url.clone())),
        }
    }

    /// `true` for the paths this store answers.
    pub(crate) fn owns(&self, path: &str) -> bool {
        path == "/"
            || path == "/ko"
            || path == "/en"
            || path == "/api"
            || path.starts_with("/ko/")
            || path.starts_with("/en/")
            || path.starts_with("/api/")
            || path == crate::favicon::PATH
            || (self.public_url.is_some() && crate::crawl::PATHS.contains(&path))
    }
}

impl Site {
    /// Renders every fixed page and API document, linking to `public_url` if given.
    pub(crate) fn build(public_url: Option<PublicUrl>) -> Site {
        let started = std::time::Instant::now();
        let shell = Shell::new(public_url);
        let mut pages: HashMap<String, Arc<Rep>> = HashMap::new();
        for lang in Lang::ALL {
            let l = lang.as_str();
            pages.insert(
                format!("/{l}/"),
                Arc::new(Rep::html(200, lang, pages::index(lang, &shell), None)),
            );
            for class in Class::ALL {
                pages.insert(
                    format!("/{l}/{}", class.range()),
                    Arc::new(Rep::html(
                        200,
                        lang,
                        pages::class(lang, class, &shell),
                        None,
                    )),
                );
            }
            for code in pages::known_codes() {
                if let Some(html) = pages::code(lang, code, &shell) {
                    pages.insert(
                        format!("/{l}/{}", code.as_u16()),
                        Arc::new(Rep::html(200, lang, html, None)),
                    );
                }
            }
        }
        for (path, body) in crate::api::documents() {
            pages.insert(path, Arc::new(Rep::json(200, body, None)));
        }
        if let Some(base) = &shell.public_url {
            let guide: Vec<String> = crate::crawl::guide_steps()
                .iter()
                .flat_map(|rest| Lang::ALL.map(|l| pages::href(l, rest)))
                .collect();
            let paths = pages.keys().chain(&guide).map(String::as_str);
            let files = crate::crawl::files(base, paths);
            for (path, rep) in files {
                pages.insert(path.to_owned(), Arc::new(rep));
            }
        }
        tracing::debug!(
            pages = pages.len(),
            ms = started.elapsed().as_millis() as u64,
            "reference pages rendered"
        );
        Site {
            shell,
            pages,
            memo: Mutex::new(HashMap::new()),
            guide: Mutex::new(HashMap::new()),
        }
    }

    /// A stored page or document.
    pub(crate) fn get(&self, path: &str) -> Option<&Arc<Rep>> {
        self.pages.get(path)
    }

    /// A page of the decision guide (`rest` is `choose/…`): the step, rendered on first
    /// use and kept, or a 400/404 page for a path that names no step.
    fn choose(&self, lang: Lang, rest: &str, coding: Option<Coding>) -> Arc<Rep> {
        let walk = match pages::choose::parse(rest) {
            Ok(walk) => walk,
            Err(e) => {
                let html = pages::choose::bad_step(lang, &e, &self.shell);
                return Arc::new(Rep::html(e.status, lang, html, coding));
            }
        };
        let key = pages::choose::href_walk(lang, &walk);
        if let Some(rep) = self.guide.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return rep;
        }
        let html = pages::choose::choose(lang, &walk, &self.shell);
        let rep = Arc::new(Rep::html(200, lang, html, None));
        if let Ok(mut kept) = self.guide.lock() {
            kept.insert(key, rep.clone());
        }
        rep
    }

    /// A comparison page, rendered on first use and kept.
    fn vs(&self, lang: Lang, path: &str, codes: &[StatusCode]) -> Result<Arc<Rep>, Missing> {
        if let Some(rep) = self.memo.lock().ok().and_then(|m| m.get(path).cloned()) {
            return Ok(rep);
        }
        let html = pages::vs(lang, codes, &self.shell)?;
        let rep = Arc::new(Rep::html(200, lang, html, None));
        if let Ok(mut memo) = self.memo.lock() {
            if memo.len() < MEMO_MAX {
                memo.insert(path.to_owned(), rep.clone());
            }
        }
        Ok(rep)
    }
}

/// Serves `/`, `/ko/…`, `/en/…`, `/api/…`, the icon and (with a public base URL)
/// `robots.txt` and `sitemap.xml`; `None` for every other path.
pub(crate) async fn serve<B>(req: &Request<B>, store: &Pages) -> Option<Response<Body>> {
    let path = req.uri().path();
    if !store.owns(path) {
        return None;
    }
    let api = path == "/api" || path.starts_with("/api/");
    let method = req.method();
    if method == Method::OPTIONS {
        let mut resp = Response::new(Body::empty());
        *resp.status_mut() = http::StatusCode::NO_CONTENT;
        resp.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static(ALLOW));
        return Some(resp);
    }
    if method != Method::GET && method != Method::HEAD {
        let bad = BadRequest {
            status: 405,
            message: format!(
                "{method} is not allowed here: {path} answers GET and HEAD (and OPTIONS)"
            ),
        };
        let format = if api {
            negotiate::Format::Json
        } else {
            negotiate::format(req.headers())
        };
        let mut resp = crate::service::error(&bad, format);
        resp.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static(ALLOW));
        return Some(resp);
    }
    let headers = req.headers();
    if path == crate::favicon::PATH {
        return Some(crate::favicon::rep().respond(headers, method));
    }
    let site = store.site().await;
    let query = req.uri().query();
    if crate::crawl::PATHS.contains(&path) {
        return Some(site.get(path)?.respond(headers, method));
    }
    if api {
        return Some(crate::api::handle(site, path, query, headers, method));
    }
    Some(match path {
        "/" => root_redirect(headers),
        "/ko" | "/en" => {
            let to = match query {
                Some(q) => format!("{path}/?{q}"),
                None => format!("{path}/"),
            };
            redirect(308, &to, None)
        }
        _ => {
            let (lang, rest) = match path.strip_prefix("/ko/") {
                Some(rest) => (Lang::Ko, rest),
                None => (Lang::En, path.get(4..).unwrap_or("")),
            };
            page(site, lang, path, rest, query, headers).respond(headers, method)
        }
    })
}

/// `/` → `/ko/` for a Korean `Accept-Language`, `/en/` otherwise.
fn root_redirect(headers: &HeaderMap) -> Response<Body> {
    let to = match negotiate::language(None, headers) {
        Lang::Ko => "/ko/",
        _ => "/en/",
    };
    redirect(302, to, Some("Accept-Language"))
}

fn redirect(status: u16, to: &str, vary: Option<&'static str>) -> Response<Body> {
    let body = format!("{status} → {to}\n");
    let mut resp = Response::new(Body::full(body.clone()));
    *resp.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::FOUND);
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

/// The value of query parameter `name`, if present.
pub(crate) fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
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
        "" => match query_param(query, "q") {
            Some(q) => PagePath::Search(q),
            None => PagePath::Stored,
        },
        "search" => PagePath::Search(query_param(query, "q").unwrap_or_default()),
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
        StatusCode::from_bytes(seg.as_bytes()).map_err(|_| Missing::NotACode(clip(seg)))
    } else {
        Err(Missing::Path)
    }
}

fn clip(s: &str) -> String {
    s.chars().take(12).collect()
}

/// The representation for `/{lang}/{rest}`: stored, memoised or rendered now.
fn page(
    site: &Site,
    lang: Lang,
    path: &str,
    rest: &str,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Arc<Rep> {
    // Stored pages first: they are most requests, and a query (other than `q` on the
    // index) does not change them.
    if let Some(rep) = site.get(path) {
        if !rest.is_empty() || query_param(query, "q").is_none() {
            return rep.clone();
        }
    }
    let coding = Some(choose_coding(headers, |_| true));
    let missing = match parse_page(rest, query) {
        PagePath::Stored => Missing::Path,
        PagePath::Search(q) => {
            return Arc::new(Rep::html(
                200,
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
        404,
        lang,
        pages::not_found(lang, &rest_with_query, &missing, &site.shell),
        coding,
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn accept(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, v.parse().unwrap());
        h
    }

    #[test]
    fn codings() {
        let all = |_| true;
        assert_eq!(choose_coding(&HeaderMap::new(), all), Coding::Identity);
        assert_eq!(choose_coding(&accept("gzip"), all), Coding::Gzip);
        assert_eq!(choose_coding(&accept("gzip, deflate, br"), all), Coding::Br);
        assert_eq!(choose_coding(&accept("br;q=0.5, gzip"), all), Coding::Gzip);
        assert_eq!(choose_coding(&accept("br;q=0, *"), all), Coding::Gzip);
        assert_eq!(choose_coding(&accept("*"), all), Coding::Br);
        assert_eq!(choose_coding(&accept("identity"), all), Coding::Identity);
        assert_eq!(choose_coding(&accept("gzip;q=bad"), all), Coding::Identity);
        assert_eq!(
            choose_coding(&accept("br, gzip"), |c| c != Coding::Br),
            Coding::Gzip
        );
    }

    #[test]
    fn index_weight() {
        let started = std::time::Instant::now();
        let site = Site::build(None);
        println!(
            "built {} pages in {} ms",
            site.pages.len(),
            started.elapsed().as_millis()
        );
        for path in ["/ko/", "/en/", "/ko/404", "/en/499", "/api/v1/codes"] {
            let rep = site.get(path).unwrap();
            let size = |c| rep.bytes(c).map_or(0, Bytes::len);
            println!(
                "{path}: {} bytes, gzip {}, br {}",
                size(Coding::Identity),
                size(Coding::Gzip),
                size(Coding::Br)
            );
        }
        for path in ["/ko/", "/en/"] {
            let raw = site
                .get(path)
                .unwrap()
                .bytes(Coding::Identity)
                .unwrap()
                .len();
            assert!(raw < 150 * 1024, "{path} is {raw} bytes");
        }
        let total: usize = site
            .pages
            .values()
            .map(|r| {
                [Coding::Identity, Coding::Gzip, Coding::Br]
                    .iter()
                    .map(|&c| r.bytes(c).map_or(0, Bytes::len))
                    .sum::<usize>()
            })
            .sum();
        println!("store: {total} bytes in all");
    }

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
