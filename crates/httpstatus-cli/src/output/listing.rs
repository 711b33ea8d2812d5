//! Compact tables of entries: patterns, `list`, other search matches, suggestions.

use httpstatus::{Info, Registration};

use crate::i18n::Langs;
use crate::output::Ctx;
use crate::output::card::class_name;
use crate::style::{self, paint};
use crate::table::{Cell, Table};

/// The cells for one entry: code, reason phrase, title (unless English only) and a note on
/// its standing (unofficial and its vendors, deprecated …).
pub(crate) fn entry_cells(info: &Info, langs: Langs) -> Vec<Cell> {
    let mut cells = vec![
        Cell::styled(info.code.as_u16().to_string(), style::entry(info)),
        Cell::new(info.reason),
    ];
    if langs != Langs::En {
        cells.push(Cell::new(info.title.ko));
    }
    cells.push(note(info, langs));
    cells
}

/// `"unofficial: nginx, Cloudflare"`, `"deprecated"`, or nothing for standard codes.
pub(crate) fn note(info: &Info, langs: Langs) -> Cell {
    match info.registration {
        Registration::Standard => Cell::new(""),
        Registration::Unofficial => Cell::styled(super::card::standing(info, langs), style::FLAG),
        other => Cell::styled(langs.text(other.label()), style::LABEL),
    }
}

/// A table of entries in the given order, with a heading line per class when `by_class`.
pub(crate) fn render(entries: &[&'static Info], ctx: &Ctx, by_class: bool) -> String {
    let mut t = Table::new().indent(if by_class { 2 } else { 0 });
    let mut current = None;
    for info in entries {
        if by_class && current != Some(info.class()) {
            if current.is_some() {
                t.line(String::new());
            }
            current = Some(info.class());
            let heading = class_name(info.code, ctx.langs);
            t.line(match info.class() {
                Some(class) => paint(style::class(class), &heading),
                None => paint(style::FLAG, &heading),
            });
        }
        t.row(entry_cells(info, ctx.langs));
    }
    t.render()
}

/// A heading line followed by a table of entries, for "other matches" and suggestions.
pub(crate) fn titled(title: &str, entries: &[&'static Info], ctx: &Ctx) -> String {
    let mut t = Table::new().indent(2);
    t.line(paint(style::LABEL, title));
    for info in entries {
        t.row(entry_cells(info, ctx.langs));
    }
    t.render()
}
