//! Which language(s) to print, and how a text in both languages is shown.
//!
//! Entry texts and the facts in words (labels) come from the core library as [`Text`]s;
//! the CLI's own words around them (card headings, table columns) are Korean/English
//! [`Pair`]s in the renderers, so that nothing is looked up at run time and a missing
//! translation cannot happen.

use std::borrow::Cow;

use httpstatus::{Lang, Text};

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
