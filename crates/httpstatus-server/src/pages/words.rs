//! The page's own words around the core's texts, each as a Korean/English pair. The facts
//! in words are the core's labels (`info.content.label()` …), the same the CLI's card
//! shows, so the page and `httpstatus 404` say the same thing; the terms follow
//! `docs/glossary.md`.

use httpstatus::{Class, Lang, StatusCode};

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

/// "4xx 클라이언트 오류" / "4xx Client Error".
pub(crate) fn class_name(lang: Lang, class: Class) -> String {
    format!("{} {}", class.range(), class.name().get(lang))
}

/// How a client that does not know `code` treats it (RFC 9110 §15), or `None` when the
/// code is registered (it is handled as itself).
pub(crate) fn handled_as(lang: Lang, code: StatusCode) -> Option<String> {
    let as_code = code.handled_as();
    if as_code == code {
        return None;
    }
    let target = as_code.to_string();
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
