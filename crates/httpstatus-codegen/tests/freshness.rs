//! The checked-in `crates/httpstatus/src/generated.rs` must be what the data file gives.
//! When it is not, this test rewrites it and fails, so that running the tests again passes
//! and `git diff` shows the change (the rust-analyzer way).

#[test]
fn generated_code_is_fresh() {
    let data = httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"));
    let want = httpstatus_codegen::render::render(&data);
    let path = httpstatus_codegen::generated_path();
    let have = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    if have != want {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        panic!(
            "{} was stale and has been regenerated from data/status-codes.toml; \
             run the tests again and commit the result",
            path.display()
        );
    }
}
