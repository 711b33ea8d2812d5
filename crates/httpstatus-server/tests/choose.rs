//! The decision guide on a real socket: every step's page in both languages, the 400 and
//! 404 pages for paths that name no step, the links from the index and the code pages,
//! and `GET /api/v1/choose`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeMap;

use httpstatus::Lang;
use httpstatus::guide::{self, Walk};
use serde_json::Value;
use support::{TestServer, config, start};

fn path_of(lang: Lang, walk: &Walk) -> String {
    let mut p = format!("/{}/choose/", lang.as_str());
    for id in walk.answer_ids() {
        p.push_str(id);
        p.push('/');
    }
    p
}

fn html(server: &TestServer, path: &str, status: u16) -> String {
    let resp = server.request("GET", path, &[]);
    assert_eq!(resp.head.code, status, "{path}: {}", resp.text());
    assert_eq!(
        resp.head.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{path}"
    );
    resp.text()
}

/// The `href`s of a page.
fn links(page: &str) -> Vec<&str> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect()
}

#[test]
fn every_step_has_a_page_in_both_languages() {
    let server = start(config());
    let mut steps: BTreeMap<String, (Lang, Walk)> = BTreeMap::new();
    for walk in guide::walks() {
        let mut w = walk;
        loop {
            for lang in Lang::ALL {
                steps.insert(path_of(lang, &w), (lang, w));
            }
            if !w.back() {
                break;
            }
        }
    }
    for (path, (lang, walk)) in &steps {
        let path = path.as_str();
        let page = html(&server, path, 200);
        assert!(
            page.contains(&format!("<html lang=\"{}\"", lang.as_str())),
            "{path}"
        );
        assert!(
            !page.contains("<script"),
            "{path}: works without JavaScript"
        );
        let hrefs = links(&page);
        match walk.node() {
            guide::Node::Question(q) => {
                assert!(page.contains(q.text.get(*lang)), "{path}");
                // Each answer is a link to the next step.
                for a in q.answers {
                    let next = format!("{path}{}/", a.id);
                    assert!(hrefs.contains(&next.as_str()), "{path}: no link to {next}");
                }
                for s in q.spec {
                    assert!(hrefs.contains(&s.url), "{path}: cites {s}");
                }
            }
            guide::Node::Outcome(o) => {
                for &code in o.codes {
                    let code_page = format!("/{}/{}", lang.as_str(), code.as_u16());
                    assert!(hrefs.contains(&code_page.as_str()), "{path}: {code_page}");
                }
                assert!(
                    hrefs.iter().any(|h| h.starts_with(&format!(
                        "/{}/vs/{}/",
                        lang.as_str(),
                        o.code().as_u16()
                    ))),
                    "{path}: a comparison of the close alternatives"
                );
            }
        }
        // The answers so far link back to each earlier step.
        let mut at = Walk::new();
        for id in walk.answer_ids() {
            let back = path_of(*lang, &at);
            assert!(
                hrefs.contains(&back.as_str()),
                "{path}: no link back to {back}"
            );
            at.answer(id).unwrap();
        }
    }
    println!("{} step pages", steps.len());
}

#[test]
fn paths_that_name_no_step() {
    let server = start(config());
    // Not an answer name: 400, with the answers of the question where it stopped.
    let page = html(&server, "/en/choose/client-fault/WHO/", 400);
    assert!(page.contains("What is the problem?"), "{page}");
    assert!(links(&page).contains(&"/en/choose/client-fault/who/"));
    html(&server, "/ko/choose/3/", 400);
    html(&server, "/en/choose/%41/", 400);
    // A well-formed name that does not answer the question: 404, same help.
    let page = html(&server, "/ko/choose/client-fault/sideways/", 404);
    assert!(page.contains("무엇이 문제인가요?"));
    assert!(page.contains("sideways"));
    // Past the end of a walk: 404 that points at the result.
    let page = html(&server, "/en/choose/client-fault/legal/more/", 404);
    assert!(links(&page).contains(&"/en/choose/client-fault/legal/"));
    // Without the trailing slash the step is still found.
    let page = html(&server, "/en/choose/client-fault/who", 200);
    assert!(page.contains("Did the request carry valid credentials?"));
    html(&server, "/en/choose", 200);
}

#[test]
fn index_and_code_pages_link_to_the_guide() {
    let server = start(config());
    for lang in ["ko", "en"] {
        let index = html(&server, &format!("/{lang}/"), 200);
        assert!(links(&index).contains(&format!("/{lang}/choose/").as_str()));
        // The 404 page links to the question that weighs 404 against its alternatives.
        let page = html(&server, &format!("/{lang}/404"), 200);
        let step = links(&page)
            .into_iter()
            .find(|h| h.starts_with(&format!("/{lang}/choose/")))
            .expect("a link to the guide")
            .to_owned();
        let question = html(&server, &step, 200);
        assert!(
            links(&question).contains(&format!("{step}nothing/").as_str()),
            "{step} offers the answer that leads to 404"
        );
        // A code the guide does not lead to links to its start.
        let teapot = html(&server, &format!("/{lang}/418"), 200);
        assert!(links(&teapot).contains(&format!("/{lang}/choose/").as_str()));
    }
}

#[test]
fn api_choose_is_the_graph() {
    let server = start(config());
    let resp = server.request("GET", "/api/v1/choose", &[]);
    assert_eq!(resp.head.code, 200);
    assert_eq!(resp.head.header("content-type"), Some("application/json"));
    let v: Value = serde_json::from_slice(&resp.body).unwrap();
    assert_eq!(v, serde_json::to_value(guide::graph()).unwrap());
    assert_eq!(
        v["questions"].as_array().unwrap().len(),
        guide::questions().len()
    );
    assert!(resp.head.header("etag").is_some());
}
