//! Reading codes or access-log lines from standard input (`--stdin`, `-`), one per line,
//! and `--summary`: counts per code with their meaning.
//!
//! A line is a bare code (`404`), an HTTP status line (`HTTP/1.1 404 Not Found`), or a
//! common/combined log format line, where the status is the field right after the quoted
//! request (`… "GET / HTTP/1.1" 404 153 …`). Input need not be UTF-8: lines are decoded
//! lossily, so a stray byte costs at most that line's text, never the run.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};

use httpstatus::{Info, StatusCode};

use crate::i18n::Langs;
use crate::outcome::Outcome;
use crate::output::card::{handled_as, standing};
use crate::output::listing::note;
use crate::output::{Ctx, write_json};
use crate::style::{self, paint};
use crate::table::{Cell, Table};

pub(crate) fn run(summary: bool, ctx: &Ctx) -> io::Result<Outcome> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    let mut stats = Stats::default();
    let mut out = anstream::stdout().lock();
    let mut entries: Vec<&'static Info> = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        stats.lines += 1;
        let text = String::from_utf8_lossy(&line);
        let Some(number) = extract_code(&text) else {
            continue;
        };
        stats.with_code += 1;
        let info = StatusCode::from_u16(number).ok().and_then(StatusCode::info);
        if summary {
            *stats.counts.entry(number).or_insert(0) += 1;
        } else if ctx.json {
            entries.extend(info);
        } else {
            out.write_all(line_for(number, ctx).as_bytes())?;
        }
    }

    if summary {
        let rows = stats.sorted();
        if ctx.json {
            let entries: Vec<&'static Info> = rows
                .iter()
                .filter_map(|&(n, _)| StatusCode::from_u16(n).ok()?.info())
                .collect();
            write_json(&entries)?;
        } else {
            out.write_all(render_summary(&rows, &stats, ctx).as_bytes())?;
        }
    } else if ctx.json {
        write_json(&entries)?;
    }
    out.flush()?;
    if stats.with_code == 0 {
        let mut err = anstream::stderr().lock();
        let message = ctx.langs.ui_fmt(
            format!(
                "표준 입력 {}줄에서 상태 코드를 찾지 못했습니다.",
                stats.lines
            ),
            format!(
                "No status code found in {} line(s) of standard input.",
                stats.lines
            ),
        );
        writeln!(err, "{}", paint(style::MISS, &message))?;
        return Ok(Outcome::NothingMatched);
    }
    Ok(Outcome::Found)
}

#[derive(Debug, Default)]
struct Stats {
    lines: u64,
    with_code: u64,
    /// Count per three-digit number (000–999, valid or not).
    counts: HashMap<u16, u64>,
}

impl Stats {
    /// (number, count), most frequent first, then by number.
    fn sorted(&self) -> Vec<(u16, u64)> {
        let mut rows: Vec<(u16, u64)> = self.counts.iter().map(|(&n, &c)| (n, c)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        rows
    }
}

/// The status code on a line, as a number 0–999: a bare code, a status line, or the field
/// after the quoted request of a common/combined log format line.
pub(crate) fn extract_code(line: &str) -> Option<u16> {
    let line = line.trim();
    if let Some(n) = three_digits(line) {
        return Some(n);
    }
    if line.starts_with("HTTP/") {
        return line.split_whitespace().nth(1).and_then(three_digits);
    }
    let open = line.find('"')?;
    let after = &line[open + 1..];
    let close = closing_quote(after)?;
    after[close + 1..]
        .split_whitespace()
        .next()
        .and_then(three_digits)
}

/// Exactly three ASCII digits.
fn three_digits(s: &str) -> Option<u16> {
    match s.as_bytes() {
        [a, b, c] if s.bytes().all(|d| d.is_ascii_digit()) => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}

/// The index of the `"` that ends a quoted field, skipping backslash escapes (Apache
/// writes a quote inside the request as `\"`).
fn closing_quote(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return Some(i),
            _ => {}
        }
    }
    None
}

/// One output line for one input line: `404 Not Found — summary`.
fn line_for(number: u16, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let code = StatusCode::from_u16(number).ok();
    match code.and_then(StatusCode::info) {
        Some(info) => {
            let summaries: Vec<String> = langs
                .langs()
                .iter()
                .map(|&l| httpstatus::plain_text(info.summary(l)).to_string())
                .collect();
            let mut s = format!(
                "{} — {}",
                paint(style::entry(info), &format!("{number} {}", info.reason)),
                summaries.join(" / ")
            );
            if info.is_unofficial() {
                s.push_str(&format!(
                    " [{}]",
                    paint(style::FLAG, &standing(info, langs))
                ));
            }
            s.push('\n');
            s
        }
        None => format!("{number:03} — {}\n", unknown_note(code, langs)),
    }
}

/// What to say about a number with no entry.
fn unknown_note(code: Option<StatusCode>, langs: Langs) -> String {
    match code {
        Some(code) => {
            let handled = handled_as(code, langs).unwrap_or_default();
            match code.class() {
                Some(_) => langs.ui_fmt(format!("할당되지 않음; {handled}"), format!("unassigned; {handled}")),
                None => handled,
            }
        }
        None => langs
            .ui(
                "상태 코드가 아님(100–599만 유효, 응답이 없었을 때 로그에 000이 남기도 함)",
                "not a status code (only 100–599 are valid; 000 is logged when no response was sent)",
            )
            .into_owned(),
    }
}

/// [`unknown_note`] in a few words, for the summary table.
fn unknown_short(code: Option<StatusCode>, langs: Langs) -> String {
    match code {
        Some(code) => {
            let handled = code.handled_as().as_u16();
            match code.class() {
                Some(_) => langs.ui_fmt(
                    format!("할당되지 않음 → {handled} 취급"),
                    format!("unassigned → handled as {handled}"),
                ),
                None => langs.ui_fmt(
                    format!("유효하지 않음 → {handled} 취급"),
                    format!("invalid → handled as {handled}"),
                ),
            }
        }
        None => langs.ui("상태 코드 아님", "not a status code").into_owned(),
    }
}

fn render_summary(rows: &[(u16, u64)], stats: &Stats, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let mut t = Table::new().max_width(ctx.width);
    let count_width = rows
        .iter()
        .map(|(_, c)| c.to_string().len())
        .max()
        .unwrap_or(1);
    let mut header = vec![
        Cell::styled(langs.ui("횟수", "COUNT"), style::LABEL),
        Cell::styled(langs.ui("코드", "CODE"), style::LABEL),
        Cell::styled(langs.ui("사유 구문", "REASON"), style::LABEL),
    ];
    if langs != Langs::En {
        header.push(Cell::styled(langs.ui("제목", "TITLE"), style::LABEL));
    }
    header.push(Cell::styled(langs.ui("비고", "NOTE"), style::LABEL));
    t.row(header);
    for &(number, count) in rows {
        let mut cells = vec![Cell::new(format!("{count:>count_width$}"))];
        let code = StatusCode::from_u16(number).ok();
        match code.map(StatusCode::infos) {
            Some(infos) if !infos.is_empty() => {
                let info = &infos[0];
                cells.push(Cell::styled(format!("{number}"), style::entry(info)));
                cells.push(Cell::new(info.reason));
                if langs != Langs::En {
                    cells.push(Cell::new(info.title.ko));
                }
                let mut flag = note(info, langs);
                if infos.len() > 1 {
                    let others = langs.ui_fmt(
                        format!("다른 뜻 {}개 더", infos.len() - 1),
                        format!("+{} other meaning(s)", infos.len() - 1),
                    );
                    flag = if info.is_unofficial() {
                        Cell::styled(format!("{} · {others}", standing(info, langs)), style::FLAG)
                    } else {
                        Cell::styled(others, style::LABEL)
                    };
                }
                cells.push(flag);
            }
            _ => {
                cells.push(Cell::styled(format!("{number:03}"), style::FLAG));
                cells.push(Cell::new("—"));
                if langs != Langs::En {
                    cells.push(Cell::new("—"));
                }
                cells.push(Cell::styled(unknown_short(code, langs), style::FLAG));
            }
        }
        t.row(cells);
    }
    let mut out = t.render();
    out.push('\n');
    let footer = langs.ui_fmt(
        format!(
            "{}줄 중 {}줄에서 상태 코드를 찾았습니다.",
            stats.lines, stats.with_code
        ),
        format!(
            "{} of {} lines had a status code.",
            stats.with_code, stats.lines
        ),
    );
    out.push_str(&paint(style::LABEL, &footer));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_status_field() {
        let combined = r#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08""#;
        assert_eq!(extract_code(combined), Some(200));
        let escaped = r#"1.2.3.4 - - [x] "GET /a\"b HTTP/1.1" 404 0"#;
        assert_eq!(extract_code(escaped), Some(404));
        assert_eq!(extract_code("  503 \n"), Some(503));
        assert_eq!(extract_code("HTTP/1.1 418 (Unused)"), Some(418));
        assert_eq!(extract_code(r#"x "GET / HTTP/1.1" 000 0"#), Some(0));
        assert_eq!(extract_code("hello 404"), None);
        assert_eq!(extract_code(r#"x "unterminated 404"#), None);
        assert_eq!(extract_code(r#"x "GET /" abc"#), None);
        assert_eq!(extract_code(""), None);
        assert_eq!(extract_code("4044"), None);
    }
}
