//! `/{lang}/`: the five classes, then the unofficial codes with their vendors, and a search
//! box that filters the list as you type.

use httpstatus::{Class, Lang};
use maud::html;

use super::layout::{FILTER_JS, Frame, Shell, document};
use super::words::{class_name, tr};
use super::{code_list, href, search_form};

/// The index page.
pub(crate) fn index(lang: Lang, shell: &Shell) -> String {
    let entries = httpstatus::entries();
    let registered = entries.iter().filter(|i| !i.is_unofficial()).count();
    let unofficial = entries.len() - registered;
    let intro = match lang {
        Lang::Ko => format!(
            "IANA HTTP 상태 코드 레지스트리의 코드 {registered}개와 로그에서 자주 만나는 비공식 코드 {unofficial}개를 한국어와 영어로 설명합니다. 코드마다 뜻, 명세 절, 캐시·콘텐츠·헤더 규칙, 헷갈리기 쉬운 코드와의 비교, curl 예시를 담았습니다."
        ),
        _ => format!(
            "The {registered} codes of the IANA HTTP Status Code Registry and {unofficial} unofficial codes you meet in logs, explained in English and Korean: meaning, spec section, caching, content and header rules, the codes each is confused with, and a curl example."
        ),
    };
    let main = html! {
        h1 { (tr(lang, "HTTP 상태 코드", "HTTP status codes")) }
        p.lead { (intro) }
        p.hint {
            (tr(lang, "어떤 코드를 보내야 할지 모르겠다면? ", "Not sure which code to send? "))
            a href=(href(lang, super::choose::ROOT)) { (tr(lang, "몇 가지 질문으로 골라 보기", "Which code should I send?")) }
        }
        (search_form(lang, "q", ""))
        p #n .mu aria-live="polite"
            data-t=(tr(lang, "일치하는 코드 #개. Enter를 누르면 오타도 허용하는 서버 검색을 합니다.", "# matching codes. Press Enter for the server's search, which also forgives typos."))
            data-z=(tr(lang, "일치하는 코드가 없습니다. Enter를 누르면 오타도 허용하는 서버 검색을 합니다.", "No code matches. Press Enter for the server's search, which also forgives typos.")) {}
        ul #hits .codes hidden {}
        div #all {
            @for class in Class::ALL {
                section aria-labelledby=(class.range()) {
                    h2 id=(class.range()) { a href=(href(lang, class.range())) { (class_name(lang, class)) } }
                    p { (super::rich(class.summary().get(lang))) }
                    (code_list(lang, class.entries().iter().filter(|i| !i.is_unofficial())))
                }
            }
            section aria-labelledby="unofficial" {
                h2 #unofficial { (tr(lang, "비공식 코드", "Unofficial codes")) }
                p {
                    (tr(lang,
                        "IANA에 등록되지 않았지만 특정 서버, CDN, 로드 밸런서, 프레임워크가 쓰는 코드입니다. 같은 번호를 여러 곳에서 다른 뜻으로 쓰기도 합니다. 이 코드를 모르는 클라이언트는 같은 계열의 x00 코드로 처리합니다(RFC 9110 §15).",
                        "Codes that are not in the IANA registry but that particular servers, CDNs, load balancers and frameworks use; one number may mean different things to different vendors. A client that does not know such a code treats it as the x00 code of its class (RFC 9110 §15)."))
                }
                (code_list(lang, entries.iter().filter(|i| i.is_unofficial())))
            }
        }
    };
    let frame = Frame {
        lang,
        title: tr(
            lang,
            "HTTP 상태 코드 한국어·영어 레퍼런스 | httpstatus",
            "HTTP status codes: an English and Korean reference | httpstatus",
        ),
        description: tr(
            lang,
            "모든 HTTP 상태 코드를 한국어와 영어로: 뜻, RFC 9110 절, 캐시·헤더 규칙, 비교, 비공식 코드와 사용처.",
            "Every HTTP status code in English and Korean: meaning, RFC 9110 section, caching and header rules, comparisons, unofficial codes and their vendors.",
        ),
        rest: "",
        header_search: false,
        api: "/api/v1/codes?all=true",
        script: Some(FILTER_JS),
    };
    document(&frame, shell, main)
}
