//! `httpstatus completions <shell>`: a completion script generated from the clap
//! definition.

use std::io::{self, Write};

use clap_complete::Shell;

use crate::outcome::Outcome;

pub(crate) fn run(shell: Shell) -> io::Result<Outcome> {
    let mut cmd = crate::cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "httpstatus", &mut script);
    let mut out = io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(Outcome::Found)
}
