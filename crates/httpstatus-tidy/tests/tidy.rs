//! The conventions, checked over the whole repository.

use std::path::Path;
use std::process::Command;

use httpstatus_tidy::modules::{Disk, Tree};
use httpstatus_tidy::msrv::{self, RustVersion};
use httpstatus_tidy::{crate_dirs, crate_roots, cycles, manifests, repo_root};

/// No crate target has sibling modules that reach each other (see `src/cycles.rs`).
#[test]
fn no_module_cycles_in_any_crate() {
    let repo = repo_root();
    let dirs = crate_dirs(&repo);
    assert!(dirs.len() >= 6, "found only {dirs:?}");
    let mut found = Vec::new();
    let mut roots = 0;
    for dir in dirs {
        for root in crate_roots(&dir) {
            roots += 1;
            let relative = root.strip_prefix(&repo).unwrap_or(&root);
            let mut disk = Disk { base: repo.clone() };
            let tree = Tree::load(relative, &mut disk).unwrap_or_else(|e| panic!("{e}"));
            for cycle in cycles::cycles(&tree) {
                found.push(format!("{}: {cycle}", relative.display()));
            }
        }
    }
    assert!(roots >= 20, "only {roots} crate roots: is the walk broken?");
    assert!(found.is_empty(), "module cycles:\n{}", found.join("\n"));
}

/// Every manifest packages: path dependencies carry versions, named files exist.
#[test]
fn manifests_package() {
    let repo = repo_root();
    let mut paths = vec![repo.join("Cargo.toml")];
    paths.extend(crate_dirs(&repo).into_iter().map(|d| d.join("Cargo.toml")));
    let mut found = Vec::new();
    for path in &paths {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        found.extend(manifests::faults(path, &text));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The workspace's `rust-version`, and a crate's own when it declares one.
fn rust_version(manifest: &Path) -> Option<RustVersion> {
    let text = std::fs::read_to_string(manifest).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    let declared = table
        .get("package")
        .or_else(|| table.get("workspace").and_then(|w| w.get("package")))?
        .get("rust-version")?;
    declared.as_str().and_then(RustVersion::parse)
}

fn workspace_rust_version() -> RustVersion {
    rust_version(&repo_root().join("Cargo.toml"))
        .unwrap_or_else(|| panic!("the workspace declares no rust-version"))
}

/// Every locked dependency fits the rust-version of the package that builds with it (and
/// of the workspace, for dev-dependencies); see `src/msrv.rs`.
#[test]
fn dependencies_fit_the_declared_rust_version() {
    let repo = repo_root();
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--all-features",
            "--locked",
        ])
        .current_dir(&repo)
        .output()
        .unwrap_or_else(|e| panic!("cargo metadata: {e}"));
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("cargo metadata: {e}"));
    assert!(
        metadata["packages"]
            .as_array()
            .is_some_and(|p| p.len() > 50)
    );
    let faults = msrv::dependency_faults(&metadata, workspace_rust_version());
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// No source file uses a language feature newer than its crate's rust-version.
#[test]
fn no_language_feature_newer_than_the_rust_version() {
    let repo = repo_root();
    let workspace = workspace_rust_version();
    let mut files = 0;
    let mut faults = Vec::new();
    for dir in crate_dirs(&repo) {
        let declared = rust_version(&dir.join("Cargo.toml")).unwrap_or(workspace);
        let mut pending = vec![dir.clone()];
        while let Some(d) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for path in entries.flatten().map(|e| e.path()) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let skip = name
                    .as_deref()
                    .is_some_and(|n| n == "target" || n.starts_with('.'));
                if path.is_dir() && !skip && !path.join("Cargo.toml").is_file() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files += 1;
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    let shown = path.strip_prefix(&repo).unwrap_or(&path);
                    faults.extend(msrv::language_faults(shown, &text, declared));
                }
            }
        }
    }
    assert!(files > 100, "only {files} source files");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
