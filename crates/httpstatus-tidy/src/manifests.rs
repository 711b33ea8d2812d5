//! Manifests that package: `cargo package` needs a version on every path dependency
//! (the published manifest has no path) and the files the manifest names.

use std::path::Path;

use toml::{Table, Value};

/// What is wrong with the manifest at `path` (text `text`): one line per fault.
pub fn faults(path: &Path, text: &str) -> Vec<String> {
    let manifest: Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => return vec![format!("{}: {e}", path.display())],
    };
    let mut out = Vec::new();
    for (table, deps) in dependency_tables(&manifest) {
        for (name, spec) in deps {
            let Some(spec) = spec.as_table() else {
                continue;
            };
            if spec.contains_key("path") && !spec.contains_key("version") {
                out.push(format!(
                    "{}: [{table}] {name} is a path dependency without a version",
                    path.display()
                ));
            }
        }
    }
    let dir = path.parent().unwrap_or(Path::new(""));
    if let Some(package) = manifest.get("package").and_then(Value::as_table) {
        for key in ["readme", "license-file"] {
            if let Some(file) = package.get(key).and_then(Value::as_str) {
                if !dir.join(file).is_file() {
                    out.push(format!(
                        "{}: {key} = {file:?} does not exist",
                        path.display()
                    ));
                }
            }
        }
    }
    out
}

/// Every dependency table of a manifest, with its name: `dependencies`,
/// `dev-dependencies`, `build-dependencies`, their `target.'cfg(…)'` forms, and
/// `workspace.dependencies`.
fn dependency_tables(manifest: &Table) -> Vec<(String, &Table)> {
    const KINDS: [&str; 3] = ["dependencies", "dev-dependencies", "build-dependencies"];
    let mut out = Vec::new();
    for kind in KINDS {
        if let Some(t) = manifest.get(kind).and_then(Value::as_table) {
            out.push((kind.to_owned(), t));
        }
    }
    if let Some(targets) = manifest.get("target").and_then(Value::as_table) {
        for (cfg, target) in targets {
            for kind in KINDS {
                if let Some(t) = target.get(kind).and_then(Value::as_table) {
                    out.push((format!("target.{cfg}.{kind}"), t));
                }
            }
        }
    }
    if let Some(t) = manifest
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(Value::as_table)
    {
        out.push(("workspace.dependencies".to_owned(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_dependencies_need_versions() {
        let text = r#"
[package]
name = "x"

[dependencies]
a = { path = "../a" }
b = { path = "../b", version = "0.1.0" }
c = "1"
d = { workspace = true }

[target.'cfg(unix)'.dev-dependencies]
e = { path = "../e" }

[workspace.dependencies]
f = { path = "crates/f" }
"#;
        let faults = faults(Path::new("Cargo.toml"), text);
        assert_eq!(faults.len(), 3, "{faults:?}");
        assert!(faults[0].contains("[dependencies] a"), "{faults:?}");
        assert!(faults[1].contains("dev-dependencies] e"), "{faults:?}");
        assert!(
            faults[2].contains("[workspace.dependencies] f"),
            "{faults:?}"
        );
    }

    #[test]
    fn named_files_must_exist() {
        let text = "[package]\nname = \"x\"\nreadme = \"NO-SUCH-README.md\"\n";
        let faults = faults(Path::new("/nonexistent/Cargo.toml"), text);
        assert_eq!(faults.len(), 1, "{faults:?}");
        assert!(faults[0].contains("NO-SUCH-README.md"), "{faults:?}");
    }
}
