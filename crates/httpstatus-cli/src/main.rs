//! `httpstatus`: look up, search, list and compare HTTP status codes, in Korean and English.
//!
//! Exit status: 0 found, 1 nothing matched, 2 usage or I/O error. A closed pipe
//! (`httpstatus list | head`) ends the run quietly with 0.

mod cli;
mod commands;
mod error;
mod i18n;
mod outcome;
mod output;
mod serve;
mod style;
mod table;

use std::io::{self, Write};
use std::process::ExitCode;

use error::Error;

fn main() -> ExitCode {
    match run() {
        Ok(outcome) => outcome.exit_code(),
        Err(Error::Usage(e)) => {
            // `--help` and `--version` arrive here too, with exit status 0.
            let _ = e.print();
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
        Err(Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "httpstatus: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<outcome::Outcome, Error> {
    let cli = cli::parse()?;
    cli.global.color.to_anstream().write_global();
    let mut ctx = output::Ctx::new(&cli.global);
    ctx.example = cli.example;
    ctx.ecosystems = cli::EcosystemSet::of(&cli.code);
    commands::dispatch(cli, &ctx)
}
