//! `httpstatus man`: the man page, in roff, generated from the clap definition.

use std::io::{self, Write};

use crate::outcome::Outcome;

pub(crate) fn run() -> io::Result<Outcome> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::cli::command()).render(&mut page)?;
    let mut out = io::stdout().lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(Outcome::Found)
}
