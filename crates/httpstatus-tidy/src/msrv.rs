//! The declared `rust-version`, kept true without an old toolchain at hand: three checks
//! that together cover what can make a build fail on the oldest compiler we promise.
//!
//! - **Standard library**: clippy's `incompatible_msrv` lint (denied in the workspace
//!   lints) rejects a std API stabilised after the crate's `rust-version`.
//! - **Dependencies** ([`dependency_faults`]): every locked dependency a package builds
//!   with declares a `rust-version` no newer than the package's; its dev-dependencies
//!   (tests and benchmarks) no newer than the workspace's.
//! - **Language** ([`language_faults`]): the language features newer than edition 2024's
//!   1.85 that the code might reach for (let chains, 1.88) are absent while the declared
//!   version is older than their release.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::Value;
use syn::visit::Visit;

/// A Rust release, `1.86` or `1.86.0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustVersion(pub u32, pub u32, pub u32);

impl RustVersion {
    /// Reads `1.86` or `1.86.0`.
    pub fn parse(s: &str) -> Option<RustVersion> {
        let mut parts = s.trim().split('.').map(str::parse::<u32>);
        let major = parts.next()?.ok()?;
        let minor = parts.next().transpose().ok()?.unwrap_or(0);
        let patch = parts.next().transpose().ok()?.unwrap_or(0);
        if parts.next().is_some() {
            return None;
        }
        Some(RustVersion(major, minor, patch))
    }
}

impl fmt::Display for RustVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0, self.1)?;
        if self.2 > 0 {
            write!(f, ".{}", self.2)?;
        }
        Ok(())
    }
}

/// Locked dependencies that need a newer Rust than the package that builds with them,
/// from `cargo metadata --format-version 1` output; `workspace` is the workspace's
/// `rust-version`, which covers the dev-dependencies.
pub fn dependency_faults(metadata: &Value, workspace: RustVersion) -> Vec<String> {
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    // Per package: (dependency, is dev-only) for each edge of the resolved graph.
    let mut edges: BTreeMap<&str, Vec<(&str, bool)>> = BTreeMap::new();
    for node in metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let Some(id) = node["id"].as_str() else {
            continue;
        };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let Some(to) = dep["pkg"].as_str() else {
                continue;
            };
            let kinds: Vec<&str> = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|k| k["kind"].as_str().unwrap_or("normal"))
                .collect();
            let dev_only = !kinds.is_empty() && kinds.iter().all(|k| *k == "dev");
            edges.entry(id).or_default().push((to, dev_only));
        }
    }
    let version_of = |id: &str| {
        packages
            .get(id)
            .and_then(|p| p["rust_version"].as_str())
            .and_then(RustVersion::parse)
    };
    let name_of = |id: &str| {
        packages.get(id).map_or(id.to_owned(), |p| {
            format!(
                "{} {}",
                p["name"].as_str().unwrap_or("?"),
                p["version"].as_str().unwrap_or("?")
            )
        })
    };
    let mut out = Vec::new();
    for member in metadata["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let Some(member) = member.as_str() else {
            continue;
        };
        let own = version_of(member).unwrap_or(workspace);
        let built = built_with(&edges, vec![member]);
        let dev_roots: Vec<&str> = edges
            .get(member)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter(|(_, dev_only)| *dev_only)
            .map(|(to, _)| *to)
            .collect();
        let tested = built_with(&edges, dev_roots);
        for (set, limit, how) in [
            (&built, own, "builds with"),
            (&tested, workspace, "is tested with"),
        ] {
            for &id in set.iter().filter(|&&id| id != member) {
                if let Some(needs) = version_of(id).filter(|v| v.cmp(&limit) == Ordering::Greater) {
                    out.push(format!(
                        "{} (rust-version {limit}) {how} {}, which needs Rust {needs}",
                        name_of(member),
                        name_of(id)
                    ));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What building `from` builds: its normal and build dependencies, transitively.
fn built_with<'a>(
    edges: &BTreeMap<&'a str, Vec<(&'a str, bool)>>,
    from: Vec<&'a str>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut pending = from;
    while let Some(id) = pending.pop() {
        if !seen.insert(id) {
            continue;
        }
        for &(to, dev_only) in edges.get(id).map_or(&[][..], Vec::as_slice) {
            if !dev_only {
                pending.push(to);
            }
        }
    }
    seen
}

/// A language feature newer than edition 2024 (Rust 1.85), with its release.
struct Feature {
    name: &'static str,
    since: RustVersion,
}

/// Let chains: `if let Some(x) = a && b`, stable in 1.88 (edition 2024).
const LET_CHAINS: Feature = Feature {
    name: "let chains",
    since: RustVersion(1, 88, 0),
};

/// Uses of language features newer than `declared` in the Rust file `path` (text `text`).
pub fn language_faults(path: &Path, text: &str, declared: RustVersion) -> Vec<String> {
    if declared >= LET_CHAINS.since {
        return Vec::new();
    }
    let Ok(file) = syn::parse_file(text) else {
        return vec![format!("{}: does not parse", path.display())];
    };
    let mut finder = LetChains::default();
    finder.visit_file(&file);
    finder
        .lines
        .into_iter()
        .map(|line| {
            format!(
                "{}:{line}: {} need Rust {}, newer than rust-version {declared}",
                path.display(),
                LET_CHAINS.name,
                LET_CHAINS.since
            )
        })
        .collect()
}

/// Finds `let` inside an `&&` chain of an `if` or `while` condition.
#[derive(Default)]
struct LetChains {
    lines: Vec<usize>,
}

impl LetChains {
    fn check(&mut self, cond: &syn::Expr) {
        if let syn::Expr::Binary(b) = cond {
            if let syn::BinOp::And(and) = &b.op {
                if has_let(cond) {
                    self.lines.push(and.spans[0].start().line);
                }
            }
        }
    }
}

fn has_let(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            has_let(&b.left) || has_let(&b.right)
        }
        syn::Expr::Paren(p) => has_let(&p.expr),
        _ => false,
    }
}

impl<'ast> Visit<'ast> for LetChains {
    fn visit_expr_if(&mut self, e: &'ast syn::ExprIf) {
        self.check(&e.cond);
        syn::visit::visit_expr_if(self, e);
    }

    fn visit_expr_while(&mut self, e: &'ast syn::ExprWhile) {
        self.check(&e.cond);
        syn::visit::visit_expr_while(self, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(RustVersion::parse("1.86"), Some(RustVersion(1, 86, 0)));
        assert_eq!(RustVersion::parse("1.85.1"), Some(RustVersion(1, 85, 1)));
        assert!(RustVersion::parse("1.x").is_none());
        assert!(RustVersion(1, 86, 0) > RustVersion(1, 85, 9));
        assert_eq!(RustVersion(1, 86, 0).to_string(), "1.86");
    }

    #[test]
    fn a_dependency_newer_than_its_package_is_a_fault() {
        let metadata = serde_json::json!({
            "packages": [
                {"id": "core", "name": "core", "version": "0.1.0", "rust_version": "1.85"},
                {"id": "cli", "name": "cli", "version": "0.1.0", "rust_version": "1.86"},
                {"id": "old", "name": "old", "version": "1.0.0", "rust_version": "1.60"},
                {"id": "new", "name": "new", "version": "2.0.0", "rust_version": "1.86"},
                {"id": "bench", "name": "bench", "version": "0.8.0", "rust_version": "1.86"},
                {"id": "newest", "name": "newest", "version": "3.0.0", "rust_version": "1.90"}
            ],
            "workspace_members": ["core", "cli"],
            "resolve": {"nodes": [
                {"id": "core", "deps": [
                    {"pkg": "old", "dep_kinds": [{"kind": null}]},
                    {"pkg": "bench", "dep_kinds": [{"kind": "dev"}]}
                ]},
                {"id": "cli", "deps": [
                    {"pkg": "core", "dep_kinds": [{"kind": null}]},
                    {"pkg": "new", "dep_kinds": [{"kind": "build"}]}
                ]},
                {"id": "old", "deps": [{"pkg": "newest", "dep_kinds": [{"kind": "dev"}]}]},
                {"id": "new", "deps": []},
                {"id": "bench", "deps": []},
                {"id": "newest", "deps": []}
            ]}
        });
        // The core's benchmark dependency needs 1.86: fine under the workspace's 1.86, and
        // a dependency's own dev-dependencies are not built.
        assert!(dependency_faults(&metadata, RustVersion(1, 86, 0)).is_empty());
        let faults = dependency_faults(&metadata, RustVersion(1, 85, 0));
        assert_eq!(faults.len(), 1, "{faults:?}");
        assert!(faults[0].contains("core 0.1.0 (rust-version 1.85) is tested with bench 0.8.0"));
        let mut newer = metadata.clone();
        newer["packages"][2]["rust_version"] = "1.87".into();
        let faults = dependency_faults(&newer, RustVersion(1, 86, 0));
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert!(faults[0].contains("cli 0.1.0 (rust-version 1.86) builds with old 1.0.0"));
        assert!(faults[1].contains("core 0.1.0 (rust-version 1.85) builds with old 1.0.0"));
    }

    #[test]
    fn let_chains_are_found_below_their_release() {
        let text = "fn f(a: Option<u8>, b: bool) {\n    if let Some(x) = a && b {}\n    while b && let Some(y) = a {}\n    if let Some(z) = a { if b {} }\n}";
        let faults = language_faults(Path::new("x.rs"), text, RustVersion(1, 86, 0));
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert!(
            faults[0].starts_with("x.rs:2: let chains need Rust 1.88"),
            "{faults:?}"
        );
        assert!(language_faults(Path::new("x.rs"), text, RustVersion(1, 88, 0)).is_empty());
    }
}
