//! `/{lang}/search?q=`: the core's ranked search, rendered on the server, so that search
//! works without JavaScript.

use httpstatus::{Lang, MatchKind, QueryKind};
use maud::html;

use super::layout::{Frame, Shell, document};
use super::missing::explain_code;
use super::words::tr;
use super::{code_item, crumbs, search_form};

/// Longest query looked at, in characters.
pub(crate) const MAX_QUERY: usize = 200;

/// The results page for `q` (the search form alone when `q` is blank).
pub(crate) fn search(lang: Lang, q: &str, shell: &Shell) -> String {
    let q: String = q.trim().chars().take(MAX_QUERY).collect();
    let results = httpstatus::search(&q);
    let fuzzy = results
        .first()
        .is_some_and(|h| matches!(h.kind, MatchKind::Fuzzy | MatchKind::CodeTypo));
    let label = tr(lang, "검색", "Search");
    let main = html! {
        (crumbs(lang, &[], label))
        @if q.is_empty() {
            h1 { (label) }
            (search_form(lang, "q", ""))
            p.mu { (tr(lang, "코드(404), 패턴(4xx, 41x), 이름(Not Found, 찾을 수 없음), 상황을 적은 낱말(업로드 용량 초과, rate limit)로 찾을 수 있습니다. 오타와 띄어쓰기 차이도 어느 정도 허용합니다.", "Search by code (404), pattern (4xx, 41x), name (Not Found, 찾을 수 없음) or the situation in your own words (upload too big, 요청 제한); small typos are forgiven.")) }
        } @else {
            h1 { (tr(lang, "검색 결과: ", "Results for ")) "“" (q) "”" }
            (search_form(lang, "q", &q))
            p.mu role="status" {
                (match lang {
                    Lang::Ko => format!("{}개 찾음, 가장 잘 맞는 것부터.", results.len()),
                    _ => format!("{} found, best match first.", results.len()),
                })
                @if fuzzy { " " (tr(lang, "철자가 비슷한 것을 찾았습니다.", "These match with a typo corrected.")) }
            }
            @if results.is_empty() {
                @if let QueryKind::Code(code) = results.query_kind() {
                    (explain_code(lang, code))
                } @else {
                    p { (tr(lang, "일치하는 코드가 없습니다. 다른 낱말로 찾거나 분류별 목록을 보세요.", "No code matches. Try other words, or browse the classes.")) }
                }
            } @else {
                ol.codes {
                    @for hit in &results { (code_item(lang, hit.info)) }
                }
            }
        }
    };
    let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
    let rest = if q.is_empty() {
        "search".to_owned()
    } else {
        format!("search?q={encoded}")
    };
    let api = if q.is_empty() {
        "/api/v1/search?q=404".to_owned()
    } else {
        format!("/api/v1/search?q={encoded}&lang={}", lang.as_str())
    };
    let title = if q.is_empty() {
        tr(
            lang,
            "검색 | HTTP 상태 코드 | httpstatus",
            "Search | HTTP status codes | httpstatus",
        )
        .to_owned()
    } else {
        format!(
            "“{q}” {} | httpstatus",
            tr(lang, "검색 결과", "search results")
        )
    };
    let frame = Frame {
        lang,
        title: &title,
        description: tr(lang, "HTTP 상태 코드 검색", "Search HTTP status codes"),
        rest: &rest,
        header_search: false,
        api: &api,
        script: None,
    };
    document(&frame, shell, main)
}
