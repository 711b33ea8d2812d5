//! The comparison point of `bench/server.sh` and `bench/nginx.sh`: a hyper 1 server in a few
//! lines, HTTP/1.1 only, that answers every request with `418` and a short text body. Nothing
//! a real server can do per request is cheaper, so its requests/s is the practical upper
//! limit of a hyper server on tokio's multi-thread runtime.
//!
//! `minimal-hyper [ADDR] [PAGE]` (default `127.0.0.1:8081`). With `PAGE`, a file holding a
//! gzip-compressed HTML page, `GET /page` answers `200` with that file as its content
//! (`Content-Encoding: gzip`): the same yardstick for a page of a few kilobytes.

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

fn answer(req: &Request<Incoming>, page: &Bytes) -> Response<Full<Bytes>> {
    if !page.is_empty() && req.uri().path() == "/page" {
        let mut resp = Response::new(Full::new(page.clone()));
        let headers = resp.headers_mut();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        return resp;
    }
    let mut resp = Response::new(Full::new(Bytes::from_static(b"418 I'm a teapot\n")));
    *resp.status_mut() = StatusCode::IM_A_TEAPOT;
    resp.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let addr: SocketAddr = match args.next() {
        Some(a) => a
            .parse()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?,
        None => SocketAddr::from(([127, 0, 0, 1], 8081)),
    };
    let page = match args.next() {
        Some(path) => Bytes::from(std::fs::read(path)?),
        None => Bytes::new(),
    };
    let listener = TcpListener::bind(addr).await?;
    eprintln!("minimal-hyper serving on http://{}", listener.local_addr()?);
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let page = page.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req: Request<Incoming>| {
                std::future::ready(Ok::<_, Infallible>(answer(&req, &page)))
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}
