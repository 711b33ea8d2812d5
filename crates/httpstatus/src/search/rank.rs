//! Ranking a text query against every entry.
//!
//! The query's words are its tokens, with identifiers pasted from stack traces cut into
//! their words ([`camel_words`]); Korean words are looked up in the forms
//! [`korean::analyze`] gives (the word, its stem without particle or ending, synonyms,
//! spelling variants), light verbs are stop words and a negated one ("안 돼요") means a
//! failure. Each word gets a weight from how few entries it matches (its inverse document
//! frequency, as in BM25: "request" or "요청" matches nearly every entry and weighs almost
//! nothing, "throttled" matches one; no rarer than [`RARE_DF`]), and each entry a score per
//! word from the field it was found in (reason and aliases, title, keywords, vendors,
//! summary, description, each with its weight from `httpstatus-codegen`) and how well it
//! matched (whole word, start of a word, typo, Korean stem, synonym). Then, per entry:
//!
//! - **all words over one**: the summed word score is multiplied by the share of the
//!   query's weight it covers, so an entry matching every word beats one that matches the
//!   rarest word alone;
//! - **phrase over scattered words**: neighbouring query words that are neighbours in a
//!   name, keyword or summary of the entry add [`PAIR`]; a query that *is* a name or
//!   keyword adds [`NAME_EXACT`] or [`KEYWORD_EXACT`];
//! - **registered over unofficial** on near-ties: unofficial entries' scores are
//!   multiplied by [`UNOFFICIAL`] (the query names the vendor), [`UNOFFICIAL_UNNAMED`]
//!   (it does not, and a registered code fits its words) or [`UNOFFICIAL_ONLY_FIT`] (no
//!   registered code does), the one place this preference lives;
//! - **a cut-off relative to the best**: hits under [`CUTOFF`] of the best score are
//!   dropped, so a precise query returns a handful and a vague one what fits.
//!
//! Everything lives on the stack: fixed arrays of one score per entry.

use super::fuzzy;
use super::korean::{self, Role};
use super::split::{camel_words, is_error_suffix};
use super::tokenize::{Gram, MAX_TERM, compact_into, is_hangul, tokens, word_term};
use crate::generated::{
    ENTRIES, ENTRY_COUNT, NAMES, PAIRS, VENDORS, WEIGHT_KEYWORD, WEIGHT_REASON, WORDS,
};
use crate::term_table::{TermTable, in_sorted, same};
use crate::{StatusCode, registry};

/// The highest field weight (reason phrase and aliases): a match there counts 1.
const FIELD_MAX: f32 = WEIGHT_REASON as f32;

/// A query word equal to an indexed word.
const EXACT: f32 = 1.0;
/// A query word that is the start of a longer word: typed halfway, or the first part of
/// a compound ("time" → "timeout").
const PREFIX: f32 = 0.5;
/// A query word within a small edit distance of an indexed word: a typo. Below
/// [`PREFIX`]: a word spelt right elsewhere is the better evidence.
const FUZZY: f32 = 0.45;
/// A Korean word whose last syllable differs from the text's only in its final consonant
/// ("많음" for "많은"): the same word in another ending.
const SOFT_FINAL: f32 = 0.8;
/// A Korean form of one syllable ("글" of "글이"): weak evidence, one syllable occurs in
/// many words.
const UNIGRAM: f32 = 0.5;
/// The document frequency below which a word weighs no more: a word in the texts of one
/// code is not more telling than a word in those of three or four. Rarer than that, the
/// rarity says more about which keywords happen to be written than about the word ("회원"
/// in one code's "회원 가입 완료" is no sign that a query about members means that code).
const RARE_DF: f32 = 3.5;
/// Weight of a stop word ("the", "not", "때", "원인") relative to its inverse document
/// frequency. Not zero: "not" still tells "Not Modified" from "Modified".
const STOP_WEIGHT: f32 = 0.15;
/// A pair of neighbouring query words found as neighbours in a strong field, times the
/// pair's inverse document frequency: the phrase bonus.
const PAIR: f32 = 0.6;
/// The whole query is a reason phrase, alias or title of the entry ("not found",
/// "찾을수없음"): relative to the query's total word weight.
const NAME_EXACT: f32 = 1.5;
/// The whole query is one of the entry's keywords ("access denied", "요청 제한"). A
/// little under a name: a keyword may be shared by neighbouring codes.
const KEYWORD_EXACT: f32 = 1.2;
/// The query is the start of a name or keyword ("too many", "찾을 수"), scaled by how much
/// of it was typed.
const NAME_PREFIX: f32 = 0.5;
/// The weight floor under the name bonuses, so a query of unknown words that still spells
/// a name ("imateapot") scores.
const NAME_FLOOR: f32 = 1.0;
/// Unofficial codes' scores are multiplied by this when the query names one of their
/// vendors ("cloudflare timeout", "nginx 499"): on a near-tie the registered code still
/// wins.
const UNOFFICIAL: f32 = 0.85;
/// … and by this when it names none and a registered code holds (nearly) all its words
/// ([`REGISTERED_FITS`]): someone who does not say "Twitter" or "Esri" means the
/// registered code the same words describe ("api rate limit" is 429, not Twitter's 420;
/// "access denied" is 403, not LinkedIn's 999; "token expired" is 401, not Esri's 498).
const UNOFFICIAL_UNNAMED: f32 = 0.5;
/// … and by this when it names none and no registered code holds its words: then a
/// vendor's code that does is the more specific answer ("the client closed the connection
/// before the response" is nginx's 499 even without "nginx").
const UNOFFICIAL_ONLY_FIT: f32 = 0.8;
/// The share of the query's word weight a registered code must hold to count as fitting
/// it as well as an unofficial one.
const REGISTERED_FITS: f32 = 0.95;
/// Hits scoring under this share of the best are dropped.
pub(crate) const CUTOFF: f32 = 0.3;
/// Words of a query looked at; the rest are ignored (a query is a few words, not a page).
const MAX_WORDS: usize = 24;
/// Korean bigrams looked at per word form.
const MAX_GRAMS: usize = 24;

const EN_STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "but", "by", "can", "cannot", "code", "could", "did",
    "do", "does", "doing", "for", "from", "get", "getting", "got", "had", "has", "have", "he",
    "her", "here", "his", "how", "http", "https", "i", "if", "in", "into", "is", "it", "its",
    "just", "me", "mean", "means", "my", "no", "not", "of", "on", "only", "or", "our", "please",
    "return", "returned", "returns", "says", "she", "should", "so", "some", "status", "still",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "to", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "why", "will", "with", "would", "you", "your",
];

/// `token` in lower case, if it is short ASCII (as every stop word and negator is).
fn short_lower<'b>(token: &str, buf: &'b mut [u8; 12]) -> Option<&'b str> {
    let mut n = 0;
    for b in token.bytes().filter(|&b| b != b'\'') {
        if n == buf.len() || !b.is_ascii() {
            return None;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    core::str::from_utf8(&buf[..n]).ok()
}

/// `true` when `token` is in `sorted` (a sorted list of lower-case ASCII words).
fn in_word_list(token: &str, sorted: &[&str]) -> bool {
    let mut buf = [0u8; 12];
    short_lower(token, &mut buf).is_some_and(|w| in_sorted(sorted, w))
}

/// An English stop word, unless written in capitals: "GET" is a method, not "get".
fn is_en_stop_word(token: &str) -> bool {
    let capitals = token.len() >= 3 && token.bytes().all(|b| b.is_ascii_uppercase());
    !capitals && in_word_list(token, EN_STOP_WORDS)
}

/// BM25's inverse document frequency, `log2(1 + (N - df + 0.5) / (df + 0.5))`, for a
/// (soft) document frequency `df`: the summed match strengths over all entries.
fn idf(df: f32) -> f32 {
    let n = ENTRY_COUNT as f32;
    log2(1.0 + (n - df + 0.5).max(0.0) / (df + 0.5))
}

/// `log2(x)` for `x >= 1`, within 0.01: exponent from the bits, a quadratic for the
/// mantissa. `core` has no logarithm without `std`.
fn log2(x: f32) -> f32 {
    let bits = x.to_bits();
    let exponent = ((bits >> 23) & 0xff) as i32 - 127;
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    exponent as f32 + (-0.344_848_43 * m + 2.024_665_8) * m - 1.674_877_6
}

type Scores = [f32; ENTRY_COUNT];

/// Keeps the larger of `slot` and `s`.
fn raise(slot: &mut f32, s: f32) {
    if s > *slot {
        *slot = s;
    }
}

/// How much more a word counts when several names and keywords of the entry hold it
/// (by [`Posting::repeats`](crate::term_table::Posting::repeats)): saturating, as BM25's term frequency does. A code whose
/// keywords keep saying "업로드" is about uploads.
const REPEATS: [f32; 4] = [1.0, 1.15, 1.3, 1.4];

/// Adds the postings of term `i` of `table` to `q` at `quality`.
fn add_postings(table: &TermTable, i: usize, quality: f32, q: &mut Scores) {
    for p in table.postings(i) {
        let s = f32::from(p.weight()) / FIELD_MAX * quality * REPEATS[p.repeats()];
        raise(&mut q[p.entry()], s);
    }
}

/// How one query word matched, per entry.
struct WordMatch {
    q: Scores,
    /// Matched other than by a typo.
    sure: [bool; ENTRY_COUNT],
}

impl WordMatch {
    fn new() -> Self {
        WordMatch {
            q: [0.0; ENTRY_COUNT],
            sure: [false; ENTRY_COUNT],
        }
    }
}

/// A Latin (or other non-Hangul) word: exact, then prefix, then typo matches of its term.
fn match_word(term: &str, m: &mut WordMatch) {
    let mut found = false;
    let range = WORDS.with_prefix(term);
    let prefix_ok = term.chars().count() >= 3;
    for i in range {
        let exact = same(WORDS.term(i), term.as_bytes());
        if !exact && !prefix_ok {
            continue;
        }
        found = true;
        add_postings(&WORDS, i, if exact { EXACT } else { PREFIX }, &mut m.q);
    }
    if found {
        for (sure, q) in m.sure.iter_mut().zip(m.q.iter()) {
            *sure = *q > 0.0;
        }
    } else {
        fuzzy::for_each_match(term, |i| add_postings(&WORDS, i, FUZZY, &mut m.q));
    }
}

/// Marks the entries whose vendor `key` names (a Latin term, or a form of a Korean word).
fn mark_vendor(key: &str, named: &mut [bool; ENTRY_COUNT]) {
    if let Some(i) = VENDORS.find(key) {
        for p in VENDORS.postings(i) {
            named[p.entry()] = true;
        }
    }
}

/// Words that negate the next one: "not available" is also "unavailable".
const NEGATORS: &[&str] = &[
    "arent", "cannot", "cant", "couldnt", "didnt", "doesnt", "dont", "isnt", "never", "no", "non",
    "not", "wasnt", "werent", "without", "wont",
];

fn is_negator(token: &str) -> bool {
    in_word_list(token, NEGATORS)
}

/// The negated forms of a word after a negator: "not available" meets "unavailable",
/// "not valid" "invalid", "not supported" "unsupported".
fn match_negated(term: &str, m: &mut WordMatch) {
    for prefix in ["un", "in", "non"] {
        let mut buf = [0u8; MAX_TERM + 3];
        let n = prefix.len() + term.len();
        if n > buf.len() {
            continue;
        }
        buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
        buf[prefix.len()..n].copy_from_slice(term.as_bytes());
        if let Some(i) = core::str::from_utf8(&buf[..n])
            .ok()
            .and_then(|k| WORDS.find(k))
        {
            add_postings(&WORDS, i, EXACT, &mut m.q);
            for (sure, q) in m.sure.iter_mut().zip(m.q.iter()) {
                *sure |= *q > 0.0;
            }
        }
    }
}

/// A Korean word: the best of its forms ([`korean::analyze`]), each scored by the share
/// of its bigrams (weighted by their rarity) that the entry holds, times the form's
/// strength. The forms are one word: its weight comes from all the entries they reach,
/// as Lucene scores synonyms as one term.
fn match_korean(word: &korean::Analysis<'_>, m: &mut WordMatch) {
    for form in word.forms() {
        let form_q = match_form(form.text, !form.dictionary);
        for ((q, sure), f) in m.q.iter_mut().zip(m.sure.iter_mut()).zip(form_q) {
            raise(q, f * form.quality);
            *sure |= f > 0.0;
        }
    }
}

/// One form of a Korean word: a single syllable by its unigram (weakly), a longer form by
/// the share of its bigrams the entry holds, each bigram weighted by its rarity. With
/// `soft`, the last syllable may differ in its final consonant ([`SOFT_FINAL`]).
fn match_form(form: &str, soft: bool) -> Scores {
    let mut form_q: Scores = [0.0; ENTRY_COUNT];
    let mut chars = form.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return form_q;
    };
    if second.is_none() {
        let mut buf = [0u8; 8];
        if let Some(i) = WORDS.find(Gram::Uni(first).as_str(&mut buf)) {
            add_postings(&WORDS, i, UNIGRAM, &mut form_q);
        }
        return form_q;
    }
    let mut weight_sum = 0.0;
    let mut prev = first;
    let mut rest = form.chars().skip(1).take(MAX_GRAMS).peekable();
    while let Some(c) = rest.next() {
        let last = rest.peek().is_none();
        let mut gram_q: Scores = [0.0; ENTRY_COUNT];
        bigram(prev, c, soft && last, &mut gram_q);
        let df: f32 = gram_q.iter().sum();
        // A bigram no text has still counts against the form, at the weight of the
        // rarest.
        let w = idf(df);
        weight_sum += w;
        for (f, g) in form_q.iter_mut().zip(gram_q.iter()) {
            *f += w * g;
        }
        prev = c;
    }
    if weight_sum > 0.0 {
        for f in form_q.iter_mut() {
            *f /= weight_sum;
        }
    }
    form_q
}

/// The entries holding bigram `a b`; when `soft`, also those whose `b` differs only in
/// its final consonant (at [`SOFT_FINAL`]).
fn bigram(a: char, b: char, soft: bool, q: &mut Scores) {
    let mut buf = [0u8; 8];
    if let Some(i) = WORDS.find(Gram::Bi(a, b).as_str(&mut buf)) {
        add_postings(&WORDS, i, EXACT, q);
    }
    if !soft {
        return;
    }
    let mut buf = [0u8; 8];
    for i in WORDS.with_prefix(Gram::Uni(a).as_str(&mut buf)) {
        let Ok(term) = core::str::from_utf8(WORDS.term(i)) else {
            continue;
        };
        let mut cs = term.chars();
        if let (Some(_), Some(c), None) = (cs.next(), cs.next(), cs.next()) {
            if c != b && korean::same_but_final(c, b) {
                add_postings(&WORDS, i, SOFT_FINAL, q);
            }
        }
    }
}

/// What pairs need to know about the word before.
#[derive(Clone, Copy)]
enum Prev {
    None,
    /// A Latin word: the length of its term (kept in a buffer) and its weight.
    Latin {
        len: usize,
        weight: f32,
    },
    /// A Korean word: its last syllable, the last of its noun or stem ("파일" of
    /// "파일이"), and its weight.
    Korean {
        last: char,
        stem_last: Option<char>,
        weight: f32,
    },
}

/// The words of `text` as the ranking sees them, at most [`MAX_WORDS`]: its tokens, an
/// identifier that is no word of the index cut into its words ([`camel_words`]) but for
/// an error suffix ("AccessDeniedException" → "Access", "Denied").
fn query_words<'t>(text: &'t str, words: &mut [&'t str; MAX_WORDS]) -> usize {
    let mut n = 0;
    let mut put = |w: &'t str| {
        if n < MAX_WORDS {
            words[n] = w;
            n += 1;
        }
    };
    for token in tokens(text) {
        match camel_words(token) {
            Some(parts) if !is_indexed(token) => {
                let mut parts = parts.peekable();
                while let Some(part) = parts.next() {
                    if parts.peek().is_some() || !is_error_suffix(part) {
                        put(part);
                    }
                }
            }
            _ => put(token),
        }
    }
    n
}

/// `true` when the Latin `token` is a word of the index, or the start of one.
fn is_indexed(token: &str) -> bool {
    let mut buf = [0u8; MAX_TERM];
    let term = word_term(token, &mut buf);
    !WORDS.with_prefix(term).is_empty()
}

/// Scores every entry for the words of `text`; calls `hit` with each entry that scored,
/// its score and whether it matched as a phrase or only through typos.
pub(crate) fn rank(text: &str, mut hit: impl FnMut(usize, f32, Kind)) {
    let mut base: Scores = [0.0; ENTRY_COUNT];
    let mut covered: Scores = [0.0; ENTRY_COUNT];
    let mut bonus: Scores = [0.0; ENTRY_COUNT];
    let mut sure = [false; ENTRY_COUNT];
    let mut pairs_matched = [0u8; ENTRY_COUNT];
    let mut pairs_tried = 0u8;
    let mut total = 0.0f32;
    let mut words = [""; MAX_WORDS];
    let n_words = query_words(text, &mut words);
    let words = &words[..n_words];
    let has_content = words
        .iter()
        .any(|t| !is_stop(t) && !t.bytes().all(|b| b.is_ascii_digit()));

    let mut prev = Prev::None;
    let mut prev_term = [0u8; MAX_TERM];
    let mut negated = false;
    let mut named = [false; ENTRY_COUNT];
    for (i, &token) in words.iter().enumerate() {
        let mut m = WordMatch::new();
        let mut term_buf = [0u8; MAX_TERM];
        let hangul = token.chars().next().is_some_and(is_hangul);
        let mut term = "";
        let mut stop = false;
        let mut stem_last = None;
        if token.bytes().all(|b| b.is_ascii_digit()) {
            // "HTTP 404 error": a code among words points at its entries.
            if let Ok(code) = StatusCode::from_bytes(token.as_bytes()) {
                for i in registry::index_range_for(code) {
                    m.q[i] = EXACT;
                    m.sure[i] = true;
                }
            }
        } else if hangul {
            let mut word = korean::analyze(token);
            // "안 돼요", "못 해요": the negator makes the light verb a failure, unless the
            // verb describes the noun after it ("등록 안 된 경로" is a route not
            // registered, not a failure).
            let describes_next =
                word.is_adnominal() && words.get(i + 1).is_some_and(|next| !is_stop(next));
            if word.role() == Role::Light && negated && !describes_next {
                word.negate();
            }
            stop = has_content && (korean::is_stop_word(token) || word.role() == Role::Light);
            match_korean(&word, &mut m);
            for form in word.forms().filter(|f| f.literal) {
                mark_vendor(form.text, &mut named);
            }
            stem_last = word.stem_last();
        } else {
            term = word_term(token, &mut term_buf);
            stop = has_content && is_en_stop_word(token);
            if !term.is_empty() {
                match_word(term, &mut m);
                if negated {
                    match_negated(term, &mut m);
                }
                mark_vendor(term, &mut named);
            }
        }
        negated = if hangul {
            korean::is_negator(token)
        } else {
            is_negator(token)
        };
        let df: f32 = m.q.iter().sum();
        if df == 0.0 {
            // An unknown word says nothing about any entry; it neither helps nor counts
            // against coverage.
            prev = Prev::None;
            continue;
        }
        let weight = idf(df.max(RARE_DF)) * if stop { STOP_WEIGHT } else { 1.0 };
        total += weight;
        for e in 0..ENTRY_COUNT {
            base[e] += weight * m.q[e];
            covered[e] += weight * m.q[e].min(1.0);
            sure[e] |= m.sure[e];
        }

        // Phrase: this word and the one before, neighbours in a field of the entry.
        let mut pair: Scores = [0.0; ENTRY_COUNT];
        let mut prev_weight = 0.0;
        match (prev, hangul) {
            (Prev::Latin { len, weight: w }, false) if !term.is_empty() => {
                prev_weight = w;
                let mut key = [0u8; 2 * MAX_TERM + 1];
                key[..len].copy_from_slice(&prev_term[..len]);
                key[len] = b' ';
                key[len + 1..len + 1 + term.len()].copy_from_slice(term.as_bytes());
                if let Some(i) = core::str::from_utf8(&key[..len + 1 + term.len()])
                    .ok()
                    .and_then(|k| PAIRS.find(k))
                {
                    add_postings(&PAIRS, i, EXACT, &mut pair);
                }
                pairs_tried += 1;
            }
            (
                Prev::Korean {
                    last,
                    stem_last: prev_stem_last,
                    weight: w,
                },
                true,
            ) => {
                prev_weight = w;
                if let Some(first) = token.chars().next() {
                    // From the word as typed ("찾을 수") and from its noun ("파일이 없음"
                    // is "파일 없음").
                    for a in core::iter::once(last).chain(prev_stem_last.filter(|&c| c != last)) {
                        let mut buf = [0u8; 8];
                        if let Some(i) = WORDS.find(Gram::Bi(a, first).as_str(&mut buf)) {
                            add_postings(&WORDS, i, EXACT, &mut pair);
                        }
                    }
                }
                pairs_tried += 1;
            }
            _ => {}
        }
        let pair_df: f32 = pair.iter().sum();
        if pair_df > 0.0 {
            // A pair weighs by its own rarity ("not found" says much, "하지 않" little),
            // and never more than its words: two stop words make no phrase worth much.
            let w = PAIR * idf(pair_df).min((prev_weight + weight) / 2.0);
            for e in 0..ENTRY_COUNT {
                bonus[e] += w * pair[e];
                if pair[e] > 0.0 {
                    pairs_matched[e] = pairs_matched[e].saturating_add(1);
                }
            }
        }
        prev = if hangul {
            match token.chars().next_back() {
                Some(last) => Prev::Korean {
                    last,
                    stem_last,
                    weight,
                },
                None => Prev::None,
            }
        } else if term.is_empty() {
            Prev::None
        } else {
            prev_term[..term.len()].copy_from_slice(term.as_bytes());
            Prev::Latin {
                len: term.len(),
                weight,
            }
        };
    }

    let mut phrase = [false; ENTRY_COUNT];
    add_names(text, total.max(NAME_FLOOR), &mut bonus, &mut phrase);

    // How well the best registered code fits the words (see UNOFFICIAL_ONLY_FIT).
    let registered_fit = (0..ENTRY_COUNT)
        .filter(|&e| !ENTRIES[e].is_unofficial() && total > 0.0)
        .map(|e| covered[e] / total)
        .fold(0.0f32, f32::max);
    for e in 0..ENTRY_COUNT {
        let words = if total > 0.0 {
            base[e] * (covered[e] / total)
        } else {
            0.0
        };
        let mut score = words + bonus[e];
        if score <= 0.0 {
            continue;
        }
        if ENTRIES[e].is_unofficial() {
            score *= if named[e] {
                UNOFFICIAL
            } else if registered_fit >= REGISTERED_FITS {
                UNOFFICIAL_UNNAMED
            } else {
                UNOFFICIAL_ONLY_FIT
            };
        }
        let kind = if phrase[e] || (pairs_tried > 0 && pairs_matched[e] == pairs_tried) {
            Kind::Phrase
        } else if sure[e] || bonus[e] > 0.0 {
            Kind::Words
        } else {
            Kind::Fuzzy
        };
        hit(e, score, kind);
    }
}

/// How an entry matched a text query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Phrase,
    Words,
    Fuzzy,
}

/// A stop word: English ones from [`EN_STOP_WORDS`], Korean ones from the lexicon and
/// light verbs ("했어요", "있는").
fn is_stop(token: &str) -> bool {
    if token.chars().next().is_some_and(is_hangul) {
        korean::is_stop_word(token) || korean::analyze(token).role() == Role::Light
    } else {
        is_en_stop_word(token)
    }
}

/// The name bonuses: the whole query (spaces and punctuation ignored) equal to, or the
/// start of, a name or keyword of an entry.
fn add_names(text: &str, weight: f32, bonus: &mut Scores, phrase: &mut [bool; ENTRY_COUNT]) {
    let mut buf = [0u8; 256];
    let Some(q) = compact_into(text, &mut buf) else {
        return;
    };
    let q_chars = q.chars().count();
    let meaningful = q_chars >= 4 || (q_chars >= 2 && q.chars().all(is_hangul));
    let mut best: Scores = [0.0; ENTRY_COUNT];
    for i in NAMES.with_prefix(q) {
        let name = NAMES.term(i);
        let exact = name == q.as_bytes();
        if !exact && !meaningful {
            continue;
        }
        for p in NAMES.postings(i) {
            let s = if exact {
                // Names carry their field's weight, keywords WEIGHT_KEYWORD, the lowest.
                if p.weight() > WEIGHT_KEYWORD {
                    NAME_EXACT
                } else {
                    KEYWORD_EXACT
                }
            } else {
                let name_chars = core::str::from_utf8(name).map_or(1, |n| n.chars().count());
                NAME_PREFIX * q_chars as f32 / name_chars.max(1) as f32
            };
            raise(&mut best[p.entry()], s * weight);
            phrase[p.entry()] = true;
        }
    }
    for (b, s) in bonus.iter_mut().zip(best.iter()) {
        *b += s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_is_close() {
        for (x, want) in [
            (1.0f32, 0.0f32),
            (2.0, 1.0),
            (3.0, 1.585),
            (10.0, 3.322),
            (97.0, 6.6),
        ] {
            assert!((log2(x) - want).abs() < 0.02, "log2({x}) = {}", log2(x));
        }
    }

    #[test]
    fn rare_words_weigh_more() {
        assert!(idf(1.0) > idf(10.0));
        assert!(idf(10.0) > idf(50.0));
        assert!(idf(ENTRY_COUNT as f32) >= 0.0);
        assert!(idf(0.1) < 10.0);
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [EN_STOP_WORDS, NEGATORS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn stop_words_and_negators() {
        assert!(is_stop("the") && is_stop("The") && is_stop("때") && is_stop("원인은"));
        assert!(!is_stop("timeout") && !is_stop("업로드"));
        assert!(is_negator("not") && is_negator("doesn't") && !is_negator("note"));
        // A method in capitals is not the stop word.
        assert!(is_stop("get") && !is_stop("GET") && !is_stop("POST"));
    }
}
