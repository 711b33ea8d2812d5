//! `/{lang}/{d}xx`: a class, its codes and the unofficial codes in its range.

use httpstatus::{Class, Lang};
use maud::html;

use super::layout::{Frame, Shell, class_kind, document};
use super::words::{class_name, tr};
use super::{code_list, crumbs, href};

/// The page for `class`.
pub(crate) fn class(lang: Lang, class: Class, shell: &Shell) -> String {
    let name = class_name(lang, class);
    let rep = class.representative();
    let registered: Vec<_> = class
        .entries()
        .iter()
        .filter(|i| !i.is_unofficial())
        .collect();
    let unofficial: Vec<_> = class
        .entries()
        .iter()
        .filter(|i| i.is_unofficial())
        .collect();
    let prev = Class::from_digit(class.digit() - 1);
    let next = Class::from_digit(class.digit() + 1);
    let main = html! {
        (crumbs(lang, &[], &name))
        div class={ "bar " (class_kind(class)) } {
            h1 { (name) }
            p.lead { (super::rich(class.summary().get(lang))) }
        }
        p { (super::rich(class.description().get(lang))) }
        p.mu {
            (match lang {
                Lang::Ko => format!("이 계열에서 모르는 코드를 받은 클라이언트는 {} {}로 처리합니다(RFC 9110 §15). 그래서 {}00번대의 새 코드나 비공식 코드도 최소한 {}처럼 다뤄집니다.", rep.as_u16(), rep.reason().unwrap_or(""), class.digit(), rep.as_u16()),
                _ => format!("A client that receives a code of this class it does not know treats it as {} {} (RFC 9110 §15), so new and unofficial {}xx codes are at least handled like {}.", rep.as_u16(), rep.reason().unwrap_or(""), class.digit(), rep.as_u16()),
            })
        }
        h2 { (tr(lang, "등록된 코드", "Registered codes")) " " span.mu { "(" (registered.len()) ")" } }
        (code_list(lang, registered.iter().copied()))
        @if !unofficial.is_empty() {
            h2 { (tr(lang, "이 범위의 비공식 코드", "Unofficial codes in this range")) " " span.mu { "(" (unofficial.len()) ")" } }
            (code_list(lang, unofficial.iter().copied()))
        }
        nav aria-label=(tr(lang, "다른 계열", "Other classes")) {
            ul {
                @if let Some(p) = prev { li { a href=(href(lang, p.range())) rel="prev" { "← " (class_name(lang, p)) } } }
                @if let Some(n) = next { li { a href=(href(lang, n.range())) rel="next" { (class_name(lang, n)) " →" } } }
            }
        }
    };
    let title = format!(
        "{name} | {}",
        tr(
            lang,
            "HTTP 상태 코드 | httpstatus",
            "HTTP status codes | httpstatus"
        )
    );
    let api = format!("/api/v1/codes?class={}&all=true", class.digit());
    let frame = Frame {
        lang,
        title: &title,
        description: class.summary().get(lang),
        rest: class.range(),
        header_search: true,
        api: &api,
        script: None,
    };
    document(&frame, shell, main)
}
