//! httpbin's report of a request: `/anything`, `/anything/{…}`, `/get`, `/post`, `/put`,
//! `/patch`, `/delete`, `/headers`, `/ip`, `/user-agent`, and the body of the routes that
//! answer with it (`/delay`, `/cache`, `/etag`, `/stream` …).
//!
//! The shape is httpbin's, so that `r.json()['headers']['User-Agent']` and `['args']` work
//! unchanged: `args` (one value a string, several a list), `headers` as an object with
//! httpbin's name casing (`User-Agent`), `data`, `form`, `files`, `json`, `origin`, `url`,
//! `method`; keys sorted, two-space indentation and a final newline, as Flask writes it.
//! Content that is not UTF-8 comes as a `data:` URL with base64 (RFC 2397) instead of lossy
//! text. The older `/echo` keeps its own shape (`echo.rs`).

use bytes::Bytes;
use http::header::{self, HeaderMap};
use serde_json::{Map, Value};

use super::Asked;
use super::params::Query;
use crate::route::Rejection;

/// The routes of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Echo {
    /// `/anything` and `/anything/{…}`: any method; every key.
    Anything,
    /// `/get`: GET (and HEAD).
    Get,
    /// `/post`.
    Post,
    /// `/put`.
    Put,
    /// `/patch`.
    Patch,
    /// `/delete`.
    Delete,
    /// `/headers`: `{"headers": …}`.
    Headers,
    /// `/ip`: `{"origin": …}`.
    Ip,
    /// `/user-agent`: `{"user-agent": …}`.
    UserAgent,
}

/// A key of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Url,
    Args,
    Form,
    Data,
    Origin,
    Headers,
    Files,
    Json,
    Method,
}

/// The keys of `/get` (also `/cache`, `/etag`, `/stream`).
pub(crate) const GET_KEYS: &[Key] = &[Key::Url, Key::Args, Key::Headers, Key::Origin];
/// The keys of `/post`, `/put`, `/patch` and `/delete`.
const BODY_KEYS: &[Key] = &[
    Key::Url,
    Key::Args,
    Key::Form,
    Key::Data,
    Key::Origin,
    Key::Headers,
    Key::Files,
    Key::Json,
];
/// The keys of `/anything`.
const ALL_KEYS: &[Key] = &[
    Key::Url,
    Key::Args,
    Key::Form,
    Key::Data,
    Key::Origin,
    Key::Headers,
    Key::Files,
    Key::Json,
    Key::Method,
];
/// The keys of `/delay/{seconds}`.
pub(crate) const DELAY_KEYS: &[Key] = &[
    Key::Url,
    Key::Args,
    Key::Form,
    Key::Data,
    Key::Origin,
    Key::Headers,
    Key::Files,
];

impl Echo {
    /// The route for a path under `/{first}`, with what follows it.
    pub(crate) fn route(first: &str, rest: &str) -> Option<Echo> {
        let echo = match first {
            "anything" => return Some(Echo::Anything),
            "get" => Echo::Get,
            "post" => Echo::Post,
            "put" => Echo::Put,
            "patch" => Echo::Patch,
            "delete" => Echo::Delete,
            "headers" => Echo::Headers,
            "ip" => Echo::Ip,
            "user-agent" => Echo::UserAgent,
            _ => return None,
        };
        rest.is_empty().then_some(echo)
    }

    /// Whether the report needs the request's form (urlencoded or multipart).
    pub(crate) fn reads_form(self) -> bool {
        matches!(
            self,
            Echo::Anything | Echo::Post | Echo::Put | Echo::Patch | Echo::Delete
        )
    }
}

/// The request's form: fields and uploaded files, in order. Empty unless its content is
/// `application/x-www-form-urlencoded` or `multipart/form-data`.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Form {
    /// Fields: name and value.
    pub(crate) fields: Vec<(String, String)>,
    /// Files: field name and value as httpbin reports it (text, or a `data:` URL).
    pub(crate) files: Vec<(String, String)>,
    /// `true` when the content was a form: then `data` is empty and `json` null, as in
    /// httpbin (Flask consumes a form's content).
    pub(crate) was_form: bool,
}

/// What kind of form a `Content-Type` announces.
fn form_kind(headers: &HeaderMap) -> Option<FormKind> {
    let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let essence = ct.split(';').next()?.trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/x-www-form-urlencoded" => Some(FormKind::UrlEncoded),
        "multipart/form-data" => Some(FormKind::Multipart(ct.to_owned())),
        _ => None,
    }
}

enum FormKind {
    UrlEncoded,
    Multipart(String),
}

/// Reads the request's form, if its content is one; a malformed multipart body is a 400.
pub(crate) async fn read_form(headers: &HeaderMap, content: &Bytes) -> Result<Form, Rejection> {
    let Some(kind) = form_kind(headers) else {
        return Ok(Form::default());
    };
    let mut form = Form {
        was_form: true,
        ..Form::default()
    };
    match kind {
        FormKind::UrlEncoded => {
            form.fields = form_urlencoded::parse(content).into_owned().collect();
        }
        FormKind::Multipart(ct) => {
            let boundary = multer::parse_boundary(&ct).map_err(|e| {
                Rejection::bad_request(format!("the multipart Content-Type is not usable: {e}"))
            })?;
            let chunk: Result<Bytes, std::convert::Infallible> = Ok(content.clone());
            let mut parts =
                multer::Multipart::new(futures_util::stream::once(async move { chunk }), boundary);
            let bad = |e: multer::Error| {
                Rejection::bad_request(format!("the multipart/form-data content is malformed: {e}"))
            };
            while let Some(field) = parts.next_field().await.map_err(bad)? {
                let name = field.name().unwrap_or("").to_owned();
                let file = field.file_name().is_some();
                let media = field
                    .content_type()
                    .map_or("application/octet-stream".to_owned(), ToString::to_string);
                let bytes = field.bytes().await.map_err(bad)?;
                if file {
                    form.files.push((name, text_or_data_url(&bytes, &media)));
                } else {
                    form.fields
                        .push((name, String::from_utf8_lossy(&bytes).into_owned()));
                }
            }
        }
    }
    Ok(form)
}

/// The report of `route`.
pub(crate) fn report(route: Echo, asked: &Asked<'_>, form: &Form) -> Value {
    match route {
        Echo::Anything => object(asked, form, ALL_KEYS),
        Echo::Get => object(asked, form, GET_KEYS),
        Echo::Post | Echo::Put | Echo::Patch | Echo::Delete => object(asked, form, BODY_KEYS),
        Echo::Headers => object(asked, form, &[Key::Headers]),
        Echo::Ip => object(asked, form, &[Key::Origin]),
        Echo::UserAgent => {
            let mut m = Map::new();
            let ua = asked
                .headers
                .get(header::USER_AGENT)
                .map(|v| Value::String(lossy(v.as_bytes())));
            m.insert("user-agent".into(), ua.unwrap_or(Value::Null));
            Value::Object(m)
        }
    }
}

/// An object with `keys` of the report.
pub(crate) fn object(asked: &Asked<'_>, form: &Form, keys: &[Key]) -> Value {
    let mut m = Map::new();
    for key in keys {
        let (name, value) = match key {
            Key::Url => ("url", Value::String(url(asked))),
            Key::Args => ("args", grouped(Query::parse(asked.uri.query()).pairs())),
            Key::Form => ("form", grouped(&form.fields)),
            Key::Data => (
                "data",
                Value::String(if form.was_form {
                    String::new()
                } else {
                    text_or_data_url(asked.content, "application/octet-stream")
                }),
            ),
            Key::Origin => ("origin", Value::String(origin(asked))),
            Key::Headers => ("headers", headers(asked)),
            Key::Files => ("files", grouped(&form.files)),
            Key::Json => (
                "json",
                if form.was_form {
                    Value::Null
                } else {
                    serde_json::from_slice(asked.content).unwrap_or(Value::Null)
                },
            ),
            Key::Method => ("method", Value::String(asked.method.as_str().to_owned())),
        };
        m.insert(name.to_owned(), value);
    }
    Value::Object(m)
}

/// Pairs as an object: a name with one value maps to it, with several to a list of them
/// (httpbin's `semiflatten`).
fn grouped(pairs: &[(String, String)]) -> Value {
    let mut m = Map::new();
    for (name, value) in pairs {
        let value = Value::String(value.clone());
        match m.get_mut(name) {
            None => {
                m.insert(name.clone(), value);
            }
            Some(Value::Array(list)) => list.push(value),
            Some(first) => {
                let one = first.take();
                *first = Value::Array(vec![one, value]);
            }
        }
    }
    Value::Object(m)
}

/// The request's header fields as an object: httpbin's casing of each name, the values
/// of a repeated field joined as one (RFC 9110 §5.3: with `, `; `Cookie` with `; `, RFC
/// 6265 §5.4). On HTTP/2, `:authority` shows as `Host`.
pub(crate) fn headers(asked: &Asked<'_>) -> Value {
    let mut m = Map::new();
    if !asked.headers.contains_key(header::HOST) {
        if let Some(authority) = asked.uri.authority() {
            m.insert("Host".into(), Value::String(authority.to_string()));
        }
    }
    for name in asked.headers.keys() {
        let glue = if name == header::COOKIE { "; " } else { ", " };
        let joined = asked
            .headers
            .get_all(name)
            .iter()
            .map(|v| lossy(v.as_bytes()))
            .collect::<Vec<_>>()
            .join(glue);
        m.insert(title_case(name.as_str()), Value::String(joined));
    }
    Value::Object(m)
}

/// httpbin's (werkzeug's) casing of a field name: Python's `str.title()`, a letter upper
/// case after anything that is not a letter and lower case after a letter
/// (`x-b3-traceid` → `X-B3-Traceid`).
pub fn title_case(name: &str) -> String {
    let mut after_letter = false;
    name.chars()
        .map(|c| {
            let out = if !c.is_ascii_alphabetic() {
                c
            } else if after_letter {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            after_letter = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// Where the request came from: `X-Forwarded-For` when a proxy set it (as httpbin reports
/// it), else the peer's address.
pub(crate) fn origin(asked: &Asked<'_>) -> String {
    if let Some(v) = asked.headers.get("x-forwarded-for") {
        return lossy(v.as_bytes());
    }
    asked.peer.map(|ip| ip.to_string()).unwrap_or_default()
}

/// The URL the request was made to: scheme (`X-Forwarded-Proto` when a proxy set it to
/// `http` or `https`, else this connection's), host (`Host`, or the target's authority),
/// path and query as received.
pub(crate) fn url(asked: &Asked<'_>) -> String {
    let forwarded = asked
        .headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| v == "http" || v == "https");
    let scheme =
        forwarded.unwrap_or_else(|| if asked.secure { "https" } else { "http" }.to_owned());
    let host = asked
        .uri
        .authority()
        .map(|a| a.to_string())
        .or_else(|| asked.headers.get(header::HOST).map(|h| lossy(h.as_bytes())))
        .unwrap_or_default();
    let target = asked.uri.path_and_query().map_or("/", |p| p.as_str());
    format!("{scheme}://{host}{target}")
}

/// `bytes` as text when they are UTF-8, else as a `data:` URL of `media_type` with base64
/// (httpbin's `json_safe`).
pub fn text_or_data_url(bytes: &[u8], media_type: &str) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => format!(
            "data:{media_type};base64,{}",
            data_encoding::BASE64.encode(bytes)
        ),
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use http::{Method, Uri};

    fn asked<'a>(
        method: &'a Method,
        uri: &'a Uri,
        headers: &'a HeaderMap,
        content: &'a [u8],
    ) -> Asked<'a> {
        Asked {
            method,
            uri,
            headers,
            content,
            peer: Some("127.0.0.1".parse().unwrap()),
            secure: false,
        }
    }

    #[test]
    fn names_are_cased_as_httpbin_cases_them() {
        assert_eq!(title_case("user-agent"), "User-Agent");
        assert_eq!(title_case("x-b3-traceid"), "X-B3-Traceid");
        assert_eq!(title_case("dnt"), "Dnt");
        assert_eq!(title_case("x-1a"), "X-1A");
        assert_eq!(title_case("content-md5"), "Content-Md5");
    }

    #[test]
    fn anything_reports_every_key() {
        let method = Method::POST;
        let uri: Uri = "/anything/x?a=1&a=2&b=%20".parse().unwrap();
        let mut h = HeaderMap::new();
        h.insert(header::HOST, "example.test:8080".parse().unwrap());
        h.append(header::ACCEPT, "a/b".parse().unwrap());
        h.append(header::ACCEPT, "c/d".parse().unwrap());
        h.append(header::COOKIE, "x=1".parse().unwrap());
        h.append(header::COOKIE, "y=2".parse().unwrap());
        let a = asked(&method, &uri, &h, br#"{"k": [1, 2]}"#);
        let v = report(Echo::Anything, &a, &Form::default());
        assert_eq!(v["method"], "POST");
        assert_eq!(
            v["url"],
            "http://example.test:8080/anything/x?a=1&a=2&b=%20"
        );
        assert_eq!(v["args"]["a"], serde_json::json!(["1", "2"]));
        assert_eq!(v["args"]["b"], " ");
        assert_eq!(v["headers"]["Accept"], "a/b, c/d");
        assert_eq!(v["headers"]["Cookie"], "x=1; y=2");
        assert_eq!(v["headers"]["Host"], "example.test:8080");
        assert_eq!(v["json"]["k"][1], 2);
        assert_eq!(v["data"], r#"{"k": [1, 2]}"#);
        assert_eq!(v["origin"], "127.0.0.1");
        assert_eq!(v["form"], serde_json::json!({}));
        assert_eq!(v["files"], serde_json::json!({}));
    }

    #[test]
    fn binary_content_is_a_data_url() {
        let method = Method::PUT;
        let uri: Uri = "/put".parse().unwrap();
        let h = HeaderMap::new();
        let a = asked(&method, &uri, &h, &[0xff, 0x00, 0x80]);
        let v = report(Echo::Put, &a, &Form::default());
        assert_eq!(v["data"], "data:application/octet-stream;base64,/wCA");
        assert_eq!(v["json"], Value::Null);
        assert!(v.get("method").is_none(), "/put has no method key");
    }

    #[tokio::test]
    async fn forms_urlencoded_and_multipart() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded".parse().unwrap(),
        );
        let f = read_form(&h, &Bytes::from_static(b"a=1&b=two+words&a=3"))
            .await
            .unwrap();
        assert!(f.was_form);
        assert_eq!(
            grouped(&f.fields),
            serde_json::json!({"a": ["1", "3"], "b": "two words"})
        );

        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n\
                    --XyZ\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.bin\"\r\n\
                    Content-Type: image/png\r\n\r\n\u{1}\u{2}\r\n--XyZ--\r\n";
        let mut bytes = body.as_bytes().to_vec();
        // A byte that is not UTF-8 in the file.
        let at = bytes.windows(2).position(|w| w == [1, 2]).unwrap();
        bytes[at] = 0xff;
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=XyZ".parse().unwrap(),
        );
        let f = read_form(&h, &Bytes::from(bytes)).await.unwrap();
        assert_eq!(f.fields, vec![("field".to_owned(), "value".to_owned())]);
        assert_eq!(f.files[0].0, "up");
        assert_eq!(f.files[0].1, "data:image/png;base64,/wI=");

        let bad = read_form(&h, &Bytes::from_static(b"--XyZ\r\nno end")).await;
        assert_eq!(bad.unwrap_err().status, 400);
    }
}
