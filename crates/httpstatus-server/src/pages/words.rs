//! The page's own words around the core's texts, each as a Korean/English pair, and the
//! core's facts in words. The terms follow `docs/glossary.md` and the CLI's card, so the
//! page and `httpstatus 404` say the same thing.

use httpstatus::{
    Cacheability, Class, Content, Lang, Redirect, RedirectMethod, Requirement, Retry, Sender,
    StatusCode,
};

/// `ko` or `en` by `lang`.
pub(crate) fn tr(lang: Lang, ko: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ko => ko,
        _ => en,
    }
}

/// The other language: where the language switch points.
pub(crate) fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Ko => Lang::En,
        _ => Lang::Ko,
    }
}

/// What the page says about content.
pub(crate) fn content(lang: Lang, c: Content) -> &'static str {
    match c {
        Content::Allowed => tr(lang, "허용", "allowed"),
        Content::Forbidden => tr(
            lang,
            "금지: 응답에 콘텐츠를 담을 수 없음",
            "forbidden: the response cannot contain content",
        ),
        Content::NotGenerated => tr(
            lang,
            "생성 금지: 서버가 콘텐츠를 만들어 보내면 안 됨",
            "not generated: the server must not send content",
        ),
        _ => c.as_str(),
    }
}

/// Short form of [`content`] for the comparison table.
pub(crate) fn content_short(lang: Lang, c: Content) -> &'static str {
    match c {
        Content::Allowed => tr(lang, "허용", "allowed"),
        Content::Forbidden => tr(lang, "금지", "forbidden"),
        Content::NotGenerated => tr(lang, "생성 금지", "not generated"),
        _ => c.as_str(),
    }
}

/// What the page says about caching.
pub(crate) fn cache(lang: Lang, c: Cacheability) -> &'static str {
    match c {
        Cacheability::Heuristic => tr(
            lang,
            "휴리스틱 캐시 가능: 명시적 신선도 정보가 없어도 캐시가 재사용할 수 있음",
            "heuristically cacheable: a cache may reuse it without explicit freshness",
        ),
        Cacheability::Explicit => tr(
            lang,
            "명시적 신선도 정보(Cache-Control, Expires)가 있을 때만 저장",
            "stored only with explicit freshness (Cache-Control, Expires)",
        ),
        Cacheability::MustNotStore => tr(lang, "캐시에 저장하면 안 됨", "caches must not store it"),
        Cacheability::Never => tr(lang, "저장되지 않음", "never stored"),
        _ => c.as_str(),
    }
}

/// Short form of [`cache`] for the comparison table.
pub(crate) fn cache_short(lang: Lang, c: Cacheability) -> &'static str {
    match c {
        Cacheability::Heuristic => tr(lang, "휴리스틱 캐시 가능", "heuristically cacheable"),
        Cacheability::Explicit => tr(lang, "명시적일 때만", "explicit freshness only"),
        Cacheability::MustNotStore => tr(lang, "저장 금지", "must not be stored"),
        Cacheability::Never => tr(lang, "저장 안 됨", "never stored"),
        _ => c.as_str(),
    }
}

/// "permanent, method and content kept".
pub(crate) fn redirect(lang: Lang, r: Redirect) -> String {
    let kind = if r.permanent {
        tr(lang, "영구", "permanent")
    } else {
        tr(lang, "임시", "temporary")
    };
    let method = match r.method {
        RedirectMethod::Keep => tr(lang, "메서드와 콘텐츠 유지", "method and content kept"),
        RedirectMethod::MayChange => tr(lang, "POST가 GET으로 바뀔 수 있음", "POST may become GET"),
        RedirectMethod::Get => tr(
            lang,
            "GET(또는 HEAD)으로 따라감",
            "followed with GET (or HEAD)",
        ),
        _ => r.method.as_str(),
    };
    format!("{kind}, {method}")
}

/// The retry hint.
pub(crate) fn retry(lang: Lang, r: Retry) -> &'static str {
    match r {
        Retry::RetryAfter => tr(
            lang,
            "Retry-After에 적힌 시간 뒤에 재시도",
            "retry after the time in Retry-After",
        ),
        Retry::Repeat => tr(
            lang,
            "요청을 다시 보내도 됨(필요하면 새 연결로)",
            "the request may be repeated, on a new connection if needed",
        ),
        Retry::NewConnection => tr(
            lang,
            "다른 연결로 재시도(멱등이 아닌 요청도 가능)",
            "retry on a different connection, even a non-idempotent request",
        ),
        Retry::NoEarlyData => tr(
            lang,
            "TLS 조기 데이터 없이 재시도",
            "retry, but not in TLS early data",
        ),
        Retry::WithoutExpect => tr(
            lang,
            "Expect: 100-continue 없이 재시도",
            "retry without Expect: 100-continue",
        ),
        Retry::WithLength => tr(
            lang,
            "올바른 Content-Length를 붙여 다시 요청",
            "repeat with a valid Content-Length",
        ),
        Retry::Transient => tr(
            lang,
            "일시적인 경우가 많아 멱등 요청은 흔히 재시도함(관례, RFC 규정 아님)",
            "often transient; idempotent requests are commonly retried (a convention, not RFC text)",
        ),
        _ => r.as_str(),
    }
}

/// Short form of [`retry`] for the comparison table.
pub(crate) fn retry_short(lang: Lang, r: Retry) -> &'static str {
    match r {
        Retry::RetryAfter => tr(lang, "Retry-After 뒤 재시도", "after Retry-After"),
        Retry::Repeat => tr(lang, "다시 요청 가능", "may be repeated"),
        Retry::NewConnection => tr(lang, "다른 연결로 재시도", "on another connection"),
        Retry::NoEarlyData => tr(lang, "조기 데이터 없이", "without early data"),
        Retry::WithoutExpect => tr(lang, "Expect 없이", "without Expect"),
        Retry::WithLength => tr(lang, "Content-Length를 붙여", "with Content-Length"),
        Retry::Transient => tr(lang, "일시적(관례)", "often transient"),
        _ => r.as_str(),
    }
}

/// Who sends it, short, for the comparison table.
pub(crate) fn sender_short(lang: Lang, s: Sender) -> &'static str {
    match s {
        Sender::Origin => tr(lang, "오리진 서버", "origin server"),
        Sender::Intermediary => tr(lang, "중개자", "intermediary"),
        Sender::Any => tr(lang, "오리진 또는 중개자", "origin or intermediary"),
        Sender::LoggedOnly => tr(lang, "로그에만 기록", "logs only"),
        _ => s.as_str(),
    }
}

/// RFC 2119 keyword, the same in both languages.
pub(crate) fn requirement(r: Requirement) -> &'static str {
    match r {
        Requirement::Must => "MUST",
        Requirement::Should => "SHOULD",
        Requirement::May => "MAY",
        _ => r.as_str(),
    }
}

/// "4xx 클라이언트 오류" / "4xx Client Error".
pub(crate) fn class_name(lang: Lang, class: Class) -> String {
    format!("{} {}", class.range(), class.name().get(lang))
}

/// "404 Not Found", or the number alone when nothing is known about it.
pub(crate) fn code_name(code: StatusCode) -> String {
    match code.reason() {
        Some(r) => format!("{} {r}", code.as_u16()),
        None => code.as_u16().to_string(),
    }
}

/// How a client that does not know `code` treats it (RFC 9110 §15), or `None` when the
/// code is registered (it is handled as itself).
pub(crate) fn handled_as(lang: Lang, code: StatusCode) -> Option<String> {
    let as_code = code.handled_as();
    if as_code == code {
        return None;
    }
    let target = code_name(as_code);
    Some(match (code.class(), lang) {
        (Some(_), Lang::Ko) => {
            format!("이 코드를 모르는 클라이언트는 {target}로 처리합니다(RFC 9110 §15).")
        }
        (Some(_), _) => {
            format!("A client that does not know this code treats it as {target} (RFC 9110 §15).")
        }
        (None, Lang::Ko) => format!(
            "유효 범위(100–599) 밖의 코드입니다. 클라이언트는 5xx로, 곧 {target}로 처리합니다(RFC 9110 §15)."
        ),
        (None, _) => format!(
            "It is outside 100–599, so it is invalid: clients treat it as a 5xx, that is {target} (RFC 9110 §15)."
        ),
    })
}
