//! `/{lang}/vs/{a}/{b}[/…]`: two to six codes side by side, then what each means.

use httpstatus::{Info, Lang, StatusCode};
use maud::{Markup, html};

use super::layout::{Frame, Shell, document, kind};
use super::missing::Missing;
use super::words::{class_name, tr};
use super::{badge, crumbs, href};

/// Most codes in one comparison.
pub(crate) const MAX_VS: usize = 6;

const NONE: &str = "—";

/// The comparison of `codes` (two to [`MAX_VS`] distinct codes, in the order given). Every
/// meaning of a code is a column of its own.
pub(crate) fn vs(lang: Lang, codes: &[StatusCode], shell: &Shell) -> Result<String, Missing> {
    if codes.len() < 2 || codes.len() > MAX_VS {
        return Err(Missing::VsCount(codes.len()));
    }
    if let Some(&unknown) = codes.iter().find(|c| c.infos().is_empty()) {
        return Err(Missing::Code(unknown));
    }
    let entries: Vec<&Info> = codes.iter().flat_map(|c| c.infos()).collect();
    let numbers: Vec<String> = codes.iter().map(|c| c.as_u16().to_string()).collect();
    let names: Vec<String> = entries
        .iter()
        .map(|i| format!("{} {}", i.code.as_u16(), i.reason))
        .collect();
    let heading = names.join(" vs ");
    let row = |label: &str, cell: &dyn Fn(&Info) -> Markup| {
        html! {
            tr {
                th scope="row" { (label) }
                @for info in &entries { td { (cell(info)) } }
            }
        }
    };
    let main = html! {
        (crumbs(lang, &[], &numbers.join(" · ")))
        h1 { (tr(lang, "비교: ", "Compare: ")) (heading) }
        div.tw tabindex="0" role="region" aria-labelledby="cmp" {
            table {
                caption #cmp .vh { (tr(lang, "상태 코드 비교표", "Status codes side by side")) }
                thead {
                    tr {
                        td {}
                        @for info in &entries {
                            th scope="col" {
                                a href=(href(lang, info.code.as_u16())) { (badge(info.code, info.is_unofficial())) (info.reason) }
                                @if !info.vendors.is_empty() { br; span.mu { (info.vendors.join(", ")) } }
                            }
                        }
                    }
                }
                tbody {
                    @if lang == Lang::Ko { (row("제목", &|i| html! { (i.title(lang)) })) }
                    (row(tr(lang, "분류", "Class"), &|i| html! {
                        @if let Some(c) = i.class() { a href=(href(lang, c.range())) { (class_name(lang, c)) } } @else { (NONE) }
                    }))
                    (row(tr(lang, "등록 상태", "Registration"), &|i| html! { (i.registration.label().get(lang)) }))
                    (row(tr(lang, "콘텐츠", "Content"), &|i| html! { (i.content.short_label().get(lang)) }))
                    (row(tr(lang, "캐시", "Caching"), &|i| html! { (i.cache.short_label().get(lang)) }))
                    (row(tr(lang, "헤더 필드", "Header fields"), &|i| html! {
                        @if i.headers.is_empty() { (NONE) }
                        @for (n, h) in i.headers.iter().enumerate() {
                            @if n > 0 { ", " }
                            code { (h.name) } " (" (h.requirement.keyword())
                            @if let Some(c) = h.condition { span title=(c.get(lang)) { ", " (tr(lang, "조건부", "conditional")) } }
                            ")"
                        }
                    }))
                    (row(tr(lang, "리다이렉트", "Redirect"), &|i| html! {
                        @if let Some(r) = i.redirect { (r.label().get(lang)) } @else { (NONE) }
                    }))
                    (row(tr(lang, "재시도", "Retry"), &|i| html! {
                        @if let Some(r) = i.retry { (r.short_label().get(lang)) } @else { (NONE) }
                    }))
                    (row(tr(lang, "보내는 쪽", "Sent by"), &|i| html! { (i.sender.short_label().get(lang)) }))
                    (row(tr(lang, "명세", "Specification"), &|i| html! {
                        @if let Some(s) = i.primary_spec() { a href=(s.url) { (s.to_string()) } } @else { (NONE) }
                    }))
                    (row(tr(lang, "혼동 주의", "Confused with"), &|i| html! {
                        @if i.related.is_empty() { (NONE) }
                        @for (n, c) in i.related.iter().enumerate() {
                            @if n > 0 { ", " }
                            a href=(href(lang, c.as_u16())) { (c.as_u16()) }
                        }
                    }))
                }
            }
        }
        h2 { (tr(lang, "언제 무엇을 쓰나", "When to use which")) }
        @for info in &entries {
            section class={ "bar " (kind(info.code, info.is_unofficial())) } {
                h3 {
                    a href=(href(lang, info.code.as_u16())) { (badge(info.code, info.is_unofficial())) (info.reason) }
                    @if info.title(lang) != info.reason { " " span.t { (info.title(lang)) } }
                }
                p { strong { (super::rich(info.summary(lang))) } }
                p { (super::rich(info.description(lang))) }
            }
        }
    };
    let title = format!(
        "{heading} | {}",
        tr(
            lang,
            "HTTP 상태 코드 비교 | httpstatus",
            "HTTP status codes compared | httpstatus"
        )
    );
    let description = match lang {
        Lang::Ko => format!("{heading}: 뜻, 캐시, 헤더, 리다이렉트, 재시도 규칙 비교."),
        _ => {
            format!("{heading}: meaning, caching, headers, redirect and retry rules side by side.")
        }
    };
    let rest = format!("vs/{}", numbers.join("/"));
    let api = format!("/api/v1/codes/{}", numbers[0]);
    let frame = Frame {
        lang,
        title: &title,
        description: &description,
        rest: &rest,
        header_search: true,
        api: &api,
        script: None,
    };
    Ok(document(&frame, shell, main))
}
