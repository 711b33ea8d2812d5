//! The request content, read within the limits: `--max-body` (413) and
//! `--body-timeout-ms` (408).

use bytes::Bytes;
use http::header;
use http::{Request, Response};
use http_body_util::BodyExt;
use httpstatus::StatusCode;
use hyper::body::Incoming;

use crate::body::Body;
use crate::config::Limits;
use crate::negotiate::Format;
use crate::reply::{self, Rejection};

/// Reads the request content up to `limits.max_body` bytes within `limits.body_timeout`.
/// `Err` carries the 413, 408 or 400 to send.
pub(crate) async fn read(body: Incoming, limits: &Limits) -> Result<Bytes, Rejection> {
    let limit = limits.max_body;
    let limited = http_body_util::Limited::new(body, usize::try_from(limit).unwrap_or(usize::MAX));
    match tokio::time::timeout(limits.body_timeout, limited.collect()).await {
        Ok(Ok(c)) => Ok(c.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(Rejection::new(
            StatusCode::CONTENT_TOO_LARGE,
            format!(
                "the request content is larger than this server accepts ({limit} bytes, its --max-body)"
            ),
        )),
        Ok(Err(e)) => Err(Rejection::bad_request(format!(
            "the request content could not be read: {e}"
        ))),
        Err(_) => Err(Rejection::new(
            StatusCode::REQUEST_TIMEOUT,
            format!(
                "the request content did not arrive within {} ms (this server's --body-timeout-ms)",
                limits.body_timeout.as_millis()
            ),
        )),
    }
}

/// The 413 for a request whose `Content-Length` is over `--max-body`, before reading it.
pub(crate) fn too_large(
    req: &Request<Incoming>,
    limits: &Limits,
    format: Format,
) -> Option<Response<Body>> {
    let len = declared_length(req)?;
    if len <= limits.max_body {
        return None;
    }
    let rejection = Rejection::new(
        StatusCode::CONTENT_TOO_LARGE,
        format!(
            "the request content is {len} bytes; this server accepts {} (its --max-body)",
            limits.max_body
        ),
    );
    // The content was not read: the connection cannot be reused.
    Some(reply::error_and_close(&rejection, format))
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
