//! `data/wire-requests.toml` (the requests and the notes, by hand) and
//! `data/wire-examples.toml` (the exchanges recorded from the server by
//! `httpstatus-wire-examples`), checked against each other and rendered into the core's
//! `example/generated.rs`.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Deserialize;

use crate::model::{Data, Text};

/// `data/wire-requests.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// One per code.
    pub example: Vec<Request>,
}

/// One request and its note.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// The code.
    pub code: u16,
    /// Method.
    pub method: String,
    /// Target.
    pub target: String,
    /// Header lines.
    #[serde(default)]
    pub headers: Vec<String>,
    /// Content.
    #[serde(default)]
    pub content: String,
    /// What to notice.
    pub notice: Text,
}

/// `data/wire-examples.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recorded {
    /// One per code.
    pub example: Vec<RecordedExample>,
}

/// One recorded exchange.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedExample {
    /// The code.
    pub code: u16,
    /// The messages, in wire order.
    pub message: Vec<RecordedMessage>,
}

/// One message.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedMessage {
    /// `"client"` or `"server"`.
    pub from: String,
    /// The bytes.
    pub text: String,
    /// Content bytes left out.
    #[serde(default)]
    pub omitted: u32,
}

/// Both files, joined by code.
#[derive(Debug)]
pub struct Examples {
    /// The requests and notes.
    pub requests: Requests,
    /// The recordings.
    pub recorded: Recorded,
}

/// Path of the generated Rust file.
pub fn generated_path() -> PathBuf {
    crate::repo_root().join("crates/httpstatus/src/example/generated.rs")
}

/// Reads both files.
pub fn load() -> Result<Examples, String> {
    let read = |name: &str| {
        let path = crate::repo_root().join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let requests = toml::from_str(&read("data/wire-requests.toml")?)
        .map_err(|e| format!("data/wire-requests.toml: {e}"))?;
    let recorded = toml::from_str(&read("data/wire-examples.toml")?)
        .map_err(|e| format!("data/wire-examples.toml: {e}"))?;
    Ok(Examples { requests, recorded })
}

/// The status code on a response's status line.
fn status_of(text: &str) -> Option<u16> {
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

/// Every problem with the examples: a registered code without one, an example for a code
/// the data does not know, recordings that do not match the requests, exchanges that do
/// not end in the final response the code calls for, notes in words the glossary forbids.
pub fn validate(data: &Data, examples: &Examples, forbidden: &[String]) -> Vec<String> {
    let mut errors = Vec::new();
    let requests = &examples.requests.example;
    let recorded = &examples.recorded.example;
    for entry in data.codes.iter().filter(|e| e.status.is_registered()) {
        if !requests.iter().any(|r| r.code == entry.code) {
            errors.push(format!(
                "{}: a registered code without a wire example",
                entry.code
            ));
        }
    }
    if requests
        .iter()
        .map(|r| r.code)
        .ne(recorded.iter().map(|r| r.code))
    {
        errors.push(
            "data/wire-examples.toml does not record the codes of data/wire-requests.toml, in \
             order: run `cargo run -p httpstatus-wire-examples`"
                .into(),
        );
    }
    for (request, example) in requests.iter().zip(recorded) {
        let code = request.code;
        if !data.codes.iter().any(|e| e.code == code) {
            errors.push(format!(
                "{code}: an example for a code the data does not know"
            ));
        }
        for (lang, text) in [("ko", &request.notice.ko), ("en", &request.notice.en)] {
            if text.trim().is_empty() || text.contains('\n') {
                errors.push(format!("{code}: notice.{lang} must be one line"));
            }
            if text.contains('`') {
                errors.push(format!(
                    "{code}: notice.{lang}: no backticks, the line is shown as it is"
                ));
            }
        }
        for word in forbidden {
            if request.notice.ko.contains(word.as_str()) {
                errors.push(format!(
                    "{code}: notice.ko uses {word:?} (docs/glossary.md)"
                ));
            }
        }
        let messages = &example.message;
        let first_ok = messages.first().is_some_and(|m| {
            m.from == "client"
                && m.text.starts_with(&format!(
                    "{} {} HTTP/1.1\r\n",
                    request.method, request.target
                ))
        });
        if !first_ok {
            errors.push(format!("{code}: the exchange must start with the request"));
        }
        if messages
            .iter()
            .any(|m| m.from != "client" && m.from != "server")
        {
            errors.push(format!("{code}: `from` is client or server"));
        }
        let Some(last) = messages.last().filter(|m| m.from == "server") else {
            errors.push(format!(
                "{code}: the exchange must end with the server's response"
            ));
            continue;
        };
        // 1xx codes other than 101 are interim: the route answers them, then 200.
        let interim = (100..200).contains(&code) && code != 101;
        let want_final = if interim { 200 } else { code };
        if status_of(&last.text) != Some(want_final) {
            errors.push(format!(
                "{code}: the final response is {:?}, not {want_final}",
                last.text.lines().next()
            ));
        }
        if interim
            && !messages
                .iter()
                .any(|m| m.from == "server" && status_of(&m.text) == Some(code))
        {
            errors.push(format!("{code}: the interim {code} response is missing"));
        }
        for m in messages.iter().filter(|m| m.from == "server") {
            if !m.text.contains("\r\n\r\n") {
                errors.push(format!(
                    "{code}: a response without the end of its header section"
                ));
            }
        }
    }
    errors
}

/// The Rust source of `crates/httpstatus/src/example/generated.rs`.
pub fn render(examples: &Examples) -> String {
    let mut out = String::from(
        "//! Generated from `data/wire-requests.toml` and `data/wire-examples.toml` by `cargo test -p httpstatus-codegen`.\n\
         //! Do not edit by hand: record the examples again (`cargo run -p httpstatus-wire-examples`) and run that command.\n\n\
         use crate::example::{Example, Message, Peer};\n\
         use crate::{StatusCode, Text};\n\n",
    );
    let _ = writeln!(
        out,
        "pub(crate) static EXAMPLES: [Example; {}] = [",
        examples.requests.example.len()
    );
    for (request, recorded) in examples
        .requests
        .example
        .iter()
        .zip(&examples.recorded.example)
    {
        let _ = writeln!(out, "    Example {{");
        let _ = writeln!(
            out,
            "        code: StatusCode::from_u16_or_panic({}),",
            request.code
        );
        let _ = writeln!(out, "        messages: &[");
        for m in &recorded.message {
            let peer = if m.from == "client" {
                "Client"
            } else {
                "Server"
            };
            let _ = writeln!(
                out,
                "            Message {{ from: Peer::{peer}, text: {:?}, omitted: {} }},",
                m.text, m.omitted
            );
        }
        let _ = writeln!(out, "        ],");
        let _ = writeln!(
            out,
            "        notice: Text {{ ko: {:?}, en: {:?} }},",
            request.notice.ko, request.notice.en
        );
        let _ = writeln!(out, "    }},");
    }
    out.push_str("];\n");
    out
}
