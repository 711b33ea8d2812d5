//! The quality floor on the evaluation set `data/search-eval.toml` and on the held-out sets
//! `data/search-heldout-N.toml` (the figures in full: `cargo run --release -p httpstatus
//! --example search-eval`). These are relevance measures, not timings.

#[path = "../examples/search-eval/eval.rs"]
#[allow(dead_code)]
mod eval;

#[test]
fn the_evaluation_set_is_big_and_balanced() {
    let cases = eval::load(&eval::default_path()).unwrap_or_else(|e| panic!("{e}"));
    assert!(cases.len() >= 200, "{} queries", cases.len());
    let ko = cases.iter().filter(|c| c.lang == "ko").count();
    let situations = cases.iter().filter(|c| c.kind == "situation").count();
    assert!(
        ko * 2 >= cases.len() * 9 / 10 && ko * 2 <= cases.len() * 11 / 10,
        "{ko} Korean"
    );
    assert!(situations * 2 >= cases.len(), "{situations} situations");
}

#[test]
fn search_quality_floor() {
    let cases = eval::load(&eval::default_path()).unwrap_or_else(|e| panic!("{e}"));
    let outcomes = eval::run_all(&cases);
    let all = eval::summarize(&outcomes);
    let misses: Vec<String> = outcomes
        .iter()
        .filter(|o| o.rank != Some(1))
        .map(|o| format!("{:?} -> {:?} (want {:?})", o.case.q, o.top, o.case.want))
        .collect();
    assert!(
        all.top1 >= 0.95,
        "top-1 {:.3}:\n{}",
        all.top1,
        misses.join("\n")
    );
    assert!(
        all.top3 >= 0.99,
        "top-3 {:.3}:\n{}",
        all.top3,
        misses.join("\n")
    );
    assert!(all.median_hits <= 8.0, "median hits {}", all.median_hits);
    let situations = eval::summarize(outcomes.iter().filter(|o| o.case.kind == "situation"));
    assert!(
        situations.top1 >= 0.9,
        "situations top-1 {:.3}",
        situations.top1
    );
    assert!(
        situations.top3 >= 0.97,
        "situations top-3 {:.3}",
        situations.top3
    );
}

/// The held-out sets were written apart from the set and measured once before any tuning
/// (their headers hold those first figures); since then they guard against regressions,
/// with a floor above the bar for unseen situations (top-1 80 %, top-3 92 %).
#[test]
fn held_out_sets_hold_their_floor() {
    let paths = eval::heldout_paths();
    assert!(paths.len() >= 2, "{paths:?}");
    for path in paths {
        let cases = eval::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            cases.len() >= 40,
            "{}: {} queries",
            path.display(),
            cases.len()
        );
        assert!(
            cases.iter().all(|c| c.kind == "situation"),
            "{}: held-out sets are situations",
            path.display()
        );
        let outcomes = eval::run_all(&cases);
        let s = eval::summarize(&outcomes);
        let misses: Vec<String> = outcomes
            .iter()
            .filter(|o| o.rank != Some(1))
            .map(|o| format!("{:?} -> {:?} (want {:?})", o.case.q, o.top, o.case.want))
            .collect();
        assert!(
            s.top1 >= 0.85 && s.top3 >= 0.95,
            "{}: top-1 {:.3}, top-3 {:.3}:\n{}",
            path.display(),
            s.top1,
            s.top3,
            misses.join("\n")
        );
        assert!(
            s.median_hits <= 8.0,
            "{}: median hits {}",
            path.display(),
            s.median_hits
        );
    }
}
