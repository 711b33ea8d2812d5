//! Our texts are our own: no title, summary, description, class text, note, header
//! condition or decision-guide text shares a passage with the third-party references
//! fingerprinted in `data/reference-fingerprints.txt` (RFC 9110 and companions, MDN in
//! English and Korean, Python's `http.HTTPStatus`, Wikipedia's list). See
//! `docs/reference-fingerprints.md` for the rule and how the file is made.

use std::collections::BTreeSet;

use httpstatus_codegen::fingerprint::{self, shingles};
use httpstatus_codegen::model::Text;

fn fingerprints() -> BTreeSet<u64> {
    let path = httpstatus_codegen::repo_root().join("data/reference-fingerprints.txt");
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    fingerprint::parse(&file).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every text of ours, named by where it lives.
fn our_texts() -> Vec<(String, String)> {
    let data = httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"));
    let guide = httpstatus_codegen::guide::load().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    let mut push = |id: String, field: &str, t: &Text| {
        out.push((format!("{id} {field}.ko"), t.ko.clone()));
        out.push((format!("{id} {field}.en"), t.en.clone()));
    };
    for c in &data.classes {
        let id = format!("class {}", c.class);
        push(id.clone(), "name", &c.name);
        push(id.clone(), "summary", &c.summary);
        push(id, "description", &c.description);
    }
    for e in &data.codes {
        let id = format!("{} {}", e.code, e.reason);
        push(id.clone(), "title", &e.title);
        push(id.clone(), "summary", &e.summary);
        push(id.clone(), "description", &e.description);
        for h in &e.headers {
            if let Some(c) = &h.condition {
                push(id.clone(), &format!("headers[{}].condition", h.name), c);
            }
        }
    }
    for n in &data.notes {
        let id = format!("note {}", n.number);
        push(id.clone(), "title", &n.title);
        push(id.clone(), "summary", &n.summary);
        push(id, "description", &n.description);
    }
    for q in &guide.questions {
        let id = format!("guide question {}", q.id);
        push(id.clone(), "text", &q.text);
        push(id.clone(), "why", &q.why);
        for a in &q.answers {
            push(id.clone(), &format!("answer[{}].label", a.id), &a.label);
        }
    }
    for r in &guide.results {
        push(format!("guide result {}", r.id), "note", &r.note);
    }
    for n in &guide.not_reached {
        push(format!("guide not_reached {}", n.code), "why", &n.why);
    }
    out
}

#[test]
fn the_fingerprint_file_covers_the_references() {
    let hashes = fingerprints();
    // Ten sources of several thousand words each: far more than a stub could hold.
    assert!(
        hashes.len() >= 20_000,
        "data/reference-fingerprints.txt holds only {} hashes",
        hashes.len()
    );
    let path = httpstatus_codegen::repo_root().join("data/reference-fingerprints.txt");
    let file = std::fs::read_to_string(path).unwrap();
    for source in [
        "rfc/rfc9110",
        "rfc/rfc6585",
        "mdn-en/",
        "mdn-ko/",
        "python/",
        "wikipedia/",
    ] {
        assert!(
            file.lines()
                .any(|l| l.starts_with("# source ") && l.contains(source)),
            "the header names no {source} source"
        );
    }
}

#[test]
fn texts_share_no_passage_with_the_references() {
    let refs = fingerprints();
    let texts = our_texts();
    assert!(texts.len() > 600, "all texts were collected");
    let mut copied = Vec::new();
    for (id, text) in &texts {
        let shared: Vec<String> = shingles(text)
            .into_iter()
            .filter(|s| refs.contains(&s.hash))
            .map(|s| s.text)
            .collect();
        if !shared.is_empty() {
            copied.push(format!("{id}: shares {shared:?}"));
        }
    }
    assert!(
        copied.is_empty(),
        "{} texts repeat a passage of a reference text; write them in our own words \
         (docs/reference-fingerprints.md):\n{}",
        copied.len(),
        copied.join("\n")
    );
}
