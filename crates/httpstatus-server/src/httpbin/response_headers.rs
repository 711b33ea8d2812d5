//! `/response-headers?{Name}={value}`: the response carries the fields the query names,
//! and its JSON content lists every field it carries, as httpbin's does.
//!
//! A chosen field replaces the server's field of that name, never joins it (RFC 9110
//! §5.3); a name given twice gives two field lines. The same checks as
//! `X-HttpStatus-Response-{Name}` apply (`route::check_chosen_field`): no field that
//! frames the message, no CR or LF, a `Location` or `Refresh` only to a local path or an
//! allowed host. Like every response a caller shapes, it is sandboxed (`sandbox.rs`).

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderValue};
use serde_json::{Map, Value};

use super::params::Query;
use super::{Asked, Env, Outcome, Payload, Reply};
use crate::route;

/// The answer of `/response-headers`.
pub(crate) fn answer(asked: &Asked<'_>, env: &Env<'_>) -> Outcome {
    let query = Query::parse(asked.uri.query());
    let mut chosen = Vec::new();
    for (name, value) in query.pairs() {
        let field =
            route::check_chosen_field(name, value.as_bytes(), &env.limits.allow_redirect_hosts)?;
        chosen.push((name.as_str(), field));
    }
    let fields: Vec<_> = chosen.iter().map(|(_, f)| f.clone()).collect();
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    crate::respond::override_fields(&mut headers, &fields);
    let ours_kept = !fields.iter().any(|(n, _)| n == header::CONTENT_TYPE);
    let body = listing(&chosen, ours_kept);
    let mut reply = Reply::with_payload(200, "application/json", Payload::Whole(body));
    reply.headers = headers;
    Ok(reply)
}

/// The content: an object of every field the response carries, `Content-Length` included,
/// which is the length of the content itself (found by trying until it holds).
fn listing(chosen: &[(&str, (http::HeaderName, HeaderValue))], ours_kept: bool) -> Bytes {
    let mut length = 0usize;
    loop {
        let mut m = Map::new();
        let mut put = |name: &str, value: String| match m.get_mut(name) {
            None => {
                m.insert(name.to_owned(), Value::String(value));
            }
            Some(Value::Array(list)) => list.push(Value::String(value)),
            Some(first) => {
                let one = first.take();
                *first = Value::Array(vec![one, Value::String(value)]);
            }
        };
        if ours_kept {
            put("Content-Type", "application/json".to_owned());
        }
        put("Content-Length", length.to_string());
        for (name, (_, value)) in chosen {
            put(name, String::from_utf8_lossy(value.as_bytes()).into_owned());
        }
        let mut bytes = serde_json::to_vec_pretty(&Value::Object(m)).unwrap_or_default();
        bytes.push(b'\n');
        if bytes.len() == length {
            return Bytes::from(bytes);
        }
        length = bytes.len();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_states_its_own_length() {
        let f = (
            http::HeaderName::from_static("x-a"),
            HeaderValue::from_static("1"),
        );
        let body = listing(&[("X-A", f.clone()), ("X-A", f)], true);
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["Content-Length"], body.len().to_string());
        assert_eq!(v["X-A"], serde_json::json!(["1", "1"]));
        assert_eq!(v["Content-Type"], "application/json");
    }
}
