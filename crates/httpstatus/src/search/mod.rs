//! Ranked search over every entry: by code, by pattern (`4xx`, `41x`, `5`), by reason
//! phrase and alias, and by Korean or English words, tolerant of typos and of Korean
//! spacing. Needs no allocation.

mod query;
pub(crate) mod tokenize;

use core::cmp::Ordering;

pub use query::{CodePattern, Query};

use crate::generated::{ENTRIES, ENTRY_COUNT, LEN_STARTS, PHRASES, VOCAB, VOCAB_BY_LEN};
use crate::{Info, StatusCode, registry};
use tokenize::{compact, is_hangul, normalized, tokens};

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
    /// A reason phrase, alias or title matches the whole query.
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
            text_search(text, &mut res);
            res.sort();
            res
        }
    }
}

/// Quality of a token match, multiplied by the field weight.
const EXACT: u32 = 10;
const PREFIX: u32 = 6;
const FUZZY: u32 = 5;
/// Weight of a three-digit code appearing as a word of the query ("HTTP 404 error").
const CODE_WORD: u32 = 60;

const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "code", "do", "does", "for", "from", "how",
    "http", "i", "in", "is", "it", "its", "my", "of", "on", "or", "status", "that", "the", "this",
    "to", "what", "when", "which", "why", "with",
];

/// Korean particles tried off the end of a Hangul word that matched nothing.
const PARTICLES: &[&str] = &[
    "에서", "으로", "이", "가", "을", "를", "은", "는", "의", "에", "로", "와", "과", "도",
];

fn is_stop_word(token: &str) -> bool {
    STOP_WORDS.iter().any(|w| normalized(token).eq(w.chars()))
}

fn text_search(text: &str, res: &mut SearchResults) {
    let mut scores = [0u32; ENTRY_COUNT];
    let mut matched = [0u8; ENTRY_COUNT];
    let mut fuzzy_only = [true; ENTRY_COUNT];
    let has_content_word = tokens(text).any(|t| !is_stop_word(t));
    let mut words = 0u32;

    for token in tokens(text) {
        if has_content_word && is_stop_word(token) {
            continue;
        }
        words += 1;
        let mut best = [0u32; ENTRY_COUNT];
        let mut exact_or_prefix = [false; ENTRY_COUNT];
        if let Ok(code) = StatusCode::from_bytes(token.as_bytes()) {
            for i in registry::index_range_for(code) {
                best[i] = CODE_WORD * EXACT;
                exact_or_prefix[i] = true;
            }
        }
        let found = match_token(token, &mut best, &mut exact_or_prefix);
        if !found && token.chars().next().is_some_and(is_hangul) {
            for particle in PARTICLES {
                if let Some(stem) = token.strip_suffix(particle) {
                    if !stem.is_empty() && match_token(stem, &mut best, &mut exact_or_prefix) {
                        break;
                    }
                }
            }
        }
        if !found {
            fuzzy_token(token, &mut best);
        }
        for i in 0..ENTRY_COUNT {
            if best[i] > 0 {
                scores[i] += best[i];
                matched[i] = matched[i].saturating_add(1);
                if exact_or_prefix[i] {
                    fuzzy_only[i] = false;
                }
            }
        }
    }

    let mut buf = [0u8; 256];
    let query_compact = compact_into(text, &mut buf);
    let mut phrase_hit = [false; ENTRY_COUNT];
    if let Some(q) = query_compact {
        let q = CompactQuery::new(q);
        for (i, phrases) in PHRASES.iter().enumerate() {
            let bonus = phrases
                .iter()
                .map(|p| phrase_bonus(&q, p))
                .max()
                .unwrap_or(0);
            // An unofficial phrase ("Redirect", Exchange's 451) must not bury the
            // registered codes that the same word describes.
            let bonus = if ENTRIES[i].is_unofficial() {
                bonus / 4
            } else {
                bonus
            };
            if bonus > 0 {
                scores[i] += bonus;
                phrase_hit[i] = true;
            }
        }
    }

    for i in 0..ENTRY_COUNT {
        if scores[i] == 0 {
            continue;
        }
        if words >= 2 && u32::from(matched[i]) == words {
            scores[i] += scores[i] / 2;
        }
        // Registered codes win near-ties: "redirect" is 301/302/307/308 before Exchange's
        // unofficial 451 Redirect.
        if ENTRIES[i].is_unofficial() {
            scores[i] = scores[i] * 3 / 5;
        }
        let kind = if phrase_hit[i] {
            MatchKind::Phrase
        } else if fuzzy_only[i] {
            MatchKind::Fuzzy
        } else {
            MatchKind::Words
        };
        res.push(i, scores[i], kind);
    }
}

/// Exact and prefix matches of `token` in the vocabulary. Returns whether any matched.
fn match_token(
    token: &str,
    best: &mut [u32; ENTRY_COUNT],
    strong: &mut [bool; ENTRY_COUNT],
) -> bool {
    let start =
        VOCAB.partition_point(|(word, _)| word.chars().cmp(normalized(token)) == Ordering::Less);
    let len = normalized(token).count();
    let hangul = token.chars().next().is_some_and(is_hangul);
    let prefix_ok = len >= 3 || (hangul && len >= 2);
    let mut found = false;
    for (word, postings) in &VOCAB[start..] {
        let quality = if word.chars().eq(normalized(token)) {
            EXACT
        } else if prefix_ok && starts_with(word, token) {
            PREFIX
        } else {
            break;
        };
        found = true;
        for &(entry, weight) in postings.iter() {
            let i = usize::from(entry);
            let s = u32::from(weight) * quality;
            if s > best[i] {
                best[i] = s;
            }
            strong[i] = true;
        }
        if quality == EXACT && !prefix_ok {
            break;
        }
    }
    found
}

fn starts_with(word: &str, token: &str) -> bool {
    let mut w = word.chars();
    normalized(token).all(|c| w.next() == Some(c))
}

const MAX_FUZZY_CHARS: usize = 24;

/// Words of the vocabulary within a small edit distance of `token` (4 or more letters, not
/// Hangul): one edit up to 7 letters, two from 8. The first letter must match, or be the
/// second letter (a swap at the start).
fn fuzzy_token(token: &str, best: &mut [u32; ENTRY_COUNT]) {
    let mut q = ['\0'; MAX_FUZZY_CHARS];
    let mut n = 0;
    for c in normalized(token) {
        if n == MAX_FUZZY_CHARS || is_hangul(c) || c.is_ascii_digit() {
            return;
        }
        q[n] = c;
        n += 1;
    }
    if n < 4 {
        return;
    }
    let q = &q[..n];
    let k = if n >= 8 { 2 } else { 1 };
    let max_len = (LEN_STARTS.len() - 2).min(n + k);
    let bucket = |len: usize| usize::from(LEN_STARTS[len])..usize::from(LEN_STARTS[len + 1]);
    for len in (n - k)..=max_len {
        for &vi in &VOCAB_BY_LEN[bucket(len)] {
            let (word, postings) = &VOCAB[usize::from(vi)];
            let first = word.chars().next();
            if first != Some(q[0]) && first != Some(q[1]) {
                continue;
            }
            let mut w = ['\0'; MAX_FUZZY_CHARS + 2];
            let mut m = 0;
            for c in word.chars() {
                if m == w.len() {
                    break;
                }
                w[m] = c;
                m += 1;
            }
            if osa_distance_within(q, &w[..m], k) {
                for &(entry, weight) in postings.iter() {
                    let i = usize::from(entry);
                    let s = u32::from(weight) * FUZZY;
                    if s > best[i] {
                        best[i] = s;
                    }
                }
            }
        }
    }
}

/// Optimal string alignment distance between `a` and `b` is at most `k`.
fn osa_distance_within(a: &[char], b: &[char], k: usize) -> bool {
    const W: usize = MAX_FUZZY_CHARS + 3;
    if a.len().abs_diff(b.len()) > k || b.len() + 1 > W {
        return false;
    }
    let mut prev2 = [0usize; W];
    let mut prev = [0usize; W];
    let mut cur = [0usize; W];
    for (j, slot) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return false;
        }
        prev2 = prev;
        prev = cur;
    }
    prev[b.len()] <= k
}

/// Writes the compact form of `text` into `buf`; `None` if it is empty or too long to be
/// any phrase.
fn compact_into<'b>(text: &str, buf: &'b mut [u8; 256]) -> Option<&'b str> {
    let mut len = 0;
    for c in compact(text) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    if len == 0 {
        return None;
    }
    core::str::from_utf8(&buf[..len]).ok()
}

/// The compact query, with what [`phrase_bonus`] needs to know about it computed once.
struct CompactQuery<'q> {
    text: &'q str,
    chars: u32,
    meaningful: bool,
}

impl<'q> CompactQuery<'q> {
    fn new(text: &'q str) -> Self {
        let chars = text.chars().count() as u32;
        CompactQuery {
            text,
            chars,
            meaningful: is_meaningful(text, chars),
        }
    }
}

/// Long enough to be matched inside a longer phrase: four letters, or two Hangul syllables.
fn is_meaningful(s: &str, chars: u32) -> bool {
    chars >= 4 || (chars >= 2 && s.chars().all(is_hangul))
}

/// Bonus for the whole compact query against one compact phrase of an entry.
fn phrase_bonus(q: &CompactQuery<'_>, phrase: &str) -> u32 {
    if q.text == phrase {
        return 5_000;
    }
    if q.meaningful && phrase.len() > q.text.len() && contains(phrase, q.text) {
        let p_chars = phrase.chars().count() as u32;
        return 1_000 + 2_000 * q.chars / p_chars.max(1);
    }
    if phrase.len() < q.text.len() && contains(q.text, phrase) {
        let p_chars = phrase.chars().count() as u32;
        if is_meaningful(phrase, p_chars) {
            return 1_000 * p_chars / q.chars.max(1);
        }
    }
    0
}

/// Substring test for the short strings compared here; cheaper than `str::contains`, which
/// prepares a searcher for every call.
fn contains(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if h.len() < n.len() {
        return false;
    }
    (0..=h.len() - n.len()).any(|i| h[i] == first && &h[i + 1..i + n.len()] == rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osa(a: &str, b: &str, k: usize) -> bool {
        let a: [char; 24] = core::array::from_fn(|i| a.chars().nth(i).unwrap_or('\0'));
        let b2: [char; 24] = core::array::from_fn(|i| b.chars().nth(i).unwrap_or('\0'));
        let (la, lb) = (
            a.iter().position(|&c| c == '\0').unwrap_or(24),
            b2.iter().position(|&c| c == '\0').unwrap_or(24),
        );
        osa_distance_within(&a[..la], &b2[..lb], k)
    }

    #[test]
    fn edit_distance() {
        assert!(osa("fuond", "found", 1));
        assert!(osa("foud", "found", 1));
        assert!(osa("fonnd", "found", 1));
        assert!(osa("founds", "found", 1));
        assert!(!osa("fxxnd", "found", 1));
        assert!(osa("athorization", "authorization", 2));
        assert!(!osa("abc", "xyz", 2));
    }

    #[test]
    fn phrase_bonus_orders() {
        let q = |s| CompactQuery::new(s);
        assert!(phrase_bonus(&q("notfound"), "notfound") > phrase_bonus(&q("found"), "notfound"));
        assert_eq!(phrase_bonus(&q("ab"), "abc"), 0);
        assert!(phrase_bonus(&q("찾을수"), "찾을수없음") > 0);
        assert!(phrase_bonus(&q("error404notfoundpage"), "notfound") > 0);
        assert!(contains("notfound", "found"));
        assert!(!contains("found", "notfound"));
        assert!(contains("abc", ""));
    }

    #[test]
    fn stop_words_alone_still_search() {
        // A query of only stop words is not silently emptied.
        let res = search("the");
        assert_eq!(res.query_kind(), QueryKind::Text);
    }
}
