//! One request, one response, as received on the wire.
//!
//! HTTP/1.1 is spoken directly over TCP or TLS with `httparse`, so that the check sees
//! what a server really sent: every interim response, framing header fields on 1xx and
//! 204, content after a 204 or 304, a truncated body. HTTP/2 goes through hyper's client
//! (interim responses through its informational-response hook).

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::rustls;
use url::Url;

use crate::report::InterimSeen;

/// How much content is kept for the error-page heuristic; the rest is only counted.
const SAMPLE: usize = 64 * 1024;
/// The longest response head accepted.
const MAX_HEAD: usize = 64 * 1024;

/// Which protocol to speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Protocol {
    /// HTTP/2 when TLS ALPN offers it, else HTTP/1.1.
    #[default]
    Auto,
    /// HTTP/1.1 only.
    Http1,
    /// HTTP/2 only (h2c by prior knowledge over plain TCP).
    Http2,
}

/// Connection settings.
#[derive(Clone, Debug)]
pub struct Conn {
    /// Protocol choice.
    pub protocol: Protocol,
    /// Accept any certificate.
    pub insecure: bool,
    /// Time allowed for one exchange, connection included.
    pub timeout: Duration,
}

/// A response as received.
#[derive(Debug)]
pub(crate) struct Exchange {
    pub(crate) version: &'static str,
    pub(crate) status: u16,
    pub(crate) reason: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) interim: Vec<InterimSeen>,
    pub(crate) content_len: usize,
    pub(crate) sample: Vec<u8>,
}

/// Why an exchange failed.
#[derive(Debug)]
pub(crate) enum NetError {
    Dns(String),
    Connect(String),
    Timeout(Duration),
    Tls(String),
    Truncated(String),
    Protocol(String),
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// Sends one request and reads the whole response.
pub(crate) async fn exchange(
    url: &Url,
    method: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
    conn: &Conn,
) -> Result<Exchange, NetError> {
    match tokio::time::timeout(
        conn.timeout,
        exchange_inner(url, method, headers, body, conn),
    )
    .await
    {
        Ok(r) => r,
        Err(_) => Err(NetError::Timeout(conn.timeout)),
    }
}

async fn exchange_inner(
    url: &Url,
    method: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
    conn: &Conn,
) -> Result<Exchange, NetError> {
    let host = url
        .host_str()
        .ok_or_else(|| NetError::Protocol("the URL has no host".into()))?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| NetError::Protocol("the URL has no port".into()))?;
    let addrs: Vec<std::net::SocketAddr> = match url.host() {
        // An IP address needs no resolver (and no blocking thread for it).
        Some(url::Host::Ipv4(ip)) => vec![(ip, port).into()],
        Some(url::Host::Ipv6(ip)) => vec![(ip, port).into()],
        _ => tokio::net::lookup_host((host, port))
            .await
            .map_err(|e| NetError::Dns(format!("{host}: {e}")))?
            .collect(),
    };
    if addrs.is_empty() {
        return Err(NetError::Dns(format!("{host}: no address")));
    }
    let mut last = None;
    let mut tcp = None;
    for addr in &addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                tcp = Some(s);
                break;
            }
            Err(e) => last = Some(format!("{addr}: {e}")),
        }
    }
    let tcp = tcp.ok_or_else(|| NetError::Connect(last.unwrap_or_default()))?;
    let _ = tcp.set_nodelay(true);
    let (io, h2): (Box<dyn Io>, bool) = if url.scheme() == "https" {
        let config = tls_config(conn)?;
        let name =
            rustls::pki_types::ServerName::try_from(host.trim_matches(['[', ']']).to_owned())
                .map_err(|e| NetError::Tls(format!("{host}: {e}")))?;
        let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
            .map_err(|e| NetError::Tls(e.to_string()))?;
        let h2 = tls.get_ref().1.alpn_protocol() == Some(b"h2");
        if conn.protocol == Protocol::Http2 && !h2 {
            return Err(NetError::Protocol(
                "the server did not agree to HTTP/2 (ALPN)".into(),
            ));
        }
        (Box::new(tls), h2)
    } else {
        (Box::new(tcp), conn.protocol == Protocol::Http2)
    };
    if h2 {
        http2(io, url, method, headers, body).await
    } else {
        http1(io, url, method, headers, body).await
    }
}

fn tls_config(conn: &Conn) -> Result<rustls::ClientConfig, NetError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| NetError::Tls(e.to_string()))?;
    let mut config = if conn.insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
            .with_no_client_auth()
    } else {
        let mut roots = rustls::RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        let (added, _) = roots.add_parsable_certificates(native.certs);
        if added == 0 {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    };
    config.alpn_protocols = match conn.protocol {
        Protocol::Auto => vec![b"h2".to_vec(), b"http/1.1".to_vec()],
        Protocol::Http1 => vec![b"http/1.1".to_vec()],
        Protocol::Http2 => vec![b"h2".to_vec()],
    };
    Ok(config)
}

/// `--insecure`: accepts any certificate, still checking the handshake signatures.
#[derive(Debug)]
struct AnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

fn host_header(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_owned(),
    }
}

fn target(url: &Url) -> String {
    let mut t = url.path().to_owned();
    if let Some(q) = url.query() {
        t.push('?');
        t.push_str(q);
    }
    t
}

async fn http1(
    mut io: Box<dyn Io>,
    url: &Url,
    method: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
) -> Result<Exchange, NetError> {
    let mut req = format!(
        "{method} {} HTTP/1.1\r\nHost: {}\r\n",
        target(url),
        host_header(url)
    );
    let has = |n: &str| headers.iter().any(|(h, _)| h.eq_ignore_ascii_case(n));
    if !has("user-agent") {
        req.push_str(concat!(
            "User-Agent: httpstatus/",
            env!("CARGO_PKG_VERSION"),
            "\r\n"
        ));
    }
    if !has("accept") {
        req.push_str("Accept: */*\r\n");
    }
    for (n, v) in headers {
        req.push_str(&format!("{n}: {v}\r\n"));
    }
    if let Some(b) = body {
        if !has("content-length") {
            req.push_str(&format!("Content-Length: {}\r\n", b.len()));
        }
    }
    req.push_str("Connection: close\r\n\r\n");
    let write = async {
        io.write_all(req.as_bytes()).await?;
        if let Some(b) = body {
            io.write_all(b).await?;
        }
        io.flush().await
    };
    write
        .await
        .map_err(|e| NetError::Connect(format!("sending the request failed: {e}")))?;

    let mut buf: Vec<u8> = Vec::with_capacity(8192);
    let mut interim = Vec::new();
    let head_request = method.eq_ignore_ascii_case("HEAD");
    loop {
        let (status, reason, hdrs, used) = read_head(&mut io, &mut buf).await?;
        buf.drain(..used);
        if (100..200).contains(&status) && status != 101 {
            interim.push(InterimSeen {
                status,
                reason,
                headers: hdrs,
            });
            continue;
        }
        let get = |n: &str| {
            hdrs.iter()
                .find(|(h, _)| h.eq_ignore_ascii_case(n))
                .map(|(_, v)| v.clone())
        };
        let mut counter = Counter::default();
        if head_request || status == 101 {
            // Nothing more is read.
        } else if status == 204 || status == 304 {
            // These end at the header section; anything more is content the server should
            // not have sent. We asked for `Connection: close`, so wait briefly for EOF.
            counter.add(&buf);
            let _ =
                tokio::time::timeout(Duration::from_millis(500), read_rest(&mut io, &mut counter))
                    .await;
        } else if get("transfer-encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"))
        {
            read_chunked(&mut io, buf, &mut counter).await?;
        } else if let Some(len) = get("content-length") {
            let len: usize = len
                .trim()
                .parse()
                .map_err(|_| NetError::Protocol(format!("bad Content-Length {len:?}")))?;
            counter.add(&buf[..buf.len().min(len)]);
            while counter.len < len {
                let mut chunk = [0u8; 16384];
                let n = io
                    .read(&mut chunk)
                    .await
                    .map_err(|e| NetError::Truncated(e.to_string()))?;
                if n == 0 {
                    return Err(NetError::Truncated(format!(
                        "the connection closed after {} of the {len} bytes of content that Content-Length promised",
                        counter.len
                    )));
                }
                counter.add(&chunk[..n.min(len - counter.len)]);
            }
        } else {
            counter.add(&buf);
            read_rest(&mut io, &mut counter)
                .await
                .map_err(|e| NetError::Truncated(e.to_string()))?;
        }
        return Ok(Exchange {
            version: "HTTP/1.1",
            status,
            reason,
            headers: hdrs,
            interim,
            content_len: counter.len,
            sample: counter.sample,
        });
    }
}

#[derive(Default)]
struct Counter {
    len: usize,
    sample: Vec<u8>,
}

impl Counter {
    fn add(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        let room = SAMPLE.saturating_sub(self.sample.len());
        self.sample
            .extend_from_slice(&bytes[..bytes.len().min(room)]);
    }
}

async fn read_rest(io: &mut Box<dyn Io>, counter: &mut Counter) -> std::io::Result<()> {
    let mut chunk = [0u8; 16384];
    loop {
        let n = io.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        counter.add(&chunk[..n]);
    }
}

async fn read_head(
    io: &mut Box<dyn Io>,
    buf: &mut Vec<u8>,
) -> Result<(u16, String, Vec<(String, String)>, usize), NetError> {
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut resp = httparse::Response::new(&mut headers);
        match resp.parse(buf) {
            Ok(httparse::Status::Complete(used)) => {
                let status = resp.code.unwrap_or(0);
                let reason = resp.reason.unwrap_or("").to_owned();
                let hdrs = resp
                    .headers
                    .iter()
                    .map(|h| {
                        (
                            h.name.to_owned(),
                            String::from_utf8_lossy(h.value).into_owned(),
                        )
                    })
                    .collect();
                return Ok((status, reason, hdrs, used));
            }
            Ok(httparse::Status::Partial) => {}
            Err(e) => {
                return Err(NetError::Protocol(format!(
                    "the response is not valid HTTP/1.1: {e}"
                )));
            }
        }
        if buf.len() > MAX_HEAD {
            return Err(NetError::Protocol(format!(
                "the response head is longer than {MAX_HEAD} bytes"
            )));
        }
        let mut chunk = [0u8; 8192];
        let n = io
            .read(&mut chunk)
            .await
            .map_err(|e| NetError::Truncated(format!("reading the response failed: {e}")))?;
        if n == 0 {
            return Err(NetError::Truncated(if buf.is_empty() {
                "the server closed the connection without a response".into()
            } else {
                "the connection closed in the middle of the response head".into()
            }));
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

async fn read_chunked(
    io: &mut Box<dyn Io>,
    mut buf: Vec<u8>,
    counter: &mut Counter,
) -> Result<(), NetError> {
    let truncated =
        || NetError::Truncated("the connection closed in the middle of chunked content".into());
    async fn more(io: &mut Box<dyn Io>, buf: &mut Vec<u8>) -> Result<bool, NetError> {
        let mut chunk = [0u8; 16384];
        let n = io
            .read(&mut chunk)
            .await
            .map_err(|e| NetError::Truncated(e.to_string()))?;
        buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }
    loop {
        let (used, size) = loop {
            match httparse::parse_chunk_size(&buf) {
                Ok(httparse::Status::Complete((used, size))) => break (used, size),
                Ok(httparse::Status::Partial) => {
                    if !more(io, &mut buf).await? {
                        return Err(truncated());
                    }
                }
                Err(_) => {
                    return Err(NetError::Protocol(
                        "bad chunk size in chunked content".into(),
                    ));
                }
            }
        };
        buf.drain(..used);
        let size =
            usize::try_from(size).map_err(|_| NetError::Protocol("chunk too large".into()))?;
        if size == 0 {
            return Ok(());
        }
        while buf.len() < size + 2 {
            if !more(io, &mut buf).await? {
                return Err(truncated());
            }
        }
        counter.add(&buf[..size]);
        buf.drain(..size + 2);
    }
}

async fn http2(
    io: Box<dyn Io>,
    url: &Url,
    method: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
) -> Result<Exchange, NetError> {
    let (mut send, conn) =
        hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(io))
            .await
            .map_err(|e| NetError::Protocol(format!("HTTP/2 handshake failed: {e}")))?;
    tokio::spawn(conn);
    let mut builder = http::Request::builder().method(method).uri(url.as_str());
    for (n, v) in headers {
        builder = builder.header(n.as_str(), v.as_str());
    }
    let content = http_body_util::Full::new(Bytes::copy_from_slice(body.unwrap_or_default()));
    let req = builder
        .body(content)
        .map_err(|e| NetError::Protocol(format!("bad request: {e}")))?;
    // hyper's client reports interim responses on HTTP/1.1 only; on HTTP/2 they are
    // consumed by the h2 layer and not seen here.
    let resp = send
        .send_request(req)
        .await
        .map_err(|e| NetError::Protocol(format!("HTTP/2 request failed: {e}")))?;
    let status = resp.status().as_u16();
    let hdrs = resp
        .headers()
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut counter = Counter::default();
    let mut body = resp.into_body();
    while let Some(frame) = body.frame().await {
        let frame = frame
            .map_err(|e| NetError::Truncated(format!("the HTTP/2 stream ended early: {e}")))?;
        if let Some(data) = frame.data_ref() {
            counter.add(data);
        }
    }
    Ok(Exchange {
        version: "HTTP/2",
        status,
        reason: String::new(),
        headers: hdrs,
        interim: Vec::new(),
        content_len: counter.len,
        sample: counter.sample,
    })
}
