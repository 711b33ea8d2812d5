//! Admission: what a request head must satisfy before any route sees it, checked once
//! per request by the pipeline, ahead of the ready answers and the general path alike.
//!
//! - its size: at most `--max-header-bytes` (431, or 414 when the request target alone is
//!   over; hyper itself only refuses heads far larger, with an empty 431 or 414);
//! - exactly one `Host` on HTTP/1.1 (RFC 9112 §3.2: 400).

use http::{Request, Response, Version};
use httpstatus::StatusCode;

use crate::body::Body;
use crate::config::Limits;
use crate::head::Head;
use crate::negotiate;
use crate::reply::{self, Rejection};

/// The answer to a request whose head (read in `head`) is refused, or `None` when it is
/// admitted.
pub(crate) fn refusal<B>(
    req: &Request<B>,
    head: &Head<'_>,
    limits: &Limits,
) -> Option<Response<Body>> {
    let format = || negotiate::format_for(head.accept);
    if head.size > limits.max_header_bytes {
        // The head was not read to its end: the connection cannot be reused.
        return Some(reply::error_and_close(
            &too_large(req, head.size, limits),
            format(),
        ));
    }
    if host_count_wrong(req, head.hosts) {
        let message = if head.hosts == 0 {
            "an HTTP/1.1 request needs a Host header field (RFC 9112 §3.2)"
        } else {
            "an HTTP/1.1 request may carry only one Host header field (RFC 9112 §3.2)"
        };
        return Some(reply::error(&Rejection::bad_request(message), format()));
    }
    None
}

/// 414 when the request target alone is over the limit, else 431.
fn too_large<B>(req: &Request<B>, size: usize, limits: &Limits) -> Rejection {
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > limits.max_header_bytes {
        Rejection::new(
            StatusCode::URI_TOO_LONG,
            format!(
                "the request target is {target} bytes; this server accepts request heads of {} (its --max-header-bytes)",
                limits.max_header_bytes
            ),
        )
    } else {
        Rejection::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!(
                "the request header section is about {size} bytes; this server accepts {} (its --max-header-bytes)",
                limits.max_header_bytes
            ),
        )
    }
}

/// `true` when an HTTP/1.1 request carries `hosts` Host fields where RFC 9112 §3.2 wants
/// exactly one (a request with an absolute target may do without).
fn host_count_wrong<B>(req: &Request<B>, hosts: usize) -> bool {
    req.version() == Version::HTTP_11 && req.uri().authority().is_none() && hosts != 1
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn request(target: &str, headers: &[(&str, &str)]) -> Request<()> {
        let mut b = Request::builder().uri(target);
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        b.body(()).unwrap()
    }

    fn status(req: &Request<()>, limits: &Limits) -> Option<u16> {
        refusal(req, &Head::read(req), limits).map(|r| r.status().as_u16())
    }

    #[test]
    fn heads_over_the_limit_and_wrong_hosts_are_refused() {
        let limits = Limits {
            max_header_bytes: 100,
            ..Limits::default()
        };
        assert_eq!(status(&request("/418", &[("host", "a")]), &limits), None);
        let long = "x".repeat(100);
        assert_eq!(
            status(
                &request("/418", &[("host", "a"), ("x-long", &long)]),
                &limits
            ),
            Some(431)
        );
        assert_eq!(
            status(&request(&format!("/{long}"), &[("host", "a")]), &limits),
            Some(414)
        );
        assert_eq!(status(&request("/418", &[]), &limits), Some(400));
        assert_eq!(
            status(&request("/418", &[("host", "a"), ("host", "b")]), &limits),
            Some(400)
        );
        assert_eq!(status(&request("http://a/418", &[]), &limits), None);
    }
}
