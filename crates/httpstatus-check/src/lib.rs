//! `httpstatus check URL`: makes the request, follows the redirect chain itself hop by hop
//! as a browser would, and reports for every hop the status, the interim responses, what
//! the code means, and what the server got wrong according to the RFCs.
//!
//! [`check`] is the loop: `client.rs` makes one exchange, [`findings`] judges the
//! response, [`redirect::next_hop`] (pure) decides what a browser would request next.
//! Loops and chains longer than the limit stop with a clear message.

mod client;
pub mod findings;
pub mod redirect;
pub mod report;

use std::collections::HashSet;
use std::time::Instant;

pub use url::Url;

pub use client::{Conn, Protocol};
pub use redirect::{NextHop, Request, next_hop};
pub use report::{Failure, Finding, Hop, InterimSeen, Message, Report, Severity};

use client::NetError;

/// What to request and how.
#[derive(Clone, Debug)]
pub struct Options {
    /// Request method.
    pub method: String,
    /// Extra header fields.
    pub headers: Vec<(String, String)>,
    /// Request content.
    pub data: Option<Vec<u8>>,
    /// Follow redirects.
    pub follow: bool,
    /// Most redirects followed.
    pub max_redirects: usize,
    /// Connection settings.
    pub conn: Conn,
}

/// Reads a URL as curl does: `example.com/x` means `http://example.com/x`. Only `http`
/// and `https` are accepted.
pub fn parse_url(s: &str) -> Result<Url, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("the URL is empty".into());
    }
    // `mailto:x`, `javascript:x`: a scheme without `//`; `localhost:8080/x` is a port.
    let scheme_like = s.split_once(':').is_some_and(|(scheme, rest)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
            && !rest.starts_with(|c: char| c.is_ascii_digit())
    });
    let with_scheme = if s.contains("://") || scheme_like {
        s.to_owned()
    } else {
        format!("http://{s}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| format!("{s:?} is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(format!(
                "{s:?}: only http and https URLs can be checked, not {other}"
            ));
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("{s:?} has no host"));
    }
    Ok(url)
}

fn msg(ko: impl Into<String>, en: impl Into<String>) -> Message {
    Message {
        ko: ko.into(),
        en: en.into(),
    }
}

/// Runs the check: one request after another until a response that is not followed.
pub async fn check(url: Url, opts: &Options) -> Report {
    let started = Instant::now();
    let mut report = Report {
        url: url.to_string(),
        hops: Vec::new(),
        failure: None,
        total_ms: 0.0,
    };
    let mut request = Request {
        method: opts.method.to_ascii_uppercase(),
        url,
        headers: opts.headers.clone(),
        data: opts.data.clone(),
    };
    let mut seen = HashSet::new();
    loop {
        seen.insert((request.method.clone(), request.url.to_string()));
        let (mut hop, next) = match exchange(&request, opts).await {
            Ok(done) => done,
            Err(failure) => {
                report.failure = Some(failure);
                break;
            }
        };
        let following = match next {
            NextHop::Done => None,
            NextHop::NotFollowed(message) => {
                hop.next = Some(message);
                None
            }
            NextHop::Refused(failure) => {
                report.failure = Some(failure);
                None
            }
            NextHop::Follow {
                request,
                message,
                findings,
            } => {
                hop.next = Some(message);
                hop.findings.extend(findings);
                Some(request)
            }
        };
        report.hops.push(hop);
        let Some(following) = following else {
            break;
        };
        if report.hops.len() > opts.max_redirects {
            report.failure = Some(Failure {
                kind: "too-many-redirects",
                message: msg(
                    format!(
                        "리다이렉트가 {}번을 넘어 멈췄습니다(--max-redirects).",
                        opts.max_redirects
                    ),
                    format!(
                        "Stopped after {} redirects (--max-redirects).",
                        opts.max_redirects
                    ),
                ),
            });
            break;
        }
        if seen.contains(&(following.method.clone(), following.url.to_string())) {
            let (method, next) = (&following.method, &following.url);
            report.failure = Some(Failure {
                kind: "redirect-loop",
                message: msg(
                    format!("리다이렉트 루프입니다: {method} {next}은(는) 이미 요청했습니다."),
                    format!("Redirect loop: {method} {next} was already requested."),
                ),
            });
            break;
        }
        request = following;
    }
    report.total_ms = started.elapsed().as_secs_f64() * 1000.0;
    report
}

/// Sends `request` and judges the response: the hop as reported, and what follows it.
async fn exchange(request: &Request, opts: &Options) -> Result<(Hop, NextHop), Failure> {
    let t = Instant::now();
    let ex = client::exchange(
        &request.url,
        &request.method,
        &request.headers,
        request.data.as_deref(),
        &opts.conn,
    )
    .await
    .map_err(|e| failure_of(e, &request.url))?;
    let interim: Vec<(u16, Vec<(String, String)>)> = ex
        .interim
        .iter()
        .map(|i| (i.status, i.headers.clone()))
        .collect();
    let received = findings::Received {
        method: &request.method,
        status: ex.status,
        reason: &ex.reason,
        http1: ex.version == "HTTP/1.1",
        headers: &ex.headers,
        interim: &interim,
        content_len: ex.content_len,
        sample: &ex.sample,
    };
    let findings = findings::inspect(&received);
    let hop = Hop {
        method: request.method.clone(),
        url: request.url.to_string(),
        version: ex.version.to_owned(),
        status: ex.status,
        reason: ex.reason,
        interim: ex.interim,
        headers: ex.headers,
        content_length: ex.content_len,
        elapsed_ms: t.elapsed().as_secs_f64() * 1000.0,
        next: None,
        findings,
    };
    let next = next_hop(request, hop.status, hop.header("Location"), opts.follow);
    Ok((hop, next))
}

fn failure_of(e: NetError, url: &Url) -> Failure {
    let host = url.host_str().unwrap_or_default();
    match e {
        NetError::Dns(d) => Failure {
            kind: "dns",
            message: msg(
                format!("{host}의 주소를 찾지 못했습니다(DNS): {d}"),
                format!("Could not resolve {host} (DNS): {d}"),
            ),
        },
        NetError::Connect(d) => Failure {
            kind: "connect",
            message: msg(
                format!("{url}에 연결하지 못했습니다: {d}"),
                format!("Could not connect to {url}: {d}"),
            ),
        },
        NetError::Timeout(t) => Failure {
            kind: "timeout",
            message: msg(
                format!(
                    "{}초 안에 응답이 끝나지 않았습니다(--timeout).",
                    t.as_secs_f64()
                ),
                format!(
                    "No complete response within {} s (--timeout).",
                    t.as_secs_f64()
                ),
            ),
        },
        NetError::Tls(d) => Failure {
            kind: "tls",
            message: msg(
                format!("TLS 핸드셰이크에 실패했습니다: {d}"),
                format!("The TLS handshake failed: {d}"),
            ),
        },
        NetError::Truncated(d) => Failure {
            kind: "truncated",
            message: msg(
                format!("응답이 중간에 끊겼습니다: {d}"),
                format!("The response was cut short: {d}"),
            ),
        },
        NetError::Protocol(d) => Failure {
            kind: "protocol",
            message: msg(
                format!("HTTP 응답으로 읽을 수 없습니다: {d}"),
                format!("Not a readable HTTP response: {d}"),
            ),
        },
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            parse_url("example.com/x").unwrap().as_str(),
            "http://example.com/x"
        );
        assert_eq!(
            parse_url("https://a.test:8443/p?q=1").unwrap().port(),
            Some(8443)
        );
        for bad in ["", "ftp://x/", "http://", "mailto:a@b", "http://[::1"] {
            assert!(parse_url(bad).is_err(), "{bad:?}");
        }
    }
}
