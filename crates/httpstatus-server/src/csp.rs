//! The `Content-Security-Policy` of the reference pages. The test routes share the pages'
//! origin and send whatever a caller asks for, so a page allows nothing but its own
//! inline script and stylesheet, each by the SHA-256 hash of its content (CSP Level 3
//! hash sources), computed from the rendered page: a new page or a changed script gets a
//! right policy with nothing to copy by hand.

/// The policy for a rendered HTML page: `default-src 'none'`, its inline `<script>` and
/// `<style>` elements by hash, images (the icon), form submissions and `fetch()` (tools
/// such as Lighthouse read `/robots.txt` from the page) to this origin only, no `<base>`,
/// no framing.
pub(crate) fn policy(html: &str) -> String {
    let scripts = sources(html, "script");
    let styles = sources(html, "style");
    format!(
        "default-src 'none'; script-src {scripts}; style-src {styles}; img-src 'self'; \
         connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
}

/// `'sha256-…'` for the content of every `<{tag}>` element without attributes (how the
/// pages write them; maud escapes `<` in text, so only the templates make such tags), or
/// `'none'`.
fn sources(html: &str, tag: &str) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let body = &rest[start + open.len()..];
        let Some(end) = body.find(&close) else {
            break;
        };
        let source = hash_source(&body[..end]);
        if !out.contains(&source) {
            out.push(source);
        }
        rest = &body[end + close.len()..];
    }
    if out.is_empty() {
        "'none'".to_owned()
    } else {
        out.join(" ")
    }
}

/// A CSP hash source: `'sha256-` + the base64 of the SHA-256 of the UTF-8 content + `'`.
fn hash_source(content: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, content.as_bytes());
    format!("'sha256-{}'", data_encoding::BASE64.encode(digest.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_every_inline_script_and_style() {
        let html = "<html><head><style>a{}</style></head><body><script>x()</script><script>y()</script><script>x()</script></body></html>";
        let p = policy(html);
        assert!(p.starts_with("default-src 'none'; "), "{p}");
        assert_eq!(
            sources(html, "script"),
            format!("{} {}", hash_source("x()"), hash_source("y()"))
        );
        assert!(p.contains(&format!("style-src {}", hash_source("a{}"))));
        assert!(!p.contains("unsafe"), "{p}");
        assert!(policy("<p>no script</p>").contains("script-src 'none'"));
    }

    #[test]
    fn hash_is_the_csp_one() {
        // The example of the CSP Level 3 specification: `alert('Hello, world.');`.
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }
}
