//! The page's own words around the core's texts, each as a Korean/English pair, and the
//! core's facts in words. The terms follow `docs/glossary.md` and the CLI's card, so the
//! page and `httpstatus 404` say the same thing.

use httpstatus::{
    Cacheability, Class, Content, Lang, Redirect, Requirement, Retry, Sender, StatusCode,
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
    c.label(lang)
}

/// Short form of [`content`] for the comparison table.
pub(crate) fn content_short(lang: Lang, c: Content) -> &'static str {
    c.short_label(lang)
}

/// What the page says about caching.
pub(crate) fn cache(lang: Lang, c: Cacheability) -> &'static str {
    c.label(lang)
}

/// Short form of [`cache`] for the comparison table.
pub(crate) fn cache_short(lang: Lang, c: Cacheability) -> &'static str {
    c.short_label(lang)
}

/// "permanent, method and content kept".
pub(crate) fn redirect(lang: Lang, r: Redirect) -> String {
    let kind = if r.permanent {
        tr(lang, "영구", "permanent")
    } else {
        tr(lang, "임시", "temporary")
    };
    let method = r.method.label(lang);
    format!("{kind}, {method}")
}

/// The retry hint.
pub(crate) fn retry(lang: Lang, r: Retry) -> &'static str {
    r.label(lang)
}

/// Short form of [`retry`] for the comparison table.
pub(crate) fn retry_short(lang: Lang, r: Retry) -> &'static str {
    r.short_label(lang)
}

/// Who sends it, short, for the comparison table.
pub(crate) fn sender_short(lang: Lang, s: Sender) -> &'static str {
    s.short_label(lang)
}

/// RFC 2119 keyword, the same in both languages.
pub(crate) fn requirement(r: Requirement) -> &'static str {
    r.keyword()
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
