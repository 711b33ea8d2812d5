//! The reference pages and the JSON API on a real socket: every API route and error path,
//! the JSON shape against the OpenAPI document, CORS, ETag/304, gzip and brotli, the `/`
//! redirect, and the pages' language, alternates, content and search.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Read;

use httpstatus::{Lang, StatusCode};
use serde_json::Value;
use support::{Config, Response, TestServer, config, start};

fn json(resp: &Response) -> Value {
    serde_json::from_slice(&resp.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", resp.text()))
}

fn codes(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_u64().unwrap())
        .collect()
}

/// Checks the error shape and returns the message.
fn error(resp: &Response, status: u16) -> String {
    assert_eq!(resp.head.code, status, "{}", resp.text());
    assert_eq!(resp.head.header("content-type"), Some("application/json"));
    let v = json(resp);
    let e = v["error"].as_object().expect("error object");
    assert_eq!(e.len(), 3, "{v}");
    assert_eq!(e["status"], status);
    assert!(!e["reason"].as_str().unwrap().is_empty());
    let message = e["message"].as_str().unwrap().to_owned();
    assert!(!message.is_empty());
    message
}

fn get(server: &TestServer, path: &str, headers: &[&str]) -> Response {
    server.request("GET", path, headers)
}

const ENTRY_KEYS: [&str; 26] = [
    "code",
    "reason",
    "descriptive_reason",
    "class",
    "status",
    "temporary_registration",
    "title",
    "summary",
    "description",
    "keywords",
    "aliases",
    "alias_origins",
    "vendors",
    "spec",
    "content",
    "content_forbidden",
    "cache",
    "heuristically_cacheable",
    "headers",
    "redirect",
    "retry",
    "related",
    "sender",
    "curl",
    "example",
    "constants",
];

fn assert_entry_shape(e: &Value) {
    let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = ENTRY_KEYS.to_vec();
    let mut got = keys.clone();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, want, "entry keys");
    for text in ["title", "summary", "description"] {
        assert!(e[text]["ko"].is_string() && e[text]["en"].is_string());
    }
}

// ---------------------------------------------------------------------------------------
// API

#[test]
fn api_codes_default_is_the_registered_codes_in_the_core_shape() {
    let server = start(config());
    let resp = get(&server, "/api/v1/codes", &[]);
    assert_eq!(resp.head.code, 200);
    assert_eq!(resp.head.header("content-type"), Some("application/json"));
    assert_eq!(resp.head.header("access-control-allow-origin"), Some("*"));
    let v = json(&resp);
    let registered: Vec<&httpstatus::Info> = httpstatus::entries()
        .iter()
        .filter(|i| !i.is_unofficial())
        .collect();
    assert_eq!(v.as_array().unwrap().len(), registered.len());
    for e in v.as_array().unwrap() {
        assert_entry_shape(e);
        assert_ne!(e["status"], "unofficial");
    }
    // Exactly the library's own serialization.
    assert_eq!(v, serde_json::to_value(&registered).unwrap());
}

#[test]
fn api_codes_filters_mirror_httpstatus_list() {
    let server = start(config());
    let list = |q: &str| {
        let resp = get(&server, &format!("/api/v1/codes?{q}"), &[]);
        assert_eq!(resp.head.code, 200, "{q}: {}", resp.text());
        json(&resp)
    };
    assert!(
        codes(&list("class=4"))
            .iter()
            .all(|c| (400..500).contains(c))
    );
    let both = codes(&list("class=4&class=5xx"));
    assert!(both.contains(&404) && both.contains(&503) && !both.contains(&200));
    for e in list("cacheable=true").as_array().unwrap() {
        assert_eq!(e["heuristically_cacheable"], true);
    }
    for e in list("no_content=true").as_array().unwrap() {
        assert_ne!(e["content"], "allowed");
    }
    for e in list("retryable=true").as_array().unwrap() {
        assert!(!e["retry"].is_null());
    }
    assert_eq!(codes(&list("redirect=true")), [301, 302, 303, 307, 308]);
    let unofficial = list("unofficial=true");
    assert!(
        unofficial
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["status"] == "unofficial")
    );
    assert!(codes(&unofficial).contains(&499));
    assert_eq!(
        list("all=true").as_array().unwrap().len(),
        httpstatus::entries().len()
    );
    assert_eq!(list("unofficial=true&all=true"), unofficial);
    assert_eq!(list("cacheable=false&all=false"), list(""));
    let combined = list("class=4&cacheable=true&unofficial=true&all=true");
    for e in combined.as_array().unwrap() {
        assert_eq!(e["class"], "4xx");
        assert_eq!(e["heuristically_cacheable"], true);
        assert_eq!(e["status"], "unofficial");
    }
}

#[test]
fn api_codes_bad_filters_are_400() {
    let server = start(config());
    for q in [
        "class=6",
        "class=4XX",
        "class=",
        "cacheable=yes",
        "cacheable",
        "no-content=true",
        "colour=red",
        "all=true&all=true",
        "retryable=1",
    ] {
        let resp = get(&server, &format!("/api/v1/codes?{q}"), &[]);
        let message = error(&resp, 400);
        assert!(message.len() > 10, "{q}: {message}");
        assert_eq!(resp.head.header("access-control-allow-origin"), Some("*"));
    }
}

#[test]
fn api_code_returns_every_meaning() {
    let server = start(config());
    let v = json(&get(&server, "/api/v1/codes/404", &[]));
    assert_eq!(codes(&v), [404]);
    assert_entry_shape(&v[0]);
    assert_eq!(
        v,
        serde_json::to_value(StatusCode::NOT_FOUND.infos()).unwrap()
    );
    let v = json(&get(&server, "/api/v1/codes/499", &[]));
    assert_eq!(codes(&v), [499, 499]);
    assert_eq!(v[0]["reason"], "Client Closed Request");
    assert_eq!(v[1]["reason"], "Token Required");
    // 999 has no class.
    let v = json(&get(&server, "/api/v1/codes/999", &[]));
    assert!(v[0]["class"].is_null());
    // Percent-encoded digits are the same resource.
    assert_eq!(
        codes(&json(&get(&server, "/api/v1/codes/%34%30%34", &[]))),
        [404]
    );
}

#[test]
fn api_code_errors() {
    let server = start(config());
    let m = error(&get(&server, "/api/v1/codes/471", &[]), 404);
    assert!(
        m.contains("4xx") && m.contains("400 Bad Request") && m.contains("RFC 9110"),
        "{m}"
    );
    let m = error(&get(&server, "/api/v1/codes/650", &[]), 404);
    assert!(m.contains("500") && m.contains("100–599"), "{m}");
    for bad in ["abc", "42", "1000", "0404", "4o4", "-1", "%20"] {
        let m = error(&get(&server, &format!("/api/v1/codes/{bad}"), &[]), 400);
        assert!(m.contains("three-digit"), "{bad}: {m}");
    }
    error(&get(&server, "/api/v1/codes/404/extra", &[]), 400);
}

#[test]
fn api_search_ranks_in_both_languages() {
    let server = start(config());
    let v = json(&get(&server, "/api/v1/search?q=not+found", &[]));
    let first = &v[0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["entry"]["code"], 404);
    assert_eq!(first["page"], "/en/404");
    assert_eq!(first["match"], "phrase");
    assert_entry_shape(&first["entry"]);
    let q = "%EC%B0%BE%EC%9D%84%20%EC%88%98%20%EC%97%86%EC%9D%8C"; // 찾을 수 없음
    let v = json(&get(&server, &format!("/api/v1/search?q={q}&lang=ko"), &[]));
    assert_eq!(v[0]["entry"]["code"], 404);
    assert_eq!(v[0]["page"], "/ko/404");
    let v = json(&get(&server, "/api/v1/search?q=4o4", &[]));
    assert_eq!(v[0]["match"], "code-typo");
    let v = json(&get(&server, "/api/v1/search?q=zzqxw", &[]));
    assert_eq!(v, Value::Array(Vec::new()));
    // Ranks count up, scores never rise.
    let v = json(&get(&server, "/api/v1/search?q=4xx", &[]));
    let hits = v.as_array().unwrap();
    assert!(hits.len() > 20);
    for (i, w) in hits.windows(2).enumerate() {
        assert_eq!(w[0]["rank"], i as u64 + 1);
        assert!(w[0]["score"].as_u64() >= w[1]["score"].as_u64());
    }
}

/// The core's ranked list for `q`, as codes.
fn core_codes(q: &str) -> Vec<u64> {
    httpstatus::search(q)
        .iter()
        .map(|h| u64::from(h.info.code.as_u16()))
        .collect()
}

/// The codes of a search page's result list, in order.
fn result_codes(html: &str) -> Vec<u64> {
    let Some(at) = html.find("<ol class=\"codes\">") else {
        return Vec::new();
    };
    let list = &html[at..html[at..].find("</ol>").map_or(html.len(), |e| at + e)];
    list.split("data-c=\"")
        .skip(1)
        .filter_map(|rest| rest.get(..3)?.parse().ok())
        .collect()
}

#[test]
fn a_precise_query_returns_a_handful() {
    let server = start(config());
    for (q, want) in [
        ("not+found", 404),
        ("access+denied", 403),
        ("throttled", 429),
        (
            "%EC%97%85%EB%A1%9C%EB%93%9C+%ED%8C%8C%EC%9D%BC+%EC%9A%A9%EB%9F%89+%EC%B4%88%EA%B3%BC",
            413,
        ), // 업로드 파일 용량 초과
    ] {
        let v = json(&get(&server, &format!("/api/v1/search?q={q}"), &[]));
        let hits = v.as_array().unwrap();
        assert_eq!(hits[0]["entry"]["code"], want, "{q}");
        assert!(hits.len() <= 5, "{q}: {} hits", hits.len());
        let html = page(&server, &format!("/en/search?q={q}"));
        let codes = result_codes(&html);
        assert_eq!(codes.first(), Some(&want), "{q}");
        assert!(codes.len() <= 5, "{q}: {codes:?}");
    }
    // "not found" no longer lists the codes that only share the word "not".
    let codes = result_codes(&page(&server, "/en/search?q=not+found"));
    assert!(!codes.contains(&504), "{codes:?}");
}

#[test]
fn one_search_everywhere() {
    // The pages, the index's ?q= and the API show the core's list, in its order.
    let server = start(config());
    for (q, raw) in [
        ("redirect", "redirect"),
        ("timeout", "timeout"),
        ("access+denied", "access denied"),
        ("cloudflare+origin+down", "cloudflare origin down"),
        ("%EA%B6%8C%ED%95%9C+%EC%97%86%EC%9D%8C", "권한 없음"),
    ] {
        let core = core_codes(raw);
        assert!(!core.is_empty(), "{raw}");
        let api: Vec<u64> = json(&get(&server, &format!("/api/v1/search?q={q}&lang=ko"), &[]))
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["entry"]["code"].as_u64().unwrap())
            .collect();
        assert_eq!(api, core, "API {raw}");
        for path in [
            format!("/ko/search?q={q}"),
            format!("/en/search?q={q}"),
            format!("/ko/?q={q}"),
        ] {
            assert_eq!(result_codes(&page(&server, &path)), core, "{path}");
        }
    }
}

#[test]
fn api_search_errors() {
    let server = start(config());
    let long = "a".repeat(201);
    for q in [
        "",
        "?q=",
        "?q=%20%20",
        "?q",
        "?lang=ko",
        "?q=404&lang=fr",
        "?q=404&q=500",
        "?q=404&page=2",
        &format!("?q={long}"),
    ] {
        let m = error(&get(&server, &format!("/api/v1/search{q}"), &[]), 400);
        assert!(!m.is_empty(), "{q}");
    }
}

#[test]
fn api_classes() {
    let server = start(config());
    let v = json(&get(&server, "/api/v1/classes", &[]));
    let classes = v.as_array().unwrap();
    assert_eq!(classes.len(), 5);
    let four = &classes[3];
    assert_eq!(four["class"], "4xx");
    assert_eq!(four["digit"], 4);
    assert_eq!(four["representative"], 400);
    assert_eq!(four["name"]["ko"], "클라이언트 오류");
    assert!(
        four["codes"]
            .as_array()
            .unwrap()
            .contains(&Value::from(404))
    );
    assert!(
        four["unofficial_codes"]
            .as_array()
            .unwrap()
            .contains(&Value::from(499))
    );
    assert!(
        !four["codes"]
            .as_array()
            .unwrap()
            .contains(&Value::from(499))
    );
}

/// Resolves a `$ref` in the document.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap(),
        None => schema,
    }
}

/// A small validator for the subset of JSON Schema the document uses.
fn validate(doc: &Value, schema: &Value, v: &Value, at: &str) {
    let schema = resolve(doc, schema);
    if v.is_null() {
        assert_eq!(schema["nullable"], true, "{at}: null where not nullable");
        return;
    }
    for part in schema["allOf"].as_array().into_iter().flatten() {
        validate(doc, part, v, at);
    }
    if let Some(allowed) = schema["enum"].as_array() {
        assert!(allowed.contains(v), "{at}: {v} not in {allowed:?}");
    }
    match schema["type"].as_str() {
        Some("object") => {
            let obj = v
                .as_object()
                .unwrap_or_else(|| panic!("{at}: not an object"));
            for key in schema["required"].as_array().into_iter().flatten() {
                assert!(
                    obj.contains_key(key.as_str().unwrap()),
                    "{at}: missing {key}"
                );
            }
            let props = schema["properties"].as_object();
            for (k, val) in obj {
                match props.and_then(|p| p.get(k)) {
                    Some(s) => validate(doc, s, val, &format!("{at}.{k}")),
                    None => assert_ne!(
                        schema["additionalProperties"], false,
                        "{at}: undocumented {k}"
                    ),
                }
            }
        }
        Some("array") => {
            let items = v.as_array().unwrap_or_else(|| panic!("{at}: not an array"));
            for (i, item) in items.iter().enumerate() {
                validate(doc, &schema["items"], item, &format!("{at}[{i}]"));
            }
        }
        Some("string") => assert!(v.is_string(), "{at}: not a string"),
        Some("integer") => {
            let n = v.as_i64().unwrap_or_else(|| panic!("{at}: not an integer"));
            if let Some(min) = schema["minimum"].as_i64() {
                assert!(n >= min, "{at}: {n} < {min}");
            }
            if let Some(max) = schema["maximum"].as_i64() {
                assert!(n <= max, "{at}: {n} > {max}");
            }
        }
        Some("boolean") => assert!(v.is_boolean(), "{at}: not a boolean"),
        _ => {}
    }
}

fn response_schema<'a>(doc: &'a Value, path: &str, status: &str) -> &'a Value {
    &doc["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]
}

#[test]
fn api_responses_match_the_openapi_document() {
    let server = start(config());
    let doc = json(&get(&server, "/api/v1/openapi.json", &[]));
    assert_eq!(doc["openapi"], "3.0.3");
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    let mut paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "/choose",
            "/classes",
            "/codes",
            "/codes/{code}",
            "/openapi.json",
            "/search"
        ]
    );
    let params: Vec<&str> = doc["paths"]["/codes"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        params,
        [
            "class",
            "cacheable",
            "no_content",
            "retryable",
            "redirect",
            "unofficial",
            "all"
        ]
    );
    let cases = [
        ("/codes", "200", "/api/v1/codes?all=true"),
        ("/codes", "400", "/api/v1/codes?class=9"),
        ("/codes/{code}", "200", "/api/v1/codes/499"),
        ("/codes/{code}", "404", "/api/v1/codes/471"),
        ("/codes/{code}", "400", "/api/v1/codes/abc"),
        ("/search", "200", "/api/v1/search?q=cache"),
        ("/search", "400", "/api/v1/search?q="),
        ("/classes", "200", "/api/v1/classes"),
        ("/choose", "200", "/api/v1/choose"),
    ];
    for (path, status, url) in cases {
        let resp = get(&server, url, &[]);
        assert_eq!(resp.head.code.to_string(), status, "{url}");
        validate(&doc, response_schema(&doc, path, status), &json(&resp), url);
    }
    // Every code, every meaning, against the entry schema.
    for code in 100..=999u16 {
        let code = StatusCode::from_u16(code).unwrap();
        if code.infos().is_empty() {
            continue;
        }
        let url = format!("/api/v1/codes/{}", code.as_u16());
        let resp = get(&server, &url, &[]);
        validate(
            &doc,
            response_schema(&doc, "/codes/{code}", "200"),
            &json(&resp),
            &url,
        );
    }
}

#[test]
fn api_unknown_routes_and_methods() {
    let server = start(config());
    for path in ["/api/v1/nope", "/api", "/api/", "/api/v1", "/api/v2/codes"] {
        let m = error(&get(&server, path, &[]), 404);
        assert!(m.contains("/api/v1/openapi.json"), "{path}: {m}");
    }
    let resp = server.request("POST", "/api/v1/codes", &["Content-Length: 0"]);
    error(&resp, 405);
    assert_eq!(resp.head.header("allow"), Some("GET, HEAD, OPTIONS"));
    let resp = server.request("DELETE", "/ko/404", &[]);
    assert_eq!(resp.head.code, 405);
    assert!(resp.head.header("allow").is_some());
    let resp = server.request("OPTIONS", "/api/v1/codes", &[]);
    assert_eq!(resp.head.code, 204);
    assert_eq!(resp.head.header("allow"), Some("GET, HEAD, OPTIONS"));
}

#[test]
fn api_cors() {
    let server = start(config());
    let resp = get(
        &server,
        "/api/v1/codes/418",
        &["Origin: https://example.com"],
    );
    assert_eq!(resp.head.header("access-control-allow-origin"), Some("*"));
    assert!(
        resp.head
            .header("access-control-expose-headers")
            .unwrap()
            .to_ascii_lowercase()
            .contains("etag")
    );
    let resp = server.request(
        "OPTIONS",
        "/api/v1/search?q=x",
        &[
            "Origin: https://example.com",
            "Access-Control-Request-Method: GET",
            "Access-Control-Request-Headers: if-none-match",
        ],
    );
    assert_eq!(resp.head.code, 204);
    assert_eq!(resp.head.header("access-control-allow-origin"), Some("*"));
    assert!(
        resp.head
            .header("access-control-allow-methods")
            .unwrap()
            .contains("GET")
    );
    assert_eq!(
        resp.head.header("access-control-allow-headers"),
        Some("if-none-match")
    );
}

// ---------------------------------------------------------------------------------------
// Caching and content codings

#[test]
fn etag_and_304() {
    let server = start(config());
    for path in [
        "/en/404",
        "/ko/",
        "/api/v1/codes/404",
        "/ko/search?q=cache",
        "/ko/vs/401/403",
    ] {
        let first = get(&server, path, &[]);
        assert_eq!(first.head.code, 200, "{path}");
        let etag = first.head.header("etag").expect("ETag").to_owned();
        assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
        assert!(
            first
                .head
                .header("cache-control")
                .unwrap()
                .contains("max-age")
        );
        let inm = format!("If-None-Match: {etag}");
        let again = get(&server, path, &[&inm]);
        assert_eq!(again.head.code, 304, "{path}");
        assert!(again.body.is_empty() && again.trailing.is_empty());
        assert_eq!(again.head.header("etag"), Some(etag.as_str()));
        assert!(again.head.header("content-length").is_none());
        assert_eq!(
            again.head.header("cache-control"),
            first.head.header("cache-control")
        );
        assert_eq!(again.head.header("vary"), Some("Accept-Encoding"));
        // Weak comparison, lists, and `*`.
        let weak = format!("If-None-Match: \"nope\", W/{etag}");
        assert_eq!(get(&server, path, &[&weak]).head.code, 304);
        assert_eq!(get(&server, path, &["If-None-Match: *"]).head.code, 304);
        assert_eq!(
            get(&server, path, &["If-None-Match: \"nope\""]).head.code,
            200
        );
    }
    // Each coding has its own tag; a gzip tag does not validate the brotli variant.
    let gz = get(&server, "/en/", &["Accept-Encoding: gzip"]);
    let br = get(&server, "/en/", &["Accept-Encoding: br"]);
    let (gz_tag, br_tag) = (
        gz.head.header("etag").unwrap(),
        br.head.header("etag").unwrap(),
    );
    assert_ne!(gz_tag, br_tag);
    let inm = format!("If-None-Match: {gz_tag}");
    assert_eq!(
        get(&server, "/en/", &["Accept-Encoding: gzip", &inm])
            .head
            .code,
        304
    );
    assert_eq!(
        get(&server, "/en/", &["Accept-Encoding: br", &inm])
            .head
            .code,
        200
    );
    // Error pages carry no validator.
    assert!(get(&server, "/ko/471", &[]).head.header("etag").is_none());
}

fn gunzip(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(b)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn unbrotli(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(b, 4096)
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn gzip_and_brotli_negotiation() {
    let server = start(config());
    for path in [
        "/en/",
        "/ko/404",
        "/api/v1/codes",
        "/api/v1/codes?all=true",
        "/ko/search?q=not+found",
        "/en/vs/301/302/307/308",
        "/ko/471",
    ] {
        let plain = get(&server, path, &[]);
        assert!(plain.head.header("content-encoding").is_none(), "{path}");
        assert!(
            plain
                .head
                .header("vary")
                .unwrap()
                .contains("Accept-Encoding")
        );
        let gz = get(&server, path, &["Accept-Encoding: gzip, deflate"]);
        assert_eq!(gz.head.header("content-encoding"), Some("gzip"), "{path}");
        assert_eq!(gz.head.header("vary"), Some("Accept-Encoding"));
        assert!(gz.body.len() < plain.body.len() / 2, "{path}");
        assert_eq!(gunzip(&gz.body), plain.body, "{path}");
        let br = get(&server, path, &["Accept-Encoding: gzip, deflate, br"]);
        assert_eq!(br.head.header("content-encoding"), Some("br"), "{path}");
        assert_eq!(unbrotli(&br.body), plain.body, "{path}");
        let pick = get(&server, path, &["Accept-Encoding: br;q=0.5, gzip;q=0.8"]);
        assert_eq!(pick.head.header("content-encoding"), Some("gzip"));
        let none = get(&server, path, &["Accept-Encoding: br;q=0, gzip;q=0"]);
        assert!(none.head.header("content-encoding").is_none());
        let id = get(&server, path, &["Accept-Encoding: identity"]);
        assert_eq!(id.body, plain.body);
    }
    // HEAD: the same header fields, no content.
    let head = server.request("HEAD", "/en/", &["Accept-Encoding: br"]);
    let get_br = get(&server, "/en/", &["Accept-Encoding: br"]);
    assert!(head.body.is_empty() && head.trailing.is_empty());
    assert_eq!(
        head.head.header("content-length"),
        get_br.head.header("content-length")
    );
    assert_eq!(head.head.header("etag"), get_br.head.header("etag"));
}

#[test]
fn root_redirects_by_accept_language() {
    let server = start(config());
    let cases = [
        (None, "/en/"),
        (Some("ko-KR,ko;q=0.9,en-US;q=0.8"), "/ko/"),
        (Some("ko"), "/ko/"),
        (Some("en-GB,en;q=0.9"), "/en/"),
        (Some("fr-FR"), "/en/"),
        (Some("fr, ko;q=0.5"), "/ko/"),
        (Some("en;q=0.9, ko;q=0.8"), "/en/"),
    ];
    for (accept, to) in cases {
        let header = accept.map(|a| format!("Accept-Language: {a}"));
        let headers: Vec<&str> = header.iter().map(String::as_str).collect();
        let resp = get(&server, "/", &headers);
        assert_eq!(resp.head.code, 302, "{accept:?}");
        assert_eq!(resp.head.header("location"), Some(to), "{accept:?}");
        assert_eq!(resp.head.header("vary"), Some("Accept-Language"));
        let cc = resp.head.header("cache-control").unwrap();
        assert!(cc.contains("no-cache") || cc.contains("private"), "{cc}");
    }
    let resp = get(&server, "/ko", &[]);
    assert_eq!(resp.head.code, 308);
    assert_eq!(resp.head.header("location"), Some("/ko/"));
    let resp = get(&server, "/en?q=gone", &[]);
    assert_eq!(resp.head.header("location"), Some("/en/?q=gone"));
}

#[test]
fn status_routes_are_untouched() {
    let server = start(config());
    let resp = get(&server, "/404", &[]);
    assert_eq!(resp.head.code, 404);
    assert_eq!(resp.head.reason, "Not Found");
    assert!(resp.text().starts_with("404 Not Found"));
    assert_eq!(get(&server, "/status/418", &[]).head.code, 418);
    assert_eq!(get(&server, "/healthz", &[]).text(), "ok\n");
    // Other paths are still the status server's 404.
    let resp = get(&server, "/fr/", &[]);
    assert_eq!(resp.head.code, 404);
    assert!(resp.text().contains("no route"));
}

// ---------------------------------------------------------------------------------------
// Pages

fn page(server: &TestServer, path: &str) -> String {
    let resp = get(server, path, &[]);
    assert_eq!(resp.head.code, 200, "{path}");
    assert_eq!(
        resp.head.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    resp.text()
}

/// The heading levels in document order.
fn headings(html: &str) -> Vec<u8> {
    let bytes = html.as_bytes();
    (0..bytes.len().saturating_sub(3))
        .filter(|&i| bytes[i] == b'<' && bytes[i + 1] == b'h' && bytes[i + 2].is_ascii_digit())
        .filter(|&i| matches!(bytes[i + 3], b'>' | b' '))
        .map(|i| bytes[i + 2] - b'0')
        .collect()
}

fn assert_headings_in_order(html: &str, path: &str) {
    let levels = headings(html);
    assert_eq!(levels.first(), Some(&1), "{path}: starts with h1");
    assert_eq!(
        levels.iter().filter(|&&l| l == 1).count(),
        1,
        "{path}: one h1"
    );
    for w in levels.windows(2) {
        assert!(w[1] <= w[0] + 1, "{path}: h{} after h{}", w[1], w[0]);
    }
}

/// maud writes both `.x` and `class=` when a template gives both; browsers keep the first.
fn assert_one_class_attribute_per_tag(html: &str, path: &str) {
    for tag in html.split('<') {
        let head = tag.split('>').next().unwrap_or("");
        assert!(
            head.matches(" class=").count() <= 1,
            "{path}: two class attributes in <{head}>"
        );
    }
}

#[test]
fn pages_have_lang_alternates_and_a_language_switch() {
    let base = "https://status.example.com";
    let public = start(Config {
        public_url: Some(format!("{base}/").parse().unwrap()),
        ..config()
    });
    let plain = start(config());
    for (path, rest) in [
        ("/ko/", ""),
        ("/en/", ""),
        ("/ko/404", "404"),
        ("/en/499", "499"),
        ("/en/4xx", "4xx"),
        ("/ko/vs/401/403", "vs/401/403"),
        ("/en/search?q=gone", "search?q=gone"),
    ] {
        let resp = get(&public, path, &[]);
        let html = resp.text();
        let lang = &path[1..3];
        let other = if lang == "ko" { "en" } else { "ko" };
        assert_eq!(resp.head.header("content-language"), Some(lang));
        assert!(
            html.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">")),
            "{path}"
        );
        // Absolute links from --public-url, never from Host (the request says Host: test).
        let href = rest.replace('&', "&amp;");
        let canonical = format!("<link rel=\"canonical\" href=\"{base}/{lang}/{href}\">");
        assert!(html.contains(&canonical), "{path}: {canonical}");
        for l in ["ko", "en"] {
            let alt =
                format!("<link rel=\"alternate\" hreflang=\"{l}\" href=\"{base}/{l}/{href}\">");
            assert!(html.contains(&alt), "{path}: {alt}");
        }
        let x_default = if rest.is_empty() {
            "/".to_owned()
        } else {
            format!("/en/{href}")
        };
        assert!(html.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}{x_default}\">"
        )));
        assert!(html.contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">"));
        // Without a public base URL: no canonical and no alternates (relative ones are
        // ignored by search engines), the rest alike.
        let without = get(&plain, path, &[]).text();
        assert!(
            !without.contains("<link rel=\"canonical\"")
                && !without.contains("<link rel=\"alternate\""),
            "{path}"
        );
        assert!(without.contains("<link rel=\"icon\""));
        let switch = format!(
            "<a href=\"/{other}/{rest}\" hreflang=\"{other}\" lang=\"{other}\" rel=\"alternate\">"
        );
        assert!(html.contains(&switch), "{path}: {switch}");
        assert!(html.contains("name=\"viewport\""));
        assert!(html.contains("<a class=\"skip\" href=\"#main\">"));
        assert!(html.contains("<main class=\"w\" id=\"main\">"));
        assert_headings_in_order(&html, path);
        assert_one_class_attribute_per_tag(&html, path);
        // Everything inline: no external stylesheet, script or image.
        assert!(
            !html.contains("<script src") && !html.contains("stylesheet") && !html.contains("<img")
        );
    }
}

#[test]
fn index_lists_every_code_and_stays_small() {
    let server = start(config());
    for lang in Lang::ALL {
        let l = lang.as_str();
        let resp = get(&server, &format!("/{l}/"), &[]);
        let raw = resp.body.len();
        assert!(raw < 150 * 1024, "/{l}/ is {raw} bytes");
        let gz = get(&server, &format!("/{l}/"), &["Accept-Encoding: gzip"]);
        let br = get(&server, &format!("/{l}/"), &["Accept-Encoding: br"]);
        println!(
            "/{l}/: {raw} bytes, gzip {}, brotli {}",
            gz.body.len(),
            br.body.len()
        );
        let html = resp.text();
        for info in httpstatus::entries() {
            let code = info.code.as_u16();
            assert!(
                html.contains(&format!("data-c=\"{code}\"")),
                "/{l}/: {code}"
            );
            let escaped = info
                .summary(lang)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;");
            assert!(html.contains(&escaped), "/{l}/: summary of {code}");
        }
        assert!(html.contains("id=\"unofficial\""));
        assert!(html.contains("<span class=\"tag\">nginx</span>"));
        assert!(html.contains("<label for=\"q\">"));
        assert!(html.contains("<input id=\"q\" type=\"search\" name=\"q\""));
        assert!(html.contains(&format!("action=\"/{l}/search\"")));
        assert!(html.contains("aria-live=\"polite\""));
        assert!(html.contains("prefers-color-scheme:dark"));
        assert!(html.contains("addEventListener('input'"));
    }
    let ko = page(&server, "/ko/");
    assert!(ko.contains("4xx 클라이언트 오류") && ko.contains("찾을 수 없음"));
    let en = page(&server, "/en/");
    assert!(en.contains("4xx Client Error") && en.contains("Unofficial codes"));
}

#[test]
fn code_page_404_shows_everything() {
    let server = start(config());
    let html = page(&server, "/ko/404");
    for needle in [
        "<title>404 Not Found (찾을 수 없음)",
        "Not Found</h1>",
        "찾을 수 없음",
        "<a href=\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\">RFC 9110 §15.5.5</a>",
        "href=\"/ko/4xx\"",
        "명세",
        "콘텐츠",
        "캐시",
        "휴리스틱 캐시 가능",
        "보내는 쪽",
        "오리진 서버의 애플리케이션",
        "헤더 필드",
        "헷갈리기 쉬운 코드",
        "href=\"/ko/vs/404/410\"",
        "href=\"/ko/410\"",
        "curl -i http://127.0.0.1:8080/404",
        "href=\"/404\"",
        "href=\"/api/v1/codes/404\"",
    ] {
        assert!(html.contains(needle), "/ko/404: {needle}");
    }
    let info = StatusCode::NOT_FOUND.info().unwrap();
    assert!(html.contains(info.description(Lang::Ko)));
    let en = page(&server, "/en/404");
    assert!(en.contains(info.description(Lang::En)));
    assert!(en.contains("compare 404 with 410"));
    // Header fields and redirect behaviour where the code has them.
    let html = page(&server, "/en/401");
    assert!(html.contains("<code>WWW-Authenticate</code>") && html.contains("MUST"));
    let html = page(&server, "/en/307");
    assert!(html.contains("temporary, method and content kept"));
    let html = page(&server, "/ko/301");
    assert!(html.contains("영구, POST가 GET으로 바뀔 수 있음"));
    let html = page(&server, "/en/503");
    assert!(html.contains("retry after the time in Retry-After"));
}

#[test]
fn code_page_499_has_both_meanings() {
    let server = start(config());
    let html = page(&server, "/en/499");
    assert!(html.contains("Client Closed Request / Token Required</h1>"));
    assert!(html.contains("499 has 2 meanings"));
    assert!(html.contains("id=\"m1\"") && html.contains("id=\"m2\""));
    for needle in ["nginx", "Esri ArcGIS", "unofficial", "400 Bad Request"] {
        assert!(html.contains(needle), "{needle}");
    }
    let ko = page(&server, "/ko/499");
    assert!(ko.contains("499에는 뜻이 2개 있습니다"));
    // Unofficial codes outside 100–599 have a page but no test route to try.
    let html = page(&server, "/en/999");
    assert!(html.contains("LinkedIn") && !html.contains("href=\"/999\""));
}

/// The facts the text review added: conditional header rules (a "When" column), a label
/// the vendor never gave, the temporary registration, alias origins, the internal sender,
/// and inline code as `<code>` with no backtick left.
#[test]
fn code_pages_show_the_reviewed_facts() {
    let server = start(config());
    let html = page(&server, "/en/206");
    assert!(html.contains("<th scope=\"col\">When</th>"), "/en/206");
    assert!(html.contains("<td>when a single part is sent</td>"));
    assert!(html.contains("if a 200 to the same request would carry it"));
    let html = page(&server, "/ko/304");
    assert!(html.contains("같은 요청에 200으로 답했다면 들어갔을 때"));
    let html = page(&server, "/en/460");
    assert!(html.contains("(Client Closed Connection)</h1>"));
    assert!(html.contains("the vendor gives no reason phrase"));
    let html = page(&server, "/ko/104");
    assert!(html.contains("IANA 임시 등록(RFC 7120): 2024-11-13 등록"));
    assert!(html.contains("IANA 레지스트리에서 확인해야 합니다"));
    let html = page(&server, "/en/405");
    assert!(
        html.contains("Not Allowed <span class=\"mu\">(nginx)</span>"),
        "/en/405"
    );
    let html = page(&server, "/en/494");
    assert!(html.contains("neither sent nor logged"));
    let html = page(&server, "/en/598");
    assert!(html.contains("none (an undocumented convention)"));
    for path in ["/ko/429", "/en/429", "/ko/413", "/en/497", "/ko/vs/429/503"] {
        let html = page(&server, path);
        assert!(!html.contains('`'), "{path}: a raw backtick");
        assert!(html.contains("<code>"), "{path}");
    }
    assert!(page(&server, "/ko/429").contains("<code>limit_req</code>"));
    // No page of any code shows a raw backtick, in either language.
    let mut numbers: Vec<u16> = httpstatus::entries()
        .iter()
        .map(|i| i.code.as_u16())
        .collect();
    numbers.dedup();
    for n in numbers {
        for lang in ["ko", "en"] {
            let path = format!("/{lang}/{n}");
            assert!(
                !page(&server, &path).contains('`'),
                "{path}: a raw backtick"
            );
        }
    }
}

/// `/ko/0`: not a status code, with the note on what a status of 0 means.
#[test]
fn status_zero_page() {
    let server = start(config());
    for (path, needle) in [
        ("/ko/0", "상태 0: HTTP 응답 없음"),
        ("/en/000", "Status 0: no HTTP response"),
    ] {
        let resp = get(&server, path, &[]);
        assert_eq!(resp.head.code, 404, "{path}");
        let html = resp.text();
        assert!(html.contains(needle), "{path}");
        assert!(html.contains("<code>AbortController</code>"), "{path}");
        assert!(!html.contains('`'), "{path}");
    }
    assert!(!get(&server, "/en/42", &[]).text().contains("Status 0"));
}

/// A vendor that gives no reason phrase gets an empty one on the status line, not our
/// descriptive label; a vendor's own phrase goes on it.
#[test]
fn descriptive_labels_stay_off_the_status_line() {
    let server = start(config());
    for (code, line) in [
        (460, "HTTP/1.1 460 \r\n"),
        (530, "HTTP/1.1 530 \r\n"),
        (561, "HTTP/1.1 561 Unauthorized\r\n"),
        (499, "HTTP/1.1 499 Client Closed Request\r\n"),
    ] {
        let raw = server.raw(
            format!("GET /{code} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        let text = String::from_utf8_lossy(&raw);
        assert!(text.starts_with(line), "{code}: {text}");
    }
}

#[test]
fn class_page() {
    let server = start(config());
    let html = page(&server, "/ko/4xx");
    assert!(html.contains("<h1>4xx 클라이언트 오류</h1>"));
    assert!(html.contains(httpstatus::Class::ClientError.description().ko));
    assert!(html.contains("href=\"/ko/404\"") && html.contains("data-c=\"499\""));
    assert!(html.contains("400 Bad Request로 처리합니다"));
    assert!(html.contains("href=\"/ko/3xx\"") && html.contains("href=\"/ko/5xx\""));
    let en = page(&server, "/en/1xx");
    assert!(en.contains("<h1>1xx Informational</h1>") && !en.contains("rel=\"prev\""));
    for bad in ["/ko/6xx", "/ko/0xx", "/ko/4XX"] {
        assert_eq!(get(&server, bad, &[]).head.code, 404, "{bad}");
    }
}

#[test]
fn comparison_pages() {
    let server = start(config());
    let html = page(&server, "/ko/vs/401/403");
    assert!(html.contains("401 Unauthorized vs 403 Forbidden"));
    assert!(html.contains("<th scope=\"row\">헤더 필드</th>"));
    assert!(html.contains("<code>WWW-Authenticate</code> (MUST)"));
    assert_eq!(html.matches("<th scope=\"col\">").count(), 2);
    let html = page(&server, "/en/vs/404/410/403");
    assert_eq!(html.matches("<th scope=\"col\">").count(), 3);
    // Every meaning of 499 is a column; repeated codes count once.
    let html = page(&server, "/en/vs/499/408/499");
    assert_eq!(html.matches("<th scope=\"col\">").count(), 3);
    // Not a comparison.
    for (path, needle) in [
        ("/ko/vs/401", "2개에서 6개"),
        ("/en/vs/401/401", "two to six"),
        ("/en/vs/400/401/402/403/404/405/406", "two to six"),
        ("/en/vs/401/471", "471: an unassigned status code"),
        ("/en/vs/401/abc", "Page not found"),
    ] {
        let resp = get(&server, path, &[]);
        assert_eq!(resp.head.code, 404, "{path}");
        assert!(resp.text().contains(needle), "{path}: {needle}");
    }
}

/// The code of the first result on a search page.
fn first_result(html: &str) -> &str {
    let list = &html[html.find("<ol class=\"codes\">").expect("results")..];
    let at = list.find("data-c=\"").unwrap() + "data-c=\"".len();
    &list[at..at + 3]
}

#[test]
fn server_side_search() {
    let server = start(config());
    let html = page(&server, "/en/search?q=not+found");
    assert_eq!(first_result(&html), "404");
    assert!(html.contains("value=\"not found\""));
    let q = "%EC%B0%BE%EC%9D%84+%EC%88%98+%EC%97%86%EC%9D%8C"; // 찾을 수 없음
    let html = page(&server, &format!("/ko/search?q={q}"));
    assert_eq!(first_result(&html), "404");
    assert!(html.contains("검색 결과: “찾을 수 없음”"));
    // /{lang}/?q= is the same search.
    assert_eq!(first_result(&page(&server, "/ko/?q=not+found")), "404");
    assert_eq!(
        first_result(&page(&server, "/en/search?q=Not+Fuond")),
        "404"
    );
    let html = page(&server, "/en/search?q=4o4");
    assert_eq!(first_result(&html), "404");
    assert!(html.contains("typo"));
    // The form alone, a miss, and an unassigned code.
    let html = page(&server, "/ko/search");
    assert!(html.contains("<h1>검색</h1>"));
    let html = page(&server, "/en/search?q=zzqxw");
    assert!(html.contains("No code matches"));
    let html = page(&server, "/en/search?q=471");
    assert!(html.contains("class 4xx") || html.contains("4xx Client Error"));
    assert!(html.contains("400 Bad Request"));
    // The language switch keeps the query.
    let html = page(&server, "/en/search?q=not+found");
    assert!(html.contains("href=\"/ko/search?q=not+found\""));
}

#[test]
fn everything_is_escaped() {
    let server = start(config());
    let html = page(
        &server,
        "/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E",
    );
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;"));
    let resp = get(&server, "/en/%3Cb%3E", &[]);
    assert_eq!(resp.head.code, 404);
    assert!(!resp.text().contains("<b>"));
}

#[test]
fn missing_pages_still_explain() {
    let server = start(config());
    let resp = get(&server, "/ko/471", &[]);
    assert_eq!(resp.head.code, 404);
    let html = resp.text();
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"ko\">"));
    for needle in [
        "471: 할당되지 않은 상태 코드",
        "4xx 클라이언트 오류",
        "400 Bad Request로 처리합니다",
        "x00 규칙",
        "가까운 코드",
        "href=\"/en/471\"",
    ] {
        assert!(html.contains(needle), "/ko/471: {needle}");
    }
    assert_headings_in_order(&html, "/ko/471");
    let html = get(&server, "/en/650", &[]).text();
    assert!(html.contains("not a valid status code") && html.contains("500"));
    let html = get(&server, "/en/42", &[]).text();
    assert!(html.contains("is not a status code"));
    for path in ["/ko/foo", "/en/404/", "/en/vs", "/ko/search/more"] {
        let resp = get(&server, path, &[]);
        assert_eq!(resp.head.code, 404, "{path}");
        assert!(resp.text().contains("<form"), "{path}");
    }
}

/// Stored pages are answered without a request future once the store is rendered; those
/// answers are byte for byte the general path's (`?_=1`, ignored by stored pages, forces
/// it), in every coding, for `HEAD`, and for a matching `If-None-Match`.
#[test]
fn ready_pages_are_the_general_answers() {
    let server = start(config());
    let raw = |method: &str, target: &str, headers: &[&str]| {
        server.exchange_undated(method, target, "HTTP/1.1", headers)
    };
    // The first page request renders the store (the general path waits for it).
    assert!(raw("GET", "/en/", &[]).starts_with("HTTP/1.1 200 OK\r\n"));
    let etag = get(&server, "/ko/404", &[])
        .head
        .header("etag")
        .unwrap()
        .to_owned();
    let if_none_match = format!("If-None-Match: {etag}");
    for path in [
        "/en/", "/ko/", "/ko/404", "/en/418", "/en/4xx", "/ko/5xx", "/ko/499",
    ] {
        for method in ["GET", "HEAD"] {
            for headers in [
                vec![],
                vec!["Accept-Encoding: gzip"],
                vec!["Accept-Encoding: br, gzip"],
                vec!["Origin: https://app.test"],
                vec![if_none_match.as_str()],
            ] {
                let ready = raw(method, path, &headers);
                let general = raw(method, &format!("{path}?_=1"), &headers);
                assert!(ready.starts_with("HTTP/1.1 "), "{ready}");
                assert_eq!(ready, general, "{method} {path} {headers:?}");
            }
        }
    }
    let not_modified = raw("GET", "/ko/404", &[&if_none_match]);
    assert!(
        not_modified.starts_with("HTTP/1.1 304 Not Modified\r\n"),
        "{not_modified}"
    );
}

/// The content of every `<{tag}>` element of a page.
fn inline(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    html.split(&open)
        .skip(1)
        .filter_map(|s| s.split_once(&close).map(|(content, _)| content.to_owned()))
        .collect()
}

/// A CSP hash source for `content`, computed here independently of the server's code.
fn sha256_source(content: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, content.as_bytes());
    format!("'sha256-{}'", data_encoding::BASE64.encode(digest.as_ref()))
}

#[test]
fn pages_carry_a_strict_content_security_policy() {
    let server = start(config());
    for path in [
        "/ko/",
        "/en/",
        "/en/404",
        "/ko/4xx",
        "/en/vs/401/403",
        "/ko/search?q=gone",
        "/en/?q=404",
        "/en/471",
        "/en/nothing/here",
        "/ko/choose/",
        "/en/choose/nowhere/",
    ] {
        for coding in ["identity", "gzip"] {
            let resp = get(&server, path, &[&format!("Accept-Encoding: {coding}")]);
            let html = if coding == "gzip" && resp.head.header("content-encoding").is_some() {
                String::from_utf8(gunzip(&resp.body)).unwrap()
            } else {
                resp.text()
            };
            let policy = resp
                .head
                .header("content-security-policy")
                .unwrap_or_else(|| panic!("{path}: no CSP"))
                .to_owned();
            let directives: Vec<&str> = policy.split("; ").collect();
            assert_eq!(directives[0], "default-src 'none'", "{path}");
            assert!(!policy.contains("unsafe-"), "{path}: {policy}");
            assert!(directives.contains(&"frame-ancestors 'none'"));
            assert!(directives.contains(&"base-uri 'none'"));
            // Exactly the page's inline scripts and styles, by hash: nothing else runs.
            for (tag, directive) in [("script", "script-src"), ("style", "style-src")] {
                let hashes: Vec<String> = inline(&html, tag)
                    .iter()
                    .map(|c| sha256_source(c))
                    .collect();
                let want = if hashes.is_empty() {
                    format!("{directive} 'none'")
                } else {
                    format!("{directive} {}", hashes.join(" "))
                };
                assert!(
                    directives.contains(&want.as_str()),
                    "{path}: {want} in {policy}"
                );
            }
            assert!(
                !html.contains(" style=\""),
                "{path}: no inline style attributes"
            );
            assert!(!html.contains("<script src"), "{path}");
        }
    }
    // The index has its live filter; code pages have no script at all.
    assert!(
        get(&server, "/en/", &[])
            .head
            .header("content-security-policy")
            .unwrap()
            .contains("script-src 'sha256-")
    );
    assert!(
        get(&server, "/en/404", &[])
            .head
            .header("content-security-policy")
            .unwrap()
            .contains("script-src 'none'")
    );
    // The status routes and the API are not pages: no CSP.
    assert!(
        get(&server, "/200", &["Accept: text/html"])
            .head
            .header("content-security-policy")
            .is_none()
    );
}

#[test]
fn favicon_is_served_and_linked() {
    let server = start(config());
    let icon = get(&server, "/favicon.ico", &[]);
    assert_eq!(icon.head.code, 200);
    assert_eq!(
        icon.head.header("content-type"),
        Some("image/vnd.microsoft.icon")
    );
    assert_eq!(
        icon.body,
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/favicon.ico")).unwrap()
    );
    assert_eq!(&icon.body[..4], &[0, 0, 1, 0], "an ICO file");
    let etag = icon.head.header("etag").unwrap().to_owned();
    let again = get(
        &server,
        "/favicon.ico",
        &[&format!("If-None-Match: {etag}")],
    );
    assert_eq!(again.head.code, 304);
    assert_eq!(server.request("HEAD", "/favicon.ico", &[]).head.code, 200);
    let post = server.request("POST", "/favicon.ico", &[]);
    assert_eq!(
        (post.head.code, post.head.header("allow")),
        (405, Some("GET, HEAD, OPTIONS"))
    );
    for path in ["/ko/", "/en/404", "/en/nothing"] {
        assert!(page_or_404(&server, path).contains("<link rel=\"icon\" href=\"/favicon.ico\""));
    }
}

fn page_or_404(server: &TestServer, path: &str) -> String {
    get(server, path, &[]).text()
}

#[test]
fn robots_and_sitemap_need_a_public_url() {
    let plain = start(config());
    for path in ["/robots.txt", "/sitemap.xml"] {
        assert_eq!(
            get(&plain, path, &[]).head.code,
            404,
            "{path} without --public-url"
        );
    }
    let base = "http://status.example.test:8080";
    let server = start(Config {
        public_url: Some(base.parse().unwrap()),
        ..config()
    });
    let robots = get(&server, "/robots.txt", &[]);
    assert_eq!(robots.head.code, 200);
    assert_eq!(
        robots.head.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    let text = robots.text();
    assert!(
        text.contains(&format!("\nSitemap: {base}/sitemap.xml\n")),
        "{text}"
    );
    assert!(text.contains("\nAllow: /ko/\n") && text.contains("\nAllow: /en/\n"));
    assert!(
        text.contains("\nDisallow: /\n"),
        "the test routes are not for crawlers"
    );
    let sitemap = get(&server, "/sitemap.xml", &[]);
    assert_eq!(sitemap.head.code, 200);
    assert_eq!(
        sitemap.head.header("content-type"),
        Some("application/xml; charset=utf-8")
    );
    let xml = sitemap.text();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""));
    let locs: Vec<&str> = xml
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap())
        .collect();
    // Every page in both languages: the index, the five classes, every code.
    let codes = {
        let mut c: Vec<u16> = httpstatus::entries()
            .iter()
            .map(|i| i.code.as_u16())
            .collect();
        c.dedup();
        c
    };
    // And every step of the decision guide: each prefix of each walk's answers.
    let mut steps = std::collections::BTreeSet::new();
    for walk in httpstatus::guide::walks() {
        let mut rest = "choose/".to_owned();
        steps.insert(rest.clone());
        for id in walk.answer_ids() {
            rest.push_str(id);
            rest.push('/');
            steps.insert(rest.clone());
        }
    }
    assert_eq!(
        locs.len(),
        2 * (1 + 5 + codes.len() + steps.len()),
        "{} URLs",
        locs.len()
    );
    for step in &steps {
        assert!(
            locs.contains(&format!("{base}/ko/{step}").as_str()),
            "{step}"
        );
    }
    for lang in ["ko", "en"] {
        assert!(locs.contains(&format!("{base}/{lang}/").as_str()));
        assert!(locs.contains(&format!("{base}/{lang}/4xx").as_str()));
        for code in &codes {
            assert!(
                locs.contains(&format!("{base}/{lang}/{code}").as_str()),
                "{lang} {code}"
            );
        }
    }
    // Each URL is a page this server serves (a sample: every seventh).
    for loc in locs.iter().step_by(7) {
        let path = loc.strip_prefix(base).unwrap();
        assert_eq!(get(&server, path, &[]).head.code, 200, "{loc}");
    }
    assert_eq!(xml.matches("hreflang=\"x-default\"").count(), locs.len());
    // Never from Host: a request naming another host gets the same files and links.
    for path in ["/robots.txt", "/sitemap.xml", "/en/404"] {
        let other = server.raw(
            format!("GET {path} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        );
        let other = support::parse(&other, false).unwrap();
        assert_eq!(other.head.code, 200, "{path}");
        assert!(!other.text().contains("evil"), "{path}");
        assert!(other.text().contains(base), "{path}");
    }
}
