//! Generated Rust as source: formatted like the rest of the workspace, checked by
//! meaning rather than by layout, written back when stale (rust-analyzer's
//! `ensure_file_contents`).
//!
//! The renderers build the code as text; [`format()`] parses it (so a renderer that emits
//! invalid Rust fails here, with the line) and lays it out with `rustfmt` and the
//! repository's `rustfmt.toml`, the formatter `cargo fmt` runs on every other file, so the
//! generated files need no `#[rustfmt::skip]` and `cargo fmt --check` holds for them too.
//! Where `rustfmt` cannot be run, `prettyplease` lays it out instead (`cargo fmt` then
//! settles the layout).
//!
//! [`ensure_fresh`] compares the checked-in file with the rendered code token by token
//! (both parsed and printed the same way), so only a change of meaning makes it stale:
//! the layout is `rustfmt`'s business, and CI's `cargo fmt --check` checks it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Parses `source` as a Rust file.
fn parse(source: &str, what: &str) -> Result<syn::File, String> {
    syn::parse_file(source).map_err(|e| {
        let at = e.span().start();
        format!(
            "{what}: not valid Rust at line {}, column {}: {e}",
            at.line,
            at.column + 1
        )
    })
}

/// `source` laid out as source: by `rustfmt` with the repository's configuration, or
/// by `prettyplease` when `rustfmt` cannot be run.
pub fn format(source: &str) -> Result<String, String> {
    let file = parse(source, "generated code")?;
    Ok(rustfmt(source).unwrap_or_else(|| prettyplease::unparse(&file)))
}

/// The code of `source` in one canonical layout, for comparing by meaning.
fn canonical(source: &str, what: &str) -> Result<String, String> {
    Ok(prettyplease::unparse(&parse(source, what)?))
}

/// `rustfmt` over `source`, or `None` when it is not installed or fails.
fn rustfmt(source: &str) -> Option<String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let config = crate::repo_root().join("rustfmt.toml");
    let mut child = Command::new(program)
        .arg("--config-path")
        .arg(&config)
        .arg("--emit")
        .arg("stdout")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(source.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

/// Checks that the file at `path` holds the code `want` (rendered from `data`, a data
/// file's name for the message). When it does not, writes `want` formatted and returns an
/// error saying so; running again then passes.
pub fn ensure_fresh(path: &Path, want: &str, data: &str) -> Result<(), String> {
    let shown = path.display();
    let have = std::fs::read_to_string(path).unwrap_or_default();
    let want_code = canonical(want, "rendered code")?;
    let fresh = canonical(&have, &shown.to_string()).is_ok_and(|have| have == want_code);
    if fresh {
        return Ok(());
    }
    let text = format(want)?;
    std::fs::write(path, text).map_err(|e| format!("{shown}: {e}"))?;
    Err(format!(
        "{shown} was stale and has been regenerated from {data}; \
         run the tests again and commit the result"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_not_meaning() {
        let a = "pub const A: [u8; 2] = [1, 2];\n";
        let b = "pub const A: [u8; 2] = [\n    1,\n    2,\n];";
        assert_eq!(canonical(a, "a"), canonical(b, "b"));
        let c = "pub const A: [u8; 2] = [1, 3];";
        assert_ne!(canonical(a, "a"), canonical(c, "c"));
        // Doc comments are part of the meaning.
        let d = "/// One.\npub const A: [u8; 2] = [1, 2];";
        assert_ne!(canonical(a, "a"), canonical(d, "d"));
    }

    #[test]
    fn formats_as_source() {
        let source =
            "pub static T: [(u8, &str); 2] = [(1, \"a\"), (2, \"b\")];\nfn f() -> u8 { 1 }";
        let text = format(source).unwrap_or_else(|e| panic!("{e}"));
        assert!(text.contains("fn f() -> u8 {\n    1\n}"), "{text}");
        assert_eq!(canonical(&text, "text"), canonical(source, "source"));
    }

    #[test]
    fn invalid_code_is_an_error_with_its_line() {
        let err = format("pub const A: u8 = 1;\nfn (").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn a_stale_file_is_rewritten_and_reported() {
        let dir = std::env::temp_dir().join(format!("httpstatus-emit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.join("generated.rs");
        std::fs::write(&path, "pub const A: u8 = 1;\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(ensure_fresh(&path, "pub const A: u8 =\n 1;", "data.toml").is_ok());
        let err = ensure_fresh(&path, "pub const A: u8 = 2;", "data.toml").unwrap_err();
        assert!(err.contains("stale") && err.contains("data.toml"), "{err}");
        let now = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(now, "pub const A: u8 = 2;\n");
        assert!(ensure_fresh(&path, "pub const A: u8 = 2;", "data.toml").is_ok());
        let _ = std::fs::remove_dir_all(dir);
    }
}
