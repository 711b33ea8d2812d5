//! Colours and text styles: the one place that decides how the CLI looks.
//!
//! The class colours are the core's palette (`httpstatus::palette`), the same the
//! reference pages use: 1xx blue, 2xx green, 3xx cyan, 4xx yellow, 5xx red, and
//! unofficial (vendor) codes magenta whatever their class.
//!
//! Renderers embed ANSI sequences freely; the output stream (anstream) strips them when
//! colour is off (`--color never`, `NO_COLOR`, or a pipe under `--color auto`).

use anstyle::{AnsiColor, Effects, Style};
use httpstatus::palette::{self, TerminalColour};
use httpstatus::{Class, Info, StatusCode};

/// The terminal colour of a swatch of the core's palette.
fn ansi(colour: TerminalColour) -> AnsiColor {
    match colour {
        TerminalColour::Black => AnsiColor::Black,
        TerminalColour::Red => AnsiColor::Red,
        TerminalColour::Green => AnsiColor::Green,
        TerminalColour::Yellow => AnsiColor::Yellow,
        TerminalColour::Blue => AnsiColor::Blue,
        TerminalColour::Magenta => AnsiColor::Magenta,
        TerminalColour::Cyan => AnsiColor::Cyan,
        TerminalColour::White => AnsiColor::White,
    }
}

/// The colour of a code as written in headings and tables (bold, in its class colour).
pub(crate) fn code(code: StatusCode, unofficial: bool) -> Style {
    ansi(palette::swatch(code, unofficial).terminal)
        .on_default()
        .effects(Effects::BOLD)
}

/// [`code`] for an entry.
pub(crate) fn entry(info: &Info) -> Style {
    code(info.code, info.is_unofficial())
}

/// A class heading in a table.
pub(crate) fn class(class: Class) -> Style {
    ansi(palette::class_swatch(class).terminal)
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
    fn codes_take_their_class_colour_unofficial_ones_magenta() {
        assert_eq!(
            code(StatusCode::NOT_FOUND, false),
            AnsiColor::Yellow.on_default().effects(Effects::BOLD)
        );
        assert_eq!(
            code(StatusCode::NOT_FOUND, true),
            AnsiColor::Magenta.on_default().effects(Effects::BOLD)
        );
        for c in Class::ALL {
            assert_eq!(class(c), code(c.representative(), false));
        }
    }

    #[test]
    fn paint_round_trips_without_style() {
        assert_eq!(paint(Style::new(), "x"), "x");
        assert_eq!(paint(TITLE, "x"), "\u{1b}[1mx\u{1b}[0m");
    }
}
