//! `/robots.txt` and `/sitemap.xml`, served when the server has a public base URL
//! (`--public-url`): crawlers may read the reference pages and are kept off the test
//! routes, which answer whatever they are asked; the sitemap lists every stored page and
//! every step of the decision guide, in both languages, with their `hreflang` alternates.

use crate::describe::escape;
use crate::public_url::PublicUrl;
use crate::rep::Rep;

/// The paths served here.
pub(crate) const PATHS: [&str; 2] = ["/robots.txt", "/sitemap.xml"];

/// Every step of the decision guide (`choose/`, `choose/client-fault/` …), each once.
pub(crate) fn guide_steps() -> Vec<String> {
    let mut steps = std::collections::BTreeSet::new();
    for walk in httpstatus::guide::walks() {
        let rest = crate::pages::choose::rest_of(&walk);
        for (i, _) in rest.match_indices('/') {
            steps.insert(rest[..=i].to_owned());
        }
    }
    steps.into_iter().collect()
}

/// Both files, for the page paths `pages` (API documents among them are skipped).
pub(crate) fn files<'a>(
    base: &PublicUrl,
    pages: impl Iterator<Item = &'a str>,
) -> [(&'static str, Rep); 2] {
    [
        (
            PATHS[0],
            Rep::file("text/plain; charset=utf-8", robots(base).into_bytes()),
        ),
        (
            PATHS[1],
            Rep::file(
                "application/xml; charset=utf-8",
                sitemap(base, pages).into_bytes(),
            ),
        ),
    ]
}

/// Crawlers may read `/ko/` and `/en/` (not their search results, at `search?q=` and at
/// `?q=` on the index) and the icon; nothing else (the test routes, the API).
fn robots(base: &PublicUrl) -> String {
    format!(
        "# httpstatus: the reference pages may be crawled; the test routes (/200, /status/…,\n\
         # /echo …) answer whatever they are asked and the API repeats the pages' data.\n\
         User-agent: *\n\
         Allow: /ko/\n\
         Allow: /en/\n\
         Allow: /favicon.ico\n\
         Disallow: /ko/search\n\
         Disallow: /en/search\n\
         Disallow: /ko/?q=\n\
         Disallow: /en/?q=\n\
         Disallow: /\n\
         \n\
         Sitemap: {}\n",
        base.join("/sitemap.xml")
    )
}

/// Every page under `/ko/` whose twin under `/en/` exists too, and the other way round,
/// each with its alternates (sitemaps.org protocol with `xhtml:link`).
fn sitemap<'a>(base: &PublicUrl, pages: impl Iterator<Item = &'a str>) -> String {
    let mut paths: Vec<&str> = pages
        .filter(|p| p.starts_with("/ko/") || p.starts_with("/en/"))
        .collect();
    paths.sort_by_key(|p| (&p[4..], &p[..4]));
    let url = |p: &str| escape(&base.join(p));
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in &paths {
        let rest = &path[4..];
        out.push_str(&format!("<url><loc>{}</loc>", url(path)));
        for lang in ["ko", "en"] {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                url(&format!("/{lang}/{rest}"))
            ));
        }
        let x_default = if rest.is_empty() {
            "/".to_owned()
        } else {
            format!("/en/{rest}")
        };
        out.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/></url>\n",
            url(&x_default)
        ));
    }
    out.push_str("</urlset>\n");
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn robots_points_at_the_sitemap_and_keeps_crawlers_off_the_test_routes() {
        let base: PublicUrl = "https://status.example.com".parse().unwrap();
        let text = robots(&base);
        assert!(text.contains("\nSitemap: https://status.example.com/sitemap.xml\n"));
        assert!(text.contains("\nAllow: /ko/\n") && text.contains("\nDisallow: /\n"));
    }

    #[test]
    fn every_guide_step_is_listed_once() {
        let steps = guide_steps();
        assert_eq!(steps[0], "choose/");
        assert!(steps.len() > httpstatus::guide::walks().count());
        assert!(
            steps
                .iter()
                .all(|s| s.starts_with("choose/") && s.ends_with('/'))
        );
    }

    #[test]
    fn sitemap_lists_both_languages_with_alternates() {
        let base: PublicUrl = "https://s.test".parse().unwrap();
        let xml = sitemap(
            &base,
            ["/en/404", "/ko/404", "/ko/", "/en/", "/api/v1/classes"].into_iter(),
        );
        assert_eq!(xml.matches("<url>").count(), 4);
        assert!(!xml.contains("/api/"));
        assert!(xml.contains("<loc>https://s.test/ko/404</loc>"));
        assert!(xml.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://s.test/\"/>"
        ));
    }
}
