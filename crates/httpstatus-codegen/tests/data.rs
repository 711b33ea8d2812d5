//! Validation of `data/status-codes.toml`: the generic rules of `docs/data-format.md`, and
//! the facts of RFC 9110 and its companions that the data must agree with.

use std::collections::{BTreeMap, BTreeSet};

use httpstatus_codegen::model::{
    Cache, Content, Data, RedirectMethod, Requirement, Retry, Sender, Status,
};
use httpstatus_codegen::validate::{forbidden_from_glossary, pairs_from_glossary, validate};

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
    for term in ["요청 빈도 제한", "요청 한도", "일시적인지", "영구적인지"] {
        assert!(
            forbidden.iter().any(|f| f == term),
            "glossary forbids {term}"
        );
    }
    let pairs = pairs_from_glossary(&glossary);
    for (en, ko) in [
        ("rate limit", "속도 제한"),
        ("temporary or permanent", "임시인지 영구인지"),
    ] {
        assert!(
            pairs.iter().any(|(e, k)| e == en && k == ko),
            "glossary pairs {en} with {ko}"
        );
    }
    let errors = validate(&data(), &forbidden, &pairs);
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
    for (code, alias, rfc) in [
        (413, "Payload Too Large", "RFC 7231"),
        (413, "Request Entity Too Large", "RFC 2616"),
        (414, "Request-URI Too Long", "RFC 2616"),
        (414, "Request-URI Too Large", "RFC 2616"),
        (416, "Requested Range Not Satisfiable", "RFC 2616"),
        (422, "Unprocessable Entity", "RFC 2518"),
        (418, "I'm a teapot", "RFC 2324"),
        (302, "Moved Temporarily", "RFC 1945"),
        (408, "Request Time-out", "RFC 2616"),
    ] {
        let a = reg[&code].aliases.iter().find(|a| a.name() == alias);
        assert!(
            a.is_some_and(|a| a.from().iter().any(|f| f == rfc)),
            "{code} lacks alias {alias:?} from {rfc}"
        );
    }
}

/// The phrases nginx puts on its status line or error page (src/http/
/// ngx_http_header_filter_module.c, ngx_http_special_response.c), as aliases from nginx.
#[test]
fn nginx_phrases_are_aliases() {
    let data = data();
    let reg = registered(&data);
    for (code, phrase) in [
        (302, "Moved Temporarily"),
        (401, "Authorization Required"),
        (405, "Not Allowed"),
        (408, "Request Time-out"),
        (413, "Request Entity Too Large"),
        (414, "Request-URI Too Large"),
        (416, "Requested Range Not Satisfiable"),
        (503, "Service Temporarily Unavailable"),
        (504, "Gateway Time-out"),
    ] {
        let a = reg[&code].aliases.iter().find(|a| a.name() == phrase);
        assert!(
            a.is_some_and(|a| a.from().iter().any(|f| f == "nginx")),
            "{code} lacks nginx's {phrase:?}"
        );
    }
}

/// nginx neither sends nor logs 494–497 (the client and the log get 400); 444 and 499 are
/// logged only; AWS logs 460.
#[test]
fn who_sends_nginx_and_aws_codes() {
    let data = data();
    let sender = |code: u16, vendor: &str| {
        data.codes
            .iter()
            .find(|e| e.code == code && e.vendors.iter().any(|v| v.contains(vendor)))
            .map(|e| e.sender)
    };
    for code in [494, 495, 496, 497] {
        assert_eq!(sender(code, "nginx"), Some(Sender::Internal), "{code}");
    }
    for code in [444, 499] {
        assert_eq!(sender(code, "nginx"), Some(Sender::LoggedOnly), "{code}");
    }
    assert_eq!(sender(460, "AWS"), Some(Sender::LoggedOnly));
}

/// Vendors that give no reason phrase get a descriptive label, never presented as theirs.
#[test]
fn labels_the_vendors_never_gave() {
    let data = data();
    for (code, vendor) in [
        (460, "AWS"),
        (463, "AWS"),
        (464, "AWS"),
        (529, "Anthropic"),
        (530, "Cloudflare"),
    ] {
        let e = data
            .codes
            .iter()
            .find(|e| e.code == code && e.vendors.iter().any(|v| v.contains(vendor)))
            .unwrap_or_else(|| panic!("{code} {vendor}"));
        assert!(e.descriptive_reason, "{code} {vendor}");
        assert!(e.reason.starts_with('('), "{code}: {}", e.reason);
    }
    let aws561 = data.codes.iter().find(|e| e.code == 561).unwrap();
    assert!(
        !aws561.descriptive_reason && aws561.reason == "Unauthorized",
        "AWS documents 561 Unauthorized"
    );
}

/// 104's IANA registration: temporary (RFC 7120), registered 2024-11-13, extended
/// 2025-09-15, expiring 2026-11-13 as of the snapshot.
#[test]
fn temporary_registration_of_104() {
    let data = data();
    let e = &registered(&data)[&104];
    assert_eq!(e.status, Status::Provisional);
    let t = e.temporary_registration.as_ref().unwrap();
    assert_eq!(
        (
            t.registered.as_str(),
            t.extended.as_slice(),
            t.expires.as_str()
        ),
        ("2024-11-13", &["2025-09-15".to_owned()][..], "2026-11-13")
    );
    assert!(
        t.reference
            .starts_with("draft-ietf-httpbis-resumable-upload-")
    );
    assert!(data.meta.registry_snapshot.as_str() >= "2025-09-15");
    assert!(data.meta.text_reviewed.as_str() >= data.meta.registry_snapshot.as_str());
}

/// Entries added for what Korean developers look up (review section D).
#[test]
fn codes_people_search_for() {
    let data = data();
    let has = |code: u16, reason: &str, vendor: &str| {
        data.codes.iter().any(|e| {
            e.code == code && e.reason == reason && e.vendors.iter().any(|v| v.contains(vendor))
        })
    };
    assert!(has(508, "Resource Limit Is Reached", "LiteSpeed"));
    assert!(has(419, "Insufficient Space On Resource", "Spring"));
    assert!(has(420, "Method Failure", "Spring"));
    assert!(has(421, "Destination Locked", "Spring"));
    assert!(has(509, "Bandwidth Limit Exceeded", "Spring"));
    let site_overloaded = data.codes.iter().any(|e| {
        e.code == 529
            && e.aliases
                .iter()
                .any(|a| a.name().eq_ignore_ascii_case("Site is overloaded"))
    });
    assert!(site_overloaded, "529 Site is overloaded");
    assert!(
        data.notes.iter().any(|n| n.number == 0),
        "a note on status 0"
    );
}

/// Header requirements that hold only under a condition say so.
#[test]
fn conditional_header_requirements() {
    let data = data();
    let reg = registered(&data);
    let cond = |code: u16, field: &str| {
        reg[&code]
            .headers
            .iter()
            .find(|h| h.name == field)
            .and_then(|h| h.condition.as_ref())
            .map(|c| c.en.as_str())
    };
    assert!(cond(206, "Content-Range").is_some_and(|c| c.contains("single part")));
    for field in [
        "ETag",
        "Date",
        "Cache-Control",
        "Expires",
        "Vary",
        "Content-Location",
    ] {
        assert!(
            cond(304, field).is_some_and(|c| c.contains("200")),
            "304 {field}"
        );
        assert!(
            cond(206, field).is_some_and(|c| c.contains("200")),
            "206 {field}"
        );
    }
    assert!(cond(300, "Location").is_some_and(|c| c.contains("preferred")));
    assert!(cond(104, "Upload-Limit").is_some_and(|c| c.contains("limits")));
    assert!(cond(415, "Accept-Encoding").is_some_and(|c| c.contains("content coding")));
    assert!(
        cond(401, "WWW-Authenticate").is_none(),
        "an unconditional rule"
    );
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
        444, 494, 495, 496, 497, 498, 499, 419, 420, 421, 440, 449, 450, 460, 463, 508, 509, 520,
        521, 522, 523, 524, 525, 526, 527, 529, 530, 561, 598, 599,
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
        (101, "Connection", Requirement::Must),
        (104, "Location", Requirement::Must),
        (104, "Upload-Limit", Requirement::Must),
        (206, "Content-Range", Requirement::Must),
        (226, "ETag", Requirement::Must),
        (226, "IM", Requirement::Must),
        (300, "Location", Requirement::Should),
        (301, "Location", Requirement::Should),
        (302, "Location", Requirement::Should),
        (303, "Location", Requirement::Should),
        (307, "Location", Requirement::Should),
        (308, "Location", Requirement::Should),
        (401, "WWW-Authenticate", Requirement::Must),
        (405, "Allow", Requirement::Must),
        (407, "Proxy-Authenticate", Requirement::Must),
        (415, "Accept-Encoding", Requirement::Should),
        (416, "Content-Range", Requirement::Should),
        (426, "Upgrade", Requirement::Must),
        (426, "Connection", Requirement::Must),
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
