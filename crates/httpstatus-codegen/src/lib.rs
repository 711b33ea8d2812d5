//! Turns `data/status-codes.toml` into `crates/httpstatus/src/generated.rs` and checks the
//! data.
//!
//! There is no binary: `cargo test -p httpstatus-codegen` regenerates the file, fails if
//! the checked-in copy was stale (rewriting it, formatted, so the next run passes), and
//! validates the data (see `tests/`). [`emit`] formats and compares the generated code.

pub mod emit;
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

/// Path of the generated Rust file.
pub fn generated_path() -> PathBuf {
    repo_root().join("crates/httpstatus/src/generated.rs")
}

/// Parses the data file's text.
pub fn parse(text: &str) -> Result<Data, String> {
    toml::from_str(text).map_err(|e| format!("data/status-codes.toml: {e}"))
}

/// Reads and parses the data file.
pub fn load() -> Result<Data, String> {
    let path = data_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text)
}

/// Splits text into normalised search tokens, exactly as the core does at query time.
pub fn search_tokens(text: &str) -> Vec<String> {
    tokenize::tokens(text)
        .map(|t| tokenize::normalized(t).collect())
        .collect()
}

/// The compact form of a phrase, exactly as the core computes it for a query.
pub fn compact(text: &str) -> String {
    tokenize::compact(text).collect()
}
