//! The JSON shape shared by the CLI and the server (feature `serde`).
#![cfg(feature = "serde")]

use httpstatus::StatusCode;
use serde_json::{Value, json};

fn json_of(code: u16) -> Value {
    serde_json::to_value(StatusCode::from_u16(code).unwrap().info().unwrap()).unwrap()
}

#[test]
fn every_entry_has_the_documented_keys() {
    let keys = [
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
    for info in httpstatus::entries() {
        let v = serde_json::to_value(info).unwrap();
        let obj = v.as_object().unwrap();
        let got: Vec<&str> = obj.keys().map(String::as_str).collect();
        let mut want = keys.to_vec();
        want.sort_unstable();
        let mut got_sorted = got.clone();
        got_sorted.sort_unstable();
        assert_eq!(got_sorted, want, "{}", info.code);
        for text in ["title", "summary", "description"] {
            assert!(obj[text]["ko"].is_string() && obj[text]["en"].is_string());
        }
        for list in ["ko", "en", "search_only"] {
            assert!(
                obj["keywords"][list].is_array(),
                "{} keywords.{list}",
                info.code
            );
        }
        for spec in obj["spec"].as_array().unwrap() {
            assert!(spec["url"].as_str().unwrap().starts_with("https://"));
        }
    }
}

#[test]
fn shape_of_a_redirect() {
    let v = json_of(308);
    assert_eq!(v["code"], 308);
    assert_eq!(v["class"], "3xx");
    assert_eq!(v["status"], "standard");
    assert_eq!(v["redirect"], json!({"permanent": true, "method": "keep"}));
    assert_eq!(v["heuristically_cacheable"], true);
    assert_eq!(v["content_forbidden"], false);
    assert!(
        v["headers"]
            .as_array()
            .unwrap()
            .contains(&json!({"name": "Location", "requirement": "should", "condition": null}))
    );
    assert_eq!(v["spec"][0]["document"], "RFC 9110");
    assert_eq!(v["spec"][0]["section"], "15.4.9");
    assert_eq!(
        v["spec"][0]["url"],
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9"
    );
}

#[test]
fn shape_of_unofficial_and_out_of_range_codes() {
    let v = json_of(999);
    assert_eq!(v["class"], Value::Null);
    assert_eq!(v["status"], "unofficial");
    assert!(!v["vendors"].as_array().unwrap().is_empty());
    let nginx = serde_json::to_value(&StatusCode::from_u16(499).unwrap().infos()[0]).unwrap();
    assert_eq!(nginx["vendors"][0], "nginx");
    assert_eq!(nginx["sender"], "logged-only");
}

#[test]
fn shape_of_no_content() {
    let v = json_of(204);
    assert_eq!(v["content"], "forbidden");
    assert_eq!(v["content_forbidden"], true);
    assert_eq!(v["redirect"], Value::Null);
    assert_eq!(json_of(205)["content"], "not-generated");
    assert_eq!(json_of(429)["retry"], "retry-after");
    assert_eq!(json_of(429)["cache"], "must-not-store");
}

#[test]
fn shape_of_the_new_facts() {
    let partial = json_of(206);
    let range = &partial["headers"][0];
    assert_eq!(range["name"], "Content-Range");
    assert_eq!(range["requirement"], "must");
    assert!(
        range["condition"]["en"]
            .as_str()
            .unwrap()
            .contains("single part")
    );
    assert!(range["condition"]["ko"].is_string());

    let early = json_of(104);
    assert_eq!(early["status"], "provisional");
    assert_eq!(
        early["temporary_registration"],
        json!({
            "registered": "2024-11-13",
            "extended": ["2025-09-15"],
            "expires": "2026-11-13",
            "reference": "draft-ietf-httpbis-resumable-upload-05"
        })
    );
    assert_eq!(json_of(404)["temporary_registration"], Value::Null);

    assert_eq!(
        json_of(405)["alias_origins"],
        json!({"Not Allowed": ["nginx"]})
    );
    assert_eq!(json_of(404)["alias_origins"], json!({}));

    let aws = json_of(460);
    assert_eq!(aws["descriptive_reason"], true);
    assert_eq!(aws["reason"], "(Client Closed Connection)");
    assert_eq!(json_of(561)["descriptive_reason"], false);
    assert_eq!(json_of(494)["sender"], "internal");
}

#[test]
fn a_note_serializes() {
    let v = serde_json::to_value(httpstatus::note(0).unwrap()).unwrap();
    assert_eq!(v["number"], 0);
    assert!(v["summary"]["en"].is_string() && v["description"]["ko"].is_string());
}

#[test]
fn shape_of_the_example_and_the_constants() {
    let v = json_of(304);
    let messages = v["example"]["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["from"], "client");
    assert_eq!(messages[1]["from"], "server");
    assert_eq!(messages[1]["omitted"], 0);
    assert!(
        messages[1]["text"]
            .as_str()
            .unwrap()
            .starts_with("HTTP/1.1 304 Not Modified\r\n")
    );
    assert!(v["example"]["notice"]["en"].is_string());
    let constants = v["constants"].as_array().unwrap();
    assert_eq!(constants.len(), httpstatus::ecosystems().len());
    assert_eq!(
        constants[0],
        json!({"ecosystem": "rust", "language": "Rust", "library": "http", "version": "1.5.0",
               "name": "NOT_MODIFIED", "expression": "http::StatusCode::NOT_MODIFIED",
               "phrase": "Not Modified", "differs_from_registry": false})
    );
    // No constant: every field but the ecosystem's own is null.
    let dotnet = json_of(425)["constants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ecosystem"] == "dotnet")
        .unwrap()
        .clone();
    assert_eq!(dotnet["name"], Value::Null);
    assert_eq!(dotnet["expression"], Value::Null);
    assert_eq!(dotnet["differs_from_registry"], Value::Null);
    // A code above 599 has no wire example.
    assert_eq!(json_of(999)["example"], Value::Null);
}
