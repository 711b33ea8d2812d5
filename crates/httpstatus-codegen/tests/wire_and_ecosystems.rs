//! The wire examples and the ecosystem constants: valid, and their generated files in the
//! core fresh (rewritten, formatted, and failed when stale, like `freshness.rs`).

use httpstatus_codegen::validate::forbidden_from_glossary;
use httpstatus_codegen::{ecosystems, examples};

fn fresh(path: std::path::PathBuf, want: String, from: &str) {
    httpstatus_codegen::emit::ensure_fresh(&path, &want, from).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn wire_examples_are_valid() {
    let data = httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"));
    let glossary =
        std::fs::read_to_string(httpstatus_codegen::repo_root().join("docs/glossary.md")).unwrap();
    let examples = examples::load().unwrap_or_else(|e| panic!("{e}"));
    let errors = examples::validate(&data, &examples, &forbidden_from_glossary(&glossary));
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn generated_examples_are_fresh() {
    let examples = examples::load().unwrap_or_else(|e| panic!("{e}"));
    fresh(
        examples::generated_path(),
        examples::render(&examples),
        "data/wire-requests.toml and data/wire-examples.toml",
    );
}

#[test]
fn ecosystems_are_valid() {
    let data = httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"));
    let ecosystems = ecosystems::load().unwrap_or_else(|e| panic!("{e}"));
    let errors = ecosystems::validate(&data, &ecosystems);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(ecosystems.ecosystem.len(), 9);
}

#[test]
fn generated_ecosystems_are_fresh() {
    let ecosystems = ecosystems::load().unwrap_or_else(|e| panic!("{e}"));
    fresh(
        ecosystems::generated_path(),
        ecosystems::render(&ecosystems),
        "data/ecosystems.toml",
    );
}
