//! The bilingual reference pages, rendered with maud (which escapes every value).
//!
//! - `/{lang}/`: the index (the five classes, then the unofficial codes with their vendors)
//!   with a search box that filters as you type;
//! - `/{lang}/{code}`: everything the core knows about a code, every meaning of it;
//! - `/{lang}/{d}xx`: a class;
//! - `/{lang}/vs/{a}/{b}[/…]`: two to six codes side by side;
//! - `/{lang}/choose/[answer/…]`: "Which code should I send?", one question per page;
//! - `/{lang}/search?q=` (and `/{lang}/?q=`): the core's ranked search, without JavaScript;
//! - anything else under `/{lang}/`: a 404 page that still explains what it can (an
//!   unassigned code's class and how clients treat it).
//!
//! Every function returns the whole document as a string; `store.rs` stores it, `site.rs`
//! serves it.

pub(crate) mod choose;
mod class;
mod code;
mod index;
pub(crate) mod layout;
mod missing;
mod search;
mod vs;
mod wire;
pub(crate) mod words;

use httpstatus::{Info, Lang, StatusCode};
use maud::{Markup, html};

pub(crate) use class::class;
pub(crate) use code::code;
pub(crate) use index::index;
pub(crate) use missing::{Missing, not_found};
pub(crate) use search::{MAX_QUERY, search};
pub(crate) use vs::{MAX_VS, vs};

use layout::kind;
use words::tr;

/// An entry text with its inline code as `<code>` (the data's backticks), the rest as
/// escaped text.
fn rich(text: &str) -> Markup {
    html! {
        @for seg in httpstatus::segments(text) {
            @match seg {
                httpstatus::Segment::Plain(p) => (p),
                httpstatus::Segment::Code(c) => code { (c) },
            }
        }
    }
}

/// `/{lang}/{rest}`.
pub(crate) fn href(lang: Lang, rest: impl std::fmt::Display) -> String {
    format!("/{}/{rest}", lang.as_str())
}

/// The coloured code badge.
fn badge(code: StatusCode, unofficial: bool) -> Markup {
    html! { span class={ "b " (kind(code, unofficial)) } { (code.as_u16()) } }
}

/// A code as a link: badge and reason phrase.
fn code_link(lang: Lang, info: &Info) -> Markup {
    html! {
        a href=(href(lang, info.code.as_u16())) {
            (badge(info.code, info.is_unofficial())) (info.reason)
        }
    }
}

/// A bare number as a link to its page (with its main entry's look when it has one).
fn number_link(lang: Lang, code: StatusCode) -> Markup {
    match code.info() {
        Some(info) => code_link(lang, info),
        None => html! { a href=(href(lang, code.as_u16())) { (badge(code, true)) } },
    }
}

/// Vendor tags of an unofficial entry.
fn vendors(lang: Lang, info: &Info) -> Markup {
    html! {
        @if !info.vendors.is_empty() {
            span.vh { (tr(lang, "사용처: ", "Used by: ")) }
            @for v in info.vendors { span.tag { (v) } }
        }
    }
}

/// One entry in a list of codes: badge, reason, title and summary. The `data-` fields
/// feed the index's live filter: `c` the code, `n` its names in both languages (reason,
/// aliases, titles), lower-case; the visible text (summary, vendors) is matched too.
fn code_item(lang: Lang, info: &Info) -> Markup {
    let mut names: Vec<String> = vec![info.reason.to_lowercase()];
    for name in info
        .aliases
        .iter()
        .chain([&info.title.ko, &info.title.en])
        .map(|n| n.to_lowercase())
    {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let title = info.title(lang);
    html! {
        li class=(kind(info.code, info.is_unofficial())) data-c=(info.code.as_u16()) data-n=(names.join("|")) {
            (code_link(lang, info))
            @if title != info.reason { span.t { (title) } }
            " " (vendors(lang, info))
            p { (rich(info.summary(lang))) }
        }
    }
}

/// A list of entries.
fn code_list<'a>(lang: Lang, entries: impl IntoIterator<Item = &'a Info>) -> Markup {
    html! {
        ul.codes {
            @for info in entries { (code_item(lang, info)) }
        }
    }
}

/// The search form; `id` is the input's id, `autofocus` for the search page.
fn search_form(lang: Lang, id: &str, value: &str) -> Markup {
    html! {
        form.s role="search" action=(href(lang, "search")) method="get" {
            label for=(id) { (tr(lang, "코드, 이름, 설명으로 찾기 (한국어·영어)", "Find a code by number, name or words (English or Korean)")) }
            input id=(id) type="search" name="q" value=(value) autocomplete="off" spellcheck="false"
                placeholder=(tr(lang, "예: 404, 찾을 수 없음, too many", "e.g. 404, not found, 요청"));
            button type="submit" { (tr(lang, "검색", "Search")) }
        }
    }
}

/// Breadcrumbs: home, then the given links, then the current page.
fn crumbs(lang: Lang, trail: &[(String, String)], here: &str) -> Markup {
    html! {
        nav.crumbs aria-label=(tr(lang, "현재 위치", "Breadcrumb")) {
            ol {
                li { a href=(href(lang, "")) { (tr(lang, "HTTP 상태 코드", "HTTP status codes")) } }
                @for (url, label) in trail { li { a href=(url) { (label) } } }
                li aria-current="page" { (here) }
            }
        }
    }
}

/// The code numbers the core knows, each once, in order.
pub(crate) fn known_codes() -> Vec<StatusCode> {
    let mut codes: Vec<StatusCode> = httpstatus::entries().iter().map(|i| i.code).collect();
    codes.dedup();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_code_becomes_code_elements() {
        let html = rich("nginx's `limit_req` <answers> 503").into_string();
        assert_eq!(html, "nginx's <code>limit_req</code> &lt;answers&gt; 503");
        assert!(!rich("a `b` c").into_string().contains('`'));
    }
}
