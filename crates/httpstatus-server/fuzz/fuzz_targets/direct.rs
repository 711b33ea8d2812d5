//! Fuzzes the reader that answers ready requests before hyper (`direct.rs`): every new or
//! parked plain HTTP/1.1 connection's bytes pass through it. Nothing may panic, and what it
//! takes as a ready request must be one: a whole head of exactly the length it says, `GET`
//! or `HEAD` on HTTP/1.1, an origin-form path without a query that the `http` crate (hyper's
//! URI parser) reads as the same path, exactly one `Host`, and no field that needs hyper.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// Fields after which hyper must have the request.
const HYPERS: [&str; 10] = [
    "content-length",
    "transfer-encoding",
    "expect",
    "upgrade",
    "range",
    "if-none-match",
    "if-modified-since",
    "if-match",
    "if-unmodified-since",
    "x-httpstatus-sleep",
];

fuzz_target!(|data: &[u8]| {
    let Some((len, close)) = httpstatus_server::ready_request_at_start(data) else {
        return;
    };
    assert!(len <= data.len(), "{len} > {}", data.len());
    let mut fields = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut fields);
    match req.parse(&data[..len]) {
        Ok(httparse::Status::Complete(n)) => assert_eq!(n, len),
        other => panic!("taken as a ready request, but httparse says {other:?}"),
    }
    assert_eq!(req.version, Some(1));
    assert!(
        matches!(req.method, Some("GET" | "HEAD")),
        "{:?}",
        req.method
    );
    let path = req.path.unwrap_or_default();
    assert!(path.starts_with('/') && !path.contains('?'), "{path}");
    let uri: http::Uri = path.parse().expect("the http crate reads the path");
    assert_eq!(uri.path(), path);
    let mut hosts = 0;
    let mut closes = false;
    for f in req.headers.iter() {
        let name = f.name.to_ascii_lowercase();
        assert!(!HYPERS.contains(&name.as_str()), "{name}");
        assert!(!name.starts_with("x-httpstatus-"), "{name}");
        if name == "host" {
            hosts += 1;
        }
        if name == "connection" {
            let value = String::from_utf8_lossy(f.value).to_ascii_lowercase();
            closes |= value.split(',').any(|o| o.trim() == "close");
        }
    }
    assert_eq!(hosts, 1);
    assert_eq!(close, closes);
});
