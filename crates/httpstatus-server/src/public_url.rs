//! The public base URL of the reference pages (`--public-url`): where people and search
//! engines reach this server. The canonical and `hreflang` links, `robots.txt` and
//! `sitemap.xml` are made from it, never from a request's `Host` (which a client chooses).

use std::fmt;
use std::str::FromStr;

/// An absolute `http` or `https` URL with a host and nothing after it but an optional `/`,
/// kept without the trailing slash (`https://status.example.com`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// The absolute URL of `path` (which starts with `/`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The URL without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PublicUrl {
    type Err = String;

    /// Checks a base URL: `http` or `https`, a host (and port), no user information, no
    /// path (the pages link to `/ko/` and `/en/` at the root), no query, no fragment.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| {
            Err(format!(
                "{s:?} is not a public base URL: {why} (example: https://status.example.com)"
            ))
        };
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return bad("it contains spaces or control characters");
        }
        let lower = s.to_ascii_lowercase();
        let Some((scheme, rest)) = lower.split_once("://") else {
            return bad("it needs to be absolute, with http:// or https://");
        };
        if scheme != "http" && scheme != "https" {
            return bad("only http and https are served");
        }
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if authority.contains('@') {
            return bad("user information is not allowed");
        }
        if !(path.is_empty() || path == "/") {
            return bad(
                "it must not have a path, query or fragment: the pages are served at the root",
            );
        }
        let Ok(parsed) = authority.parse::<http::uri::Authority>() else {
            return bad("its host is missing or malformed");
        };
        let host = parsed.host();
        let port = authority
            .strip_prefix(host)
            .map(|after| after.strip_prefix(':').map(str::parse::<u16>));
        if host.is_empty() || !matches!(port, Some(None | Some(Ok(_)))) {
            return bad("its host or port is missing or malformed");
        }
        // Scheme and host are case-insensitive: one spelling for every link.
        Ok(PublicUrl(format!("{scheme}://{authority}")))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn good_urls_are_normalised() {
        for (given, kept) in [
            ("https://status.example.com", "https://status.example.com"),
            ("https://status.example.com/", "https://status.example.com"),
            ("HTTP://Example.COM:8080/", "http://example.com:8080"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://[::1]:8080/", "http://[::1]:8080"),
        ] {
            let url: PublicUrl = given.parse().unwrap();
            assert_eq!(url.as_str(), kept, "{given}");
        }
        let url: PublicUrl = "https://x.test".parse().unwrap();
        assert_eq!(url.join("/ko/404"), "https://x.test/ko/404");
    }

    #[test]
    fn bad_urls_say_why() {
        for bad in [
            "",
            "status.example.com",
            "/ko/",
            "ftp://example.com",
            "https://",
            "https:///path",
            "https://user@example.com",
            "https://example.com/httpstatus",
            "https://example.com/?x=1",
            "https://example.com#top",
            "https://exa mple.com",
            "https://example.com:",
            "https://example.com:port",
            "https://example.com:99999",
            "javascript://alert(1)",
        ] {
            let err = bad.parse::<PublicUrl>().unwrap_err();
            assert!(err.contains("not a public base URL"), "{bad:?}: {err}");
        }
    }
}
