//! Renders the data as Rust source for the core crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::model::{Data, Entry};
use crate::{compact, hangul_grams, latin_terms};

/// Field weights in the search index: how much a word found in that field counts. The
/// reason phrase and aliases, the highest (the core reads it as a full match).
pub const WEIGHT_REASON: u8 = 60;
/// Title (either language).
pub const WEIGHT_TITLE: u8 = 55;
/// Keywords (either language, and search-only ones): as strong as a title, because they
/// are the words people use for the code. In the names table keywords carry this weight
/// and names [`WEIGHT_REASON`], so the core can tell them apart.
pub const WEIGHT_KEYWORD: u8 = 55;
/// Vendor names.
pub const WEIGHT_VENDOR: u8 = 40;
/// Summary.
pub const WEIGHT_SUMMARY: u8 = 20;
/// Description and document names.
pub const WEIGHT_DESCRIPTION: u8 = 8;

/// The URL of a spec reference: given, or derived for RFCs.
pub fn spec_url(document: &str, section: &str, url: Option<&str>) -> Option<String> {
    if let Some(u) = url {
        return Some(u.to_owned());
    }
    let number = document.strip_prefix("RFC ")?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let base = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    Some(if section.is_empty() {
        base
    } else if section.starts_with(|c: char| c.is_ascii_uppercase()) {
        format!("{base}#appendix-{section}")
    } else {
        format!("{base}#section-{section}")
    })
}

/// The constant name for an entry: its reason phrase, or for reserved codes its first
/// alias, in SCREAMING_SNAKE_CASE.
pub fn constant_name(entry: &Entry) -> String {
    let base = if entry.reason.starts_with('(') {
        entry
            .aliases
            .first()
            .map_or(entry.reason.as_str(), |a| a.name())
    } else {
        entry.reason.as_str()
    };
    screaming(base)
}

/// "I'm a teapot" → "IM_A_TEAPOT".
pub fn screaming(s: &str) -> String {
    let mut out = String::new();
    let mut pending = false;
    for c in s.chars() {
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_uppercase());
        } else {
            pending = true;
        }
    }
    out
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn text(t: &crate::model::Text) -> String {
    format!("Text {{ ko: {}, en: {} }}", lit(&t.ko), lit(&t.en))
}

/// Renders `generated.rs`.
pub fn render(data: &Data) -> String {
    let mut out = String::new();
    let w = &mut out;
    let n = data.codes.len();
    let _ = writeln!(
        w,
        "//! Generated from `data/status-codes.toml` by `cargo test -p httpstatus-codegen`."
    );
    let _ = writeln!(
        w,
        "//! Do not edit by hand: edit the data file and run that command."
    );
    let _ = writeln!(w);
    let _ = writeln!(w, "use crate::class::ClassText;");
    let _ = writeln!(
        w,
        "use crate::info::{{Cacheability, Content, HeaderRule, Info, Keywords, Redirect, RedirectMethod, Registration, Requirement, Retry, Sender, SpecRef, TemporaryRegistration}};"
    );
    let _ = writeln!(w, "use crate::note::Note;");
    let _ = writeln!(w, "use crate::term_table::TermTable;");
    let _ = writeln!(w, "use crate::{{StatusCode, Text}};");
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "pub(crate) const REGISTRY_SNAPSHOT: &str = {};",
        lit(&data.meta.registry_snapshot)
    );
    let follows: Vec<String> = data.meta.follows.iter().map(|f| lit(f)).collect();
    let _ = writeln!(
        w,
        "pub(crate) const FOLLOWS: &[&str] = &[{}];",
        follows.join(", ")
    );
    let _ = writeln!(
        w,
        "pub(crate) const TEXT_REVIEWED: &str = {};",
        lit(&data.meta.text_reviewed)
    );
    let _ = writeln!(w, "pub(crate) const ENTRY_COUNT: usize = {n};");
    let _ = writeln!(w);

    render_constants(w, data);
    render_entries(w, data);
    render_index(w, data);
    render_classes(w, data);
    render_notes(w, data);
    render_search(w, data);
    out
}

fn render_constants(w: &mut String, data: &Data) {
    let mut used = BTreeSet::new();
    let _ = writeln!(
        w,
        "/// Constants for every registered code, named after the RFC 9110 reason phrase,"
    );
    let _ = writeln!(
        w,
        "/// plus the former names an RFC gave them (`PAYLOAD_TOO_LARGE`)."
    );
    let _ = writeln!(w, "impl StatusCode {{");
    for e in data.codes.iter().filter(|e| e.status.is_registered()) {
        let name = constant_name(e);
        if !used.insert(name.clone()) {
            continue;
        }
        let _ = writeln!(w, "    /// {} {}", e.code, e.reason);
        let _ = writeln!(w, "    ///");
        let _ = writeln!(w, "    /// {}", e.summary.en);
        if let Some(s) = e.spec.first() {
            let url = spec_url(&s.document, &s.section, s.url.as_deref()).unwrap_or_default();
            let label = if s.section.is_empty() {
                s.document.clone()
            } else {
                format!("{} §{}", s.document, s.section)
            };
            let _ = writeln!(w, "    ///");
            let _ = writeln!(w, "    /// [{label}]({url})");
        }
        let _ = writeln!(
            w,
            "    pub const {name}: StatusCode = StatusCode::from_u16_or_panic({});",
            e.code
        );
    }
    for e in data.codes.iter().filter(|e| e.status.is_registered()) {
        let current = constant_name(e);
        // Only names an RFC gave the code become constants: a vendor's phrase ("Not
        // Allowed", nginx) is not a name of the code.
        for alias in e.aliases.iter().filter(|a| a.is_former_rfc_name()) {
            let name = screaming(alias.name());
            if name.is_empty()
                || name.starts_with(|c: char| c.is_ascii_digit())
                || !used.insert(name.clone())
            {
                continue;
            }
            let rfcs: Vec<&str> = alias
                .from()
                .iter()
                .map(String::as_str)
                .filter(|f| f.starts_with("RFC "))
                .collect();
            let _ = writeln!(
                w,
                "    /// {} {} ({}): the former name of [`{current}`](Self::{current}).",
                e.code,
                alias.name(),
                rfcs.join(", ")
            );
            let _ = writeln!(
                w,
                "    pub const {name}: StatusCode = StatusCode::from_u16_or_panic({});",
                e.code
            );
        }
    }
    let _ = writeln!(w, "}}");
    let _ = writeln!(w);
}

fn render_entries(w: &mut String, data: &Data) {
    let _ = writeln!(w, "pub(crate) static ENTRIES: [Info; ENTRY_COUNT] = [");
    for e in &data.codes {
        let _ = writeln!(w, "    Info {{");
        let _ = writeln!(
            w,
            "        code: StatusCode::from_u16_or_panic({}),",
            e.code
        );
        let _ = writeln!(w, "        reason: {},", lit(&e.reason));
        let _ = writeln!(w, "        descriptive_reason: {},", e.descriptive_reason);
        let _ = writeln!(w, "        registration: {},", e.status.rust());
        match &e.temporary_registration {
            Some(t) => {
                let extended: Vec<String> = t.extended.iter().map(|d| lit(d)).collect();
                let _ = writeln!(
                    w,
                    "        temporary_registration: Some(TemporaryRegistration {{ registered: {}, extended: &[{}], expires: {}, reference: {} }}),",
                    lit(&t.registered),
                    extended.join(", "),
                    lit(&t.expires),
                    lit(&t.reference)
                );
            }
            None => {
                let _ = writeln!(w, "        temporary_registration: None,");
            }
        }
        let aliases: Vec<String> = e.aliases.iter().map(|a| lit(a.name())).collect();
        let _ = writeln!(w, "        aliases: &[{}],", aliases.join(", "));
        let origins: Vec<String> = e
            .aliases
            .iter()
            .map(|a| {
                let from: Vec<String> = a.from().iter().map(|f| lit(f)).collect();
                format!("&[{}]", from.join(", "))
            })
            .collect();
        let _ = writeln!(w, "        alias_origins: &[{}],", origins.join(", "));
        let vendors: Vec<String> = e.vendors.iter().map(|a| lit(a)).collect();
        let _ = writeln!(w, "        vendors: &[{}],", vendors.join(", "));
        let _ = writeln!(w, "        sender: {},", e.sender.rust());
        let specs: Vec<String> = e
            .spec
            .iter()
            .map(|s| {
                let url = spec_url(&s.document, &s.section, s.url.as_deref()).unwrap_or_default();
                let section = if s.section.is_empty() {
                    "None".to_owned()
                } else {
                    format!("Some({})", lit(&s.section))
                };
                format!(
                    "SpecRef {{ document: {}, section: {section}, url: {} }}",
                    lit(&s.document),
                    lit(&url)
                )
            })
            .collect();
        let _ = writeln!(w, "        spec: &[{}],", specs.join(", "));
        let _ = writeln!(w, "        content: {},", e.content.rust());
        let _ = writeln!(w, "        cache: {},", e.cache.rust());
        let headers: Vec<String> = e
            .headers
            .iter()
            .map(|h| {
                let condition = h
                    .condition
                    .as_ref()
                    .map_or("None".to_owned(), |c| format!("Some({})", text(c)));
                format!(
                    "HeaderRule {{ name: {}, requirement: {}, condition: {condition} }}",
                    lit(&h.name),
                    h.requirement.rust()
                )
            })
            .collect();
        let _ = writeln!(w, "        headers: &[{}],", headers.join(", "));
        match &e.redirect {
            Some(r) => {
                let _ = writeln!(
                    w,
                    "        redirect: Some(Redirect {{ permanent: {}, method: {} }}),",
                    r.permanent,
                    r.method.rust()
                );
            }
            None => {
                let _ = writeln!(w, "        redirect: None,");
            }
        }
        match e.retry {
            Some(r) => {
                let _ = writeln!(w, "        retry: Some({}),", r.rust());
            }
            None => {
                let _ = writeln!(w, "        retry: None,");
            }
        }
        let related: Vec<String> = e
            .related
            .iter()
            .map(|c| format!("StatusCode::from_u16_or_panic({c})"))
            .collect();
        let _ = writeln!(w, "        related: &[{}],", related.join(", "));
        let _ = writeln!(w, "        curl: {},", lit(&e.curl));
        let _ = writeln!(w, "        title: {},", text(&e.title));
        let list = |l: &[String]| l.iter().map(|k| lit(k)).collect::<Vec<_>>().join(", ");
        let _ = writeln!(
            w,
            "        keywords: Keywords {{ ko: &[{}], en: &[{}], search_only: &[{}] }},",
            list(&e.keywords.ko),
            list(&e.keywords.en),
            list(&e.keywords.search_only)
        );
        let _ = writeln!(w, "        summary: {},", text(&e.summary));
        let _ = writeln!(w, "        description: {},", text(&e.description));
        let _ = writeln!(w, "    }},");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
}

fn render_index(w: &mut String, data: &Data) {
    let mut index = vec![(0usize, 0usize); 900];
    for (i, e) in data.codes.iter().enumerate() {
        let slot = &mut index[usize::from(e.code) - 100];
        if slot.1 == 0 {
            slot.0 = i;
        }
        slot.1 += 1;
    }
    let _ = writeln!(
        w,
        "/// For code `c`, `(first entry, number of entries)` at `c - 100`."
    );
    let _ = writeln!(w, "pub(crate) static CODE_INDEX: [(u8, u8); 900] = [");
    for chunk in index.chunks(10) {
        let row: Vec<String> = chunk.iter().map(|(s, l)| format!("({s}, {l})")).collect();
        let _ = writeln!(w, "    {},", row.join(", "));
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
    let _ = writeln!(w, "/// For class `d`, the entries `start..end` at `d - 1`.");
    let _ = writeln!(w, "pub(crate) static CLASS_RANGES: [(u16, u16); 5] = [");
    for d in 1..=5u16 {
        let start = data
            .codes
            .iter()
            .position(|e| e.code / 100 >= d)
            .unwrap_or(data.codes.len());
        let end = data
            .codes
            .iter()
            .position(|e| e.code / 100 > d)
            .unwrap_or(data.codes.len());
        let _ = writeln!(w, "    ({start}, {end}),");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
}

fn render_classes(w: &mut String, data: &Data) {
    let _ = writeln!(w, "pub(crate) static CLASS_TEXTS: [ClassText; 5] = [");
    let mut classes: Vec<_> = data.classes.iter().collect();
    classes.sort_by_key(|c| c.class);
    for c in classes {
        let _ = writeln!(w, "    ClassText {{");
        let _ = writeln!(w, "        name: {},", text(&c.name));
        let _ = writeln!(w, "        summary: {},", text(&c.summary));
        let _ = writeln!(w, "        description: {},", text(&c.description));
        let _ = writeln!(w, "    }},");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
}

fn render_notes(w: &mut String, data: &Data) {
    let mut notes: Vec<_> = data.notes.iter().collect();
    notes.sort_by_key(|n| n.number);
    let _ = writeln!(w, "pub(crate) static NOTES: [Note; {}] = [", notes.len());
    for n in notes {
        let _ = writeln!(w, "    Note {{");
        let _ = writeln!(w, "        number: {},", n.number);
        let _ = writeln!(w, "        title: {},", text(&n.title));
        let _ = writeln!(w, "        summary: {},", text(&n.summary));
        let _ = writeln!(w, "        description: {},", text(&n.description));
        let _ = writeln!(w, "    }},");
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
}

/// The texts of an entry that search looks at, with their field weights.
pub fn fields(e: &Entry) -> Vec<(&str, u8)> {
    let mut out: Vec<(&str, u8)> = vec![(&e.reason, WEIGHT_REASON)];
    out.extend(e.aliases.iter().map(|a| (a.name(), WEIGHT_REASON)));
    out.push((&e.title.en, WEIGHT_TITLE));
    out.push((&e.title.ko, WEIGHT_TITLE));
    let k = &e.keywords;
    for kw in k.ko.iter().chain(&k.en).chain(&k.search_only) {
        out.push((kw, WEIGHT_KEYWORD));
    }
    out.extend(e.vendors.iter().map(|v| (v.as_str(), WEIGHT_VENDOR)));
    out.push((&e.summary.en, WEIGHT_SUMMARY));
    out.push((&e.summary.ko, WEIGHT_SUMMARY));
    out.push((&e.description.en, WEIGHT_DESCRIPTION));
    out.push((&e.description.ko, WEIGHT_DESCRIPTION));
    out.extend(
        e.spec
            .iter()
            .map(|s| (s.document.as_str(), WEIGHT_DESCRIPTION)),
    );
    out
}

/// Term → entry → (best field weight, number of name and keyword texts holding it).
pub type Postings = BTreeMap<String, BTreeMap<usize, (u8, u8)>>;

fn post(table: &mut Postings, term: String, entry: usize, weight: u8) {
    let slot = table
        .entry(term)
        .or_default()
        .entry(entry)
        .or_insert((0, 0));
    slot.0 = slot.0.max(weight);
    if weight >= WEIGHT_KEYWORD {
        slot.1 = slot.1.saturating_add(1);
    }
}

/// The posting byte: the field weight in the low six bits, and in the high two how
/// many names and keywords of the entry hold the term (0: one or none, 1: two, 2: three
/// or four, 3: five or more): a code whose keywords keep coming back to a word is about
/// it (BM25's term frequency, saturated).
fn posting_byte(weight: u8, count: u8) -> usize {
    let bucket = match count {
        0 | 1 => 0,
        2 => 1,
        3 | 4 => 2,
        _ => 3,
    };
    usize::from(weight & 0x3f) | (bucket << 6)
}

/// The names people search an entry's vendors by (`data/vendor-names.toml`).
pub fn vendor_names<'d>(data: &'d Data, e: &'d Entry) -> Vec<&'d str> {
    e.vendors
        .iter()
        .filter_map(|v| data.vendor_names.get(v))
        .flatten()
        .map(String::as_str)
        .collect()
}

/// The word table: stemmed Latin words from every field and the vendors' names, Korean
/// bigrams from all of them and Korean unigrams from the summary and stronger fields (in
/// descriptions a single syllable says nothing).
pub fn words(data: &Data) -> Postings {
    let mut table = Postings::new();
    for (i, e) in data.codes.iter().enumerate() {
        let mut texts = fields(e);
        texts.extend(
            vendor_names(data, e)
                .into_iter()
                .map(|n| (n, WEIGHT_VENDOR)),
        );
        for (text, weight) in texts {
            // Each text counts once per term, however often it repeats the term.
            let mut terms: BTreeSet<String> = latin_terms(text).into_iter().collect();
            for (gram, bigram) in hangul_grams(text) {
                if bigram || weight >= WEIGHT_SUMMARY {
                    terms.insert(gram);
                }
            }
            for term in terms {
                post(&mut table, term, i, weight);
            }
        }
    }
    table
}

/// The pair table: neighbouring Latin words ("not found", "access deni") of the summary
/// and stronger fields, joined by a space.
pub fn pairs(data: &Data) -> Postings {
    let mut table = Postings::new();
    for (i, e) in data.codes.iter().enumerate() {
        for (text, weight) in fields(e) {
            if weight < WEIGHT_SUMMARY {
                continue;
            }
            for run in crate::latin_runs(text) {
                for pair in run.windows(2) {
                    post(&mut table, format!("{} {}", pair[0], pair[1]), i, weight);
                }
            }
        }
    }
    table
}

/// The names table: the compact form of each reason phrase, alias and title (weight
/// [`WEIGHT_REASON`]) and keyword ([`WEIGHT_KEYWORD`]).
pub fn names(data: &Data) -> Postings {
    let mut table = Postings::new();
    for (i, e) in data.codes.iter().enumerate() {
        let names = std::iter::once(e.reason.as_str())
            .chain(e.aliases.iter().map(|a| a.name()))
            .chain([e.title.en.as_str(), e.title.ko.as_str()])
            .map(|n| (n, WEIGHT_REASON));
        let k = &e.keywords;
        let keywords =
            k.ko.iter()
                .chain(&k.en)
                .chain(&k.search_only)
                .map(|n| (n.as_str(), WEIGHT_KEYWORD));
        for (text, weight) in names.chain(keywords) {
            let c = compact(text);
            if !c.is_empty() {
                post(&mut table, c, i, weight);
            }
        }
    }
    table
}

/// The vendor table: each vendor name (a Latin term, or a Korean word as written) → the
/// entries of that vendor. A query that names a vendor spares its codes the unofficial
/// penalty.
pub fn vendors(data: &Data) -> Postings {
    let mut table = Postings::new();
    for (i, e) in data.codes.iter().enumerate() {
        for name in vendor_names(data, e) {
            let term = if name.chars().any(|c| c.is_ascii()) {
                latin_terms(name).concat()
            } else {
                name.to_owned()
            };
            if !term.is_empty() {
                post(&mut table, term, i, WEIGHT_VENDOR);
            }
        }
    }
    table
}

/// Writes `name` as a [`TermTable`](../../httpstatus/search/index/struct.TermTable.html).
fn render_table(w: &mut String, name: &str, doc: &str, table: &Postings) {
    let mut text = String::new();
    let mut ends = Vec::new();
    let mut posting_ends = Vec::new();
    let mut postings = Vec::new();
    for (term, list) in table {
        text.push_str(term);
        ends.push(text.len());
        for (&entry, &(weight, count)) in list {
            postings.push((entry << 8) | posting_byte(weight, count));
        }
        posting_ends.push(postings.len());
    }
    let _ = writeln!(w, "/// {doc}");
    let _ = writeln!(w, "pub(crate) static {name}: TermTable = TermTable {{");
    let _ = writeln!(w, "    text: concat!(");
    let chars: Vec<char> = text.chars().collect();
    for chunk in chars.chunks(60) {
        let s: String = chunk.iter().collect();
        let _ = writeln!(w, "        {},", lit(&s));
    }
    let _ = writeln!(w, "    ),");
    for (field, list) in [
        ("ends", &ends),
        ("posting_ends", &posting_ends),
        ("postings", &postings),
    ] {
        let _ = writeln!(w, "    {field}: &[");
        for chunk in list.chunks(20) {
            let row: Vec<String> = chunk.iter().map(usize::to_string).collect();
            let _ = writeln!(w, "        {},", row.join(", "));
        }
        let _ = writeln!(w, "    ],");
    }
    let _ = writeln!(w, "}};");
    let _ = writeln!(w);
}

fn render_search(w: &mut String, data: &Data) {
    let _ = writeln!(
        w,
        "/// Field weight of reason phrases and aliases, the highest."
    );
    let _ = writeln!(w, "pub(crate) const WEIGHT_REASON: u8 = {WEIGHT_REASON};");
    let _ = writeln!(
        w,
        "/// Field weight of keywords, the lowest of the name-like fields."
    );
    let _ = writeln!(w, "pub(crate) const WEIGHT_KEYWORD: u8 = {WEIGHT_KEYWORD};");
    let _ = writeln!(w);
    let words = words(data);
    render_table(
        w,
        "WORDS",
        "Stemmed Latin words, Korean bigrams and unigrams, with `(entry << 8) | field weight` postings.",
        &words,
    );
    render_table(
        w,
        "PAIRS",
        "Neighbouring Latin words of strong fields, joined by a space.",
        &pairs(data),
    );
    render_table(
        w,
        "NAMES",
        "Compact reason phrases, aliases, titles and keywords.",
        &names(data),
    );
    render_table(
        w,
        "VENDORS",
        "The names people search vendors by, with the vendors' entries.",
        &vendors(data),
    );

    // Typo candidates: the Latin words, by length.
    let mut by_len: Vec<(usize, usize)> = words
        .keys()
        .enumerate()
        .filter(|(_, t)| t.bytes().all(|b| b.is_ascii_lowercase()))
        .map(|(i, t)| (t.len(), i))
        .collect();
    by_len.sort();
    let max_len = by_len.last().map_or(0, |(l, _)| *l);
    let starts: Vec<usize> = (0..=max_len + 1)
        .map(|len| {
            by_len
                .iter()
                .position(|(l, _)| *l >= len)
                .unwrap_or(by_len.len())
        })
        .collect();
    let _ = writeln!(
        w,
        "/// Indexes into `WORDS` of the words of ASCII letters, sorted by length."
    );
    let _ = writeln!(
        w,
        "pub(crate) static FUZZY_TERMS: [u16; {}] = [",
        by_len.len()
    );
    for chunk in by_len.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|(_, i)| i.to_string()).collect();
        let _ = writeln!(w, "    {},", row.join(", "));
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(
        w,
        "/// Words of length `l` are `FUZZY_TERMS[FUZZY_LEN_STARTS[l]..FUZZY_LEN_STARTS[l + 1]]`."
    );
    let _ = writeln!(
        w,
        "pub(crate) static FUZZY_LEN_STARTS: [u16; {}] = [",
        starts.len()
    );
    for chunk in starts.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|s| s.to_string()).collect();
        let _ = writeln!(w, "    {},", row.join(", "));
    }
    let _ = writeln!(w, "];");
}
