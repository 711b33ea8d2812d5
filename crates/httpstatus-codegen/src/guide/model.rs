//! The shape of `data/decision-guide.toml`, as documented in `docs/decision-guide.md`.

use serde::Deserialize;

use crate::model::{Spec, Text};

/// The whole guide.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Where the walk starts and when the texts were reviewed.
    pub meta: GuideMeta,
    /// The questions, in the order they are listed (the first need not be the start).
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
    /// Where walks end.
    #[serde(rename = "result")]
    pub results: Vec<Outcome>,
    /// Registered codes the guide deliberately does not lead to, each with the reason.
    #[serde(rename = "not_reached", default)]
    pub not_reached: Vec<NotReached>,
}

/// `[meta]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideMeta {
    /// The id of the first question.
    pub start: String,
    /// Last review of the texts against the RFCs, YYYY-MM-DD.
    pub reviewed: String,
}

/// `[[question]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Node id, unique among questions and results.
    pub id: String,
    /// The question, ending in a question mark.
    pub text: Text,
    /// Why the answer matters, one to three sentences.
    pub why: Text,
    /// Where the distinction is made in the specifications.
    pub spec: Vec<Spec>,
    /// The answers, in the order they are offered.
    #[serde(rename = "answer")]
    pub answers: Vec<Answer>,
}

/// `[[question.answer]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Answer id, unique within its question; a path segment of the pages.
    pub id: String,
    /// What the user picks.
    pub label: Text,
    /// The id of the question or result it leads to.
    pub next: String,
}

/// `[[result]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Node id, unique among questions and results.
    pub id: String,
    /// The codes, the recommended one first; each names its main entry.
    pub codes: Vec<u16>,
    /// When to use which code, and what to send with it.
    pub note: Text,
    /// Further references for the note (the codes' own come with their entries).
    #[serde(default)]
    pub spec: Vec<Spec>,
}

/// `[[not_reached]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotReached {
    /// A registered code.
    pub code: u16,
    /// Why no answer leads to it.
    pub why: Text,
}
