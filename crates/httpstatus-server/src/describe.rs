//! The default content of a status route: the code and its meaning, as text, JSON or HTML,
//! made once per code, format and language.

use std::sync::OnceLock;

use bytes::Bytes;
use httpstatus::{Lang, StatusCode};

use crate::negotiate::Format;

/// How many different contents a code has: text without a language, text in each
/// language, JSON (which carries both languages), HTML in each language.
pub(crate) const FORMS: usize = 6;

/// Which of the [`FORMS`] a format and language give, from 0.
pub(crate) fn form(format: Format, lang: Option<Lang>) -> usize {
    match (format, lang) {
        (Format::Text, None) => 0,
        (Format::Text, Some(Lang::Ko)) => 1,
        (Format::Text, Some(_)) => 2,
        (Format::Json, _) => 3,
        (Format::Html, Some(Lang::Ko)) => 4,
        (Format::Html, _) => 5,
    }
}

/// [`describe`], made once per code, format and language and then shared. The ready
/// answers (`ready.rs`) keep whole answers, but only for plain requests; a request with
/// controls or a query plans its answer, and without this it would serialise the entry
/// anew: the JSON description of `/status/418?x=1` costs twice the instructions per
/// request (about 26 000 against 51 000, `bench/callgrind.sh`).
pub(crate) fn described(code: StatusCode, format: Format, lang: Option<Lang>) -> Bytes {
    static CACHE: [OnceLock<Bytes>; 500 * FORMS] = [const { OnceLock::new() }; 500 * FORMS];
    let index = usize::from(code.as_u16().saturating_sub(100)) * FORMS + form(format, lang);
    match CACHE.get(index) {
        Some(slot) if code.class().is_some() => {
            slot.get_or_init(|| describe(code, format, lang)).clone()
        }
        _ => describe(code, format, lang),
    }
}

/// The default content: the code and its meaning as text, JSON or HTML. Text is the
/// status line ("404 Not Found"), followed by the code's title and summary when the
/// client asked for a language; HTML without one is in English.
pub(crate) fn describe(status: StatusCode, format: Format, lang: Option<Lang>) -> Bytes {
    let code = status.as_u16();
    let info = status.info();
    let line = match status.wire_reason() {
        Some(r) => format!("{code} {r}"),
        None => code.to_string(),
    };
    match format {
        Format::Text => {
            let mut s = line;
            s.push('\n');
            if let (Some(i), Some(lang)) = (info, lang) {
                s.push_str(i.title(lang));
                s.push_str(": ");
                s.push_str(i.summary(lang));
                s.push('\n');
            }
            Bytes::from(s)
        }
        Format::Json => {
            let json = match info {
                Some(i) => serde_json::to_vec(i),
                None => serde_json::to_vec(&serde_json::json!({
                    "code": code,
                    "reason": null,
                    "class": status.class(),
                    "status": "unassigned",
                    "handled_as": status.handled_as(),
                })),
            };
            Bytes::from(json.unwrap_or_default())
        }
        Format::Html => {
            let lang = lang.unwrap_or(Lang::En);
            let mut s = format!(
                "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title></head>\n<body><h1>{}</h1>\n",
                lang.as_str(),
                escape(&line),
                escape(&line)
            );
            if let Some(i) = info {
                s.push_str(&format!(
                    "<p><strong>{}</strong>: {}</p>\n",
                    escape(i.title(lang)),
                    escape(i.summary(lang))
                ));
                s.push_str(&format!(
                    "<p><a href=\"/{}/{code}\">{}</a></p>\n",
                    lang.as_str(),
                    match lang {
                        Lang::Ko => "상태 코드 설명 보기",
                        _ => "Read about this status code",
                    }
                ));
            }
            s.push_str("</body></html>\n");
            Bytes::from(s)
        }
    }
}

/// Escapes text for HTML.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn text_is_the_status_line_then_the_meaning_when_a_language_is_asked() {
        let teapot = StatusCode::IM_A_TEAPOT;
        assert_eq!(
            &describe(teapot, Format::Text, None)[..],
            b"418 I'm a teapot\n"
        );
        assert!(
            describe(teapot, Format::Text, Some(Lang::En))
                .starts_with(b"418 I'm a teapot\nUnused (I'm a teapot): ")
        );
        let unassigned = StatusCode::from_u16(471).unwrap();
        assert_eq!(&describe(unassigned, Format::Text, None)[..], b"471\n");
        let json: serde_json::Value =
            serde_json::from_slice(&describe(unassigned, Format::Json, None)).unwrap();
        assert_eq!(json["handled_as"], 400);
        assert_eq!(json["status"], "unassigned");
    }
}
