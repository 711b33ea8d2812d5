//! The API entry and the code pages carry the wire example and the ecosystem constants,
//! on a real socket.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::Value;
use support::{config, start};

#[test]
fn api_entry_has_the_example_recorded_from_this_server_and_every_ecosystem() {
    let server = start(config());
    let resp = server.get("/api/v1/codes/416");
    assert_eq!(resp.head.code, 200);
    let entries: Value = serde_json::from_slice(&resp.body).unwrap();
    let e = &entries[0];
    let messages = e["example"]["messages"].as_array().unwrap();
    let request = messages[0]["text"].as_str().unwrap();
    assert!(
        request.contains("\r\nRange: bytes=5000-5999\r\n"),
        "{request}"
    );
    let answer = messages.last().unwrap()["text"].as_str().unwrap();
    assert!(
        answer.contains("\r\ncontent-range: bytes */1000\r\n"),
        "{answer}"
    );
    // The example is what this very server answers (Date aside).
    let live = server.request("GET", "/416", &["Range: bytes=5000-5999"]);
    assert_eq!(live.head.code, 416);
    assert_eq!(live.head.header("content-range"), Some("bytes */1000"));
    assert_eq!(
        e["constants"].as_array().unwrap().len(),
        httpstatus::ecosystems().len()
    );
}

#[test]
fn code_pages_end_with_both_sections_in_each_language() {
    let server = start(config());
    for (lang, wire, code) in [
        ("ko", "전송되는 모습", "코드에서 쓰는 이름"),
        ("en", "On the wire", "In your code"),
    ] {
        let page = server.get(&format!("/{lang}/429")).text();
        assert!(page.contains(wire) && page.contains(code), "/{lang}/429");
        assert!(page.contains("retry-after: 5"), "/{lang}/429");
        assert!(page.contains("http.StatusTooManyRequests"), "/{lang}/429");
        // An unofficial code no library names gets the exchange but no constants table.
        let page = server.get(&format!("/{lang}/520")).text();
        assert!(page.contains(wire) && !page.contains(code), "/{lang}/520");
    }
}
