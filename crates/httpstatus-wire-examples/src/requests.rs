//! The shape of `data/wire-requests.toml`: for each code, the request that shows it and
//! what to notice in the answer.

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// One per code, sorted by code.
    pub example: Vec<RequestSpec>,
}

/// A Korean and an English line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// Korean.
    pub ko: String,
    /// English.
    pub en: String,
}

/// `[[example]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestSpec {
    /// The code the example shows.
    pub code: u16,
    /// Request method.
    pub method: String,
    /// Request target (`/304`, `/102?sleep=0`).
    pub target: String,
    /// Header field lines after `Host` (`Name: value`); `Content-Length` is added for
    /// content.
    #[serde(default)]
    pub headers: Vec<String>,
    /// Request content.
    #[serde(default)]
    pub content: String,
    /// What to notice in the answer.
    pub notice: Notice,
}

/// The `Host` every example request names.
pub const HOST: &str = "localhost:8080";

impl Requests {
    /// Parses and checks the file's text.
    pub fn parse(text: &str) -> Result<Requests, String> {
        let requests: Requests = toml::from_str(text).map_err(|e| e.to_string())?;
        for pair in requests.example.windows(2) {
            if pair[0].code >= pair[1].code {
                return Err(format!(
                    "examples must be sorted by code, one per code: {} before {}",
                    pair[0].code, pair[1].code
                ));
            }
        }
        for spec in &requests.example {
            spec.check()?;
        }
        Ok(requests)
    }
}

impl RequestSpec {
    fn check(&self) -> Result<(), String> {
        let code = self.code;
        if !(100..=599).contains(&code) {
            return Err(format!("{code}: the server sends codes 100 to 599 only"));
        }
        if self.method.is_empty() || !self.method.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("{code}: bad method {:?}", self.method));
        }
        if !self.target.starts_with('/') || self.target.bytes().any(|b| b <= b' ') {
            return Err(format!("{code}: bad target {:?}", self.target));
        }
        for h in &self.headers {
            let ok = h.split_once(": ").is_some_and(|(name, value)| {
                !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && !value.bytes().any(|b| b == b'\r' || b == b'\n')
            });
            if !ok {
                return Err(format!("{code}: bad header line {h:?}"));
            }
            let name = h.split(':').next().unwrap_or_default();
            if name.eq_ignore_ascii_case("host") || name.eq_ignore_ascii_case("content-length") {
                return Err(format!("{code}: {name} is added by the generator"));
            }
        }
        if self.notice.ko.trim().is_empty() || self.notice.en.trim().is_empty() {
            return Err(format!("{code}: the notice needs Korean and English"));
        }
        Ok(())
    }

    /// `true` when the request asks for `100 Continue` before sending its content.
    pub fn expects_continue(&self) -> bool {
        self.headers.iter().any(|h| {
            h.split_once(':').is_some_and(|(n, v)| {
                n.eq_ignore_ascii_case("expect") && v.trim().eq_ignore_ascii_case("100-continue")
            })
        })
    }

    /// The request's header section, as sent.
    pub fn head(&self) -> String {
        let mut head = format!(
            "{} {} HTTP/1.1\r\nHost: {HOST}\r\n",
            self.method, self.target
        );
        for h in &self.headers {
            head.push_str(h);
            head.push_str("\r\n");
        }
        if !self.content.is_empty() {
            head.push_str(&format!("Content-Length: {}\r\n", self.content.len()));
        }
        head.push_str("\r\n");
        head
    }
}
