//! Checks of the guide that the types cannot make: every rule in `docs/decision-guide.md`.

use std::collections::{BTreeSet, HashSet};

use super::graph::{Graph, Node};
use super::model::Guide;
use crate::model::{Data, Text};
use crate::validate::{check_spec, check_text, has_hangul, is_date};

/// Most answers to one question (a menu still read at a glance).
pub const MAX_ANSWERS: usize = 12;
/// Most codes in one result (the comparison page shows at most six).
pub const MAX_CODES: usize = 6;
/// Longest answer id.
pub const MAX_ID: usize = 40;

/// `true` for a lower-case slug with single hyphens: `client-fault`, `r-404`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_korean(e: &mut Vec<String>, what: &str, t: &Text, forbidden: &[String]) {
    for word in forbidden {
        if t.ko.contains(word.as_str()) {
            e.push(format!(
                "{what}: Korean text uses {word:?}, which the glossary forbids"
            ));
        }
    }
}

/// `what` ends in a question mark in both languages.
fn check_question_mark(e: &mut Vec<String>, what: &str, t: &Text) {
    if !t.ko.ends_with('?') || !t.en.ends_with('?') {
        e.push(format!("{what}: a question ends with a question mark"));
    }
}

/// Every problem found, one line each; empty when the guide is valid.
pub fn validate(guide: &Guide, data: &Data, forbidden_korean: &[String]) -> Vec<String> {
    let (graph, mut errors) = Graph::new(guide);
    let e = &mut errors;
    let text = |e: &mut Vec<String>, what: &str, t: &Text, sentence: bool| {
        check_text(e, what, t, sentence);
        check_korean(e, what, t, forbidden_korean);
    };

    if !is_date(&guide.meta.reviewed) {
        e.push("meta.reviewed is not YYYY-MM-DD".into());
    }
    if graph.start().is_none() {
        e.push(format!(
            "meta.start {:?} is not a question",
            guide.meta.start
        ));
    }
    if guide.questions.len() > 255 || guide.results.len() > 255 {
        e.push("at most 255 questions and 255 results (the core indexes them with u8)".into());
    }

    for q in &guide.questions {
        let id = format!("question {}", q.id);
        if !is_slug(&q.id) {
            e.push(format!("{id}: the id is not a lower-case slug"));
        }
        text(e, &format!("{id}: text"), &q.text, false);
        check_question_mark(e, &id, &q.text);
        text(e, &format!("{id}: why"), &q.why, true);
        if q.spec.is_empty() {
            e.push(format!("{id}: no spec reference"));
        }
        for s in &q.spec {
            check_spec(e, &id, s);
            if s.section.is_empty() && s.document.starts_with("RFC") {
                e.push(format!("{id}: an RFC reference names its section"));
            }
        }
        if q.answers.len() < 2 || q.answers.len() > MAX_ANSWERS {
            e.push(format!(
                "{id}: {} answers; a question has 2 to {MAX_ANSWERS}",
                q.answers.len()
            ));
        }
        let mut answer_ids = HashSet::new();
        let mut targets = HashSet::new();
        for a in &q.answers {
            let what = format!("{id}, answer {}", a.id);
            if !is_slug(&a.id) || a.id.bytes().all(|b| b.is_ascii_digit()) {
                e.push(format!(
                    "{what}: the id must be a lower-case slug, not a number (numbers pick answers by position)"
                ));
            }
            if !answer_ids.insert(a.id.as_str()) {
                e.push(format!("{what}: the id is used twice in this question"));
            }
            text(e, &format!("{what}: label"), &a.label, false);
            if a.label.ko.ends_with('.') || a.label.en.ends_with('.') {
                e.push(format!("{what}: a label has no final period"));
            }
            match graph.resolve(&a.next) {
                None => e.push(format!(
                    "{what}: next {:?} is no question or result",
                    a.next
                )),
                Some(Node::Question(n)) if guide.questions[n].id == q.id => {
                    e.push(format!("{what}: leads back to its own question"));
                }
                Some(_) => {}
            }
            if !targets.insert(a.next.as_str()) {
                e.push(format!(
                    "{what}: another answer of the question already leads to {:?}",
                    a.next
                ));
            }
        }
    }

    let known: HashSet<u16> = data.codes.iter().map(|c| c.code).collect();
    for r in &guide.results {
        let id = format!("result {}", r.id);
        if !is_slug(&r.id) {
            e.push(format!("{id}: the id is not a lower-case slug"));
        }
        if r.codes.is_empty() || r.codes.len() > MAX_CODES {
            e.push(format!("{id}: a result has 1 to {MAX_CODES} codes"));
        }
        if r.codes.iter().collect::<HashSet<_>>().len() != r.codes.len() {
            e.push(format!("{id}: a code is listed twice"));
        }
        for c in &r.codes {
            if !known.contains(c) {
                e.push(format!(
                    "{id}: code {c} has no entry in data/status-codes.toml"
                ));
            }
        }
        text(e, &format!("{id}: note"), &r.note, true);
        for s in &r.spec {
            check_spec(e, &id, s);
        }
    }

    if let Some(cycle) = graph.cycle() {
        e.push(format!("the answers loop: {}", cycle.join(" → ")));
    } else {
        let reachable = graph.reachable();
        for (i, q) in guide.questions.iter().enumerate() {
            if !reachable.contains(&Node::Question(i)) {
                e.push(format!("question {}: no path leads to it", q.id));
            }
        }
        for (i, r) in guide.results.iter().enumerate() {
            if !reachable.contains(&Node::Result(i)) {
                e.push(format!("result {}: no path leads to it", r.id));
            }
        }
    }

    // Every registered code is reached, or listed with the reason it is not.
    let reached = graph.reached_codes();
    let registered: BTreeSet<u16> = data
        .codes
        .iter()
        .filter(|c| c.status.is_registered())
        .map(|c| c.code)
        .collect();
    let mut listed = BTreeSet::new();
    for n in &guide.not_reached {
        let what = format!("not_reached {}", n.code);
        if !listed.insert(n.code) {
            e.push(format!("{what}: listed twice"));
        }
        if !registered.contains(&n.code) {
            e.push(format!("{what}: not a registered code"));
        }
        if reached.contains(&n.code) {
            e.push(format!("{what}: the guide does lead to it"));
        }
        text(e, &format!("{what}: why"), &n.why, true);
    }
    for code in &registered {
        if !reached.contains(code) && !listed.contains(code) {
            e.push(format!(
                "registered code {code} is neither reached nor listed in not_reached"
            ));
        }
    }
    if guide.results.iter().any(|r| has_hangul(&r.id)) {
        e.push("result ids are ASCII".into());
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["start", "client-fault", "r-404", "a1"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "Start",
            "a_b",
            "-a",
            "a-",
            "a--b",
            "a b",
            "안녕",
            &"x".repeat(41),
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
