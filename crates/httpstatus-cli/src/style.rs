//! Colours and text styles: the one place that decides how a class looks.
//!
//! The palette is by class, as in most lookup tools: 1xx blue, 2xx green, 3xx cyan,
//! 4xx yellow, 5xx red, and unofficial (vendor) codes magenta whatever their class, so a
//! code that is not in the IANA registry stands out. [`PALETTE`] also carries a CSS colour
//! for each, so the reference web page can use the same scheme.
//!
//! Renderers embed ANSI sequences freely; the output stream (anstream) strips them when
//! colour is off (`--color never`, `NO_COLOR`, or a pipe under `--color auto`).

use anstyle::{AnsiColor, Effects, Style};
use httpstatus::{Class, Info, StatusCode};

/// One colour of the class palette.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(
    not(test),
    allow(dead_code, reason = "key and css are for the web page")
)]
pub(crate) struct Swatch {
    /// `"1xx"` … `"5xx"`, or `"unofficial"`.
    pub(crate) key: &'static str,
    /// The terminal colour.
    pub(crate) ansi: AnsiColor,
    /// The matching CSS colour for the web page (readable on white and on dark grey).
    pub(crate) css: &'static str,
}

/// The class palette, shared with the web page.
pub(crate) const PALETTE: [Swatch; 6] = [
    Swatch {
        key: "1xx",
        ansi: AnsiColor::Blue,
        css: "#2f6fde",
    },
    Swatch {
        key: "2xx",
        ansi: AnsiColor::Green,
        css: "#1f8a3b",
    },
    Swatch {
        key: "3xx",
        ansi: AnsiColor::Cyan,
        css: "#0e8a9a",
    },
    Swatch {
        key: "4xx",
        ansi: AnsiColor::Yellow,
        css: "#b7791f",
    },
    Swatch {
        key: "5xx",
        ansi: AnsiColor::Red,
        css: "#d03030",
    },
    Swatch {
        key: "unofficial",
        ansi: AnsiColor::Magenta,
        css: "#b0309f",
    },
];

const UNOFFICIAL: usize = 5;

/// The swatch for a code: unofficial (or invalid, above 599) → magenta, else by class.
pub(crate) fn swatch(code: StatusCode, unofficial: bool) -> Swatch {
    match code.class() {
        Some(class) if !unofficial => PALETTE[usize::from(class.digit() - 1)],
        _ => PALETTE[UNOFFICIAL],
    }
}

/// The colour of a code as written in headings and tables (bold, in its class colour).
pub(crate) fn code(code: StatusCode, unofficial: bool) -> Style {
    swatch(code, unofficial)
        .ansi
        .on_default()
        .effects(Effects::BOLD)
}

/// [`code`] for an entry.
pub(crate) fn entry(info: &Info) -> Style {
    code(info.code, info.is_unofficial())
}

/// A class heading in a table.
pub(crate) fn class(class: Class) -> Style {
    PALETTE[usize::from(class.digit() - 1)]
        .ansi
        .on_default()
        .effects(Effects::BOLD)
}

/// Labels on a card, table headers, and secondary notes.
pub(crate) const LABEL: Style = Style::new().effects(Effects::DIMMED);
/// Titles and headings.
pub(crate) const TITLE: Style = Style::new().effects(Effects::BOLD);
/// The "unofficial" flag.
pub(crate) const FLAG: Style = AnsiColor::Magenta.on_default();
/// Inline code in a text (`` `limit_req` `` in the data): set apart without backticks.
pub(crate) const CODE: Style = Style::new().effects(Effects::ITALIC);
/// The headline of a miss.
pub(crate) const MISS: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);

/// Wraps `text` in `style` (a no-op for the empty style).
pub(crate) fn paint(style: Style, text: &str) -> String {
    if style == Style::new() || text.is_empty() {
        text.to_owned()
    } else {
        format!("{style}{text}{style:#}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_is_by_class_then_unofficial() {
        let keys: Vec<&str> = PALETTE.iter().map(|s| s.key).collect();
        assert_eq!(keys, ["1xx", "2xx", "3xx", "4xx", "5xx", "unofficial"]);
        for class in Class::ALL {
            assert_eq!(swatch(class.representative(), false).key, class.range());
        }
        assert_eq!(swatch(StatusCode::NOT_FOUND, true).key, "unofficial");
        let css_ok = |c: &str| c.len() == 7 && c.starts_with('#');
        assert!(PALETTE.iter().all(|s| css_ok(s.css)));
    }

    #[test]
    fn the_web_page_uses_the_same_colours() {
        let ours: Vec<(&str, &str)> = PALETTE.iter().map(|s| (s.key, s.css)).collect();
        assert_eq!(ours, httpstatus_server::CLASS_COLOURS);
    }

    #[test]
    fn paint_round_trips_without_style() {
        assert_eq!(paint(Style::new(), "x"), "x");
        assert_eq!(paint(TITLE, "x"), "\u{1b}[1mx\u{1b}[0m");
    }
}
