//! Validation of `data/status-codes.toml`: the generic rules of `docs/data-format.md`, and
//! the facts of RFC 9110 and its companions that the data must agree with.

use std::collections::{BTreeMap, BTreeSet};

use httpstatus_codegen::model::{Cache, Content, Data, RedirectMethod, Requirement, Retry, Status};
use httpstatus_codegen::validate::{forbidden_from_glossary, validate};

fn data() -> Data {
    httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"))
}

fn registered(data: &Data) -> BTreeMap<u16, &httpstatus_codegen::model::Entry> {
    data.codes
        .iter()
        .filter(|e| e.status.is_registered())
        .map(|e| (e.code, e))
        .collect()
}

fn codes_where(data: &Data, f: impl Fn(&httpstatus_codegen::model::Entry) -> bool) -> Vec<u16> {
    data.codes
        .iter()
        .filter(|e| e.status.is_registered() && f(e))
        .map(|e| e.code)
        .collect()
}

#[test]
fn data_is_valid() {
    let glossary =
        std::fs::read_to_string(httpstatus_codegen::repo_root().join("docs/glossary.md"))
            .expect("docs/glossary.md");
    let forbidden = forbidden_from_glossary(&glossary);
    assert!(
        forbidden.len() >= 20,
        "the glossary lists the forbidden variants in backticks"
    );
    let errors = validate(&data(), &forbidden);
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// The IANA HTTP Status Code Registry (snapshot in `meta.registry_snapshot`): 64 entries
/// counting the provisional 104 and the reserved 306 and 418.
const IANA: [(u16, &str); 64] = [
    (100, "Continue"),
    (101, "Switching Protocols"),
    (102, "Processing"),
    (103, "Early Hints"),
    (104, "Upload Resumption Supported"),
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "No Content"),
    (205, "Reset Content"),
    (206, "Partial Content"),
    (207, "Multi-Status"),
    (208, "Already Reported"),
    (226, "IM Used"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (305, "Use Proxy"),
    (306, "(Unused)"),
    (307, "Temporary Redirect"),
    (308, "Permanent Redirect"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "Length Required"),
    (412, "Precondition Failed"),
    (413, "Content Too Large"),
    (414, "URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Range Not Satisfiable"),
    (417, "Expectation Failed"),
    (418, "(Unused)"),
    (421, "Misdirected Request"),
    (422, "Unprocessable Content"),
    (423, "Locked"),
    (424, "Failed Dependency"),
    (425, "Too Early"),
    (426, "Upgrade Required"),
    (428, "Precondition Required"),
    (429, "Too Many Requests"),
    (431, "Request Header Fields Too Large"),
    (451, "Unavailable For Legal Reasons"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
    (505, "HTTP Version Not Supported"),
    (506, "Variant Also Negotiates"),
    (507, "Insufficient Storage"),
    (508, "Loop Detected"),
    (510, "Not Extended"),
    (511, "Network Authentication Required"),
];

#[test]
fn every_registered_code_with_its_rfc_9110_phrase() {
    let data = data();
    let ours: Vec<(u16, &str)> = registered(&data)
        .values()
        .map(|e| (e.code, e.reason.as_str()))
        .collect();
    assert_eq!(ours, IANA.to_vec());
}

#[test]
fn registration_status() {
    let data = data();
    let by = |s: Status| codes_where(&data, |e| e.status == s);
    assert_eq!(by(Status::Provisional), [104]);
    assert_eq!(by(Status::Reserved), [306, 418]);
    assert_eq!(by(Status::Deprecated), [102, 305]);
    assert_eq!(by(Status::Obsoleted), [510]);
}

#[test]
fn former_names_are_aliases() {
    let data = data();
    let reg = registered(&data);
    for (code, alias) in [
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (414, "Request-URI Too Long"),
        (416, "Requested Range Not Satisfiable"),
        (422, "Unprocessable Entity"),
        (418, "I'm a teapot"),
        (302, "Moved Temporarily"),
    ] {
        assert!(
            reg[&code].aliases.iter().any(|a| a == alias),
            "{code} lacks alias {alias:?}"
        );
    }
}

#[test]
fn unofficial_codes_name_their_vendors() {
    let data = data();
    let unofficial: Vec<_> = data
        .codes
        .iter()
        .filter(|e| e.status == Status::Unofficial)
        .collect();
    assert!(
        unofficial.len() >= 25,
        "only {} unofficial codes",
        unofficial.len()
    );
    let numbers: BTreeSet<u16> = unofficial.iter().map(|e| e.code).collect();
    for code in [
        444, 494, 495, 496, 497, 498, 499, 419, 440, 449, 450, 460, 463, 509, 520, 521, 522, 523,
        524, 525, 526, 527, 530, 561, 598, 599,
    ] {
        assert!(numbers.contains(&code), "unofficial {code} missing");
    }
    let vendors_of = |code: u16| -> Vec<&str> {
        unofficial
            .iter()
            .filter(|e| e.code == code)
            .flat_map(|e| e.vendors.iter().map(String::as_str))
            .collect()
    };
    assert!(vendors_of(499).contains(&"nginx"));
    assert!(
        vendors_of(499).iter().any(|v| v.contains("Esri")),
        "499 has an Esri meaning too"
    );
    assert!(vendors_of(522).contains(&"Cloudflare"));
    assert!(vendors_of(444).contains(&"nginx"));
}

#[test]
fn content_rules_follow_rfc_9110() {
    let data = data();
    let forbidden = codes_where(&data, |e| e.content == Content::Forbidden);
    assert_eq!(
        forbidden,
        [100, 101, 102, 103, 104, 204, 304],
        "RFC 9110 §6.4.1, RFC 9112 §6.3"
    );
    assert_eq!(
        codes_where(&data, |e| e.content == Content::NotGenerated),
        [205],
        "RFC 9110 §15.3.6"
    );
}

#[test]
fn cache_rules_follow_rfc_9110_and_6585() {
    let data = data();
    assert_eq!(
        codes_where(&data, |e| e.cache == Cache::Heuristic),
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ],
        "RFC 9110 §15.1 and RFC 7725 §3"
    );
    assert_eq!(
        codes_where(&data, |e| e.cache == Cache::MustNotStore),
        [428, 429, 431, 511]
    );
    assert!(
        codes_where(&data, |e| e.code < 200)
            .iter()
            .all(|c| registered(&data)[c].cache == Cache::Never)
    );
}

#[test]
fn redirects_follow_rfc_9110_section_15_4() {
    let data = data();
    let redirects: Vec<(u16, bool, RedirectMethod)> = registered(&data)
        .values()
        .filter_map(|e| e.redirect.as_ref().map(|r| (e.code, r.permanent, r.method)))
        .collect();
    assert_eq!(
        redirects,
        [
            (301, true, RedirectMethod::MayChange),
            (302, false, RedirectMethod::MayChange),
            (303, false, RedirectMethod::Get),
            (307, false, RedirectMethod::Keep),
            (308, true, RedirectMethod::Keep),
        ]
    );
}

#[test]
fn required_header_fields() {
    let data = data();
    let reg = registered(&data);
    for (code, field, strength) in [
        (101, "Upgrade", Requirement::Must),
        (206, "Content-Range", Requirement::Must),
        (301, "Location", Requirement::Should),
        (302, "Location", Requirement::Should),
        (307, "Location", Requirement::Should),
        (308, "Location", Requirement::Should),
        (401, "WWW-Authenticate", Requirement::Must),
        (405, "Allow", Requirement::Must),
        (407, "Proxy-Authenticate", Requirement::Must),
        (416, "Content-Range", Requirement::Should),
        (426, "Upgrade", Requirement::Must),
        (429, "Retry-After", Requirement::May),
        (451, "Link", Requirement::Should),
        (503, "Retry-After", Requirement::May),
    ] {
        let h = reg[&code]
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(field));
        assert_eq!(h.map(|h| h.requirement), Some(strength), "{code} {field}");
    }
}

#[test]
fn retry_hints() {
    let data = data();
    let reg = registered(&data);
    for (code, hint) in [
        (408, Retry::Repeat),
        (411, Retry::WithLength),
        (417, Retry::WithoutExpect),
        (421, Retry::NewConnection),
        (425, Retry::NoEarlyData),
        (429, Retry::RetryAfter),
        (503, Retry::RetryAfter),
    ] {
        assert_eq!(reg[&code].retry, Some(hint), "{code}");
    }
}

#[test]
fn confusable_groups_point_at_each_other() {
    let data = data();
    let reg = registered(&data);
    for group in [
        &[401, 403][..],
        &[301, 308],
        &[302, 303, 307],
        &[400, 422],
        &[409, 412],
        &[412, 428],
        &[502, 504],
        &[503, 429],
        &[201, 204],
    ] {
        for &a in group {
            for &b in group {
                if a != b {
                    assert!(
                        reg[&a].related.contains(&b),
                        "{a} should list {b} as related"
                    );
                }
            }
        }
    }
}

/// The seed translation's errors (research/registry.md §4) are not carried over.
#[test]
fn seed_errors_are_fixed() {
    let data = data();
    let reg = registered(&data);
    assert_eq!(reg[&101].reason, "Switching Protocols");
    assert_eq!(reg[&203].reason, "Non-Authoritative Information");
    assert_eq!(reg[&208].reason, "Already Reported");
    assert_eq!(reg[&300].reason, "Multiple Choices");
    assert_eq!(reg[&405].reason, "Method Not Allowed");
    let all_ko: String = data
        .codes
        .iter()
        .map(|e| format!("{} {} ", e.summary.ko, e.description.ko))
        .collect();
    for typo in [
        "Loction",
        "HTTㅖ",
        "전홍",
        "찾이 않",
        "Infomation",
        "Allowd",
        "URL가",
        "예를들어",
    ] {
        assert!(!all_ko.contains(typo), "seed typo {typo:?} is back");
    }
}

/// No Korean sentence is copied from the seed: no run of 14 letters (spaces and
/// punctuation ignored, at least 10 of them Hangul) of our Korean text appears in the seed.
#[test]
fn korean_text_is_not_copied_from_the_seed() {
    let seed_dir = httpstatus_codegen::repo_root().join("../shared/seed");
    let Ok(dir) = std::fs::read_dir(&seed_dir) else {
        eprintln!(
            "note: {} is not here; the copy check needs it",
            seed_dir.display()
        );
        return;
    };
    let mut seed = String::new();
    for f in dir.flatten() {
        seed.push_str(&std::fs::read_to_string(f.path()).unwrap_or_default());
    }
    let seed: Vec<char> = httpstatus_codegen::compact(&seed).chars().collect();
    assert!(seed.len() > 1000, "the seed was read");
    let windows: BTreeSet<String> = seed.windows(14).map(|w| w.iter().collect()).collect();
    let data = data();
    let entries = data.codes.iter().map(|e| {
        (
            format!("{} {}", e.code, e.reason),
            [&e.title.ko, &e.summary.ko, &e.description.ko],
        )
    });
    let classes = data.classes.iter().map(|c| {
        (
            format!("class {}", c.class),
            [&c.name.ko, &c.summary.ko, &c.description.ko],
        )
    });
    for (id, texts) in entries.chain(classes) {
        for t in texts {
            let ours: Vec<char> = httpstatus_codegen::compact(t).chars().collect();
            for w in ours.windows(14) {
                if w.iter()
                    .filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(*c))
                    .count()
                    < 10
                {
                    continue;
                }
                let s: String = w.iter().collect();
                assert!(!windows.contains(&s), "{id}: {s:?} is copied from the seed");
            }
        }
    }
}
