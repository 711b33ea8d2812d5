//! `httpstatus check URL`: makes the request, follows the redirect chain itself hop by hop
//! as a browser would, and reports for every hop the status, the interim responses, what
//! the code means, and what the server got wrong according to the RFCs.
//!
//! Redirects: 303 turns any method but HEAD into GET; 301 and 302 turn POST into GET (as
//! browsers do, RFC 9110 §15.4.2–3); 307 and 308 keep the method and content.
//! Credentials and cookies are dropped when the origin changes; loops and chains longer
//! than the limit stop with a clear message.

mod client;
pub mod findings;
pub mod report;

use std::collections::HashSet;
use std::time::Instant;

pub use url::Url;

pub use client::{Conn, Protocol};
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

/// Header fields that describe the content; dropped when a redirect turns the request
/// into a GET (RFC 9110 §15.4).
const CONTENT_FIELDS: [&str; 5] = [
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "content-location",
];
/// Credentials, dropped when the origin changes.
const CREDENTIAL_FIELDS: [&str; 3] = ["authorization", "cookie", "proxy-authorization"];

/// Runs the check.
pub async fn check(url: Url, opts: &Options) -> Report {
    let started = Instant::now();
    let mut report = Report {
        url: url.to_string(),
        hops: Vec::new(),
        failure: None,
        total_ms: 0.0,
    };
    let mut method = opts.method.to_ascii_uppercase();
    let mut headers = opts.headers.clone();
    let mut data = opts.data.clone();
    let mut current = url;
    let mut seen = HashSet::new();
    loop {
        seen.insert((method.clone(), current.to_string()));
        let t = Instant::now();
        let ex = match client::exchange(&current, &method, &headers, data.as_deref(), &opts.conn)
            .await
        {
            Ok(ex) => ex,
            Err(e) => {
                report.failure = Some(failure_of(e, &current));
                break;
            }
        };
        let interim: Vec<(u16, Vec<(String, String)>)> = ex
            .interim
            .iter()
            .map(|i| (i.status, i.headers.clone()))
            .collect();
        let received = findings::Received {
            method: &method,
            status: ex.status,
            reason: &ex.reason,
            http1: ex.version == "HTTP/1.1",
            headers: &ex.headers,
            interim: &interim,
            content_len: ex.content_len,
            sample: &ex.sample,
        };
        let mut hop = Hop {
            method: method.clone(),
            url: current.to_string(),
            version: ex.version.to_owned(),
            status: ex.status,
            reason: ex.reason.clone(),
            interim: ex.interim.clone(),
            headers: ex.headers.clone(),
            content_length: ex.content_len,
            elapsed_ms: t.elapsed().as_secs_f64() * 1000.0,
            next: None,
            findings: findings::inspect(&received),
        };

        let redirect = matches!(ex.status, 301 | 302 | 303 | 307 | 308);
        let location = hop.header("Location").map(str::to_owned);
        if !redirect || !opts.follow {
            if redirect && !opts.follow {
                hop.next = Some(msg(
                    "--no-follow: 리다이렉트를 따라가지 않습니다.",
                    "--no-follow: the redirect is not followed.",
                ));
            }
            report.hops.push(hop);
            break;
        }
        let Some(location) = location else {
            report.hops.push(hop);
            break;
        };
        let mut next = match current.join(location.trim()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => u,
            Ok(u) => {
                report.failure = Some(Failure {
                    kind: "bad-location",
                    message: msg(
                        format!(
                            "Location이 http나 https가 아닌 {} URI를 가리켜 따라가지 않습니다.",
                            u.scheme()
                        ),
                        format!(
                            "Location points at a {} URI, which is not http or https; not followed.",
                            u.scheme()
                        ),
                    ),
                });
                report.hops.push(hop);
                break;
            }
            Err(e) => {
                report.failure = Some(Failure {
                    kind: "bad-location",
                    message: msg(
                        format!("Location \"{location}\"을(를) URI로 읽을 수 없습니다: {e}"),
                        format!("Location \"{location}\" is not a valid URI reference: {e}"),
                    ),
                });
                report.hops.push(hop);
                break;
            }
        };
        // A Location without a fragment inherits the request's (RFC 9110 §10.2.2).
        if next.fragment().is_none() {
            if let Some(f) = current.fragment() {
                next.set_fragment(Some(f));
            }
        }
        if current.scheme() == "https" && next.scheme() == "http" {
            hop.findings.push(Finding {
                id: "https-to-http",
                severity: Severity::Warning,
                section: "RFC 9110 §4.2.2",
                message: msg(
                    format!("https에서 http로 리다이렉트합니다({next}). 이후 요청과 응답이 암호화되지 않고, 쿠키와 자격 증명이 드러날 수 있습니다."),
                    format!("The redirect goes from https to http ({next}); what follows is not encrypted, and cookies or credentials can leak."),
                ),
            });
        }
        let old_method = method.clone();
        let to_get = match ex.status {
            303 => method != "HEAD" && method != "GET",
            301 | 302 => method == "POST",
            _ => false,
        };
        if to_get {
            method = "GET".to_owned();
            data = None;
            headers.retain(|(n, _)| !CONTENT_FIELDS.iter().any(|c| n.eq_ignore_ascii_case(c)));
        }
        let cross_origin = next.origin() != current.origin();
        let mut dropped = Vec::new();
        if cross_origin {
            headers.retain(|(n, _)| {
                let drop = CREDENTIAL_FIELDS.iter().any(|c| n.eq_ignore_ascii_case(c));
                if drop {
                    dropped.push(n.clone());
                }
                !drop
            });
        }
        hop.next = Some(next_message(
            ex.status,
            &old_method,
            &method,
            &next,
            &dropped,
        ));
        report.hops.push(hop);

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
        if seen.contains(&(method.clone(), next.to_string())) {
            report.failure = Some(Failure {
                kind: "redirect-loop",
                message: msg(
                    format!("리다이렉트 루프입니다: {method} {next}은(는) 이미 요청했습니다."),
                    format!("Redirect loop: {method} {next} was already requested."),
                ),
            });
            break;
        }
        current = next;
    }
    report.total_ms = started.elapsed().as_secs_f64() * 1000.0;
    report
}

fn next_message(status: u16, old: &str, new: &str, next: &Url, dropped: &[String]) -> Message {
    let (mut ko, mut en) = if old != new {
        match status {
            303 => (
                format!(
                    "{next}(으)로 {new} 요청을 보냅니다. 303은 어떤 메서드든 GET으로 바꿉니다."
                ),
                format!("Following to {next} with {new}: 303 turns any method into GET."),
            ),
            _ => (
                format!(
                    "{next}(으)로 {new} 요청을 보냅니다. 브라우저처럼 {status} 뒤의 {old}를 GET으로 바꿨습니다. 307이나 308이었다면 {old}가 유지됐을 것입니다."
                ),
                format!(
                    "Following to {next} with {new}: like browsers, the {old} became a GET after {status}; 307 or 308 would have kept the {old}."
                ),
            ),
        }
    } else {
        match status {
            307 | 308 => (
                format!(
                    "{next}(으)로 같은 메서드({new})와 콘텐츠로 요청합니다. {status}은(는) 메서드를 바꾸지 않습니다."
                ),
                format!(
                    "Following to {next} with the same method ({new}) and content: {status} keeps them."
                ),
            ),
            _ => (
                format!("{next}(으)로 {new} 요청을 보냅니다."),
                format!("Following to {next} with {new}."),
            ),
        }
    };
    if !dropped.is_empty() {
        ko.push_str(&format!(
            " 다른 오리진이므로 {}을(를) 보내지 않습니다.",
            dropped.join(", ")
        ));
        en.push_str(&format!(
            " The origin changes, so {} is not sent.",
            dropped.join(", ")
        ));
    }
    msg(ko, en)
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
