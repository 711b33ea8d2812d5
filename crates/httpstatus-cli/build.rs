//! Link flags for the `httpstatus` binary.
//!
//! On Linux with glibc the binary is linked with packed relative relocations (`DT_RELR`,
//! glibc 2.36 and binutils 2.38 or later): the dynamic loader then reads a few kilobytes
//! of relocations at start-up instead of half a megabyte, which keeps about 1 MiB of the
//! file out of `httpstatus serve`'s resident memory (bench/README.md, "Server"). A
//! linker without the option ignores it with a warning.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
