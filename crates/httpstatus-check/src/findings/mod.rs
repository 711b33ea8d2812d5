//! The checks: what a response got wrong by RFC 9110 and its companions, each with a
//! severity and the section it rests on. Pure functions of what was received.
//!
//! [`RULES`] lists the rules, one small function each (`rules.rs`), in the order their
//! findings are reported; [`inspect`] runs them all. The facts they judge by come from the
//! core library.

mod rules;
mod values;

use std::borrow::Cow;

use httpstatus::{Info, StatusCode};

pub use values::{looks_like_error_page, valid_retry_after};

use crate::report::{Finding, Message, Severity};

/// What a finding is judged on: one response as received.
#[derive(Debug)]
pub struct Received<'a> {
    /// The request method.
    pub method: &'a str,
    /// The final status.
    pub status: u16,
    /// Its reason phrase (empty on HTTP/2).
    pub reason: &'a str,
    /// `true` on HTTP/1.x, where reason phrases exist.
    pub http1: bool,
    /// Header fields.
    pub headers: &'a [(String, String)],
    /// Interim responses: status and header fields.
    pub interim: &'a [(u16, Vec<(String, String)>)],
    /// Content bytes received (for HEAD, none expected).
    pub content_len: usize,
    /// The first bytes of the content.
    pub sample: &'a [u8],
}

impl Received<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The core's main entry for the status, if it has one.
    fn info(&self) -> Option<&'static Info> {
        StatusCode::from_u16(self.status)
            .ok()
            .and_then(StatusCode::info)
    }
}

/// A rule: looks at one response and adds what it finds.
pub type Rule = fn(&Received<'_>, &mut Vec<Finding>);

/// Every rule, in the order their findings are reported.
pub const RULES: [Rule; 10] = [
    rules::status_outside_registry,
    rules::missing_header_fields,
    rules::unsatisfiable_range,
    rules::framing_in_interim,
    rules::framing_in_204,
    rules::content_after_no_content,
    rules::reason_phrase,
    rules::retry_after,
    rules::post_redirect,
    rules::soft_error,
];

/// Every finding for `r`.
pub fn inspect(r: &Received<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES {
        rule(r, &mut out);
    }
    out
}

fn finding(
    id: impl Into<Cow<'static, str>>,
    severity: Severity,
    section: impl Into<Cow<'static, str>>,
    ko: String,
    en: String,
) -> Finding {
    Finding {
        id: id.into(),
        severity,
        section: section.into(),
        message: Message { ko, en },
    }
}

/// The section a finding about `info`'s own rules cites: its defining document's.
fn section_of(info: &Info) -> Cow<'static, str> {
    match info.primary_spec() {
        Some(spec) => Cow::Owned(spec.to_string()),
        None => Cow::Borrowed("RFC 9110 §15"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn got(status: u16, headers: &[(&str, &str)]) -> Vec<&'static str> {
        got_full(status, "", "GET", headers, &[], 0, b"")
    }

    fn got_full(
        status: u16,
        reason: &str,
        method: &str,
        headers: &[(&str, &str)],
        interim: &[(u16, Vec<(String, String)>)],
        content_len: usize,
        sample: &[u8],
    ) -> Vec<&'static str> {
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let reason = if reason.is_empty() {
            StatusCode::from_u16(status)
                .ok()
                .and_then(StatusCode::canonical_reason)
                .unwrap_or("")
        } else {
            reason
        };
        let r = Received {
            method,
            status,
            reason,
            http1: true,
            headers: &headers,
            interim,
            content_len,
            sample,
        };
        // Ids as `&'static str`, so that the assertions below compare with literals.
        inspect(&r)
            .into_iter()
            .map(|f| &*f.id.into_owned().leak())
            .collect()
    }

    #[test]
    fn required_fields_fire_and_do_not_fire() {
        for (code, field, id) in [
            (401, "WWW-Authenticate", "missing-www-authenticate"),
            (407, "Proxy-Authenticate", "missing-proxy-authenticate"),
            (405, "Allow", "missing-allow"),
            (426, "Upgrade", "missing-upgrade"),
            (301, "Location", "missing-location"),
            (302, "Location", "missing-location"),
            (303, "Location", "missing-location"),
            (307, "Location", "missing-location"),
            (308, "Location", "missing-location"),
            (206, "Content-Range", "missing-content-range"),
        ] {
            assert!(got(code, &[]).contains(&id), "{code} without {field}");
            assert!(
                !got(code, &[(field, "x")]).contains(&id),
                "{code} with {field}"
            );
        }
        assert!(
            !got(206, &[("Content-Type", "multipart/byteranges; boundary=x")])
                .contains(&"missing-content-range")
        );
    }

    #[test]
    fn range_not_satisfiable() {
        assert!(got(416, &[]).contains(&"bad-416-content-range"));
        assert!(got(416, &[("Content-Range", "bytes 0-1/2")]).contains(&"bad-416-content-range"));
        assert!(!got(416, &[("Content-Range", "bytes */1000")]).contains(&"bad-416-content-range"));
    }

    #[test]
    fn framing() {
        assert!(got(204, &[("Content-Length", "0")]).contains(&"framing-in-204"));
        assert!(got(204, &[]).is_empty());
        assert!(got_full(204, "", "GET", &[], &[], 5, b"hello").contains(&"content-in-no-content"));
        assert!(got_full(304, "", "GET", &[], &[], 5, b"hello").contains(&"content-in-no-content"));
        assert!(
            got_full(304, "", "GET", &[("Content-Length", "5")], &[], 0, b"").is_empty(),
            "304 may send the 200's length"
        );
        let interim = vec![(103u16, vec![("Content-Length".to_owned(), "0".to_owned())])];
        assert!(got_full(200, "", "GET", &[], &interim, 1, b"x").contains(&"framing-in-1xx"));
        let clean = vec![(103u16, vec![("Link".to_owned(), "</a>".to_owned())])];
        assert!(!got_full(200, "", "GET", &[], &clean, 1, b"x").contains(&"framing-in-1xx"));
    }

    #[test]
    fn reason_phrases() {
        assert!(got_full(404, "Nope", "GET", &[], &[], 0, b"").contains(&"reason-phrase"));
        assert!(!got_full(404, "Not Found", "GET", &[], &[], 0, b"").contains(&"reason-phrase"));
        assert!(!got_full(404, "not found", "GET", &[], &[], 0, b"").contains(&"reason-phrase"));
        assert!(
            got_full(413, "Payload Too Large", "GET", &[], &[], 0, b"")
                .contains(&"former-reason-phrase")
        );
        assert!(!got_full(418, "I'm a teapot", "GET", &[], &[], 0, b"").contains(&"reason-phrase"));
    }

    #[test]
    fn other_names_say_where_they_come_from() {
        let message = |code: u16, reason: &str| {
            let r = Received {
                method: "GET",
                status: code,
                reason,
                http1: true,
                headers: &[],
                interim: &[],
                content_len: 0,
                sample: b"",
            };
            inspect(&r)
                .into_iter()
                .find(|f| f.id == "former-reason-phrase")
                .map(|f| f.message.en)
                .unwrap_or_default()
        };
        assert!(message(413, "Request Entity Too Large").contains("former name (RFC 2616)"));
        assert!(message(405, "Not Allowed").contains("is the one nginx uses"));
        assert!(!message(405, "Not Allowed").contains("former"));
        assert!(message(503, "Service Temporarily Unavailable").contains("nginx"));
    }

    #[test]
    fn codes_outside_the_registry() {
        assert!(got_full(471, "Odd", "GET", &[], &[], 0, b"").contains(&"unassigned-status"));
        assert!(
            got_full(499, "Client Closed Request", "GET", &[], &[], 0, b"")
                .contains(&"unofficial-status")
        );
        assert!(
            got_full(999, "Request Denied", "GET", &[], &[], 0, b"").contains(&"invalid-status")
        );
        assert!(!got(404, &[]).iter().any(|id| id.contains("status")));
    }

    #[test]
    fn retry_after_values() {
        for ok in [
            "120",
            "0",
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert!(valid_retry_after(ok), "{ok}");
        }
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "2026-11-26T00:00:00Z",
        ] {
            assert!(!valid_retry_after(bad), "{bad}");
        }
        assert!(got(503, &[("Retry-After", "soon")]).contains(&"invalid-retry-after"));
        assert!(!got(503, &[("Retry-After", "30")]).contains(&"invalid-retry-after"));
    }

    #[test]
    fn post_then_301_or_302() {
        assert!(
            got_full(302, "", "POST", &[("Location", "/x")], &[], 0, b"")
                .contains(&"post-redirect-may-change")
        );
        assert!(
            !got_full(302, "", "GET", &[("Location", "/x")], &[], 0, b"")
                .contains(&"post-redirect-may-change")
        );
        assert!(
            !got_full(303, "", "POST", &[("Location", "/x")], &[], 0, b"")
                .contains(&"post-redirect-may-change")
        );
    }

    #[test]
    fn soft_errors() {
        let page =
            b"<html><head><title>404 - Page Not Found</title></head><body>sorry</body></html>";
        assert!(got_full(200, "", "GET", &[], &[], page.len(), page).contains(&"soft-error"));
        let fine =
            b"<html><head><title>Welcome</title></head><body><p>no error here</p></body></html>";
        assert!(!got_full(200, "", "GET", &[], &[], fine.len(), fine).contains(&"soft-error"));
        assert!(!got_full(404, "", "GET", &[], &[], page.len(), page).contains(&"soft-error"));
    }

    fn findings_for(
        status: u16,
        http1: bool,
        method: &str,
        headers: &[(&str, &str)],
    ) -> Vec<Finding> {
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let reason = StatusCode::from_u16(status)
            .ok()
            .and_then(StatusCode::canonical_reason)
            .unwrap_or("");
        inspect(&Received {
            method,
            status,
            reason,
            http1,
            headers: &headers,
            interim: &[],
            content_len: 0,
            sample: b"",
        })
    }

    /// Every unconditional MUST of every code in the core makes an error when the field is
    /// missing, citing the code's section, and none when it is there.
    #[test]
    fn every_unconditional_must_of_the_core_is_checked() {
        let mut checked = 0;
        for info in httpstatus::entries() {
            let code = info.code;
            if !code.info().is_some_and(|main| std::ptr::eq(main, info)) {
                continue; // only the main entry of a code is judged
            }
            let musts: Vec<&str> = info
                .headers
                .iter()
                .filter(|h| h.requirement == httpstatus::Requirement::Must && h.condition.is_none())
                .map(|h| h.name)
                .collect();
            if musts.is_empty() {
                continue;
            }
            let found = findings_for(code.as_u16(), true, "GET", &[]);
            for field in &musts {
                let id = format!("missing-{}", field.to_ascii_lowercase());
                let f = found.iter().find(|f| f.id == id);
                let f = f.unwrap_or_else(|| panic!("{code}: no {id} in {found:?}"));
                assert_eq!(f.severity, Severity::Error, "{code} {field}");
                assert_eq!(f.section, info.primary_spec().unwrap().to_string());
                checked += 1;
            }
            let all: Vec<(&str, &str)> = musts.iter().map(|f| (*f, "x")).collect();
            let found = findings_for(code.as_u16(), true, "GET", &all);
            assert!(
                !found.iter().any(|f| f.id.starts_with("missing-")),
                "{code} with every field: {found:?}"
            );
        }
        assert!(checked >= 6, "only {checked} rules checked");
    }

    #[test]
    fn a_conditional_rule_makes_no_unconditional_finding() {
        // 304's fields hold "if a 200 to the same request would carry it": not decided
        // from the 304 alone.
        let not_modified = findings_for(304, true, "GET", &[]);
        assert!(
            !not_modified.iter().any(|f| f.id.starts_with("missing-")),
            "{not_modified:?}"
        );
        // 206: Content-Range only for a single part; Date, ETag … only like a 200.
        let partial = findings_for(206, true, "GET", &[]);
        let ids: Vec<&str> = partial.iter().map(|f| &*f.id).collect();
        assert_eq!(ids, ["missing-content-range"], "{partial:?}");
        assert!(partial[0].message.en.contains("when a single part is sent"));
        let multipart = findings_for(
            206,
            true,
            "GET",
            &[("Content-Type", "multipart/byteranges; boundary=b")],
        );
        assert!(multipart.is_empty(), "{multipart:?}");
        // Every condition the check decides is a conditional rule of the core.
        for c in rules::DECIDED_CONDITIONS {
            let rule = c.code.info().and_then(|i| i.header(c.field));
            let (code, field) = (c.code, c.field);
            assert!(
                rule.is_some_and(|r| r.condition.is_some()),
                "{code} {field}"
            );
        }
    }

    #[test]
    fn a_redirect_without_location_cannot_be_followed() {
        for info in httpstatus::entries_with(httpstatus::Fact::Redirect) {
            let code = info.code;
            if info.is_unofficial() {
                continue;
            }
            let found = findings_for(code.as_u16(), true, "GET", &[]);
            let f = found.iter().find(|f| f.id == "missing-location");
            let f = f.unwrap_or_else(|| panic!("{code}: {found:?}"));
            assert_eq!(
                f.severity,
                Severity::Warning,
                "{code}: Location is a SHOULD"
            );
            assert!(f.message.en.contains("cannot follow"), "{code}");
        }
        // A SHOULD that is not a redirect's Location is advice, not a finding.
        assert!(findings_for(200, true, "GET", &[]).is_empty());
        assert!(findings_for(201, true, "GET", &[]).is_empty());
    }

    #[test]
    fn http2_is_not_asked_for_connection_fields() {
        let h1 = findings_for(426, true, "GET", &[]);
        assert!(h1.iter().any(|f| f.id == "missing-upgrade"));
        assert!(h1.iter().any(|f| f.id == "missing-connection"));
        let h2 = findings_for(426, false, "GET", &[]);
        assert!(!h2.iter().any(|f| f.id.starts_with("missing-")), "{h2:?}");
        assert!(
            findings_for(401, false, "GET", &[])
                .iter()
                .any(|f| f.id == "missing-www-authenticate")
        );
    }

    #[test]
    fn post_redirect_advice_names_the_codes_that_say_what_is_meant() {
        let permanent = findings_for(301, true, "POST", &[("Location", "/x")]);
        let f = permanent
            .iter()
            .find(|f| f.id == "post-redirect-may-change")
            .unwrap();
        assert!(
            f.message.en.contains("Use 303") && f.message.en.contains("or 308"),
            "{}",
            f.message.en
        );
        assert_eq!(f.section, "RFC 9110 §15.4.2");
        let temporary = findings_for(302, true, "POST", &[("Location", "/x")]);
        let f = temporary
            .iter()
            .find(|f| f.id == "post-redirect-may-change")
            .unwrap();
        assert!(f.message.en.contains("or 307"), "{}", f.message.en);
        assert!(findings_for(307, true, "POST", &[("Location", "/x")]).is_empty());
    }
}
