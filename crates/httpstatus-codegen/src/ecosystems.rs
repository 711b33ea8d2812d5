//! `data/ecosystems.toml`: each code's constant in the libraries developers use, checked
//! for shape here and rendered into the core's `ecosystem/generated.rs` (the comparison
//! with the libraries themselves is `crates/httpstatus/tests/ecosystems.rs`).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Deserialize;

use crate::model::Data;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ecosystems {
    /// In the order they are shown.
    pub ecosystem: Vec<Ecosystem>,
}

/// `[[ecosystem]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ecosystem {
    /// Short name for the CLI and the API (`go`).
    pub id: String,
    /// Language (`Go`).
    pub language: String,
    /// Library (`net/http`).
    pub library: String,
    /// Version the table was checked against.
    pub version: String,
    /// How code writes a constant: `{name}` and `{code}` are filled in.
    pub expression: String,
    /// `"test"` or `"read"`.
    pub checked: String,
    /// Where the table comes from.
    pub source: String,
    /// `[code, name, phrase]`, sorted by code.
    pub constants: Vec<(u16, String, String)>,
}

/// Path of the data file.
pub fn data_path() -> PathBuf {
    crate::repo_root().join("data/ecosystems.toml")
}

/// Path of the generated Rust file.
pub fn generated_path() -> PathBuf {
    crate::repo_root().join("crates/httpstatus/src/ecosystem/generated.rs")
}

/// Reads the data file.
pub fn load() -> Result<Ecosystems, String> {
    let path = data_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("data/ecosystems.toml: {e}"))
}

/// Every problem with the file's shape.
pub fn validate(data: &Data, ecosystems: &Ecosystems) -> Vec<String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for eco in &ecosystems.ecosystem {
        let id = &eco.id;
        if !ids.insert(id.as_str()) {
            errors.push(format!("{id}: two ecosystems with this id"));
        }
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase()) {
            errors.push(format!("{id:?}: an id is lowercase letters"));
        }
        if !(eco.expression.contains("{name}") || eco.expression.contains("{code}")) {
            errors.push(format!("{id}: the expression names {{name}} or {{code}}"));
        }
        if eco.checked != "test" && eco.checked != "read" {
            errors.push(format!("{id}: checked is \"test\" or \"read\""));
        }
        if [&eco.language, &eco.library, &eco.version, &eco.source]
            .iter()
            .any(|t| t.contains('`'))
        {
            errors.push(format!(
                "{id}: no backticks: these texts are shown as they are"
            ));
        }
        if eco.version.trim().is_empty() || eco.source.trim().is_empty() {
            errors.push(format!("{id}: version and source are required"));
        }
        if eco.checked == "read" && !eco.source.contains("commit ") {
            errors.push(format!(
                "{id}: a table read from upstream names the commit it was read at"
            ));
        }
        for pair in eco.constants.windows(2) {
            if pair[0].0 >= pair[1].0 {
                errors.push(format!(
                    "{id}: constants sorted by code, one per code ({} then {})",
                    pair[0].0, pair[1].0
                ));
            }
        }
        for (code, name, _) in &eco.constants {
            if !(100..=599).contains(code) {
                errors.push(format!("{id}: {code} is not a status code"));
            }
            if name.is_empty() {
                errors.push(format!("{id}: {code} has an empty name"));
            }
        }
        let registered = data
            .codes
            .iter()
            .filter(|e| e.status.is_registered())
            .count();
        let known = eco
            .constants
            .iter()
            .filter(|(c, _, _)| {
                data.codes
                    .iter()
                    .any(|e| e.code == *c && e.status.is_registered())
            })
            .count();
        if known * 4 < registered * 3 {
            errors.push(format!(
                "{id}: names only {known} of {registered} registered codes; is the table complete?"
            ));
        }
    }
    errors
}

/// The Rust source of `crates/httpstatus/src/ecosystem/generated.rs`.
pub fn render(ecosystems: &Ecosystems) -> String {
    let mut out = String::from(
        "//! Generated from `data/ecosystems.toml` by `cargo test -p httpstatus-codegen`.\n\
         //! Do not edit by hand: edit the data file and run that command.\n\n\
         use crate::ecosystem::{Checked, Constant, Ecosystem};\n\n",
    );
    let _ = writeln!(
        out,
        "pub(crate) static ECOSYSTEMS: [Ecosystem; {}] = [",
        ecosystems.ecosystem.len()
    );
    for eco in &ecosystems.ecosystem {
        let checked = if eco.checked == "test" {
            "Test"
        } else {
            "Read"
        };
        let _ = writeln!(out, "    Ecosystem {{");
        let _ = writeln!(out, "        id: {:?},", eco.id);
        let _ = writeln!(out, "        language: {:?},", eco.language);
        let _ = writeln!(out, "        library: {:?},", eco.library);
        let _ = writeln!(out, "        version: {:?},", eco.version);
        let _ = writeln!(out, "        expression: {:?},", eco.expression);
        let _ = writeln!(out, "        checked: Checked::{checked},");
        let _ = writeln!(out, "        source: {:?},", eco.source);
        let _ = writeln!(out, "        constants: &[");
        for (code, name, phrase) in &eco.constants {
            let phrase = if phrase.is_empty() {
                "None".to_owned()
            } else {
                format!("Some({phrase:?})")
            };
            let _ = writeln!(
                out,
                "            Constant {{ code: {code}, name: {name:?}, phrase: {phrase} }},"
            );
        }
        let _ = writeln!(out, "        ],");
        let _ = writeln!(out, "    }},");
    }
    out.push_str("];\n");
    out
}
