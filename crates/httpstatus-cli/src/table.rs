//! Text layout by display width: padding, wrapping, truncation and tables.
//!
//! Hangul syllables are East Asian Wide and take two terminal columns, so `{:<20}` (which
//! counts chars) misaligns Korean columns. Everything here measures with `unicode-width`,
//! and cells keep their text and style apart so escape sequences never count as width.

use anstyle::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::style::paint;

/// Terminal columns taken by `s` (which must not contain escape sequences).
pub(crate) fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `w` columns.
pub(crate) fn pad(s: &str, w: usize) -> String {
    let mut out = String::with_capacity(s.len() + w);
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
    out
}

/// `s` cut to at most `w` columns, ending in `…` when cut.
pub(crate) fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    out
}

/// Splits `text` into lines of at most `w` columns, breaking at spaces. A word longer
/// than `w` gets a line of its own.
pub(crate) fn wrap(text: &str, w: usize) -> Vec<String> {
    let w = w.max(10);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let ww = width(word);
        if used > 0 && used + 1 + ww > w {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += ww;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`wrap`] with every line indented by `indent` spaces, each line ending in `\n`.
pub(crate) fn wrap_indented(text: &str, w: usize, indent: usize) -> String {
    let mut out = String::new();
    for line in wrap(text, w.saturating_sub(indent)) {
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// [`wrap_indented`] for an entry text with inline code: the backticks are dropped, the
/// code is painted in `code` (which the output stream strips with colour off), and the
/// lines are measured without the styles.
pub(crate) fn wrap_marked(text: &str, w: usize, indent: usize, code: Style) -> String {
    // The text without backticks, and the byte ranges of its code spans.
    let mut plain = String::with_capacity(text.len());
    let mut spans = Vec::new();
    for seg in httpstatus::segments(text) {
        match seg {
            httpstatus::Segment::Plain(p) => plain.push_str(p),
            httpstatus::Segment::Code(c) => {
                let start = plain.len();
                plain.push_str(c);
                spans.push(start..plain.len());
            }
        }
    }
    // Words with their byte ranges, greedily filled into lines.
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in plain
        .char_indices()
        .chain(std::iter::once((plain.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let limit = w.saturating_sub(indent).max(10);
    let mut out = String::new();
    let mut used = 0;
    for r in words {
        let ww = width(&plain[r.clone()]);
        if used > 0 && used + 1 + ww > limit {
            out.push('\n');
            used = 0;
        }
        if used == 0 {
            out.extend(std::iter::repeat_n(' ', indent));
        } else {
            out.push(' ');
            used += 1;
        }
        // The word, its code parts painted.
        let mut at = r.start;
        for span in spans.iter().filter(|s| s.start < r.end && s.end > r.start) {
            let (a, b) = (span.start.max(r.start), span.end.min(r.end));
            out.push_str(&plain[at..a]);
            out.push_str(&paint(code, &plain[a..b]));
            at = b;
        }
        out.push_str(&plain[at..r.end]);
        used += ww;
    }
    if used > 0 {
        out.push('\n');
    }
    out
}

/// One table cell: plain text and the style to paint it with.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cell {
    text: String,
    style: Style,
}

impl Cell {
    pub(crate) fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            style: Style::new(),
        }
    }

    pub(crate) fn styled(text: impl Into<String>, style: Style) -> Cell {
        Cell {
            text: text.into(),
            style,
        }
    }
}

#[derive(Clone, Debug)]
enum Row {
    Cells(Vec<Cell>),
    /// A full-width line (already styled) that does not take part in column widths.
    Line(String),
}

/// A table with columns aligned by display width. The last column is never padded, so
/// lines carry no trailing spaces.
#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    rows: Vec<Row>,
    indent: usize,
    /// Wrap the last column to fit this many columns, with a hanging indent.
    max_width: Option<usize>,
}

const GAP: usize = 2;

impl Table {
    pub(crate) fn new() -> Table {
        Table::default()
    }

    /// Indents every row of cells (not full-width lines) by `n` spaces.
    pub(crate) fn indent(mut self, n: usize) -> Table {
        self.indent = n;
        self
    }

    /// Wraps the last column so that lines fit in `w` columns.
    pub(crate) fn max_width(mut self, w: usize) -> Table {
        self.max_width = Some(w);
        self
    }

    pub(crate) fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row::Cells(cells));
    }

    /// A full-width line such as a group heading.
    pub(crate) fn line(&mut self, styled: String) {
        self.rows.push(Row::Line(styled));
    }

    /// The table, every line ending in `\n`.
    pub(crate) fn render(&self) -> String {
        let mut widths: Vec<usize> = Vec::new();
        for row in &self.rows {
            if let Row::Cells(cells) = row {
                if widths.len() < cells.len() {
                    widths.resize(cells.len(), 0);
                }
                for (i, cell) in cells.iter().enumerate() {
                    widths[i] = widths[i].max(width(&cell.text));
                }
            }
        }
        let mut out = String::new();
        for row in &self.rows {
            match row {
                Row::Line(line) => out.push_str(line),
                Row::Cells(cells) => self.render_row(cells, &widths, &mut out),
            }
            out.push('\n');
        }
        out
    }

    fn render_row(&self, cells: &[Cell], widths: &[usize], out: &mut String) {
        // Drop empty trailing cells so that lines have no trailing spaces.
        let used = cells
            .iter()
            .rposition(|c| !c.text.is_empty())
            .map_or(0, |i| i + 1);
        let cells = &cells[..used];
        out.extend(std::iter::repeat_n(' ', self.indent));
        let mut column = self.indent;
        for (i, cell) in cells.iter().enumerate() {
            let last = i + 1 == cells.len();
            if !last {
                out.push_str(&paint(cell.style, &pad(&cell.text, widths[i])));
                out.push_str(&" ".repeat(GAP));
                column += widths[i] + GAP;
                continue;
            }
            let room = self.max_width.map(|w| w.saturating_sub(column));
            match room {
                // Wrap only when there is sensible room left; otherwise let it run on.
                Some(room) if room >= 20 && width(&cell.text) > room => {
                    for (n, line) in wrap(&cell.text, room).iter().enumerate() {
                        if n > 0 {
                            out.push('\n');
                            out.extend(std::iter::repeat_n(' ', column));
                        }
                        out.push_str(&paint(cell.style, line));
                    }
                }
                _ => out.push_str(&paint(cell.style, &cell.text)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_is_two_columns() {
        assert_eq!(width("찾을 수 없음"), 12);
        assert_eq!(pad("찾을", 6), "찾을  ");
        assert_eq!(truncate("찾을 수 없음", 6), "찾을 …");
        assert_eq!(truncate("Not Found", 20), "Not Found");
    }

    #[test]
    fn columns_align_by_width() {
        let mut t = Table::new();
        t.row(vec![Cell::new("찾을 수 없음"), Cell::new("a")]);
        t.row(vec![Cell::new("Gone"), Cell::new("b")]);
        t.row(vec![Cell::new("x"), Cell::new("")]);
        let s = t.render();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], "찾을 수 없음  a");
        assert_eq!(lines[1], "Gone          b");
        assert_eq!(lines[2], "x");
        let col = |l: &str| width(&l[..l.rfind(' ').unwrap_or(0)]);
        assert_eq!(col(lines[0]), col(lines[1]));
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("aaa bbb ccc", 10), ["aaa bbb", "ccc"]);
        assert_eq!(
            wrap("가나다 라마바 사아자", 14),
            ["가나다 라마바", "사아자"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        let long = "x".repeat(30);
        assert_eq!(wrap(&long, 10), std::slice::from_ref(&long));
    }

    #[test]
    fn inline_code_loses_its_backticks_and_is_painted() {
        let plain = wrap_marked("raise `client_max_body_size` now", 80, 2, Style::new());
        assert_eq!(plain, "  raise client_max_body_size now\n");
        let styled = wrap_marked("nginx의 `limit_req`처럼", 80, 0, crate::style::CODE);
        assert_eq!(
            styled,
            format!("nginx의 {}처럼\n", paint(crate::style::CODE, "limit_req"))
        );
        assert!(!styled.contains('`'));
        // Widths are measured without the backticks and the styles.
        let wrapped = wrap_marked("`aaaa` `bbbb` `cccc`", 10, 0, crate::style::CODE);
        assert_eq!(wrapped.lines().count(), 2);
        // A code span with a space may break across lines; each part is painted.
        let split = wrap_marked("x `return 444;`", 10, 0, crate::style::CODE);
        assert_eq!(
            split,
            format!(
                "x {}\n{}\n",
                paint(crate::style::CODE, "return"),
                paint(crate::style::CODE, "444;")
            )
        );
    }

    #[test]
    fn last_column_wraps_with_hanging_indent() {
        let mut t = Table::new().max_width(30);
        t.row(vec![
            Cell::new("key"),
            Cell::new("one two three four five six seven"),
        ]);
        assert_eq!(t.render(), "key  one two three four five\n     six seven\n");
    }
}
