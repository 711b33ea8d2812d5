//! A representation ready to send (a page, an API document, a file): its bytes as they are,
//! gzipped and brotli-compressed, each variant with its own strong `ETag` and its header
//! section made once, CORS included. A request picks the variant its `Accept-Encoding`
//! allows (`Vary: Accept-Encoding`); `If-None-Match` with a matching tag gets a 304.

use std::io::Write as _;
use std::sync::OnceLock;

use bytes::Bytes;
use http::Response;
use http::header::{self, HeaderMap, HeaderValue};
use httpstatus::{Lang, StatusCode};

use crate::body::Body;
use crate::reply;
use crate::wire_head::WireHead;

/// `Cache-Control` of pages and API documents.
const CACHE_PUBLIC: &str = "public, max-age=300";
/// Smaller bodies are not compressed.
const MIN_COMPRESS: usize = 512;

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
    /// Every coding at its best level (the page store, rendered once, on the first request
    /// that needs it).
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
    /// The response heads to GET and HEAD as hyper writes them, made on first use
    /// (`direct.rs`).
    wire: OnceLock<[Option<WireHead>; 2]>,
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
/// the large pages (the indexes), where those per cent are kilobytes, so that rendering
/// the page store (on the first request that needs it) stays short.
fn brotli_quality(best: bool, html: bool, len: usize) -> i32 {
    match (best, html, len) {
        (true, true, 32_768..) => 11,
        (true, _, _) => 6,
        (false, _, _) => 5,
    }
}

impl Rep {
    fn new(
        status: StatusCode,
        content_type: &'static str,
        language: Option<Lang>,
        policy: Option<HeaderValue>,
        body: Vec<u8>,
        effort: Effort,
    ) -> Rep {
        let hash = crate::conditional::fnv1a(&body);
        let status = http::StatusCode::from(status);
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
            reply::cors(&mut not_modified);
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
            reply::cors(&mut head);
            Variant {
                etag,
                head,
                not_modified,
                bytes: Bytes::from(bytes),
                wire: OnceLock::new(),
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
    pub(crate) fn html(
        status: StatusCode,
        lang: Lang,
        html: String,
        coding: Option<Coding>,
    ) -> Rep {
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
    pub(crate) fn json(status: StatusCode, body: Vec<u8>, coding: Option<Coding>) -> Rep {
        let effort = coding.map_or(Effort::Best, Effort::Only);
        Rep::new(status, "application/json", None, None, body, effort)
    }

    /// A fixed file of another type (the icon, `robots.txt`, `sitemap.xml`).
    pub(crate) fn file(content_type: &'static str, body: Vec<u8>) -> Rep {
        Rep::new(StatusCode::OK, content_type, None, None, body, Effort::Best)
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

    /// The response to a GET with `headers` (HEAD drops its content later, in
    /// `reply::without_content`).
    pub(crate) fn respond(&self, headers: &HeaderMap) -> Response<Body> {
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
        *resp.body_mut() = Body::full(v.bytes.clone());
        resp
    }
}

impl Rep {
    /// The response head and content to a GET (or, `head`, a HEAD) whose first
    /// `Accept-Encoding` is `accept_encoding`, without preconditions, as hyper would write
    /// [`Rep::respond`]'s answer (`direct.rs`); `None` when `wire_head` does not encode it.
    pub(crate) fn wire(
        &self,
        accept_encoding: Option<&[u8]>,
        head: bool,
    ) -> Option<(&WireHead, &[u8])> {
        let coding = choose_coding_of(accept_encoding, |c| self.has(c));
        let v = self.variants[coding as usize]
            .as_ref()
            .or(self.variants[0].as_ref())?;
        let heads = v.wire.get_or_init(|| {
            [false, true].map(|head| {
                crate::wire_head::encode(self.status, None, &v.head, v.bytes.len(), head)
            })
        });
        Some((heads[usize::from(head)].as_ref()?, &v.bytes))
    }
}

/// The coding to send by `Accept-Encoding` (RFC 9110 §12.5.3), among those `has` offers:
/// the highest q wins, brotli before gzip on a tie; identity when neither is acceptable.
pub(crate) fn choose_coding(headers: &HeaderMap, has: impl Fn(Coding) -> bool) -> Coding {
    choose_coding_of(
        headers
            .get(header::ACCEPT_ENCODING)
            .map(HeaderValue::as_bytes),
        has,
    )
}

/// [`choose_coding`] from the first `Accept-Encoding` field's bytes, if there is one.
pub(crate) fn choose_coding_of(
    accept_encoding: Option<&[u8]>,
    has: impl Fn(Coding) -> bool,
) -> Coding {
    let Some(value) = accept_encoding.and_then(crate::negotiate::visible) else {
        return Coding::Identity;
    };
    let (mut br, mut gz, mut any) = (None, None, None);
    for member in value.split(',') {
        let (name, q) = httpstatus::split_weight(member);
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
}
