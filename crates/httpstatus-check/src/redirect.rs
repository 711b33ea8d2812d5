//! What a browser does after a response: [`next_hop`], a pure function of the request and
//! the response's status and `Location`.
//!
//! Whether a code redirects and what it does to the method come from the core
//! ([`Info::redirect`](httpstatus::Info::redirect)): 303 turns any method but HEAD into
//! GET; 301 and 302 turn POST into GET (as browsers do, RFC 9110 §15.4.2–3); 307 and 308
//! keep the method and content. When the method becomes GET the content and the fields
//! that describe it go; credentials and cookies go when the origin changes.

use std::borrow::Cow;

use httpstatus::{RedirectMethod, StatusCode};
use url::Url;

use crate::report::{Failure, Finding, Message, Severity};

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

/// One request of the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// The method, upper case.
    pub method: String,
    /// The URL.
    pub url: Url,
    /// Extra header fields.
    pub headers: Vec<(String, String)>,
    /// The content.
    pub data: Option<Vec<u8>>,
}

/// What follows a response.
#[derive(Clone, Debug, PartialEq)]
pub enum NextHop {
    /// The chain ends here: not a redirect, or a redirect without `Location`.
    Done,
    /// A redirect that is not followed (`--no-follow`), with what the client would do.
    NotFollowed(Message),
    /// A `Location` that cannot be followed.
    Refused(Failure),
    /// The next request, what changed (the message), and findings about the redirect
    /// itself (`https-to-http`).
    Follow {
        /// The request to send.
        request: Request,
        /// What the client does, in words.
        message: Message,
        /// Findings for the redirecting hop.
        findings: Vec<Finding>,
    },
}

fn msg(ko: impl Into<String>, en: impl Into<String>) -> Message {
    Message {
        ko: ko.into(),
        en: en.into(),
    }
}

/// What a browser does after `status` with `location` in answer to `request`; `follow`
/// is `false` under `--no-follow`.
pub fn next_hop(request: &Request, status: u16, location: Option<&str>, follow: bool) -> NextHop {
    let redirect = StatusCode::from_u16(status)
        .ok()
        .and_then(StatusCode::info)
        .and_then(|i| i.redirect);
    let Some(redirect) = redirect else {
        return NextHop::Done;
    };
    if !follow {
        return NextHop::NotFollowed(msg(
            "--no-follow: 리다이렉트를 따라가지 않습니다.",
            "--no-follow: the redirect is not followed.",
        ));
    }
    let Some(location) = location else {
        return NextHop::Done;
    };
    let current = &request.url;
    let mut next = match current.join(location.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => u,
        Ok(u) => {
            return NextHop::Refused(Failure {
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
        }
        Err(e) => {
            return NextHop::Refused(Failure {
                kind: "bad-location",
                message: msg(
                    format!("Location \"{location}\"을(를) URI로 읽을 수 없습니다: {e}"),
                    format!("Location \"{location}\" is not a valid URI reference: {e}"),
                ),
            });
        }
    };
    // A Location without a fragment inherits the request's (RFC 9110 §10.2.2).
    if next.fragment().is_none() {
        if let Some(f) = current.fragment() {
            next.set_fragment(Some(f));
        }
    }
    let mut findings = Vec::new();
    if current.scheme() == "https" && next.scheme() == "http" {
        findings.push(Finding {
            id: Cow::Borrowed("https-to-http"),
            severity: Severity::Warning,
            section: Cow::Borrowed("RFC 9110 §4.2.2"),
            message: msg(
                format!("https에서 http로 리다이렉트합니다({next}). 이후 요청과 응답이 암호화되지 않고, 쿠키와 자격 증명이 드러날 수 있습니다."),
                format!("The redirect goes from https to http ({next}); what follows is not encrypted, and cookies or credentials can leak."),
            ),
        });
    }
    let old = request.method.as_str();
    let to_get = match redirect.method {
        RedirectMethod::Get => old != "HEAD" && old != "GET",
        RedirectMethod::MayChange => old == "POST",
        // Keep, and any behaviour the core may add: the request goes on unchanged.
        _ => false,
    };
    let mut following = Request {
        method: request.method.clone(),
        url: next,
        headers: request.headers.clone(),
        data: request.data.clone(),
    };
    if to_get {
        following.method = "GET".to_owned();
        following.data = None;
        following
            .headers
            .retain(|(n, _)| !CONTENT_FIELDS.iter().any(|c| n.eq_ignore_ascii_case(c)));
    }
    let mut dropped = Vec::new();
    if following.url.origin() != current.origin() {
        following.headers.retain(|(n, _)| {
            let drop = CREDENTIAL_FIELDS.iter().any(|c| n.eq_ignore_ascii_case(c));
            if drop {
                dropped.push(n.clone());
            }
            !drop
        });
    }
    let message = follow_message(status, redirect.method, old, &following, &dropped);
    NextHop::Follow {
        request: following,
        message,
        findings,
    }
}

/// "Following to … with GET: …".
fn follow_message(
    status: u16,
    rewrite: RedirectMethod,
    old: &str,
    next: &Request,
    dropped: &[String],
) -> Message {
    let (new, url) = (next.method.as_str(), &next.url);
    let (mut ko, mut en) = match rewrite {
        _ if old == new && rewrite == RedirectMethod::Keep => (
            format!(
                "{url}(으)로 같은 메서드({new})와 콘텐츠로 요청합니다. {status}은(는) 메서드를 바꾸지 않습니다."
            ),
            format!(
                "Following to {url} with the same method ({new}) and content: {status} keeps them."
            ),
        ),
        _ if old == new => (
            format!("{url}(으)로 {new} 요청을 보냅니다."),
            format!("Following to {url} with {new}."),
        ),
        RedirectMethod::Get => (
            format!(
                "{url}(으)로 {new} 요청을 보냅니다. {status}은 어떤 메서드든 GET으로 바꿉니다."
            ),
            format!("Following to {url} with {new}: {status} turns any method into GET."),
        ),
        _ => (
            format!(
                "{url}(으)로 {new} 요청을 보냅니다. 브라우저처럼 {status} 뒤의 {old}를 GET으로 바꿨습니다. 307이나 308이었다면 {old}가 유지됐을 것입니다."
            ),
            format!(
                "Following to {url} with {new}: like browsers, the {old} became a GET after {status}; 307 or 308 would have kept the {old}."
            ),
        ),
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn request(method: &str, url: &str, headers: &[(&str, &str)], data: Option<&[u8]>) -> Request {
        Request {
            method: method.to_owned(),
            url: Url::parse(url).unwrap(),
            headers: headers
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
            data: data.map(<[u8]>::to_vec),
        }
    }

    fn follow(r: &Request, status: u16, location: &str) -> (Request, Message, Vec<Finding>) {
        match next_hop(r, status, Some(location), true) {
            NextHop::Follow {
                request,
                message,
                findings,
            } => (request, message, findings),
            other => panic!("{status} {location}: {other:?}"),
        }
    }

    #[test]
    fn the_codes_that_redirect_are_the_cores() {
        let post = request("POST", "http://a.test/", &[], Some(b"x"));
        let followed: Vec<u16> = (100..=599)
            .filter(|&s| matches!(next_hop(&post, s, Some("/b"), true), NextHop::Follow { .. }))
            .collect();
        assert_eq!(followed, [301, 302, 303, 307, 308]);
        assert_eq!(next_hop(&post, 300, Some("/b"), true), NextHop::Done);
        assert_eq!(next_hop(&post, 302, None, true), NextHop::Done);
        assert!(matches!(
            next_hop(&post, 302, Some("/b"), false),
            NextHop::NotFollowed(_)
        ));
    }

    #[test]
    fn methods_as_browsers_rewrite_them() {
        let content = [("Content-Type", "text/plain"), ("X-Keep", "1")];
        for (status, method, want) in [
            (303, "POST", "GET"),
            (303, "PUT", "GET"),
            (303, "HEAD", "HEAD"),
            (303, "GET", "GET"),
            (301, "POST", "GET"),
            (302, "POST", "GET"),
            (301, "PUT", "PUT"),
            (302, "DELETE", "DELETE"),
            (307, "POST", "POST"),
            (308, "PUT", "PUT"),
        ] {
            let r = request(method, "http://a.test/x", &content, Some(b"body"));
            let (next, message, _) = follow(&r, status, "/y");
            assert_eq!(next.method, want, "{status} after {method}");
            assert_eq!(next.url.as_str(), "http://a.test/y");
            let kept = method == want;
            assert_eq!(
                next.data.is_some(),
                kept,
                "{status} after {method}: content"
            );
            assert_eq!(
                next.headers.iter().any(|(n, _)| n == "Content-Type"),
                kept,
                "{status} after {method}: content fields"
            );
            assert!(next.headers.iter().any(|(n, _)| n == "X-Keep"));
            assert!(message.en.contains(want), "{}", message.en);
        }
        let (_, message, _) = follow(&request("POST", "http://a.test/", &[], None), 307, "/");
        assert!(message.en.contains("307 keeps them"), "{}", message.en);
        let (_, message, _) = follow(&request("POST", "http://a.test/", &[], None), 303, "/");
        assert!(
            message.en.contains("303 turns any method into GET"),
            "{}",
            message.en
        );
    }

    #[test]
    fn credentials_stay_with_their_origin() {
        let headers = [
            ("Authorization", "Bearer x"),
            ("Cookie", "a=b"),
            ("Accept", "*/*"),
        ];
        let r = request("GET", "http://a.test/", &headers, None);
        let (same, message, _) = follow(&r, 302, "/elsewhere");
        assert_eq!(same.headers.len(), 3);
        assert!(!message.en.contains("origin changes"));
        let (other, message, _) = follow(&r, 302, "http://b.test/");
        let names: Vec<&str> = other.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Accept"]);
        assert!(
            message.en.contains("Authorization, Cookie is not sent"),
            "{}",
            message.en
        );
        // Another port is another origin too.
        let (port, _, _) = follow(&r, 302, "http://a.test:8080/");
        assert_eq!(port.headers.len(), 1);
    }

    #[test]
    fn fragments_schemes_and_bad_locations() {
        let r = request("GET", "https://a.test/p#part", &[], None);
        let (next, _, findings) = follow(&r, 301, "/q");
        assert_eq!(next.url.as_str(), "https://a.test/q#part");
        assert!(findings.is_empty());
        let (next, _, _) = follow(&r, 301, "/q#own");
        assert_eq!(next.url.fragment(), Some("own"));
        let (_, _, findings) = follow(&r, 301, "http://a.test/q");
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].id, "https-to-http");
        for bad in ["ftp://a.test/", "http://[::1"] {
            match next_hop(&r, 302, Some(bad), true) {
                NextHop::Refused(f) => assert_eq!(f.kind, "bad-location", "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
