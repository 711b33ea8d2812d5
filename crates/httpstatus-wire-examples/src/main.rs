//! `cargo run -p httpstatus-wire-examples [-- --check]`: records every wire example from
//! the real server and rewrites `data/wire-examples.toml`, or with `--check` only says
//! whether the checked-in file is still what the server sends (exit status 1 if not).

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!("wire-examples: unknown argument {other:?}; usage: wire-examples [--check]");
            return ExitCode::from(2);
        }
    };
    let fresh = match httpstatus_wire_examples::generate() {
        Ok(text) => text,
        Err(e) => {
            eprintln!("wire-examples: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = httpstatus_wire_examples::examples_path();
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    match httpstatus_wire_examples::compare(&have, &fresh) {
        Ok(()) => {
            println!("{}: up to date", path.display());
            ExitCode::SUCCESS
        }
        Err(diff) if check => {
            eprintln!("{}: stale at {diff}", path.display());
            ExitCode::FAILURE
        }
        Err(_) => match std::fs::write(&path, &fresh) {
            Ok(()) => {
                println!("{}: rewritten", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("wire-examples: {}: {e}", path.display());
                ExitCode::FAILURE
            }
        },
    }
}
