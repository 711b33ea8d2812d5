//! [`Walk`]: a position in the guide, as the answers taken from the first question.

use core::fmt;

#[cfg(test)]
use super::generated::OUTCOMES;
use super::generated::{QUESTIONS, START};
use super::{Answer, MAX_DEPTH, Node, Outcome, Question, Target};
use crate::StatusCode;

/// A walk through the guide: the answers taken so far, from the first question.
///
/// It is `Copy`, holds at most [`MAX_DEPTH`] answers (the longest path) and allocates
/// nothing. Answers are given by id or by their 1-based number.
///
/// ```
/// use httpstatus::guide::Walk;
///
/// let walk = Walk::from_answers(["elsewhere", "moved", "yes", "get-only"]).unwrap();
/// let outcome = walk.outcome().unwrap();
/// assert_eq!(outcome.codes, [301, 308]);
/// assert_eq!(walk.answer_ids().collect::<Vec<_>>(), ["elsewhere", "moved", "yes", "get-only"]);
///
/// // Numbers pick answers by position: 2 is "elsewhere" at the first question.
/// let same = Walk::from_answers(["2", "moved", "1", "1"]).unwrap();
/// assert_eq!(same, walk);
///
/// let err = Walk::from_answers(["elsewhere", "sideways"]).unwrap_err();
/// assert_eq!(err.position(), 1);
/// assert!(err.to_string().contains("moved"));
/// ```
#[derive(Clone, Copy)]
pub struct Walk {
    answers: [u8; MAX_DEPTH],
    len: u8,
}

impl PartialEq for Walk {
    /// Two walks are equal when they took the same answers.
    fn eq(&self, other: &Walk) -> bool {
        self.taken() == other.taken()
    }
}

impl Eq for Walk {}

impl core::hash::Hash for Walk {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.taken().hash(state);
    }
}

impl Default for Walk {
    fn default() -> Self {
        Walk::new()
    }
}

impl fmt::Debug for Walk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.answer_ids()).finish()
    }
}

impl Walk {
    /// A walk at the first question.
    pub const fn new() -> Walk {
        Walk {
            answers: [0; MAX_DEPTH],
            len: 0,
        }
    }

    /// A walk that takes `answers` (ids or 1-based numbers) from the first question.
    pub fn from_answers<'a, I>(answers: I) -> Result<Walk, AnswerError>
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut walk = Walk::new();
        for a in answers {
            walk.answer(a)?;
        }
        Ok(walk)
    }

    /// The answer indices taken (what the walk is).
    fn taken(&self) -> &[u8] {
        &self.answers[..self.len()]
    }

    /// The number of answers taken.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// `true` at the first question.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Where the walk stands.
    pub fn node(&self) -> Node {
        self.target().node()
    }

    fn target(&self) -> Target {
        let mut at = Target::Question(START);
        for &a in self.taken() {
            if let Target::Question(q) = at {
                at = QUESTIONS[q].answers[usize::from(a)].next;
            }
        }
        at
    }

    /// The question to answer next, or `None` once the walk has ended.
    pub fn question(&self) -> Option<&'static Question> {
        match self.node() {
            Node::Question(q) => Some(q),
            Node::Outcome(_) => None,
        }
    }

    /// The outcome the walk ended on, or `None` while a question is open.
    pub fn outcome(&self) -> Option<&'static Outcome> {
        match self.node() {
            Node::Outcome(o) => Some(o),
            Node::Question(_) => None,
        }
    }

    /// `true` once the walk has reached an outcome.
    pub fn is_done(&self) -> bool {
        matches!(self.target(), Target::Outcome(_))
    }

    /// Takes the answer `choice` to the current question: its id, or its 1-based number.
    /// Returns where that leads; on error the walk is unchanged.
    pub fn answer(&mut self, choice: &str) -> Result<Node, AnswerError> {
        let question = self.open_question()?;
        let index = question
            .answers
            .iter()
            .position(|a| a.id == choice)
            .or_else(|| {
                let n: usize = choice.trim().parse().ok()?;
                (1..=question.answers.len()).contains(&n).then(|| n - 1)
            })
            .ok_or(AnswerError {
                position: self.len(),
                kind: ErrorKind::NoSuchAnswer(question),
            })?;
        self.answer_index(index)
    }

    /// Takes the answer at `index` (0-based) of the current question.
    pub fn answer_index(&mut self, index: usize) -> Result<Node, AnswerError> {
        let question = self.open_question()?;
        let error = AnswerError {
            position: self.len(),
            kind: ErrorKind::NoSuchAnswer(question),
        };
        if index >= question.answers.len() {
            return Err(error);
        }
        let len = self.len();
        let (Ok(a), Some(slot)) = (u8::try_from(index), self.answers.get_mut(len)) else {
            return Err(error);
        };
        *slot = a;
        self.len += 1;
        Ok(self.node())
    }

    fn open_question(&self) -> Result<&'static Question, AnswerError> {
        match self.node() {
            Node::Question(q) => Ok(q),
            Node::Outcome(o) => Err(AnswerError {
                position: self.len(),
                kind: ErrorKind::Finished(o),
            }),
        }
    }

    /// Goes back one answer; `false` at the first question.
    pub fn back(&mut self) -> bool {
        if self.len == 0 {
            return false;
        }
        self.len -= 1;
        true
    }

    /// Goes back to the first question.
    pub fn restart(&mut self) {
        self.len = 0;
    }

    /// The steps taken: each question with the answer given to it.
    pub fn steps(&self) -> Steps {
        Steps {
            walk: *self,
            at: START,
            i: 0,
        }
    }

    /// The ids of the answers taken, in order (the page path, the CLI's `--answers`).
    pub fn answer_ids(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.steps().map(|s| s.answer.id)
    }
}

/// One step of a [`Walk`]: a question and the answer taken.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Step {
    /// The question.
    pub question: &'static Question,
    /// The answer given.
    pub answer: &'static Answer,
}

/// The steps of a walk; see [`Walk::steps`].
#[derive(Clone, Debug)]
pub struct Steps {
    walk: Walk,
    at: usize,
    i: usize,
}

impl Iterator for Steps {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        if self.i >= self.walk.len() {
            return None;
        }
        let question = &QUESTIONS[self.at];
        let answer = &question.answers[usize::from(self.walk.answers[self.i])];
        self.i += 1;
        if let Target::Question(n) = answer.next {
            self.at = n;
        }
        Some(Step { question, answer })
    }
}

/// Why an answer could not be taken.
#[derive(Clone, Copy, Debug)]
pub struct AnswerError {
    position: usize,
    kind: ErrorKind,
}

#[derive(Clone, Copy, Debug)]
enum ErrorKind {
    NoSuchAnswer(&'static Question),
    Finished(&'static Outcome),
}

impl AnswerError {
    /// Which answer of a sequence failed (0-based): the walk's length when it failed.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The question that did not have the answer, or `None` when the walk had already
    /// ended on an outcome.
    pub fn question(&self) -> Option<&'static Question> {
        match self.kind {
            ErrorKind::NoSuchAnswer(q) => Some(q),
            ErrorKind::Finished(_) => None,
        }
    }

    /// The outcome the walk had already reached, if that is the problem.
    pub fn outcome(&self) -> Option<&'static Outcome> {
        match self.kind {
            ErrorKind::Finished(o) => Some(o),
            ErrorKind::NoSuchAnswer(_) => None,
        }
    }
}

impl fmt::Display for AnswerError {
    /// "answer 2 is not an answer to “What is the problem?” (client): expected one of
    /// who, target, … or a number from 1 to 10".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.position + 1;
        match self.kind {
            ErrorKind::NoSuchAnswer(q) => {
                write!(
                    f,
                    "answer {n} is not an answer to “{}” ({}): expected one of ",
                    q.text.en, q.id
                )?;
                for (i, a) in q.answers.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(a.id)?;
                }
                write!(f, " or a number from 1 to {}", q.answers.len())
            }
            ErrorKind::Finished(o) => {
                write!(
                    f,
                    "answer {n} comes after the end of the walk, which is {} (",
                    o.id
                )?;
                for (i, c) in o.codes.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{c}")?;
                }
                f.write_str(")")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for AnswerError {}

/// Every path through the guide to an outcome, in answer order, as finished walks.
///
/// ```
/// use httpstatus::guide;
///
/// let mut n = 0;
/// for walk in guide::walks() {
///     let outcome = walk.outcome().unwrap();
///     assert!(outcome.entries().count() == outcome.codes.len());
///     n += 1;
/// }
/// assert!(n > 100);
/// ```
pub fn walks() -> Walks {
    Walks {
        next: Some(descend(Walk::new())),
    }
}

/// The iterator of [`walks`].
#[derive(Clone, Debug)]
pub struct Walks {
    next: Option<Walk>,
}

/// From `walk`, takes the first answer until an outcome.
fn descend(mut walk: Walk) -> Walk {
    while !walk.is_done() {
        if walk.answer_index(0).is_err() {
            break;
        }
    }
    walk
}

impl Iterator for Walks {
    type Item = Walk;

    fn next(&mut self) -> Option<Walk> {
        let current = self.next?;
        // The next path: drop answers until one can move to its next sibling.
        let mut walk = current;
        self.next = loop {
            let Some(last) = walk.len().checked_sub(1) else {
                break None;
            };
            let taken = usize::from(walk.answers[last]);
            walk.back();
            if walk.answer_index(taken + 1).is_ok() {
                break Some(descend(walk));
            }
        };
        Some(current)
    }
}

/// The shortest walk to an outcome offering `code`: one that recommends it when there is
/// one, else one that names it as an alternative; the first in [`walks`] order on a tie.
///
/// ```
/// use httpstatus::{StatusCode, guide};
///
/// let walk = guide::walk_to(StatusCode::NOT_FOUND).unwrap();
/// assert_eq!(walk.answer_ids().collect::<Vec<_>>(), ["client-fault", "target", "nothing"]);
/// assert_eq!(guide::walk_to(StatusCode::GONE).unwrap().outcome().unwrap().code(), 410);
/// assert!(guide::walk_to(StatusCode::from_u16(418).unwrap()).is_none());
/// ```
pub fn walk_to(code: StatusCode) -> Option<Walk> {
    let offers = |w: &Walk| w.outcome().map_or(&[][..], |o| o.codes);
    let shortest = |found: &dyn Fn(&Walk) -> bool| {
        walks()
            .filter(|w| found(w))
            .fold(None, |best: Option<Walk>, w| match best {
                Some(b) if b.len() <= w.len() => Some(b),
                _ => Some(w),
            })
    };
    shortest(&|w| offers(w).first() == Some(&code))
        .or_else(|| shortest(&|w| offers(w).contains(&code)))
}

/// Every outcome can be reached (the codegen tests check it on the data); used by tests.
#[cfg(test)]
pub(crate) fn outcome_index(o: &Outcome) -> Option<usize> {
    OUTCOMES.iter().position(|x| core::ptr::eq(x, o))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::vec;
    use std::vec::Vec;

    #[test]
    fn every_outcome_is_at_the_end_of_a_walk() {
        let mut seen = vec![false; OUTCOMES.len()];
        for w in walks() {
            let o = w.outcome().expect("walks end on an outcome");
            seen[outcome_index(o).unwrap()] = true;
            assert!(w.len() <= MAX_DEPTH);
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn walks_are_distinct_and_replayable() {
        let all: Vec<Walk> = walks().collect();
        for (i, w) in all.iter().enumerate() {
            let ids: Vec<&str> = w.answer_ids().collect();
            assert_eq!(Walk::from_answers(ids.iter().copied()).unwrap(), *w);
            assert!(!all[..i].contains(w), "{w:?} twice");
        }
    }

    #[test]
    fn back_and_restart() {
        let mut w = Walk::new();
        assert!(!w.back());
        w.answer("succeeded").unwrap();
        w.answer("content").unwrap();
        assert_eq!(w.question().unwrap().id, "content");
        assert!(w.back());
        assert_eq!(w.question().unwrap().id, "success");
        w.answer("created").unwrap();
        w.restart();
        assert!(w.is_empty());
        assert_eq!(w.question().unwrap().id, "start");
    }

    #[test]
    fn errors_leave_the_walk_alone() {
        let mut w = Walk::new();
        assert!(w.answer("nope").is_err());
        assert!(w.answer("0").is_err());
        assert!(w.answer("7").is_err());
        assert!(w.answer_index(99).is_err());
        assert!(w.is_empty());
        for a in ["client-fault", "legal"] {
            w.answer(a).unwrap();
        }
        let err = w.answer("1").unwrap_err();
        assert_eq!(err.outcome().unwrap().id, "r-legal");
        assert!(err.to_string().contains("451"), "{err}");
        assert_eq!(w.len(), 2);
    }
}
