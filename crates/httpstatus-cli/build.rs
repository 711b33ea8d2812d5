//! Link flags for the `httpstatus` binary, both for its start-up time (bench/start.sh) and
//! for `httpstatus serve`'s resident memory (bench/README.md, "CLI start-up" and "Server").
//!
//! On Linux with glibc the binary is a position-dependent executable (`-no-pie`): the dynamic
//! loader then applies no relative relocations to it at start-up. As a position-independent
//! executable it had 22 500 of them (every `&'static str` and vtable pointer in its tables),
//! spread over about 100 pages of read-only data that each process copied on write: 100 page
//! faults and 300 000 instructions of a start that costs /bin/true 49 faults and 130 000
//! instructions in all. The shared libraries keep their address randomisation; the
//! executable's own code and data sit at a fixed address, as Go's binaries do by default.
//! A statically linked build (`-C target-feature=+crt-static`, as in the Dockerfile) picks
//! its own model with `-C relocation-model`, so nothing is added there.
//!
//! `-z pack-relative-relocs` (`DT_RELR`, glibc 2.36 and binutils 2.38 or later) packs
//! whatever relative relocations remain, for a build that is position-independent after all.
//! A linker without the option ignores it with a warning.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|f| f == "crt-static");
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        if !static_crt {
            println!("cargo:rustc-link-arg-bins=-no-pie");
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
