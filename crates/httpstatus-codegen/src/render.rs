//! Renders the data as Rust source for the core crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::model::{Data, Entry};
use crate::{compact, search_tokens};

/// Field weights in the search index: how much a word found in that field counts.
pub const WEIGHT_REASON: u8 = 60;
/// Title (either language).
pub const WEIGHT_TITLE: u8 = 50;
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
        "use crate::info::{{Cacheability, Content, HeaderRule, Info, Redirect, RedirectMethod, Registration, Requirement, Retry, Sender, SpecRef, TemporaryRegistration}};"
    );
    let _ = writeln!(w, "use crate::note::Note;");
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

/// The search vocabulary: normalised word → entry → best field weight.
pub fn vocabulary(data: &Data) -> BTreeMap<String, BTreeMap<usize, u8>> {
    let mut vocab: BTreeMap<String, BTreeMap<usize, u8>> = BTreeMap::new();
    for (i, e) in data.codes.iter().enumerate() {
        let mut add = |text: &str, weight: u8| {
            for token in search_tokens(text) {
                let slot = vocab.entry(token).or_default().entry(i).or_insert(0);
                *slot = (*slot).max(weight);
            }
        };
        add(&e.reason, WEIGHT_REASON);
        for a in &e.aliases {
            add(a.name(), WEIGHT_REASON);
        }
        add(&e.title.en, WEIGHT_TITLE);
        add(&e.title.ko, WEIGHT_TITLE);
        for v in &e.vendors {
            add(v, WEIGHT_VENDOR);
        }
        add(&e.summary.en, WEIGHT_SUMMARY);
        add(&e.summary.ko, WEIGHT_SUMMARY);
        add(&e.description.en, WEIGHT_DESCRIPTION);
        add(&e.description.ko, WEIGHT_DESCRIPTION);
        for s in &e.spec {
            add(&s.document, WEIGHT_DESCRIPTION);
        }
    }
    vocab
}

/// The compact phrases an entry matches as a whole: reason, aliases, titles.
pub fn phrases(e: &Entry) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let sources = std::iter::once(e.reason.as_str())
        .chain(e.aliases.iter().map(|a| a.name()))
        .chain([e.title.en.as_str(), e.title.ko.as_str()]);
    for s in sources {
        let c = compact(s);
        if !c.is_empty() && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn render_search(w: &mut String, data: &Data) {
    let _ = writeln!(
        w,
        "/// Per entry, the compact forms of its reason phrase, aliases and titles."
    );
    let _ = writeln!(w, "pub(crate) static PHRASES: [&[&str]; ENTRY_COUNT] = [");
    for e in &data.codes {
        let p: Vec<String> = phrases(e).iter().map(|s| lit(s)).collect();
        let _ = writeln!(w, "    &[{}],", p.join(", "));
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);

    let vocab = vocabulary(data);
    let words: Vec<(&String, &BTreeMap<usize, u8>)> = vocab.iter().collect();
    let _ = writeln!(
        w,
        "/// Search words, sorted, each with `(entry, field weight)` postings."
    );
    let _ = writeln!(
        w,
        "pub(crate) static VOCAB: [(&str, &[(u8, u8)]); {}] = [",
        words.len()
    );
    for (word, postings) in &words {
        let p: Vec<String> = postings
            .iter()
            .map(|(e, wt)| format!("({e}, {wt})"))
            .collect();
        let _ = writeln!(w, "    ({}, &[{}]),", lit(word), p.join(", "));
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);

    let mut by_len: Vec<(usize, usize)> = words
        .iter()
        .enumerate()
        .map(|(i, (word, _))| (word.chars().count(), i))
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
        "/// Indexes into `VOCAB`, sorted by word length in characters."
    );
    let _ = writeln!(
        w,
        "pub(crate) static VOCAB_BY_LEN: [u16; {}] = [",
        by_len.len()
    );
    for chunk in by_len.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|(_, i)| i.to_string()).collect();
        let _ = writeln!(w, "    {},", row.join(", "));
    }
    let _ = writeln!(w, "];");
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "/// Words of length `l` are `VOCAB_BY_LEN[LEN_STARTS[l]..LEN_STARTS[l + 1]]`."
    );
    let _ = writeln!(
        w,
        "pub(crate) static LEN_STARTS: [u16; {}] = [",
        starts.len()
    );
    for chunk in starts.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|s| s.to_string()).collect();
        let _ = writeln!(w, "    {},", row.join(", "));
    }
    let _ = writeln!(w, "];");
}
