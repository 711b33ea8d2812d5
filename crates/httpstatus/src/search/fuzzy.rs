//! Typo tolerance: words of the index within a small edit distance of a query word.

use crate::generated::{FUZZY_LEN_STARTS, FUZZY_TERMS, WORDS};

/// Longest query word, in letters, that is compared for typos.
const MAX_CHARS: usize = 24;

/// Calls `found` with the index in `WORDS` of every word within a small edit distance of
/// `term` (four or more ASCII letters): one edit up to 7 letters, two from 8. The first
/// letter must match, or be the second letter (a swap at the start). How much a typo
/// counts is the ranking's business (`rank.rs`).
pub(crate) fn for_each_match(term: &str, mut found: impl FnMut(usize)) {
    let t = term.as_bytes();
    let n = t.len();
    if !(4..=MAX_CHARS).contains(&n) || !t.iter().all(u8::is_ascii_lowercase) {
        return;
    }
    let k = if n >= 8 { 2 } else { 1 };
    let max_len = (FUZZY_LEN_STARTS.len() - 2).min(n + k);
    let bucket =
        |len: usize| usize::from(FUZZY_LEN_STARTS[len])..usize::from(FUZZY_LEN_STARTS[len + 1]);
    for len in (n - k)..=max_len {
        for &vi in &FUZZY_TERMS[bucket(len)] {
            let word = WORDS.term(usize::from(vi));
            let first = word.first().copied();
            if first != Some(t[0]) && first != Some(t[1]) {
                continue;
            }
            if osa_distance_within(t, word, k) {
                found(usize::from(vi));
            }
        }
    }
}

/// Optimal string alignment distance between `a` and `b` is at most `k`.
pub(crate) fn osa_distance_within(a: &[u8], b: &[u8], k: usize) -> bool {
    const W: usize = MAX_CHARS + 3;
    if a.len().abs_diff(b.len()) > k || b.len() + 1 > W || a.len() + 1 > W {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn osa(a: &str, b: &str, k: usize) -> bool {
        osa_distance_within(a.as_bytes(), b.as_bytes(), k)
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
        assert!(!osa(&"a".repeat(40), "a", 2));
    }
}
