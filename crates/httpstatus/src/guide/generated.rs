//! Generated from `data/decision-guide.toml` by `cargo test -p httpstatus-codegen`.
//! Do not edit by hand: edit the data file and run that command.

use super::{Answer, NotReached, Outcome, Question, Target};
use crate::{SpecRef, StatusCode, Text};

pub(super) const REVIEWED: &str = "2026-11-28";
pub(super) const START: usize = 0;
pub(super) const MAX_DEPTH: usize = 7;

pub(super) static QUESTIONS: [Question; 29] = [
    Question {
        id: "start",
        text: Text {
            ko: "요청은 어떻게 되었나요?",
            en: "What happened to the request?",
        },
        why: Text {
            ko: "상태 코드의 첫 자리는 계열이고, 클라이언트는 무엇보다 이 계열을 보고 동작합니다. 모르는 코드를 받은 클라이언트는 같은 계열의 x00 코드로 처리하므로, 정확한 코드보다 올바른 계열을 고르는 일이 먼저입니다.",
            en: "The first digit of a status code is its class, and the class is what every client acts on first: a client that does not know a code treats it as the x00 code of its class. Getting the class right matters more than the exact code.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15",
        }],
        answers: &[
            Answer {
                id: "succeeded",
                label: Text {
                    ko: "성공했습니다: 서버가 요청받은 일을 처리했습니다",
                    en: "It succeeded: the server did what was asked",
                },
                next: Target::Question(3),
            },
            Answer {
                id: "elsewhere",
                label: Text {
                    ko: "클라이언트가 다른 곳을 봐야 합니다: 다른 URI나 이미 가진 사본",
                    en: "The client should look elsewhere: another URI, or the copy it already has",
                },
                next: Target::Question(8),
            },
            Answer {
                id: "client-fault",
                label: Text {
                    ko: "요청대로 할 수 없습니다: 요청, 클라이언트의 권한, 대상 리소스에 문제가 있습니다",
                    en: "It cannot be done as asked: the request, the client's rights or the target is the problem",
                },
                next: Target::Question(12),
            },
            Answer {
                id: "server-fault",
                label: Text {
                    ko: "요청에는 문제가 없지만 서버나 그 뒤의 서버가 실패했습니다",
                    en: "The request is fine, but the server or a server behind it failed",
                },
                next: Target::Question(26),
            },
            Answer {
                id: "not-final",
                label: Text {
                    ko: "아직 끝나지 않았습니다: 최종 응답 전에 먼저 보낼 것이 있습니다",
                    en: "Not done yet: there is something to send before the final response",
                },
                next: Target::Question(1),
            },
            Answer {
                id: "no-response",
                label: Text {
                    ko: "클라이언트에게 응답이 가지 않았거나, 보내지 않으려 합니다",
                    en: "No response reached the client, or none should",
                },
                next: Target::Question(28),
            },
        ],
    },
    Question {
        id: "interim",
        text: Text {
            ko: "최종 응답 전에 무엇을 보내려 하나요?",
            en: "What do you want to send before the final response?",
        },
        why: Text {
            ko: "1xx는 중간 응답이라 같은 요청에 대한 최종 응답이 반드시 뒤따릅니다. HTTP/1.0 클라이언트는 1xx를 모르므로 보내서는 안 되고, 100과 101은 대개 애플리케이션이 아니라 서버 라이브러리가 보냅니다.",
            en: "A 1xx response is interim: the final response to the same request still follows. A server must not send one to an HTTP/1.0 client, and 100 and 101 are usually sent by the server library rather than by the application.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15.2"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.2",
        }],
        answers: &[
            Answer {
                id: "expect",
                label: Text {
                    ko: "클라이언트가 Expect: 100-continue를 보내고 콘텐츠 전송을 기다리고 있습니다",
                    en: "The client sent Expect: 100-continue and waits before sending the content",
                },
                next: Target::Question(2),
            },
            Answer {
                id: "upgrade",
                label: Text {
                    ko: "클라이언트가 Upgrade로 프로토콜 전환을 요청했고, 받아들입니다(WebSocket 등)",
                    en: "The client asked to switch protocols with Upgrade, and you accept (WebSocket and the like)",
                },
                next: Target::Outcome(0),
            },
            Answer {
                id: "hints",
                label: Text {
                    ko: "최종 응답에 들어갈 헤더 필드를 미리 알려 주고 싶습니다(미리 불러올 Link)",
                    en: "Header fields the final response will carry, sent ahead (Link preloads)",
                },
                next: Target::Outcome(1),
            },
            Answer {
                id: "progress",
                label: Text {
                    ko: "처리가 오래 걸려서 아직 살아 있다는 신호를 보내고 싶습니다",
                    en: "A sign of life, because the work takes a long time",
                },
                next: Target::Outcome(2),
            },
        ],
    },
    Question {
        id: "expect",
        text: Text {
            ko: "콘텐츠를 받을 건가요?",
            en: "Will you take the content?",
        },
        why: Text {
            ko: "Expect: 100-continue를 보낸 클라이언트는 100을 받은 뒤에 콘텐츠를 보내므로, 거부될 큰 업로드를 헛되이 보내지 않습니다. 헤더 섹션만 보고 거절할 수 있다면 서버는 100 대신 최종 응답을 바로 보내면 됩니다.",
            en: "A client that sends Expect: 100-continue waits for a 100 before sending the content, so it does not upload a large body only to see it refused. When the header section alone is reason enough to refuse, the server sends the final response straight away instead of 100.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("10.1.1"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1",
        }],
        answers: &[
            Answer {
                id: "yes",
                label: Text {
                    ko: "예, 헤더 섹션으로 보아 받아들일 수 있는 요청입니다",
                    en: "Yes, the header section looks acceptable",
                },
                next: Target::Outcome(3),
            },
            Answer {
                id: "refuse",
                label: Text {
                    ko: "아니요, 헤더 섹션만으로도 거절할 이유가 있습니다(너무 큼, 자격 증명 없음 등)",
                    en: "No, the header section alone is reason to refuse (too large, no credentials …)",
                },
                next: Target::Question(12),
            },
            Answer {
                id: "other-expectation",
                label: Text {
                    ko: "아니요, Expect 필드가 100-continue가 아닌 다른 것을 요구합니다",
                    en: "No, the Expect field asks for something other than 100-continue",
                },
                next: Target::Outcome(4),
            },
        ],
    },
    Question {
        id: "success",
        text: Text {
            ko: "요청으로 무엇을 했나요?",
            en: "What did the request do?",
        },
        why: Text {
            ko: "2xx 상태 코드는 클라이언트가 무엇을 믿어도 되는지 알려 줍니다. 새 리소스가 생겼는지, 작업이 아직 남았는지, 응답에 읽을 콘텐츠가 있는지가 코드마다 다릅니다.",
            en: "A 2xx code tells the client what it can rely on: whether something new exists, whether work is still pending, and whether there is content to read.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15.3"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3",
        }],
        answers: &[
            Answer {
                id: "created",
                label: Text {
                    ko: "새 리소스를 하나 이상 만들었습니다",
                    en: "It created one or more new resources",
                },
                next: Target::Question(4),
            },
            Answer {
                id: "queued",
                label: Text {
                    ko: "요청을 받아들였지만 처리는 나중에 합니다",
                    en: "It was accepted, but the work will be done later",
                },
                next: Target::Outcome(5),
            },
            Answer {
                id: "content",
                label: Text {
                    ko: "처리했고, 돌려보낼 콘텐츠가 있습니다",
                    en: "It was done, and there is content to send back",
                },
                next: Target::Question(5),
            },
            Answer {
                id: "no-content",
                label: Text {
                    ko: "처리했고, 돌려보낼 콘텐츠가 없습니다",
                    en: "It was done, and there is nothing to send back",
                },
                next: Target::Question(7),
            },
            Answer {
                id: "several",
                label: Text {
                    ko: "여러 리소스에 대해 처리했고 결과가 제각각입니다(WebDAV)",
                    en: "It acted on several resources, with different outcomes (WebDAV)",
                },
                next: Target::Outcome(6),
            },
        ],
    },
    Question {
        id: "created",
        text: Text {
            ko: "응답은 누가 읽나요?",
            en: "Who reads the response?",
        },
        why: Text {
            ko: "201은 Location 헤더 필드로 새 리소스의 위치를 프로그램에 알려 줍니다. 폼을 POST한 브라우저는 돌아온 응답을 그대로 보여 주고 새로 고침하면 다시 POST하므로, 303으로 결과 페이지에 보내는 편이 낫습니다.",
            en: "201 with a Location header field tells a program where the new resource is. A browser that posted a form shows whatever comes back and posts again on reload, so it is better sent on to a result page with 303.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.3.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.4"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4",
            },
        ],
        answers: &[
            Answer {
                id: "program",
                label: Text {
                    ko: "프로그램입니다(API 클라이언트)",
                    en: "A program (an API client)",
                },
                next: Target::Outcome(7),
            },
            Answer {
                id: "browser",
                label: Text {
                    ko: "폼을 제출한 브라우저입니다",
                    en: "A browser that submitted a form",
                },
                next: Target::Outcome(8),
            },
        ],
    },
    Question {
        id: "content",
        text: Text {
            ko: "무엇을 돌려보내나요?",
            en: "What are you sending back?",
        },
        why: Text {
            ko: "콘텐츠가 있는 성공 응답은 대부분 200입니다. 다른 코드는 특별한 약속을 담습니다. 표현의 일부만 보낸다거나, 프록시가 오리진 서버의 콘텐츠를 바꿨다거나, 클라이언트가 가진 사본에 대한 차이(delta)만 보낸다는 뜻입니다.",
            en: "Most successful responses with content are 200. The other codes make a specific promise: only part of the representation, content changed by a proxy, or a delta against a copy the client already holds.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15.3.1"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1",
        }],
        answers: &[
            Answer {
                id: "whole",
                label: Text {
                    ko: "표현 전체, 또는 작업 결과입니다",
                    en: "The representation, or the result of the action",
                },
                next: Target::Outcome(9),
            },
            Answer {
                id: "part",
                label: Text {
                    ko: "일부입니다: 요청에 Range 헤더 필드가 있었습니다",
                    en: "Part of it: the request had a Range header field",
                },
                next: Target::Question(6),
            },
            Answer {
                id: "transformed",
                label: Text {
                    ko: "프록시로서 오리진 서버의 200 콘텐츠를 바꿨습니다(이미지 압축, 페이지 재작성)",
                    en: "You are a proxy and changed the origin's 200 content (recompressed images, rewritten pages)",
                },
                next: Target::Outcome(10),
            },
            Answer {
                id: "delta",
                label: Text {
                    ko: "차이(delta)입니다: 클라이언트가 A-IM으로 인스턴스 조작을 요청했습니다",
                    en: "A delta: the client asked for instance manipulations with A-IM",
                },
                next: Target::Outcome(11),
            },
            Answer {
                id: "default-representation",
                label: Text {
                    ko: "클라이언트가 Accept 등으로 원한 형식은 아니지만 기본 표현을 보냅니다",
                    en: "Not the format the client asked for with Accept and the like, but your default",
                },
                next: Target::Question(23),
            },
        ],
    },
    Question {
        id: "range",
        text: Text {
            ko: "요청한 범위를 충족할 수 있나요?",
            en: "Can you satisfy the range?",
        },
        why: Text {
            ko: "서버는 Range를 무시하고 표현 전체를 200으로 보내도 됩니다. 범위를 따른다면 206과 Content-Range로 보내고, 범위가 표현과 전혀 겹치지 않을 때만 현재 길이를 담아 416으로 답합니다.",
            en: "A server may ignore Range and send the whole representation with 200. When it honours the range it sends 206 with Content-Range; only a range that does not overlap the representation at all gets 416, with the current length.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("14.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-14.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.3.7"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.17"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17",
            },
        ],
        answers: &[
            Answer {
                id: "yes",
                label: Text {
                    ko: "예, 범위의 적어도 일부가 표현과 겹칩니다",
                    en: "Yes, at least part of a range overlaps the representation",
                },
                next: Target::Outcome(12),
            },
            Answer {
                id: "past-end",
                label: Text {
                    ko: "아니요, 어떤 범위도 표현과 겹치지 않습니다(끝보다 뒤에서 시작)",
                    en: "No, no range overlaps the representation (it starts past the end)",
                },
                next: Target::Outcome(13),
            },
            Answer {
                id: "ignore",
                label: Text {
                    ko: "이 리소스는 범위 요청을 지원하지 않거나, If-Range가 더는 맞지 않습니다",
                    en: "You do not serve ranges of it, or If-Range no longer matches",
                },
                next: Target::Outcome(14),
            },
        ],
    },
    Question {
        id: "no-content",
        text: Text {
            ko: "사용자 에이전트가 보던 화면을 어떻게 해야 하나요?",
            en: "What should the user agent do with what it shows?",
        },
        why: Text {
            ko: "204는 콘텐츠가 없다는 것만 알리고, 브라우저는 지금 페이지에 그대로 머뭅니다. 205는 여기에 더해 요청을 보낸 폼이나 화면을 처음 상태로 되돌리라고 요구합니다.",
            en: "204 says that no content follows, and a browser stays on its current page. 205 also asks it to reset the form or view that sent the request.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.3.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.3.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6",
            },
        ],
        answers: &[
            Answer {
                id: "keep",
                label: Text {
                    ko: "그대로 둡니다(저장, 삭제, 수정 완료)",
                    en: "Keep it (saved, deleted, updated)",
                },
                next: Target::Outcome(15),
            },
            Answer {
                id: "reset",
                label: Text {
                    ko: "다음 입력을 위해 폼을 비웁니다",
                    en: "Clear the form for the next entry",
                },
                next: Target::Outcome(16),
            },
        ],
    },
    Question {
        id: "redirect",
        text: Text {
            ko: "클라이언트가 어디를 봐야 하나요?",
            en: "Where should the client look?",
        },
        why: Text {
            ko: "3xx 상태 코드는 클라이언트가 실제로 다르게 동작하는 두 가지에서 갈립니다. 이동이 영구인지 임시인지(링크와 캐시를 갱신할지), 리다이렉트를 따라갈 때 메서드와 콘텐츠가 유지되는지입니다.",
            en: "3xx codes differ in two things that clients act on: whether the move is permanent (links and caches get updated), and whether the method and content survive the redirect.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15.4"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4",
        }],
        answers: &[
            Answer {
                id: "not-modified",
                label: Text {
                    ko: "이미 가진 사본입니다: 조건부 GET의 검증자가 아직 맞습니다",
                    en: "At the copy it already has: the validators of its conditional GET still match",
                },
                next: Target::Outcome(17),
            },
            Answer {
                id: "moved",
                label: Text {
                    ko: "다른 URI입니다: 리소스가 옮겨 갔습니다",
                    en: "At another URI: the resource moved",
                },
                next: Target::Question(9),
            },
            Answer {
                id: "see-other",
                label: Text {
                    ko: "다른 리소스입니다: 작업 결과가 다른 곳에 있습니다",
                    en: "At a different resource: the result of the action lives elsewhere",
                },
                next: Target::Outcome(18),
            },
            Answer {
                id: "choices",
                label: Text {
                    ko: "여러 표현 중 하나입니다: 클라이언트가 골라야 합니다",
                    en: "At one of several representations, which the client should choose",
                },
                next: Target::Outcome(19),
            },
        ],
    },
    Question {
        id: "permanent",
        text: Text {
            ko: "영구 이동인가요?",
            en: "Is the move permanent?",
        },
        why: Text {
            ko: "클라이언트와 검색 엔진은 영구 이동(301, 308)이면 링크와 캐시를 새 URI로 바꾸고, 임시 이동(302, 307)이면 계속 원래 URI를 씁니다. 영구 리다이렉트는 휴리스틱 캐시 가능이라 한번 잘못 보내면 되돌리기 어렵습니다.",
            en: "Clients and search engines move links and caches to the new URI for a permanent move (301, 308) and keep using the old one for a temporary move (302, 307). A permanent redirect is heuristically cacheable, so a wrong one is hard to take back.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3",
            },
        ],
        answers: &[
            Answer {
                id: "yes",
                label: Text {
                    ko: "예, 앞으로도 새 URI를 써야 합니다(도메인 이전, HTTPS 전환, 주소 정리)",
                    en: "Yes, the new URI is the one to use from now on (new domain, HTTPS, tidied paths)",
                },
                next: Target::Question(10),
            },
            Answer {
                id: "no",
                label: Text {
                    ko: "아니요, 지금만 다른 곳에 있습니다(점검, 로그인, 지역별 분기)",
                    en: "No, it is elsewhere only for now (maintenance, login, a regional split)",
                },
                next: Target::Question(11),
            },
        ],
    },
    Question {
        id: "method-permanent",
        text: Text {
            ko: "리다이렉트된 요청이 메서드와 콘텐츠를 유지해야 하나요?",
            en: "Must the redirected request keep its method and content?",
        },
        why: Text {
            ko: "역사적인 이유로 사용자 에이전트는 301을 따라갈 때 POST를 GET으로 바꿀 수 있고, 308은 이를 금지합니다. GET과 HEAD로만 따라가는 링크라면 둘은 똑같이 동작하며, 301은 모든 클라이언트가 압니다.",
            en: "Following a 301, a user agent may, for historical reasons, turn POST into GET; 308 forbids that. For links that are only ever followed with GET or HEAD the two behave the same, and every client knows 301.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.9"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9",
            },
        ],
        answers: &[
            Answer {
                id: "get-only",
                label: Text {
                    ko: "아니요, GET이나 HEAD로만 오는 주소입니다(페이지, 파일)",
                    en: "No, only GET or HEAD reach it (pages, files)",
                },
                next: Target::Outcome(20),
            },
            Answer {
                id: "keep",
                label: Text {
                    ko: "예, POST나 PUT 같은 요청도 새 URI에 그대로 다시 보내야 합니다(API)",
                    en: "Yes, POST, PUT and the like must be repeated as they are at the new URI (APIs)",
                },
                next: Target::Outcome(21),
            },
        ],
    },
    Question {
        id: "method-temporary",
        text: Text {
            ko: "리다이렉트된 요청이 메서드와 콘텐츠를 유지해야 하나요?",
            en: "Must the redirected request keep its method and content?",
        },
        why: Text {
            ko: "302도 301처럼 사용자 에이전트가 POST를 GET으로 바꿀 수 있고, 307은 이를 금지합니다. POST 결과를 다른 페이지로 보여 주려는 것이라면 GET으로 바꾸라고 명시하는 303이 맞습니다.",
            en: "Like 301, a 302 lets a user agent change POST to GET; 307 forbids that. If the point is to show the result of a POST on another page, 303 says explicitly that the next request is a GET.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.8"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8",
            },
        ],
        answers: &[
            Answer {
                id: "get-only",
                label: Text {
                    ko: "아니요, GET이나 HEAD로만 오는 주소입니다(페이지, 로그인 화면)",
                    en: "No, only GET or HEAD reach it (pages, a login screen)",
                },
                next: Target::Outcome(22),
            },
            Answer {
                id: "keep",
                label: Text {
                    ko: "예, POST나 PUT 같은 요청도 그대로 다시 보내야 합니다",
                    en: "Yes, POST, PUT and the like must be repeated as they are",
                },
                next: Target::Outcome(23),
            },
            Answer {
                id: "result-page",
                label: Text {
                    ko: "아니요, POST를 처리했고 결과는 GET으로 보여 줄 다른 페이지입니다",
                    en: "No, it handled a POST and the result is another page, to be fetched with GET",
                },
                next: Target::Outcome(18),
            },
        ],
    },
    Question {
        id: "client",
        text: Text {
            ko: "무엇이 문제인가요?",
            en: "What is the problem?",
        },
        why: Text {
            ko: "4xx는 클라이언트가 요청, 자격 증명, 대상을 바꾸면 해결할 수 있는 문제라는 뜻이므로, 서버 자신의 잘못에 보내서는 안 됩니다. 무엇이 잘못됐는지 설명하는 콘텐츠를 함께 보내는 것이 좋습니다(API라면 RFC 9457의 application/problem+json).",
            en: "A 4xx code says that the client can fix the problem by changing its request, its credentials or its target, so never send one for a fault of your own. Send content that explains what was wrong (for an API, application/problem+json from RFC 9457).",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5",
            },
            SpecRef {
                document: "RFC 9457",
                section: Some("3"),
                url: "https://www.rfc-editor.org/rfc/rfc9457#section-3",
            },
        ],
        answers: &[
            Answer {
                id: "who",
                label: Text {
                    ko: "클라이언트가 누구인지, 무엇을 해도 되는지(자격 증명, 권한)",
                    en: "Who the client is, or what it may do (credentials, permissions)",
                },
                next: Target::Question(13),
            },
            Answer {
                id: "target",
                label: Text {
                    ko: "대상 리소스: 없거나, 사라졌거나, 이 서버가 맡지 않습니다",
                    en: "The target: nothing there, gone, or not this server's",
                },
                next: Target::Question(16),
            },
            Answer {
                id: "method",
                label: Text {
                    ko: "대상이 이 메서드를 지원하지 않습니다",
                    en: "The target does not support the method",
                },
                next: Target::Question(17),
            },
            Answer {
                id: "content",
                label: Text {
                    ko: "요청의 콘텐츠나 문법",
                    en: "The request's content or syntax",
                },
                next: Target::Question(18),
            },
            Answer {
                id: "too-large",
                label: Text {
                    ko: "무언가가 너무 크거나 깁니다",
                    en: "Something is too large or too long",
                },
                next: Target::Question(19),
            },
            Answer {
                id: "state",
                label: Text {
                    ko: "리소스의 현재 상태: 충돌, 오래된 버전, 잠금",
                    en: "The resource's current state: a conflict, a stale version, a lock",
                },
                next: Target::Question(20),
            },
            Answer {
                id: "not-acceptable",
                label: Text {
                    ko: "클라이언트가 받겠다는 형식(Accept 등)의 표현이 없습니다",
                    en: "None of the representations is in a form the client accepts (Accept and the like)",
                },
                next: Target::Question(23),
            },
            Answer {
                id: "too-many",
                label: Text {
                    ko: "요청이 너무 많거나 사용량이 한도를 넘었습니다",
                    en: "Too many requests, or a limit was reached",
                },
                next: Target::Question(24),
            },
            Answer {
                id: "protocol",
                label: Text {
                    ko: "요청을 보낸 방식: 길이, Expect, 조기 데이터, 프로토콜 버전",
                    en: "How it was sent: length, Expect, early data, protocol version",
                },
                next: Target::Question(25),
            },
            Answer {
                id: "legal",
                label: Text {
                    ko: "법적 사유로 차단해야 합니다",
                    en: "It must be blocked for legal reasons",
                },
                next: Target::Outcome(24),
            },
        ],
    },
    Question {
        id: "auth",
        text: Text {
            ko: "요청에 유효한 자격 증명이 있었나요?",
            en: "Did the request carry valid credentials?",
        },
        why: Text {
            ko: "401은 '인증하고 다시 시도하라'는 뜻이고 반드시 WWW-Authenticate 챌린지를 함께 보내야 합니다. 403은 서버가 누가 요청했는지 알면서도 거부한다는 뜻이라, 같은 자격 증명으로 다시 보내도 결과가 같습니다.",
            en: "401 means 'authenticate and try again' and must come with a WWW-Authenticate challenge. 403 means the server understood who is asking and still refuses, so repeating the request with the same credentials will not help.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.4"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("11.6.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1",
            },
        ],
        answers: &[
            Answer {
                id: "missing",
                label: Text {
                    ko: "아니요, 없거나 틀렸거나 만료되었습니다",
                    en: "No: none, wrong or expired",
                },
                next: Target::Question(14),
            },
            Answer {
                id: "not-allowed",
                label: Text {
                    ko: "예, 하지만 이 클라이언트에게는 이 작업이 허용되지 않습니다",
                    en: "Yes, but this client is not allowed to do this",
                },
                next: Target::Question(15),
            },
            Answer {
                id: "payment",
                label: Text {
                    ko: "예, 하지만 결제나 요금제 변경이 필요합니다",
                    en: "Yes, but it takes a payment or a plan upgrade",
                },
                next: Target::Outcome(25),
            },
            Answer {
                id: "csrf",
                label: Text {
                    ko: "폼의 CSRF 토큰이 없거나 세션과 맞지 않습니다",
                    en: "The form's CSRF token is missing or does not match the session",
                },
                next: Target::Outcome(26),
            },
            Answer {
                id: "client-certificate",
                label: Text {
                    ko: "TLS 클라이언트 인증서가 없거나 받아들일 수 없습니다",
                    en: "The TLS client certificate is missing or unacceptable",
                },
                next: Target::Outcome(27),
            },
        ],
    },
    Question {
        id: "who-asks",
        text: Text {
            ko: "누가 자격 증명을 요구하나요?",
            en: "Who asks for the credentials?",
        },
        why: Text {
            ko: "코드마다 챌린지를 담는 헤더 필드와 받는 쪽이 다릅니다. 오리진 서버는 401과 WWW-Authenticate, 프록시는 407과 Proxy-Authenticate를 쓰고, 캡티브 포털 같은 네트워크 운영자는 511을 씁니다. 로그인 폼을 쓰는 웹 사이트는 브라우저를 로그인 페이지로 리다이렉트합니다.",
            en: "Each code puts its challenge in a different field, for a different listener: the origin server sends 401 with WWW-Authenticate, a proxy 407 with Proxy-Authenticate, a network operator such as a captive portal 511. A web site with a login form redirects browsers to the login page.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.8"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8",
            },
            SpecRef {
                document: "RFC 6585",
                section: Some("6"),
                url: "https://www.rfc-editor.org/rfc/rfc6585#section-6",
            },
        ],
        answers: &[
            Answer {
                id: "origin",
                label: Text {
                    ko: "애플리케이션이 HTTP 인증 스킴(Bearer, Basic 등)으로 요구합니다",
                    en: "Your application, with an HTTP authentication scheme (Bearer, Basic …)",
                },
                next: Target::Outcome(28),
            },
            Answer {
                id: "login-page",
                label: Text {
                    ko: "웹 사이트이고, 브라우저용 로그인 폼 페이지가 있습니다",
                    en: "Your web site, whose login is a form page for browsers",
                },
                next: Target::Outcome(29),
            },
            Answer {
                id: "proxy",
                label: Text {
                    ko: "앞단의 프록시가 자체 자격 증명을 요구합니다",
                    en: "A proxy in front, which needs credentials of its own",
                },
                next: Target::Outcome(30),
            },
            Answer {
                id: "network",
                label: Text {
                    ko: "네트워크가 로그인이나 약관 동의를 요구합니다(캡티브 포털)",
                    en: "The network wants the user to log in or accept terms (a captive portal)",
                },
                next: Target::Outcome(31),
            },
        ],
    },
    Question {
        id: "hide",
        text: Text {
            ko: "클라이언트가 리소스의 존재를 알아도 되나요?",
            en: "May the client learn that the resource exists?",
        },
        why: Text {
            ko: "403은 리소스가 있다는 사실을 드러냅니다. 접근 권한이 없는 클라이언트에게 리소스의 존재를 숨기고 싶은 오리진 서버는 RFC 9110에 따라 404로 답해도 됩니다. 비공개 저장소에 대한 GitHub의 응답이 그런 예입니다.",
            en: "403 admits that the resource is there. An origin server that wants to hide a resource from clients without access may answer 404 instead, as RFC 9110 allows; GitHub does this for private repositories.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.4"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
            },
        ],
        answers: &[
            Answer {
                id: "yes",
                label: Text {
                    ko: "예, 알아도 됩니다: 거부 이유를 설명합니다",
                    en: "Yes: explain the refusal",
                },
                next: Target::Outcome(32),
            },
            Answer {
                id: "no",
                label: Text {
                    ko: "아니요, 숨겨야 합니다",
                    en: "No: hide it",
                },
                next: Target::Outcome(33),
            },
        ],
    },
    Question {
        id: "target",
        text: Text {
            ko: "대상 리소스는 어떤 상태인가요?",
            en: "What about the target resource?",
        },
        why: Text {
            ko: "404는 리소스가 없다는 상태가 임시인지 영구인지 말하지 않습니다. 410은 영원히 사라졌다는 뜻이고 휴리스틱 캐시 가능이므로 확실할 때만 씁니다. 이 서버가 맡지 않는 호스트에 대한 요청은 없는 페이지가 아니라 잘못 전달된 요청입니다.",
            en: "404 does not say whether the absence is temporary or permanent. 410 says the resource is gone for good and is heuristically cacheable, so use it only when you know. A request for a host this server does not serve is misdirected, not a missing page.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.11"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.20"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20",
            },
        ],
        answers: &[
            Answer {
                id: "nothing",
                label: Text {
                    ko: "아무것도 없습니다(또는 있는지 밝히지 않습니다)",
                    en: "There is nothing there (or you will not say)",
                },
                next: Target::Outcome(34),
            },
            Answer {
                id: "gone",
                label: Text {
                    ko: "있었지만 일부러, 영구히 없앴습니다",
                    en: "It existed and was removed on purpose, for good",
                },
                next: Target::Outcome(35),
            },
            Answer {
                id: "moved",
                label: Text {
                    ko: "다른 URI로 옮겼습니다",
                    en: "It moved to another URI",
                },
                next: Target::Question(9),
            },
            Answer {
                id: "wrong-server",
                label: Text {
                    ko: "이 서버는 그 URI의 호스트나 스킴을 맡지 않습니다(재사용된 연결, 잘못된 라우팅)",
                    en: "This server does not serve the URI's host or scheme (a reused connection, wrong routing)",
                },
                next: Target::Outcome(36),
            },
            Answer {
                id: "legal",
                label: Text {
                    ko: "있지만 법적 사유로 보여 줄 수 없습니다",
                    en: "It exists, but may not be shown for legal reasons",
                },
                next: Target::Outcome(24),
            },
        ],
    },
    Question {
        id: "method",
        text: Text {
            ko: "서버가 이 메서드를 알긴 하나요?",
            en: "Does the server know the method at all?",
        },
        why: Text {
            ko: "405는 서버가 아는 메서드를 이 대상이 지원하지 않는다는 뜻이고, 반드시 Allow 헤더 필드로 허용되는 메서드를 알려야 합니다. 501은 어떤 리소스에서도 그 메서드를 구현하지 않았다는 뜻입니다. 범용 서버는 GET과 HEAD를 반드시 지원해야 합니다.",
            en: "405 says the target does not support a method the server knows, and must list the allowed methods in Allow. 501 says the server does not implement the method for any resource. Every general-purpose server must support GET and HEAD.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("9.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.1",
            },
        ],
        answers: &[
            Answer {
                id: "known",
                label: Text {
                    ko: "예, 알지만 이 리소스에는 허용되지 않습니다",
                    en: "Yes, but this resource does not allow it",
                },
                next: Target::Outcome(37),
            },
            Answer {
                id: "unknown",
                label: Text {
                    ko: "아니요, 어떤 리소스에서도 지원하지 않습니다(모르거나 구현하지 않은 메서드)",
                    en: "No, no resource supports it (an unknown or unimplemented method)",
                },
                next: Target::Outcome(38),
            },
            Answer {
                id: "not-for-this-client",
                label: Text {
                    ko: "허용되는 메서드지만 이 클라이언트에게는 아닙니다",
                    en: "It is allowed, but not for this client",
                },
                next: Target::Question(13),
            },
        ],
    },
    Question {
        id: "syntax",
        text: Text {
            ko: "콘텐츠나 문법에 어떤 문제가 있나요?",
            en: "What is wrong with the content or syntax?",
        },
        why: Text {
            ko: "400은 파싱할 수 없거나 프로토콜을 어긴 메시지에 씁니다. 415는 리소스가 받지 않는 형식(미디어 타입이나 콘텐츠 코딩)의 콘텐츠에, 422는 문법은 맞지만 담긴 지시를 처리할 수 없는 콘텐츠(필드 검증 실패 등)에 씁니다.",
            en: "400 is for a message the server cannot parse or that breaks the protocol. 415 is for content in a format (media type or content coding) the resource does not take. 422 is for content that parses but whose instructions cannot be carried out, such as a failed field validation.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.16"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.21"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
            },
        ],
        answers: &[
            Answer {
                id: "malformed",
                label: Text {
                    ko: "파싱할 수 없습니다: 깨진 JSON, 잘못된 헤더 필드, 문법에 어긋난 URI",
                    en: "It cannot be parsed: broken JSON, a bad header field, an invalid URI",
                },
                next: Target::Outcome(39),
            },
            Answer {
                id: "media-type",
                label: Text {
                    ko: "리소스가 받지 않는 미디어 타입이나 콘텐츠 코딩입니다",
                    en: "It is in a media type or content coding the resource does not accept",
                },
                next: Target::Outcome(40),
            },
            Answer {
                id: "invalid",
                label: Text {
                    ko: "파싱은 되지만 값이 틀렸습니다: 검증 실패, 빠진 필드",
                    en: "It parses, but the values are wrong: failed validation, a missing field",
                },
                next: Target::Outcome(41),
            },
            Answer {
                id: "conflicts",
                label: Text {
                    ko: "값은 맞지만 리소스의 현재 상태와 충돌합니다",
                    en: "The values are valid but clash with the resource's current state",
                },
                next: Target::Question(20),
            },
        ],
    },
    Question {
        id: "size",
        text: Text {
            ko: "무엇이 너무 큰가요?",
            en: "What is too large?",
        },
        why: Text {
            ko: "한도마다 코드가 따로 있어서 클라이언트는 무엇을 줄여야 하는지 압니다. 콘텐츠는 413, 대상 URI는 414, 헤더 섹션은 431입니다. 한도가 임시라면 413에 Retry-After를 넣을 수 있습니다.",
            en: "Each limit has its own code, so the client knows what to shorten: the content (413), the target URI (414) or the header section (431). When the limit is temporary, 413 can carry Retry-After.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.14"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.15"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15",
            },
            SpecRef {
                document: "RFC 6585",
                section: Some("5"),
                url: "https://www.rfc-editor.org/rfc/rfc6585#section-5",
            },
        ],
        answers: &[
            Answer {
                id: "content",
                label: Text {
                    ko: "콘텐츠(업로드)",
                    en: "The content (an upload)",
                },
                next: Target::Outcome(42),
            },
            Answer {
                id: "uri",
                label: Text {
                    ko: "대상 URI(긴 쿼리를 단 GET인 경우가 많습니다)",
                    en: "The target URI (often a GET with a huge query)",
                },
                next: Target::Outcome(43),
            },
            Answer {
                id: "headers",
                label: Text {
                    ko: "헤더 섹션이나 헤더 필드 하나(쿠키인 경우가 많습니다)",
                    en: "The header section, or one header field (often cookies)",
                },
                next: Target::Outcome(44),
            },
            Answer {
                id: "storage",
                label: Text {
                    ko: "서버에 남은 저장 공간에 들어가지 않습니다",
                    en: "It would not fit in the storage the server has left",
                },
                next: Target::Outcome(45),
            },
        ],
    },
    Question {
        id: "state",
        text: Text {
            ko: "리소스의 상태에 어떤 문제가 있나요?",
            en: "What about the resource's state?",
        },
        why: Text {
            ko: "409는 현재 상태와 충돌해서 사용자가 해결하고 다시 보낼 수 있는 요청에 씁니다. 412는 클라이언트가 직접 건 사전 조건(If-Match 등)이 더는 참이 아닐 때, 428은 변경 유실을 막으려고 조건부 요청을 요구할 때 씁니다.",
            en: "409 is for a request that conflicts with the current state, which the user might resolve and resubmit. 412 is for a precondition the client set itself (If-Match and the like) that no longer holds; 428 demands a conditional request, to prevent lost updates.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.10"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.13"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
            },
            SpecRef {
                document: "RFC 6585",
                section: Some("3"),
                url: "https://www.rfc-editor.org/rfc/rfc6585#section-3",
            },
        ],
        answers: &[
            Answer {
                id: "precondition-false",
                label: Text {
                    ko: "클라이언트가 보낸 사전 조건(If-Match, If-None-Match, If-Unmodified-Since 등)이 거짓입니다",
                    en: "A precondition the client sent (If-Match, If-None-Match, If-Unmodified-Since …) is false",
                },
                next: Target::Question(21),
            },
            Answer {
                id: "no-precondition",
                label: Text {
                    ko: "클라이언트가 사전 조건 없이 바꾸려 하는데, 변경 유실이 문제가 됩니다",
                    en: "The client tries to change it without a precondition, and lost updates matter",
                },
                next: Target::Outcome(46),
            },
            Answer {
                id: "conflict",
                label: Text {
                    ko: "현재 상태와 충돌합니다: 중복, 오래된 버전을 고친 요청, 이 단계에 맞지 않는 상태",
                    en: "It clashes with the current state: a duplicate, an edit of an old version, the wrong state for this step",
                },
                next: Target::Outcome(47),
            },
            Answer {
                id: "webdav",
                label: Text {
                    ko: "WebDAV 리소스입니다: 잠금, 의존 작업, 바인딩 루프",
                    en: "A WebDAV resource: a lock, a dependent action, a binding loop",
                },
                next: Target::Question(22),
            },
        ],
    },
    Question {
        id: "precondition",
        text: Text {
            ko: "어떤 요청이었나요?",
            en: "What kind of request was it?",
        },
        why: Text {
            ko: "사전 조건의 평가 순서는 RFC 9110이 정합니다. GET이나 HEAD에서 If-None-Match나 If-Modified-Since가 거짓이면 클라이언트의 사본이 최신이라는 뜻이므로 304로 답합니다. 그 밖의 거짓 조건은 모두 412입니다.",
            en: "RFC 9110 fixes how preconditions are evaluated. On a GET or HEAD, a false If-None-Match or If-Modified-Since means the client's copy is current, and the answer is 304. Every other false precondition gets 412.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("13.2.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.4.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.13"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
            },
        ],
        answers: &[
            Answer {
                id: "cache-check",
                label: Text {
                    ko: "GET이나 HEAD이고, If-None-Match나 If-Modified-Since로 보아 클라이언트의 사본이 최신입니다",
                    en: "A GET or HEAD whose If-None-Match or If-Modified-Since shows the client's copy is current",
                },
                next: Target::Outcome(17),
            },
            Answer {
                id: "change",
                label: Text {
                    ko: "그 밖의 경우: 변경 요청의 If-Match나 If-Unmodified-Since, If-None-Match: *로 만들기",
                    en: "Anything else: If-Match or If-Unmodified-Since on a change, If-None-Match: * on a create",
                },
                next: Target::Outcome(48),
            },
        ],
    },
    Question {
        id: "webdav",
        text: Text {
            ko: "WebDAV의 어떤 상황인가요?",
            en: "Which WebDAV situation is it?",
        },
        why: Text {
            ko: "WebDAV(RFC 4918)와 바인딩 확장(RFC 5842)은 잠금, 여러 리소스에 걸친 작업, 바인딩 루프에 전용 코드를 둡니다. 일반 HTTP API에서는 이 코드 대신 409나 500을 쓰는 것이 좋습니다.",
            en: "WebDAV (RFC 4918) and its binding extension (RFC 5842) have codes of their own for locks, operations over several resources and binding loops. Outside WebDAV, plain HTTP APIs are better served by 409 or 500.",
        },
        spec: &[
            SpecRef {
                document: "RFC 4918",
                section: Some("11"),
                url: "https://www.rfc-editor.org/rfc/rfc4918#section-11",
            },
            SpecRef {
                document: "RFC 5842",
                section: Some("7"),
                url: "https://www.rfc-editor.org/rfc/rfc5842#section-7",
            },
        ],
        answers: &[
            Answer {
                id: "locked",
                label: Text {
                    ko: "리소스가 잠겨 있습니다(LOCK)",
                    en: "The resource is locked (LOCK)",
                },
                next: Target::Outcome(49),
            },
            Answer {
                id: "dependency",
                label: Text {
                    ko: "이 작업이 의존하는 다른 작업이 실패했습니다",
                    en: "Another action this one depended on failed",
                },
                next: Target::Outcome(50),
            },
            Answer {
                id: "loop",
                label: Text {
                    ko: "Depth: infinity 요청이 바인딩 루프를 만났습니다",
                    en: "A Depth: infinity request ran into a binding loop",
                },
                next: Target::Outcome(51),
            },
            Answer {
                id: "storage",
                label: Text {
                    ko: "결과를 저장할 공간이 부족합니다",
                    en: "There is not enough storage for the result",
                },
                next: Target::Outcome(45),
            },
            Answer {
                id: "several",
                label: Text {
                    ko: "여러 리소스에 대한 결과가 제각각입니다",
                    en: "The outcomes differ from resource to resource",
                },
                next: Target::Outcome(6),
            },
        ],
    },
    Question {
        id: "accept",
        text: Text {
            ko: "클라이언트가 요청하지 않은 표현을 보내도 되나요?",
            en: "May you send a representation the client did not ask for?",
        },
        why: Text {
            ko: "Accept, Accept-Language 같은 필드는 선호일 뿐이라 서버는 무시하고 기본 표현을 보낼 수 있으며, 대개 406보다 그쪽이 더 쓸모 있습니다. 406은 클라이언트가 쓸 수 없는 응답이 아무 응답도 없는 것보다 나쁠 때만 보냅니다.",
            en: "Accept, Accept-Language and their kin state preferences: a server may disregard them and send its default, which is usually more useful than 406. Send 406 only when a response the client cannot use is worse than none.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("12.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-12.1",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("12.5.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.7"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
            },
        ],
        answers: &[
            Answer {
                id: "default",
                label: Text {
                    ko: "예, 기본 표현으로도 괜찮습니다",
                    en: "Yes, the default will do",
                },
                next: Target::Outcome(52),
            },
            Answer {
                id: "refuse",
                label: Text {
                    ko: "아니요, 다른 것을 받으면 클라이언트가 잘못 해석합니다",
                    en: "No, the client would misread anything else",
                },
                next: Target::Outcome(53),
            },
            Answer {
                id: "let-choose",
                label: Text {
                    ko: "맞는 것이 여럿이라 사용자가 골라야 합니다",
                    en: "Several fit, and the user should choose",
                },
                next: Target::Outcome(19),
            },
        ],
    },
    Question {
        id: "rate",
        text: Text {
            ko: "이 클라이언트의 사용량 문제인가요, 서버 전체의 용량 문제인가요?",
            en: "Is it this client's usage, or the server's capacity?",
        },
        why: Text {
            ko: "429는 한 클라이언트에게 요청을 너무 많이 보냈다고 알립니다. 503은 서버가 지금 누구에게도 서비스할 수 없다는 뜻입니다. 둘 다 Retry-After를 담을 수 있고, 429는 캐시가 저장해서는 안 됩니다.",
            en: "429 tells one client that it has sent too many requests; 503 says the server cannot serve anyone right now. Both can carry Retry-After, and a cache must not store a 429.",
        },
        spec: &[
            SpecRef {
                document: "RFC 6585",
                section: Some("4"),
                url: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6.4"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("10.2.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3",
            },
        ],
        answers: &[
            Answer {
                id: "this-client",
                label: Text {
                    ko: "이 클라이언트(키, 사용자, IP 주소)가 한도를 넘었습니다",
                    en: "This client (key, user, IP address) went over its limit",
                },
                next: Target::Outcome(54),
            },
            Answer {
                id: "capacity",
                label: Text {
                    ko: "서버 전체가 과부하이거나 점검 중입니다",
                    en: "The server as a whole is overloaded or in maintenance",
                },
                next: Target::Outcome(55),
            },
            Answer {
                id: "paid-quota",
                label: Text {
                    ko: "유료 할당량이나 요금제 한도를 다 썼습니다",
                    en: "A paid quota or the plan's allowance is used up",
                },
                next: Target::Outcome(25),
            },
        ],
    },
    Question {
        id: "protocol",
        text: Text {
            ko: "요청을 보낸 방식에 어떤 문제가 있나요?",
            en: "What is wrong with how the request was sent?",
        },
        why: Text {
            ko: "이 코드들은 리소스가 아니라 메시지와 연결에 관한 것이라 대부분 HTTP 서버 라이브러리가 보냅니다. 다만 TLS 조기 데이터를 받거나, 업그레이드를 요구하거나, 일부 HTTP 버전만 지원하는 애플리케이션은 직접 골라야 합니다.",
            en: "These codes concern the message and the connection rather than the resource, so the HTTP server library sends most of them. An application that accepts TLS early data, requires an upgrade or supports only some HTTP versions picks them itself.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.12"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12",
            },
            SpecRef {
                document: "RFC 8470",
                section: Some("5.2"),
                url: "https://www.rfc-editor.org/rfc/rfc8470#section-5.2",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.5.22"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6",
            },
        ],
        answers: &[
            Answer {
                id: "no-length",
                label: Text {
                    ko: "콘텐츠가 있는데 Content-Length가 없고, 서버가 이를 요구합니다",
                    en: "It has content without Content-Length, and the server needs one",
                },
                next: Target::Outcome(56),
            },
            Answer {
                id: "expect",
                label: Text {
                    ko: "들어줄 수 없는 Expect 필드가 있습니다",
                    en: "It has an Expect field you cannot meet",
                },
                next: Target::Outcome(4),
            },
            Answer {
                id: "early-data",
                label: Text {
                    ko: "TLS 조기 데이터(0-RTT)로 왔고, 재전송 공격을 당하면 위험합니다",
                    en: "It came in TLS early data (0-RTT), and a replay would be unsafe",
                },
                next: Target::Outcome(57),
            },
            Answer {
                id: "needs-upgrade",
                label: Text {
                    ko: "먼저 다른 프로토콜로 바꿔야 합니다(TLS, 더 새로운 HTTP 버전)",
                    en: "It must switch to another protocol first (TLS, a newer HTTP version)",
                },
                next: Target::Outcome(58),
            },
            Answer {
                id: "version",
                label: Text {
                    ko: "요청의 HTTP 메이저 버전을 지원하지 않습니다",
                    en: "Its HTTP major version is not supported",
                },
                next: Target::Outcome(59),
            },
            Answer {
                id: "http-to-https-port",
                label: Text {
                    ko: "HTTPS 포트로 평문 HTTP 요청이 왔습니다",
                    en: "Plain HTTP arrived on an HTTPS port",
                },
                next: Target::Outcome(60),
            },
            Answer {
                id: "too-slow",
                label: Text {
                    ko: "요청이 다 도착하기까지 너무 오래 걸렸습니다",
                    en: "The request took too long to arrive",
                },
                next: Target::Outcome(61),
            },
        ],
    },
    Question {
        id: "server",
        text: Text {
            ko: "어디에서 실패했나요?",
            en: "Where did it fail?",
        },
        why: Text {
            ko: "5xx는 클라이언트가 잘못한 것이 없다는 뜻입니다. 클라이언트와 중개자는 코드마다 다르게 다룹니다. 503과 504는 대개 일시적이고, 멱등하지 않은 요청을 5xx 뒤에 재시도하면 그 효과가 두 번 날 수 있습니다.",
            en: "A 5xx code says the client did nothing wrong. Clients and intermediaries treat the codes differently: 503 and 504 are usually temporary, and retrying a non-idempotent request after any 5xx may repeat its effect.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("9.2.2"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2",
            },
        ],
        answers: &[
            Answer {
                id: "application",
                label: Text {
                    ko: "애플리케이션 안에서: 버그나 예상하지 못한 상태",
                    en: "In your application: a bug or an unexpected state",
                },
                next: Target::Outcome(62),
            },
            Answer {
                id: "not-implemented",
                label: Text {
                    ko: "요청에 필요한 기능을 서버가 구현하지 않았습니다",
                    en: "The request needs a feature the server does not implement",
                },
                next: Target::Outcome(38),
            },
            Answer {
                id: "unavailable",
                label: Text {
                    ko: "서비스가 지금 불가능합니다: 과부하, 점검, 시작 중",
                    en: "The service is unavailable for now: overloaded, in maintenance, starting up",
                },
                next: Target::Outcome(55),
            },
            Answer {
                id: "upstream",
                label: Text {
                    ko: "뒤에 있는 서버에서: 게이트웨이나 프록시로서 업스트림 서버를 불렀습니다",
                    en: "In a server behind you: you are a gateway or proxy calling an upstream server",
                },
                next: Target::Question(27),
            },
            Answer {
                id: "storage",
                label: Text {
                    ko: "이 요청을 처리할 저장 공간이 부족합니다",
                    en: "Out of storage for this request",
                },
                next: Target::Outcome(45),
            },
        ],
    },
    Question {
        id: "upstream",
        text: Text {
            ko: "업스트림 서버에 무슨 일이 있었나요?",
            en: "What went wrong with the upstream server?",
        },
        why: Text {
            ko: "502는 업스트림 서버의 응답이 잘못되었거나 연결에 실패했다는 뜻이고, 504는 제때 응답하지 않았다는 뜻입니다. 이 구분이 있어야 운영자가 업스트림의 오류를 볼지 속도를 볼지 압니다. CDN과 로드 밸런서는 이를 자체 코드로 더 잘게 나눕니다.",
            en: "502 means the upstream's answer was invalid or the connection to it failed; 504 means it did not answer in time. The split tells the operator whether to look at the upstream's errors or at its speed. CDNs and load balancers refine both with codes of their own.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("15.6.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
            },
        ],
        answers: &[
            Answer {
                id: "refused",
                label: Text {
                    ko: "연결할 수 없었습니다: 거부, 재설정, DNS 실패, 경로 없음",
                    en: "It could not be reached: refused, reset, DNS failure, no route",
                },
                next: Target::Outcome(63),
            },
            Answer {
                id: "invalid",
                label: Text {
                    ko: "HTTP로 볼 수 없는 응답을 보냈거나, 응답 도중에 연결을 닫았습니다",
                    en: "It sent something that is not valid HTTP, or closed the connection mid-response",
                },
                next: Target::Outcome(64),
            },
            Answer {
                id: "slow",
                label: Text {
                    ko: "제때 응답하지 않았습니다",
                    en: "It did not answer in time",
                },
                next: Target::Outcome(65),
            },
            Answer {
                id: "tls",
                label: Text {
                    ko: "TLS 핸드셰이크가 실패했거나 인증서가 유효하지 않습니다",
                    en: "The TLS handshake failed, or its certificate is invalid",
                },
                next: Target::Outcome(66),
            },
            Answer {
                id: "none-healthy",
                label: Text {
                    ko: "업스트림이 503으로 답했거나, 정상인 업스트림이 하나도 없습니다",
                    en: "It answered 503, or no healthy upstream is left",
                },
                next: Target::Outcome(55),
            },
        ],
    },
    Question {
        id: "no-response",
        text: Text {
            ko: "어느 쪽이 끝냈나요?",
            en: "Which side ended it?",
        },
        why: Text {
            ko: "응답을 보내지 않으면 전송되는 상태 코드도 없지만, 서버는 로그에 코드를 남깁니다. 이런 로그 전용 코드는 비공식이며, 어느 쪽이 연결을 닫았는지 알면 어디를 살펴볼지 알 수 있습니다.",
            en: "When no response is sent there is no status code on the wire, yet servers still write one to their logs. These log-only codes are unofficial, and knowing which side closed the connection tells you where to look.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9112",
                section: Some("9.6"),
                url: "https://www.rfc-editor.org/rfc/rfc9112#section-9.6",
            },
            SpecRef {
                document: "nginx documentation: ngx_http_rewrite_module",
                section: None,
                url: "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return",
            },
        ],
        answers: &[
            Answer {
                id: "client-left",
                label: Text {
                    ko: "응답이 준비되기 전에 클라이언트가 연결을 닫았습니다",
                    en: "The client closed the connection before the response was ready",
                },
                next: Target::Outcome(67),
            },
            Answer {
                id: "drop",
                label: Text {
                    ko: "응답 없이 연결을 끊고 싶습니다(스캐너, 악용)",
                    en: "You want to close the connection without answering (scanners, abuse)",
                },
                next: Target::Outcome(68),
            },
            Answer {
                id: "client-idle",
                label: Text {
                    ko: "클라이언트가 연결을 열고 요청을 제때 끝내지 않았습니다",
                    en: "The client opened a connection but did not finish its request in time",
                },
                next: Target::Outcome(61),
            },
            Answer {
                id: "upstream-silent",
                label: Text {
                    ko: "프록시로서 업스트림 서버를 기다리다 포기했습니다",
                    en: "As a proxy, you gave up waiting for the upstream server",
                },
                next: Target::Question(27),
            },
        ],
    },
];

pub(super) static OUTCOMES: [Outcome; 69] = [
    Outcome {
        id: "r-switch",
        codes: &[StatusCode::from_u16_or_panic(101)],
        note: Text {
            ko: "Upgrade 헤더 필드에 전환할 프로토콜을 담아 101을 보내고, 그 직후부터 새 프로토콜로 말합니다. 전환하고 싶지 않다면 Upgrade를 무시하고 평소처럼 답하면 됩니다. HTTP/2와 HTTP/3에는 101이 없으며, 그 위의 WebSocket은 확장 CONNECT와 200을 씁니다.",
            en: "Send 101 with an Upgrade header field naming the protocol, and speak that protocol right after it. If you would rather not switch, ignore Upgrade and answer as usual. HTTP/2 and HTTP/3 have no 101: WebSocket over them uses extended CONNECT and a 200.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("7.8"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-7.8",
            },
            SpecRef {
                document: "RFC 8441",
                section: Some("4"),
                url: "https://www.rfc-editor.org/rfc/rfc8441#section-4",
            },
        ],
    },
    Outcome {
        id: "r-early-hints",
        codes: &[StatusCode::from_u16_or_panic(103)],
        note: Text {
            ko: "최종 응답에 들어갈 Link 헤더 필드(rel=preload, preconnect)를 103으로 먼저 보내면, 서버가 최종 응답을 만드는 동안 브라우저가 리소스를 불러올 수 있습니다. 103을 모르는 클라이언트는 무시하므로 안전하지만, HTTP/1.0 클라이언트에게는 보내지 않습니다.",
            en: "Send the Link header fields (rel=preload, preconnect) the final response will carry in a 103 first, so that the browser can fetch while the server builds the final response. Clients that do not know 103 ignore it, so it is safe; do not send it to HTTP/1.0 clients.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-accepted-later",
        codes: &[StatusCode::from_u16_or_panic(202)],
        note: Text {
            ko: "오래 걸리는 작업은 102로 연결을 붙잡지 말고, 202로 바로 답한 뒤 클라이언트가 조회할 상태 리소스를 Location이나 콘텐츠로 알려 줍니다. 102(Processing)는 WebDAV에서 빠진 사용 중단 코드라 새로 보낼 이유가 없습니다.",
            en: "Rather than holding the connection open with 102, answer 202 at once and point to a status resource the client can poll, in Location or in the content. 102 (Processing) was dropped from WebDAV and is deprecated: there is no reason to start sending it.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-continue",
        codes: &[StatusCode::from_u16_or_panic(100)],
        note: Text {
            ko: "100을 보내고 콘텐츠를 읽은 뒤 최종 응답을 보냅니다. 대부분의 서버 라이브러리는 애플리케이션이 콘텐츠를 처음 읽을 때 100을 알아서 보내므로 직접 보낼 일은 드뭅니다. 콘텐츠 일부를 이미 받았다면 100을 생략해도 됩니다.",
            en: "Send 100, read the content, then send the final response. Most server libraries send the 100 on their own when the application first reads the content, so you rarely send it yourself. If some of the content has already arrived, the 100 may be skipped.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-expectation-failed",
        codes: &[StatusCode::from_u16_or_panic(417)],
        note: Text {
            ko: "Expect에 100-continue가 아닌 기대가 있으면 417로 답합니다. 클라이언트는 Expect 없이 요청을 다시 보낼 수 있습니다.",
            en: "Answer 417 when Expect holds anything other than 100-continue. The client can repeat the request without Expect.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-accepted",
        codes: &[StatusCode::from_u16_or_panic(202)],
        note: Text {
            ko: "202 뒤에는 작업 결과를 다시 알려 줄 방법이 HTTP에 없습니다. 콘텐츠에 현재 상태를 적고 상태를 조회할 URI를 알려 주며, 끝나면 그 URI가 결과나 결과로 가는 303을 주게 합니다. 나중에 처리하는 DELETE도 202입니다.",
            en: "HTTP has no way to report the outcome of the work after a 202. Describe the current state in the content with a URI for checking on it; when the work is done, that URI serves the result or a 303 to it. A DELETE that will be carried out later is also 202.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("9.3.5"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5",
        }],
    },
    Outcome {
        id: "r-multi-status",
        codes: &[
            StatusCode::from_u16_or_panic(207),
            StatusCode::from_u16_or_panic(208),
        ],
        note: Text {
            ko: "207로 답하고 XML multistatus 콘텐츠에 리소스별 상태 코드를 담습니다. RFC 5842 바인딩에서 이미 보고한 컬렉션을 다시 만나면 그 항목은 208로 표시합니다. 208은 207 안에서만 쓰며 응답 자체의 상태 코드로 쓰지 않습니다.",
            en: "Answer 207 and give each resource's status in the XML multistatus content. With RFC 5842 bindings, a collection met again after it was already reported is marked 208 inside that content; 208 is never the status of the response itself.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-created",
        codes: &[StatusCode::from_u16_or_panic(201)],
        note: Text {
            ko: "새 리소스를 가리키는 Location을 보냅니다(여럿이면 주된 것). 콘텐츠로 새 리소스를 설명하거나 링크할 수 있고, ETag를 보내면 새 표현의 검증자가 됩니다. PUT으로 기존 리소스를 바꾼 경우라면 201이 아니라 200이나 204입니다.",
            en: "Send Location naming the new resource (the primary one, if several). The content may describe it or link to it, and an ETag is the new representation's validator. A PUT that replaced an existing resource gets 200 or 204, not 201.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("9.3.4"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4",
        }],
    },
    Outcome {
        id: "r-see-other-after-post",
        codes: &[
            StatusCode::from_u16_or_panic(303),
            StatusCode::from_u16_or_panic(201),
        ],
        note: Text {
            ko: "303으로 새 리소스나 결과 페이지에 보내면 브라우저가 GET으로 가져오므로, 새로 고침해도 폼이 다시 제출되지 않습니다(POST/리다이렉트/GET 패턴). 같은 엔드포인트를 프로그램도 쓴다면 그쪽에는 201이 맞습니다.",
            en: "A 303 to the new resource or a result page makes the browser fetch it with GET, so a reload does not submit the form again (POST/redirect/GET). If programs use the same endpoint, give them 201.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-ok",
        codes: &[StatusCode::from_u16_or_panic(200)],
        note: Text {
            ko: "콘텐츠의 뜻은 메서드에 따라 다릅니다. GET이면 표현, POST면 작업 결과, PUT이나 DELETE면 변경된 상태의 설명입니다. PUT이 기존 리소스를 바꿨을 때도 200(또는 204)입니다.",
            en: "What the content means depends on the method: the representation for GET, the result for POST, a description of the new state for PUT or DELETE. A PUT that replaced an existing resource also gets 200 (or 204).",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("9.3.4"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("9.3.5"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5",
            },
        ],
    },
    Outcome {
        id: "r-transformed",
        codes: &[StatusCode::from_u16_or_panic(203)],
        note: Text {
            ko: "변환 프록시가 오리진 서버의 200 응답 콘텐츠를 바꿨다는 표시로 203을 보냅니다. 클라이언트는 콘텐츠가 원본이 아님을 알 수 있습니다. 오리진 서버 자신은 203을 보낼 일이 없고, Cache-Control: no-transform이 있으면 바꾸지 않아야 합니다.",
            en: "A transforming proxy sends 203 to show that it changed the content of the origin's 200 response, so the client knows it is not the original. An origin server has no use for 203, and a proxy must leave content marked Cache-Control: no-transform alone.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("7.7"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-7.7",
        }],
    },
    Outcome {
        id: "r-delta",
        codes: &[StatusCode::from_u16_or_panic(226)],
        note: Text {
            ko: "A-IM에 적힌 인스턴스 조작(예: 차이 인코딩)을 적용한 결과를 보낼 때 226과 IM 헤더 필드를 씁니다. RFC 3229를 구현한 클라이언트와 서버 사이에서만 뜻이 있으며, 그렇지 않다면 200으로 전체를 보냅니다.",
            en: "Send 226 with an IM header field when the content is the result of the instance manipulations named in A-IM (a delta encoding, say). It means something only between a client and a server that implement RFC 3229; otherwise send the whole with 200.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-partial",
        codes: &[StatusCode::from_u16_or_panic(206)],
        note: Text {
            ko: "범위 하나면 Content-Range를 담은 206을, 여러 범위면 multipart/byteranges 콘텐츠를 보냅니다. 겹치는 범위가 지나치게 많거나 잘게 쪼개진 요청은 무시하고 전체를 보낼 수 있습니다.",
            en: "For one range, send 206 with Content-Range; for several, multipart/byteranges content. A request with many overlapping or tiny ranges may be ignored in favour of the whole representation.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-range-not-satisfiable",
        codes: &[StatusCode::from_u16_or_panic(416)],
        note: Text {
            ko: "Content-Range: bytes */길이로 현재 표현의 길이를 알려 주면, 클라이언트가 이어받기를 바로잡을 수 있습니다.",
            en: "Send Content-Range: bytes */length with the current length, so that the client can correct a resumed download.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-whole-instead",
        codes: &[
            StatusCode::from_u16_or_panic(200),
            StatusCode::from_u16_or_panic(206),
        ],
        note: Text {
            ko: "Range를 무시하고 200으로 표현 전체를 보내는 것은 허용된 동작입니다. If-Range의 검증자가 바뀌었다면 반드시 전체를 보내야 하며, 클라이언트는 자기 사본을 새 표현으로 바꿉니다.",
            en: "Ignoring Range and sending the whole representation with 200 is allowed. When If-Range's validator no longer matches you must send the whole, and the client replaces its copy with it.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("13.1.5"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.5",
        }],
    },
    Outcome {
        id: "r-no-content",
        codes: &[
            StatusCode::from_u16_or_panic(204),
            StatusCode::from_u16_or_panic(200),
        ],
        note: Text {
            ko: "204는 헤더 섹션에서 끝나며 콘텐츠를 담을 수 없습니다. PUT에 대한 204의 ETag는 저장된 새 표현의 검증자입니다. 클라이언트가 결과 설명을 기대한다면 짧은 콘텐츠와 함께 200을 보냅니다. 삭제를 바로 마친 DELETE도 204입니다.",
            en: "A 204 ends after its header section and cannot carry content; an ETag in a 204 to a PUT is the validator of the newly stored representation. If the client expects a description of the outcome, send 200 with short content instead. A DELETE carried out at once is also 204.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("9.3.5"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5",
        }],
    },
    Outcome {
        id: "r-reset",
        codes: &[StatusCode::from_u16_or_panic(205)],
        note: Text {
            ko: "205에는 콘텐츠를 생성해서는 안 됩니다. 연속 데이터 입력처럼 사용자 에이전트가 폼을 비우고 다음 입력을 받게 할 때 씁니다. 브라우저 지원이 고르지 않으므로 웹 페이지에서는 204와 스크립트로 폼을 비우는 경우가 많습니다.",
            en: "A 205 must not carry content. It suits repeated data entry, where the user agent clears the form for the next record. Browser support is uneven, so web pages often send 204 and clear the form with a script.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-not-modified",
        codes: &[
            StatusCode::from_u16_or_panic(304),
            StatusCode::from_u16_or_panic(412),
        ],
        note: Text {
            ko: "304는 GET이나 HEAD의 조건부 요청에만 보냅니다. 콘텐츠 없이, 200이었다면 보냈을 ETag, Date, Vary, Cache-Control, Expires, Content-Location을 담습니다. 다른 메서드에서 조건이 거짓이면 412입니다.",
            en: "Send 304 only to a conditional GET or HEAD. It has no content, and carries the Cache-Control, Content-Location, Date, ETag, Expires and Vary that a 200 would have had. For other methods a false condition gets 412.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("13.2.2"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2",
        }],
    },
    Outcome {
        id: "r-see-other",
        codes: &[StatusCode::from_u16_or_panic(303)],
        note: Text {
            ko: "Location의 리소스를 사용자 에이전트가 GET으로 가져옵니다. POST 뒤에 결과 페이지를 보여 주거나, 실제 사물처럼 문서가 아닌 리소스에서 그것을 설명하는 문서로 안내할 때 씁니다. 303은 명시적인 신선도 정보가 있을 때만 캐시에 저장됩니다.",
            en: "The user agent fetches the Location with GET. Use it to show a result page after a POST, or to point from a resource that is not a document (a real-world thing) to a document that describes it. Caches store a 303 only when it carries explicit freshness.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-multiple-choices",
        codes: &[StatusCode::from_u16_or_panic(300)],
        note: Text {
            ko: "콘텐츠에 선택지 목록과 링크를 담습니다. 형식이 표준화되어 있지 않아 클라이언트가 자동으로 고르지 못하므로 드물게 쓰입니다. 선호하는 선택지가 있다면 Location에 넣습니다. 대부분은 기본 표현을 보내고 Link로 다른 표현을 알리는 편이 낫습니다.",
            en: "List the choices with links in the content. The format is not standardised, so clients cannot choose automatically, and 300 is rare. Put a preferred choice in Location. In most cases it is better to send a default and point to the alternatives with Link.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-moved-permanently",
        codes: &[
            StatusCode::from_u16_or_panic(301),
            StatusCode::from_u16_or_panic(308),
        ],
        note: Text {
            ko: "GET으로만 오는 링크에는 어느 클라이언트나 아는 301을, 메서드를 유지해야 한다면 308을 씁니다. 영구 리다이렉트는 휴리스틱 캐시 가능이라 브라우저가 오래 기억하므로, 확실할 때만 보내고 처음에는 짧은 Cache-Control max-age를 붙이는 것이 좋습니다.",
            en: "301 for GET-only links, understood by every client; 308 to keep the method. A permanent redirect is heuristically cacheable and browsers remember it for a long time, so send it only when you are sure, and give it a short Cache-Control max-age at first.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-permanent-redirect",
        codes: &[
            StatusCode::from_u16_or_panic(308),
            StatusCode::from_u16_or_panic(301),
        ],
        note: Text {
            ko: "308은 메서드와 콘텐츠를 유지하므로 API 엔드포인트를 옮길 때 맞습니다. GET만 오는 링크라면 301과 같습니다. 아주 오래된 클라이언트는 308을 모를 수 있는데, 그러면 300처럼 다룹니다.",
            en: "308 keeps the method and content, which is right when an API endpoint moves; for GET-only links it behaves like 301. Very old clients may not know 308 and then treat it as 300.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-found",
        codes: &[
            StatusCode::from_u16_or_panic(302),
            StatusCode::from_u16_or_panic(303),
            StatusCode::from_u16_or_panic(307),
        ],
        note: Text {
            ko: "GET으로 오는 페이지를 잠시 다른 곳으로 보낼 때는 302가 가장 흔합니다. POST를 받은 뒤 결과 페이지로 보낸다면 303이, 메서드를 유지해야 한다면 307이 뜻을 분명히 합니다.",
            en: "302 is the usual way to send a GET elsewhere for now. After a POST, 303 says that the next request is a GET; to keep the method, use 307.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-temporary-redirect",
        codes: &[
            StatusCode::from_u16_or_panic(307),
            StatusCode::from_u16_or_panic(302),
        ],
        note: Text {
            ko: "307은 메서드와 콘텐츠를 유지한 채 임시로 다른 URI에 보냅니다. 업로드나 API 호출을 잠시 다른 서버로 보낼 때 맞습니다. 클라이언트는 다음 요청에도 원래 URI를 씁니다.",
            en: "307 sends the request elsewhere for now with its method and content intact, as for an upload or an API call diverted to another server. The client keeps using the original URI for later requests.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-legal",
        codes: &[
            StatusCode::from_u16_or_panic(451),
            StatusCode::from_u16_or_panic(403),
            StatusCode::from_u16_or_panic(404),
        ],
        note: Text {
            ko: "콘텐츠에 어떤 법적 요구로 차단했는지 설명하고, 차단을 실행한 주체를 Link rel=\"blocked-by\"로 알립니다. 451은 휴리스틱 캐시 가능입니다. 사유를 밝힐 수 없다면 403이나 404가 남습니다.",
            en: "Explain in the content which legal demand caused the block, and name the party that implements it in Link rel=\"blocked-by\". A 451 is heuristically cacheable. When you may not say why, 403 or 404 remain.",
        },
        spec: &[
            SpecRef {
                document: "RFC 7725",
                section: Some("3"),
                url: "https://www.rfc-editor.org/rfc/rfc7725#section-3",
            },
            SpecRef {
                document: "RFC 7725",
                section: Some("4"),
                url: "https://www.rfc-editor.org/rfc/rfc7725#section-4",
            },
        ],
    },
    Outcome {
        id: "r-payment",
        codes: &[
            StatusCode::from_u16_or_panic(403),
            StatusCode::from_u16_or_panic(402),
            StatusCode::from_u16_or_panic(429),
        ],
        note: Text {
            ko: "402는 RFC 9110에서 '향후 사용을 위해 예약'된 코드라 표준화된 뜻이 없습니다. 이유를 설명하는 problem detail과 함께 403을 보내는 것이 안전하며, 요금 API처럼 클라이언트가 402를 아는 경우에만 402를 씁니다. 할당량이 기간마다 다시 차는 것이라면 Retry-After와 함께 429가 맞습니다.",
            en: "RFC 9110 reserves 402 for future use, so it has no standard meaning. 403 with a problem detail saying why is the safe choice; use 402 only where clients know it, as with billing APIs. If the allowance refills over time, 429 with Retry-After fits better.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("15.5.3"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3",
        }],
    },
    Outcome {
        id: "r-csrf",
        codes: &[
            StatusCode::from_u16_or_panic(403),
            StatusCode::from_u16_or_panic(419),
        ],
        note: Text {
            ko: "CSRF 검사 실패에 맞는 등록된 코드는 403입니다. Laravel은 같은 상황에 비공식 419(Page Expired)를 보내는데, 이를 모르는 클라이언트는 400으로 처리합니다. 페이지를 새로 고쳐 새 토큰을 받게 안내합니다.",
            en: "The registered code for a failed CSRF check is 403. Laravel sends the unofficial 419 (Page Expired) for the same case, which clients that do not know it treat as 400. Tell the user to reload the page for a fresh token.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-client-certificate",
        codes: &[
            StatusCode::from_u16_or_panic(403),
            StatusCode::from_u16_or_panic(496),
            StatusCode::from_u16_or_panic(495),
        ],
        note: Text {
            ko: "인증서 문제는 대개 TLS 핸드셰이크에서 경고(alert)로 끝납니다. 핸드셰이크를 통과시킨 뒤 애플리케이션이 거부한다면 403을 씁니다. nginx는 인증서가 없으면 496, 검증에 실패하면 495를 내부에서 쓰지만 클라이언트에게는 400을 보냅니다.",
            en: "Certificate problems usually end in a TLS alert during the handshake. When the application refuses after the handshake, send 403. nginx uses 496 (no certificate) and 495 (verification failed) internally, but sends 400 to the client.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-unauthorized",
        codes: &[StatusCode::from_u16_or_panic(401)],
        note: Text {
            ko: "반드시 WWW-Authenticate 챌린지(예: Bearer realm=\"api\", error=\"invalid_token\")를 함께 보내야 합니다. 챌린지가 없는 401은 규격 위반입니다. 만료된 로그인 세션도 401이며, IIS의 비공식 440(Login Time-out)은 쓰지 않습니다.",
            en: "Always send a WWW-Authenticate challenge (Bearer realm=\"api\", error=\"invalid_token\", for example); a 401 without one breaks the specification. An expired login session is a 401 too: skip IIS's unofficial 440 (Login Time-out).",
        },
        spec: &[SpecRef {
            document: "RFC 6750",
            section: Some("3"),
            url: "https://www.rfc-editor.org/rfc/rfc6750#section-3",
        }],
    },
    Outcome {
        id: "r-login-redirect",
        codes: &[
            StatusCode::from_u16_or_panic(302),
            StatusCode::from_u16_or_panic(303),
            StatusCode::from_u16_or_panic(401),
        ],
        note: Text {
            ko: "브라우저는 로그인 페이지로 302(POST였다면 303)를 보내고, 로그인 뒤 돌아올 원래 URI를 쿼리에 담습니다. 같은 경로를 부르는 API 클라이언트에게는 WWW-Authenticate와 함께 401을 주어, HTML 로그인 페이지를 데이터로 오해하지 않게 합니다.",
            en: "Send browsers to the login page with 302 (303 after a POST), carrying the original URI in the query for the way back. API clients calling the same paths should get 401 with WWW-Authenticate instead, so that they do not mistake an HTML login page for data.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-proxy-auth",
        codes: &[StatusCode::from_u16_or_panic(407)],
        note: Text {
            ko: "프록시는 반드시 Proxy-Authenticate 챌린지를 보내야 하고, 클라이언트는 Proxy-Authorization으로 답합니다. 오리진 서버는 407을 보내지 않습니다.",
            en: "The proxy must send a Proxy-Authenticate challenge, and the client answers with Proxy-Authorization. Origin servers never send 407.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-network-auth",
        codes: &[StatusCode::from_u16_or_panic(511)],
        note: Text {
            ko: "캡티브 포털처럼 네트워크를 가로채는 쪽만 511을 보내며, 오리진 서버가 보내서는 안 됩니다. 콘텐츠에 로그인 페이지 링크를 담고, 캐시가 저장하지 않게 합니다.",
            en: "Only whoever intercepts the network, such as a captive portal, sends 511; origin servers should not. Put a link to the login page in the content; caches must not store it.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-forbidden",
        codes: &[StatusCode::from_u16_or_panic(403)],
        note: Text {
            ko: "누가 요청했는지는 알지만 허용하지 않는다는 뜻이므로, 클라이언트는 같은 자격 증명으로 자동 재시도하지 않아야 합니다. 콘텐츠에 거부 이유와 권한을 얻는 방법을 적어 줍니다.",
            en: "The server knows who is asking and will not allow it, so the client should not retry automatically with the same credentials. Say in the content why, and how to get access.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-hidden",
        codes: &[
            StatusCode::from_u16_or_panic(404),
            StatusCode::from_u16_or_panic(403),
        ],
        note: Text {
            ko: "권한 없는 클라이언트에게 리소스의 존재를 숨기려면 404로 답해도 됩니다. 다만 권한이 있는 사용자가 잘못 로그인했을 때도 같은 404를 보게 되므로, 로그인 상태를 확인하라는 안내를 콘텐츠에 넣는 것이 좋습니다.",
            en: "Answering 404 hides the resource from clients without access. A user who has access but is logged in with the wrong account sees the same 404, so suggest checking the login in the content.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-not-found",
        codes: &[
            StatusCode::from_u16_or_panic(404),
            StatusCode::from_u16_or_panic(410),
        ],
        note: Text {
            ko: "404는 없는 상태가 임시인지 영구인지 말하지 않으며, 휴리스틱 캐시 가능입니다. 대상이 없는 것만 뜻하므로, 잘못된 쿼리 파라미터 값에는 400이나 422가 더 정확합니다.",
            en: "404 does not say whether the absence is temporary or permanent, and it is heuristically cacheable. It means that the target is not there; for a bad query parameter value, 400 or 422 is more precise.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-gone",
        codes: &[
            StatusCode::from_u16_or_panic(410),
            StatusCode::from_u16_or_panic(404),
        ],
        note: Text {
            ko: "410은 일부러 없앤 리소스라 링크를 지워 달라는 신호이며, 검색 엔진은 404보다 빨리 목록에서 뺍니다. 영구히 사라졌는지 모른다면 404를 씁니다. 410도 휴리스틱 캐시 가능입니다.",
            en: "410 says the resource was removed on purpose and links to it should go; search engines drop it sooner than a 404. If you do not know that it is permanent, use 404. A 410 is heuristically cacheable too.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-misdirected",
        codes: &[StatusCode::from_u16_or_panic(421)],
        note: Text {
            ko: "연결을 재사용하거나 합친 HTTP/2·HTTP/3 클라이언트가 이 서버가 맡지 않는 호스트의 요청을 보냈을 때 씁니다. 클라이언트는 멱등하지 않은 요청이라도 새 연결로 다시 보낼 수 있습니다.",
            en: "For a request that reached a server not authoritative for its host, typically through a reused or coalesced HTTP/2 or HTTP/3 connection. The client may retry on a new connection, even a non-idempotent request.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-method-not-allowed",
        codes: &[
            StatusCode::from_u16_or_panic(405),
            StatusCode::from_u16_or_panic(501),
        ],
        note: Text {
            ko: "반드시 Allow 헤더 필드로 이 리소스가 허용하는 메서드를 알려야 합니다. 405는 휴리스틱 캐시 가능입니다. 서버가 그 메서드를 전혀 모른다면 501입니다.",
            en: "Always list the methods the resource allows in an Allow header field. A 405 is heuristically cacheable. If the server does not know the method at all, send 501.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-not-implemented",
        codes: &[
            StatusCode::from_u16_or_panic(501),
            StatusCode::from_u16_or_panic(405),
        ],
        note: Text {
            ko: "어떤 리소스에서도 지원하지 않는 메서드나 기능에 씁니다. 501은 휴리스틱 캐시 가능입니다. 메서드는 알지만 이 리소스만 허용하지 않는다면 Allow와 함께 405입니다.",
            en: "For a method or feature that no resource supports. A 501 is heuristically cacheable. If the method is known but this resource does not allow it, send 405 with Allow.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-bad-request",
        codes: &[
            StatusCode::from_u16_or_panic(400),
            StatusCode::from_u16_or_panic(422),
            StatusCode::from_u16_or_panic(415),
        ],
        note: Text {
            ko: "어디가 잘못되었는지(어느 필드, 몇 번째 줄) 콘텐츠에 적어 주면 클라이언트가 고칠 수 있습니다. 파싱은 되는데 값이 틀렸다면 422가, 형식 자체를 받지 않는다면 415가 더 정확합니다.",
            en: "Say in the content where the problem is (which field, which line) so the client can fix it. If the content parses but the values are wrong, 422 is more precise; if the format itself is not accepted, 415.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-unsupported-media-type",
        codes: &[StatusCode::from_u16_or_panic(415)],
        note: Text {
            ko: "받을 수 있는 미디어 타입을 응답의 Accept 헤더 필드로 알릴 수 있고, 콘텐츠 코딩 문제라면 Accept-Encoding으로 받는 코딩을 알립니다.",
            en: "List the media types you take in an Accept header field in the response; for a content coding problem, list the codings you take in Accept-Encoding.",
        },
        spec: &[
            SpecRef {
                document: "RFC 9110",
                section: Some("12.5.1"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1",
            },
            SpecRef {
                document: "RFC 9110",
                section: Some("12.5.3"),
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3",
            },
        ],
    },
    Outcome {
        id: "r-unprocessable",
        codes: &[
            StatusCode::from_u16_or_panic(422),
            StatusCode::from_u16_or_panic(400),
        ],
        note: Text {
            ko: "문법은 맞지만 처리할 수 없는 콘텐츠에 씁니다. 어느 필드가 왜 틀렸는지 problem detail로 알려 줍니다. 422는 WebDAV에서 나왔지만 RFC 9110에 들어온 일반 코드입니다. 검증 오류를 400으로 보내는 API도 많으니 한 API 안에서는 하나로 통일합니다.",
            en: "For content that parses but cannot be processed; say which fields are wrong and why, in a problem detail. 422 came from WebDAV but is a general code since RFC 9110. Many APIs send 400 for validation errors: pick one and use it throughout an API.",
        },
        spec: &[SpecRef {
            document: "RFC 9457",
            section: Some("3"),
            url: "https://www.rfc-editor.org/rfc/rfc9457#section-3",
        }],
    },
    Outcome {
        id: "r-content-too-large",
        codes: &[StatusCode::from_u16_or_panic(413)],
        note: Text {
            ko: "한도를 콘텐츠에 적어 주고, 한도가 임시라면 Retry-After를 보냅니다. 서버는 콘텐츠를 끝까지 읽지 않고 연결을 닫을 수 있습니다. 클라이언트가 Expect: 100-continue를 보냈다면 업로드 전에 거절할 수 있습니다. 이전 이름은 Payload Too Large입니다.",
            en: "State the limit in the content, and send Retry-After if the limit is temporary. The server may close the connection instead of reading the rest; with Expect: 100-continue it can refuse before the upload. Formerly Payload Too Large.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-uri-too-long",
        codes: &[StatusCode::from_u16_or_panic(414)],
        note: Text {
            ko: "대개 POST로 보내야 할 데이터를 GET 쿼리에 넣었거나 리다이렉트 루프로 URI가 자꾸 길어진 경우입니다. 414는 휴리스틱 캐시 가능입니다.",
            en: "Usually data that belongs in a POST was put in a GET query, or a redirect loop keeps growing the URI. A 414 is heuristically cacheable.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-header-fields-too-large",
        codes: &[
            StatusCode::from_u16_or_panic(431),
            StatusCode::from_u16_or_panic(494),
        ],
        note: Text {
            ko: "헤더 섹션 전체가 너무 큰지 필드 하나가 너무 큰지, 어느 필드인지 콘텐츠에 적어 줍니다. 흔한 원인은 쌓인 쿠키입니다. nginx는 같은 상황을 내부적으로 494로 다루고 클라이언트에게는 400을 보냅니다.",
            en: "Say in the content whether the whole header section or one field is too large, and which field; piled-up cookies are the usual cause. nginx handles the same case as 494 internally and sends 400 to the client.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-insufficient-storage",
        codes: &[
            StatusCode::from_u16_or_panic(507),
            StatusCode::from_u16_or_panic(413),
        ],
        note: Text {
            ko: "서버 쪽 공간이 모자라 요청을 처리하지 못한 것이므로 일시적인 서버 오류입니다. 콘텐츠가 서버가 정한 한도를 넘은 것이라면 클라이언트가 고칠 수 있는 413입니다.",
            en: "The server ran out of room to complete the request: a temporary server error. If the content exceeds a limit the server sets, that is a 413, which the client can fix.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-precondition-required",
        codes: &[StatusCode::from_u16_or_panic(428)],
        note: Text {
            ko: "클라이언트가 GET으로 받은 ETag를 If-Match에 담아 다시 보내게 하면, 그사이 다른 사람이 바꾼 내용을 덮어쓰지 않습니다. 콘텐츠에 필요한 조건을 설명하고, 428은 캐시가 저장해서는 안 됩니다.",
            en: "Make the client send back the ETag it got with GET in If-Match, so it does not overwrite someone else's change made in between. Explain the required condition in the content; caches must not store a 428.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-conflict",
        codes: &[
            StatusCode::from_u16_or_panic(409),
            StatusCode::from_u16_or_panic(412),
            StatusCode::from_u16_or_panic(422),
        ],
        note: Text {
            ko: "콘텐츠에 충돌의 원인(중복된 키, 현재 버전 등)을 적어 사용자가 해결하고 다시 보낼 수 있게 합니다. 클라이언트가 If-Match로 건 조건이 틀린 것이라면 412이고, 상태와 무관하게 값이 틀린 것이라면 422입니다.",
            en: "Say in the content what clashed (a duplicate key, the current version) so the user can resolve it and resubmit. If it is a condition the client set with If-Match that failed, that is 412; if the values are wrong regardless of state, 422.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-precondition-failed",
        codes: &[
            StatusCode::from_u16_or_panic(412),
            StatusCode::from_u16_or_panic(409),
        ],
        note: Text {
            ko: "412는 클라이언트가 직접 건 조건이 틀렸다는 뜻이므로, 클라이언트는 최신 표현을 다시 받아 변경을 다시 적용해야 합니다. 조건 없이 상태가 충돌한 것이라면 409입니다.",
            en: "412 says a condition the client set itself is false, so the client should fetch the current representation and apply its change again. A clash with the state, without a condition, is a 409.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-locked",
        codes: &[
            StatusCode::from_u16_or_panic(423),
            StatusCode::from_u16_or_panic(409),
        ],
        note: Text {
            ko: "WebDAV LOCK으로 잠긴 리소스에 잠금 토큰 없이 변경하려 할 때 씁니다. 콘텐츠에 lock-token-submitted 같은 사전 조건 요소를 담을 수 있습니다. WebDAV가 아닌 API의 편집 잠금에는 409가 맞습니다.",
            en: "For a change to a resource locked with WebDAV LOCK, made without the lock token; the content can name the failed precondition, such as lock-token-submitted. For edit locks in APIs that are not WebDAV, 409 fits.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-failed-dependency",
        codes: &[StatusCode::from_u16_or_panic(424)],
        note: Text {
            ko: "PROPPATCH처럼 한 번에 처리해야 하는 여러 작업 중 하나가 실패해 나머지도 수행하지 못했을 때, 나머지 작업에 424를 매깁니다. 보통 207 응답 안에서 씁니다.",
            en: "When one action of a set that must succeed together (as in PROPPATCH) failed, the others are reported with 424; it usually appears inside a 207 response.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-loop",
        codes: &[
            StatusCode::from_u16_or_panic(508),
            StatusCode::from_u16_or_panic(208),
        ],
        note: Text {
            ko: "Depth: infinity 작업이 바인딩 루프를 만나 전체 요청을 멈췄을 때 508을 보냅니다. 멈추지 않고 이미 보고한 바인딩을 건너뛰려면 207 안에서 208로 표시합니다.",
            en: "Send 508 when a Depth: infinity operation runs into a binding loop and stops the whole request. To carry on instead, skip the bindings already reported by marking them 208 inside a 207.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-default-representation",
        codes: &[
            StatusCode::from_u16_or_panic(200),
            StatusCode::from_u16_or_panic(406),
        ],
        note: Text {
            ko: "기본 표현을 200으로 보내고, Content-Type과 Content-Language로 실제로 보낸 것을 밝히며, 캐시를 위해 협상에 쓴 필드를 Vary에 적습니다. 클라이언트가 받을 수 없는 표현이 없는 것보다 나쁠 때만 406을 씁니다.",
            en: "Send the default with 200, say what it is in Content-Type and Content-Language, and list the negotiated fields in Vary for caches. Use 406 only when a representation the client cannot take is worse than none.",
        },
        spec: &[SpecRef {
            document: "RFC 9110",
            section: Some("12.5.5"),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5",
        }],
    },
    Outcome {
        id: "r-not-acceptable",
        codes: &[
            StatusCode::from_u16_or_panic(406),
            StatusCode::from_u16_or_panic(200),
        ],
        note: Text {
            ko: "콘텐츠에 제공할 수 있는 표현의 목록(미디어 타입, 언어)을 담아 클라이언트가 고를 수 있게 합니다. 보통은 기본 표현을 200으로 보내는 편이 사용자에게 더 도움이 됩니다.",
            en: "List the representations you can offer (media types, languages) in the content so the client can pick one. Sending the default with 200 usually helps users more.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-too-many-requests",
        codes: &[
            StatusCode::from_u16_or_panic(429),
            StatusCode::from_u16_or_panic(503),
        ],
        note: Text {
            ko: "Retry-After로 언제 다시 보내도 되는지 알리고, 콘텐츠에 한도를 설명합니다. 429는 캐시가 저장해서는 안 됩니다. Twitter의 420(Enhance Your Calm)이나 cPanel의 509 같은 비공식 코드는 쓰지 않습니다. 서버 전체의 과부하라면 503입니다.",
            en: "Say when to come back in Retry-After and explain the limit in the content; caches must not store a 429. Avoid unofficial codes such as Twitter's 420 (Enhance Your Calm) or cPanel's 509. Overload of the whole server is a 503.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-unavailable",
        codes: &[
            StatusCode::from_u16_or_panic(503),
            StatusCode::from_u16_or_panic(429),
        ],
        note: Text {
            ko: "회복 예상 시점을 Retry-After로 알리면 클라이언트와 크롤러가 그때 다시 옵니다. 점검 페이지도 200이 아니라 503으로 보내야 검색 엔진이 색인을 지우지 않습니다. 특정 클라이언트만 제한하는 것이라면 429입니다.",
            en: "Give the expected recovery time in Retry-After and clients and crawlers come back then. Serve maintenance pages with 503, not 200, so that search engines keep the page indexed. Limiting one client rather than everyone is a 429.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-length-required",
        codes: &[StatusCode::from_u16_or_panic(411)],
        note: Text {
            ko: "클라이언트는 올바른 Content-Length를 넣어 다시 보낼 수 있습니다. HTTP/1.1의 청크 전송은 유효한 방식이므로, 가능하면 서버가 받아들이는 편이 낫습니다.",
            en: "The client can repeat the request with a valid Content-Length. Chunked transfer is valid HTTP/1.1, so accepting it is usually the better fix.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-too-early",
        codes: &[StatusCode::from_u16_or_panic(425)],
        note: Text {
            ko: "재전송되면 위험한 요청이 TLS 조기 데이터로 왔을 때, 또는 Early-Data: 1이 붙어 중개자를 거쳐 왔을 때 씁니다. 클라이언트는 핸드셰이크가 끝난 뒤 같은 요청을 다시 보냅니다.",
            en: "For a request that would be unsafe to replay and arrived in TLS early data, or through an intermediary with Early-Data: 1. The client repeats it once the handshake is complete.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-upgrade-required",
        codes: &[StatusCode::from_u16_or_panic(426)],
        note: Text {
            ko: "반드시 Upgrade 헤더 필드로 필요한 프로토콜을 알려야 합니다. 평문 HTTP를 HTTPS로 옮기려는 것이라면 브라우저는 426을 따르지 않으므로, https URI로 가는 301이나 308과 HSTS가 맞습니다.",
            en: "Always name the required protocols in an Upgrade header field. To move plain HTTP to HTTPS, browsers do not act on 426: a 301 or 308 to the https URI, plus HSTS, is the way.",
        },
        spec: &[SpecRef {
            document: "RFC 6797",
            section: Some("7.2"),
            url: "https://www.rfc-editor.org/rfc/rfc6797#section-7.2",
        }],
    },
    Outcome {
        id: "r-version-not-supported",
        codes: &[StatusCode::from_u16_or_panic(505)],
        note: Text {
            ko: "메이저 버전을 지원하지 않을 때 씁니다. 콘텐츠에 이유와 지원하는 프로토콜을 적어 주는 것이 좋습니다. 대부분 HTTP 서버 라이브러리가 대신 보냅니다.",
            en: "For a major version you do not support; the content ought to say why and which protocols you do support. The HTTP server library usually sends it for you.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-http-to-https-port",
        codes: &[
            StatusCode::from_u16_or_panic(400),
            StatusCode::from_u16_or_panic(497),
        ],
        note: Text {
            ko: "평문 요청은 TLS 레코드가 아니므로 서버는 400 정도만 답할 수 있습니다. nginx는 내부적으로 497을 쓰고 클라이언트에게 400을 보냅니다. 80번 포트에서 평문 HTTP를 따로 받아 301이나 308로 https에 보내는 것이 해결책입니다.",
            en: "A plain request is not a TLS record, so the server can answer little more than 400; nginx uses 497 internally and sends 400. The fix is to accept plain HTTP on port 80 and redirect it to https with 301 or 308.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-request-timeout",
        codes: &[
            StatusCode::from_u16_or_panic(408),
            StatusCode::from_u16_or_panic(499),
        ],
        note: Text {
            ko: "서버가 요청을 끝까지 받기를 기다리다 포기한 것이므로 close 연결 옵션과 함께 408을 보내고 연결을 닫습니다. 클라이언트는 새 연결로 재시도할 수 있습니다. 클라이언트가 먼저 떠났다면 보낼 응답이 없고 nginx는 499를 기록합니다.",
            en: "The server gave up waiting for the rest of the request: send 408 with the close connection option and close the connection; the client may retry on a new one. If the client left first there is nothing to send, and nginx logs 499.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-internal",
        codes: &[StatusCode::from_u16_or_panic(500)],
        note: Text {
            ko: "콘텐츠에는 내부 정보(스택 추적, 쿼리)를 넣지 말고, 로그와 맞춰 볼 요청 ID를 넣습니다. 원인이 임시 과부하라면 503, 업스트림 서버라면 502나 504가 더 많은 것을 알려 줍니다.",
            en: "Keep internals (stack traces, queries) out of the content, and include a request ID to match the logs. If the cause is a temporary overload, 503 says more; if it is an upstream server, 502 or 504.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-upstream-unreachable",
        codes: &[
            StatusCode::from_u16_or_panic(502),
            StatusCode::from_u16_or_panic(521),
            StatusCode::from_u16_or_panic(523),
            StatusCode::from_u16_or_panic(530),
        ],
        note: Text {
            ko: "업스트림 서버에 연결하지 못한 게이트웨이는 502를 보냅니다. Cloudflare는 같은 상황을 더 잘게 나눠, 오리진이 연결을 거부하면 521, 경로가 없으면 523, 오리진 DNS 오류면 530을 보냅니다.",
            en: "A gateway that could not connect to its upstream sends 502. Cloudflare splits the case: 521 when the origin refused the connection, 523 when there is no route to it, 530 with an origin DNS error.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-bad-gateway",
        codes: &[
            StatusCode::from_u16_or_panic(502),
            StatusCode::from_u16_or_panic(520),
        ],
        note: Text {
            ko: "업스트림 서버가 잘못된 응답을 보냈거나 응답 도중에 연결을 끊었을 때 502를 보냅니다. Cloudflare는 오리진의 빈 응답이나 알 수 없는 응답에 520을 씁니다. 멱등한 요청은 흔히 재시도합니다.",
            en: "Send 502 when the upstream's response was invalid or its connection dropped mid-response. Cloudflare sends 520 for an empty or unknown answer from the origin. Idempotent requests are commonly retried.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-gateway-timeout",
        codes: &[
            StatusCode::from_u16_or_panic(504),
            StatusCode::from_u16_or_panic(522),
            StatusCode::from_u16_or_panic(524),
        ],
        note: Text {
            ko: "업스트림 서버가 제때 응답하지 않으면 504입니다. Cloudflare는 연결 자체가 시간 초과되면 522, 연결은 되었지만 응답이 늦으면 524를 보냅니다. 오래 걸리는 작업이라면 202와 상태 조회 URI로 바꾸는 것을 고려합니다.",
            en: "An upstream that does not answer in time gets a 504. Cloudflare sends 522 when the connection itself timed out, 524 when it connected but the response was late. For work that is slow by nature, consider 202 with a status URI.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-upstream-tls",
        codes: &[
            StatusCode::from_u16_or_panic(502),
            StatusCode::from_u16_or_panic(525),
            StatusCode::from_u16_or_panic(526),
        ],
        note: Text {
            ko: "업스트림 서버와의 TLS 실패도 게이트웨이에는 502입니다. Cloudflare는 핸드셰이크 실패에 525, 오리진 인증서 검증 실패에 526을 씁니다. 재시도해도 오리진을 고치기 전에는 소용없습니다.",
            en: "A TLS failure with the upstream is a 502 for the gateway. Cloudflare sends 525 when the handshake failed and 526 when the origin's certificate did not validate. Retries do not help until the origin is fixed.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-client-closed",
        codes: &[
            StatusCode::from_u16_or_panic(499),
            StatusCode::from_u16_or_panic(460),
        ],
        note: Text {
            ko: "클라이언트가 이미 떠났으므로 보낼 응답은 없습니다. nginx는 499를, AWS Application Load Balancer는 460을 로그에 남깁니다. 클라이언트의 시간 초과가 처리 시간보다 짧은지 확인하고, 오래 걸리는 작업은 202로 바꿉니다. 서버가 먼저 포기하는 408과는 다릅니다.",
            en: "The client has gone, so there is nothing to send; nginx logs 499 and an AWS Application Load Balancer logs 460. Check whether the client's timeout is shorter than the work, and move slow work to 202. It is not a 408, where the server gives up first.",
        },
        spec: &[],
    },
    Outcome {
        id: "r-drop",
        codes: &[StatusCode::from_u16_or_panic(444)],
        note: Text {
            ko: "nginx에서 return 444;는 아무것도 보내지 않고 연결을 닫으며 로그에만 444를 남깁니다. 스캐너나 알 수 없는 호스트 이름에 쓸 만하지만, 정상 클라이언트에게는 이유를 알 수 있는 403, 404, 429가 낫습니다.",
            en: "In nginx, return 444; closes the connection without sending anything and logs 444. It suits scanners and unknown host names; a legitimate client is better served by a 403, 404 or 429 it can act on.",
        },
        spec: &[],
    },
];

pub(super) static NOT_REACHED: [NotReached; 7] = [
    NotReached {
        code: StatusCode::from_u16_or_panic(102),
        why: Text {
            ko: "사용 중단: RFC 4918이 WebDAV에서 뺐습니다. 오래 걸리는 작업은 202로 안내합니다.",
            en: "Deprecated: RFC 4918 removed it from WebDAV. The guide answers long-running work with 202.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(104),
        why: Text {
            ko: "Internet-Draft의 임시 등록입니다. 재개 가능한 업로드 프로토콜을 구현한 서버가 프로토콜에 따라 보내므로, 골라서 보내는 코드가 아닙니다.",
            en: "A provisional registration for an Internet-Draft: a server implementing resumable uploads sends it as that protocol requires; it is not a code anyone picks.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(305),
        why: Text {
            ko: "사용 중단: 보안 문제로 RFC 7231부터 쓰지 않으며, 클라이언트도 따르지 않습니다.",
            en: "Deprecated since RFC 7231 for security reasons; clients do not follow it.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(306),
        why: Text {
            ko: "예약: 이전 초안에서 쓰였고 지금은 어떤 뜻도 없습니다.",
            en: "Reserved: used in an earlier draft, with no meaning now.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(418),
        why: Text {
            ko: "예약: 농담 RFC 2324에서 나온 번호라 실제 응답에 쓰지 않습니다.",
            en: "Reserved: it comes from the April Fools' RFC 2324 and is not for real responses.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(506),
        why: Text {
            ko: "실험적 RFC 2295의 투명 콘텐츠 협상에서 서버 설정 오류를 알리는 코드라, 애플리케이션이 고를 일이 없습니다.",
            en: "It reports a server misconfiguration in the experimental transparent content negotiation of RFC 2295; no application chooses it.",
        },
    },
    NotReached {
        code: StatusCode::from_u16_or_panic(510),
        why: Text {
            ko: "폐기: RFC 2774가 Historic이 되었습니다. 지원하지 않는 기능에는 501을 안내합니다.",
            en: "Obsoleted: RFC 2774 is Historic. The guide answers unsupported features with 501.",
        },
    },
];
