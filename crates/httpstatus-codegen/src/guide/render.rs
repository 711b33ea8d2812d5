//! Renders the guide as Rust source for the core crate's `guide` module.

use std::fmt::Write;

use super::graph::{Graph, Node};
use super::model::Guide;
use crate::model::{Spec, Text};
use crate::render::spec_url;

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn text(t: &Text) -> String {
    format!("Text {{ ko: {}, en: {} }}", lit(&t.ko), lit(&t.en))
}

fn specs(list: &[Spec]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|s| {
            let url = spec_url(&s.document, &s.section, s.url.as_deref()).unwrap_or_default();
            let section = if s.section.is_empty() {
                "None".to_owned()
            } else {
                format!("Some({})", lit(&s.section))
            };
            format!(
                "SpecRef {{ document: {}, section: {section}, url: {} }}",
                lit(&s.document),
                lit(&url)
            )
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// Renders `guide/generated.rs`. The guide must be valid (see `validate`).
pub fn render(guide: &Guide) -> String {
    let (graph, _) = Graph::new(guide);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "//! Generated from `data/decision-guide.toml` by `cargo test -p httpstatus-codegen`."
    );
    let _ = writeln!(
        w,
        "//! Do not edit by hand: edit the data file and run that command."
    );
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "use super::{{Answer, NotReached, Outcome, Question, Target}};"
    );
    let _ = writeln!(w, "use crate::{{SpecRef, StatusCode, Text}};");
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "pub(super) const REVIEWED: &str = {};",
        lit(&guide.meta.reviewed)
    );
    let _ = writeln!(
        w,
        "pub(super) const START: usize = {};",
        graph.start().unwrap_or(0)
    );
    let _ = writeln!(
        w,
        "pub(super) const MAX_DEPTH: usize = {};",
        graph.max_depth()
    );
    let _ = writeln!(w);

    let _ = writeln!(
        w,
        "pub(super) static QUESTIONS: [Question; {}] = [",
        guide.questions.len()
    );
    for q in &guide.questions {
        let _ = writeln!(w, "    Question {{");
        let _ = writeln!(w, "        id: {},", lit(&q.id));
        let _ = writeln!(w, "        text: {},", text(&q.text));
        let _ = writeln!(w, "        why: {},", text(&q.why));
        let _ = writeln!(w, "        spec: {},", specs(&q.spec));
        let _ = writeln!(w, "        answers: &[");
        for a in &q.answers {
            let target = match graph.resolve(&a.next) {
                Some(Node::Question(n)) => format!("Target::Question({n})"),
                Some(Node::Result(n)) => format!("Target::Outcome({n})"),
                None => "Target::Outcome(0)".to_owned(),
            };
            let _ = writeln!(
                w,
                "            Answer {{ id: {}, label: {}, next: {target} }},",
                lit(&a.id),
                text(&a.label)
            );
        }
        let _ = writeln!(w, "        ],");
        let _ = writeln!(w, "    }},");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);

    let _ = writeln!(
        w,
        "pub(super) static OUTCOMES: [Outcome; {}] = [",
        guide.results.len()
    );
    for r in &guide.results {
        let codes: Vec<String> = r
            .codes
            .iter()
            .map(|c| format!("StatusCode::from_u16_or_panic({c})"))
            .collect();
        let _ = writeln!(w, "    Outcome {{");
        let _ = writeln!(w, "        id: {},", lit(&r.id));
        let _ = writeln!(w, "        codes: &[{}],", codes.join(", "));
        let _ = writeln!(w, "        note: {},", text(&r.note));
        let _ = writeln!(w, "        spec: {},", specs(&r.spec));
        let _ = writeln!(w, "    }},");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);

    let _ = writeln!(
        w,
        "pub(super) static NOT_REACHED: [NotReached; {}] = [",
        guide.not_reached.len()
    );
    for n in &guide.not_reached {
        let _ = writeln!(
            w,
            "    NotReached {{ code: StatusCode::from_u16_or_panic({}), why: {} }},",
            n.code,
            text(&n.why)
        );
    }
    let _ = writeln!(w, "];");
    out
}
