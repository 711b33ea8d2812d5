//! Ranked search over every entry: by code, by pattern (`4xx`, `41x`, `5`), and by the
//! words people use, in Korean or English: reason phrases, aliases, titles, keywords
//! (`keywords` in the data: "access denied", "요청 제한"), summaries and descriptions,
//! tolerant of typos, of Korean spacing and of Korean particles and endings. The ranking
//! rules are in [`rank`]. Needs no allocation.

mod fuzzy;
mod korean;
mod query;
mod rank;
mod split;
pub(crate) mod tokenize;

pub use query::{CodePattern, Query};

use crate::generated::{ENTRIES, ENTRY_COUNT};
use crate::{Info, StatusCode, registry};

/// How an entry matched a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchKind {
    /// The query is the code.
    Code,
    /// The query is the code with a typo in it ("4o4").
    CodeTypo,
    /// The code fits the query's pattern ("4xx", "41x", "5").
    Pattern,
    /// The query is a reason phrase, alias, title or keyword of the entry, or the start of
    /// one, or all its words stand together in one of them.
    Phrase,
    /// Words of the query match words of the entry.
    Words,
    /// Words match only with typos allowed.
    Fuzzy,
}

/// One search result.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Hit {
    /// The entry found.
    pub info: &'static Info,
    /// Its score; higher is better. Comparable within one result list only.
    pub score: u32,
    /// How it matched.
    pub kind: MatchKind,
}

#[derive(Clone, Copy, Debug)]
struct RawHit {
    index: u8,
    score: u32,
    kind: MatchKind,
}

const NO_HIT: RawHit = RawHit {
    index: 0,
    score: 0,
    kind: MatchKind::Words,
};

/// The ranked results of [`search`], best first.
#[derive(Clone, Debug)]
pub struct SearchResults {
    hits: [RawHit; ENTRY_COUNT],
    len: usize,
    query: QueryKind,
}

/// What kind of query a search was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryKind {
    /// Nothing to search for (blank).
    Empty,
    /// A three-digit code, possibly with a typo.
    Code(StatusCode),
    /// A code pattern.
    Pattern(CodePattern),
    /// Words.
    Text,
}

impl SearchResults {
    fn new(query: QueryKind) -> Self {
        SearchResults {
            hits: [NO_HIT; ENTRY_COUNT],
            len: 0,
            query,
        }
    }

    fn push(&mut self, index: usize, score: u32, kind: MatchKind) {
        if self.len < ENTRY_COUNT {
            // ENTRY_COUNT < 256 is checked by the generator.
            self.hits[self.len] = RawHit {
                index: index as u8,
                score,
                kind,
            };
            self.len += 1;
        }
    }

    /// Number of hits.
    pub fn len(&self) -> usize {
        self.len
    }

    /// `true` when nothing matched.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The hit at `rank` (0 is best).
    pub fn get(&self, rank: usize) -> Option<Hit> {
        self.hits[..self.len].get(rank).map(|h| Hit {
            info: &ENTRIES[usize::from(h.index)],
            score: h.score,
            kind: h.kind,
        })
    }

    /// The best hit.
    pub fn first(&self) -> Option<Hit> {
        self.get(0)
    }

    /// The hits, best first.
    pub fn iter(&self) -> Hits<'_> {
        Hits {
            results: self,
            next: 0,
        }
    }

    /// What kind of query this was.
    pub fn query_kind(&self) -> QueryKind {
        self.query
    }

    /// Drops the hits scoring under `share` of the best, before sorting: the sort then
    /// orders only the handful that stay.
    fn cut(&mut self, share: f32) {
        let best = self.hits[..self.len]
            .iter()
            .map(|h| h.score)
            .max()
            .unwrap_or(0);
        let floor = ((best as f32 * share) as u32).max(1);
        let mut kept = 0;
        for i in 0..self.len {
            if self.hits[i].score >= floor {
                self.hits[kept] = self.hits[i];
                kept += 1;
            }
        }
        self.len = kept;
    }

    fn sort(&mut self) {
        self.hits[..self.len].sort_unstable_by(|a, b| {
            b.score.cmp(&a.score).then_with(|| {
                let (ea, eb) = (
                    &ENTRIES[usize::from(a.index)],
                    &ENTRIES[usize::from(b.index)],
                );
                ea.is_unofficial()
                    .cmp(&eb.is_unofficial())
                    .then(a.index.cmp(&b.index))
            })
        });
    }
}

impl<'a> IntoIterator for &'a SearchResults {
    type Item = Hit;
    type IntoIter = Hits<'a>;

    fn into_iter(self) -> Hits<'a> {
        self.iter()
    }
}

/// Iterator over [`SearchResults`], best first.
#[derive(Clone, Debug)]
pub struct Hits<'a> {
    results: &'a SearchResults,
    next: usize,
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        let hit = self.results.get(self.next)?;
        self.next += 1;
        Some(hit)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.results.len - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Hits<'_> {}

/// Searches every entry for `query`, best match first.
///
/// Text queries return only the hits that score at least a share of the best one (see
/// the ranking rules in the module source), so a precise query gives a handful; codes
/// and patterns return every entry they name.
///
/// ```
/// use httpstatus::{MatchKind, search};
///
/// assert_eq!(search("404").first().unwrap().info.code, 404);
/// assert_eq!(search("not found").first().unwrap().info.code, 404);
/// assert_eq!(search("Not Fuond").first().unwrap().info.code, 404);
/// assert_eq!(search("4o4").first().unwrap().kind, MatchKind::CodeTypo);
/// assert_eq!(search("찾을수없음").first().unwrap().info.code, 404);
/// assert_eq!(search("payload too large").first().unwrap().info.code, 413);
/// assert_eq!(search("teapot").first().unwrap().info.code, 418);
///
/// let fours: Vec<u16> = search("41x").iter().map(|h| h.info.code.as_u16()).collect();
/// assert_eq!(&fours[..3], [410, 411, 412]);
/// ```
pub fn search(query: &str) -> SearchResults {
    match Query::parse(query) {
        Query::Empty => SearchResults::new(QueryKind::Empty),
        Query::Code { code, typo } => {
            let mut res = SearchResults::new(QueryKind::Code(code));
            let kind = if typo {
                MatchKind::CodeTypo
            } else {
                MatchKind::Code
            };
            for (rank, i) in registry::index_range_for(code).enumerate() {
                res.push(i, 10_000 - rank as u32, kind);
            }
            res
        }
        Query::Pattern(pattern) => {
            let mut res = SearchResults::new(QueryKind::Pattern(pattern));
            for (i, info) in ENTRIES.iter().enumerate() {
                if pattern.matches(info.code) {
                    res.push(i, 8_000, MatchKind::Pattern);
                }
            }
            res.sort();
            res
        }
        Query::Text(text) => {
            let mut res = SearchResults::new(QueryKind::Text);
            rank::rank(text, |i, score, kind| {
                let kind = match kind {
                    rank::Kind::Phrase => MatchKind::Phrase,
                    rank::Kind::Words => MatchKind::Words,
                    rank::Kind::Fuzzy => MatchKind::Fuzzy,
                };
                // Scores are compared as integers; a thousandth is finer than any rule.
                res.push(i, (score * 1000.0) as u32, kind);
            });
            res.cut(rank::CUTOFF);
            res.sort();
            res
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_alone_still_search() {
        // A query of only stop words is not silently emptied.
        let res = search("the");
        assert_eq!(res.query_kind(), QueryKind::Text);
    }
}
