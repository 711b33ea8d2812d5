//! Ranked search: codes, patterns, phrases, aliases, words in both languages, typos.

use httpstatus::{MatchKind, QueryKind, search};

fn top(q: &str) -> Option<u16> {
    search(q).first().map(|h| h.info.code.as_u16())
}

fn codes(q: &str) -> Vec<u16> {
    search(q).iter().map(|h| h.info.code.as_u16()).collect()
}

#[test]
fn by_code() {
    assert_eq!(top("404"), Some(404));
    assert_eq!(search("404").first().unwrap().kind, MatchKind::Code);
    assert_eq!(codes("499").len(), 2, "both meanings of 499");
    assert!(search("471").is_empty(), "unassigned");
    assert!(matches!(search("471").query_kind(), QueryKind::Code(c) if c == 471));
    assert!(search("999").iter().all(|h| h.info.is_unofficial()));
}

#[test]
fn typos_in_codes() {
    for (q, want) in [
        ("4o4", 404),
        ("4O4", 404),
        ("5OO", 500),
        ("4l8", 418),
        ("2OO", 200),
    ] {
        let res = search(q);
        let hit = res.first().unwrap_or_else(|| panic!("{q}"));
        assert_eq!(hit.info.code, want, "{q}");
        assert_eq!(hit.kind, MatchKind::CodeTypo, "{q}");
    }
}

#[test]
fn by_pattern() {
    let four = codes("4xx");
    assert!(four.iter().all(|c| (400..500).contains(c)));
    assert!(four.contains(&400) && four.contains(&451) && four.contains(&499));
    assert!(
        four.windows(2).filter(|w| w[0] > w[1]).count() <= 1,
        "registered in order, then unofficial"
    );
    assert_eq!(codes("4XX"), four);
    let forty: Vec<u16> = codes("41x");
    assert!(forty.iter().all(|c| (410..420).contains(c)));
    assert!(forty.contains(&413) && forty.contains(&418));
    let five = codes("5");
    assert!(five.contains(&500) && five.contains(&511) && five.contains(&522));
    assert!(five.iter().all(|c| (500..600).contains(c)));
    assert!(search("41x").iter().all(|h| h.kind == MatchKind::Pattern));
}

#[test]
fn by_phrase_and_alias() {
    for (q, want) in [
        ("not found", 404),
        ("Not Found", 404),
        ("NOT FOUND", 404),
        ("payload too large", 413),
        ("Request Entity Too Large", 413),
        ("unprocessable entity", 422),
        ("Unprocessable Content", 422),
        ("teapot", 418),
        ("I'm a teapot", 418),
        ("too many requests", 429),
        ("gateway timeout", 504),
        ("bad gateway", 502),
        ("moved temporarily", 302),
        ("Client Closed Request", 499),
        ("enhance your calm", 420),
        ("service unavailable", 503),
        ("HTTP/1.1 404 Not Found", 404),
    ] {
        assert_eq!(
            top(q),
            Some(want),
            "{q:?} -> {:?}",
            &codes(q)[..codes(q).len().min(5)]
        );
    }
}

#[test]
fn typos_in_words() {
    for (q, want) in [
        ("Not Fuond", 404),
        ("Gatway Timeout", 504),
        ("Too Many Reqeusts", 429),
        ("unauthorised", 401),
    ] {
        assert_eq!(
            top(q),
            Some(want),
            "{q:?} -> {:?}",
            &codes(q)[..codes(q).len().min(5)]
        );
    }
}

#[test]
fn korean() {
    for (q, want) in [
        ("찾을 수 없음", 404),
        ("찾을수없음", 404),
        ("찾을 수없음", 404),
        ("너무 많은 요청", 429),
        ("너무많은요청", 429),
        ("게이트웨이 시간 초과", 504),
    ] {
        assert_eq!(
            top(q),
            Some(want),
            "{q:?} -> {:?}",
            &codes(q)[..codes(q).len().min(5)]
        );
    }
}

#[test]
fn words_rank_the_right_code_near_the_top() {
    for (q, want) in [
        ("retry after rate limit", 429),
        ("redirect keep method", 307),
        ("cloudflare origin timeout", 524),
        ("인증 필요", 401),
    ] {
        let found = codes(q);
        let pos = found.iter().position(|&c| c == want);
        assert!(
            pos.is_some_and(|p| p < 5),
            "{q:?}: {want} not in the top 5 of {:?}",
            &found[..found.len().min(8)]
        );
    }
}

#[test]
fn a_concept_finds_its_family() {
    let top: Vec<u16> = codes("리다이렉트").into_iter().take(7).collect();
    for code in [301, 302, 303, 307, 308] {
        assert!(top.contains(&code), "리다이렉트: {code} not in {top:?}");
    }
    let top: Vec<u16> = codes("redirect").into_iter().take(7).collect();
    for code in [301, 302, 303, 307, 308] {
        assert!(top.contains(&code), "redirect: {code} not in {top:?}");
    }
}

#[test]
fn misses_and_odd_input() {
    assert!(search("").is_empty());
    assert!(search("   ").is_empty());
    assert_eq!(search("   ").query_kind(), QueryKind::Empty);
    assert!(search("xyzzyplugh").is_empty());
    assert!(search("xqzj vbnk").is_empty());
    // Long and strange input must not panic.
    let long = "a".repeat(10_000);
    let _ = search(&long);
    let words = "status ".repeat(2_000);
    let _ = search(&words);
    let _ = search("\u{0}\u{FFFF}\u{10FFFF}");
    let _ = search("ẞ İ ǅ ﬁ");
    let _ = search(&"찾".repeat(5_000));
}
