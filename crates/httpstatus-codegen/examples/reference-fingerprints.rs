//! Writes `data/reference-fingerprints.txt` from a directory of saved reference texts.
//!
//! ```text
//! cargo run -p httpstatus-codegen --example reference-fingerprints -- DIR YYYY-MM-DD
//! ```
//!
//! `DIR` holds plain-text files (any depth, `*.txt`), each starting with `#` lines that
//! say where the text came from (URL or repository, path and commit). The texts stay
//! outside the repository; only their hashed shingles are written. See
//! `docs/reference-fingerprints.md`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use httpstatus_codegen::fingerprint::{Reference, parse_reference, render};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn run(args: &[String]) -> Result<(), String> {
    let [dir, date] = args else {
        return Err("usage: reference-fingerprints DIR YYYY-MM-DD".into());
    };
    let date_ok = date.len() == 10
        && date.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !date_ok {
        return Err(format!("{date:?} is not a date of the form YYYY-MM-DD"));
    }
    let dir = Path::new(dir);
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no *.txt reference files", dir.display()));
    }
    let mut refs: Vec<Reference> = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let name = f
            .strip_prefix(dir)
            .unwrap_or(f)
            .to_string_lossy()
            .into_owned();
        refs.push(parse_reference(&name, &text)?);
    }
    let out = httpstatus_codegen::repo_root().join("data/reference-fingerprints.txt");
    std::fs::write(&out, render(&refs, date)).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} from {} sources", out.display(), refs.len());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
