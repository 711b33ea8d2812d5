//! Writes the recorded exchanges as `data/wire-examples.toml`, byte-exact and readable:
//! each CR LF is written as `\r` at the end of a line, so the file shows the messages line
//! by line and parses back to the very bytes.

use std::fmt::Write as _;

use crate::Recorded;

/// The file's text.
pub fn render(recorded: &[Recorded]) -> String {
    let mut out = String::from(
        "# Wire examples recorded from the real server by `cargo run -p httpstatus-wire-examples`\n\
         # from the requests in data/wire-requests.toml. Do not edit: `cargo test -p\n\
         # httpstatus-wire-examples` fails when the server no longer sends these bytes (and\n\
         # rewrites this file). Normalised: every Date field's value, and content after its\n\
         # first 600 bytes (`omitted` counts the bytes left out).\n",
    );
    for example in recorded {
        let _ = write!(out, "\n[[example]]\ncode = {}\n", example.code);
        for m in &example.messages {
            let _ = write!(
                out,
                "\n[[example.message]]\nfrom = \"{}\"\n",
                m.from.as_str()
            );
            if m.omitted > 0 {
                let _ = writeln!(out, "omitted = {}", m.omitted);
            }
            out.push_str("text = \"\"\"\n");
            out.push_str(&escape(&m.text));
            out.push_str("\"\"\"\n");
        }
    }
    out
}

/// The body of a TOML multi-line basic string that parses back to `text`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            // Two quotes in a row are fine, three end the string, and a last one would
            // run into the closing delimiter.
            '"' if matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                out.push_str("\\r\n");
            }
            '\n' => out.push('\n'),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[derive(serde::Deserialize)]
    struct One {
        text: String,
    }

    fn round_trip(text: &str) -> String {
        let doc = format!("text = \"\"\"\n{}\"\"\"\n", escape(text));
        toml::from_str::<One>(&doc)
            .unwrap_or_else(|e| panic!("{doc}: {e}"))
            .text
    }

    #[test]
    fn escaping_round_trips_awkward_text() {
        for text in [
            "HTTP/1.1 200 OK\r\netag: \"v1\"\r\n\r\n",
            "ends with a quote\"",
            "three \"\"\" quotes",
            "\"\"",
            "back\\slash \\r not a CR",
            "lone CR\r and lone LF\n and tab\t and NUL\0 and DEL\u{7f}",
            "\n leading newline",
            "한국어 콘텐츠\r\n",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }
}
