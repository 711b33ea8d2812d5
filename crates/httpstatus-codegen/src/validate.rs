//! Checks of the data that the type system cannot make: every rule listed in
//! `docs/data-format.md`.

use std::collections::{BTreeSet, HashSet};

use crate::model::{Cache, Content, Data, Entry, Sender, Spec, Status, Text};
use crate::render::spec_url;

/// Methods: wire forms, never written as inline code.
const METHODS: [&str; 9] = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH",
];

/// `true` when `s` has a Hangul syllable.
pub fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'))
}

/// `true` for `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// "15.5.5", "7", "B.3".
pub fn is_section(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    let first_ok =
        (!first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()) && !first.starts_with('0'))
            || (first.len() == 1 && first.as_bytes()[0].is_ascii_uppercase());
    first_ok && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_field_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The problems with the inline code of `s` (backticks must pair up around a non-empty,
/// untrimmed token) and any other markup, which the texts do not use.
pub fn markup_problems(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    if s.matches('`').count() % 2 != 0 {
        out.push("has a backtick without a partner".to_owned());
    }
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 && (part.is_empty() || part.trim() != part || part.contains('\n')) {
            out.push(format!("has an empty or padded inline code span {part:?}"));
        }
    }
    for mark in ["**", "](", "__", "<code>", "</"] {
        if s.contains(mark) {
            out.push(format!(
                "has markup {mark:?}: only inline code in backticks is allowed"
            ));
        }
    }
    out
}

/// `"100~599"`, `"2xx~5xx"`: a range written with a tilde.
fn has_tilde_range(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3)
        .any(|w| w[1] == b'~' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_digit())
}

/// The inline code spans of `s` (between pairs of backticks).
pub fn code_spans(s: &str) -> impl Iterator<Item = &str> {
    s.split('`').skip(1).step_by(2)
}

/// Checks a Korean/English pair: present, trimmed, one line, Hangul in Korean only, a
/// final period when `sentence`, ranges with an en dash; a sentence may have inline code
/// (paired backticks, no other markup), a name or title none.
pub fn check_text(errors: &mut Vec<String>, what: &str, t: &Text, sentence: bool) {
    for (lang, s) in [("ko", &t.ko), ("en", &t.en)] {
        if s.trim().is_empty() {
            errors.push(format!("{what}.{lang} is empty"));
            continue;
        }
        if s.trim() != s {
            errors.push(format!("{what}.{lang} has leading or trailing white space"));
        }
        if s.contains('\n') || s.contains("  ") {
            errors.push(format!("{what}.{lang} has a line break or a double space"));
        }
        if sentence && !s.ends_with('.') {
            errors.push(format!("{what}.{lang} does not end with a period"));
        }
        if has_tilde_range(s) {
            errors.push(format!(
                "{what}.{lang} writes a range with \"~\": use an en dash (100–599)"
            ));
        }
        if sentence {
            for p in markup_problems(s) {
                errors.push(format!("{what}.{lang} {p}"));
            }
        } else if s.contains('`') {
            errors.push(format!(
                "{what}.{lang} has a backtick: titles and names are plain text"
            ));
        }
    }
    if !has_hangul(&t.ko) {
        errors.push(format!("{what}.ko has no Hangul"));
    }
    if has_hangul(&t.en) {
        errors.push(format!("{what}.en contains Hangul"));
    }
}

/// Checks one spec reference: a document name, a section like "15.5.5" or none, RFCs
/// written "RFC nnnn", and an https URL (given, or derived for RFCs).
pub fn check_spec(e: &mut Vec<String>, id: &str, s: &Spec) {
    if s.document.trim().is_empty() {
        e.push(format!("{id}: spec document is empty"));
    }
    if !s.section.is_empty() && !is_section(&s.section) {
        e.push(format!(
            "{id}: spec section {:?} is not like \"15.5.5\"",
            s.section
        ));
    }
    if s.document.starts_with("RFC") {
        let n = s.document.strip_prefix("RFC ").unwrap_or("");
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            e.push(format!(
                "{id}: RFC document must read \"RFC nnnn\", got {:?}",
                s.document
            ));
        }
    }
    match spec_url(&s.document, &s.section, s.url.as_deref()) {
        Some(u) if u.starts_with("https://") && !u.contains(char::is_whitespace) => {}
        Some(u) => e.push(format!("{id}: spec url {u:?} is not an https URL")),
        None => e.push(format!("{id}: spec {:?} needs a url", s.document)),
    }
}

/// A phrase `.0` in an English text asks for the term `.1` in its Korean counterpart;
/// see [`pairs_from_glossary`].
pub type TermPair = (String, String);

/// Every problem found, one line each; empty when the data is valid.
///
/// `forbidden_korean` are the glossary's "do not use" variants, `pairs` its terms checked
/// in pairs (an English phrase and the Korean term it must be rendered with).
pub fn validate(data: &Data, forbidden_korean: &[String], pairs: &[TermPair]) -> Vec<String> {
    let mut errors = Vec::new();
    let e = &mut errors;
    let header_names: HashSet<String> = data
        .codes
        .iter()
        .flat_map(|c| c.headers.iter().map(|h| h.name.to_ascii_lowercase()))
        .collect();
    // Reason phrases and aliases are wire names, not terms: "412 (Precondition Failed)"
    // does not ask for "사전 조건".
    let mut wire_names: Vec<String> = data
        .codes
        .iter()
        .flat_map(|c| std::iter::once(c.reason.as_str()).chain(c.aliases.iter().map(|a| a.name())))
        .map(|n| {
            n.trim_matches(|c| c == '(' || c == ')')
                .to_lowercase()
                .replace('-', " ")
        })
        .collect();
    wire_names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let pairs = &Pairs {
        pairs,
        wire_names: &wire_names,
    };

    if !is_date(&data.meta.registry_snapshot) {
        e.push("meta.registry_snapshot is not YYYY-MM-DD".into());
    }
    if !is_date(&data.meta.text_reviewed) {
        e.push("meta.text_reviewed is not YYYY-MM-DD".into());
    }
    if data.meta.follows.is_empty() {
        e.push("meta.follows is empty".into());
    }

    let classes: Vec<u8> = data.classes.iter().map(|c| c.class).collect();
    let mut sorted = classes.clone();
    sorted.sort_unstable();
    if sorted != [1, 2, 3, 4, 5] {
        e.push(format!("classes must be exactly 1..=5, found {classes:?}"));
    }
    for c in &data.classes {
        check_text(e, &format!("class {}: name", c.class), &c.name, false);
        check_text(e, &format!("class {}: summary", c.class), &c.summary, true);
        check_text(
            e,
            &format!("class {}: description", c.class),
            &c.description,
            true,
        );
        for (what, t) in [("summary", &c.summary), ("description", &c.description)] {
            check_pairs(e, &format!("class {}: {what}", c.class), t, pairs);
            check_code_spans(e, &format!("class {}: {what}", c.class), t, &header_names);
        }
    }
    check_notes(e, data, forbidden_korean, pairs);

    if data.codes.len() > 255 {
        e.push(format!(
            "{} entries: the index holds at most 255",
            data.codes.len()
        ));
    }
    let codes: HashSet<u16> = data.codes.iter().map(|c| c.code).collect();
    let mut seen = BTreeSet::new();
    let mut prev: Option<(u16, bool)> = None;
    for entry in &data.codes {
        let id = format!("{} {}", entry.code, entry.reason);
        let registered = entry.status.is_registered();
        if !(100..=999).contains(&entry.code) {
            e.push(format!("{id}: code outside 100..=999"));
        }
        if registered && !(100..=599).contains(&entry.code) {
            e.push(format!("{id}: a registered code must be in 100..=599"));
        }
        if let Some((pc, preg)) = prev {
            if entry.code < pc {
                e.push(format!("{id}: entries are not sorted by code"));
            }
            if entry.code == pc && registered {
                e.push(format!(
                    "{id}: a registered meaning must come first, and only once"
                ));
            }
            let _ = preg;
        }
        prev = Some((entry.code, registered));
        if !seen.insert((entry.code, entry.reason.to_lowercase())) {
            e.push(format!("{id}: duplicate entry"));
        }
        if entry.reason.trim().is_empty() || entry.reason.trim() != entry.reason {
            e.push(format!("{id}: reason is empty or padded"));
        }
        if has_hangul(&entry.reason) || entry.aliases.iter().any(|a| has_hangul(a.name())) {
            e.push(format!(
                "{id}: reason phrases and aliases are wire text, in Latin letters"
            ));
        }
        if entry
            .reason
            .bytes()
            .any(|b| b == b'\r' || b == b'\n' || !(0x20..0x7f).contains(&b))
        {
            e.push(format!(
                "{id}: reason phrase must be visible ASCII (it goes on the status line)"
            ));
        }
        check_reason_kind(e, &id, entry);
        let mut alias_names = HashSet::new();
        for a in &entry.aliases {
            let name = a.name();
            if name.trim().is_empty() || name.trim() != name || name == entry.reason {
                e.push(format!(
                    "{id}: alias {name:?} is empty, padded or equal to the reason"
                ));
            }
            if name.contains('`') || name.starts_with('(') {
                e.push(format!(
                    "{id}: alias {name:?} is a name, not a label or code"
                ));
            }
            if !alias_names.insert(name) {
                e.push(format!("{id}: alias {name:?} listed twice"));
            }
            if let crate::model::Alias::Sourced { from, .. } = a {
                if from.is_empty() || from.iter().any(|f| f.trim().is_empty() || f.trim() != f) {
                    e.push(format!(
                        "{id}: alias {name:?} has an empty `from` list or an empty source"
                    ));
                }
                if from.iter().collect::<HashSet<_>>().len() != from.len() {
                    e.push(format!("{id}: alias {name:?} names a source twice"));
                }
                for f in from.iter().filter(|f| f.starts_with("RFC")) {
                    let n = f.strip_prefix("RFC ").unwrap_or("");
                    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
                        e.push(format!(
                            "{id}: alias {name:?}: source {f:?} must read \"RFC nnnn\""
                        ));
                    }
                }
            }
        }
        check_registration(e, &id, entry, &data.meta);
        check_sender(e, &id, entry);
        check_vendor_suffix(e, &id, entry);
        match (entry.status == Status::Unofficial, entry.vendors.is_empty()) {
            (true, true) => e.push(format!("{id}: an unofficial code must name its vendors")),
            (false, false) => e.push(format!("{id}: a registered code has no vendors")),
            _ => {}
        }
        if entry.vendors.iter().any(|v| v.trim().is_empty()) {
            e.push(format!("{id}: empty vendor name"));
        }
        // An unofficial convention may have no document at all (598); then the list is
        // empty rather than pointing at something that does not define it.
        if entry.spec.is_empty() && registered {
            e.push(format!("{id}: no spec reference"));
        }
        for s in &entry.spec {
            check_spec(e, &id, s);
        }
        let mut names = HashSet::new();
        for h in &entry.headers {
            if !is_field_name(&h.name) {
                e.push(format!("{id}: {:?} is not a field name", h.name));
            }
            if !names.insert(h.name.to_ascii_lowercase()) {
                e.push(format!("{id}: header {} listed twice", h.name));
            }
            if let Some(c) = &h.condition {
                let what = format!("{id}: header {} condition", h.name);
                check_text(e, &what, c, false);
                if c.ko.ends_with('.') || c.en.ends_with('.') {
                    e.push(format!("{what} is a phrase, without a final period"));
                }
                for word in forbidden_korean {
                    if c.ko.contains(word.as_str()) {
                        e.push(format!(
                            "{what}: Korean text uses {word:?}, which the glossary forbids"
                        ));
                    }
                }
            }
        }
        for r in &entry.related {
            if !codes.contains(r) {
                e.push(format!("{id}: related code {r} is not in the data"));
            }
            if *r == entry.code {
                e.push(format!("{id}: related to itself"));
            }
        }
        if entry.related.iter().collect::<HashSet<_>>().len() != entry.related.len() {
            e.push(format!("{id}: related lists a code twice"));
        }
        if (100..200).contains(&entry.code) && registered && entry.content != Content::Forbidden {
            e.push(format!("{id}: 1xx responses cannot contain content"));
        }
        // Codes the test server can send (100–599) are shown against it; others, against
        // where they are met.
        let local_ok = entry.curl.contains("http://127.0.0.1:8080/") || entry.code > 599;
        if !entry.curl.starts_with("curl ") || !local_ok || entry.curl.contains('\n') {
            e.push(format!(
                "{id}: curl must be one line starting with `curl ` against http://127.0.0.1:8080/ (codes above 599: any URL)"
            ));
        }
        check_text(e, &format!("{id}: title"), &entry.title, false);
        check_text(e, &format!("{id}: summary"), &entry.summary, true);
        check_text(e, &format!("{id}: description"), &entry.description, true);
        for (what, t) in [
            ("summary", &entry.summary),
            ("description", &entry.description),
        ] {
            check_pairs(e, &format!("{id}: {what}"), t, pairs);
            check_code_spans(e, &format!("{id}: {what}"), t, &header_names);
        }
        if entry.title.en.ends_with('.') || entry.title.ko.ends_with('.') {
            e.push(format!(
                "{id}: a title is a noun phrase, without a final period"
            ));
        }
        check_keywords(e, &id, entry, forbidden_korean);
        for t in [&entry.title.ko, &entry.summary.ko, &entry.description.ko] {
            for word in forbidden_korean {
                if t.contains(word.as_str()) {
                    e.push(format!(
                        "{id}: Korean text uses {word:?}, which the glossary forbids"
                    ));
                }
            }
        }
    }
    check_vendor_names(e, data);
    for c in &data.classes {
        for t in [&c.name.ko, &c.summary.ko, &c.description.ko] {
            for word in forbidden_korean {
                if t.contains(word.as_str()) {
                    e.push(format!(
                        "class {}: Korean text uses {word:?}, which the glossary forbids",
                        c.class
                    ));
                }
            }
        }
    }
    errors
}

/// `data/vendor-names.toml`: a line for every vendor of the data and none for others,
/// each name one word, in Latin letters or in Hangul.
fn check_vendor_names(e: &mut Vec<String>, data: &Data) {
    let vendors: BTreeSet<&str> = data
        .codes
        .iter()
        .flat_map(|c| c.vendors.iter().map(String::as_str))
        .collect();
    for v in &vendors {
        if !data.vendor_names.contains_key(*v) {
            e.push(format!(
                "vendor {v:?} has no line in data/vendor-names.toml"
            ));
        }
    }
    for (v, names) in &data.vendor_names {
        if !vendors.contains(v.as_str()) {
            e.push(format!(
                "data/vendor-names.toml: {v:?} is no vendor of any code"
            ));
        }
        for n in names {
            let hangul = n.chars().all(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'));
            let latin = n.chars().all(|c| c.is_ascii_alphanumeric());
            if n.is_empty() || !(hangul || latin) {
                e.push(format!(
                    "data/vendor-names.toml: {v:?}: {n:?} is not one word of Latin letters or of Hangul"
                ));
            }
        }
    }
}

/// Fewest keywords per language an entry must have: every entry is found by the words
/// people use, not only by its names.
pub const MIN_KEYWORDS: usize = 3;

/// The rules of `keywords` (docs/data-format.md): Hangul in every Korean keyword and none
/// in an English one, no glossary variant outside `search_only` and nothing but glossary
/// variants in it, no duplicates (spaces and case ignored), none equal to the entry's own
/// reason phrase, aliases or titles.
fn check_keywords(
    e: &mut Vec<String>,
    id: &str,
    entry: &crate::model::Entry,
    forbidden_korean: &[String],
) {
    let k = &entry.keywords;
    for (lang, list) in [("ko", &k.ko), ("en", &k.en)] {
        if list.len() < MIN_KEYWORDS {
            e.push(format!(
                "{id}: keywords.{lang} has {} phrases, at least {MIN_KEYWORDS} are needed",
                list.len()
            ));
        }
    }
    let names: HashSet<String> = std::iter::once(entry.reason.as_str())
        .chain(entry.aliases.iter().map(|a| a.name()))
        .chain([entry.title.ko.as_str(), entry.title.en.as_str()])
        .map(crate::compact)
        .collect();
    let mut seen = HashSet::new();
    let lists = [
        ("ko", &k.ko),
        ("en", &k.en),
        ("search_only", &k.search_only),
    ];
    for (lang, list) in lists {
        for kw in list.iter() {
            let what = format!("{id}: keywords.{lang} {kw:?}");
            if kw.trim().is_empty() || kw.trim() != kw || kw.contains("  ") || kw.contains('\n') {
                e.push(format!("{what} is empty, padded or has a double space"));
                continue;
            }
            let hangul = has_hangul(kw);
            let variant = forbidden_korean.iter().find(|w| kw.contains(w.as_str()));
            match lang {
                "ko" if !hangul => e.push(format!("{what} has no Hangul")),
                "en" if hangul => e.push(format!("{what} contains Hangul")),
                _ => {}
            }
            match (lang, variant) {
                ("search_only", None) => e.push(format!(
                    "{what} uses no variant the glossary forbids: it belongs in keywords.ko or keywords.en"
                )),
                ("ko" | "en", Some(w)) => e.push(format!(
                    "{what} uses {w:?}, which the glossary forbids: move it to keywords.search_only"
                )),
                _ => {}
            }
            let c = crate::compact(kw);
            if names.contains(&c) {
                e.push(format!(
                    "{what} repeats a name of the entry (reason, alias or title)"
                ));
            }
            if !seen.insert(c) {
                e.push(format!("{what} is listed twice (spaces and case ignored)"));
            }
        }
    }
}

/// The glossary's pairs, with the wire names to ignore when looking for them.
struct Pairs<'a> {
    pairs: &'a [TermPair],
    wire_names: &'a [String],
}

/// The English text mentions a checked term, so the Korean text must use its rendering.
fn check_pairs(e: &mut Vec<String>, what: &str, t: &Text, pairs: &Pairs<'_>) {
    let mut en = t.en.to_lowercase().replace('-', " ");
    for name in pairs.wire_names {
        en = en.replace(name.as_str(), " ");
    }
    for (english, korean) in pairs.pairs {
        if en.contains(english.as_str()) && !t.ko.contains(korean.as_str()) {
            e.push(format!(
                "{what}: the English text says {english:?}, so the Korean text must say {korean:?} (glossary)"
            ));
        }
    }
}

/// Inline code is for configuration and code tokens; header field names and methods are
/// wire forms and are written as they are (glossary, Style).
fn check_code_spans(e: &mut Vec<String>, what: &str, t: &Text, header_names: &HashSet<String>) {
    for s in [&t.ko, &t.en] {
        for span in code_spans(s) {
            let bare = span.trim_end_matches(':');
            if header_names.contains(&bare.to_ascii_lowercase()) || METHODS.contains(&bare) {
                e.push(format!(
                    "{what}: `{span}` is a header field name or a method: write it without backticks"
                ));
            }
        }
    }
}

/// A reason in parentheses is a label: the registry's "(Unused)" for reserved codes, or
/// our description of an unofficial code whose vendor gives no phrase.
fn check_reason_kind(e: &mut Vec<String>, id: &str, entry: &Entry) {
    let label = entry.reason.starts_with('(') && entry.reason.ends_with(')');
    match (entry.status, entry.descriptive_reason) {
        (Status::Unofficial, true) if !label => e.push(format!(
            "{id}: a descriptive reason is our label and is written in parentheses"
        )),
        (Status::Unofficial, false) if label || entry.reason.contains('(') => e.push(format!(
            "{id}: a reason in parentheses is a label: set `descriptive_reason = true`"
        )),
        (Status::Unofficial, _) => {}
        (_, true) => e.push(format!(
            "{id}: only an unofficial code can have a descriptive reason; a registered one has its registered phrase"
        )),
        (Status::Reserved, false) if entry.reason != "(Unused)" => {
            e.push(format!("{id}: a reserved code reads \"(Unused)\", as in the registry"))
        }
        (Status::Reserved, false) => {}
        (_, false) if entry.reason.contains('(') => {
            e.push(format!("{id}: a registered phrase has no parentheses"))
        }
        _ => {}
    }
}

fn is_iso_date(s: &str) -> bool {
    is_date(s) && {
        let m: u32 = s[5..7].parse().unwrap_or(0);
        let d: u32 = s[8..10].parse().unwrap_or(0);
        (1..=12).contains(&m) && (1..=31).contains(&d)
    }
}

/// "2026-11-13" → "2026년 11월 13일".
pub fn korean_date(iso: &str) -> String {
    let y = &iso[..4];
    let m: u32 = iso[5..7].parse().unwrap_or(0);
    let d: u32 = iso[8..10].parse().unwrap_or(0);
    format!("{y}년 {m}월 {d}일")
}

/// A temporary registration is recorded with its dates, in order, and valid at the
/// snapshot; once the review date has passed its expiry, the texts must say so.
fn check_registration(e: &mut Vec<String>, id: &str, entry: &Entry, meta: &crate::model::Meta) {
    let Some(t) = &entry.temporary_registration else {
        if entry.status == Status::Provisional {
            e.push(format!(
                "{id}: a temporary registration needs `temporary_registration` with its dates"
            ));
        }
        return;
    };
    if entry.status != Status::Provisional {
        e.push(format!(
            "{id}: `temporary_registration` is only for status \"provisional\""
        ));
    }
    let dates: Vec<&str> = std::iter::once(t.registered.as_str())
        .chain(t.extended.iter().map(String::as_str))
        .chain(std::iter::once(t.expires.as_str()))
        .collect();
    if dates.iter().any(|d| !is_iso_date(d)) {
        e.push(format!(
            "{id}: temporary registration dates must be YYYY-MM-DD"
        ));
        return;
    }
    if dates.windows(2).any(|w| w[0] >= w[1]) {
        e.push(format!(
            "{id}: temporary registration dates must run registered < extended … < expires"
        ));
    }
    if t.reference.trim().is_empty() {
        e.push(format!(
            "{id}: temporary registration needs the document it cites"
        ));
    }
    if is_date(&meta.registry_snapshot) && meta.registry_snapshot.as_str() >= t.expires.as_str() {
        e.push(format!(
            "{id}: the registration had expired by the registry snapshot: record what the registry says now"
        ));
    }
    if let Some(last) = t.extended.last().or(Some(&t.registered)) {
        if is_date(&meta.registry_snapshot) && meta.registry_snapshot.as_str() < last.as_str() {
            e.push(format!(
                "{id}: the registry snapshot predates the registration facts ({last})"
            ));
        }
    }
    // The texts give the dates, so a reader past the expiry knows to check the registry.
    let ko_date = korean_date(&t.expires);
    if !entry.description.en.contains(t.expires.as_str())
        || !entry.description.ko.contains(&ko_date)
    {
        e.push(format!(
            "{id}: the description must give the expiry date ({} / {ko_date})",
            t.expires
        ));
    }
}

/// `internal` and `logged-only` codes never reach a client, so nothing stores them.
fn check_sender(e: &mut Vec<String>, id: &str, entry: &Entry) {
    if matches!(entry.sender, Sender::Internal | Sender::LoggedOnly) {
        if entry.status != Status::Unofficial {
            e.push(format!(
                "{id}: only an unofficial code can be internal or logged only"
            ));
        }
        if entry.cache != Cache::Never {
            e.push(format!(
                "{id}: a code that is never sent has cache = \"never\""
            ));
        }
    }
}

/// The vendor tag at the end of a title: `"Title (nginx)"` in English, `"제목(nginx)"` in
/// Korean.
pub fn vendor_tag(title: &str, korean: bool) -> Option<&str> {
    let inner = title.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (head, tag) = (&inner[..open], &inner[open + 1..]);
    let spaced = head.ends_with(' ');
    let ok = !head.trim().is_empty() && if korean { !spaced } else { spaced };
    (ok && !tag.trim().is_empty() && tag.trim() == tag).then_some(tag)
}

/// Unofficial titles end with a vendor tag, the same in both languages unless the
/// Korean one is translated (a description such as "일부 프록시"): each name in the English
/// tag is made of words of the entry's vendors.
fn check_vendor_suffix(e: &mut Vec<String>, id: &str, entry: &Entry) {
    if entry.status != Status::Unofficial {
        return;
    }
    let (Some(en), Some(ko)) = (
        vendor_tag(&entry.title.en, false),
        vendor_tag(&entry.title.ko, true),
    ) else {
        e.push(format!(
            "{id}: an unofficial title ends with its vendor tag: \"Title (Vendor)\", \"제목(Vendor)\""
        ));
        return;
    };
    if ko != en && !has_hangul(ko) {
        e.push(format!(
            "{id}: the vendor tags differ ({en:?} / {ko:?}); only a translated description may"
        ));
    }
    let words: HashSet<String> = entry
        .vendors
        .iter()
        .flat_map(|v| v.split([' ', '(', ')', ',']).map(str::to_lowercase))
        .filter(|w| !w.is_empty())
        .collect();
    for name in en.split(", ") {
        if name.split(' ').any(|w| !words.contains(&w.to_lowercase())) {
            e.push(format!(
                "{id}: vendor tag {name:?} is not made of words of the vendors {:?}",
                entry.vendors
            ));
        }
    }
}

/// `[[note]]`: numbers outside the status codes, unique, with checked texts.
fn check_notes(e: &mut Vec<String>, data: &Data, forbidden_korean: &[String], pairs: &Pairs<'_>) {
    let mut seen = HashSet::new();
    for n in &data.notes {
        let id = format!("note {}", n.number);
        if (100..=999).contains(&n.number) {
            e.push(format!("{id}: 100–999 are status codes, not notes"));
        }
        if !seen.insert(n.number) {
            e.push(format!("{id}: listed twice"));
        }
        check_text(e, &format!("{id}: title"), &n.title, false);
        check_text(e, &format!("{id}: summary"), &n.summary, true);
        check_text(e, &format!("{id}: description"), &n.description, true);
        for t in [&n.title.ko, &n.summary.ko, &n.description.ko] {
            for word in forbidden_korean {
                if t.contains(word.as_str()) {
                    e.push(format!(
                        "{id}: Korean text uses {word:?}, which the glossary forbids"
                    ));
                }
            }
        }
        check_pairs(e, &format!("{id}: description"), &n.description, pairs);
    }
}

/// The glossary's terms checked in pairs: the rows of the table under the heading
/// "Terms checked in pairs", as (English phrase in lower case, Korean term).
pub fn pairs_from_glossary(glossary: &str) -> Vec<TermPair> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in glossary.lines() {
        if line.starts_with("## ") {
            inside = line.trim() == "## Terms checked in pairs";
            continue;
        }
        if !inside || !line.trim_start().starts_with('|') {
            continue;
        }
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 2 || cells[0].starts_with("---") || !has_hangul(cells[1]) {
            continue;
        }
        out.push((
            cells[0].trim_matches('`').to_lowercase(),
            cells[1].trim_matches('`').to_owned(),
        ));
    }
    out
}

/// The variants the glossary forbids: the backticked words of its "Do not use" column.
pub fn forbidden_from_glossary(glossary: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in glossary.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        if cells.len() != 3 || !line.trim_start().starts_with('|') {
            continue;
        }
        let mut rest = cells[2];
        while let Some(start) = rest.find('`') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('`') else { break };
            let word = &after[..end];
            if has_hangul(word) {
                out.push(word.to_owned());
            }
            rest = &after[end + 1..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        for ok in ["15.5.5", "7", "B.3", "10.1.1"] {
            assert!(is_section(ok), "{ok}");
        }
        for bad in ["", "15.", ".5", "15..5", "§15", "15.5a", "BB.3", "05.1"] {
            assert!(!is_section(bad), "{bad}");
        }
    }

    #[test]
    fn glossary_words() {
        let g =
            "| a | b | c |\n|---|---|---|\n| redirect | 리다이렉트 | `리디렉션`, 재지정, `x` |\n";
        assert_eq!(forbidden_from_glossary(g), ["리디렉션"]);
    }

    #[test]
    fn dates() {
        assert!(is_date("2025-09-15"));
        assert!(!is_date("2025-9-15"));
        assert!(!is_date("2025/09/15"));
    }

    /// A small valid data file: the five classes, a registered code with a conditional
    /// header rule, an unofficial code with a descriptive label, a temporary registration
    /// and a note. Each rule's test breaks one thing in it.
    const BASE: &str = r#"
[meta]
registry_snapshot = "2025-09-15"
follows = ["RFC 9110"]
text_reviewed = "2026-11-28"

[[class]]
class = 1
name = { ko = "정보 응답", en = "Informational" }
summary = { ko = "중간 응답입니다.", en = "Interim responses." }
description = { ko = "중간 응답입니다.", en = "An interim response." }
[[class]]
class = 2
name = { ko = "성공", en = "Successful" }
summary = { ko = "성공입니다.", en = "Success." }
description = { ko = "성공입니다.", en = "Success." }
[[class]]
class = 3
name = { ko = "리다이렉트", en = "Redirection" }
summary = { ko = "리다이렉트입니다.", en = "Redirects." }
description = { ko = "리다이렉트입니다.", en = "Redirects." }
[[class]]
class = 4
name = { ko = "클라이언트 오류", en = "Client Error" }
summary = { ko = "클라이언트 오류입니다.", en = "Client errors." }
description = { ko = "상황이 임시인지 영구인지 밝힙니다.", en = "It says whether the condition is temporary or permanent." }
[[class]]
class = 5
name = { ko = "서버 오류", en = "Server Error" }
summary = { ko = "서버 오류입니다.", en = "Server errors." }
description = { ko = "서버 오류입니다.", en = "Server errors." }

[[code]]
code = 104
reason = "Upload Resumption Supported"
status = "provisional"
temporary_registration = { registered = "2024-11-13", extended = ["2025-09-15"], expires = "2026-11-13", reference = "draft-x-05" }
aliases = []
vendors = []
sender = "origin"
spec = [{ document = "draft-x", section = "", url = "https://example.org/draft-x" }]
content = "forbidden"
cache = "never"
headers = []
related = []
curl = "curl -v http://127.0.0.1:8080/104"
title = { ko = "업로드 재개 지원", en = "Upload Resumption Supported" }
keywords = { ko = ["이어 올리기", "업로드 재개", "중단된 업로드"], en = ["resumable upload", "resume an upload", "upload offset"] }
summary = { ko = "임시 등록된 코드입니다.", en = "A temporarily registered code." }
description = { ko = "2026년 11월 13일에 만료됩니다.", en = "It expires on 2026-11-13." }

[[code]]
code = 206
reason = "Partial Content"
status = "standard"
aliases = [{ name = "Partial", from = ["RFC 2616"] }]
vendors = []
sender = "any"
spec = [{ document = "RFC 9110", section = "15.3.7" }]
content = "allowed"
cache = "heuristic"
headers = [{ name = "Content-Range", requirement = "must", condition = { ko = "한 부분만 보낼 때", en = "when a single part is sent" } }]
related = [460]
curl = "curl -i -r 0-9 http://127.0.0.1:8080/206"
title = { ko = "부분 콘텐츠", en = "Partial Content" }
keywords = { ko = ["범위 요청", "이어받기", "동영상 구간"], en = ["range request", "byte range", "resume a download"], search_only = ["요청 한도 범위"] }
summary = { ko = "범위 요청에 답합니다.", en = "Answers a range request." }
description = { ko = "nginx의 `max_ranges`를 봅니다.", en = "See nginx's `max_ranges`." }

[[code]]
code = 460
reason = "(Client Closed Connection)"
descriptive_reason = true
status = "unofficial"
aliases = []
vendors = ["AWS Elastic Load Balancing (ELB)"]
sender = "logged-only"
spec = []
content = "allowed"
cache = "never"
headers = []
related = [206]
curl = "curl -i http://127.0.0.1:8080/460"
title = { ko = "연결을 닫음(AWS ELB)", en = "Client Closed Connection (AWS ELB)" }
keywords = { ko = ["클라이언트 연결 종료", "ALB 연결 끊김", "로드 밸런서 전에 종료"], en = ["client hung up", "alb client closed", "client left early"] }
summary = { ko = "로그에 남깁니다.", en = "Logged." }
description = { ko = "로그에 남깁니다.", en = "Logged." }

[[note]]
number = 0
title = { ko = "상태 0", en = "Status 0" }
summary = { ko = "응답이 없습니다.", en = "No response." }
description = { ko = "응답이 없습니다.", en = "No response." }
"#;

    const GLOSSARY: &str = "| e | k | d |\n|---|---|---|\n| rate limit | 속도 제한 | `요청 한도` |\n\n## Terms checked in pairs\n\n| English | Korean |\n|---|---|\n| rate limit | 속도 제한 |\n| temporary or permanent | 임시인지 영구인지 |\n";

    const VENDOR_NAMES: &str =
        "\"AWS Elastic Load Balancing (ELB)\" = [\"AWS\", \"ALB\", \"아마존\"]\n";

    fn errors(toml: &str) -> Vec<String> {
        errors_with(toml, VENDOR_NAMES)
    }

    fn errors_with(toml: &str, vendor_names: &str) -> Vec<String> {
        let data = crate::parse(toml, vendor_names).unwrap_or_else(|e| panic!("{e}"));
        validate(
            &data,
            &forbidden_from_glossary(GLOSSARY),
            &pairs_from_glossary(GLOSSARY),
        )
    }

    /// `BASE` with `old` replaced by `new` (which must be there) fails with a message
    /// containing `expected`.
    fn fails(old: &str, new: &str, expected: &str) {
        assert!(BASE.contains(old), "fixture lacks {old:?}");
        let errs = errors(&BASE.replacen(old, new, 1));
        assert!(
            errs.iter().any(|e| e.contains(expected)),
            "expected {expected:?} after {old:?} -> {new:?}, got {errs:#?}"
        );
    }

    #[test]
    fn the_fixture_is_valid() {
        assert_eq!(errors(BASE), Vec::<String>::new());
    }

    #[test]
    fn keywords_follow_their_rules() {
        let ko = "ko = [\"이어 올리기\", \"업로드 재개\", \"중단된 업로드\"]";
        fails(
            ko,
            "ko = [\"resume\", \"업로드 재개\", \"중단된 업로드\"]",
            "has no Hangul",
        );
        fails(
            "en = [\"resumable upload\"",
            "en = [\"이어 올리기 upload\"",
            "contains Hangul",
        );
        fails(
            ko,
            "ko = [\"요청 한도 초과\", \"업로드 재개\", \"중단된 업로드\"]",
            "move it to keywords.search_only",
        );
        fails(
            "search_only = [\"요청 한도 범위\"]",
            "search_only = [\"부분 응답\"]",
            "belongs in keywords.ko or keywords.en",
        );
        fails(
            ko,
            "ko = [\"이어 올리기\", \"이어올리기\", \"중단된 업로드\"]",
            "listed twice",
        );
        fails(
            "en = [\"resumable upload\"",
            "en = [\"Upload Resumption Supported\"",
            "repeats a name",
        );
        fails(ko, "ko = [\"이어 올리기\"]", "at least 3 are needed");
        fails(
            "en = [\"resumable upload\"",
            "en = [\" resumable upload\"",
            "padded",
        );
    }

    #[test]
    fn every_vendor_has_names_to_search_by() {
        let errs = errors_with(BASE, "");
        assert!(
            errs.iter()
                .any(|e| e.contains("has no line in data/vendor-names.toml")),
            "{errs:#?}"
        );
        let errs = errors_with(BASE, &format!("{VENDOR_NAMES}\"Nobody\" = [\"x\"]\n"));
        assert!(
            errs.iter().any(|e| e.contains("no vendor of any code")),
            "{errs:#?}"
        );
        let errs = errors_with(
            BASE,
            "\"AWS Elastic Load Balancing (ELB)\" = [\"two words\"]\n",
        );
        assert!(errs.iter().any(|e| e.contains("not one word")), "{errs:#?}");
    }

    #[test]
    fn header_conditions_are_phrases_in_both_languages() {
        fails(
            "ko = \"한 부분만 보낼 때\"",
            "ko = \"\"",
            "condition.ko is empty",
        );
        fails(
            "ko = \"한 부분만 보낼 때\"",
            "ko = \"single\"",
            "condition.ko has no Hangul",
        );
        fails(
            "en = \"when a single part is sent\"",
            "en = \"when a single part is sent.\"",
            "without a final period",
        );
        fails(
            "ko = \"한 부분만 보낼 때\"",
            "ko = \"요청 한도일 때\"",
            "glossary forbids",
        );
        fails(
            "en = \"when a single part is sent\"",
            "en = \"when `single`\"",
            "has a backtick",
        );
    }

    #[test]
    fn internal_and_logged_only_codes_are_unofficial_and_never_stored() {
        fails(
            "sender = \"logged-only\"\nspec = []\ncontent = \"allowed\"\ncache = \"never\"",
            "sender = \"internal\"\nspec = []\ncontent = \"allowed\"\ncache = \"explicit\"",
            "cache = \"never\"",
        );
        fails(
            "sender = \"any\"",
            "sender = \"internal\"",
            "only an unofficial code can be internal",
        );
    }

    #[test]
    fn descriptive_reasons_are_labels_of_unofficial_codes() {
        fails(
            "descriptive_reason = true\n",
            "",
            "set `descriptive_reason = true`",
        );
        fails(
            "reason = \"(Client Closed Connection)\"",
            "reason = \"Client Closed Connection\"",
            "written in parentheses",
        );
        fails(
            "reason = \"Partial Content\"",
            "reason = \"(Partial Content)\"\ndescriptive_reason = true",
            "only an unofficial code can have a descriptive reason",
        );
        fails(
            "reason = \"Partial Content\"",
            "reason = \"Partial (Content)\"",
            "a registered phrase has no parentheses",
        );
    }

    #[test]
    fn temporary_registrations_carry_their_dates() {
        fails(
            "temporary_registration = { registered = \"2024-11-13\", extended = [\"2025-09-15\"], expires = \"2026-11-13\", reference = \"draft-x-05\" }\n",
            "",
            "needs `temporary_registration`",
        );
        fails(
            "expires = \"2026-11-13\"",
            "expires = \"2025-01-01\"",
            "registered < extended",
        );
        fails(
            "expires = \"2026-11-13\"",
            "expires = \"2026-13-13\"",
            "YYYY-MM-DD",
        );
        fails(
            "registry_snapshot = \"2025-09-15\"",
            "registry_snapshot = \"2026-12-01\"",
            "had expired by the registry snapshot",
        );
        fails(
            "registry_snapshot = \"2025-09-15\"",
            "registry_snapshot = \"2025-01-01\"",
            "predates the registration facts",
        );
        fails(
            "ko = \"2026년 11월 13일에 만료됩니다.\"",
            "ko = \"곧 만료됩니다.\"",
            "must give the expiry date",
        );
        fails(
            "status = \"standard\"",
            "status = \"standard\"\ntemporary_registration = { registered = \"2024-11-13\", expires = \"2026-11-13\", reference = \"r\" }",
            "only for status",
        );
    }

    #[test]
    fn aliases_say_where_they_come_from() {
        fails("from = [\"RFC 2616\"]", "from = []", "empty `from` list");
        fails(
            "from = [\"RFC 2616\"]",
            "from = [\"RFC2616\"]",
            "must read \"RFC nnnn\"",
        );
        fails(
            "aliases = [{ name = \"Partial\", from = [\"RFC 2616\"] }]",
            "aliases = [\"Partial\", \"Partial\"]",
            "listed twice",
        );
        fails(
            "aliases = [{ name = \"Partial\", from = [\"RFC 2616\"] }]",
            "aliases = [\"(Partial)\"]",
            "a name, not a label",
        );
    }

    #[test]
    fn inline_code_is_balanced_and_never_a_wire_form() {
        fails(
            "nginx's `max_ranges`.",
            "nginx's `max_ranges.",
            "backtick without a partner",
        );
        fails(
            "nginx's `max_ranges`.",
            "nginx's ``.",
            "empty or padded inline code",
        );
        fails(
            "nginx's `max_ranges`.",
            "the `Content-Range` field.",
            "header field name or a method",
        );
        fails(
            "nginx's `max_ranges`.",
            "a `GET`.",
            "header field name or a method",
        );
        fails("nginx's `max_ranges`.", "**bold**.", "markup");
        fails(
            "title = { ko = \"부분 콘텐츠\"",
            "title = { ko = \"부분 `콘텐츠`\"",
            "titles and names are plain text",
        );
    }

    #[test]
    fn unofficial_titles_end_with_a_vendor_tag() {
        fails(
            "ko = \"연결을 닫음(AWS ELB)\"",
            "ko = \"연결을 닫음\"",
            "ends with its vendor tag",
        );
        fails(
            "ko = \"연결을 닫음(AWS ELB)\"",
            "ko = \"연결을 닫음 (AWS ELB)\"",
            "ends with its vendor tag",
        );
        fails(
            "en = \"Client Closed Connection (AWS ELB)\"",
            "en = \"Client Closed Connection(AWS ELB)\"",
            "ends with its vendor tag",
        );
        fails(
            "ko = \"연결을 닫음(AWS ELB)\"",
            "ko = \"연결을 닫음(AWS)\"",
            "vendor tags differ",
        );
        fails(
            "(AWS ELB)\", en = \"Client Closed Connection (AWS ELB)\"",
            "(Amazon)\", en = \"Client Closed Connection (Amazon)\"",
            "not made of words of the vendors",
        );
    }

    #[test]
    fn glossary_pairs_and_ranges_are_checked() {
        fails(
            "ko = \"상황이 임시인지 영구인지 밝힙니다.\"",
            "ko = \"상황이 일시적인지 밝힙니다.\"",
            "must say \"임시인지 영구인지\"",
        );
        fails(
            "en = \"See nginx's `max_ranges`.\"",
            "en = \"See nginx's `max_ranges` and its rate limit.\"",
            "must say \"속도 제한\"",
        );
        fails(
            "ko = \"범위 요청에 답합니다.\"",
            "ko = \"100~599 범위에 답합니다.\"",
            "use an en dash",
        );
        // A reason phrase is a wire name, not a term.
        let quoted = BASE
            .replacen(
                "en = \"Answers a range request.\"",
                "en = \"Not a Rate Limit Exceeded answer.\"",
                1,
            )
            .replacen(
                "reason = \"(Client Closed Connection)\"",
                "reason = \"(Rate Limit Exceeded)\"",
                1,
            );
        assert_eq!(errors(&quoted), Vec::<String>::new());
    }

    #[test]
    fn notes_are_outside_the_status_codes() {
        fails("number = 0", "number = 404", "100–999 are status codes");
        let note = &BASE[BASE.find("[[note]]").unwrap_or(0)..];
        let twice = format!("{BASE}\n{note}");
        assert!(
            errors(&twice)
                .iter()
                .any(|e| e.contains("note 0: listed twice"))
        );
    }

    #[test]
    fn an_unofficial_code_may_lack_a_document_but_not_a_registered_one() {
        fails(
            "spec = [{ document = \"RFC 9110\", section = \"15.3.7\" }]",
            "spec = []",
            "no spec reference",
        );
    }

    #[test]
    fn glossary_pairs_are_read_from_their_section() {
        assert_eq!(
            pairs_from_glossary(GLOSSARY),
            [
                ("rate limit".to_owned(), "속도 제한".to_owned()),
                (
                    "temporary or permanent".to_owned(),
                    "임시인지 영구인지".to_owned()
                )
            ]
        );
        assert!(
            pairs_from_glossary("| rate limit | 속도 제한 |\n").is_empty(),
            "outside the section"
        );
    }

    #[test]
    fn vendor_tags() {
        assert_eq!(vendor_tag("No Response (nginx)", false), Some("nginx"));
        assert_eq!(vendor_tag("응답 없음(nginx)", true), Some("nginx"));
        assert_eq!(vendor_tag("응답 없음 (nginx)", true), None);
        assert_eq!(vendor_tag("No Response(nginx)", false), None);
        assert_eq!(vendor_tag("(nginx)", false), None);
        assert_eq!(korean_date("2026-11-03"), "2026년 11월 3일");
    }
}
