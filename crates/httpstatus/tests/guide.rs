//! The decision guide as the library offers it: every path walked to its end, the JSON
//! shape of a walk and of the graph.

use std::collections::BTreeSet;

use httpstatus::guide::{self, Node, Walk};
use httpstatus::{Class, Lang, StatusCode};
#[cfg(feature = "serde")]
use serde_json::Value;

#[test]
fn every_path_ends_on_existing_entries_and_cites_a_section() {
    let mut paths = 0;
    let mut reached = BTreeSet::new();
    for walk in guide::walks() {
        paths += 1;
        let outcome = walk.outcome().expect("a path ends on an outcome");
        assert!(!outcome.codes.is_empty(), "{}", outcome.id);
        for &code in outcome.codes {
            let info = code
                .info()
                .unwrap_or_else(|| panic!("{}: {code} has no entry", outcome.id));
            assert_eq!(info.code, code);
            reached.insert(code.as_u16());
        }
        assert_eq!(outcome.entries().count(), outcome.codes.len());
        let cited = walk
            .steps()
            .flat_map(|s| s.question.spec)
            .chain(outcome.spec)
            .any(|s| s.section.is_some() && s.url.starts_with("https://"));
        assert!(cited, "{walk:?} cites no spec section");
        for step in walk.steps() {
            for lang in Lang::ALL {
                assert!(!step.question.text.get(lang).is_empty());
                assert!(!step.answer.label.get(lang).is_empty());
            }
        }
        assert!(walk.len() <= guide::MAX_DEPTH);
    }
    assert!(paths >= 100, "{paths} paths");

    // The five classes, at least 45 registered codes, and the unofficial situations.
    let registered = reached
        .iter()
        .filter(|&&c| StatusCode::from_u16(c).is_ok_and(StatusCode::is_registered))
        .count();
    assert!(registered >= 45, "{registered} registered codes reached");
    for class in Class::ALL {
        assert!(
            reached.iter().any(|&c| c / 100 == u16::from(class.digit())),
            "no code of {}",
            class.range()
        );
    }
    for unofficial in [499, 460, 444, 521, 522, 524] {
        assert!(reached.contains(&unofficial), "{unofficial}");
    }
    // Every registered code is reached or deliberately left out.
    for info in httpstatus::entries().iter().filter(|i| !i.is_unofficial()) {
        let n = info.code.as_u16();
        let skipped = guide::not_reached().iter().any(|s| s.code == info.code);
        assert!(
            reached.contains(&n) != skipped,
            "{n}: reached {} and listed as not reached {skipped}",
            reached.contains(&n)
        );
    }
}

#[test]
fn the_real_dilemmas_end_where_the_rfcs_say() {
    let codes = |answers: &[&str]| -> Vec<u16> {
        Walk::from_answers(answers.iter().copied())
            .unwrap_or_else(|e| panic!("{answers:?}: {e}"))
            .outcome()
            .unwrap_or_else(|| panic!("{answers:?} does not end"))
            .codes
            .iter()
            .map(|c| c.as_u16())
            .collect()
    };
    let first = |answers: &[&str]| codes(answers)[0];
    // 401 vs 403 vs 404.
    assert_eq!(first(&["client-fault", "who", "missing", "origin"]), 401);
    assert_eq!(first(&["client-fault", "who", "not-allowed", "yes"]), 403);
    assert_eq!(first(&["client-fault", "who", "not-allowed", "no"]), 404);
    assert_eq!(first(&["client-fault", "who", "missing", "proxy"]), 407);
    // 400 vs 415 vs 422.
    assert_eq!(first(&["client-fault", "content", "malformed"]), 400);
    assert_eq!(first(&["client-fault", "content", "media-type"]), 415);
    assert_eq!(first(&["client-fault", "content", "invalid"]), 422);
    // 409 vs 412 vs 428, and 304 for a conditional GET.
    assert_eq!(first(&["client-fault", "state", "conflict"]), 409);
    assert_eq!(
        first(&["client-fault", "state", "precondition-false", "change"]),
        412
    );
    assert_eq!(
        first(&["client-fault", "state", "precondition-false", "cache-check"]),
        304
    );
    assert_eq!(first(&["client-fault", "state", "no-precondition"]), 428);
    // 301 / 302 / 303 / 307 / 308.
    assert_eq!(
        codes(&["elsewhere", "moved", "yes", "get-only"]),
        [301, 308]
    );
    assert_eq!(first(&["elsewhere", "moved", "yes", "keep"]), 308);
    assert_eq!(first(&["elsewhere", "moved", "no", "get-only"]), 302);
    assert_eq!(first(&["elsewhere", "moved", "no", "keep"]), 307);
    assert_eq!(first(&["elsewhere", "see-other"]), 303);
    // 502 vs 503 vs 504; 429 vs 503.
    assert_eq!(first(&["server-fault", "upstream", "invalid"]), 502);
    assert_eq!(first(&["server-fault", "upstream", "slow"]), 504);
    assert_eq!(first(&["server-fault", "unavailable"]), 503);
    assert_eq!(first(&["client-fault", "too-many", "this-client"]), 429);
    // 200 / 201 / 202 / 204, 206 / 416.
    assert_eq!(first(&["succeeded", "content", "whole"]), 200);
    assert_eq!(first(&["succeeded", "created", "program"]), 201);
    assert_eq!(first(&["succeeded", "queued"]), 202);
    assert_eq!(first(&["succeeded", "no-content", "keep"]), 204);
    assert_eq!(first(&["succeeded", "content", "part", "yes"]), 206);
    assert_eq!(first(&["succeeded", "content", "part", "past-end"]), 416);
    // 405 vs 501, 406, 410, 413/414/431, 451.
    assert_eq!(first(&["client-fault", "method", "known"]), 405);
    assert_eq!(first(&["client-fault", "method", "unknown"]), 501);
    assert_eq!(first(&["client-fault", "not-acceptable", "refuse"]), 406);
    assert_eq!(first(&["client-fault", "target", "gone"]), 410);
    assert_eq!(first(&["client-fault", "too-large", "content"]), 413);
    assert_eq!(first(&["client-fault", "too-large", "uri"]), 414);
    assert_eq!(first(&["client-fault", "too-large", "headers"]), 431);
    assert_eq!(first(&["client-fault", "legal"]), 451);
    // Unofficial situations: the client left, the origin is down behind a CDN.
    assert_eq!(codes(&["no-response", "client-left"]), [499, 460]);
    assert!(codes(&["server-fault", "upstream", "refused"]).contains(&521));
    // 1xx.
    assert_eq!(first(&["not-final", "expect", "yes"]), 100);
    assert_eq!(first(&["not-final", "hints"]), 103);
}

#[cfg(feature = "serde")]
#[test]
fn walk_json_shape() {
    let walk = Walk::from_answers(["client-fault", "who", "missing", "origin"]).unwrap();
    let v: Value = serde_json::to_value(walk).unwrap();
    assert_eq!(
        v["answers"],
        serde_json::json!(["client-fault", "who", "missing", "origin"])
    );
    let path = v["path"].as_array().unwrap();
    assert_eq!(path.len(), 4);
    assert_eq!(path[0]["question"], "start");
    assert_eq!(path[0]["answer"], "client-fault");
    assert!(path[0]["text"]["ko"].as_str().unwrap().ends_with('?'));
    assert!(
        path[1]["spec"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert!(v["question"].is_null());
    let result = &v["result"];
    assert_eq!(result["id"], "r-unauthorized");
    assert_eq!(result["codes"], serde_json::json!([401]));
    assert_eq!(result["entries"][0]["reason"], "Unauthorized");
    assert_eq!(
        result["entries"][0],
        serde_json::to_value(StatusCode::UNAUTHORIZED.info().unwrap()).unwrap(),
        "entries are in the core's JSON shape"
    );

    let open = Walk::from_answers(["client-fault"]).unwrap();
    let v: Value = serde_json::to_value(open).unwrap();
    assert!(v["result"].is_null());
    assert_eq!(v["question"]["id"], "client");
    assert_eq!(v["question"]["answers"][0]["next"], "auth");
}

#[cfg(feature = "serde")]
#[test]
fn graph_json_shape() {
    let v: Value = serde_json::to_value(guide::graph()).unwrap();
    assert_eq!(v["start"], "start");
    assert_eq!(v["max_depth"], guide::MAX_DEPTH);
    let questions = v["questions"].as_array().unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(questions.len(), guide::questions().len());
    assert_eq!(results.len(), guide::outcomes().len());
    let ids: BTreeSet<&str> = questions
        .iter()
        .chain(results)
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    for q in questions {
        for a in q["answers"].as_array().unwrap() {
            assert!(ids.contains(a["next"].as_str().unwrap()), "{a}");
        }
    }
    assert!(
        v["not_reached"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["code"] == 418)
    );
}

#[test]
fn nodes_by_id() {
    let q = guide::question("auth").unwrap();
    assert!(q.answer("missing").is_some());
    assert!(q.answer("nope").is_none());
    let Node::Question(next) = q.answer("missing").unwrap().next() else {
        panic!("a question");
    };
    assert_eq!(next.id, "who-asks");
    assert_eq!(guide::outcome("r-gone").unwrap().code(), 410);
    assert!(guide::question("r-gone").is_none());
    assert_eq!(guide::first_question().id, "start");
}
