//! `httpstatus choose`: "which code should I send?", by walking the core's decision guide.
//!
//! On a terminal it asks one question at a time (inquire's select prompt: arrow keys, or a
//! number or words to filter, Enter to pick, Esc or "Back" to go back, "Start over").
//! `--answers` takes answers without asking (ids or numbers, comma-separated); when they
//! stop at a question and there is no terminal to ask on, the question is printed with its
//! answers and the exit status is 1. `--json` prints the walk in the library's JSON shape.

use std::fmt;
use std::io::{self, IsTerminal, Write};

use httpstatus::guide::{Node, Question, Walk};
use inquire::{InquireError, Select};

use crate::cli::{ChooseArgs, usage_error};
use crate::error::Error;
use crate::i18n::Langs;
use crate::outcome::Outcome;
use crate::output::{Ctx, choose};

/// Exit status after Ctrl-C, as a shell reports SIGINT.
const INTERRUPTED: u8 = 130;

pub(crate) fn run(args: &ChooseArgs, ctx: &Ctx) -> Result<Outcome, Error> {
    let mut walk = Walk::new();
    for a in &args.answers {
        if let Err(e) = walk.answer(a.trim()) {
            return Err(usage_error(format!("--answers: {:?} does not fit: {e}", a.trim())).into());
        }
    }
    if ctx.json {
        write_json(&walk)?;
        return Ok(done_or_open(&walk));
    }
    let interactive = io::stdin().is_terminal() && io::stderr().is_terminal();
    if interactive && !walk.is_done() {
        match ask(&mut walk, ctx)? {
            Asked::Finished => {}
            Asked::Cancelled => return Ok(Outcome::NothingMatched),
            Asked::Interrupted => return Ok(Outcome::Status(INTERRUPTED)),
        }
    }
    let text = match walk.node() {
        Node::Outcome(outcome) => choose::finished(&walk, outcome, ctx),
        Node::Question(q) => choose::open(&walk, q, ctx),
    };
    let mut out = anstream::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(done_or_open(&walk))
}

/// 0 at an outcome, 1 at an open question.
fn done_or_open(walk: &Walk) -> Outcome {
    if walk.is_done() {
        Outcome::Found
    } else {
        Outcome::NothingMatched
    }
}

fn write_json(walk: &Walk) -> io::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, walk).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// How the questions ended.
enum Asked {
    Finished,
    Cancelled,
    Interrupted,
}

/// One entry of the menu.
#[derive(Clone, Copy)]
enum Choice {
    /// The answer at this index, shown with its number (right-aligned to `width`).
    Answer(usize, &'static str, usize),
    Back(Langs),
    Restart(Langs),
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Choice::Answer(i, label, width) => write!(f, "{:>width$}. {label}", i + 1),
            Choice::Back(l) => write!(f, "← {}", l.ui("이전 질문으로", "Back")),
            Choice::Restart(l) => write!(f, "↺ {}", l.ui("처음부터 다시", "Start over")),
        }
    }
}

/// Picks menu entries: a number picks the answer with that number; other input filters
/// the entries whose text contains it (any case).
fn score(input: &str, choice: &Choice, text: &str, _index: usize) -> Option<i64> {
    let input = input.trim();
    if input.is_empty() {
        return Some(0);
    }
    if let Ok(n) = input.parse::<usize>() {
        return matches!(choice, Choice::Answer(i, _, _) if i + 1 == n).then_some(0);
    }
    text.to_lowercase()
        .contains(&input.to_lowercase())
        .then_some(0)
}

/// An answer's label in the chosen language(s).
fn label(langs: Langs, a: &'static httpstatus::guide::Answer) -> &'static str {
    match langs {
        Langs::Ko | Langs::Both => a.label.ko,
        Langs::En => a.label.en,
    }
}

/// Asks until the walk ends, the user cancels at the first question, or Ctrl-C.
fn ask(walk: &mut Walk, ctx: &Ctx) -> Result<Asked, Error> {
    let langs = ctx.langs;
    let help = langs.ui(
        "↑↓ 이동 · 번호나 낱말로 거르기 · Enter 선택 · Esc 이전 질문",
        "↑↓ move · type a number or words to filter · Enter choose · Esc back",
    );
    let mut err = anstream::stderr();
    while let Node::Question(q) = walk.node() {
        writeln!(err)?;
        err.write_all(choose::question_intro(q, ctx).as_bytes())?;
        let width = q.answers.len().to_string().len();
        let mut choices: Vec<Choice> = q
            .answers
            .iter()
            .enumerate()
            .map(|(i, a)| Choice::Answer(i, label(langs, a), width))
            .collect();
        if !walk.is_empty() {
            choices.push(Choice::Back(langs));
            choices.push(Choice::Restart(langs));
        }
        let message = message(q, langs, walk.len());
        let page = choices.len();
        let picked = Select::new(&message, choices)
            .with_help_message(&help)
            .with_page_size(page)
            .with_scorer(&score)
            .prompt_skippable();
        match picked {
            Ok(Some(Choice::Answer(i, _, _))) => {
                walk.answer_index(i)
                    .map_err(|e| usage_error(e.to_string()))?;
            }
            Ok(Some(Choice::Restart(_))) => walk.restart(),
            Ok(Some(Choice::Back(_))) | Ok(None) => {
                if !walk.back() {
                    return Ok(Asked::Cancelled);
                }
            }
            Err(InquireError::OperationInterrupted) => return Ok(Asked::Interrupted),
            Err(InquireError::IO(e)) => return Err(Error::Io(e)),
            Err(e) => return Err(Error::Io(io::Error::other(e.to_string()))),
        }
    }
    Ok(Asked::Finished)
}

/// "(2) Did the request carry valid credentials?", with the English after the Korean
/// for both languages.
fn message(q: &'static Question, langs: Langs, answered: usize) -> String {
    let text = match langs {
        Langs::Ko => q.text.ko.to_owned(),
        Langs::En => q.text.en.to_owned(),
        Langs::Both => format!("{} ({})", q.text.ko, q.text.en),
    };
    format!("({}) {text}", answered + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_pick_and_words_filter() {
        let a = Choice::Answer(2, "The target", 2);
        assert_eq!(a.to_string(), " 3. The target");
        let back = Choice::Back(Langs::En);
        assert_eq!(score("3", &a, "3. The target", 2), Some(0));
        assert_eq!(score("2", &a, "3. The target", 2), None);
        assert_eq!(score("3", &back, "← Back", 6), None);
        assert_eq!(score("TARG", &a, "3. The target", 2), Some(0));
        assert_eq!(score("back", &back, "← Back", 6), Some(0));
        assert_eq!(score("", &back, "← Back", 6), Some(0));
        assert_eq!(score("zzz", &a, "3. The target", 2), None);
    }
}
