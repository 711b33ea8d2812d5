//! `--example` and `--code`: the wire example and the ecosystem constants in the card, and
//! both in `--json`.

use serde_json::Value;

fn run(args: &[&str]) -> (i32, String, String) {
    let mut c = assert_cmd::cargo::cargo_bin_cmd!("httpstatus");
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "COLUMNS",
    ] {
        c.env_remove(var);
    }
    let out = c.args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

#[test]
fn example_shows_the_exchange_curl_style_with_the_notice() {
    let (status, out, _) = run(&["304", "--example", "--lang", "en", "--color", "never"]);
    assert_eq!(status, 0);
    assert!(out.contains("On the wire"), "{out}");
    // A real conditional request: /200 with its current entity tag.
    assert!(out.contains("  > GET /200 HTTP/1.1\n"), "{out}");
    assert!(out.contains("  > If-None-Match: \""), "{out}");
    assert!(out.contains("  < HTTP/1.1 304 Not Modified\n"), "{out}");
    assert!(
        !out.to_ascii_lowercase().contains("< content-length"),
        "{out}"
    );
    assert!(out.contains("no content and no Content-Length"), "{out}");
}

#[test]
fn example_of_100_continue_shows_the_interim_response_before_the_content() {
    let (_, out, _) = run(&["100", "--example", "--lang", "ko", "--color", "never"]);
    assert!(out.contains("전송되는 모습"), "{out}");
    let interim = out.find("< HTTP/1.1 100 Continue").expect("interim 100");
    let content = out
        .find("{\"name\":\"httpstatus\"}")
        .expect("request content");
    let last = out.find("< HTTP/1.1 200 OK").expect("final 200");
    assert!(interim < content && content < last, "{out}");
}

#[test]
fn code_lists_the_constants_asked_for_and_none_where_missing() {
    let (status, out, _) = run(&[
        "425",
        "--code",
        "go,dotnet,js",
        "--lang",
        "en",
        "--color",
        "never",
    ]);
    assert_eq!(status, 0);
    assert!(out.contains("In your code"), "{out}");
    assert!(out.contains("http.StatusTooEarly"), "{out}");
    let dotnet = out
        .lines()
        .find(|l| l.trim_start().starts_with(".NET"))
        .expect(".NET row");
    assert!(dotnet.contains("none"), "{dotnet}");
    assert!(
        !out.contains("Python"),
        "only the ecosystems asked for: {out}"
    );
    // A phrase that differs from the registry is marked.
    let (_, out, _) = run(&[
        "413", "--code", "python", "--lang", "en", "--color", "never",
    ]);
    assert!(
        out.contains("\"Request Entity Too Large\" (registry: Content Too Large)"),
        "{out}"
    );
    let (_, all, _) = run(&["404", "--code", "all", "--color", "never", "--lang", "en"]);
    for eco in httpstatus::ecosystems() {
        assert!(
            all.contains(eco.language),
            "{} missing: {all}",
            eco.language
        );
    }
}

#[test]
fn an_unknown_ecosystem_is_a_usage_error_that_lists_the_valid_ones() {
    let (status, out, err) = run(&["429", "--code", "go,cobol"]);
    assert_eq!(status, 2);
    assert!(out.is_empty());
    assert!(err.contains("unknown ecosystem \"cobol\""), "{err}");
    assert!(
        err.contains("rust, python, go, java, dotnet, node, rails, php, js, or all"),
        "{err}"
    );
}

#[test]
fn json_carries_the_example_and_every_ecosystem() {
    let (status, out, _) = run(&["429", "--json"]);
    assert_eq!(status, 0);
    let entries: Vec<Value> = serde_json::from_str(&out).expect("JSON");
    let e = &entries[0];
    let messages = e["example"]["messages"].as_array().expect("messages");
    assert_eq!(messages[0]["from"], "client");
    let last = messages.last().unwrap()["text"].as_str().unwrap();
    assert!(
        last.starts_with("HTTP/1.1 429 Too Many Requests\r\n"),
        "{last}"
    );
    assert!(last.contains("\r\nretry-after: 5\r\n"), "{last}");
    assert!(e["example"]["notice"]["ko"].is_string());
    let constants = e["constants"].as_array().expect("constants");
    assert_eq!(constants.len(), httpstatus::ecosystems().len());
    let go = constants.iter().find(|c| c["ecosystem"] == "go").unwrap();
    assert_eq!(go["expression"], "http.StatusTooManyRequests");
    assert_eq!(go["differs_from_registry"], false);
}
