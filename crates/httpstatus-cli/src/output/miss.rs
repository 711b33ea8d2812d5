//! What to say when nothing matched: which class an unassigned code falls in and how
//! clients treat it (RFC 9110 §15), why a number is not a code, and the nearest codes.

use httpstatus::{CodePattern, Info, StatusCode};

use crate::output::card::{class_name, handled_as};
use crate::output::{Ctx, listing};
use crate::style::{self, paint};
use crate::table::{truncate, wrap_indented, wrap_marked};

/// How much of a query is echoed back.
const ECHO_WIDTH: usize = 40;

/// The query as echoed back: control characters (escape sequences!) replaced, cut short.
fn echo(query: &str) -> String {
    let clean: String = query
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    truncate(&clean, ECHO_WIDTH)
}

fn headline(text: &str) -> String {
    format!("{}\n", paint(style::MISS, text))
}

fn nearest(entries: &[&'static Info], ctx: &Ctx) -> String {
    if entries.is_empty() {
        return String::new();
    }
    listing::titled(
        &ctx.langs.ui("가까운 코드:", "Nearest codes:"),
        entries,
        ctx,
    )
}

/// An unassigned code in 100–999.
pub(crate) fn unassigned(code: StatusCode, near: &[&'static Info], ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let n = code.as_u16();
    let mut out = match code.class() {
        Some(_) => headline(&langs.ui_fmt(
            format!("{n}: 할당되지 않은 상태 코드입니다."),
            format!("{n} is not an assigned status code."),
        )),
        None => headline(&langs.ui_fmt(
            format!("{n}: 유효한 상태 코드가 아닙니다. RFC 9110 §15는 100–599만 정의합니다."),
            format!("{n} is not a valid status code: RFC 9110 §15 defines only 100–599."),
        )),
    };
    if code.class().is_some() {
        let class = class_name(code, langs);
        out.push_str(&wrap_indented(
            &langs.ui_fmt(
                format!("{class} 계열에 속합니다."),
                format!("It is in class {class}."),
            ),
            ctx.text_width(),
            0,
        ));
    }
    if let Some(note) = handled_as(code, langs) {
        out.push_str(&wrap_indented(
            &format!("{}.", capitalise(&note)),
            ctx.text_width(),
            0,
        ));
    }
    out.push_str(&nearest(near, ctx));
    out
}

/// Digits that cannot be a code: `0`, `099`, `1000`.
pub(crate) fn not_a_code(query: &str, ctx: &Ctx) -> String {
    let q = echo(query);
    let mut out = headline(&ctx.langs.ui_fmt(
        format!("{q}: 상태 코드가 아닙니다."),
        format!("{q} is not a status code."),
    ));
    out.push_str(&wrap_indented(
        &ctx.langs.ui(
            "상태 코드는 세 자리 숫자이고, 100–599만 유효합니다(RFC 9110 §15). 600–999는 유효하지 않으며 클라이언트는 5xx로 처리합니다.",
            "Status codes have three digits and only 100–599 are valid (RFC 9110 §15); clients treat 600–999 as a 5xx.",
        ),
        ctx.text_width(),
        0,
    ));
    // A number people meet where a status code should be (a browser's status 0, curl's
    // 000) has a note saying what it means.
    if let Some(note) = query.trim().parse::<u16>().ok().and_then(httpstatus::note) {
        for &lang in ctx.langs.langs() {
            out.push('\n');
            out.push_str(&paint(style::TITLE, note.title.get(lang)));
            out.push('\n');
            out.push_str(&wrap_marked(
                note.summary.get(lang),
                ctx.text_width(),
                0,
                style::CODE,
            ));
            out.push('\n');
            out.push_str(&wrap_marked(
                note.description.get(lang),
                ctx.text_width(),
                2,
                style::CODE,
            ));
        }
    }
    out
}

/// A pattern that covers no entry: `6xx`, `19x`.
pub(crate) fn pattern(p: CodePattern, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let (low, high) = p.bounds();
    let mut out = headline(&langs.ui_fmt(
        format!("{p}: 해당하는 코드가 없습니다."),
        format!("No codes match {p}."),
    ));
    let explain = match StatusCode::from_u16(low).ok().filter(|_| high <= 999) {
        Some(code) if code.class().is_some() => {
            let class = class_name(code, langs);
            let rep = code.handled_as();
            let rep = format!("{} {}", rep.as_u16(), rep.reason().unwrap_or(""));
            langs.ui_fmt(
                format!("{low}–{high}에는 할당된 코드가 없습니다. {class} 계열이므로, 이 범위의 코드를 받은 클라이언트는 {rep}로 처리합니다(RFC 9110 §15)."),
                format!("No codes are assigned in {low}–{high}. They are in class {class}; a client treats any of them as {rep} (RFC 9110 §15)."),
            )
        }
        _ => langs.ui_fmt(
            format!("{low}–{high}는 유효 범위(100–599) 밖입니다. 클라이언트는 이런 코드를 5xx로 처리합니다(RFC 9110 §15)."),
            format!("{low}–{high} is outside 100–599, so these codes are invalid; clients treat them as a 5xx (RFC 9110 §15)."),
        ),
    };
    out.push_str(&wrap_indented(&explain, ctx.text_width(), 0));
    out
}

/// Words that matched nothing.
pub(crate) fn text(query: &str, near: &[&'static Info], ctx: &Ctx) -> String {
    let q = echo(query);
    let mut out = headline(&ctx.langs.ui_fmt(
        format!("“{q}”: 일치하는 상태 코드가 없습니다."),
        format!("Nothing matches “{q}”."),
    ));
    out.push_str(&wrap_indented(
        &ctx.langs.ui(
            "코드(404), 패턴(4xx, 41x), 영어나 한국어 낱말로 찾아보세요. 전체 목록은 httpstatus list --all.",
            "Try a code (404), a pattern (4xx, 41x), or English or Korean words; httpstatus list --all shows every code.",
        ),
        ctx.text_width(),
        0,
    ));
    out.push_str(&nearest(near, ctx));
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
