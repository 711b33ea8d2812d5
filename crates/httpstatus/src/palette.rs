//! The class colours, one palette for every face: the CLI paints a code in its terminal
//! colour, the reference pages fill the code badge with its CSS colour.
//!
//! By class, as in most lookup tools: 1xx blue, 2xx green, 3xx cyan, 4xx yellow, 5xx red;
//! unofficial (vendor) codes are magenta whatever their class, so that a code outside the
//! IANA registry stands out. The CSS colours are readable as fills and borders on white
//! and on dark grey; the reference pages' tests check their contrast.
//!
//! ```
//! use httpstatus::StatusCode;
//! use httpstatus::palette::{self, TerminalColour};
//!
//! let not_found = palette::swatch(StatusCode::NOT_FOUND, false);
//! assert_eq!(not_found.key, "4xx");
//! assert_eq!(not_found.terminal, TerminalColour::Yellow);
//! assert_eq!(palette::swatch(StatusCode::NOT_FOUND, true).key, "unofficial");
//! ```

use crate::{Class, StatusCode};

/// One of the eight basic terminal colours (SGR 30–37), which every terminal shows and
/// users' themes adjust.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TerminalColour {
    /// SGR 30.
    Black,
    /// SGR 31.
    Red,
    /// SGR 32.
    Green,
    /// SGR 33.
    Yellow,
    /// SGR 34.
    Blue,
    /// SGR 35.
    Magenta,
    /// SGR 36.
    Cyan,
    /// SGR 37.
    White,
}

impl TerminalColour {
    /// The colour's number, 0–7 (the foreground SGR code is 30 plus it).
    pub const fn index(self) -> u8 {
        self as u8
    }
}

/// The colours of one class, or of unofficial codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Swatch {
    /// `"1xx"` … `"5xx"`, or `"unofficial"`.
    pub key: &'static str,
    /// The terminal colour.
    pub terminal: TerminalColour,
    /// The CSS colour (`#rrggbb`), for fills and borders.
    pub css: &'static str,
    /// The CSS colour of text on a [`css`](Self::css) fill (black or white, whichever
    /// reads at WCAG AA).
    pub css_text: &'static str,
}

/// Every swatch: the five classes in order, then unofficial codes.
pub const SWATCHES: [Swatch; 6] = [
    Swatch {
        key: "1xx",
        terminal: TerminalColour::Blue,
        css: "#2f6fde",
        css_text: "#fff",
    },
    Swatch {
        key: "2xx",
        terminal: TerminalColour::Green,
        css: "#1f8a3b",
        css_text: "#000",
    },
    Swatch {
        key: "3xx",
        terminal: TerminalColour::Cyan,
        css: "#0e8a9a",
        css_text: "#000",
    },
    Swatch {
        key: "4xx",
        terminal: TerminalColour::Yellow,
        css: "#b7791f",
        css_text: "#000",
    },
    Swatch {
        key: "5xx",
        terminal: TerminalColour::Red,
        css: "#d03030",
        css_text: "#fff",
    },
    UNOFFICIAL,
];

/// The swatch of unofficial codes, and of codes above 599, which have no class.
pub const UNOFFICIAL: Swatch = Swatch {
    key: "unofficial",
    terminal: TerminalColour::Magenta,
    css: "#b0309f",
    css_text: "#fff",
};

/// The swatch of `class`.
pub const fn class_swatch(class: Class) -> Swatch {
    SWATCHES[class.digit() as usize - 1]
}

/// The swatch of a code: unofficial codes and codes above 599 get [`UNOFFICIAL`], the
/// others their class's.
pub const fn swatch(code: StatusCode, unofficial: bool) -> Swatch {
    match code.class() {
        Some(class) if !unofficial => class_swatch(class),
        _ => UNOFFICIAL,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_class_then_unofficial() {
        let keys = SWATCHES.map(|s| s.key);
        assert_eq!(keys, ["1xx", "2xx", "3xx", "4xx", "5xx", "unofficial"]);
        for class in Class::ALL {
            assert_eq!(class_swatch(class).key, class.range());
            assert_eq!(swatch(class.representative(), false).key, class.range());
        }
        let above = StatusCode::from_u16(999).ok().map(|c| swatch(c, false));
        assert_eq!(above, Some(UNOFFICIAL));
    }

    #[test]
    fn colours_are_distinct_css_hex() {
        let hex = |c: &str| {
            (c.len() == 7 || c.len() == 4)
                && c.starts_with('#')
                && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
        };
        for s in SWATCHES {
            assert!(hex(s.css) && hex(s.css_text), "{s:?}");
        }
        for (i, a) in SWATCHES.iter().enumerate() {
            for b in &SWATCHES[i + 1..] {
                assert!(a.css != b.css && a.terminal != b.terminal, "{a:?} {b:?}");
            }
        }
        assert_eq!(TerminalColour::Blue.index(), 4);
    }
}
