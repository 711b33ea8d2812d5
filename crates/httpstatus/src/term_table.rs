//! The search index's tables, as `httpstatus-codegen` writes them into `generated.rs`.
//!
//! The type sits below the tables (and so outside `search`, which reads them), as the
//! entry types of `info.rs` do.
//!
//! Each [`TermTable`] is a sorted list of terms with postings. It holds no pointer per
//! term: the terms are one text with end offsets, the postings one array with end
//! offsets, so a program that links the library has almost nothing to relocate at start.

use core::cmp::Ordering;
use core::ops::Range;

/// One posting: an entry (index into the entry table), the weight of the field the term
/// was found in (`httpstatus-codegen`'s `render::WEIGHT_*`, six bits) and how many of the
/// entry's names and keywords hold it (two bits, see [`Posting::repeats`]), packed as
/// `entry << 8 | repeats << 6 | weight`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Posting(pub(crate) u16);

impl Posting {
    /// The entry's index.
    pub(crate) fn entry(self) -> usize {
        usize::from(self.0 >> 8)
    }

    /// The field weight.
    pub(crate) fn weight(self) -> u8 {
        (self.0 & 0x3f) as u8
    }

    /// How often the entry's names and keywords hold the term: 0 for once or never, 1
    /// for twice, 2 for three or four times, 3 for five or more.
    pub(crate) fn repeats(self) -> usize {
        usize::from((self.0 >> 6) & 0b11)
    }
}

/// `a` against `b`, byte by byte. Terms and the words of the lexicons are a few bytes long,
/// shorter than a call to `memcmp` is worth; a search makes hundreds of these comparisons.
pub(crate) fn compare(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// `true` when `a` and `b` are the same bytes ([`compare`]).
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && compare(a, b) == Ordering::Equal
}

/// `true` when the sorted `list` holds `word` ([`compare`]).
pub(crate) fn in_sorted(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|w| compare(w.as_bytes(), word.as_bytes()))
        .is_ok()
}

/// A sorted term table.
#[derive(Debug)]
pub(crate) struct TermTable {
    /// Every term, in sorted order, one after the other.
    pub(crate) text: &'static str,
    /// The end of each term in `text`; a term starts where the one before ends.
    pub(crate) ends: &'static [u32],
    /// The end of each term's postings in `postings`.
    pub(crate) posting_ends: &'static [u32],
    /// Postings, `(entry << 8) | weight`, grouped by term.
    pub(crate) postings: &'static [u16],
}

impl TermTable {
    /// Number of terms.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Term `i`, as bytes.
    pub(crate) fn term(&self, i: usize) -> &'static [u8] {
        let text: &'static [u8] = self.text.as_bytes();
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        text.get(start..self.ends[i] as usize).unwrap_or(&[])
    }

    /// Term `i`'s postings.
    pub(crate) fn postings(&self, i: usize) -> impl Iterator<Item = Posting> + 'static {
        let start = if i == 0 {
            0
        } else {
            self.posting_ends[i - 1] as usize
        };
        let all: &'static [u16] = self.postings;
        all.get(start..self.posting_ends[i] as usize)
            .unwrap_or(&[])
            .iter()
            .map(|&p| Posting(p))
    }

    /// The index of the first term not less than `key`.
    fn lower_bound(&self, key: &[u8]) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if compare(self.term(mid), key) == Ordering::Less {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The term equal to `key`, if any.
    pub(crate) fn find(&self, key: &str) -> Option<usize> {
        let i = self.lower_bound(key.as_bytes());
        (i < self.len() && same(self.term(i), key.as_bytes())).then_some(i)
    }

    /// The terms that start with `prefix` (`prefix` itself included).
    pub(crate) fn with_prefix(&self, prefix: &str) -> Range<usize> {
        let p = prefix.as_bytes();
        let start = self.lower_bound(p);
        let mut end = start;
        while end < self.len() && self.term(end).get(..p.len()).is_some_and(|t| same(t, p)) {
            end += 1;
        }
        start..end
    }
}
