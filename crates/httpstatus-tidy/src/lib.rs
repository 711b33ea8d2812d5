//! The repository's conventions as tests, as rust-analyzer's `xtask/src/tidy.rs` has them:
//! what review would otherwise have to remember.
//!
//! - No module cycles in any crate ([`cycles`]): sibling modules depend on each other in
//!   one direction only, so that each can be read, tested and replaced on its own.
//! - Every path dependency carries a version, and every file a manifest names exists
//!   ([`manifests`]), so that `cargo package` works.
//! - The declared `rust-version` holds ([`msrv`]): no dependency and no language feature
//!   newer than it (clippy's `incompatible_msrv` covers the standard library).
//!
//! The tests are in `tests/tidy.rs`; `cargo test -p httpstatus-tidy` runs them.

pub mod cycles;
pub mod manifests;
pub mod modules;
pub mod msrv;

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    here.canonicalize().unwrap_or(here)
}

/// The crate directories of the repository: every `crates/*` with a manifest, and the
/// crates nested in them (the server's fuzz targets), sorted.
pub fn crate_dirs(repo: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![repo.join("crates")];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let skip = path
                .file_name()
                .is_some_and(|n| n == "target" || n.to_string_lossy().starts_with('.'));
            if !path.is_dir() || skip {
                continue;
            }
            if path.join("Cargo.toml").is_file() {
                out.push(path.clone());
            }
            pending.push(path);
        }
    }
    out.sort();
    out
}

/// The root files of every crate target in `crate_dir`: the library, binaries, build
/// script, integration tests, benchmarks, examples and fuzz targets.
pub fn crate_roots(crate_dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for file in ["src/lib.rs", "src/main.rs", "build.rs"] {
        let path = crate_dir.join(file);
        if path.is_file() {
            out.push(path);
        }
    }
    for dir in ["src/bin", "tests", "benches", "examples", "fuzz_targets"] {
        let Ok(entries) = std::fs::read_dir(crate_dir.join(dir)) else {
            continue;
        };
        // `tests/wire.rs`, or `examples/search-eval/main.rs` for a target of several files.
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter_map(|p| {
                if p.extension().is_some_and(|e| e == "rs") {
                    Some(p)
                } else if dir != "tests" && p.join("main.rs").is_file() {
                    Some(p.join("main.rs"))
                } else {
                    None
                }
            })
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}
