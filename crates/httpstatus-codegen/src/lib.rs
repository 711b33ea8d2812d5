//! Turns `data/status-codes.toml` into `crates/httpstatus/src/generated.rs` and checks the
//! data.
//!
//! There is no binary: `cargo test -p httpstatus-codegen` regenerates the file, fails if
//! the checked-in copy was stale (rewriting it, formatted, so the next run passes), and
//! validates the data (see `tests/`). [`emit`] formats and compares the generated code.

pub mod ecosystems;
pub mod emit;
pub mod examples;
pub mod fingerprint;
pub mod guide;
pub mod model;
pub mod render;
pub mod validate;

#[allow(dead_code, unreachable_pub)]
#[path = "../../httpstatus/src/search/tokenize.rs"]
mod tokenize;

use std::path::{Path, PathBuf};

pub use model::Data;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// Path of the data file.
pub fn data_path() -> PathBuf {
    repo_root().join("data/status-codes.toml")
}

/// Path of the vendor names searched for (`data/vendor-names.toml`).
pub fn vendor_names_path() -> PathBuf {
    repo_root().join("data/vendor-names.toml")
}

/// Path of the generated Rust file.
pub fn generated_path() -> PathBuf {
    repo_root().join("crates/httpstatus/src/generated.rs")
}

/// Parses the data file's text, and the vendor names file's.
pub fn parse(text: &str, vendor_names: &str) -> Result<Data, String> {
    let mut data: Data =
        toml::from_str(text).map_err(|e| format!("data/status-codes.toml: {e}"))?;
    data.vendor_names =
        toml::from_str(vendor_names).map_err(|e| format!("data/vendor-names.toml: {e}"))?;
    Ok(data)
}

/// Reads and parses the data file and the vendor names file.
pub fn load() -> Result<Data, String> {
    let read = |path: PathBuf| {
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    parse(&read(data_path())?, &read(vendor_names_path())?)
}

/// The search terms of the Latin (non-Hangul) words of `text`, stemmed, exactly as the
/// core computes them for a query. Numbers are left out: the core reads a number in a
/// query as a code.
pub fn latin_terms(text: &str) -> Vec<String> {
    latin_runs(text).into_iter().flatten().collect()
}

/// [`latin_terms`], in runs of neighbouring words: a Hangul word or a number ends a run.
pub fn latin_runs(text: &str) -> Vec<Vec<String>> {
    let mut runs = vec![Vec::new()];
    for token in tokenize::tokens(text) {
        let hangul = token.chars().next().is_some_and(tokenize::is_hangul);
        if hangul || token.bytes().all(|b| b.is_ascii_digit()) {
            runs.push(Vec::new());
            continue;
        }
        let mut buf = [0u8; tokenize::MAX_TERM];
        let term = tokenize::word_term(token, &mut buf);
        if let Some(run) = runs.last_mut() {
            if !term.is_empty() {
                run.push(term.to_owned());
            }
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// The Korean unigrams and bigrams of `text`, exactly as the core cuts a query, each with
/// `true` for a bigram.
pub fn hangul_grams(text: &str) -> Vec<(String, bool)> {
    tokenize::hangul_grams(text)
        .map(|g| {
            let mut buf = [0u8; 8];
            (
                g.as_str(&mut buf).to_owned(),
                matches!(g, tokenize::Gram::Bi(..)),
            )
        })
        .collect()
}

/// The compact form of a phrase, exactly as the core computes it for a query.
pub fn compact(text: &str) -> String {
    tokenize::compact(text).collect()
}
