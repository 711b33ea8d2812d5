//! `/{lang}/choose/[answer/…]`: "Which code should I send?", one question per page.
//!
//! Every step is its own address: the path lists the answers taken (their ids), so a step
//! can be shared, bookmarked and reached without JavaScript. A question page links each
//! answer to the next step; the page at the end of a walk shows the code(s) to send, the
//! note, links to the codes' pages and to the comparison of the close alternatives, and
//! the answers that led there. A segment that is not an answer id is a 400; a well-formed
//! id that does not answer the question it meets, or a path past the end, is a 404 that
//! lists the answers there are.

use httpstatus::guide::{self, Node, Outcome, Question, Walk};
use httpstatus::{Lang, SpecRef, StatusCode};
use maud::{Markup, html};

use super::layout::{Frame, Shell, document, kind};
use super::words::tr;
use super::{badge, code_list, crumbs, href};

/// The page path of the guide's first question, after `/{lang}/`.
pub(crate) const ROOT: &str = "choose/";
/// Most codes in the comparison linked from a result.
const MAX_COMPARE: usize = super::MAX_VS;
/// Longest answer id (the data's rule); longer segments are not ids.
const MAX_ID: usize = 40;

/// Why a path under `/{lang}/choose/` names no step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StepError {
    /// 400 or 404.
    pub(crate) status: StatusCode,
    /// The steps that did fit, before the one that did not.
    pub(crate) walk: Walk,
    /// The segment that did not fit, clipped for display.
    pub(crate) segment: String,
}

/// `true` for what can be an answer id: lower-case letters, digits and hyphens.
fn is_id(seg: &str) -> bool {
    !seg.is_empty()
        && seg.len() <= MAX_ID
        && seg
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads the answers in `rest` (what follows `/{lang}/`, starting with `choose`).
/// Numbers are not accepted here: a page address names its answers.
pub(crate) fn parse(rest: &str) -> Result<Walk, StepError> {
    let tail = rest.strip_prefix("choose").unwrap_or(rest);
    let mut walk = Walk::new();
    for seg in tail.split('/').filter(|s| !s.is_empty()) {
        let at = walk;
        let fail = |status| StepError {
            status,
            walk: at,
            segment: seg.chars().take(MAX_ID).collect(),
        };
        if !is_id(seg) || seg.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(StatusCode::BAD_REQUEST));
        }
        let Some(q) = walk.question() else {
            return Err(fail(StatusCode::NOT_FOUND));
        };
        let Some(i) = q.answers.iter().position(|a| a.id == seg) else {
            return Err(fail(StatusCode::NOT_FOUND));
        };
        if walk.answer_index(i).is_err() {
            return Err(fail(StatusCode::NOT_FOUND));
        }
    }
    Ok(walk)
}

/// `choose/a/b/`: the path of a walk after `/{lang}/`.
pub(crate) fn rest_of(walk: &Walk) -> String {
    let mut rest = ROOT.to_owned();
    for id in walk.answer_ids() {
        rest.push_str(id);
        rest.push('/');
    }
    rest
}

/// The address of a walk.
pub(crate) fn href_walk(lang: Lang, walk: &Walk) -> String {
    href(lang, rest_of(walk))
}

/// The walk one answer further.
fn then(walk: &Walk, index: usize) -> Walk {
    let mut next = *walk;
    let _ = next.answer_index(index);
    next
}

fn title_of(lang: Lang) -> &'static str {
    tr(
        lang,
        "어떤 코드를 보내야 할까?",
        "Which code should I send?",
    )
}

/// Spec references as links, comma-separated.
fn spec_links(spec: &[SpecRef]) -> Markup {
    html! {
        @for (i, s) in spec.iter().enumerate() {
            @if i > 0 { ", " }
            a href=(s.url) { (s.to_string()) }
        }
    }
}

/// The answers so far, each linking back to the question it answered.
fn trail(lang: Lang, walk: &Walk) -> Markup {
    let mut at = Walk::new();
    html! {
        @if !walk.is_empty() {
            nav.trail aria-label=(tr(lang, "지금까지의 답", "Your answers so far")) {
                h2 { (tr(lang, "지금까지의 답", "Your answers so far")) }
                ol {
                    @for step in walk.steps() {
                        @let back = href_walk(lang, &at);
                        @let _ = at.answer(step.answer.id);
                        li {
                            a href=(back) { (step.question.text.get(lang)) }
                            " "
                            strong { (step.answer.label.get(lang)) }
                            " "
                            span.mu { "(" (spec_links(&step.question.spec[..1])) ")" }
                        }
                    }
                }
            }
        }
    }
}

/// Back one step and start over.
fn moves(lang: Lang, walk: &Walk) -> Markup {
    let mut back = *walk;
    back.back();
    html! {
        @if !walk.is_empty() {
            p.moves {
                a href=(href_walk(lang, &back)) rel="prev" { "← " (tr(lang, "이전 질문", "Back")) }
                " · "
                a href=(href(lang, ROOT)) { "↺ " (tr(lang, "처음부터 다시", "Start over")) }
            }
        }
    }
}

/// Badges of the codes an answer leads to, when it ends the walk.
fn destination(next: Node) -> Markup {
    html! {
        @if let Node::Outcome(o) = next {
            " "
            span.to {
                @for &c in o.codes { (badge(c, c.info().is_some_and(|i| i.is_unofficial()))) }
            }
        }
    }
}

fn question_main(lang: Lang, walk: &Walk, q: &'static Question) -> Markup {
    html! {
        h1 { (q.text.get(lang)) }
        p { (q.why.get(lang)) }
        p.mu { (tr(lang, "명세: ", "Specification: ")) (spec_links(q.spec)) }
        ol.choices {
            @for (i, a) in q.answers.iter().enumerate() {
                li {
                    a href=(href_walk(lang, &then(walk, i))) { (a.label.get(lang)) }
                    (destination(a.next()))
                }
            }
        }
        (moves(lang, walk))
        (trail(lang, walk))
    }
}

/// The codes to compare the recommendation with, as a `vs/…` path.
fn compare_rest(o: &Outcome) -> Option<(String, Vec<StatusCode>)> {
    let codes: Vec<StatusCode> = std::iter::once(o.code())
        .chain(o.alternatives())
        .take(MAX_COMPARE)
        .collect();
    (codes.len() > 1).then(|| {
        let numbers: Vec<String> = codes.iter().map(|c| c.as_u16().to_string()).collect();
        (format!("vs/{}", numbers.join("/")), codes)
    })
}

fn outcome_main(lang: Lang, walk: &Walk, o: &'static Outcome) -> Markup {
    let first = o.entries().next();
    let unofficial = first.is_some_and(|i| i.is_unofficial());
    html! {
        h1 {
            (tr(lang, "보낼 코드: ", "Send "))
            @if let Some(info) = first { (badge(info.code, unofficial)) (info.reason) }
        }
        section class={ "bar " (kind(o.code(), unofficial)) } {
            p.lead { (o.note.get(lang)) }
            @if !o.spec.is_empty() {
                p.mu { (tr(lang, "더 보기: ", "See also: ")) (spec_links(o.spec)) }
            }
        }
        h2 { @if o.codes.len() > 1 { (tr(lang, "코드", "The codes")) } @else { (tr(lang, "코드", "The code")) } }
        (code_list(lang, o.entries()))
        @if let Some((rest, codes)) = compare_rest(o) {
            @let others: Vec<String> = codes[1..].iter().map(|c| c.as_u16().to_string()).collect();
            p {
                a href=(href(lang, &rest)) {
                    (match lang {
                        Lang::Ko => format!("가까운 코드와 나란히 비교: {}, {}", o.code().as_u16(), others.join(", ")),
                        _ => format!("Compare {} with the close alternatives: {}", o.code().as_u16(), others.join(", ")),
                    })
                }
            }
        }
        (moves(lang, walk))
        (trail(lang, walk))
        p.mu {
            (tr(lang, "터미널에서: ", "In a terminal: "))
            code { "httpstatus choose --answers " (walk.answer_ids().collect::<Vec<_>>().join(",")) }
        }
    }
}

/// The page of `walk`: its open question, or its outcome.
pub(crate) fn choose(lang: Lang, walk: &Walk, shell: &Shell) -> String {
    let site = title_of(lang);
    let (heading, main, description) = match walk.node() {
        Node::Question(q) => (
            q.text.get(lang).to_owned(),
            question_main(lang, walk, q),
            q.why.get(lang).to_owned(),
        ),
        Node::Outcome(o) => {
            let codes: Vec<String> = o
                .entries()
                .map(|i| format!("{} {}", i.code.as_u16(), i.reason))
                .collect();
            (
                match lang {
                    Lang::Ko => format!("보낼 코드: {}", codes.join(", ")),
                    _ => format!("Send {}", codes.join(", ")),
                },
                outcome_main(lang, walk, o),
                o.note.get(lang).to_owned(),
            )
        }
    };
    let here = match walk.node() {
        Node::Question(_) if walk.is_empty() => site.to_owned(),
        Node::Question(_) => match lang {
            Lang::Ko => format!("{}번째 질문", walk.len() + 1),
            _ => format!("Question {}", walk.len() + 1),
        },
        Node::Outcome(_) => tr(lang, "결과", "Result").to_owned(),
    };
    let up: Vec<(String, String)> = if walk.is_empty() {
        Vec::new()
    } else {
        vec![(href(lang, ROOT), site.to_owned())]
    };
    let body = html! {
        (crumbs(lang, &up, &here))
        @if walk.is_empty() {
            p.lead { (tr(lang,
                "몇 가지 질문에 답하면 보낼 상태 코드와 그 이유, 명세의 근거를 알려 줍니다. 질문마다 주소가 있어 공유할 수 있습니다.",
                "Answer a few questions to get the status code to send, why, and where the specification says so. Every step has its own address, so you can share it.")) }
        }
        (main)
    };
    let title = if walk.is_empty() {
        format!("{site} | httpstatus")
    } else {
        format!("{heading} | {site} | httpstatus")
    };
    let rest = rest_of(walk);
    let frame = Frame {
        lang,
        title: &title,
        description: &description,
        rest: &rest,
        header_search: true,
        api: "/api/v1/choose",
        script: None,
    };
    document(&frame, shell, body)
}

/// The 400 or 404 page for a path that names no step: what did not fit, and the answers
/// of the question where it stopped.
pub(crate) fn bad_step(lang: Lang, err: &StepError, shell: &Shell) -> String {
    let site = title_of(lang);
    let headline = match (err.status.as_u16(), lang) {
        (400, Lang::Ko) => format!("“{}”: 답의 이름이 아닙니다", err.segment),
        (400, _) => format!("“{}” is not an answer name", err.segment),
        (_, Lang::Ko) => format!("“{}”: 이 단계에 없는 답입니다", err.segment),
        _ => format!("“{}” is not an answer at this step", err.segment),
    };
    let main = html! {
        (crumbs(lang, &[(href(lang, ROOT), site.to_owned())], &err.status.as_u16().to_string()))
        h1 { (headline) }
        p { (tr(lang,
            "이 안내의 주소는 /ko/choose/ 뒤에 답의 이름(소문자, 숫자, 하이픈)을 차례로 붙인 것입니다.",
            "The guide's addresses list the names of the answers taken (lower-case letters, digits and hyphens) after /en/choose/.")) }
        @match err.walk.node() {
            Node::Question(q) => {
                h2 { (tr(lang, "여기서 고를 수 있는 답", "The answers here")) }
                p { strong { (q.text.get(lang)) } }
                ol.choices {
                    @for (i, a) in q.answers.iter().enumerate() {
                        li { a href=(href_walk(lang, &then(&err.walk, i))) { (a.label.get(lang)) } " " code { (a.id) } }
                    }
                }
            }
            Node::Outcome(_) => {
                p { (tr(lang, "이 경로는 이미 결과에서 끝났습니다: ", "This path has already ended at a result: "))
                    a href=(href_walk(lang, &err.walk)) { (tr(lang, "결과 보기", "see the result")) } }
            }
        }
        (trail(lang, &err.walk))
        p { a href=(href(lang, ROOT)) { "↺ " (tr(lang, "처음부터", "Start from the beginning")) } }
    };
    let title = format!("{} | {headline} | httpstatus", err.status.as_u16());
    let rest = rest_of(&err.walk);
    let frame = Frame {
        lang,
        title: &title,
        description: &headline,
        rest: &rest,
        header_search: true,
        api: "/api/v1/choose",
        script: None,
    };
    document(&frame, shell, main)
}

/// "Not sure this is the right code?" on a code page: a link to the question whose
/// answers weigh this code against its alternatives, or to the guide's start.
pub(crate) fn hint(lang: Lang, code: StatusCode) -> Markup {
    let step = guide::walk_to(code).map(|mut w| {
        w.back();
        w
    });
    let url = href_walk(lang, &step.unwrap_or_default());
    html! {
        p.hint {
            (tr(lang, "이 코드가 맞는지 모르겠다면? ", "Not sure this is the right code? "))
            a href=(url) { (tr(lang, "몇 가지 질문으로 골라 보기", "Find it step by step")) }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(parse("choose").unwrap(), Walk::new());
        assert_eq!(parse("choose/").unwrap(), Walk::new());
        let w = parse("choose/client-fault/who/").unwrap();
        assert_eq!(w.question().unwrap().id, "auth");
        assert_eq!(rest_of(&w), "choose/client-fault/who/");
        assert_eq!(parse("choose/client-fault//who").unwrap(), w);

        let e = parse("choose/client-fault/Who/").unwrap_err();
        assert_eq!((e.status.as_u16(), e.segment.as_str()), (400, "Who"));
        assert_eq!(e.walk.answer_ids().collect::<Vec<_>>(), ["client-fault"]);
        assert_eq!(
            parse("choose/3/").unwrap_err().status,
            400,
            "numbers are not names"
        );
        assert_eq!(parse("choose/%41/").unwrap_err().status, 400);
        let e = parse("choose/client-fault/sideways/").unwrap_err();
        assert_eq!((e.status.as_u16(), e.segment.as_str()), (404, "sideways"));
        let e = parse("choose/client-fault/legal/more/").unwrap_err();
        assert_eq!(e.status, 404);
        assert_eq!(e.walk.outcome().unwrap().id, "r-legal");
    }

    #[test]
    fn every_walk_has_a_page_that_links_back() {
        let shell = Shell::new(None);
        for walk in guide::walks() {
            let rest = rest_of(&walk);
            assert_eq!(parse(&rest).unwrap(), walk);
            for lang in Lang::ALL {
                let page = choose(lang, &walk, &shell);
                let outcome = walk.outcome().unwrap();
                assert!(
                    page.contains(&format!(
                        "href=\"/{}/{}\"",
                        lang.as_str(),
                        outcome.code().as_u16()
                    )),
                    "{rest}"
                );
                assert!(page.contains("rel=\"prev\""), "{rest}");
            }
        }
    }
}
