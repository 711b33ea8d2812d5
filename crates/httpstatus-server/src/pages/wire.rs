//! The two sections a code page ends with: "On the wire" (the exchange recorded from this
//! server, interim responses included, with what to notice) and "In your code" (the
//! code's constant in each ecosystem, "none" where a library lacks one, and phrases that
//! differ from the registry).

use httpstatus::{Lang, Peer, StatusCode};
use maud::{Markup, html};

use super::words::tr;

/// Both sections for `code` (empty when the core has neither).
pub(crate) fn sections(lang: Lang, code: StatusCode) -> Markup {
    html! {
        (on_the_wire(lang, code))
        (in_your_code(lang, code))
    }
}

fn on_the_wire(lang: Lang, code: StatusCode) -> Markup {
    let Some(ex) = code.example() else {
        return html! {};
    };
    let last = ex.messages.len() - 1;
    html! {
        section #wire aria-labelledby="wire-h" {
            h2 #wire-h { (tr(lang, "전송되는 모습", "On the wire")) }
            p.notice { (ex.notice.get(lang)) }
            @for (i, m) in ex.messages.iter().enumerate() {
                p.wl {
                    (match (m.from, i) {
                        (Peer::Client, 0) => tr(lang, "요청", "Request"),
                        (Peer::Client, _) => tr(lang, "요청 콘텐츠(100 Continue 다음)", "Request content (after 100 Continue)"),
                        (_, i) if i == last => tr(lang, "최종 응답", "Final response"),
                        _ => tr(lang, "중간 응답", "Interim response"),
                    })
                }
                pre.wx { code {
                    (m.text.replace("\r\n", "\n"))
                    @if m.omitted > 0 {
                        (match lang {
                            Lang::Ko => format!("… (콘텐츠 {}바이트 생략)", m.omitted),
                            _ => format!("… ({} more bytes of content)", m.omitted),
                        })
                    }
                } }
            }
            p.mu {
                (tr(lang,
                    "이 서버가 실제로 보낸 바이트입니다(HTTP/1.1, 줄 끝은 CR LF). Date 값만 고정했고, 저장소의 테스트가 서버의 현재 응답과 같은지 확인합니다.",
                    "The bytes this server actually sent (HTTP/1.1, lines end in CR LF); only the Date value is fixed, and the repository's tests check that the server still sends them."))
            }
        }
    }
}

fn in_your_code(lang: Lang, code: StatusCode) -> Markup {
    let n = code.as_u16();
    let rows: Vec<_> = code.constants().collect();
    let unofficial = code.info().is_none_or(|i| i.is_unofficial());
    if unofficial && rows.iter().all(|(_, c)| c.is_none()) {
        return html! {};
    }
    let lacking: Vec<&str> = rows
        .iter()
        .filter(|(_, c)| c.is_none())
        .map(|(e, _)| e.language)
        .collect();
    html! {
        section #code aria-labelledby="code-h" {
            h2 #code-h { (tr(lang, "코드에서 쓰는 이름", "In your code")) }
            div.tw { table {
                thead { tr {
                    th scope="col" { (tr(lang, "언어", "Language")) }
                    th scope="col" { (tr(lang, "라이브러리(버전)", "Library (version)")) }
                    th scope="col" { (tr(lang, "상수", "Constant")) }
                    th scope="col" { (tr(lang, "사유 구문", "Reason phrase")) }
                } }
                tbody {
                    @for (eco, c) in &rows {
                        tr {
                            td { (eco.language) }
                            td title=(eco.source) { (eco.library) " " span.mu { (eco.version) } }
                            @if let Some(c) = c {
                                td { code { (c.to_string()) } }
                                td {
                                    @if let Some(p) = c.constant.phrase { (p) } @else { span.mu { "—" } }
                                    @if c.differs_from_registry() == Some(true) {
                                        " " span.df { (tr(lang, "(등록된 사유 구문과 다름)", "(differs from the registry)")) }
                                    }
                                }
                            } @else {
                                td.none { (tr(lang, "없음", "none")) }
                                td { span.mu { "—" } }
                            }
                        }
                    }
                }
            } }
            @if !lacking.is_empty() {
                p { (match lang {
                    Lang::Ko => format!("{n}에 대한 상수가 없는 곳: {}. 숫자를 직접 써야 합니다.", lacking.join(", ")),
                    _ => format!("No constant for {n} in: {}; write the number.", lacking.join(", ")),
                }) }
            }
            p.mu { (tr(lang,
                "각 표는 적힌 버전과 대조했습니다. 마우스를 올리면 출처 파일이 보입니다.",
                "Each table was checked against the version shown; hover for the source file.")) }
        }
    }
}
