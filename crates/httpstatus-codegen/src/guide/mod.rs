//! The decision guide: `data/decision-guide.toml` → `crates/httpstatus/src/guide/generated.rs`,
//! and its validation (see `docs/decision-guide.md`).
//!
//! Kept apart from the status-code tables: its own data file, model, checks and generated
//! file, with the same freshness test (`tests/guide.rs`).

pub mod graph;
pub mod model;
pub mod render;
pub mod validate;

use std::path::PathBuf;

pub use model::Guide;

/// Path of the guide's data file.
pub fn data_path() -> PathBuf {
    crate::repo_root().join("data/decision-guide.toml")
}

/// Path of the generated Rust file.
pub fn generated_path() -> PathBuf {
    crate::repo_root().join("crates/httpstatus/src/guide/generated.rs")
}

/// Parses the guide's text.
pub fn parse(text: &str) -> Result<Guide, String> {
    toml::from_str(text).map_err(|e| format!("data/decision-guide.toml: {e}"))
}

/// Reads and parses the guide.
pub fn load() -> Result<Guide, String> {
    let path = data_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text)
}
