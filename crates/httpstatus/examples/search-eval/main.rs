//! Prints the search relevance figures on `data/search-eval.toml` and on the held-out sets
//! `data/search-heldout-N.toml`: top-1 and top-3 accuracy, mean reciprocal rank, and the
//! median and 90th-percentile number of hits per query, for each set as a whole, per
//! language, per kind and for situations against the rest.
//!
//! ```sh
//! cargo run --release -p httpstatus --example search-eval            # the figures
//! cargo run --release -p httpstatus --example search-eval -- --misses # and every query
//!                                                                    # not answered first
//! cargo run --release -p httpstatus --example search-eval -- --file other.toml
//! ```
//!
//! `--file` measures only the sets named (each in the same format): queries kept out of the
//! repository, to check that the ranking generalises.

mod eval;

use std::path::PathBuf;

use eval::{HEADER, KINDS, Outcome, summarize};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut show_misses = false;
    let mut files: Vec<PathBuf> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--misses" => show_misses = true,
            "--file" => match it.next() {
                Some(p) => files.push(PathBuf::from(p)),
                None => {
                    eprintln!("search-eval: --file needs a path");
                    std::process::exit(2);
                }
            },
            other => {
                eprintln!(
                    "search-eval: unknown argument {other:?} (expected --misses, --file PATH)"
                );
                std::process::exit(2);
            }
        }
    }
    if files.is_empty() {
        files.push(eval::default_path());
        files.extend(eval::heldout_paths());
    }
    for (i, path) in files.iter().enumerate() {
        if i > 0 {
            println!();
        }
        let cases = match eval::load(path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("search-eval: {e}");
                std::process::exit(2);
            }
        };
        report(path, &eval::run_all(&cases), show_misses);
    }
}

/// The figures of one set.
fn report(path: &std::path::Path, outcomes: &[Outcome], show_misses: bool) {
    println!("search relevance on {}", path.display());
    println!("{:<22}{HEADER}", "group");
    let line = |name: &str, f: &dyn Fn(&Outcome) -> bool| {
        let s = summarize(outcomes.iter().filter(|o| f(o)));
        if s.n > 0 {
            println!("{name:<22}{s}");
        }
    };
    line("all", &|_| true);
    for lang in ["en", "ko"] {
        line(&format!("lang {lang}"), &|o| o.case.lang == lang);
    }
    line("situations", &|o| o.case.kind == "situation");
    line("names and the rest", &|o| o.case.kind != "situation");
    for kind in KINDS {
        line(&format!("kind {kind}"), &|o| o.case.kind == kind);
        for lang in ["en", "ko"] {
            line(&format!("  {kind} {lang}"), &|o| {
                o.case.kind == kind && o.case.lang == lang
            });
        }
    }
    if show_misses {
        println!();
        println!("queries whose right code is not first (rank, want, first codes, hits):");
        for o in outcomes.iter().filter(|o| o.rank != Some(1)) {
            let rank = o.rank.map_or("-".to_owned(), |r| r.to_string());
            println!(
                "  {rank:>2}  {:<45} want {:?}  got {:?}  ({} hits)",
                o.case.q, o.case.want, o.top, o.hits
            );
        }
    }
}
