//! Checks of the data that the type system cannot make: every rule listed in
//! `docs/data-format.md`.

use std::collections::{BTreeSet, HashSet};

use crate::model::{Content, Data, Status, Text};
use crate::render::spec_url;

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{AC00}'..='\u{D7A3}'))
}

fn is_date(s: &str) -> bool {
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

fn check_text(errors: &mut Vec<String>, what: &str, t: &Text, sentence: bool) {
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
    }
    if !has_hangul(&t.ko) {
        errors.push(format!("{what}.ko has no Hangul"));
    }
    if has_hangul(&t.en) {
        errors.push(format!("{what}.en contains Hangul"));
    }
}

/// Every problem found, one line each; empty when the data is valid.
pub fn validate(data: &Data, forbidden_korean: &[String]) -> Vec<String> {
    let mut errors = Vec::new();
    let e = &mut errors;

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
    }

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
        if has_hangul(&entry.reason) || entry.aliases.iter().any(|a| has_hangul(a)) {
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
        if entry
            .aliases
            .iter()
            .any(|a| a.trim().is_empty() || a == &entry.reason)
        {
            e.push(format!(
                "{id}: empty alias, or an alias equal to the reason"
            ));
        }
        match (entry.status == Status::Unofficial, entry.vendors.is_empty()) {
            (true, true) => e.push(format!("{id}: an unofficial code must name its vendors")),
            (false, false) => e.push(format!("{id}: a registered code has no vendors")),
            _ => {}
        }
        if entry.vendors.iter().any(|v| v.trim().is_empty()) {
            e.push(format!("{id}: empty vendor name"));
        }
        if entry.spec.is_empty() {
            e.push(format!("{id}: no spec reference"));
        }
        for s in &entry.spec {
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
        let mut names = HashSet::new();
        for h in &entry.headers {
            if !is_field_name(&h.name) {
                e.push(format!("{id}: {:?} is not a field name", h.name));
            }
            if !names.insert(h.name.to_ascii_lowercase()) {
                e.push(format!("{id}: header {} listed twice", h.name));
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
    let names: HashSet<String> = std::iter::once(&entry.reason)
        .chain(&entry.aliases)
        .chain([&entry.title.ko, &entry.title.en])
        .map(|n| crate::compact(n))
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
}
