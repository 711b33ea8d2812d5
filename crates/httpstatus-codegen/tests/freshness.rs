//! The checked-in `crates/httpstatus/src/generated.rs` must be what the data file gives.
//! When it is not, this test rewrites it and fails, so that running the tests again passes
//! and `git diff` shows the change (the rust-analyzer way). The code is compared by
//! meaning, not layout, and written formatted (see `src/emit.rs`).

#[test]
fn generated_code_is_fresh() {
    let data = httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"));
    let want = httpstatus_codegen::render::render(&data);
    let path = httpstatus_codegen::generated_path();
    httpstatus_codegen::emit::ensure_fresh(&path, &want, "data/status-codes.toml")
        .unwrap_or_else(|e| panic!("{e}"));
}
