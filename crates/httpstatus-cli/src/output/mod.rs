//! Rendering and writing: text for people, JSON for programs.
//!
//! Commands collect what they found into a [`Report`]; the report writes either the text
//! blocks (cards, tables, misses) or one JSON array of entries. Renderers build strings
//! with ANSI styles in them; the anstream output stream strips the styles when colour is
//! off.

pub(crate) mod card;
pub(crate) mod choose;
pub(crate) mod compare;
pub(crate) mod listing;
pub(crate) mod miss;
pub(crate) mod wire;

use std::io::{self, Write};

use httpstatus::Info;

use crate::cli::GlobalArgs;
use crate::i18n::Langs;
use crate::outcome::Outcome;

/// Text paragraphs are wrapped to the terminal, but never wider than this.
const MAX_TEXT_WIDTH: usize = 100;
/// Width when stdout is not a terminal and `COLUMNS` is unset.
const DEFAULT_WIDTH: usize = 80;

/// Settings shared by every command.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub(crate) langs: Langs,
    pub(crate) json: bool,
    /// Terminal width in columns.
    pub(crate) width: usize,
    /// `--example`: add the wire example to cards.
    pub(crate) example: bool,
    /// `--code`: add the constants of these ecosystems to cards.
    pub(crate) ecosystems: crate::cli::EcosystemSet,
}

impl Ctx {
    pub(crate) fn new(args: &GlobalArgs) -> Ctx {
        Ctx {
            langs: Langs::resolve(args.lang),
            json: args.json,
            width: terminal_width(),
            example: false,
            ecosystems: crate::cli::EcosystemSet::NONE,
        }
    }

    /// The width to wrap paragraphs to.
    pub(crate) fn text_width(&self) -> usize {
        self.width.min(MAX_TEXT_WIDTH)
    }
}

/// `COLUMNS` if set to a number, else the terminal's width, else 80; at least 40.
fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok());
    let from_tty = || terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
    from_env
        .filter(|&w| w > 0)
        .or_else(from_tty)
        .unwrap_or(DEFAULT_WIDTH)
        .max(40)
}

/// What a command found, ready to be written as text or JSON.
#[derive(Debug)]
pub(crate) struct Report {
    json: bool,
    /// Text blocks (text mode), separated by blank lines when written.
    blocks: Vec<String>,
    /// Notes and misses that go to stderr in JSON mode.
    notes: Vec<String>,
    entries: Vec<&'static Info>,
    found: bool,
}

impl Report {
    pub(crate) fn new(ctx: &Ctx) -> Report {
        Report {
            json: ctx.json,
            blocks: Vec::new(),
            notes: Vec::new(),
            entries: Vec::new(),
            found: false,
        }
    }

    /// Records found entries and, in text mode, the block that shows them.
    pub(crate) fn found(
        &mut self,
        entries: impl IntoIterator<Item = &'static Info>,
        block: impl FnOnce() -> String,
    ) {
        let before = self.entries.len();
        self.entries.extend(entries);
        self.found |= self.entries.len() > before;
        if !self.json {
            self.blocks.push(block());
        }
    }

    /// Something that answers the query but matched no entry (an unassigned code, a miss):
    /// stdout in text mode, stderr in JSON mode (stdout then holds the empty array).
    pub(crate) fn miss(&mut self, block: String) {
        if self.json {
            self.notes.push(block);
        } else {
            self.blocks.push(block);
        }
    }

    /// A remark about how the query was read; stays with the text, or goes to stderr.
    pub(crate) fn note(&mut self, line: String) {
        self.miss(line);
    }

    /// Writes the report and says whether anything was found.
    pub(crate) fn emit(self) -> io::Result<Outcome> {
        if self.json {
            let mut err = anstream::stderr().lock();
            for note in &self.notes {
                err.write_all(note.as_bytes())?;
            }
            write_json(&self.entries)?;
        } else {
            let mut out = anstream::stdout().lock();
            for (i, block) in self.blocks.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(block.as_bytes())?;
            }
            out.flush()?;
        }
        Ok(if self.found {
            Outcome::Found
        } else {
            Outcome::NothingMatched
        })
    }
}

/// Writes `entries` to stdout as a pretty JSON array in the core library's shape.
pub(crate) fn write_json(entries: &[&'static Info]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, entries).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}
