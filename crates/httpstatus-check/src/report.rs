//! What a check found: the hops, their interim responses, findings and timings.

use std::borrow::Cow;

use httpstatus::{Lang, Text};
use serde::Serialize;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not wrong.
    Info,
    /// Against a SHOULD, a convention, or risky.
    Warning,
    /// Against a MUST.
    Error,
}

impl Severity {
    /// The severity in a word.
    pub const fn label(self) -> Text {
        match self {
            Severity::Info => Text {
                ko: "참고",
                en: "info",
            },
            Severity::Warning => Text {
                ko: "경고",
                en: "warning",
            },
            Severity::Error => Text {
                ko: "오류",
                en: "error",
            },
        }
    }
}

/// A text in both languages, made at run time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    /// Korean.
    pub ko: String,
    /// English.
    pub en: String,
}

impl Message {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ko => &self.ko,
            _ => &self.en,
        }
    }
}

/// One thing a response got wrong, or that the reader should know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// A stable identifier, e.g. `missing-www-authenticate` (`missing-` and the field
    /// name in lower case, for every field a code requires).
    pub id: Cow<'static, str>,
    /// How serious it is.
    pub severity: Severity,
    /// The rule it refers to, e.g. `RFC 9110 §15.5.2`.
    pub section: Cow<'static, str>,
    /// What was found and what to do.
    pub message: Message,
}

/// An interim (1xx) response seen before the final one.
#[derive(Clone, Debug, Serialize)]
pub struct InterimSeen {
    /// Its status code.
    pub status: u16,
    /// Its reason phrase (HTTP/1.1 only).
    pub reason: String,
    /// Its header fields, in order.
    pub headers: Vec<(String, String)>,
}

/// One request and its response.
#[derive(Clone, Debug, Serialize)]
pub struct Hop {
    /// Request method.
    pub method: String,
    /// Request URL.
    pub url: String,
    /// Protocol version of the response ("HTTP/1.1", "HTTP/2").
    pub version: String,
    /// Final status of this hop.
    pub status: u16,
    /// Reason phrase as received (empty on HTTP/2).
    pub reason: String,
    /// Interim responses seen first.
    pub interim: Vec<InterimSeen>,
    /// Response header fields, in order.
    pub headers: Vec<(String, String)>,
    /// Content bytes received.
    pub content_length: usize,
    /// Time from sending the request to the end of the response, in milliseconds.
    pub elapsed_ms: f64,
    /// What the client does next, if anything (following a redirect …).
    pub next: Option<Message>,
    /// Findings for this hop.
    pub findings: Vec<Finding>,
}

impl Hop {
    /// The first value of header field `name`.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a check stopped without a final response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// `connect`, `dns`, `timeout`, `tls`, `truncated`, `protocol`, `redirect-loop`,
    /// `too-many-redirects`, `bad-location`.
    pub kind: &'static str,
    /// What happened.
    pub message: Message,
}

/// The whole check.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The URL asked for.
    pub url: String,
    /// Every hop, in order.
    pub hops: Vec<Hop>,
    /// Set when the chain ended without a final response, or was cut off.
    pub failure: Option<Failure>,
    /// Total time, in milliseconds.
    pub total_ms: f64,
}

impl Report {
    /// The status of the last hop, if any response came.
    pub fn final_status(&self) -> Option<u16> {
        self.hops.last().map(|h| h.status)
    }

    /// `(errors, warnings, infos)` over all hops.
    pub fn counts(&self) -> (usize, usize, usize) {
        let all = self.hops.iter().flat_map(|h| &h.findings);
        let mut c = (0, 0, 0);
        for f in all {
            match f.severity {
                Severity::Error => c.0 += 1,
                Severity::Warning => c.1 += 1,
                Severity::Info => c.2 += 1,
            }
        }
        c
    }
}
