//! Integration tests: run the real `httpstatus` binary and check what it prints.
//!
//! Every run starts from a clean environment for language and colour (no LANG, LC_*,
//! NO_COLOR, CLICOLOR*, COLUMNS), so results do not depend on the machine. Snapshots
//! (tests/snapshots) cover a few representative outputs per command in both languages;
//! the rest asserts specific facts so that data edits do not churn many files.
//! Update snapshots with `INSTA_UPDATE=always cargo test -p httpstatus-cli`, then review.

use std::io::Read;
use std::process::Stdio;

use serde_json::Value;

/// Environment variables that would change the output.
const ENV: [&str; 9] = [
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "LANGUAGE",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "CI",
];

fn cmd() -> assert_cmd::Command {
    let mut c = assert_cmd::cargo::cargo_bin_cmd!("httpstatus");
    for var in ENV {
        c.env_remove(var);
    }
    c
}

#[derive(Debug)]
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn finish(output: std::process::Output) -> Run {
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    finish(cmd().args(args).output().expect("runs"))
}

fn run_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut c = cmd();
    for (k, v) in env {
        c.env(k, v);
    }
    finish(c.args(args).output().expect("runs"))
}

fn run_stdin(args: &[&str], input: impl Into<Vec<u8>>) -> Run {
    finish(
        cmd()
            .args(args)
            .write_stdin(input.into())
            .output()
            .expect("runs"),
    )
}

/// Runs and parses stdout as JSON.
fn json(args: &[&str]) -> (i32, Vec<Value>) {
    let r = run(args);
    let v: Value = serde_json::from_str(&r.stdout).expect("stdout is JSON");
    (r.status, v.as_array().expect("a JSON array").clone())
}

/// The text with every run of whitespace made one space, so wrapped lines read as one.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn codes(entries: &[Value]) -> Vec<u64> {
    entries
        .iter()
        .map(|e| e["code"].as_u64().expect("code is a number"))
        .collect()
}

const ESC: char = '\u{1b}';

const ACCESS_LOG: &str = r#"127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 2326 "-" "curl/8.5"
127.0.0.1 - - [10/Oct/2000:13:55:37 -0700] "GET /missing HTTP/1.1" 404 153 "-" "curl/8.5"
10.0.0.2 - frank [10/Oct/2000:13:55:38 -0700] "GET /a\"b HTTP/1.1" 404 153 "-" "Mozilla/5.0"
10.0.0.3 - - [10/Oct/2000:13:55:39 -0700] "POST /upload HTTP/1.1" 499 0 "-" "curl/8.5"
10.0.0.3 - - [10/Oct/2000:13:55:40 -0700] "GET /odd HTTP/1.1" 471 0 "-" "curl/8.5"
not a log line at all
503
"#;

// ---------------------------------------------------------------- cards

#[test]
fn card_404_english() {
    let r = run(&["404"]);
    assert_eq!(r.status, 0);
    assert_eq!(r.stderr, "");
    insta::assert_snapshot!("card_404_en", r.stdout);
}

#[test]
fn card_404_korean() {
    let r = run(&["--lang", "ko", "404"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("card_404_ko", r.stdout);
}

/// The facts the review asked the card to show: conditional header rules, the new
/// sender, a label the vendor never gave, a temporary registration, inline code.
#[test]
fn card_304_conditions_english() {
    let r = run(&["304"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("card_304_en", r.stdout);
}

#[test]
fn card_104_registration_korean() {
    let r = run(&["--lang", "ko", "104"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("card_104_ko", r.stdout);
}

#[test]
fn card_new_facts() {
    let r = run(&["206"]);
    assert!(
        r.stdout
            .contains("Content-Range (MUST, when a single part is sent)"),
        "{}",
        r.stdout
    );
    let r = run(&["460"]);
    assert!(
        r.stdout.starts_with("460 (Client Closed Connection)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Reason phrase"), "{}", r.stdout);
    assert!(r.stdout.contains("the vendor gives no reason phrase"));
    let r = run(&["--lang", "ko", "494"]);
    assert!(
        r.stdout
            .contains("보내지 않음 (서버 내부에서만 쓰며 로그에도 남지 않음)"),
        "{}",
        r.stdout
    );
    let r = run(&["405"]);
    assert!(r.stdout.contains("Not Allowed (nginx)"), "{}", r.stdout);
    let r = run(&["598"]);
    assert!(
        r.stdout.contains("none (an undocumented convention)"),
        "{}",
        r.stdout
    );
    // Inline code is shown without its backticks, in colour or not.
    for color in ["never", "always"] {
        let r = run(&["--color", color, "--lang", "ko", "429"]);
        assert!(r.stdout.contains("limit_req"), "{}", r.stdout);
        assert!(!r.stdout.contains('`'), "{}", r.stdout);
    }
}

/// Every card whose text has inline code shows it without the backticks.
#[test]
fn no_card_shows_raw_backticks() {
    let mut numbers: Vec<u16> = httpstatus::entries()
        .iter()
        .filter(|i| i.description.ko.contains('`') || i.description.en.contains('`'))
        .map(|i| i.code.as_u16())
        .collect();
    numbers.dedup();
    assert!(numbers.len() >= 10, "the data has inline code to show");
    for n in numbers {
        let r = run(&["--lang", "both", &n.to_string()]);
        assert_eq!(r.status, 0, "{n}");
        assert!(!r.stdout.contains('`'), "{n}: {}", r.stdout);
    }
}

/// `httpstatus 0`: not a status code, and what a status of 0 means.
#[test]
fn status_zero_korean() {
    let r = run(&["--lang", "ko", "0"]);
    assert_eq!(r.status, 1, "still not a status code");
    insta::assert_snapshot!("miss_0_ko", r.stdout);
    let r = run(&["000"]);
    assert!(
        r.stdout.contains("Status 0: no HTTP response"),
        "{}",
        r.stdout
    );
    let r = run(&["42"]);
    assert!(!r.stdout.contains("Status 0"), "{}", r.stdout);
}

#[test]
fn card_facts() {
    let r = run(&["401"]);
    assert!(r.stdout.contains("WWW-Authenticate (MUST)"), "{}", r.stdout);
    assert!(r.stdout.contains("RFC 9110 §15.5.2"));
    assert!(
        r.stdout
            .contains("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
    );
    assert!(
        r.stdout.contains("403 Forbidden"),
        "confusable codes are named"
    );
    let r = run(&["204"]);
    assert!(
        r.stdout
            .contains("forbidden: the response cannot contain content")
    );
    assert!(r.stdout.contains("heuristically cacheable"));
    let r = run(&["303"]);
    assert!(
        r.stdout.contains("temporary, followed with GET (or HEAD)"),
        "{}",
        r.stdout
    );
    let r = run(&["--lang", "ko", "307"]);
    assert!(
        r.stdout.contains("임시, 메서드와 콘텐츠 유지"),
        "{}",
        r.stdout
    );
    let r = run(&["503"]);
    assert!(r.stdout.contains("retry after the time in Retry-After"));
    assert!(r.stdout.contains("curl -i"));
}

#[test]
fn card_both_languages() {
    let r = run(&["--lang", "both", "404"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("찾을 수 없음"));
    assert!(
        r.stdout
            .contains("The origin server found no current representation")
    );
    assert!(r.stdout.contains("명세 / Spec"));
}

#[test]
fn several_codes_give_several_cards() {
    let r = run(&["404", "503", "418"]);
    assert_eq!(r.status, 0);
    let headlines: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(headlines.len(), 3, "{headlines:?}");
    assert!(headlines[0].starts_with("404 Not Found"));
    assert!(headlines[1].starts_with("503 Service Unavailable"));
    assert!(headlines[2].starts_with("418 (Unused)"));
}

#[test]
fn several_meanings_of_one_number() {
    let r = run(&["499"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("nginx"));
    assert!(r.stdout.contains("Esri"));
}

#[test]
fn unofficial_codes_are_flagged() {
    let r = run(&["522"]);
    assert_eq!(r.status, 0);
    let text = flat(&r.stdout);
    assert!(text.contains("unofficial: Cloudflare"), "{text}");
    assert!(
        text.contains("treat it as 500 Internal Server Error"),
        "{text}"
    );
}

#[test]
fn typo_in_a_code() {
    let r = run(&["4o4"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.starts_with("Read “4o4” as 404.\n"), "{}", r.stdout);
    assert!(r.stdout.contains("404 Not Found"));
}

// ---------------------------------------------------------------- patterns and search

#[test]
fn pattern_table_english() {
    let r = run(&["41x"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("pattern_41x_en", r.stdout);
}

#[test]
fn pattern_table_korean() {
    let r = run(&["--lang", "ko", "41x"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("pattern_41x_ko", r.stdout);
}

#[test]
fn patterns_cover_their_range_in_code_order() {
    for (pattern, low, high) in [("4xx", 400, 499), ("5", 500, 599), ("3XX", 300, 399)] {
        let (status, entries) = json(&["--json", pattern]);
        assert_eq!(status, 0);
        let got = codes(&entries);
        assert!(!got.is_empty());
        assert!(
            got.iter().all(|&c| (low..=high).contains(&c)),
            "{pattern}: {got:?}"
        );
        assert!(got.windows(2).all(|w| w[0] <= w[1]), "{pattern}: {got:?}");
    }
}

#[test]
fn korean_columns_align_by_display_width() {
    let r = run(&["--lang", "ko", "5xx"]);
    // Every row's third column (the note) starts at the same display column.
    let note_columns: Vec<usize> = r
        .stdout
        .lines()
        .filter(|l| l.contains("비공식"))
        .map(|l| unicode_width(&l[..l.find("비공식").unwrap_or(0)]))
        .collect();
    assert!(note_columns.len() > 2, "{}", r.stdout);
    assert!(
        note_columns.windows(2).all(|w| w[0] == w[1]),
        "{note_columns:?}\n{}",
        r.stdout
    );
}

/// Display width without a dependency: Hangul syllables take two columns.
fn unicode_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn search_in_both_languages() {
    for (query, lang, want) in [
        ("not found", "en", 404),
        ("찾을 수 없음", "ko", 404),
        ("teapot", "en", 418),
        ("payload too large", "en", 413),
        ("Unprocessable Entity", "en", 422),
        ("gatewy tmeout", "en", 504),
    ] {
        let r = run(&["--lang", lang, query]);
        assert_eq!(r.status, 0, "{query}");
        assert!(
            r.stdout.starts_with(&format!("{want} ")),
            "{query}: {}",
            r.stdout
        );
        let (_, entries) = json(&["--json", query]);
        assert_eq!(codes(&entries).first(), Some(&(want as u64)), "{query}");
    }
}

#[test]
fn several_words_are_one_query() {
    let r = run(&["not", "found"]);
    assert!(r.stdout.starts_with("404 Not Found"));
    let r = run(&["찾을", "수", "없음"]);
    assert!(r.stdout.starts_with("404 Not Found"));
}

/// One search everywhere: the CLI shows the core's ranked list, in the core's order (the
/// server's pages and API show the same list; see the server's tests).
#[test]
fn search_shows_the_cores_ranked_list() {
    for query in [
        "access denied",
        "redirect",
        "timeout",
        "업로드 파일 용량 초과",
        "load balancer timed out waiting for the app server",
    ] {
        let core: Vec<u64> = httpstatus::search(query)
            .iter()
            .map(|h| u64::from(h.info.code.as_u16()))
            .collect();
        let (status, entries) = json(&["--json", query]);
        assert_eq!(status, 0, "{query}");
        assert_eq!(codes(&entries), core, "{query}");
        // The text shows the best as a card, then the next ones under "Other matches:",
        // in the same order.
        let r = run(&["--lang", "en", query]);
        let code_of = |line: &str| line.split_whitespace().next()?.parse::<u64>().ok();
        let mut shown: Vec<u64> = r
            .stdout
            .lines()
            .next()
            .and_then(code_of)
            .into_iter()
            .collect();
        shown.extend(
            r.stdout
                .lines()
                .skip_while(|l| !l.starts_with("Other matches:"))
                .skip(1)
                .map_while(code_of),
        );
        assert!(!shown.is_empty(), "{query}: {}", r.stdout);
        assert_eq!(shown[..], core[..shown.len()], "{query}: {}", r.stdout);
    }
}

#[test]
fn search_lists_other_matches() {
    let r = run(&["timeout"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("Other matches:"), "{}", r.stdout);
    assert!(r.stdout.contains("504  Gateway Timeout") || r.stdout.starts_with("504"));
}

// ---------------------------------------------------------------- misses and bad input

#[test]
fn unassigned_code_english() {
    let r = run(&["471"]);
    assert_eq!(r.status, 1);
    insta::assert_snapshot!("miss_471_en", r.stdout);
}

#[test]
fn unassigned_code_korean() {
    let r = run(&["--lang", "ko", "471"]);
    assert_eq!(r.status, 1);
    insta::assert_snapshot!("miss_471_ko", r.stdout);
}

#[test]
fn code_999() {
    // 999 is outside 100–599. If the data knows a vendor meaning, the card says the code
    // is invalid; otherwise the miss does. Either way clients treat it as a 5xx.
    let r = run(&["999"]);
    assert!(r.status == 0 || r.status == 1, "{r:?}");
    let text = flat(&r.stdout);
    assert!(
        text.contains("outside 100–599") || text.contains("only 100–599"),
        "{text}"
    );
    assert!(text.contains("500 Internal Server Error"), "{text}");
}

#[test]
fn invalid_numbers() {
    let r = run(&["750"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stdout.starts_with("750 is not a valid status code"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("treat it as a 5xx"), "{}", r.stdout);
    for q in ["1000", "099", "0"] {
        let r = run(&[q]);
        assert_eq!(r.status, 1, "{q}");
        assert!(
            r.stdout.contains("is not a status code"),
            "{q}: {}",
            r.stdout
        );
    }
    let r = run(&["6xx"]);
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("outside 100–599"));
    let r = run(&["19x"]);
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("100 Continue"), "{}", r.stdout);
}

#[test]
fn text_miss_english() {
    let r = run(&["abc"]);
    assert_eq!(r.status, 1);
    insta::assert_snapshot!("miss_abc_en", r.stdout);
}

#[test]
fn text_miss_korean_suggests_nearest() {
    // Typos beyond what the search forgives: the miss suggests the nearest names.
    let r = run(&["--lang", "ko", "Gtaewya Tmieuot"]);
    assert_eq!(r.status, 1);
    insta::assert_snapshot!("miss_typo_ko", r.stdout);
}

#[test]
fn korean_typos_are_found_by_their_bigrams() {
    // "찾을수업음" (업 for 없) still shares 찾을 and 을수 with 찾을 수 없음.
    let r = run(&["--lang", "ko", "찾을수업음"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.starts_with("404 Not Found"), "{}", r.stdout);
}

#[test]
fn empty_query_is_a_usage_error() {
    for args in [&[""][..], &["   "], &["", " "]] {
        let r = run(args);
        assert_eq!(r.status, 2, "{args:?}");
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.starts_with("error: the query is empty"),
            "{}",
            r.stderr
        );
    }
    let r = run(&[]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.starts_with("error: no query given"),
        "{}",
        r.stderr
    );
}

#[test]
fn very_long_argument_is_a_clear_miss() {
    for long in [
        "a".repeat(10_000),
        "찾".repeat(10_000),
        "4".repeat(10_000),
        "ab ".repeat(3_400),
    ] {
        let r = run(&[&long]);
        assert_eq!(r.status, 1, "{}", &r.stdout[..r.stdout.len().min(200)]);
        let first = r.stdout.lines().next().unwrap_or("");
        assert!(
            first.chars().count() < 80,
            "the query is not echoed in full: {first}"
        );
        assert!(first.contains('…'), "{first}");
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn control_characters_are_not_echoed() {
    let r = run(&["--color", "never", "\u{1b}[31mzzqx\u{7}"]);
    assert_eq!(r.status, 1);
    assert!(
        !r.stdout.contains(ESC) && !r.stdout.contains('\u{7}'),
        "{:?}",
        r.stdout
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let r = run(&["--frobnicate", "404"]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stdout, "");
    insta::assert_snapshot!("unknown_flag", r.stderr);
    assert_eq!(run(&["list", "--class", "9"]).status, 2);
    assert_eq!(run(&["--lang", "fr", "404"]).status, 2);
    assert_eq!(run(&["--color", "sometimes", "404"]).status, 2);
    assert_eq!(run(&["list", "--all", "--unofficial"]).status, 2);
    assert_eq!(run(&["completions", "tcsh"]).status, 2);
    assert_eq!(run(&["man", "--json"]).status, 2);
    assert_eq!(run(&["-", "404"]).status, 2);
}

// ---------------------------------------------------------------- list

#[test]
fn list_english() {
    let r = run(&["list", "--class", "3"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("list_class3_en", r.stdout);
}

#[test]
fn list_korean() {
    let r = run(&["--lang", "ko", "list", "--redirect"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("list_redirect_ko", r.stdout);
}

#[test]
fn list_filters() {
    let all = |args: &[&str]| codes(&json(&[&["list", "--json"], args].concat()).1);
    let registered = all(&[]);
    let unofficial = all(&["--unofficial"]);
    let everything = all(&["--all"]);
    assert_eq!(registered.len() + unofficial.len(), everything.len());
    assert!(registered.contains(&404) && !registered.contains(&499));
    assert!(unofficial.contains(&499) && !unofficial.contains(&404));
    assert_eq!(all(&["--redirect"]), [301, 302, 303, 307, 308]);
    assert!(
        all(&["--no-content"])
            .iter()
            .all(|c| [1, 2, 3].contains(&(c / 100)))
    );
    assert!(all(&["--no-content"]).contains(&204));
    assert!(all(&["--cacheable"]).contains(&404));
    assert!(!all(&["--cacheable"]).contains(&401));
    assert!(all(&["--retryable"]).contains(&503));
    assert!(all(&["--class", "2"]).iter().all(|c| c / 100 == 2));
    assert!(
        all(&["--class", "4xx", "--class", "5"])
            .iter()
            .all(|c| c / 100 >= 4)
    );
    let r = run(&["list", "--class", "1", "--redirect"]);
    assert_eq!(r.status, 1);
    assert_eq!(r.stdout, "No codes match these filters.\n");
}

#[test]
fn list_all_json_dumps_the_registry() {
    let (status, entries) = json(&["list", "--all", "--json"]);
    assert_eq!(status, 0);
    assert!(entries.len() > 64);
    let sorted = codes(&entries);
    assert!(sorted.windows(2).all(|w| w[0] <= w[1]));
}

// ---------------------------------------------------------------- vs

#[test]
fn vs_english() {
    let r = run(&["vs", "401", "403"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("vs_401_403_en", r.stdout);
}

#[test]
fn vs_korean() {
    let r = run(&["--lang", "ko", "vs", "401", "403"]);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("vs_401_403_ko", r.stdout);
}

#[test]
fn vs_many_and_json() {
    let r = run(&["vs", "301", "302", "307", "308"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("method and content kept"));
    assert!(r.stdout.contains("When to use which"));
    let (status, entries) = json(&["--json", "vs", "401", "403", "499"]);
    assert_eq!(status, 0);
    assert_eq!(
        codes(&entries),
        [401, 403, 499, 499],
        "every meaning of 499 is compared"
    );
    let r = run(&["vs", "401"]);
    assert_eq!(r.status, 2, "vs needs two codes");
    let r = run(&["vs", "401", "abc"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("expected a three-digit status code"));
    let r = run(&["vs", "471", "472"]);
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("471 is not an assigned status code"));
}

// ---------------------------------------------------------------- stdin

#[test]
fn stdin_summary_english() {
    let r = run_stdin(&["--summary"], ACCESS_LOG);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("stdin_summary_en", r.stdout);
}

#[test]
fn stdin_summary_korean() {
    let r = run_stdin(&["-", "--summary", "--lang", "ko"], ACCESS_LOG);
    assert_eq!(r.status, 0);
    insta::assert_snapshot!("stdin_summary_ko", r.stdout);
}

#[test]
fn stdin_lines() {
    let r = run_stdin(&["--stdin"], ACCESS_LOG);
    assert_eq!(r.status, 0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", r.stdout);
    assert!(lines[0].starts_with("200 OK — "));
    assert!(
        lines[2].starts_with("404 Not Found — "),
        "escaped quotes in the request"
    );
    assert!(lines[3].ends_with("[unofficial: nginx, Cloudflare]"));
    assert!(lines[4].starts_with("471 — unassigned"));
    assert!(lines[5].starts_with("503 Service Unavailable"));
    let (_, entries) = {
        let r = run_stdin(&["-", "--json"], ACCESS_LOG);
        (
            r.status,
            serde_json::from_str::<Vec<Value>>(&r.stdout).expect("JSON"),
        )
    };
    assert_eq!(codes(&entries), [200, 404, 404, 499, 503]);
    let r = run_stdin(&["-", "--summary", "--json"], ACCESS_LOG);
    let entries: Vec<Value> = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        codes(&entries),
        [404, 200, 499, 503],
        "most frequent first; 471 has no entry"
    );
}

#[test]
fn stdin_invalid_utf8_is_read_lossily() {
    let mut input = b"\xff\xfe garbage\n".to_vec();
    input.extend_from_slice(b"1.2.3.4 - - [x] \"GET /\xc3\x28 HTTP/1.1\" 500 1\n");
    input.extend_from_slice(b"\x80\x81\n404\n");
    let r = run_stdin(&["--summary"], input.clone());
    assert_eq!(r.status, 0, "{r:?}");
    assert!(
        r.stdout.contains("500   Internal Server Error"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("2 of 4 lines had a status code."),
        "{}",
        r.stdout
    );
    let r = run_stdin(&["-"], input);
    assert_eq!(r.status, 0);
    assert_eq!(r.stdout.lines().count(), 2);
}

#[test]
fn stdin_without_codes() {
    let r = run_stdin(&["-"], "hello\nworld\n");
    assert_eq!(r.status, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "No status code found in 2 line(s) of standard input.\n"
    );
    let r = run_stdin(&["--summary", "--json"], "");
    assert_eq!(r.status, 1);
    assert_eq!(r.stdout.trim(), "[]");
}

// ---------------------------------------------------------------- JSON shape

#[test]
fn json_is_an_array_of_entries_in_the_library_shape() {
    let keys = [
        "alias_origins",
        "aliases",
        "cache",
        "class",
        "code",
        "constants",
        "content",
        "content_forbidden",
        "curl",
        "description",
        "descriptive_reason",
        "example",
        "headers",
        "heuristically_cacheable",
        "keywords",
        "reason",
        "redirect",
        "related",
        "retry",
        "sender",
        "spec",
        "status",
        "summary",
        "temporary_registration",
        "title",
        "vendors",
    ];
    let (_, entries) = json(&["list", "--all", "--json"]);
    for entry in &entries {
        let mut got: Vec<&str> = entry
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        got.sort_unstable();
        assert_eq!(got, keys);
        assert!(entry["title"]["ko"].is_string() && entry["title"]["en"].is_string());
    }
    let (status, entries) = json(&["--json", "404"]);
    assert_eq!(status, 0);
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e["code"], 404);
    assert_eq!(e["reason"], "Not Found");
    assert_eq!(e["class"], "4xx");
    assert_eq!(e["status"], "standard");
    assert_eq!(e["title"]["ko"], "찾을 수 없음");
    assert_eq!(e["heuristically_cacheable"], true);
    assert_eq!(e["spec"][0]["document"], "RFC 9110");
    assert!(
        e["keywords"]["en"]
            .as_array()
            .is_some_and(|k| !k.is_empty())
    );
    assert!(
        e["keywords"]["ko"]
            .as_array()
            .is_some_and(|k| !k.is_empty())
    );
    assert!(e["keywords"]["search_only"].is_array());
    // The same bytes as serializing the library's entry directly.
    let direct =
        serde_json::to_value(httpstatus::lookup(404).expect("404 exists")).expect("serializes");
    assert_eq!(e, &direct);
}

#[test]
fn json_misses_are_empty_arrays() {
    for args in [
        &["--json", "471"][..],
        &["--json", "abc"],
        &["list", "--json", "--class", "1", "--redirect"],
    ] {
        let r = run(args);
        assert_eq!(r.status, 1, "{args:?}");
        assert_eq!(r.stdout, "[]\n", "{args:?}");
        assert!(
            !r.stderr.is_empty(),
            "the explanation goes to stderr: {args:?}"
        );
    }
    let (status, entries) = json(&["--json", "404", "471", "503"]);
    assert_eq!(status, 0);
    assert_eq!(codes(&entries), [404, 503]);
}

// ---------------------------------------------------------------- language and colour

#[test]
fn language_from_the_environment() {
    let first = |env: &[(&str, &str)]| {
        run_env(&["404"], env)
            .stdout
            .lines()
            .nth(1)
            .unwrap_or("")
            .to_owned()
    };
    assert_eq!(first(&[("LANG", "ko_KR.UTF-8")]), "찾을 수 없음");
    assert_eq!(
        first(&[("LC_MESSAGES", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")]),
        "찾을 수 없음"
    );
    assert_ne!(
        first(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")]),
        "찾을 수 없음"
    );
    assert_eq!(
        first(&[("LC_ALL", ""), ("LANG", "ko")]),
        "찾을 수 없음",
        "empty values are skipped"
    );
    assert_ne!(first(&[("LANG", "de_DE.UTF-8")]), "찾을 수 없음");
    let r = run_env(&["--lang", "en", "404"], &[("LANG", "ko_KR.UTF-8")]);
    assert!(
        !r.stdout.contains("찾을 수 없음"),
        "--lang wins over the environment"
    );
}

#[test]
fn colour_always() {
    let r = run(&["--color", "always", "404"]);
    let head: String = r.stdout.lines().take(2).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("colour_404_always", head.escape_debug().to_string());
    // Class colours: 1xx blue, 2xx green, 3xx cyan, 4xx yellow, 5xx red, unofficial magenta.
    let r = run(&["--color", "always", "list", "--all"]);
    for (code, sgr) in [
        ("100", "34"),
        ("200", "32"),
        ("301", "36"),
        ("404", "33"),
        ("503", "31"),
        ("499", "35"),
    ] {
        let painted = format!("{ESC}[1m{ESC}[{sgr}m{code}{ESC}[0m");
        assert!(r.stdout.contains(&painted), "{code} in colour {sgr}");
    }
}

#[test]
fn colour_off() {
    for (args, env) in [
        (&["404"][..], &[][..]),
        (&["--color", "never", "404"], &[("CLICOLOR_FORCE", "1")]),
        (&["--color", "auto", "404"], &[("NO_COLOR", "1")]),
        (&["--color", "never", "vs", "401", "403"], &[]),
    ] {
        let r = run_env(args, env);
        assert_eq!(r.status, 0);
        assert!(!r.stdout.contains(ESC), "{args:?} {env:?}");
    }
    // An explicit --color always wins over NO_COLOR; CLICOLOR_FORCE colours a pipe.
    assert!(
        run_env(&["--color", "always", "404"], &[("NO_COLOR", "1")])
            .stdout
            .contains(ESC)
    );
    assert!(
        run_env(&["404"], &[("CLICOLOR_FORCE", "1")])
            .stdout
            .contains(ESC)
    );
    // JSON is never coloured.
    assert!(
        !run(&["--color", "always", "--json", "404"])
            .stdout
            .contains(ESC)
    );
}

#[test]
fn colour_in_korean_tables_keeps_alignment() {
    let plain = run(&["--lang", "ko", "--color", "never", "41x"]).stdout;
    let coloured = run(&["--lang", "ko", "--color", "always", "41x"]).stdout;
    assert_eq!(strip_ansi(&coloured), plain);
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == ESC {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------- help, version, completions, man

#[test]
fn help_documents_exit_statuses() {
    let r = run(&["--help"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("Exit status:"));
    assert!(r.stdout.contains("1  nothing matched"));
    assert!(r.stdout.contains("2  usage error"));
    assert!(r.stdout.contains("NO_COLOR"));
    assert!(r.stdout.contains("LC_ALL, LC_MESSAGES, LANG"));
    for sub in ["list", "vs", "completions", "man"] {
        assert_eq!(run(&[sub, "--help"]).status, 0, "{sub}");
    }
}

#[test]
fn version_names_the_data() {
    let r = run(&["--version"]);
    assert_eq!(r.status, 0);
    let data = httpstatus::data_version();
    assert!(
        r.stdout
            .starts_with(&format!("httpstatus {}\n", env!("CARGO_PKG_VERSION")))
    );
    assert!(r.stdout.contains(data.registry_snapshot));
    for doc in data.follows {
        assert!(r.stdout.contains(doc), "{doc}");
    }
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let r = run(&["completions", shell]);
        assert_eq!(r.status, 0, "{shell}");
        assert!(r.stdout.contains("httpstatus"), "{shell}");
        assert!(r.stdout.contains("summary"), "{shell}");
        assert!(r.stdout.contains("vs"), "{shell}");
    }
}

#[test]
fn man_page() {
    let r = run(&["man"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains(".TH httpstatus 1"));
    assert!(r.stdout.contains(".SH SUBCOMMANDS"));
    assert!(r.stdout.contains("Exit status:"));
}

#[test]
fn closed_pipe_is_not_an_error() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("httpstatus"))
        .args(["--lang", "both", "list", "--all"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("reads");
    let status = child.wait().expect("waits");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

/// With standard output closed (not redirected), the process still starts with descriptors
/// 0–2 open, on /dev/null, as std's own entry point leaves them: otherwise the first file or
/// socket the program opens (here the server's epoll instance or listening socket) would
/// become descriptor 1, and output would go into it.
#[cfg(target_os = "linux")]
#[test]
fn closed_standard_output_is_reopened_on_dev_null() {
    use std::io::BufRead;
    let bin = assert_cmd::cargo::cargo_bin!("httpstatus");
    let mut child = std::process::Command::new("sh")
        .args(["-c", r#"exec "$0" serve --addr 127.0.0.1:0 >&-"#])
        .arg(bin)
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs sh");
    // The server logs its address once it listens.
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().expect("stderr"))
        .read_line(&mut line)
        .expect("reads the log");
    let fd1 = std::fs::read_link(format!("/proc/{}/fd/1", child.id()));
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("serving on"), "{line}");
    assert_eq!(
        fd1.expect("descriptor 1 is open"),
        std::path::Path::new("/dev/null")
    );
}
