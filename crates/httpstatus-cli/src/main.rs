//! `httpstatus`: look up, search, list and compare HTTP status codes, in Korean and English.
//!
//! Exit status: 0 found, 1 nothing matched, 2 usage or I/O error. A closed pipe
//! (`httpstatus list | head`) ends the run quietly with 0.
//!
//! On Linux with glibc the process starts at our own C `main`, not at std's: std's entry
//! finds the main thread's stack bounds for its stack-overflow message by reading and
//! parsing `/proc/self/maps`, and sets up a signal stack and handlers for it: 21 system calls
//! and 100 000 instructions, a fifth of what `httpstatus --version` costs in all
//! (bench/README.md, "CLI start-up"). What else std's entry does is done here: the standard
//! descriptors made sure of, `SIGPIPE` ignored, a panic reported with exit status 101,
//! standard output flushed at the end.
//! (glibc hands std the arguments itself; elsewhere std's entry is kept.)

#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

mod cli;
mod commands;
mod error;
mod i18n;
mod output;
mod serve;
mod style;
mod table;

use std::io::{self, Write};

use error::Error;

/// The process's entry on Linux with glibc (see the module documentation).
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[expect(
    unsafe_code,
    reason = "the C entry point is an unmangled symbol; ignoring SIGPIPE is a libc call"
)]
#[unsafe(no_mangle)]
extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    // As std's entry does: descriptors 0, 1 and 2 open (on /dev/null when closed), so that
    // no file or socket opened later takes their place; SIGPIPE ignored, so that a closed
    // pipe is an error to handle, not the end of the process.
    let mut std_fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `poll` gets a valid array of three `pollfd`s and does not block (timeout 0);
    // `open` gets a NUL-terminated path; ignoring a signal has no precondition.
    unsafe {
        if libc::poll(std_fds.as_mut_ptr(), 3, 0) != -1 {
            for fd in std_fds {
                if fd.revents & libc::POLLNVAL != 0 {
                    libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                }
            }
        }
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    // A panic has printed its message through the panic hook already.
    let status = std::panic::catch_unwind(exit_status).unwrap_or(101);
    let _ = io::stdout().flush();
    libc::c_int::from(status)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", not(test))))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(exit_status())
}

/// Runs the command line and turns its outcome into the exit status.
fn exit_status() -> u8 {
    match run() {
        Ok(outcome) => outcome.exit_status(),
        Err(Error::Usage(e)) => {
            // `--help` and `--version` arrive here too, with exit status 0.
            let _ = e.print();
            u8::try_from(e.exit_code()).unwrap_or(2)
        }
        Err(Error::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(io::stderr(), "httpstatus: {e}");
            2
        }
    }
}

fn run() -> Result<commands::Outcome, Error> {
    let cli = cli::parse()?;
    cli.global.color.to_anstream().write_global();
    let mut ctx = output::Ctx::new(&cli.global);
    ctx.example = cli.example;
    ctx.ecosystems = cli::EcosystemSet::of(&cli.code);
    commands::dispatch(cli, &ctx)
}
