//! `httpstatus choose`: the non-interactive mode (snapshots in both languages, JSON, errors)
//! and the interactive mode driven through a pseudo-terminal.
//!
//! Update snapshots with `INSTA_UPDATE=always cargo test -p httpstatus-cli --test choose`,
//! then review them.

use std::process::Command;
use std::time::Duration;

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

#[derive(Debug)]
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let mut c = assert_cmd::cargo::cargo_bin_cmd!("httpstatus");
    for var in ENV {
        c.env_remove(var);
    }
    let out = c.args(args).output().expect("runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8"),
    }
}

const PATH_401: &str = "client-fault,who,missing,origin";

#[test]
fn choose_401_english() {
    let r = run(&["choose", "--lang", "en", "--answers", PATH_401]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    insta::assert_snapshot!("choose_401_en", r.stdout);
}

#[test]
fn choose_401_korean() {
    let r = run(&["choose", "--lang", "ko", "--answers", PATH_401]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    insta::assert_snapshot!("choose_401_ko", r.stdout);
}

#[test]
fn choose_redirect_by_numbers_korean() {
    // 2 elsewhere, 2 moved, 1 yes (permanent), 1 get-only: 301, with 308 beside it.
    let r = run(&["choose", "--lang", "ko", "--answers", "2,2,1,1"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    insta::assert_snapshot!("choose_301_numbers_ko", r.stdout);
    let by_name = run(&[
        "choose",
        "--lang",
        "ko",
        "--answers",
        "elsewhere,moved,yes,get-only",
    ]);
    assert_eq!(
        by_name.stdout, r.stdout,
        "numbers and names walk the same path"
    );
}

#[test]
fn choose_open_question_english() {
    let r = run(&["choose", "--lang", "en", "--answers", "server-fault"]);
    assert_eq!(r.status, 1, "stops at a question: exit 1");
    insta::assert_snapshot!("choose_open_server_en", r.stdout);
    let start = run(&["choose", "--lang", "en"]);
    assert_eq!(start.status, 1);
    assert!(start.stdout.contains("What happened to the request?"));
    assert!(start.stdout.contains("1. succeeded"), "{}", start.stdout);
}

#[test]
fn choose_json_is_the_library_shape() {
    let r = run(&["choose", "--json", "--answers", "no-response,client-left"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        v["answers"],
        serde_json::json!(["no-response", "client-left"])
    );
    assert_eq!(v["path"][1]["question"], "no-response");
    assert!(v["path"][0]["label"]["ko"].as_str().unwrap().contains('다'));
    assert_eq!(v["result"]["codes"], serde_json::json!([499, 460]));
    assert_eq!(v["result"]["entries"][0]["vendors"][0], "nginx");
    assert_eq!(v["result"]["entries"][1]["code"], 460);
    assert!(v["question"].is_null());

    let open = run(&["choose", "--json", "--answers", "succeeded"]);
    assert_eq!(open.status, 1);
    let v: Value = serde_json::from_str(&open.stdout).expect("JSON");
    assert_eq!(v["question"]["id"], "success");
    assert!(v["result"].is_null());
}

#[test]
fn choose_bad_answers_are_usage_errors() {
    let r = run(&["choose", "--answers", "client-fault,sideways"]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("\"sideways\""), "{}", r.stderr);
    assert!(r.stderr.contains("What is the problem?"), "{}", r.stderr);
    assert!(r.stderr.contains("who, target, method"), "{}", r.stderr);

    let r = run(&["choose", "--answers", "99"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("a number from 1 to 6"), "{}", r.stderr);

    let r = run(&["choose", "--answers", "client-fault,legal,1"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("after the end"), "{}", r.stderr);
    assert!(r.stderr.contains("451"), "{}", r.stderr);

    let r = run(&["choose", "--json", "--answers", "nope"]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stdout, "", "no JSON for a usage error");
}

// ---------------------------------------------------------------- a terminal

const ESC: &str = "\u{1b}";
const DOWN: &str = "\u{1b}[B";

/// The binary run under a pseudo-terminal of 120 columns, in English, without colour.
fn pty(args: &str) -> rexpect::session::PtySession {
    let bin = assert_cmd::cargo::cargo_bin!("httpstatus");
    let mut c = Command::new("sh");
    c.arg("-c").arg(format!(
        "stty cols 120 rows 50 && exec '{}' {args}",
        bin.display()
    ));
    for var in ENV {
        c.env_remove(var);
    }
    c.env("TERM", "xterm-256color").env("NO_COLOR", "1");
    rexpect::session::spawn_command(c, Some(20_000)).expect("a pseudo-terminal")
}

/// Sends `keys`, then waits a little: a lone Esc must be read as the Esc key rather than
/// the start of a sequence, and the prompt redraws between keys.
fn keys(p: &mut rexpect::session::PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
    std::thread::sleep(Duration::from_millis(250));
}

/// rexpect reads the terminal byte by byte as Latin-1: the same bytes, to look for.
fn raw(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

#[test]
fn choose_interactive_full_path_with_back() {
    let mut p = pty("choose --lang en");
    p.exp_string("What happened to the request?").unwrap();
    // A number picks the answer: 3 is "It cannot be done as asked".
    keys(&mut p, "3");
    keys(&mut p, "\r");
    p.exp_string("(2) What is the problem?").unwrap();
    // Esc goes back to the first question.
    keys(&mut p, ESC);
    p.exp_string("(1) What happened to the request?").unwrap();
    // Arrow keys: two down from the first answer is the third again.
    keys(&mut p, DOWN);
    keys(&mut p, DOWN);
    keys(&mut p, "\r");
    p.exp_string("(2) What is the problem?").unwrap();
    // Words filter the answers: "credentials" leaves "Who the client is …".
    keys(&mut p, "credentials");
    keys(&mut p, "\r");
    p.exp_string("(3) Did the request carry valid credentials?")
        .unwrap();
    // The "Back" entry goes back as well.
    keys(&mut p, "back");
    keys(&mut p, "\r");
    p.exp_string("(2) What is the problem?").unwrap();
    keys(&mut p, "1");
    keys(&mut p, "\r");
    p.exp_string("(3) Did the request carry valid credentials?")
        .unwrap();
    keys(&mut p, "1");
    keys(&mut p, "\r");
    p.exp_string("(4) Who asks for the credentials?").unwrap();
    keys(&mut p, "\r");
    p.exp_string("Your answers").unwrap();
    p.exp_string("Send: 401 Unauthorized").unwrap();
    p.exp_string("httpstatus choose --answers client-fault,who,missing,origin")
        .unwrap();
    p.exp_string("WWW-Authenticate (MUST)").unwrap();
    p.exp_eof().unwrap();
    match p.process_mut().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("{other:?}"),
    }
}

#[test]
fn choose_interactive_restart_and_answers_given_ahead() {
    // --answers takes the first steps; the terminal asks the rest, in Korean.
    let mut p = pty("choose --lang ko --answers succeeded,content");
    p.exp_string(&raw("(3) 무엇을 돌려보내나요?")).unwrap();
    keys(&mut p, "처음부터");
    keys(&mut p, "\r");
    p.exp_string(&raw("(1) 요청은 어떻게 되었나요?")).unwrap();
    keys(&mut p, "2");
    keys(&mut p, "\r");
    p.exp_string(&raw("(2) 클라이언트가 어디를 봐야 하나요?"))
        .unwrap();
    keys(&mut p, "3");
    keys(&mut p, "\r");
    p.exp_string("303 See Other").unwrap();
    p.exp_eof().unwrap();
}
