//! Choosing the response's media type and language from the request.

use http::{HeaderMap, HeaderValue};
use httpstatus::Lang;

/// The body formats the status routes offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// `text/plain`: "404 Not Found".
    Text,
    /// `application/json`: the entry in the project's JSON shape.
    Json,
    /// `text/html`: a small page.
    Html,
}

impl Format {
    /// The `Content-Type` value.
    pub(crate) fn content_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain; charset=utf-8",
            Format::Json => "application/json",
            Format::Html => "text/html; charset=utf-8",
        }
    }
}

/// Picks the format the client prefers by `Accept` (RFC 9110 §12.5.1): the highest `q`,
/// more specific ranges winning ties, text when nothing offered is acceptable (the status
/// code the client asked for matters more than a 406).
pub(crate) fn format(headers: &HeaderMap) -> Format {
    format_for(headers.get(http::header::ACCEPT))
}

/// [`format()`] from the request's first `Accept` field, if it has one.
pub(crate) fn format_for(accept: Option<&HeaderValue>) -> Format {
    format_of(accept.map(HeaderValue::as_bytes))
}

/// [`format_for`] from the field's bytes (`direct.rs` reads them without a header map).
pub(crate) fn format_of(accept: Option<&[u8]>) -> Format {
    let Some(accept) = accept.and_then(visible) else {
        return Format::Text;
    };
    let offers = [
        (Format::Text, "text", "plain"),
        (Format::Json, "application", "json"),
        (Format::Html, "text", "html"),
    ];
    // For each offer, the most specific matching range so far and its q: the first of
    // the most specific decides.
    let mut chosen: [Option<(u8, u16)>; 3] = [None; 3];
    for member in accept.split(',') {
        let (media, q) = httpstatus::split_weight(member);
        let (rt, rs) = media.split_once('/').unwrap_or((media, ""));
        for (slot, (_, ty, sub)) in chosen.iter_mut().zip(&offers) {
            let specificity = if rt.eq_ignore_ascii_case(ty) && rs.eq_ignore_ascii_case(sub) {
                3
            } else if rt.eq_ignore_ascii_case(ty) && rs == "*" {
                2
            } else if rt == "*" && rs == "*" {
                1
            } else {
                continue;
            };
            if slot.is_none_or(|(s, _)| specificity > s) {
                *slot = Some((specificity, q));
            }
        }
    }
    let mut best: Option<(u16, u8, usize, Format)> = None;
    for (order, (slot, (format, _, _))) in chosen.iter().zip(&offers).enumerate() {
        let Some((specificity, q)) = *slot else {
            continue;
        };
        if q == 0 {
            continue;
        }
        let candidate = (q, specificity, usize::MAX - order, *format);
        if best.is_none_or(|b| (candidate.0, candidate.1, candidate.2) > (b.0, b.1, b.2)) {
            best = Some(candidate);
        }
    }
    best.map_or(Format::Text, |b| b.3)
}

/// The language: `?lang=` first, then `Accept-Language`, then English.
pub(crate) fn language(query_lang: Option<Lang>, headers: &HeaderMap) -> Lang {
    asked_language(query_lang, headers).unwrap_or(Lang::En)
}

/// The language the client asked for (`?lang=`, then `Accept-Language`), if it asked for
/// one we have.
pub(crate) fn asked_language(query_lang: Option<Lang>, headers: &HeaderMap) -> Option<Lang> {
    query_lang.or_else(|| language_for(headers.get(http::header::ACCEPT_LANGUAGE)))
}

/// The language an `Accept-Language` field asks for, if we have it.
pub(crate) fn language_for(accept_language: Option<&HeaderValue>) -> Option<Lang> {
    language_of(accept_language.map(HeaderValue::as_bytes))
}

/// [`language_for`] from the field's bytes.
pub(crate) fn language_of(accept_language: Option<&[u8]>) -> Option<Lang> {
    accept_language
        .and_then(visible)
        .and_then(Lang::from_accept_language)
}

/// A field value as text when it is all visible ASCII, spaces and tabs, as
/// `HeaderValue::to_str` reads it (a value with other bytes is read as absent).
pub(crate) fn visible(value: &[u8]) -> Option<&str> {
    if value
        .iter()
        .all(|&b| b == b'\t' || (0x20..0x7f).contains(&b))
    {
        std::str::from_utf8(value).ok()
    } else {
        None
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn with_accept(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::ACCEPT, v.parse().unwrap());
        h
    }

    #[test]
    fn formats() {
        assert_eq!(format(&HeaderMap::new()), Format::Text);
        assert_eq!(format(&with_accept("*/*")), Format::Text);
        assert_eq!(format(&with_accept("application/json")), Format::Json);
        assert_eq!(
            format(&with_accept(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            )),
            Format::Html
        );
        assert_eq!(
            format(&with_accept("application/json;q=0.5, text/plain;q=0.9")),
            Format::Text
        );
        assert_eq!(
            format(&with_accept("text/*;q=0.3, application/json;q=0.2")),
            Format::Text
        );
        assert_eq!(format(&with_accept("image/png")), Format::Text);
        assert_eq!(format(&with_accept("text/plain;q=0, */*")), Format::Json);
        assert_eq!(format(&with_accept("Application/JSON")), Format::Json);
        // A malformed weight is "not acceptable", as in every weighted list we read.
        assert_eq!(
            format(&with_accept("application/json;q=abc, text/html;q=0.1")),
            Format::Html
        );
    }

    #[test]
    fn languages() {
        let mut h = HeaderMap::new();
        assert_eq!(language(None, &h), Lang::En);
        h.insert(
            http::header::ACCEPT_LANGUAGE,
            "ko-KR,ko;q=0.9,en;q=0.5".parse().unwrap(),
        );
        assert_eq!(language(None, &h), Lang::Ko);
        assert_eq!(language(Some(Lang::En), &h), Lang::En);
        assert_eq!(asked_language(None, &HeaderMap::new()), None);
        assert_eq!(
            asked_language(Some(Lang::Ko), &HeaderMap::new()),
            Some(Lang::Ko)
        );
        assert_eq!(asked_language(None, &h), Some(Lang::Ko));
    }
}
