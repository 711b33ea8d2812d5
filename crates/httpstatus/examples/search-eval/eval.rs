//! The search relevance evaluation: reads `data/search-eval.toml` (and the held-out sets
//! `data/search-heldout-N.toml`), runs every query through
//! [`httpstatus::search`] and measures where the first right code lands and how many hits
//! come back. Shared by the `search-eval` example (the report) and
//! `tests/search_eval.rs` (the quality floor).

use std::fmt;
use std::path::{Path, PathBuf};

/// One query of the set.
#[derive(Debug, Clone)]
pub(crate) struct Case {
    /// The query as typed.
    pub(crate) q: String,
    /// `"en"` or `"ko"`.
    pub(crate) lang: String,
    /// `situation`, `name`, `synonym`, `typo` or `vendor`.
    pub(crate) kind: String,
    /// The codes that count as a right answer.
    pub(crate) want: Vec<u16>,
}

/// What the search made of one case.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    /// The case.
    pub(crate) case: Case,
    /// 1-based rank of the first right code, if it was returned at all.
    pub(crate) rank: Option<usize>,
    /// Number of hits returned.
    pub(crate) hits: usize,
    /// The first codes returned, for reports.
    pub(crate) top: Vec<u16>,
}

/// The figures for a group of outcomes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Summary {
    /// Number of queries.
    pub(crate) n: usize,
    /// Share with the right code first.
    pub(crate) top1: f64,
    /// Share with the right code in the first three.
    pub(crate) top3: f64,
    /// Mean reciprocal rank (0 for a miss).
    pub(crate) mrr: f64,
    /// Median number of hits per query.
    pub(crate) median_hits: f64,
    /// 90th percentile of hits per query (nearest rank).
    pub(crate) p90_hits: usize,
}

/// The kinds of query in the set, in report order.
pub(crate) const KINDS: [&str; 5] = ["situation", "name", "synonym", "typo", "vendor"];

/// Path of the set in the repository.
pub(crate) fn default_path() -> PathBuf {
    data_dir().join("search-eval.toml")
}

/// Paths of the held-out sets (`data/search-heldout-N.toml`), in order: situations written
/// apart from the set and measured once before anything was tuned to them.
pub(crate) fn heldout_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("search-heldout-") && n.ends_with(".toml"))
                })
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// Reads and checks a set in the format of `data/search-eval.toml`: every section a
/// known kind with `en`/`ko` lists, Korean queries in Hangul, English ones without, each
/// right code known to the library.
pub(crate) fn load(path: &Path) -> Result<Vec<Case>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut cases = Vec::new();
    for (kind, section) in &table {
        if !KINDS.contains(&kind.as_str()) {
            return Err(format!("unknown kind [{kind}]; expected one of {KINDS:?}"));
        }
        let section = section
            .as_table()
            .ok_or_else(|| format!("[{kind}] is not a table"))?;
        for (lang, list) in section {
            if lang != "en" && lang != "ko" {
                return Err(format!("[{kind}] {lang}: expected en or ko"));
            }
            let list = list
                .as_array()
                .ok_or_else(|| format!("[{kind}] {lang} is not a list"))?;
            for item in list {
                let q = item
                    .get("q")
                    .and_then(|v| v.as_str())
                    .ok_or_else(|| format!("[{kind}] {lang}: an item without q"))?;
                let want: Vec<u16> = item
                    .get("want")
                    .and_then(|v| v.as_array())
                    .ok_or_else(|| format!("{q:?}: no want list"))?
                    .iter()
                    .map(|v| {
                        v.as_integer()
                            .and_then(|n| u16::try_from(n).ok())
                            .ok_or_else(|| format!("{q:?}: want holds a non-code"))
                    })
                    .collect::<Result<_, _>>()?;
                if want.is_empty() {
                    return Err(format!("{q:?}: empty want list"));
                }
                for &code in &want {
                    let known = httpstatus::StatusCode::from_u16(code)
                        .ok()
                        .is_some_and(|c| c.info().is_some());
                    if !known {
                        return Err(format!("{q:?}: {code} is not a code the library knows"));
                    }
                }
                if (lang == "ko") != has_hangul(q) {
                    return Err(format!(
                        "{q:?}: listed under {lang} but Hangul says otherwise"
                    ));
                }
                cases.push(Case {
                    q: q.to_owned(),
                    lang: lang.clone(),
                    kind: kind.clone(),
                    want,
                });
            }
        }
    }
    Ok(cases)
}

/// Runs one case.
pub(crate) fn run(case: &Case) -> Outcome {
    let results = httpstatus::search(&case.q);
    let codes: Vec<u16> = results.iter().map(|h| h.info.code.as_u16()).collect();
    let rank = codes
        .iter()
        .position(|c| case.want.contains(c))
        .map(|p| p + 1);
    Outcome {
        case: case.clone(),
        rank,
        hits: codes.len(),
        top: codes.into_iter().take(5).collect(),
    }
}

/// Runs every case.
pub(crate) fn run_all(cases: &[Case]) -> Vec<Outcome> {
    cases.iter().map(run).collect()
}

/// The figures for `outcomes`.
pub(crate) fn summarize<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Summary {
    let outcomes: Vec<&Outcome> = outcomes.into_iter().collect();
    let n = outcomes.len();
    let share = |f: &dyn Fn(&Outcome) -> bool| {
        if n == 0 {
            0.0
        } else {
            outcomes.iter().filter(|o| f(o)).count() as f64 / n as f64
        }
    };
    let top1 = share(&|o| o.rank == Some(1));
    let top3 = share(&|o| o.rank.is_some_and(|r| r <= 3));
    let mrr = if n == 0 {
        0.0
    } else {
        outcomes
            .iter()
            .map(|o| o.rank.map_or(0.0, |r| 1.0 / r as f64))
            .sum::<f64>()
            / n as f64
    };
    let mut hits: Vec<usize> = outcomes.iter().map(|o| o.hits).collect();
    hits.sort_unstable();
    let median_hits = match n {
        0 => 0.0,
        _ if n % 2 == 1 => hits[n / 2] as f64,
        _ => (hits[n / 2 - 1] + hits[n / 2]) as f64 / 2.0,
    };
    let p90_hits = if n == 0 {
        0
    } else {
        hits[(n * 9).div_ceil(10) - 1]
    };
    Summary {
        n,
        top1,
        top3,
        mrr,
        median_hits,
        p90_hits,
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:>4}  {:>6.1}%  {:>6.1}%  {:>5.3}  {:>6.1}  {:>4}",
            self.n,
            self.top1 * 100.0,
            self.top3 * 100.0,
            self.mrr,
            self.median_hits,
            self.p90_hits
        )
    }
}

/// The header line matching [`Summary`]'s display.
pub(crate) const HEADER: &str = "   n    top-1    top-3    MRR   hits~  p90";
