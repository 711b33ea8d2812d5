//! One function per rule. Each looks at one response and adds what it finds; none keeps
//! a fact of its own that the core holds: required header fields come from the code's
//! [`Info::headers`], redirect behaviour from [`Info::redirect`], whether content may
//! follow from [`Info::content`](httpstatus::Info::content), phrases and aliases from the
//! entry, and each finding cites the code's defining section ([`Info::primary_spec`]).

use std::borrow::Cow;

use httpstatus::{Info, RedirectMethod, Requirement, StatusCode};

use super::values::{looks_like_error_page, valid_retry_after};
use super::{Received, finding, section_of};
use crate::report::{Finding, Severity};

/// Header fields that belong to one connection: HTTP/2 forbids them (RFC 9113 §8.2.2), so
/// a rule that asks for one holds on HTTP/1.x only.
const CONNECTION_SPECIFIC: [&str; 5] = [
    "Connection",
    "Keep-Alive",
    "Proxy-Connection",
    "Transfer-Encoding",
    "Upgrade",
];

/// Framing fields, which a response without content must not carry (RFC 9110 §8.6,
/// RFC 9112 §6.1), each with its section.
const FRAMING: [(&str, &str); 2] = [
    ("Content-Length", "RFC 9110 §8.6"),
    ("Transfer-Encoding", "RFC 9112 §6.1"),
];

/// A code outside the registry: invalid (above 599), unassigned, or unofficial.
pub(super) fn status_outside_registry(r: &Received<'_>, out: &mut Vec<Finding>) {
    let Ok(sc) = StatusCode::from_u16(r.status) else {
        return;
    };
    let code = r.status;
    let (ko_vendor, en_vendor) = (vendor_note_ko(sc), vendor_note_en(sc));
    if sc.class().is_none() {
        out.push(finding(
            "invalid-status",
            Severity::Error,
            "RFC 9110 §15",
            format!("{code}은(는) 유효한 상태 코드 범위(100–599) 밖입니다. 클라이언트는 이런 응답을 5xx로 처리해야 합니다.{ko_vendor}"),
            format!("{code} is outside the valid range of status codes (100–599); clients should treat the response as a 5xx.{en_vendor}"),
        ));
    } else if !sc.is_registered() {
        let as_code = sc.handled_as().as_u16();
        let unassigned = sc.infos().is_empty();
        let (id, severity) = if unassigned {
            ("unassigned-status", Severity::Warning)
        } else {
            ("unofficial-status", Severity::Info)
        };
        let (ko_kind, en_kind) = if unassigned {
            ("등록되지 않은", "an unassigned")
        } else {
            ("비공식", "an unofficial")
        };
        out.push(finding(
            id,
            severity,
            "RFC 9110 §15",
            format!("{code}은(는) {ko_kind} 상태 코드입니다. 이 코드를 모르는 클라이언트는 {as_code}처럼 처리합니다.{ko_vendor}"),
            format!("{code} is {en_kind} status code; a client that does not know it treats it as {as_code}.{en_vendor}"),
        ));
    }
}

/// A header field the code's entry requires and the response lacks.
///
/// Which rules of [`Info::headers`] make a finding: every MUST (an error), and a
/// redirect's `Location` (a warning, as its SHOULD asks: without it the redirect cannot
/// be followed). Other SHOULDs (a 200's `ETag`) are advice about the representation, not
/// faults of the response, and MAYs are choices. A rule that holds only under a condition
/// makes a finding only when the response shows that the condition is met (see
/// [`condition_met`]); a field HTTP/2 forbids is not asked of an HTTP/2 response.
pub(super) fn missing_header_fields(r: &Received<'_>, out: &mut Vec<Finding>) {
    let Some(info) = r.info() else {
        return;
    };
    let code = r.status;
    for rule in info.headers {
        let redirect_location = info.redirect.is_some() && rule.name == "Location";
        let asked = rule.requirement == Requirement::Must || redirect_location;
        let connection_specific = CONNECTION_SPECIFIC
            .iter()
            .any(|f| f.eq_ignore_ascii_case(rule.name));
        if !asked || r.header(rule.name).is_some() || (connection_specific && !r.http1) {
            continue;
        }
        let field = rule.name;
        let id = missing_id(field);
        let section = section_of(info);
        let severity = match rule.requirement {
            Requirement::Must => Severity::Error,
            _ => Severity::Warning,
        };
        if redirect_location {
            out.push(finding(
                id,
                severity,
                section,
                format!("{code} 응답에 Location 헤더 필드가 없어 클라이언트가 리다이렉트를 따라갈 수 없습니다."),
                format!("The {code} response has no Location header field, so the client cannot follow the redirect."),
            ));
            continue;
        }
        match rule.condition {
            None => out.push(finding(
                id,
                severity,
                section,
                format!("{code} 응답에는 {field} 헤더 필드가 반드시 있어야 하는데 없습니다."),
                format!(
                    "A {code} response must carry a {field} header field, and this one has none."
                ),
            )),
            Some(condition) if condition_met(info, field, r) => out.push(finding(
                id,
                severity,
                section,
                format!(
                    "{code} 응답에는 {} {field} 헤더 필드가 반드시 있어야 하는데 없습니다.",
                    condition.ko
                ),
                format!(
                    "A {code} response must carry a {field} header field {}, and this one has none.",
                    condition.en
                ),
            )),
            Some(_) => {}
        }
    }
}

/// A condition of a header rule that a response shows to be met, or not.
pub(super) struct DecidedCondition {
    /// The code whose rule it is.
    pub(super) code: StatusCode,
    /// The field the rule asks for.
    pub(super) field: &'static str,
    /// Whether the response meets the condition.
    pub(super) met: fn(&Received<'_>) -> bool,
}

/// The conditions of header rules that a response shows to be met, by the code and the
/// field the rule is for; any other condition ("if a 200 to the same request would carry
/// it") is not decided from one response, so its rule makes no finding.
///
/// - 206 `Content-Range`, "when a single part is sent": the content is not
///   `multipart/byteranges` (RFC 9110 §15.3.7).
pub(super) const DECIDED_CONDITIONS: [DecidedCondition; 1] = [DecidedCondition {
    code: StatusCode::PARTIAL_CONTENT,
    field: "Content-Range",
    met: single_part,
}];

fn condition_met(info: &Info, field: &str, r: &Received<'_>) -> bool {
    DECIDED_CONDITIONS
        .iter()
        .find(|c| c.code == info.code && c.field.eq_ignore_ascii_case(field))
        .is_some_and(|c| (c.met)(r))
}

fn single_part(r: &Received<'_>) -> bool {
    !r.header("Content-Type").is_some_and(|t| {
        t.trim()
            .to_ascii_lowercase()
            .starts_with("multipart/byteranges")
    })
}

/// `missing-www-authenticate` for `WWW-Authenticate`.
fn missing_id(field: &str) -> Cow<'static, str> {
    Cow::Owned(format!("missing-{}", field.to_ascii_lowercase()))
}

/// A 416 for a byte range should say the current length: `Content-Range: bytes */n`.
pub(super) fn unsatisfiable_range(r: &Received<'_>, out: &mut Vec<Finding>) {
    if r.status != StatusCode::RANGE_NOT_SATISFIABLE.as_u16() {
        return;
    }
    let ok = r.header("Content-Range").is_some_and(|v| {
        v.trim()
            .strip_prefix("bytes */")
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

/// `Content-Length` or `Transfer-Encoding` on an interim response.
pub(super) fn framing_in_interim(r: &Received<'_>, out: &mut Vec<Finding>) {
    for (status, headers) in r.interim {
        for (field, section) in FRAMING {
            if headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(field)) {
                out.push(finding(
                    "framing-in-1xx",
                    Severity::Error,
                    section,
                    format!("중간 응답 {status}에 {field} 헤더 필드가 있습니다. 1xx 응답에는 보낼 수 없습니다."),
                    format!("The interim {status} response carries {field}, which a 1xx response must not send."),
                ));
            }
        }
    }
}

/// `Content-Length` or `Transfer-Encoding` on a 204.
pub(super) fn framing_in_204(r: &Received<'_>, out: &mut Vec<Finding>) {
    if r.status != StatusCode::NO_CONTENT.as_u16() {
        return;
    }
    for (field, section) in FRAMING {
        if r.header(field).is_some() {
            out.push(finding(
                "framing-in-204",
                Severity::Error,
                section,
                format!("204 응답에 {field} 헤더 필드가 있습니다. 204에는 보낼 수 없습니다."),
                format!("The 204 response carries {field}, which a 204 must not send."),
            ));
        }
    }
}

/// Bytes after a final response that cannot contain content (204, 304): they are read
/// as the start of the next response on the connection.
pub(super) fn content_after_no_content(r: &Received<'_>, out: &mut Vec<Finding>) {
    let cannot_contain = r
        .info()
        .is_some_and(|i| i.content_forbidden() && !i.code.is_informational());
    if !cannot_contain || r.content_len == 0 {
        return;
    }
    let (code, n) = (r.status, r.content_len);
    out.push(finding(
        "content-in-no-content",
        Severity::Error,
        "RFC 9110 §6.4.1",
        format!("{code} 응답 뒤에 콘텐츠 {n}바이트가 왔습니다. {code} 응답은 헤더 필드 다음에서 끝나므로, 이 바이트는 같은 연결의 다음 응답을 망가뜨립니다."),
        format!("{n} bytes of content followed the {code} response. A {code} ends after its header section, so these bytes corrupt the next response on the connection."),
    ));
}

/// A reason phrase other than the registered one: unknown, or a former or common name.
pub(super) fn reason_phrase(r: &Received<'_>, out: &mut Vec<Finding>) {
    if !r.http1 {
        return;
    }
    let Some(info) = r.info() else {
        return;
    };
    if !info.registration.is_registered() {
        return;
    }
    let got = r.reason.trim();
    let known = std::iter::once(info.reason).chain(info.aliases.iter().copied());
    if !known.clone().any(|p| p.eq_ignore_ascii_case(got)) {
        let (got_ko, got_en) = if r.reason.is_empty() {
            ("(없음)".to_owned(), "(none)".to_owned())
        } else {
            (format!("\"{}\"", r.reason), format!("\"{}\"", r.reason))
        };
        out.push(finding(
            "reason-phrase",
            Severity::Info,
            "RFC 9112 §4",
            format!("사유 구문 {got_ko}이(가) 등록된 \"{}\"와 다릅니다. 클라이언트는 사유 구문을 무시하므로 동작에는 영향이 없습니다.", info.reason),
            format!("The reason phrase {got_en} differs from the registered \"{}\"; clients ignore reason phrases, so behaviour is unaffected.", info.reason),
        ));
    } else if !info.reason.eq_ignore_ascii_case(got) && !info.reason.starts_with('(') {
        // Who uses the alias decides what to call it: an RFC's former name, or a
        // phrase an implementation sends ("Not Allowed", nginx).
        let from = info.alias_origin(got);
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

/// `Retry-After` must be delay-seconds or an HTTP-date.
pub(super) fn retry_after(r: &Received<'_>, out: &mut Vec<Finding>) {
    let Some(v) = r.header("Retry-After") else {
        return;
    };
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

/// A POST answered with a redirect that lets user agents turn it into a GET (301, 302):
/// clients differ. The advice names the codes that say what is meant: the redirect
/// followed with GET (303), and the one that keeps the method with the same permanence
/// (308 for 301, 307 for 302).
pub(super) fn post_redirect(r: &Received<'_>, out: &mut Vec<Finding>) {
    let Some(info) = r.info() else {
        return;
    };
    let Some(redirect) = info.redirect else {
        return;
    };
    if redirect.method != RedirectMethod::MayChange || !r.method.eq_ignore_ascii_case("POST") {
        return;
    }
    let redirect_with = |method: RedirectMethod, permanent: Option<bool>| {
        httpstatus::entries()
            .iter()
            .filter(|i| i.registration.is_registered())
            .find(|i| {
                i.redirect.is_some_and(|d| {
                    d.method == method && permanent.is_none_or(|p| d.permanent == p)
                })
            })
            .map_or(0, |i| i.code.as_u16())
    };
    let as_get = redirect_with(RedirectMethod::Get, None);
    let keep = redirect_with(RedirectMethod::Keep, Some(redirect.permanent));
    let code = r.status;
    out.push(finding(
        "post-redirect-may-change",
        Severity::Warning,
        section_of(info),
        format!("POST에 {code}으로 답했습니다. 사용자 에이전트는 이때 POST를 GET으로 바꿀 수 있어 결과가 클라이언트마다 다릅니다. GET으로 결과를 보여 주려면 {as_get}, 메서드를 유지하려면 {keep}을(를) 쓰십시오."),
        format!("A POST was answered with {code}; user agents may turn the POST into a GET here, so clients differ. Use {as_get} to show a result with GET, or {keep} to keep the method."),
    ));
}

/// A 200 whose content looks like an error page.
pub(super) fn soft_error(r: &Received<'_>, out: &mut Vec<Finding>) {
    if r.status == StatusCode::OK.as_u16() && looks_like_error_page(r.sample) {
        out.push(finding(
            "soft-error",
            Severity::Warning,
            "RFC 9110 §15.3.1",
            "200 OK로 왔지만 콘텐츠는 오류 페이지처럼 보입니다(제목에 not found, error 등). 캐시와 검색 엔진, 모니터링이 이를 성공으로 받아들이므로 알맞은 4xx나 5xx를 보내야 합니다.".to_owned(),
            "The status is 200 OK but the content looks like an error page (\"not found\", \"error\" in its title). Caches, crawlers and monitors take it for a success; send the fitting 4xx or 5xx instead.".to_owned(),
        ));
    }
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
