//! One module per command. Each takes its parsed arguments and the shared [`Ctx`] and
//! returns whether anything was found; the exit status follows from that.

mod check;
mod choose;
mod completions;
mod list;
mod lookup;
mod man;
mod stdin;
mod vs;

use crate::cli::{Cli, Command, usage_error};
use crate::error::Error;
use crate::outcome::Outcome;
use crate::output::Ctx;

/// Runs the command `cli` asks for.
pub(crate) fn dispatch(cli: Cli, ctx: &Ctx) -> Result<Outcome, Error> {
    match cli.command {
        Some(Command::List(args)) => Ok(list::run(&args, ctx)?),
        Some(Command::Vs(args)) => Ok(vs::run(&args, ctx)?),
        Some(Command::Choose(args)) => choose::run(&args, ctx),
        Some(Command::Completions(args)) => {
            no_json(ctx, "completions")?;
            Ok(completions::run(args.shell)?)
        }
        Some(Command::Man) => {
            no_json(ctx, "man")?;
            Ok(man::run()?)
        }
        Some(Command::Check(args)) => check::run(&args, ctx),
        Some(Command::Serve(args)) => {
            no_json(ctx, "serve")?;
            httpstatus_server::run(&args.config()).map_err(Error::Serve)?;
            Ok(Outcome::Found)
        }
        None => query(cli, ctx),
    }
}

/// The default command: a query from the arguments, or codes from stdin.
fn query(cli: Cli, ctx: &Ctx) -> Result<Outcome, Error> {
    let dash = cli.query.iter().any(|q| q == "-");
    if cli.stdin || cli.summary || dash {
        if cli.query.iter().any(|q| q != "-") || cli.query.len() > 1 {
            return Err(usage_error(
                "reading standard input (--stdin, --summary or -) takes no other query",
            )
            .into());
        }
        return Ok(stdin::run(cli.summary, ctx)?);
    }
    if cli.query.is_empty() {
        return Err(usage_error(
            "no query given: try `httpstatus 404`, `httpstatus 4xx`, `httpstatus \"not found\"` \
             or `httpstatus list`",
        )
        .into());
    }
    lookup::run(&cli.query, ctx)
}

/// `--json` makes no sense for scripts and man pages: refuse rather than ignore it.
fn no_json(ctx: &Ctx, command: &str) -> Result<(), Error> {
    if ctx.json {
        return Err(usage_error(format!("--json is not available for `{command}`")).into());
    }
    Ok(())
}
