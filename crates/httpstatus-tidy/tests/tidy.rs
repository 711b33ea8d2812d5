//! The conventions, checked over the whole repository.

use httpstatus_tidy::modules::{Disk, Tree};
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
