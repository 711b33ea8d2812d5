//! Field values and content the rules judge: an HTTP-date, `Retry-After`, a page that
//! looks like an error.

/// `delay-seconds` or an IMF-fixdate / obsolete HTTP-date (RFC 9110 §5.6.7).
pub fn valid_retry_after(v: &str) -> bool {
    let v = v.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    http_date(v)
}

fn http_date(v: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let time = |s: &str| {
        let p: Vec<&str> = s.split(':').collect();
        p.len() == 3 && p.iter().all(|x| digits(x, 2))
    };
    let parts: Vec<&str> = v.split_whitespace().collect();
    match parts.as_slice() {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        [day, dd, mon, yyyy, t, "GMT"] => {
            day.strip_suffix(',').is_some_and(|d| DAYS.contains(&d))
                && digits(dd, 2)
                && MONTHS.contains(mon)
                && digits(yyyy, 4)
                && time(t)
        }
        // rfc850-date: Sunday, 06-Nov-94 08:49:37 GMT
        [day, date, t, "GMT"] => {
            let d: Vec<&str> = date.split('-').collect();
            day.ends_with(',')
                && d.len() == 3
                && digits(d[0], 2)
                && MONTHS.contains(&d[1])
                && digits(d[2], 2)
                && time(t)
        }
        // asctime-date: Sun Nov  6 08:49:37 1994
        [day, mon, d, t, yyyy] => {
            DAYS.contains(day)
                && MONTHS.contains(mon)
                && (digits(d, 1) || digits(d, 2))
                && time(t)
                && digits(yyyy, 4)
        }
        _ => false,
    }
}

/// A page titled like an error: "404", "not found", "error", "찾을 수 없".
pub fn looks_like_error_page(sample: &[u8]) -> bool {
    let text = String::from_utf8_lossy(sample).to_lowercase();
    let pick = |open: &str, close: &str| {
        text.find(open).and_then(|i| {
            let rest = &text[i + open.len()..];
            let start = rest.find('>').map(|j| j + 1)?;
            let end = rest[start..].find(close)?;
            Some(rest[start..start + end].to_owned())
        })
    };
    let heads: Vec<String> = [pick("<title", "</title>"), pick("<h1", "</h1>")]
        .into_iter()
        .flatten()
        .collect();
    const SIGNS: [&str; 9] = [
        "not found",
        "404",
        "500",
        "internal server error",
        "error",
        "page not found",
        "찾을 수 없",
        "오류",
        "forbidden",
    ];
    heads.iter().any(|h| SIGNS.iter().any(|s| h.contains(s)))
}
