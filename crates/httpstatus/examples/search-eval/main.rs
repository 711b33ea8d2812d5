//! Prints the search relevance figures on `data/search-eval.toml`: top-1 and top-3
//! accuracy, mean reciprocal rank, and the median and 90th-percentile number of hits per
//! query, for the whole set, per language, per kind and for situations against the rest.
//!
//! ```sh
//! cargo run --release -p httpstatus --example search-eval            # the figures
//! cargo run --release -p httpstatus --example search-eval -- --misses # and every query
//!                                                                    # not answered first
//! cargo run --release -p httpstatus --example search-eval -- --file other.toml
//! ```
//!
//! `--file` measures another set in the same format (queries kept out of the repository
//! set, to check that the ranking generalises).

mod eval;

use eval::{HEADER, KINDS, Outcome, summarize};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let path = match args.iter().position(|a| a == "--file") {
        Some(i) => match args.get(i + 1) {
            Some(p) => std::path::PathBuf::from(p),
            None => {
                eprintln!("search-eval: --file needs a path");
                std::process::exit(2);
            }
        },
        None => eval::default_path(),
    };
    if let Some(bad) = args
        .iter()
        .enumerate()
        .find(|(i, a)| *a != "--misses" && *a != "--file" && (*i == 0 || args[i - 1] != "--file"))
    {
        eprintln!(
            "search-eval: unknown argument {:?} (expected --misses, --file PATH)",
            bad.1
        );
        std::process::exit(2);
    }
    let cases = match eval::load(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("search-eval: {e}");
            std::process::exit(2);
        }
    };
    let outcomes = eval::run_all(&cases);
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
