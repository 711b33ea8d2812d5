//! Languages the texts are written in, and how to pick one from a locale name or an
//! `Accept-Language` header field.

use core::fmt;
use core::str::FromStr;

/// A language the texts are written in.
///
/// ```
/// use httpstatus::Lang;
///
/// assert_eq!("ko-KR".parse::<Lang>(), Ok(Lang::Ko));
/// assert_eq!(Lang::from_locale("ko_KR.UTF-8"), Some(Lang::Ko));
/// assert_eq!(Lang::from_accept_language("fr;q=1, en-US;q=0.8, ko;q=0.9"), Some(Lang::Ko));
/// assert_eq!(Lang::En.as_str(), "en");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// Korean (`ko`).
    Ko,
    /// English (`en`).
    En,
}

impl Lang {
    /// Every language, in a stable order.
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    /// The ISO 639-1 code: `"ko"` or `"en"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// The language's own name: `"한국어"` or `"English"`.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::En => "English",
        }
    }

    /// Reads a BCP 47 language tag (`ko`, `ko-KR`, `en-US`, `EN`) by its primary subtag.
    /// Returns `None` for other languages and malformed tags.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        // The rest of the tag must look like subtags (letters and digits).
        let well_formed = !primary.is_empty()
            && tag.split(['-', '_']).all(|s| {
                !s.is_empty() && s.len() <= 8 && s.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !well_formed {
            return None;
        }
        if primary.eq_ignore_ascii_case("ko") || primary.eq_ignore_ascii_case("kor") {
            Some(Lang::Ko)
        } else if primary.eq_ignore_ascii_case("en") || primary.eq_ignore_ascii_case("eng") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Reads a POSIX locale name as found in `LC_ALL`, `LC_MESSAGES` or `LANG`:
    /// `ko_KR.UTF-8`, `ko_KR.eucKR@euro`, `en_US`, `C`. Returns `None` for `C`, `POSIX`,
    /// empty values and other languages.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let base = locale.split(['.', '@']).next().unwrap_or("");
        Lang::from_tag(base)
    }

    /// Picks the supported language the client prefers most from an `Accept-Language`
    /// field value (RFC 9110 §12.5.4): the highest `q`, the earlier one on a tie.
    /// Languages with `q=0` are refused. Returns `None` when no supported language is
    /// acceptable, including for a bare `*` (the caller chooses its default then).
    pub fn from_accept_language(value: &str) -> Option<Lang> {
        let mut best: Option<(u16, Lang)> = None;
        for member in value.split(',') {
            let (tag, q) = split_weight(member);
            if q == 0 {
                continue;
            }
            if let Some(lang) = Lang::from_tag(tag) {
                if best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map(|(_, lang)| lang)
    }
}

/// Parses a qvalue (RFC 9110 §12.4.2: `0`, `0.5`, `1.000`, at most three decimals, from 0
/// to 1) into thousandths; `None` for anything else (`abc`, `1.5`, `0.1234`, `-1`, `.5`).
///
/// ```
/// use httpstatus::parse_qvalue;
///
/// assert_eq!(parse_qvalue("0.8"), Some(800));
/// assert_eq!(parse_qvalue("1"), Some(1000));
/// assert_eq!(parse_qvalue("abc"), None);
/// ```
pub fn parse_qvalue(v: &str) -> Option<u16> {
    let (int, frac) = match v.split_once('.') {
        Some((i, f)) => (i, f),
        None => (v, ""),
    };
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0u16;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Splits one member of a list with weights (`Accept`, `Accept-Language`,
/// `Accept-Encoding`; RFC 9110 §12.4.2) into its value, trimmed and without parameters, and
/// its weight in thousandths: 1000 without a `q` parameter, 0 ("not acceptable") for a
/// malformed one. The parameter name is case-insensitive; the first `q` counts.
///
/// ```
/// use httpstatus::split_weight;
///
/// assert_eq!(split_weight(" ko-KR;q=0.8"), ("ko-KR", 800));
/// assert_eq!(split_weight("text/html;level=1;Q=0.5"), ("text/html", 500));
/// assert_eq!(split_weight("gzip"), ("gzip", 1000));
/// assert_eq!(split_weight("br;q=abc"), ("br", 0));
/// ```
pub fn split_weight(member: &str) -> (&str, u16) {
    let mut parts = member.split(';');
    let value = parts.next().unwrap_or("").trim();
    for param in parts {
        let (name, v) = param.split_once('=').unwrap_or((param, ""));
        if name.trim().eq_ignore_ascii_case("q") {
            return (value, parse_qvalue(v.trim()).unwrap_or(0));
        }
    }
    (value, 1000)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string names no supported language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsupportedLang {
    _priv: (),
}

impl fmt::Display for UnsupportedLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "unsupported language (expected a Korean or English tag such as ko, ko-KR, en, en-US)",
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnsupportedLang {}

impl FromStr for Lang {
    type Err = UnsupportedLang;

    /// Accepts language tags (`ko`, `ko-KR`, `en-US`) and locale names (`ko_KR.UTF-8`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_locale(s).ok_or(UnsupportedLang { _priv: () })
    }
}

/// A text in every supported language.
///
/// ```
/// use httpstatus::{Lang, StatusCode};
///
/// let title = StatusCode::NOT_FOUND.info().unwrap().title;
/// assert_eq!(title.get(Lang::Ko), "찾을 수 없음");
/// assert_eq!(title.en, "Not Found");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// Korean.
    pub ko: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        for (tag, want) in [
            ("ko", Some(Lang::Ko)),
            ("KO", Some(Lang::Ko)),
            ("ko-KR", Some(Lang::Ko)),
            ("ko-Kore-KR", Some(Lang::Ko)),
            ("en", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("*", None),
            ("k", None),
            ("ko-", None),
            ("korean", None),
            ("ko KR", None),
        ] {
            assert_eq!(Lang::from_tag(tag), want, "{tag:?}");
        }
    }

    #[test]
    fn locales() {
        for (loc, want) in [
            ("ko_KR.UTF-8", Some(Lang::Ko)),
            ("ko_KR.eucKR", Some(Lang::Ko)),
            ("ko_KR@euro", Some(Lang::Ko)),
            ("ko", Some(Lang::Ko)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("C", None),
            ("POSIX", None),
            ("C.UTF-8", None),
            ("", None),
            ("de_DE.UTF-8", None),
        ] {
            assert_eq!(Lang::from_locale(loc), want, "{loc:?}");
        }
    }

    #[test]
    fn accept_language() {
        for (value, want) in [
            ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", Some(Lang::Ko)),
            ("en-US,en;q=0.9,ko;q=0.8", Some(Lang::En)),
            ("fr-CH, fr;q=0.9, ko;q=0.5, en;q=0.4", Some(Lang::Ko)),
            ("de, en;q=0.1", Some(Lang::En)),
            ("ko;q=0, en", Some(Lang::En)),
            ("ko;q=0.000", None),
            ("*", None),
            ("", None),
            ("fr", None),
            ("ko;q=2", None),
            ("ko;q=abc", None),
            ("en;q=0.5, ko;q=0.5", Some(Lang::En)),
            ("en;q=0.5, ko;q=0.501", Some(Lang::Ko)),
            (" ko ; q=1.0 ", Some(Lang::Ko)),
        ] {
            assert_eq!(Lang::from_accept_language(value), want, "{value:?}");
        }
    }

    #[test]
    fn weights() {
        for (member, want) in [
            ("ko", ("ko", 1000)),
            ("ko;q=0.5", ("ko", 500)),
            ("ko; q=0.5", ("ko", 500)),
            ("ko;Q=0.5", ("ko", 500)),
            ("ko;q = 0.5", ("ko", 500)),
            ("ko;q=abc", ("ko", 0)),
            ("ko;q=1.5", ("ko", 0)),
            ("ko;q=", ("ko", 0)),
            ("ko;q", ("ko", 0)),
            ("text/html;level=1;q=0.2", ("text/html", 200)),
            ("ko;q=0.3;q=0.9", ("ko", 300)),
            ("", ("", 1000)),
        ] {
            assert_eq!(split_weight(member), want, "{member:?}");
        }
    }

    #[test]
    fn qvalues() {
        assert_eq!(parse_qvalue("1"), Some(1000));
        assert_eq!(parse_qvalue("1.000"), Some(1000));
        assert_eq!(parse_qvalue("0.5"), Some(500));
        assert_eq!(parse_qvalue("0.123"), Some(123));
        assert_eq!(parse_qvalue("0"), Some(0));
        assert_eq!(parse_qvalue("1.5"), None);
        assert_eq!(parse_qvalue("0.1234"), None);
        assert_eq!(parse_qvalue("-1"), None);
        assert_eq!(parse_qvalue(""), None);
    }
}
