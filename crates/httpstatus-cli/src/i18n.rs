//! Which language(s) to print, and the CLI's own words for the core's facts.
//!
//! Entry texts (titles, summaries, descriptions) come from the core library. This module
//! only holds the labels the CLI adds around them, each as a Korean/English pair, so that
//! nothing is looked up at run time and a missing translation cannot happen.

use std::borrow::Cow;

use httpstatus::{
    Cacheability, Content, Lang, Redirect, RedirectMethod, Registration, Requirement, Retry, Text,
};

use crate::cli::LangChoice;

/// The language setting of one run: Korean, English, or both (Korean first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Langs {
    Ko,
    En,
    Both,
}

/// The environment variables that name the locale, in the order POSIX gives them
/// precedence.
pub(crate) const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Langs {
    /// `--lang` if given; otherwise the first non-empty of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG`: a Korean locale (`ko`, `ko_KR.UTF-8` …) gives Korean, anything else English.
    pub(crate) fn resolve(choice: Option<LangChoice>) -> Langs {
        match choice {
            Some(LangChoice::Ko) => Langs::Ko,
            Some(LangChoice::En) => Langs::En,
            Some(LangChoice::Both) => Langs::Both,
            None => Langs::from_env(|name| std::env::var_os(name)),
        }
    }

    /// The default language, reading variables through `var` (for tests).
    pub(crate) fn from_env(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Langs {
        let locale = LOCALE_VARS
            .iter()
            .filter_map(|name| var(name))
            .map(|v| v.to_string_lossy().into_owned())
            .find(|v| !v.is_empty());
        match locale.as_deref().and_then(Lang::from_locale) {
            Some(Lang::Ko) => Langs::Ko,
            _ => Langs::En,
        }
    }

    /// The languages whose texts are shown, in order.
    pub(crate) fn langs(self) -> &'static [Lang] {
        match self {
            Langs::Ko => &[Lang::Ko],
            Langs::En => &[Lang::En],
            Langs::Both => &[Lang::Ko, Lang::En],
        }
    }

    /// The first language shown.
    pub(crate) fn primary(self) -> Lang {
        match self {
            Langs::Ko | Langs::Both => Lang::Ko,
            Langs::En => Lang::En,
        }
    }

    /// A CLI label: Korean, English, or `"ko / en"`.
    pub(crate) fn ui(self, ko: &'static str, en: &'static str) -> Cow<'static, str> {
        match self {
            Langs::Ko => Cow::Borrowed(ko),
            Langs::En => Cow::Borrowed(en),
            Langs::Both if ko == en => Cow::Borrowed(en),
            Langs::Both => Cow::Owned(format!("{ko} / {en}")),
        }
    }

    /// [`ui`](Self::ui) for formatted sentences.
    pub(crate) fn ui_fmt(self, ko: String, en: String) -> String {
        match self {
            Langs::Ko => ko,
            Langs::En => en,
            Langs::Both => format!("{ko} / {en}"),
        }
    }

    /// A label pair from this module.
    pub(crate) fn label(self, pair: Pair) -> Cow<'static, str> {
        self.ui(pair.0, pair.1)
    }

    /// An entry text: in one language, or `"ko / en"` (once when both are the same).
    pub(crate) fn text(self, text: Text) -> Cow<'static, str> {
        self.ui(text.ko, text.en)
    }
}

/// A Korean and an English label.
pub(crate) type Pair = (&'static str, &'static str);

/// What the card says about content.
pub(crate) fn content(c: Content) -> Pair {
    (c.label(Lang::Ko), c.label(Lang::En))
}

/// Short form of [`content`] for the comparison table.
pub(crate) fn content_short(c: Content) -> Pair {
    (c.short_label(Lang::Ko), c.short_label(Lang::En))
}

/// What the card says about caching.
pub(crate) fn cache(c: Cacheability) -> Pair {
    (c.label(Lang::Ko), c.label(Lang::En))
}

/// Short form of [`cache`] for the comparison table.
pub(crate) fn cache_short(c: Cacheability) -> Pair {
    (c.short_label(Lang::Ko), c.short_label(Lang::En))
}

/// What a redirect does to the method.
pub(crate) fn redirect_method(m: RedirectMethod) -> Pair {
    (m.label(Lang::Ko), m.label(Lang::En))
}

/// `"permanent, method and content kept"`.
pub(crate) fn redirect(r: Redirect, langs: Langs) -> String {
    let kind = if r.permanent {
        ("영구", "permanent")
    } else {
        ("임시", "temporary")
    };
    let (mk, me) = redirect_method(r.method);
    match langs {
        Langs::Ko => format!("{}, {mk}", kind.0),
        Langs::En => format!("{}, {me}", kind.1),
        Langs::Both => format!("{}, {mk} / {}, {me}", kind.0, kind.1),
    }
}

/// The retry hint.
pub(crate) fn retry(r: Retry) -> Pair {
    (r.label(Lang::Ko), r.label(Lang::En))
}

/// RFC 2119 keyword, the same in both languages.
pub(crate) fn requirement(r: Requirement) -> &'static str {
    r.keyword()
}

/// The registration label from the core, in one or both languages.
pub(crate) fn registration(r: Registration, langs: Langs) -> Cow<'static, str> {
    langs.ui(r.label(Lang::Ko), r.label(Lang::En))
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(*v))
        }
    }

    #[test]
    fn locale_precedence() {
        assert_eq!(Langs::from_env(env(&[])), Langs::En);
        assert_eq!(Langs::from_env(env(&[("LANG", "ko_KR.UTF-8")])), Langs::Ko);
        assert_eq!(
            Langs::from_env(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")])),
            Langs::En
        );
        // An empty variable is skipped, not taken as "C".
        assert_eq!(
            Langs::from_env(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "")])),
            Langs::Ko
        );
        assert_eq!(
            Langs::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR")])),
            Langs::Ko
        );
        assert_eq!(Langs::from_env(env(&[("LANG", "de_DE.UTF-8")])), Langs::En);
    }

    #[test]
    fn both_labels() {
        assert_eq!(Langs::Both.ui("명세", "Spec"), "명세 / Spec");
        assert_eq!(Langs::Both.ui("MUST", "MUST"), "MUST");
        assert_eq!(Langs::Ko.ui("명세", "Spec"), "명세");
    }
}
