//! "Which code should I send?": a decision guide from a situation to the status code(s) to
//! send, in Korean and English, every step citing the specification.
//!
//! The guide is a graph of [`Question`]s whose [`Answer`]s lead to another question or to
//! an [`Outcome`]: one code, or a few with a note on when to use which ("301 for GET-only
//! links, 308 to keep the method"). A [`Walk`] goes through it one answer at a time, can go
//! back and start over, and needs no allocation. The graph is generated from
//! `data/decision-guide.toml` in the repository; its tests check that every path ends on an
//! entry of this crate, that no path loops and that every node is reachable.
//!
//! ```
//! use httpstatus::guide::{self, Node};
//! use httpstatus::Lang;
//!
//! let mut walk = guide::start();
//! let question = walk.question().unwrap();
//! println!("{}", question.text.get(Lang::En)); // "What happened to the request?"
//!
//! // Answer by id or by number (1-based), as the CLI and the pages do.
//! walk.answer("client-fault").unwrap();
//! walk.answer("who").unwrap();
//! walk.answer("missing").unwrap();
//! let node = walk.answer("origin").unwrap();
//! let Node::Outcome(outcome) = node else { panic!("a result") };
//! assert_eq!(outcome.codes[0], 401);
//! assert_eq!(outcome.entries().next().unwrap().reason, "Unauthorized");
//!
//! // Every step names where the distinction is made.
//! assert!(walk.steps().all(|s| !s.question.spec.is_empty()));
//!
//! walk.back();
//! assert_eq!(walk.question().unwrap().id, "who-asks");
//! ```

mod generated;
#[cfg(feature = "serde")]
mod serde_shape;
mod walk;

pub use walk::{AnswerError, Step, Steps, Walk, Walks, walk_to, walks};

use crate::{Info, SpecRef, StatusCode, Text};

/// The most answers on any path through the guide: a [`Walk`] holds up to this many.
pub const MAX_DEPTH: usize = generated::MAX_DEPTH;

/// A question of the guide.
#[derive(Debug)]
#[non_exhaustive]
pub struct Question {
    /// Its id ("start", "auth"), unique among questions and outcomes.
    pub id: &'static str,
    /// The question.
    pub text: Text,
    /// Why the answer matters, in one to three sentences.
    pub why: Text,
    /// Where the specifications make the distinction (at least one reference).
    pub spec: &'static [SpecRef],
    /// The answers, in the order they are offered.
    pub answers: &'static [Answer],
}

/// One answer to a [`Question`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Answer {
    /// Its id, unique within the question: a path segment of the pages
    /// (`/en/choose/client-fault/who/`) and a value of `httpstatus choose --answers`.
    pub id: &'static str,
    /// What the user picks.
    pub label: Text,
    pub(crate) next: Target,
}

/// Where an answer leads, by position in the generated tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Question(usize),
    Outcome(usize),
}

impl Target {
    fn node(self) -> Node {
        match self {
            Target::Question(i) => Node::Question(&generated::QUESTIONS[i]),
            Target::Outcome(i) => Node::Outcome(&generated::OUTCOMES[i]),
        }
    }
}

impl Answer {
    /// The question or outcome this answer leads to.
    pub fn next(&self) -> Node {
        self.next.node()
    }
}

/// Where a walk can stand: at a question, or at an outcome.
#[derive(Clone, Copy, Debug)]
pub enum Node {
    /// A question still to answer.
    Question(&'static Question),
    /// The end of a walk.
    Outcome(&'static Outcome),
}

impl Node {
    /// The node's id.
    pub fn id(self) -> &'static str {
        match self {
            Node::Question(q) => q.id,
            Node::Outcome(o) => o.id,
        }
    }
}

/// Where a walk ends: the code(s) to send and when to use which.
#[derive(Debug)]
#[non_exhaustive]
pub struct Outcome {
    /// Its id ("r-unauthorized"), unique among questions and outcomes.
    pub id: &'static str,
    /// The codes, the recommended one first, then the close alternatives the note weighs.
    /// Each has an entry in this crate ([`StatusCode::info`]).
    pub codes: &'static [StatusCode],
    /// When to use which code, and what to send with it.
    pub note: Text,
    /// References for the note beyond the codes' own (often empty).
    pub spec: &'static [SpecRef],
}

impl Outcome {
    /// The recommended code.
    pub fn code(&self) -> StatusCode {
        self.codes[0]
    }

    /// The codes to weigh against the recommended one: the outcome's other codes, then
    /// those its entry is often confused with ([`Info::related`]), each once. The CLI and
    /// the pages compare the first few side by side.
    ///
    /// ```
    /// let o = httpstatus::guide::outcome("r-moved-permanently").unwrap();
    /// let alt: Vec<u16> = o.alternatives().map(|c| c.as_u16()).collect();
    /// assert_eq!(alt[0], 308); // the outcome's own alternative first
    /// assert!(alt.contains(&302)); // then what 301 is confused with
    /// assert!(!alt.contains(&301));
    /// ```
    pub fn alternatives(&self) -> impl Iterator<Item = StatusCode> + use<> {
        let codes: &'static [StatusCode] = self.codes;
        let related: &'static [StatusCode] = codes[0].info().map_or(&[], |i| i.related);
        codes[1..]
            .iter()
            .chain(related.iter().filter(move |c| !codes.contains(c)))
            .copied()
    }

    /// The main entry of each code, in order.
    pub fn entries(&self) -> impl Iterator<Item = &'static Info> + use<> {
        let codes: &'static [StatusCode] = self.codes;
        codes.iter().filter_map(|c| c.info())
    }
}

/// A registered code the guide deliberately does not lead to, and why.
#[derive(Debug)]
#[non_exhaustive]
pub struct NotReached {
    /// The code.
    pub code: StatusCode,
    /// Why no answer leads to it.
    pub why: Text,
}

/// A walk at the first question.
pub const fn start() -> Walk {
    Walk::new()
}

/// The first question.
pub fn first_question() -> &'static Question {
    &generated::QUESTIONS[generated::START]
}

/// Every question, in the order of the data file.
pub fn questions() -> &'static [Question] {
    &generated::QUESTIONS
}

/// Every outcome, in the order of the data file.
pub fn outcomes() -> &'static [Outcome] {
    &generated::OUTCOMES
}

/// The registered codes no answer leads to, each with the reason.
///
/// ```
/// let skipped: Vec<u16> = httpstatus::guide::not_reached().iter().map(|n| n.code.as_u16()).collect();
/// assert!(skipped.contains(&418));
/// assert!(!skipped.contains(&404));
/// ```
pub fn not_reached() -> &'static [NotReached] {
    &generated::NOT_REACHED
}

/// The question called `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    generated::QUESTIONS.iter().find(|q| q.id == id)
}

/// The outcome called `id`.
pub fn outcome(id: &str) -> Option<&'static Outcome> {
    generated::OUTCOMES.iter().find(|o| o.id == id)
}

/// The date (YYYY-MM-DD) the guide's texts were last reviewed against the RFCs.
pub fn reviewed() -> &'static str {
    generated::REVIEWED
}

/// The whole graph, for serialization (feature `serde`): `{"start", "reviewed",
/// "max_depth", "questions", "results", "not_reached"}`.
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct Graph;

/// The whole graph; see [`Graph`].
pub const fn graph() -> Graph {
    Graph
}

impl Question {
    /// The answer called `id`.
    pub fn answer(&self, id: &str) -> Option<&'static Answer> {
        let answers: &'static [Answer] = self.answers;
        answers.iter().find(|a| a.id == id)
    }
}
