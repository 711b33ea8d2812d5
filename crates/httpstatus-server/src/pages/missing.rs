//! The 404 page: what was not found and, for a number, what it would mean (its class and
//! how clients treat an unknown code of it, RFC 9110 §15).

use httpstatus::{Class, Info, Lang, StatusCode};
use maud::{Markup, html};

use super::layout::{Frame, Shell, document};
use super::words::{self, class_name, tr};
use super::{code_list, crumbs, href, search_form};

/// Why a page does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Missing {
    /// No such page.
    Path,
    /// A number from 100 to 999 the core knows nothing about.
    Code(StatusCode),
    /// Digits that cannot be a status code (`42`, `0404`, `1000`).
    NotACode(String),
    /// A comparison of fewer than two or more than six codes.
    VsCount(usize),
}

/// The nearest known codes of the same class, closest first.
fn nearest(code: StatusCode) -> Vec<&'static Info> {
    let Some(class) = code.class() else {
        return Vec::new();
    };
    let mut near: Vec<&'static Info> = class.entries().iter().collect();
    near.sort_by_key(|i| (i.code.as_u16().abs_diff(code.as_u16()), i.is_unofficial()));
    near.truncate(3);
    near.sort_by_key(|i| i.code);
    near
}

/// What an unassigned number means: its class, how clients treat it, nearby codes.
pub(crate) fn explain_code(lang: Lang, code: StatusCode) -> Markup {
    let n = code.as_u16();
    let near = nearest(code);
    html! {
        @match code.class() {
            Some(class) => {
                p.lead {
                    (match lang {
                        Lang::Ko => format!("{n}은(는) IANA 레지스트리에 등록되지 않았고, 비공식 코드로도 알려진 것이 없습니다."),
                        _ => format!("{n} is not in the IANA registry, and no unofficial use of it is known."),
                    })
                }
                p {
                    (match lang {
                        Lang::Ko => format!("{n}은(는) "),
                        _ => format!("{n} is in class "),
                    })
                    a href=(href(lang, class.range())) { (class_name(lang, class)) }
                    (tr(lang, " 계열에 속합니다: ", ": "))
                    (class.summary().get(lang))
                }
                @if let Some(note) = words::handled_as(lang, code) { p { (note) } }
                (x00_rule(lang, class))
            }
            None => {
                p.lead {
                    (match lang {
                        Lang::Ko => format!("{n}은(는) 유효한 상태 코드가 아닙니다. RFC 9110 §15는 100–599만 정의합니다."),
                        _ => format!("{n} is not a valid status code: RFC 9110 §15 defines only 100–599."),
                    })
                }
                @if let Some(note) = words::handled_as(lang, code) { p { (note) } }
            }
        }
        @if !near.is_empty() {
            h2 { (tr(lang, "가까운 코드", "Nearest codes")) }
            (code_list(lang, near.iter().copied()))
        }
    }
}

fn x00_rule(lang: Lang, class: Class) -> Markup {
    let rep = class.representative().as_u16();
    html! {
        p.mu {
            (match lang {
                Lang::Ko => format!("x00 규칙: 클라이언트는 모르는 상태 코드를 같은 계열의 x00 코드로 처리해야 합니다(RFC 9110 §15). 그래서 {}xx의 모르는 코드는 {rep}처럼 다뤄집니다.", class.digit()),
                _ => format!("The x00 rule: a client must treat a status code it does not know as the x00 code of its class (RFC 9110 §15), so an unknown {}xx code is handled like {rep}.", class.digit()),
            })
        }
    }
}

/// The 404 page for `/{lang}/{rest}`.
pub(crate) fn not_found(lang: Lang, rest: &str, missing: &Missing, shell: &Shell) -> String {
    let headline = match (missing, lang) {
        (Missing::Code(c), Lang::Ko) if c.class().is_some() => {
            format!("{}: 할당되지 않은 상태 코드", c.as_u16())
        }
        (Missing::Code(c), _) if c.class().is_some() => {
            format!("{}: an unassigned status code", c.as_u16())
        }
        (Missing::Code(c), Lang::Ko) => format!("{}: 유효하지 않은 상태 코드", c.as_u16()),
        (Missing::Code(c), _) => format!("{}: not a valid status code", c.as_u16()),
        (Missing::NotACode(s), Lang::Ko) => format!("“{s}”: 상태 코드가 아닙니다"),
        (Missing::NotACode(s), _) => format!("“{s}” is not a status code"),
        (Missing::VsCount(_), _) => tr(
            lang,
            "비교에는 코드가 2개에서 6개까지 필요합니다",
            "A comparison takes two to six codes",
        )
        .to_owned(),
        (Missing::Path, _) => tr(lang, "페이지를 찾을 수 없습니다", "Page not found").to_owned(),
    };
    let main = html! {
        (crumbs(lang, &[], "404"))
        h1 { (headline) }
        @match missing {
            Missing::Code(code) => (explain_code(lang, *code)),
            Missing::NotACode(digits) => {
                p { (tr(lang,
                    "상태 코드는 세 자리 숫자이고, 100–599만 유효합니다(RFC 9110 §15). 600–999는 유효하지 않으며 클라이언트는 5xx로 처리합니다.",
                    "Status codes have three digits and only 100–599 are valid (RFC 9110 §15); clients treat 600–999 as a 5xx.")) }
                @if let Some(note) = digits.parse::<u16>().ok().and_then(httpstatus::note) {
                    h2 { (note.title.get(lang)) }
                    p { strong { (super::rich(note.summary.get(lang))) } }
                    p { (super::rich(note.description.get(lang))) }
                }
            },
            Missing::VsCount(_) => p { (tr(lang,
                "비교 주소는 /ko/vs/401/403처럼 코드 2–6개를 /로 이어 씁니다.",
                "A comparison address lists two to six codes separated by slashes, like /en/vs/401/403.")) },
            Missing::Path => p { (tr(lang,
                "이 주소에는 페이지가 없습니다. 아래에서 코드를 찾거나 분류별 목록을 보세요.",
                "There is no page at this address. Search for a code below or browse the classes.")) },
        }
        (search_form(lang, "q", ""))
        p { a href=(href(lang, "")) { (tr(lang, "모든 상태 코드 보기", "All status codes")) } }
    };
    let title = format!("404 | {headline} | httpstatus");
    let frame = Frame {
        lang,
        title: &title,
        description: &headline,
        rest,
        header_search: false,
        api: "/api/v1/codes",
        script: None,
    };
    document(&frame, shell, main)
}
