//! `/{lang}/{code}`: everything the core knows about a code. A number with several
//! meanings (499: nginx and Esri) gets a section per meaning.

use httpstatus::{Info, Lang, Registration, Requirement, StatusCode};
use maud::{Markup, html};

use super::layout::{Frame, Shell, document};
use super::words::{self, class_name, tr};
use super::{badge, crumbs, href, number_link, rich};

/// The page for `code`, or `None` when the core knows nothing about it.
pub(crate) fn code(lang: Lang, code: StatusCode, shell: &Shell) -> Option<String> {
    let infos = code.infos();
    let first = infos.first()?;
    let n = code.as_u16();
    let multi = infos.len() > 1;
    let reasons: Vec<&str> = infos.iter().map(|i| i.reason).collect();
    let heading = format!("{n} {}", reasons.join(" / "));
    let main = html! {
        (crumbs(lang, &trail(lang, code), &n.to_string()))
        @if multi {
            h1 { (badge(code, first.is_unofficial())) (reasons.join(" / ")) }
            p.lead {
                (match lang {
                    Lang::Ko => format!("{n}에는 뜻이 {}개 있습니다. 누가 보냈는지에 따라 다릅니다:", infos.len()),
                    _ => format!("{n} has {} meanings, depending on who sent it:", infos.len()),
                })
            }
            ul {
                @for (i, info) in infos.iter().enumerate() {
                    li { a href={ "#m" (i + 1) } { (info.reason) } " (" (standing(lang, info)) ")" }
                }
            }
            @for (i, info) in infos.iter().enumerate() {
                section id={ "m" (i + 1) } aria-labelledby={ "m" (i + 1) "h" } {
                    h2 id={ "m" (i + 1) "h" } { (badge(code, info.is_unofficial())) (info.reason) }
                    (meaning(lang, info, 3))
                }
            }
        } @else {
            h1 { (badge(code, first.is_unofficial())) (first.reason) }
            (meaning(lang, first, 2))
        }
        (super::choose::hint(lang, code))
        (super::wire::sections(lang, code))
    };
    let title_text = match first.title(lang) {
        t if !multi && t != first.reason => format!("{heading} ({t}) | {}", site_name(lang)),
        _ => format!("{heading} | {}", site_name(lang)),
    };
    let api = format!("/api/v1/codes/{n}");
    let rest = n.to_string();
    let description = httpstatus::plain_text(first.summary(lang)).to_string();
    let frame = Frame {
        lang,
        title: &title_text,
        description: &description,
        rest: &rest,
        header_search: true,
        api: &api,
        script: None,
    };
    Some(document(&frame, shell, main))
}

fn site_name(lang: Lang) -> &'static str {
    tr(
        lang,
        "HTTP 상태 코드 | httpstatus",
        "HTTP status codes | httpstatus",
    )
}

fn trail(lang: Lang, code: StatusCode) -> Vec<(String, String)> {
    match code.class() {
        Some(c) => vec![(href(lang, c.range()), class_name(lang, c))],
        None => Vec::new(),
    }
}

/// "standard", or "unofficial: nginx, Cloudflare".
fn standing(lang: Lang, info: &Info) -> String {
    let label = info.registration.label().get(lang);
    if info.vendors.is_empty() {
        label.to_owned()
    } else {
        format!("{label}: {}", info.vendors.join(", "))
    }
}

/// Heading of level `level` (2 or 3) with `text`.
fn heading(level: u8, text: &str) -> Markup {
    html! {
        @if level <= 2 { h2 { (text) } } @else { h3 { (text) } }
    }
}

/// One meaning, its subsections at heading level `level`.
fn meaning(lang: Lang, info: &Info, level: u8) -> Markup {
    let n = info.code.as_u16();
    let title = info.title(lang);
    html! {
        p.lead {
            @if title != info.reason { strong { (title) } " · " }
            @if let Some(c) = info.class() {
                a href=(href(lang, c.range())) { (class_name(lang, c)) }
            } @else {
                (tr(lang, "분류 없음(100–599 밖)", "no class (outside 100–599)"))
            }
            @if info.registration != Registration::Standard { " · " (standing(lang, info)) }
        }
        p { strong { (rich(info.summary(lang))) } }
        (heading(level, tr(lang, "설명", "What it means")))
        p { (rich(info.description(lang))) }

        (heading(level, tr(lang, "사실", "Facts")))
        dl.f {
            dt { (tr(lang, "명세", "Specification")) }
            dd {
                @for (i, spec) in info.spec.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(spec.url) { (spec.to_string()) }
                }
                @if info.spec.is_empty() { (Info::no_spec_label().get(lang)) }
            }
            @if let Some(note) = info.reason_note() {
                dt { (tr(lang, "사유 구문", "Reason phrase")) }
                dd { (note.get(lang)) }
            }
            dt { (tr(lang, "등록 상태", "Registration")) }
            dd {
                (standing(lang, info))
                @if let Some(t) = info.temporary_registration {
                    br;
                    (t.describe(lang).to_string())
                }
            }
            @if let Some(note) = words::handled_as(lang, info.code) {
                dt { (tr(lang, "처리", "Handled as")) }
                dd { (note) }
            }
            @if !info.aliases.is_empty() {
                dt { (tr(lang, "다른 이름", "Also known as")) }
                dd {
                    @for (i, alias) in info.aliases.iter().enumerate() {
                        @if i > 0 { ", " }
                        (alias)
                        @let from = info.alias_origin(alias);
                        @if !from.is_empty() { " " span.mu { "(" (from.join(", ")) ")" } }
                    }
                }
            }
            dt { (tr(lang, "콘텐츠", "Content")) }
            dd { (info.content.label().get(lang)) }
            dt { (tr(lang, "캐시", "Caching")) }
            dd { (info.cache.label().get(lang)) }
            @if let Some(r) = info.retry {
                dt { (tr(lang, "재시도", "Retry")) }
                dd { (r.label().get(lang)) }
            }
            dt { (tr(lang, "보내는 쪽", "Sent by")) }
            dd { (info.sender.label().get(lang)) }
        }

        (heading(level, tr(lang, "헤더 필드", "Header fields")))
        @if info.headers.is_empty() {
            p { (tr(lang, "이 코드의 응답에 규칙으로 정해진 헤더 필드는 없습니다.", "No header field is required by rule for this code.")) }
        } @else {
            div.tw {
                table {
                    thead { tr {
                        th scope="col" { (tr(lang, "필드", "Field")) }
                        th scope="col" { (tr(lang, "요구 수준", "Requirement")) }
                        th scope="col" { (tr(lang, "조건", "When")) }
                    } }
                    tbody {
                        @for h in info.headers {
                            tr {
                                td { code { (h.name) } }
                                td { (h.requirement.keyword()) }
                                td {
                                    @match h.condition {
                                        Some(c) => (c.get(lang)),
                                        None => span.mu { (Requirement::always_label().get(lang)) },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        @if let Some(r) = info.redirect {
            (heading(level, tr(lang, "리다이렉트", "Redirect")))
            p { (r.label().get(lang)) "." }
            p.mu {
                (tr(lang,
                    "301·302는 POST를 GET으로 바꿔도 되고, 303은 GET으로 가져오며, 307·308은 메서드와 콘텐츠를 그대로 유지합니다(RFC 9110 §15.4).",
                    "301 and 302 allow POST to become GET, 303 is followed with GET, 307 and 308 keep the method and content (RFC 9110 §15.4)."))
            }
        }

        @if !info.related.is_empty() {
            (heading(level, tr(lang, "헷갈리기 쉬운 코드", "Often confused with")))
            ul {
                @for &other in info.related {
                    li {
                        (number_link(lang, other))
                        @if let Some(o) = other.info() {
                            @if o.title(lang) != o.reason { " " span.t { (o.title(lang)) } }
                        }
                        " · "
                        a href=(href(lang, format!("vs/{n}/{}", other.as_u16()))) {
                            (match lang {
                                Lang::Ko => format!("{n}·{} 비교", other.as_u16()),
                                _ => format!("compare {n} with {}", other.as_u16()),
                            })
                        }
                    }
                }
            }
            @if info.related.len() > 1 {
                @let all: Vec<String> = std::iter::once(n).chain(info.related.iter().map(|c| c.as_u16())).take(super::MAX_VS).map(|c| c.to_string()).collect();
                p { a href=(href(lang, format!("vs/{}", all.join("/")))) { (tr(lang, "모두 한 표로 비교", "Compare them all in one table")) } }
            }
        }

        (heading(level, tr(lang, "직접 해 보기", "Try it")))
        @if !info.curl.is_empty() {
            p { (tr(lang, "로컬 테스트 서버(httpstatus serve, 기본 127.0.0.1:8080)에 보내는 curl 예시:", "A curl command against the local test server (httpstatus serve, 127.0.0.1:8080 by default):")) }
            pre { code { (info.curl) } }
        }
        ul {
            @if (100..=599).contains(&n) {
                li {
                    a href={ "/" (n) } { (tr(lang, "이 서버에서 ", "Get ")) code { "/" (n) } (tr(lang, " 요청해 보기", " from this server")) }
                    " "
                    span.mu { (tr(lang, "(이 코드로 응답하는 테스트 경로)", "(a test route that answers with this code)")) }
                }
            }
            li { a href={ "/api/v1/codes/" (n) } { (tr(lang, "JSON으로 보기", "This entry as JSON")) } }
        }
    }
}
