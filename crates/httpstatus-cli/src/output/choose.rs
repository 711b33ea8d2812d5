//! `httpstatus choose`: the path of answers, the result with its cards, and an open
//! question with its numbered answers.

use httpstatus::guide::{Outcome, Question, Walk};
use httpstatus::{SpecRef, Text};

use crate::i18n::Langs;
use crate::output::{Ctx, card};
use crate::style::{self, paint};
use crate::table::wrap_indented;

/// How many codes the suggested `vs` command compares at most.
const MAX_COMPARE: usize = 6;

/// A text in the chosen language(s), Korean first for both.
fn each(langs: Langs, t: Text) -> Vec<&'static str> {
    langs.langs().iter().map(|&l| t.get(l)).collect()
}

/// `RFC 9110 §15.5.2  https://…`, one per line, indented.
fn specs(out: &mut String, spec: &[SpecRef], indent: usize) {
    for s in spec {
        out.push_str(&" ".repeat(indent));
        out.push_str(&paint(style::LABEL, &format!("{s}  {}", s.url)));
        out.push('\n');
    }
}

/// The page of a walk on the reference site, as a path.
pub(crate) fn page_path(walk: &Walk, langs: Langs) -> String {
    let mut path = format!("/{}/choose/", langs.primary().as_str());
    for id in walk.answer_ids() {
        path.push_str(id);
        path.push('/');
    }
    path
}

/// The heading over a question: its text, why it matters and where, wrapped.
pub(crate) fn question_intro(q: &'static Question, ctx: &Ctx) -> String {
    let width = ctx.text_width();
    let mut out = String::new();
    for why in each(ctx.langs, q.why) {
        out.push_str(&paint(style::LABEL, &wrap_indented(why, width, 0)));
    }
    specs(&mut out, q.spec, 0);
    out
}

/// The answers taken so far, one question and answer per step.
pub(crate) fn path(walk: &Walk, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let width = ctx.text_width();
    let mut out = paint(style::TITLE, &langs.ui("지금까지의 답", "Your answers"));
    out.push('\n');
    for (i, step) in walk.steps().enumerate() {
        let n = format!("{:>2}. ", i + 1);
        for (j, text) in each(langs, step.question.text).into_iter().enumerate() {
            let prefix = if j == 0 { n.as_str() } else { "    " };
            out.push_str(prefix);
            out.push_str(wrap_indented(text, width.saturating_sub(4), 4).trim_start());
        }
        for label in each(langs, step.answer.label) {
            out.push_str("    → ");
            out.push_str(wrap_indented(label, width.saturating_sub(6), 6).trim_start());
        }
        for s in step.question.spec.iter().take(1) {
            out.push_str(&paint(style::LABEL, &format!("      {s}\n")));
        }
    }
    out
}

/// The result block: the codes to send, the note, references and where to go next.
pub(crate) fn result(walk: &Walk, outcome: &'static Outcome, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let width = ctx.text_width();
    let mut out = String::new();
    out.push_str(&paint(style::TITLE, &langs.ui("보낼 코드", "Send")));
    out.push_str(": ");
    for (i, info) in outcome.entries().enumerate() {
        if i > 0 {
            out.push_str(&paint(style::LABEL, if i == 1 { "  (" } else { ", " }));
        }
        out.push_str(&paint(
            style::entry(info),
            &format!("{} {}", info.code.as_u16(), info.reason),
        ));
    }
    if outcome.codes.len() > 1 {
        out.push_str(&paint(style::LABEL, ")"));
    }
    out.push('\n');
    for note in each(langs, outcome.note) {
        out.push_str(&wrap_indented(note, width, 2));
    }
    specs(&mut out, outcome.spec, 2);

    let compare: Vec<String> = std::iter::once(outcome.code())
        .chain(outcome.alternatives())
        .take(MAX_COMPARE)
        .map(|c| c.as_u16().to_string())
        .collect();
    let answers: Vec<&str> = walk.answer_ids().collect();
    let row = |label: (&'static str, &'static str), value: String| {
        format!(
            "  {} {value}\n",
            paint(style::LABEL, &format!("{}:", langs.label(label)))
        )
    };
    if compare.len() > 1 {
        out.push_str(&row(
            ("비교", "Compare"),
            format!("httpstatus vs {}", compare.join(" ")),
        ));
    }
    out.push_str(&row(
        ("다시 보기", "Replay"),
        format!("httpstatus choose --answers {}", answers.join(",")),
    ));
    out.push_str(&row(
        ("웹 페이지", "Page"),
        format!("{} (httpstatus serve)", page_path(walk, langs)),
    ));
    out
}

/// Everything printed at the end of a walk: the path, the result, then a card per code.
pub(crate) fn finished(walk: &Walk, outcome: &'static Outcome, ctx: &Ctx) -> String {
    let mut out = path(walk, ctx);
    out.push('\n');
    out.push_str(&result(walk, outcome, ctx));
    for info in outcome.entries() {
        out.push('\n');
        out.push_str(&card::render(info, ctx));
    }
    out
}

/// A question left open by `--answers` without a terminal: the path so far, the question
/// and its answers with their numbers and ids, and how to go on.
pub(crate) fn open(walk: &Walk, q: &'static Question, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let width = ctx.text_width();
    let mut out = String::new();
    if !walk.is_empty() {
        out.push_str(&path(walk, ctx));
        out.push('\n');
    }
    for text in each(langs, q.text) {
        out.push_str(&paint(style::TITLE, text));
        out.push('\n');
    }
    out.push_str(&question_intro(q, ctx));
    for (i, a) in q.answers.iter().enumerate() {
        let lead = format!("{:>3}. {}", i + 1, a.id);
        out.push_str(&paint(style::TITLE, &lead));
        out.push('\n');
        for label in each(langs, a.label) {
            out.push_str(&wrap_indented(label, width, 7));
        }
    }
    let taken: Vec<&str> = walk.answer_ids().collect();
    let example = match taken.is_empty() {
        true => q.answers[0].id.to_owned(),
        false => format!("{},{}", taken.join(","), q.answers[0].id),
    };
    out.push('\n');
    out.push_str(&paint(
        style::LABEL,
        &langs.ui_fmt(
            format!("답을 이어서 주세요(번호나 이름): httpstatus choose --answers {example}"),
            format!("Go on with an answer (number or name): httpstatus choose --answers {example}"),
        ),
    ));
    out.push('\n');
    out
}
