//! `/echo`: reports the method, header fields and content it received, as JSON. Our
//! redirects point here, so that a client can see 303 turn POST into GET.

use http::header::{self, HeaderValue};
use http::{Request, Response};
use hyper::body::Incoming;

use crate::body::Body;
use crate::config::Limits;
use crate::content;
use crate::negotiate;
use crate::reply;

/// The report of `req`.
pub(crate) async fn answer(req: Request<Incoming>, limits: &Limits) -> Response<Body> {
    let format = negotiate::format(req.headers());
    if let Some(resp) = content::too_large(&req, limits, format) {
        return resp;
    }
    let (parts, body) = req.into_parts();
    let content = match content::read(body, limits).await {
        Ok(c) => c,
        Err(rejection) => return reply::error_and_close(&rejection, format),
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
