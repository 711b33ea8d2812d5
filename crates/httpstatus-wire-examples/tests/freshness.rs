//! The checked-in `data/wire-examples.toml` must be what the server sends now. When it is
//! not, this test rewrites it and fails, so that running the tests again passes and
//! `git diff` shows what changed on the wire (the rust-analyzer way).

#[test]
fn wire_examples_are_what_the_server_sends() {
    let fresh = httpstatus_wire_examples::generate().unwrap_or_else(|e| panic!("{e}"));
    let path = httpstatus_wire_examples::examples_path();
    let have = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    if let Err(diff) = httpstatus_wire_examples::compare(&have, &fresh) {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        panic!(
            "{} was stale ({diff}) and has been recorded again from the server; \
             run `cargo test -p httpstatus-codegen` and the tests again, and commit the result",
            path.display()
        );
    }
}
