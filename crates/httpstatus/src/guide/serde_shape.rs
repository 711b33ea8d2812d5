//! `serde::Serialize` for the guide (feature `serde`), in the JSON shape shared by
//! `httpstatus choose --json` and `GET /api/v1/choose`.
//!
//! A question: `{"id", "text": {"ko", "en"}, "why": {"ko", "en"}, "spec": [SpecRef],
//! "answers": [{"id", "label": {"ko", "en"}, "next": "<question or result id>"}]}`.
//! An outcome: `{"id", "codes": [401], "note": {"ko", "en"}, "spec": [SpecRef]}`.
//! A [`Walk`]: `{"answers": ["client-fault", …], "path": [{"question", "text", "answer",
//! "label", "spec"}], "question": Question | null, "result": Outcome with "entries" (the
//! codes' entries in the core's shape) | null}`.
//! The [`Graph`]: `{"start", "reviewed", "max_depth", "questions", "results",
//! "not_reached": [{"code", "why"}]}`.

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use super::{Answer, Graph, NotReached, Outcome, Question, Step, Walk};

impl Serialize for Question {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Question", 5)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("why", &self.why)?;
        st.serialize_field("spec", self.spec)?;
        st.serialize_field("answers", self.answers)?;
        st.end()
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Answer", 3)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("next", self.next().id())?;
        st.end()
    }
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Outcome", 4)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("codes", self.codes)?;
        st.serialize_field("note", &self.note)?;
        st.serialize_field("spec", self.spec)?;
        st.end()
    }
}

impl Serialize for NotReached {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("NotReached", 2)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("why", &self.why)?;
        st.end()
    }
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Step", 5)?;
        st.serialize_field("question", self.question.id)?;
        st.serialize_field("text", &self.question.text)?;
        st.serialize_field("answer", self.answer.id)?;
        st.serialize_field("label", &self.answer.label)?;
        st.serialize_field("spec", self.question.spec)?;
        st.end()
    }
}

/// A sequence from an iterator, without collecting it.
struct Iter<F>(F);

impl<F, I, T> Serialize for Iter<F>
where
    F: Fn() -> I,
    I: Iterator<Item = T>,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for item in (self.0)() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// An outcome with its codes' entries.
struct WithEntries(&'static Outcome);

impl Serialize for WithEntries {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let o = self.0;
        let mut st = s.serialize_struct("Outcome", 5)?;
        st.serialize_field("id", o.id)?;
        st.serialize_field("codes", o.codes)?;
        st.serialize_field("note", &o.note)?;
        st.serialize_field("spec", o.spec)?;
        st.serialize_field("entries", &Iter(|| o.entries()))?;
        st.end()
    }
}

impl Serialize for Walk {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Walk", 4)?;
        st.serialize_field("answers", &Iter(|| self.answer_ids()))?;
        st.serialize_field("path", &Iter(|| self.steps()))?;
        st.serialize_field("question", &self.question())?;
        st.serialize_field("result", &self.outcome().map(WithEntries))?;
        st.end()
    }
}

impl Serialize for Graph {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Graph", 6)?;
        st.serialize_field("start", super::first_question().id)?;
        st.serialize_field("reviewed", super::reviewed())?;
        st.serialize_field("max_depth", &super::MAX_DEPTH)?;
        st.serialize_field("questions", super::questions())?;
        st.serialize_field("results", super::outcomes())?;
        st.serialize_field("not_reached", super::not_reached())?;
        st.end()
    }
}
