//! Our reason phrases against the `http` crate's, with the deliberate differences listed.

use httpstatus::StatusCode;

/// Where we follow RFC 9110 and the IANA registry and `http` keeps an older spelling.
const DELIBERATE: [(u16, &str, &str); 4] = [
    // RFC 9110 §15.3.4 spells it with a hyphen; `http` has "Non Authoritative Information".
    (
        203,
        "Non-Authoritative Information",
        "Non Authoritative Information",
    ),
    // RFC 9110 §15.5.14 renamed "Payload Too Large" (RFC 7231).
    (413, "Content Too Large", "Payload Too Large"),
    // RFC 9110 §15.5.19 reserves 418 as "(Unused)"; "I'm a teapot" is RFC 2324's joke.
    (418, "(Unused)", "I'm a teapot"),
    // RFC 9110 §15.5.21 renamed "Unprocessable Entity" (RFC 4918).
    (422, "Unprocessable Content", "Unprocessable Entity"),
];

#[test]
fn reason_phrases_match_http_except_where_listed() {
    let mut differences = Vec::new();
    let mut only_ours = Vec::new();
    for n in 100..=999u16 {
        let theirs = http::StatusCode::from_u16(n).unwrap().canonical_reason();
        let ours = StatusCode::from_u16(n).unwrap().canonical_reason();
        match (ours, theirs) {
            (Some(o), Some(t)) if o != t => differences.push((n, o, t)),
            (Some(_), None) => only_ours.push(n),
            (None, Some(t)) => panic!("http knows {n} {t:?} and we do not"),
            _ => {}
        }
    }
    assert_eq!(differences, DELIBERATE.to_vec());
    // `http` lacks the provisional 104 and the reserved 306.
    assert_eq!(only_ours, [104, 306]);
}

#[test]
fn our_old_names_are_their_names() {
    for (code, _, theirs) in DELIBERATE {
        let info = StatusCode::from_u16(code).unwrap().info().unwrap();
        assert!(
            info.aliases.iter().any(|a| a == &theirs),
            "{code}: {theirs:?} should be an alias so searches for it find the code"
        );
    }
}
