//! The decision guide (`data/decision-guide.toml`): freshness of the generated file, the
//! rules of `docs/decision-guide.md`, and a walk down every path.

use std::collections::BTreeSet;

use httpstatus_codegen::guide::graph::{Graph, Node};
use httpstatus_codegen::guide::{self, Guide};
use httpstatus_codegen::model::Data;
use httpstatus_codegen::validate::forbidden_from_glossary;

fn guide() -> Guide {
    guide::load().unwrap_or_else(|e| panic!("{e}"))
}

fn data() -> Data {
    httpstatus_codegen::load().unwrap_or_else(|e| panic!("{e}"))
}

fn forbidden() -> Vec<String> {
    let glossary =
        std::fs::read_to_string(httpstatus_codegen::repo_root().join("docs/glossary.md"))
            .expect("docs/glossary.md");
    forbidden_from_glossary(&glossary)
}

#[test]
fn guide_is_valid() {
    let errors = guide::validate::validate(&guide(), &data(), &forbidden());
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn guide_generated_code_is_fresh() {
    let guide = guide();
    let want = guide::render::render(&guide);
    let path = guide::generated_path();
    let have = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    if have != want {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        panic!(
            "{} was stale and has been regenerated from data/decision-guide.toml; \
             run the tests again and commit the result",
            path.display()
        );
    }
}

#[test]
fn print_stats() {
    let g = guide();
    let (graph, _) = Graph::new(&g);
    let paths = graph.paths();
    let reached = graph.reached_codes();
    println!("questions {} results {} paths {} depth {}", g.questions.len(), g.results.len(), paths.len(), graph.max_depth());
    println!("codes {:?}", reached);
    let _ = (BTreeSet::<u16>::new(), Node::Result(0));
}
