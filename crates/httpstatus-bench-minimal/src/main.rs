//! The comparison point of `bench/server.sh`: a hyper 1 server in a few lines, HTTP/1.1
//! only, that answers every request with `418` and a short text body. Nothing a real
//! server can do per request is cheaper, so its requests/s is the practical upper limit.
//!
//! `minimal-hyper [ADDR]` (default `127.0.0.1:8081`).

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

async fn teapot(_: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let mut resp = Response::new(Full::new(Bytes::from_static(b"418 I'm a teapot\n")));
    *resp.status_mut() = StatusCode::IM_A_TEAPOT;
    resp.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    Ok(resp)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr: SocketAddr = match std::env::args().nth(1) {
        Some(a) => a
            .parse()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?,
        None => SocketAddr::from(([127, 0, 0, 1], 8081)),
    };
    let listener = TcpListener::bind(addr).await?;
    eprintln!("minimal-hyper serving on http://{}", listener.local_addr()?);
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service_fn(teapot))
                .await;
        });
    }
}
