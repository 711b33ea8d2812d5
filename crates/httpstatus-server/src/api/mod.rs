//! The JSON API under `/api/v1/`, in the core's JSON shape (`httpstatus`'s `serde`
//! feature), described by the OpenAPI document at `/api/v1/openapi.json`:
//!
//! - `GET /api/v1/codes`: entries filtered as `httpstatus list` filters them (registered
//!   codes unless `unofficial` or `all`);
//! - `GET /api/v1/codes/{code}`: every meaning of a code, as an array (one entry for most
//!   codes, two for 499); 404 for an unassigned code, saying its class and how clients
//!   treat it; 400 for anything that is not a three-digit number from 100 to 999;
//! - `GET /api/v1/search?q=&lang=`: ranked hits, best first, each with its entry;
//! - `GET /api/v1/classes`: the five classes with their texts and codes;
//! - `GET /api/v1/choose`: the decision guide "Which code should I send?" as a graph, in
//!   the library's JSON shape (`httpstatus::guide`);
//! - `GET /api/v1/openapi.json`.
//!
//! Errors are `{"error": {"status", "reason", "message"}}`, as everywhere in the server.

mod openapi;

use httpstatus::{Class, Fact, Info, Lang, MatchKind, StatusCode};
use serde_json::{Value, json};

use crate::query;
use crate::reply::{Rejection, clip};

/// The boolean filters of `/api/v1/codes`, as the CLI's `list` flags.
pub(crate) const FLAGS: [&str; 6] = [
    "cacheable",
    "no_content",
    "retryable",
    "redirect",
    "unofficial",
    "all",
];
/// Values of the `class` filter.
pub(crate) const CLASS_VALUES: [&str; 10] =
    ["1", "2", "3", "4", "5", "1xx", "2xx", "3xx", "4xx", "5xx"];
/// Longest search query, in characters.
pub(crate) const MAX_QUERY: usize = crate::pages::MAX_QUERY;

fn to_json(value: &Value) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value).unwrap_or_default();
    v.push(b'\n');
    v
}

/// The fixed documents, by path, for the page store.
pub(crate) fn documents() -> Vec<(String, Vec<u8>)> {
    let mut docs = vec![
        (
            "/api/v1/codes".to_owned(),
            to_json(&json!(select(&Filters::default()))),
        ),
        ("/api/v1/classes".to_owned(), to_json(&classes())),
        (
            "/api/v1/choose".to_owned(),
            to_json(&json!(httpstatus::guide::graph())),
        ),
        (
            "/api/v1/openapi.json".to_owned(),
            to_json(&openapi::document()),
        ),
    ];
    for code in crate::pages::known_codes() {
        docs.push((
            format!("/api/v1/codes/{}", code.as_u16()),
            to_json(&json!(code.infos())),
        ));
    }
    docs
}

/// What answers a request under `/api/`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Document {
    /// The fixed document the page store holds at this path (see [`documents`]).
    Stored(String),
    /// This JSON, made for the request (filtered lists, search results).
    Made(Vec<u8>),
}

/// The document for a GET or HEAD of `path` under `/api/`, or what was wrong.
pub(crate) fn document(path: &str, query: Option<&str>) -> Result<Document, Rejection> {
    let query = query.filter(|q| !q.is_empty());
    match path {
        "/api/v1/codes" => match query {
            None => Ok(Document::Stored(path.to_owned())),
            Some(q) => parse_filters(q).map(|f| Document::Made(to_json(&json!(select(&f))))),
        },
        "/api/v1/search" => search(query).map(|v| Document::Made(to_json(&v))),
        "/api/v1/classes" | "/api/v1/choose" | "/api/v1/openapi.json" => {
            Ok(Document::Stored(path.to_owned()))
        }
        _ => match path.strip_prefix("/api/v1/codes/") {
            Some(seg) => match known(seg) {
                Some(code) => Ok(Document::Stored(format!("/api/v1/codes/{}", code.as_u16()))),
                None => Err(code_error(seg)),
            },
            None => Err(Rejection::not_found(format!(
                "no API route for {:?}: the routes are /api/v1/codes, /api/v1/codes/{{code}}, /api/v1/search?q=, /api/v1/classes, /api/v1/choose and /api/v1/openapi.json",
                clip(path, 80)
            ))),
        },
    }
}

/// The code a `/api/v1/codes/{seg}` names (`404`, or percent-encoded `%34%30%34`), when
/// the core knows it: its document is stored.
fn known(seg: &str) -> Option<StatusCode> {
    let decoded = percent_encoding::percent_decode_str(seg).decode_utf8_lossy();
    StatusCode::from_bytes(decoded.as_bytes())
        .ok()
        .filter(|code| code.info().is_some())
}

/// Why `/api/v1/codes/{seg}` has no entry: 404 for a number from 100 to 999 that the core
/// does not know, 400 for anything else.
fn code_error(seg: &str) -> Rejection {
    let decoded = percent_encoding::percent_decode_str(seg).decode_utf8_lossy();
    let code = StatusCode::from_bytes(decoded.as_bytes()).ok();
    match code {
        Some(code) => Rejection::not_found(unassigned(code)),
        None => Rejection::bad_request(format!(
            "{:?} is not a status code: expected a three-digit number from 100 to 999 (only 100–599 are valid, RFC 9110 §15)",
            clip(&decoded, 40)
        )),
    }
}

/// The message for an unassigned code: its class and how clients treat it.
fn unassigned(code: StatusCode) -> String {
    let n = code.as_u16();
    let treated = code.handled_as().to_string();
    match code.class() {
        Some(class) => format!(
            "{n} is not an assigned status code, registered or unofficial. It is in class {} ({}); a client that does not recognise it treats it as {treated} (RFC 9110 §15).",
            class.range(),
            class.name().en
        ),
        None => format!(
            "{n} is not an assigned status code, and it is outside 100–599, so it is not a valid one (RFC 9110 §15); clients treat it as a 5xx, that is {treated}."
        ),
    }
}

/// The filters of `/api/v1/codes`.
#[derive(Debug, Default, PartialEq, Eq)]
struct Filters {
    classes: Vec<Class>,
    /// Set flags, in [`FLAGS`] order.
    flags: [bool; 6],
}

fn parse_filters(query: &str) -> Result<Filters, Rejection> {
    let mut f = Filters::default();
    let mut seen = [false; 6];
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == "class" {
            let class = CLASS_VALUES
                .iter()
                .position(|v| *v == value)
                .and_then(|i| Class::from_digit((i % 5) as u8 + 1))
                .ok_or_else(|| {
                    Rejection::bad_request(format!(
                        "class={:?} is not a class: use 1 to 5 or 1xx to 5xx (repeat class= for several)",
                        clip(&value, 20)
                    ))
                })?;
            if !f.classes.contains(&class) {
                f.classes.push(class);
            }
            continue;
        }
        let Some(i) = FLAGS.iter().position(|k| *k == key) else {
            return Err(Rejection::bad_request(format!(
                "unknown parameter {:?}: the filters are class, {}",
                clip(&key, 30),
                FLAGS.join(", ")
            )));
        };
        if seen[i] {
            return Err(Rejection::bad_request(format!("{key} is given twice")));
        }
        seen[i] = true;
        f.flags[i] = match value.as_ref() {
            "true" => true,
            "false" => false,
            other => {
                return Err(Rejection::bad_request(format!(
                    "{key}={:?}: expected true or false",
                    clip(other, 20)
                )));
            }
        };
    }
    Ok(f)
}

/// The entries that pass every filter, in code order. Registered codes only unless
/// `unofficial` (unofficial only) or `all` (both); `unofficial` and `all` together give the
/// unofficial codes, since filters combine.
fn select(f: &Filters) -> Vec<&'static Info> {
    let [cacheable, no_content, retryable, redirect, unofficial, all] = f.flags;
    let standing = if unofficial {
        Some(Fact::Unofficial)
    } else if all {
        None
    } else {
        Some(Fact::Registered)
    };
    let facts = [
        standing,
        cacheable.then_some(Fact::Cacheable),
        no_content.then_some(Fact::NoContent),
        retryable.then_some(Fact::Retryable),
        redirect.then_some(Fact::Redirect),
    ];
    httpstatus::entries()
        .iter()
        .filter(|i| f.classes.is_empty() || i.class().is_some_and(|c| f.classes.contains(&c)))
        .filter(|i| facts.iter().flatten().all(|fact| fact.holds_for(i)))
        .collect()
}

/// The name of a match kind in the API.
pub(crate) fn match_name(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::Code => "code",
        MatchKind::CodeTypo => "code-typo",
        MatchKind::Pattern => "pattern",
        MatchKind::Phrase => "phrase",
        MatchKind::Words => "words",
        MatchKind::Fuzzy => "fuzzy",
        _ => "other",
    }
}

/// Every match kind name, for the OpenAPI document.
pub(crate) const MATCH_NAMES: [&str; 7] = [
    "code",
    "code-typo",
    "pattern",
    "phrase",
    "words",
    "fuzzy",
    "other",
];

/// `true` when `q` has nothing to search for. Besides Unicode white space this counts
/// U+001C–U+001F, which Python (and so the schema's `\S` pattern as schemathesis reads it)
/// takes for white space.
fn blank(q: &str) -> bool {
    q.chars()
        .all(|c| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

fn search(query: Option<&str>) -> Result<Value, Rejection> {
    if let Some(query) = query {
        for (key, _) in form_urlencoded::parse(query.as_bytes()) {
            if key != "q" && key != "lang" {
                return Err(Rejection::bad_request(format!(
                    "unknown parameter {:?}: /api/v1/search takes q and lang",
                    clip(&key, 30)
                )));
            }
        }
    }
    let count = |name: &str| {
        query.map_or(0, |q| {
            form_urlencoded::parse(q.as_bytes())
                .filter(|(k, _)| k == name)
                .count()
        })
    };
    if count("q") > 1 || count("lang") > 1 {
        return Err(Rejection::bad_request("q and lang may each be given once"));
    }
    let q = query::param(query, "q").ok_or_else(|| {
        Rejection::bad_request("the query parameter q is required: /api/v1/search?q=not+found")
    })?;
    if blank(&q) {
        return Err(Rejection::bad_request(
            "q is empty: give a code, a pattern (4xx) or words, like /api/v1/search?q=not+found",
        ));
    }
    if q.chars().count() > MAX_QUERY {
        return Err(Rejection::bad_request(format!(
            "q is too long: at most {MAX_QUERY} characters"
        )));
    }
    let lang = match query::param(query, "lang").as_deref() {
        None => Lang::En,
        Some("ko") => Lang::Ko,
        Some("en") => Lang::En,
        Some(other) => {
            return Err(Rejection::bad_request(format!(
                "lang={:?}: expected ko or en",
                clip(other, 20)
            )));
        }
    };
    let results = httpstatus::search(&q);
    let hits: Vec<Value> = results
        .iter()
        .enumerate()
        .map(|(rank, hit)| {
            json!({
                "rank": rank + 1,
                "score": hit.score,
                "match": match_name(hit.kind),
                "page": format!("/{}/{}", lang.as_str(), hit.info.code.as_u16()),
                "entry": hit.info,
            })
        })
        .collect();
    Ok(Value::Array(hits))
}

/// The five classes with their texts and codes.
fn classes() -> Value {
    let list: Vec<Value> = Class::ALL
        .iter()
        .map(|&class| {
            let mut codes: Vec<u16> = Vec::new();
            let mut unofficial: Vec<u16> = Vec::new();
            for info in class.entries() {
                let list = if info.is_unofficial() {
                    &mut unofficial
                } else {
                    &mut codes
                };
                if !list.contains(&info.code.as_u16()) {
                    list.push(info.code.as_u16());
                }
            }
            json!({
                "class": class.range(),
                "digit": class.digit(),
                "slug": class.slug(),
                "name": class.name(),
                "summary": class.summary(),
                "description": class.description(),
                "representative": class.representative(),
                "codes": codes,
                "unofficial_codes": unofficial,
            })
        })
        .collect();
    Value::Array(list)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn filters() {
        assert_eq!(parse_filters("").unwrap(), Filters::default());
        let f = parse_filters("class=4&class=5xx&cacheable=true&all=false").unwrap();
        assert_eq!(f.classes, [Class::ClientError, Class::ServerError]);
        assert_eq!(f.flags, [true, false, false, false, false, false]);
        for bad in [
            "class=6",
            "class=4XX",
            "cacheable=yes",
            "cacheable",
            "colour=red",
            "all=true&all=true",
        ] {
            assert_eq!(parse_filters(bad).unwrap_err().status, 400, "{bad}");
        }
    }

    #[test]
    fn selection_mirrors_the_cli() {
        let codes = |q: &str| -> Vec<u16> {
            select(&parse_filters(q).unwrap())
                .iter()
                .map(|i| i.code.as_u16())
                .collect()
        };
        assert_eq!(codes("redirect=true"), [301, 302, 303, 307, 308]);
        assert!(
            codes("")
                .iter()
                .all(|c| StatusCode::from_u16(*c).unwrap().is_registered())
        );
        assert!(codes("unofficial=true").contains(&499));
        assert_eq!(codes("unofficial=true&all=true"), codes("unofficial=true"));
        assert!(codes("all=true").len() > codes("").len());
    }

    #[test]
    fn unassigned_messages() {
        let m = unassigned(StatusCode::from_u16(471).unwrap());
        assert!(m.contains("4xx") && m.contains("400 Bad Request"), "{m}");
        let m = unassigned(StatusCode::from_u16(650).unwrap());
        assert!(m.contains("500"), "{m}");
        assert_eq!(code_error("abc").status, 400);
        assert_eq!(code_error("42").status, 400);
        assert_eq!(code_error("1000").status, 400);
        assert_eq!(code_error("471").status, 404);
    }
}
