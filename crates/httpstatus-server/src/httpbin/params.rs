//! Reading the parameters of these routes: path segments, the query string, numbers,
//! durations and flags, each with a 4xx that names the parameter and what it takes.

use std::time::Duration;

use crate::route::Rejection;
pub(crate) use crate::route::clip;

/// The query string as decoded name/value pairs (`+` is a space, `%XX` a byte; invalid
/// UTF-8 becomes U+FFFD), in their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Decodes `query` (the part after `?`, if any).
    pub fn parse(query: Option<&str>) -> Query {
        Query(
            query
                .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
                .unwrap_or_default(),
        )
    }

    /// The first value of `name`, as httpbin reads a parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every pair, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

/// A path segment percent-decoded; `what` names it in the error.
pub(crate) fn segment(raw: &str, what: &str) -> Result<String, Rejection> {
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| Rejection::bad_request(format!("the {what} in the path is not UTF-8")))
}

/// A whole number of at most `max`; `what` names the parameter (`n in /redirect/{n}`).
pub fn whole(raw: &str, what: &str, min: u64, max: u64) -> Result<u64, Rejection> {
    let digits = !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit());
    match raw.parse::<u64>() {
        Ok(n) if digits && (min..=max).contains(&n) => Ok(n),
        Ok(n) if digits && n < min => Err(Rejection::bad_request(format!(
            "{what} is {n}: it must be at least {min}"
        ))),
        _ if digits => Err(Rejection::bad_request(format!(
            "{what} is {}: it must be at most {max}",
            clip(raw)
        ))),
        _ => Err(Rejection::bad_request(format!(
            "{what} is {:?}: expected a whole number from {min} to {max}",
            clip(raw)
        ))),
    }
}

/// A number of at most `limit`, where the limit is the server's `flag`.
pub(crate) fn within(
    raw: &str,
    what: &str,
    min: u64,
    limit: u64,
    flag: &str,
) -> Result<u64, Rejection> {
    let n = whole(raw, what, min, u64::MAX)?;
    if n > limit {
        return Err(Rejection::bad_request(format!(
            "{what} is {n}: this server allows at most {limit} (its {flag})"
        )));
    }
    Ok(n)
}

/// A duration: decimal seconds (`2`, `0.5`, as httpbin reads them) or with a unit, as
/// go-httpbin reads them (`500ms`, `1.5s`). No sign, exponent, `inf` or `NaN`.
pub fn duration(raw: &str, what: &str) -> Result<Duration, Rejection> {
    let bad = || {
        Rejection::bad_request(format!(
            "{what} is {:?}: expected seconds such as 2 or 0.5, or 500ms",
            clip(raw)
        ))
    };
    let s = raw.trim();
    let (number, scale) = if let Some(n) = s.strip_suffix("ms") {
        (n, 1e-3)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1.0)
    } else {
        (s, 1.0)
    };
    let plain = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.bytes().filter(|&b| b == b'.').count() <= 1
        && number != ".";
    if !plain {
        return Err(bad());
    }
    let value: f64 = number.parse().map_err(|_| bad())?;
    Duration::try_from_secs_f64(value * scale).map_err(|_| bad())
}

/// A duration no longer than the server's `--max-delay-ms`.
pub(crate) fn delay(raw: &str, what: &str, max: Duration) -> Result<Duration, Rejection> {
    let d = duration(raw, what)?;
    if d > max {
        return Err(too_long(what, d, max));
    }
    Ok(d)
}

/// The 400 for a delay over the server's limit.
pub(crate) fn too_long(what: &str, d: Duration, max: Duration) -> Rejection {
    Rejection::bad_request(format!(
        "{what} is {} ms: this server waits at most {} ms (its --max-delay-ms)",
        d.as_millis(),
        max.as_millis()
    ))
}

/// `true`/`false` (any case; `1`/`0` too); `what` names the parameter.
pub(crate) fn flag(raw: &str, what: &str) -> Result<bool, Rejection> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(Rejection::bad_request(format!(
            "{what}={:?}: use true or false",
            clip(raw)
        ))),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn query_pairs_decode_and_keep_order() {
        let q = Query::parse(Some("a=1&b=x+y&a=2&c=%E2%9C%93"));
        assert_eq!(q.get("a"), Some("1"));
        assert_eq!(q.get("b"), Some("x y"));
        assert_eq!(q.get("c"), Some("✓"));
        assert_eq!(q.pairs().len(), 4);
        assert_eq!(Query::parse(None).pairs().len(), 0);
    }

    #[test]
    fn whole_numbers_name_their_bounds() {
        assert_eq!(whole("3", "n", 1, 10).unwrap(), 3);
        assert!(
            whole("0", "n", 1, 10)
                .unwrap_err()
                .message
                .contains("at least 1")
        );
        assert!(
            whole("11", "n", 1, 10)
                .unwrap_err()
                .message
                .contains("at most 10")
        );
        for bad in ["", "-1", "+1", "1.0", "abc", " 1"] {
            assert!(whole(bad, "n", 0, 10).is_err(), "{bad:?}");
        }
        assert!(whole("99999999999999999999999", "n", 0, 10).is_err());
        let e = within("2000", "n", 0, 1000, "--max-generated-bytes").unwrap_err();
        assert!(e.message.contains("--max-generated-bytes"), "{e}");
    }

    #[test]
    fn durations() {
        assert_eq!(duration("2", "d").unwrap(), Duration::from_secs(2));
        assert_eq!(duration("0.5", "d").unwrap(), Duration::from_millis(500));
        assert_eq!(duration("500ms", "d").unwrap(), Duration::from_millis(500));
        assert_eq!(duration("1.5s", "d").unwrap(), Duration::from_millis(1500));
        for bad in [
            "", "-1", "inf", "NaN", "1e3", ".", "1..2", "2m", "1e999", "0x10",
        ] {
            assert!(duration(bad, "d").is_err(), "{bad:?}");
        }
        let max = Duration::from_secs(10);
        assert!(delay("10", "d", max).is_ok());
        let e = delay("10.001", "d", max).unwrap_err();
        assert!(e.message.contains("--max-delay-ms"), "{e}");
    }

    #[test]
    fn flags() {
        assert!(flag("TRUE", "absolute").unwrap());
        assert!(!flag("false", "absolute").unwrap());
        assert!(flag("maybe", "absolute").is_err());
    }
}
