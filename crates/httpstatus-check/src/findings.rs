//! The checks: what a response got wrong by RFC 9110 and its companions, each with a
//! severity and the section it rests on. Pure functions of what was received.

use httpstatus::{Registration, StatusCode};

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
}

fn finding(
    id: &'static str,
    severity: Severity,
    section: &'static str,
    ko: String,
    en: String,
) -> Finding {
    Finding {
        id,
        severity,
        section,
        message: Message { ko, en },
    }
}

/// Every finding for `r`.
pub fn inspect(r: &Received<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let code = r.status;
    let has = |name: &str| r.header(name).is_some();

    // Status codes outside the registry.
    match StatusCode::from_u16(code) {
        Err(_) => {}
        Ok(sc) if !(100..=599).contains(&code) => out.push(finding(
            "invalid-status",
            Severity::Error,
            "RFC 9110 §15",
            format!("{code}은(는) 유효한 상태 코드 범위(100–599) 밖입니다. 클라이언트는 이런 응답을 5xx로 처리해야 합니다.{}", vendor_note_ko(sc)),
            format!("{code} is outside the valid range of status codes (100–599); clients should treat the response as a 5xx.{}", vendor_note_en(sc)),
        )),
        Ok(sc) if !sc.is_registered() => {
            let as_code = sc.handled_as().as_u16();
            let (ko_vendor, en_vendor) = (vendor_note_ko(sc), vendor_note_en(sc));
            let (id, severity) = if sc.infos().is_empty() { ("unassigned-status", Severity::Warning) } else { ("unofficial-status", Severity::Info) };
            let (ko_kind, en_kind) = if sc.infos().is_empty() { ("등록되지 않은", "an unassigned") } else { ("비공식", "an unofficial") };
            out.push(finding(
                id,
                severity,
                "RFC 9110 §15",
                format!("{code}은(는) {ko_kind} 상태 코드입니다. 이 코드를 모르는 클라이언트는 {as_code}처럼 처리합니다.{ko_vendor}"),
                format!("{code} is {en_kind} status code; a client that does not know it treats it as {as_code}.{en_vendor}"),
            ));
        }
        Ok(_) => {}
    }

    // Header fields that a code requires.
    let required: [(u16, &str, Severity, &'static str, &'static str); 5] = [
        (
            401,
            "WWW-Authenticate",
            Severity::Error,
            "RFC 9110 §15.5.2",
            "missing-www-authenticate",
        ),
        (
            407,
            "Proxy-Authenticate",
            Severity::Error,
            "RFC 9110 §15.5.8",
            "missing-proxy-authenticate",
        ),
        (
            405,
            "Allow",
            Severity::Error,
            "RFC 9110 §15.5.6",
            "missing-allow",
        ),
        (
            426,
            "Upgrade",
            Severity::Error,
            "RFC 9110 §15.5.22",
            "missing-upgrade",
        ),
        (
            303,
            "Location",
            Severity::Error,
            "RFC 9110 §15.4.4",
            "missing-location",
        ),
    ];
    for (c, field, severity, section, id) in required {
        if code == c && !has(field) {
            out.push(finding(
                id,
                severity,
                section,
                format!("{code} 응답에는 {field} 헤더 필드가 반드시 있어야 하는데 없습니다."),
                format!(
                    "A {code} response must carry a {field} header field, and this one has none."
                ),
            ));
        }
    }
    if matches!(code, 301 | 302 | 307 | 308) && !has("Location") {
        let section = match code {
            301 => "RFC 9110 §15.4.2",
            302 => "RFC 9110 §15.4.3",
            307 => "RFC 9110 §15.4.8",
            _ => "RFC 9110 §15.4.9",
        };
        out.push(finding(
            "missing-location",
            Severity::Warning,
            section,
            format!("{code} 응답에 Location 헤더 필드가 없어 클라이언트가 리다이렉트를 따라갈 수 없습니다."),
            format!("The {code} response has no Location header field, so the client cannot follow the redirect."),
        ));
    }
    if code == 206 {
        let multipart = r.header("Content-Type").is_some_and(|t| {
            t.trim()
                .to_ascii_lowercase()
                .starts_with("multipart/byteranges")
        });
        if !multipart && !has("Content-Range") {
            out.push(finding(
                "missing-content-range",
                Severity::Error,
                "RFC 9110 §15.3.7",
                "단일 범위 206 응답에는 어느 부분인지 알리는 Content-Range 헤더 필드가 반드시 있어야 합니다.".to_owned(),
                "A single-part 206 response must carry Content-Range to say which part it is.".to_owned(),
            ));
        }
    }
    if code == 416 {
        let ok = r.header("Content-Range").is_some_and(|v| {
            let v = v.trim();
            v.strip_prefix("bytes */")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        if !ok {
            out.push(finding(
                "bad-416-content-range",
                Severity::Warning,
                "RFC 9110 §15.5.17",
                "바이트 범위에 대한 416 응답은 현재 길이를 알리는 Content-Range: bytes */길이 를 보내야 합니다.".to_owned(),
                "A 416 for a byte range should send Content-Range: bytes */length with the current length.".to_owned(),
            ));
        }
    }

    // Framing of responses without content.
    for (status, headers) in r.interim {
        for field in ["Content-Length", "Transfer-Encoding"] {
            if headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(field)) {
                out.push(finding(
                    "framing-in-1xx",
                    Severity::Error,
                    if field == "Content-Length" { "RFC 9110 §8.6" } else { "RFC 9112 §6.1" },
                    format!("중간 응답 {status}에 {field} 헤더 필드가 있습니다. 1xx 응답에는 보낼 수 없습니다."),
                    format!("The interim {status} response carries {field}, which a 1xx response must not send."),
                ));
            }
        }
    }
    if code == 204 {
        for field in ["Content-Length", "Transfer-Encoding"] {
            if has(field) {
                out.push(finding(
                    "framing-in-204",
                    Severity::Error,
                    if field == "Content-Length" {
                        "RFC 9110 §8.6"
                    } else {
                        "RFC 9112 §6.1"
                    },
                    format!("204 응답에 {field} 헤더 필드가 있습니다. 204에는 보낼 수 없습니다."),
                    format!("The 204 response carries {field}, which a 204 must not send."),
                ));
            }
        }
    }
    if (code == 204 || code == 304) && r.content_len > 0 {
        out.push(finding(
            "content-in-no-content",
            Severity::Error,
            "RFC 9110 §6.4.1",
            format!("{code} 응답 뒤에 콘텐츠 {}바이트가 왔습니다. {code} 응답은 헤더 필드 다음에서 끝나므로, 이 바이트는 같은 연결의 다음 응답을 망가뜨립니다.", r.content_len),
            format!("{} bytes of content followed the {code} response. A {code} ends after its header section, so these bytes corrupt the next response on the connection.", r.content_len),
        ));
    }

    // The reason phrase.
    if r.http1 {
        if let Some(info) = StatusCode::from_u16(code).ok().and_then(StatusCode::info) {
            let registered = info.registration != Registration::Unofficial;
            let known = std::iter::once(info.reason).chain(info.aliases.iter().copied());
            let matches = known
                .clone()
                .any(|p| p.eq_ignore_ascii_case(r.reason.trim()));
            if registered && !matches {
                let got = if r.reason.is_empty() {
                    "(없음)".to_owned()
                } else {
                    format!("\"{}\"", r.reason)
                };
                let got_en = if r.reason.is_empty() {
                    "(none)".to_owned()
                } else {
                    format!("\"{}\"", r.reason)
                };
                out.push(finding(
                    "reason-phrase",
                    Severity::Info,
                    "RFC 9112 §4",
                    format!("사유 구문 {got}이(가) 등록된 \"{}\"와 다릅니다. 클라이언트는 사유 구문을 무시하므로 동작에는 영향이 없습니다.", info.reason),
                    format!("The reason phrase {got_en} differs from the registered \"{}\"; clients ignore reason phrases, so behaviour is unaffected.", info.reason),
                ));
            } else if registered
                && !info.reason.eq_ignore_ascii_case(r.reason.trim())
                && !info.reason.starts_with('(')
            {
                // Who uses the alias decides what to call it: an RFC's former name, or a
                // phrase an implementation sends ("Not Allowed", nginx).
                let from = info.alias_origin(r.reason.trim());
                let rfcs: Vec<&str> = from
                    .iter()
                    .copied()
                    .filter(|f| f.starts_with("RFC "))
                    .collect();
                let (ko, en) = if !rfcs.is_empty() {
                    (
                        format!("이전 이름입니다({})", rfcs.join(", ")),
                        format!("is a former name ({})", rfcs.join(", ")),
                    )
                } else if !from.is_empty() {
                    (
                        format!("{}이(가) 쓰는 이름입니다", from.join(", ")),
                        format!("is the one {} uses", from.join(", ")),
                    )
                } else {
                    (
                        "널리 쓰이는 다른 이름입니다".to_owned(),
                        "is another common name".to_owned(),
                    )
                };
                out.push(finding(
                    "former-reason-phrase",
                    Severity::Info,
                    "RFC 9112 §4",
                    format!(
                        "사유 구문 \"{}\"은(는) {ko}. RFC 9110의 이름은 \"{}\"입니다.",
                        r.reason, info.reason
                    ),
                    format!(
                        "The reason phrase \"{}\" {en}; RFC 9110 calls it \"{}\".",
                        r.reason, info.reason
                    ),
                ));
            }
        }
    }

    // Retry-After must be delay-seconds or an HTTP-date.
    if let Some(v) = r.header("Retry-After") {
        if !valid_retry_after(v) {
            out.push(finding(
                "invalid-retry-after",
                Severity::Warning,
                "RFC 9110 §10.2.3",
                format!("Retry-After 값 \"{v}\"은(는) 초 단위 정수도 HTTP 날짜도 아니어서 클라이언트가 무시합니다."),
                format!("The Retry-After value \"{v}\" is neither a number of seconds nor an HTTP-date, so clients ignore it."),
            ));
        }
    }

    // 301/302 after POST.
    if matches!(code, 301 | 302) && r.method.eq_ignore_ascii_case("POST") {
        out.push(finding(
            "post-redirect-may-change",
            Severity::Warning,
            if code == 301 { "RFC 9110 §15.4.2" } else { "RFC 9110 §15.4.3" },
            format!("POST에 {code}으로 답했습니다. 사용자 에이전트는 이때 POST를 GET으로 바꿀 수 있어 결과가 클라이언트마다 다릅니다. GET으로 결과를 보여 주려면 303, 메서드를 유지하려면 {}을(를) 쓰십시오.", if code == 301 { 308 } else { 307 }),
            format!("A POST was answered with {code}; user agents may turn the POST into a GET here, so clients differ. Use 303 to show a result with GET, or {} to keep the method.", if code == 301 { 308 } else { 307 }),
        ));
    }

    // A 200 that is an error page.
    if code == 200 && looks_like_error_page(r.sample) {
        out.push(finding(
            "soft-error",
            Severity::Warning,
            "RFC 9110 §15.3.1",
            "200 OK로 왔지만 콘텐츠는 오류 페이지처럼 보입니다(제목에 not found, error 등). 캐시와 검색 엔진, 모니터링이 이를 성공으로 받아들이므로 알맞은 4xx나 5xx를 보내야 합니다.".to_owned(),
            "The status is 200 OK but the content looks like an error page (\"not found\", \"error\" in its title). Caches, crawlers and monitors take it for a success; send the fitting 4xx or 5xx instead.".to_owned(),
        ));
    }
    out
}

fn vendor_note_en(code: StatusCode) -> String {
    let notes: Vec<String> = code
        .infos()
        .iter()
        .filter(|i| i.is_unofficial())
        .map(|i| format!("{} ({})", i.reason, i.vendors.join(", ")))
        .collect();
    if notes.is_empty() {
        String::new()
    } else {
        format!(" Known unofficial meaning: {}.", notes.join("; "))
    }
}

fn vendor_note_ko(code: StatusCode) -> String {
    let notes: Vec<String> = code
        .infos()
        .iter()
        .filter(|i| i.is_unofficial())
        .map(|i| format!("{} ({})", i.title.ko, i.vendors.join(", ")))
        .collect();
    if notes.is_empty() {
        String::new()
    } else {
        format!(" 알려진 비공식 의미: {}.", notes.join("; "))
    }
}

/// `delay-seconds` or an IMF-fixdate / obsolete HTTP-date (RFC 9110 §5.6.7).
pub fn valid_retry_after(v: &str) -> bool {
    let v = v.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    http_date(v)
}

fn http_date(v: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let time = |s: &str| {
        let p: Vec<&str> = s.split(':').collect();
        p.len() == 3 && p.iter().all(|x| digits(x, 2))
    };
    let parts: Vec<&str> = v.split_whitespace().collect();
    match parts.as_slice() {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        [day, dd, mon, yyyy, t, "GMT"] => {
            day.strip_suffix(',').is_some_and(|d| DAYS.contains(&d))
                && digits(dd, 2)
                && MONTHS.contains(mon)
                && digits(yyyy, 4)
                && time(t)
        }
        // rfc850-date: Sunday, 06-Nov-94 08:49:37 GMT
        [day, date, t, "GMT"] => {
            let d: Vec<&str> = date.split('-').collect();
            day.ends_with(',')
                && d.len() == 3
                && digits(d[0], 2)
                && MONTHS.contains(&d[1])
                && digits(d[2], 2)
                && time(t)
        }
        // asctime-date: Sun Nov  6 08:49:37 1994
        [day, mon, d, t, yyyy] => {
            DAYS.contains(day)
                && MONTHS.contains(mon)
                && (digits(d, 1) || digits(d, 2))
                && time(t)
                && digits(yyyy, 4)
        }
        _ => false,
    }
}

/// A page titled like an error: "404", "not found", "error", "찾을 수 없".
pub fn looks_like_error_page(sample: &[u8]) -> bool {
    let text = String::from_utf8_lossy(sample).to_lowercase();
    let pick = |open: &str, close: &str| {
        text.find(open).and_then(|i| {
            let rest = &text[i + open.len()..];
            let start = rest.find('>').map(|j| j + 1)?;
            let end = rest[start..].find(close)?;
            Some(rest[start..start + end].to_owned())
        })
    };
    let heads: Vec<String> = [pick("<title", "</title>"), pick("<h1", "</h1>")]
        .into_iter()
        .flatten()
        .collect();
    const SIGNS: [&str; 9] = [
        "not found",
        "404",
        "500",
        "internal server error",
        "error",
        "page not found",
        "찾을 수 없",
        "오류",
        "forbidden",
    ];
    heads.iter().any(|h| SIGNS.iter().any(|s| h.contains(s)))
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
        inspect(&r).into_iter().map(|f| f.id).collect()
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
}
