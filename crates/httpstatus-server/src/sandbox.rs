//! No script from a caller on our origin. The reference pages share this origin, and some
//! routes let a link choose the response's fields or content: `/response-headers?
//! Content-Type=text/html&x=<img onerror=…>`, `X-HttpStatus-Response-Content-Type`, the
//! echo routes. go-httpbin's CVE-2025-45286 (GHSA-528q-4pgm-wvg2) was exactly that. Each
//! such response carries `Content-Security-Policy: sandbox`, which gives the document a
//! unique opaque origin and no scripts (CSP Level 3 §6.3.2), and `X-Content-Type-Options:
//! nosniff`, which keeps a browser from reading it as another type (the Fetch standard). The
//! client still sees every field it chose: ours are added beside them.

use http::header::{self, HeaderMap, HeaderValue};

/// The policy: a sandbox with no permissions.
pub(crate) const POLICY: &str = "sandbox";

/// Adds the sandbox policy and `nosniff` to a response a caller shaped. `nosniff` goes
/// first: a browser reads only the first `X-Content-Type-Options` value (Fetch, "determine
/// nosniff"); a caller's policy stays, and browsers enforce every policy a response has.
pub(crate) fn confine(h: &mut HeaderMap) {
    let theirs: Vec<HeaderValue> = h
        .get_all(header::X_CONTENT_TYPE_OPTIONS)
        .iter()
        .filter(|v| *v != "nosniff")
        .cloned()
        .collect();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    for v in theirs {
        h.append(header::X_CONTENT_TYPE_OPTIONS, v);
    }
    let ours = h
        .get_all(header::CONTENT_SECURITY_POLICY)
        .iter()
        .any(|v| v == POLICY);
    if !ours {
        h.append(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(POLICY),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ours_beside_the_callers() {
        let mut h = HeaderMap::new();
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("sniff-away"),
        );
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src *"),
        );
        confine(&mut h);
        let xcto: Vec<_> = h.get_all(header::X_CONTENT_TYPE_OPTIONS).iter().collect();
        assert_eq!(xcto, ["nosniff", "sniff-away"]);
        let csp: Vec<_> = h.get_all(header::CONTENT_SECURITY_POLICY).iter().collect();
        assert_eq!(csp, ["script-src *", "sandbox"]);
        confine(&mut h);
        assert_eq!(h.get_all(header::CONTENT_SECURITY_POLICY).iter().count(), 2);
        assert_eq!(h.get_all(header::X_CONTENT_TYPE_OPTIONS).iter().count(), 2);
    }
}
