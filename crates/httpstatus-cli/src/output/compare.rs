//! `vs`: a side-by-side table of facts, then when to use each code.

use httpstatus::{Info, Lang};

use crate::i18n::{Langs, Pair};
use crate::output::Ctx;
use crate::output::card::standing;
use crate::style::{self, paint};
use crate::table::{Cell, Table};

const NONE: &str = "—";

/// The comparison of `entries` (two or more), ending in `\n`.
pub(crate) fn render(entries: &[&'static Info], ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let mut t = Table::new();
    let mut header = vec![Cell::new("")];
    header.extend(
        entries
            .iter()
            .map(|i| Cell::styled(format!("{} {}", i.code.as_u16(), i.reason), style::entry(i))),
    );
    t.row(header);

    let mut fact = |label: Pair, value: &dyn Fn(&Info) -> String| {
        let mut row = vec![Cell::styled(langs.label(label), style::LABEL)];
        row.extend(entries.iter().map(|i| Cell::new(value(i))));
        t.row(row);
    };
    if langs != Langs::En {
        fact(("제목", "Title"), &|i| i.title.ko.to_owned());
    }
    fact(("분류", "Class"), &|i| match i.class() {
        Some(c) => format!("{} {}", c.range(), c.name().get(langs.primary())),
        None => NONE.to_owned(),
    });
    fact(("등록 상태", "Status"), &|i| standing(i, langs));
    fact(("콘텐츠", "Content"), &|i| {
        langs.text(i.content.short_label()).into_owned()
    });
    fact(("캐시", "Cache"), &|i| {
        langs.text(i.cache.short_label()).into_owned()
    });
    fact(("헤더", "Headers"), &|i| {
        if i.headers.is_empty() {
            return NONE.to_owned();
        }
        let names: Vec<String> = i
            .headers
            .iter()
            .map(|h| match h.condition {
                Some(_) => format!(
                    "{} ({}, {})",
                    h.name,
                    h.requirement.keyword(),
                    langs.ui("조건부", "conditional")
                ),
                None => format!("{} ({})", h.name, h.requirement.keyword()),
            })
            .collect();
        names.join(", ")
    });
    fact(("리다이렉트", "Redirect"), &|i| match i.redirect {
        Some(r) => langs.text(r.label()).into_owned(),
        None => NONE.to_owned(),
    });
    fact(("재시도", "Retry"), &|i| match i.retry {
        Some(r) => langs.text(r.short_label()).into_owned(),
        None => NONE.to_owned(),
    });
    fact(("보내는 쪽", "Sent by"), &|i| {
        langs.text(i.sender.short_label()).into_owned()
    });
    fact(("명세", "Spec"), &|i| {
        i.primary_spec()
            .map_or_else(|| NONE.to_owned(), ToString::to_string)
    });
    fact(("혼동 주의", "Confused with"), &|i| {
        if i.related.is_empty() {
            return NONE.to_owned();
        }
        let codes: Vec<String> = i.related.iter().map(|c| c.as_u16().to_string()).collect();
        codes.join(", ")
    });

    let mut out = t.render();
    out.push('\n');
    out.push_str(&paint(
        style::TITLE,
        &langs.ui("언제 무엇을 쓰나", "When to use which"),
    ));
    out.push('\n');
    let mut when = Table::new().indent(2).max_width(ctx.text_width());
    for info in entries {
        for (n, &lang) in langs.langs().iter().enumerate() {
            let code = if n == 0 {
                Cell::styled(info.code.as_u16().to_string(), style::entry(info))
            } else {
                Cell::new("")
            };
            when.row(vec![code, Cell::new(use_when(info, lang))]);
        }
    }
    out.push_str(&when.render());
    out
}

/// The "use this when …" line: the entry's summary, which says what the response means.
fn use_when(info: &Info, lang: Lang) -> String {
    httpstatus::plain_text(info.summary(lang)).to_string()
}
