//! Generated from `data/wire-requests.toml` and `data/wire-examples.toml` by `cargo test -p httpstatus-codegen`.
//! Do not edit by hand: record the examples again (`cargo run -p httpstatus-wire-examples`) and run that command.

use crate::example::{Example, Message, Peer};
use crate::{StatusCode, Text};

pub(crate) static EXAMPLES: [Example; 92] = [
    Example {
        code: StatusCode::from_u16_or_panic(100),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /100 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 21\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 100 Continue\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Client,
                text: "{\"name\":\"httpstatus\"}",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 200 OK\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 7\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n200 OK\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "클라이언트는 헤더 섹션만 보내고 기다리다가 100 Continue를 받은 뒤에야 콘텐츠를 보냅니다. 최종 응답은 그다음에 옵니다.",
            en: "The client sends only its header section, waits, and sends the content after 100 Continue; the final response comes last.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(101),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /101 HTTP/1.1\r\nHost: localhost:8080\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\nsec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: upgrade, sec-websocket-accept\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Sec-WebSocket-Accept는 요청의 키로 계산한 값이며, 101 응답에는 콘텐츠가 없고 바로 뒤부터 연결이 WebSocket으로 바뀝니다.",
            en: "Sec-WebSocket-Accept is computed from the request's key; the 101 has no content, and the connection speaks WebSocket right after it.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(102),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPFIND /102 HTTP/1.1\r\nHost: localhost:8080\r\nDepth: infinity\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 102 Processing\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 200 OK\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 7\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n200 OK\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "102는 콘텐츠 없는 중간 응답이고, 같은 연결에서 최종 응답 200이 이어집니다(처리가 길면 1초마다 다시 옵니다: ?sleep=3000).",
            en: "102 is an interim response without content, followed on the same connection by the final 200 (repeated every second while work runs: try ?sleep=3000).",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(103),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /103 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style, </script.js>; rel=preload; as=script\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 200 OK\r\nvary: *\r\nlink: </style.css>; rel=preload; as=style, </script.js>; rel=preload; as=script\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 7\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: link\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n200 OK\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "103의 Link 헤더 필드는 최종 200에도 다시 나옵니다. 미리 알려 준 힌트를 최종 응답이 확인하는 셈입니다.",
            en: "The Link field of the 103 comes again on the final 200: the hints sent early are confirmed by the final response.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(104),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /104 HTTP/1.1\r\nHost: localhost:8080\r\nUpload-Complete: ?1\r\nContent-Length: 5\r\n\r\nhello",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 104 Upload Resumption Supported\r\nLocation: /echo\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 200 OK\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 7\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n200 OK\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "104 중간 응답의 Location은 업로드를 재개할 곳을 가리키며, 최종 응답은 따로 옵니다.",
            en: "The Location of the interim 104 names where the upload can be resumed; the final response follows separately.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(200),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /200 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 200 OK\r\nvary: *\r\nlast-modified: Thu, 01 Jan 2026 00:00:00 GMT\r\ncache-control: max-age=60\r\ncontent-type: text/plain; charset=utf-8\r\netag: \"00cba7e1e8463979\"\r\ncontent-length: 7\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: etag\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n200 OK\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "ETag, Last-Modified, Cache-Control이 있어서 다음 요청은 조건부 요청으로 다시 검증할 수 있습니다.",
            en: "ETag, Last-Modified and Cache-Control let the next request revalidate with a conditional request.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(201),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /201 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\nname=demo",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 201 Created\r\nvary: *\r\nlocation: /echo?created=1\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 12\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n201 Created\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Location이 새로 생성된 리소스를 가리킵니다.",
            en: "Location points at the newly created resource.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(202),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /202 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\njob=report",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 202 Accepted\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 13\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n202 Accepted\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Location도 결과도 없이, 요청을 받아들였다는 사실만 알립니다. 처리 상태를 확인할 곳은 콘텐츠로 알려 주는 것이 좋습니다.",
            en: "No Location and no result: only that the request was accepted; the content should say where to check on the processing.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(203),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /203 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 203 Non-Authoritative Information\r\nvary: *\r\nlast-modified: Thu, 01 Jan 2026 00:00:00 GMT\r\ncache-control: max-age=60\r\ncontent-type: text/plain; charset=utf-8\r\netag: \"9426c0d0578a2eec\"\r\ncontent-length: 34\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: etag\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n203 Non-Authoritative Information\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "200과 같은 검증자가 붙지만 사유 구문이 다릅니다. 변환 프록시가 200을 고쳤다는 뜻입니다.",
            en: "The same validators as a 200, but another reason phrase: a transforming proxy changed the origin's 200.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(204),
        messages: &[
            Message {
                from: Peer::Client,
                text: "DELETE /204 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 204 No Content\r\nvary: *\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Content-Length도 Content-Type도 없습니다. 204 응답은 헤더 섹션에서 끝납니다.",
            en: "No Content-Length and no Content-Type: a 204 ends with its header section.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(205),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /205 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\ncomment=hello",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 205 Reset Content\r\nvary: *\r\naccess-control-allow-origin: *\r\ncontent-length: 0\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "콘텐츠는 없지만 Content-Length: 0으로 메시지의 끝을 알립니다(RFC 9110 15.3.6절).",
            en: "No content, but Content-Length: 0 frames the empty message (RFC 9110 §15.3.6).",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(206),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /206 HTTP/1.1\r\nHost: localhost:8080\r\nRange: bytes=0-99\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 206 Partial Content\r\nvary: *\r\nlast-modified: Thu, 01 Jan 2026 00:00:00 GMT\r\ncache-control: max-age=60\r\ncontent-type: text/plain; charset=utf-8\r\naccept-ranges: bytes\r\netag: \"39f493eab12324e8\"\r\ncontent-range: bytes 0-99/1000\r\ncontent-length: 100\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: accept-ranges, etag, content-range\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\nabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Content-Range가 보낸 바이트 범위와 전체 길이(1000)를 알려 주고, Content-Length는 보낸 부분의 길이입니다.",
            en: "Content-Range gives the bytes sent and the full length (1000); Content-Length is the length of the part sent.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(207),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPFIND /207 HTTP/1.1\r\nHost: localhost:8080\r\nDepth: 1\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 207 Multi-Status\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n207 Multi-Status\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "상태는 콘텐츠 안의 multistatus 문서가 리소스마다 알려 줍니다. 이 테스트 서버는 텍스트만 보냅니다.",
            en: "The real statuses are per resource, in the multistatus document of the content; this test server sends text only.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(208),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPFIND /208 HTTP/1.1\r\nHost: localhost:8080\r\nDepth: infinity\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 208 Already Reported\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 21\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n208 Already Reported\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "208은 multistatus 응답 안에서 이미 나열한 멤버를 다시 나열하지 않을 때 씁니다.",
            en: "208 is used inside a multistatus response for members already listed, so they are not repeated.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(226),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /226 HTTP/1.1\r\nHost: localhost:8080\r\nA-IM: vcdiff\r\nIf-None-Match: \"httpstatus-v1\"\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 226 IM Used\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 12\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n226 IM Used\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "A-IM을 보낸 클라이언트만 226을 이해합니다. 실제 서버라면 IM 헤더 필드로 적용한 인스턴스 조작을 알립니다.",
            en: "Only a client that sent A-IM understands a 226; a real server names the instance manipulations applied in an IM field.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(300),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /300 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 300 Multiple Choices\r\nvary: *\r\nlocation: /echo?choice=1\r\ncontent-type: text/plain; charset=utf-8\r\nlink: </echo?choice=1>; rel=alternate\r\nlink: </echo?choice=2>; rel=alternate\r\nlink: </echo?choice=3>; rel=alternate\r\ncontent-length: 87\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location, link\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n300 Multiple Choices\nchoices:\n/echo?choice=1 (preferred)\n/echo?choice=2\n/echo?choice=3\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Location은 서버가 선호하는 선택지이고, Link 헤더 필드와 콘텐츠가 나머지 선택지를 나열합니다.",
            en: "Location is the server's preferred choice; Link fields and the content list the others.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(301),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /301 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 301 Moved Permanently\r\nvary: *\r\nlocation: /echo\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 22\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n301 Moved Permanently\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Location으로 영구 리다이렉트합니다. 캐시는 301을 휴리스틱하게 저장할 수 있습니다.",
            en: "A permanent redirect to Location; caches may store a 301 heuristically.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(302),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /302 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 302 Found\r\nvary: *\r\nlocation: /echo\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 10\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n302 Found\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Location으로 임시 리다이렉트합니다. POST였다면 클라이언트가 GET으로 바꿀 수 있습니다.",
            en: "A temporary redirect to Location; had the request been a POST, clients may switch to GET.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(303),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /303 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 303 See Other\r\nvary: *\r\nlocation: /echo\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 14\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n303 See Other\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "POST에 대한 303입니다. 클라이언트는 Location을 GET으로 가져옵니다.",
            en: "A 303 to a POST: the client fetches Location with GET.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(304),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /200 HTTP/1.1\r\nHost: localhost:8080\r\nIf-None-Match: \"00cba7e1e8463979\"\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 304 Not Modified\r\nvary: *\r\netag: \"00cba7e1e8463979\"\r\ncache-control: max-age=60\r\nx-httpstatus-note: If-None-Match names the current entity tag (RFC 9110 section 13.1.2)\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: etag, x-httpstatus-note\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "현재 ETag를 If-None-Match에 담은 /200 조건부 GET에 서버가 실제로 304로 답합니다. 콘텐츠도 Content-Length도 없고, 200이 보낼 ETag, Cache-Control, Vary를 다시 보냅니다.",
            en: "A conditional GET of /200 naming its current ETag in If-None-Match gets a real 304: no content and no Content-Length, and the ETag, Cache-Control and Vary a 200 would send.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(305),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /305 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 305 Use Proxy\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 14\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n305 Use Proxy\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "305는 사용 중단되었습니다. 보안상 클라이언트는 응답이 지정한 프록시를 따르지 않습니다.",
            en: "305 is deprecated: for security, clients do not switch to a proxy named in a response.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(306),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /306 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 306 Switch Proxy\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n306 Switch Proxy\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "306은 예약된 코드라 등록된 사유 구문이 없습니다. 이 서버는 잘 알려진 이름 Switch Proxy를 보냅니다.",
            en: "306 is reserved and has no registered reason phrase; this server sends the well-known name Switch Proxy.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(307),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /307 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 307 Temporary Redirect\r\nvary: *\r\nlocation: /echo\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n307 Temporary Redirect\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "POST에 대한 307입니다. 클라이언트는 메서드와 콘텐츠를 그대로 Location에 다시 보내야 합니다.",
            en: "A 307 to a POST: the client must repeat the same method and content at Location.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(308),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /308 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 308 Permanent Redirect\r\nvary: *\r\nlocation: /echo\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: location\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n308 Permanent Redirect\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "307처럼 메서드를 유지하지만 영구 리다이렉트입니다.",
            en: "Keeps the method like 307, but is permanent.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(400),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /400 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"broken\": ",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 400 Bad Request\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 16\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n400 Bad Request\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "잘린 JSON이 400을 부릅니다. 콘텐츠로 무엇이 잘못되었는지 설명하는 것이 좋습니다.",
            en: "The truncated JSON earns a 400; the content should say what was wrong.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(401),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /401 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 401 Unauthorized\r\nvary: *\r\nwww-authenticate: Basic realm=\"httpstatus\", charset=\"UTF-8\"\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: www-authenticate\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n401 Unauthorized\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "WWW-Authenticate 챌린지가 반드시 있어야 합니다. 여기서는 Basic 인증과 realm입니다.",
            en: "A WWW-Authenticate challenge must be present: here Basic with its realm.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(402),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /402 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 402 Payment Required\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 21\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n402 Payment Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "402는 나중을 위해 예약되어 있어 표준 헤더 필드가 없습니다.",
            en: "402 is reserved for future use and has no standard header fields.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(403),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /403 HTTP/1.1\r\nHost: localhost:8080\r\nAuthorization: Bearer some-valid-token\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 403 Forbidden\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 14\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n403 Forbidden\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "자격 증명을 보냈는데도 거부되었습니다. 403은 WWW-Authenticate를 보내지 않습니다.",
            en: "Refused despite the credentials sent; a 403 carries no WWW-Authenticate.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(404),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /404 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 404 Not Found\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 14\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n404 Not Found\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "평범한 404입니다. 휴리스틱 캐시 가능하므로 캐시가 저장할 수 있습니다.",
            en: "A plain 404; it is heuristically cacheable, so caches may store it.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(405),
        messages: &[
            Message {
                from: Peer::Client,
                text: "DELETE /405 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 405 Method Not Allowed\r\nvary: *\r\nallow: OPTIONS\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: allow\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n405 Method Not Allowed\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Allow 헤더 필드가 리소스가 지원하는 메서드를 반드시 나열해야 합니다.",
            en: "The Allow field must list the methods the resource supports.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(406),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /406 HTTP/1.1\r\nHost: localhost:8080\r\nAccept: application/xml\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 406 Not Acceptable\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 19\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n406 Not Acceptable\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Accept로 요청한 형식을 줄 수 없습니다. 서버는 406 대신 기본 표현을 보낼 수도 있습니다.",
            en: "The format asked for in Accept cannot be served; a server may send its default representation instead.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(407),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /407 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 407 Proxy Authentication Required\r\nvary: *\r\nproxy-authenticate: Basic realm=\"httpstatus proxy\", charset=\"UTF-8\"\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 34\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: proxy-authenticate\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n407 Proxy Authentication Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Proxy-Authenticate 챌린지는 프록시가 보내며, 클라이언트는 Proxy-Authorization으로 답합니다.",
            en: "The Proxy-Authenticate challenge comes from the proxy; the client answers with Proxy-Authorization.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(408),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /408 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 408 Request Timeout\r\nvary: *\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 20\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n408 Request Timeout\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Connection: close를 보내고 연결을 닫습니다. 클라이언트는 새 연결에서 요청을 반복할 수 있습니다.",
            en: "Sends Connection: close and closes the connection; the client may repeat the request on a new one.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(409),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PUT /409 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{\"version\": 3}",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 409 Conflict\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 13\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n409 Conflict\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "현재 리소스 상태와의 충돌입니다. 콘텐츠로 충돌을 해결할 방법을 알려 주는 것이 좋습니다.",
            en: "A conflict with the resource's current state; the content should tell how to resolve it.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(410),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /410 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 410 Gone\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 9\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n410 Gone\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "404와 달리 영구히 사라졌다는 뜻이며, 휴리스틱 캐시 가능합니다.",
            en: "Unlike 404, gone for good; heuristically cacheable.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(411),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /411 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 411 Length Required\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 20\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n411 Length Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "콘텐츠가 있는 POST인데 Content-Length가 없어 거부합니다.",
            en: "A POST without Content-Length is refused.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(412),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PUT /412 HTTP/1.1\r\nHost: localhost:8080\r\nIf-Match: \"v1\"\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 412 Precondition Failed\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 24\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n412 Precondition Failed\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "If-Match의 검증자가 현재 ETag와 맞지 않아 PUT을 적용하지 않았습니다.",
            en: "The If-Match validator does not match the current ETag, so the PUT was not applied.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(413),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /413 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/octet-stream\r\nContent-Length: 14\r\n\r\na large upload",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 413 Content Too Large\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 22\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n413 Content Too Large\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "사유 구문은 RFC 9110의 Content Too Large입니다. 임시 상황이면 Retry-After를 보내는 것이 좋습니다.",
            en: "The reason phrase is RFC 9110's Content Too Large; a temporary condition should add Retry-After.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(414),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /414?ids=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 414 URI Too Long\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n414 URI Too Long\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "대상 URI가 너무 깁니다. 긴 데이터는 쿼리 대신 콘텐츠로 보내야 합니다.",
            en: "The target URI is too long; long data belongs in the content, not the query.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(415),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /415 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/xml\r\nContent-Length: 8\r\n\r\n<order/>",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 415 Unsupported Media Type\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 27\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n415 Unsupported Media Type\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Content-Type이 받아들일 수 없는 형식입니다. Accept-Post나 Accept로 받아들이는 형식을 알릴 수 있습니다.",
            en: "The Content-Type is not accepted; Accept-Post or Accept can say which formats are.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(416),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /416 HTTP/1.1\r\nHost: localhost:8080\r\nRange: bytes=5000-5999\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 416 Range Not Satisfiable\r\nvary: *\r\ncontent-range: bytes */1000\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: content-range\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n416 Range Not Satisfiable\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Content-Range: bytes */1000이 범위를 만족할 수 없는 이유, 곧 전체 길이를 알려 줍니다.",
            en: "Content-Range: bytes */1000 says why the range cannot be satisfied: the full length.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(417),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /417 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: text/plain\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 417 Expectation Failed\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n417 Expectation Failed\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "100 Continue 대신 417이 먼저 오므로 클라이언트는 콘텐츠를 보내지 않습니다.",
            en: "The 417 comes instead of 100 Continue, so the client never sends its content.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(418),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /418 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 418 I'm a teapot\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n418 I'm a teapot\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "예약된 코드이지만 이 서버는 잘 알려진 사유 구문 I'm a teapot을 보냅니다.",
            en: "A reserved code, sent with its well-known reason phrase I'm a teapot.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(419),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /419 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\n_token=stale",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 419 Page Expired\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n419 Page Expired\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Laravel의 비공식 코드입니다. 만료된 CSRF 토큰으로 보낸 폼을 거부합니다.",
            en: "Laravel's unofficial code: a form posted with an expired CSRF token.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(420),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /420 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 420 Enhance Your Calm\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 22\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n420 Enhance Your Calm\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Twitter가 쓰던 비공식 코드이며, 지금은 429를 쓰는 것이 맞습니다.",
            en: "Twitter's former unofficial code; 429 is the registered way to say this.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(421),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /421 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 421 Misdirected Request\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 24\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n421 Misdirected Request\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "이 연결로는 이 대상 URI에 답할 수 없습니다. 클라이언트는 새 연결에서 재시도할 수 있습니다.",
            en: "This connection cannot answer for the target URI; the client may retry on a new connection.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(422),
        messages: &[
            Message {
                from: Peer::Client,
                text: "POST /422 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"quantity\": -5}",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 422 Unprocessable Content\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n422 Unprocessable Content\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "형식은 맞지만 내용을 처리할 수 없습니다. 사유 구문은 RFC 9110의 Unprocessable Content입니다.",
            en: "Well-formed but unprocessable; the reason phrase is RFC 9110's Unprocessable Content.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(423),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PUT /423 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nreport v2",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 423 Locked\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 11\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n423 Locked\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "WebDAV 잠금 때문에 PUT이 거부되었습니다.",
            en: "The PUT is refused because of a WebDAV lock.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(424),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPPATCH /424 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/xml\r\nContent-Length: 17\r\n\r\n<propertyupdate/>",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 424 Failed Dependency\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 22\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n424 Failed Dependency\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "이 메서드가 의존하던 다른 작업이 실패했습니다.",
            en: "An action this one depended on failed.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(425),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /425 HTTP/1.1\r\nHost: localhost:8080\r\nEarly-Data: 1\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 425 Too Early\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 14\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n425 Too Early\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Early-Data: 1이 붙은 요청은 재전송 공격 위험이 있어 거부되었습니다. 조기 데이터 없이 재시도하면 됩니다.",
            en: "The request marked Early-Data: 1 could be replayed, so it is refused; retry without early data.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(426),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /426 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 426 Upgrade Required\r\nvary: *\r\nupgrade: websocket\r\nconnection: upgrade\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 21\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: upgrade\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n426 Upgrade Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Upgrade로 필요한 프로토콜을 반드시 알리며, Connection에 upgrade도 함께 보냅니다.",
            en: "Upgrade must name the protocol required, with upgrade listed in Connection.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(428),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PUT /428 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nnew text",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 428 Precondition Required\r\nvary: *\r\ncache-control: no-store\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n428 Precondition Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "조건부 요청이어야 합니다. If-Match 없이 보낸 PUT을 거부하며, 캐시는 428을 저장해서는 안 됩니다.",
            en: "A conditional request is required: the PUT without If-Match is refused, and caches must not store a 428.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(429),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /429 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 429 Too Many Requests\r\nvary: *\r\nretry-after: 5\r\ncache-control: no-store\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 22\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: retry-after\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n429 Too Many Requests\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Retry-After가 다시 시도할 때를 초 단위로 알려 주고, Cache-Control: no-store로 저장을 막습니다.",
            en: "Retry-After tells when to retry, in seconds; Cache-Control: no-store keeps it out of caches.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(431),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /431 HTTP/1.1\r\nHost: localhost:8080\r\nCookie: session=abc; prefs=dark; tracking=0123456789abcdef\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 431 Request Header Fields Too Large\r\nvary: *\r\ncache-control: no-store\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 36\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n431 Request Header Fields Too Large\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "헤더 섹션이나 필드 하나가 너무 큽니다. 캐시는 431을 저장해서는 안 됩니다.",
            en: "The header section, or one field, is too large; caches must not store a 431.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(440),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /440 HTTP/1.1\r\nHost: localhost:8080\r\nCookie: session=expired\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 440 Login Timeout\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 18\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n440 Login Timeout\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "IIS(Outlook Web Access)의 비공식 코드입니다. 세션이 만료되었으니 다시 로그인해야 합니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "An unofficial IIS (Outlook Web Access) code: the session expired, log in again. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(444),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /444 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 444 No Response\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 16\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n444 No Response\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "실제 nginx는 444를 보내지 않고 연결을 닫으며 로그에만 남깁니다. 이 서버는 테스트를 위해 상태 줄로 보냅니다.",
            en: "Real nginx never sends 444: it closes the connection and logs the code; this server sends it as a status line for testing.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(449),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPFIND /449 HTTP/1.1\r\nHost: localhost:8080\r\nDepth: 0\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 449 Retry With\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 15\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n449 Retry With\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "IIS의 비공식 코드입니다. 필요한 정보를 담아 다시 요청하라는 뜻입니다.",
            en: "An unofficial IIS code: repeat the request with the information asked for.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(450),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /450 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 450 Blocked by Parental Controls\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 33\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n450 Blocked by Parental Controls\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Windows 자녀 보호 기능이 막았다는 Microsoft의 비공식 코드입니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "Microsoft's unofficial code: blocked by Windows Parental Controls. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(451),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /451 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 451 Unavailable For Legal Reasons\r\nvary: *\r\nlink: </echo?blocked-by=httpstatus>; rel=\"blocked-by\"\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 34\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: link\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n451 Unavailable For Legal Reasons\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Link의 rel=\"blocked-by\"가 차단을 집행하는 주체를 가리킵니다(RFC 7725).",
            en: "The Link with rel=\"blocked-by\" names who enforces the block (RFC 7725).",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(460),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /460 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 460 \r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 4\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n460\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "AWS ELB가 로그에 남기는 코드입니다. 클라이언트가 이미 떠났으므로 실제로는 보내지 않습니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "AWS ELB logs it when the client left early, so it is never really sent. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(463),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /463 HTTP/1.1\r\nHost: localhost:8080\r\nX-Forwarded-For: 192.0.2.1, 192.0.2.2, 192.0.2.3\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 463 \r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 4\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n463\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "X-Forwarded-For에 주소가 너무 많으면 AWS ELB가 보내는 비공식 코드입니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "AWS ELB's unofficial code for an X-Forwarded-For with too many addresses. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(464),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /464 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 464 \r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 4\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n464\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "대상 그룹과 맞지 않는 프로토콜 버전으로 요청했을 때 AWS ELB가 보냅니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "AWS ELB sends it when the request's protocol version does not match the target group. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(494),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /494 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 494 Request Header Too Large\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 29\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n494 Request Header Too Large\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "nginx의 비공식 코드로, 431과 같은 상황에서 로그에 남습니다. 클라이언트는 400을 받습니다.",
            en: "nginx's unofficial code for what 431 says; it is logged, and the client gets a 400.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(495),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /495 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 495 SSL Certificate Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n495 SSL Certificate Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "nginx의 비공식 코드입니다. 클라이언트 인증서 검증에 실패했습니다.",
            en: "nginx's unofficial code: the client certificate failed verification.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(496),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /496 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 496 SSL Certificate Required\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 29\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n496 SSL Certificate Required\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "nginx의 비공식 코드입니다. 필요한 클라이언트 인증서가 없습니다.",
            en: "nginx's unofficial code: a required client certificate was not sent.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(497),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /497 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 497 HTTP Request Sent to HTTPS Port\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 36\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n497 HTTP Request Sent to HTTPS Port\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "nginx의 비공식 코드입니다. HTTPS 포트에 평문 HTTP 요청이 왔습니다.",
            en: "nginx's unofficial code: a plain HTTP request reached the HTTPS port.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(498),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /498?f=json&token=expired HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 498 Invalid Token\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 18\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n498 Invalid Token\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Esri ArcGIS의 비공식 코드입니다. 토큰이 만료되었거나 유효하지 않습니다.",
            en: "Esri ArcGIS's unofficial code: the token is expired or invalid.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(499),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /499 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 499 Client Closed Request\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n499 Client Closed Request\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "nginx는 499를 로그에만 남깁니다. 클라이언트가 응답 전에 연결을 닫았기 때문입니다.",
            en: "nginx only logs 499: the client closed the connection before the answer.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(500),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /500 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 500 Internal Server Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n500 Internal Server Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "원인을 알리지 않는 일반적인 서버 오류입니다. 내부 정보는 콘텐츠에 담지 않는 것이 좋습니다.",
            en: "A generic server error that names no cause; keep internal details out of the content.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(501),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PURGE /501 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 501 Not Implemented\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 20\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n501 Not Implemented\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "서버가 알지 못하는 메서드(PURGE)입니다. 501은 휴리스틱 캐시 가능합니다.",
            en: "A method the server does not know (PURGE); a 501 is heuristically cacheable.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(502),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /502 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 502 Bad Gateway\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 16\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n502 Bad Gateway\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "게이트웨이가 업스트림 서버에서 잘못된 응답을 받았다는 뜻입니다.",
            en: "A gateway got an invalid response from the upstream server.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(503),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /503 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 503 Service Unavailable\r\nvary: *\r\nretry-after: 5\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 24\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: retry-after\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n503 Service Unavailable\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Retry-After로 언제 다시 시도할지 알려 줄 수 있습니다.",
            en: "Retry-After can say when to try again.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(504),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /504 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 504 Gateway Timeout\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 20\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n504 Gateway Timeout\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "게이트웨이가 업스트림 서버의 응답을 제때 받지 못했습니다.",
            en: "A gateway did not get the upstream server's answer in time.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(505),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /505 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 505 HTTP Version Not Supported\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 31\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n505 HTTP Version Not Supported\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "HTTP/1.1 요청에 보낸 505이지만, 실제로는 서버가 지원하지 않는 주 버전을 알립니다.",
            en: "Sent here to an HTTP/1.1 request; in real use it refuses the request's major version.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(506),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /506 HTTP/1.1\r\nHost: localhost:8080\r\nNegotiate: trans\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 506 Variant Also Negotiates\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 28\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n506 Variant Also Negotiates\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "투명 콘텐츠 협상의 설정 오류입니다. 선택된 변형이 다시 협상에 참여합니다.",
            en: "A transparent content negotiation misconfiguration: the chosen variant negotiates itself.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(507),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PUT /507 HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: application/octet-stream\r\nContent-Length: 11\r\n\r\nbackup data",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 507 Insufficient Storage\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 25\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n507 Insufficient Storage\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "WebDAV 서버에 표현을 저장할 공간이 없습니다.",
            en: "The WebDAV server has no room to store the representation.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(508),
        messages: &[
            Message {
                from: Peer::Client,
                text: "PROPFIND /508 HTTP/1.1\r\nHost: localhost:8080\r\nDepth: infinity\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 508 Loop Detected\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 18\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n508 Loop Detected\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Depth: infinity 처리 중 바인딩 루프를 만나 작업을 멈췄습니다.",
            en: "Processing Depth: infinity met a binding loop and stopped.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(509),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /509 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 509 Bandwidth Limit Exceeded\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 29\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n509 Bandwidth Limit Exceeded\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Apache와 cPanel의 비공식 코드입니다. 호스팅 대역폭 한도를 넘었습니다.",
            en: "Apache and cPanel's unofficial code: the hosting bandwidth limit is exceeded.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(510),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /510 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 510 Not Extended\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n510 Not Extended\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "등록 상태는 폐기입니다. 요청에 필요한 확장이 없었다는 뜻입니다.",
            en: "Registered as obsoleted: an extension the request needed was missing.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(511),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /511 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 511 Network Authentication Required\r\nvary: *\r\ncontent-type: text/html; charset=utf-8\r\ncache-control: no-store\r\ncontent-length: 288\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>511 Network Authentication Required</title></head>\n<body><h1>511 Network Authentication Required</h1>\n<p>You need to <a href=\"/echo?login=1\">log in to this network</a> before you can reach the Internet.</p></body></html>\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "캡티브 포털의 HTML 로그인 링크가 콘텐츠에 있고, 캐시는 511을 저장해서는 안 됩니다.",
            en: "The content is a captive portal's HTML with a login link, and caches must not store a 511.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(520),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /520 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 520 Web Server Returned an Unknown Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 41\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n520 Web Server Returned an Unknown Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버가 빈 응답이나 알 수 없는 응답을 보냈습니다.",
            en: "Cloudflare's unofficial code: the origin sent an empty or unknown answer.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(521),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /521 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 521 Web Server Is Down\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n521 Web Server Is Down\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버가 연결을 거부했습니다.",
            en: "Cloudflare's unofficial code: the origin refused the connection.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(522),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /522 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 522 Connection Timed Out\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 25\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n522 Connection Timed Out\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버와의 TCP 연결이 시간 초과되었습니다.",
            en: "Cloudflare's unofficial code: the TCP connection to the origin timed out.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(523),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /523 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 523 Origin Is Unreachable\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 26\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n523 Origin Is Unreachable\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버에 닿을 수 없습니다.",
            en: "Cloudflare's unofficial code: the origin cannot be reached.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(524),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /524 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 524 A Timeout Occurred\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 23\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n524 A Timeout Occurred\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 연결은 되었지만 오리진 서버가 제때 답하지 않았습니다.",
            en: "Cloudflare's unofficial code: connected, but the origin did not answer in time.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(525),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /525 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 525 SSL Handshake Failed\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 25\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n525 SSL Handshake Failed\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버와의 TLS 핸드셰이크가 실패했습니다.",
            en: "Cloudflare's unofficial code: the TLS handshake with the origin failed.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(526),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /526 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 526 Invalid SSL Certificate\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 28\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n526 Invalid SSL Certificate\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. 오리진 서버의 인증서를 검증할 수 없습니다.",
            en: "Cloudflare's unofficial code: the origin's certificate could not be validated.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(527),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /527 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 527 Railgun Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 18\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n527 Railgun Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드입니다. Railgun 연결에 오류가 났습니다.",
            en: "Cloudflare's unofficial code: the Railgun connection failed.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(530),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /530 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 530 \r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 4\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n530\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "Cloudflare의 비공식 코드로, 오리진 서버의 DNS 오류를 알리며 1xxx 오류 번호와 함께 옵니다. 벤더가 정한 사유 구문이 없어 상태 줄의 사유 구문은 비어 있습니다.",
            en: "Cloudflare's unofficial code for an origin DNS error, shown with a 1xxx error number. The vendor gives no reason phrase, so the status line has none.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(561),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /561 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 561 Unauthorized\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 17\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n561 Unauthorized\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "AWS ELB의 비공식 코드입니다. 로드 밸런서의 ID 공급자 인증에 실패했습니다.",
            en: "AWS ELB's unofficial code: authentication with the load balancer's identity provider failed.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(598),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /598 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 598 Network Read Timeout Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 31\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n598 Network Read Timeout Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "일부 프록시의 비공식 코드입니다. 업스트림 서버에서 읽는 중에 시간 초과되었습니다.",
            en: "Some proxies' unofficial code: reading from the upstream server timed out.",
        },
    },
    Example {
        code: StatusCode::from_u16_or_panic(599),
        messages: &[
            Message {
                from: Peer::Client,
                text: "GET /599 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
                omitted: 0,
            },
            Message {
                from: Peer::Server,
                text: "HTTP/1.1 599 Network Connect Timeout Error\r\nvary: *\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 34\r\naccess-control-allow-origin: *\r\ndate: Mon, 02 Feb 2026 10:00:00 GMT\r\n\r\n599 Network Connect Timeout Error\n",
                omitted: 0,
            },
        ],
        notice: Text {
            ko: "일부 프록시의 비공식 코드입니다. 업스트림 서버에 연결하는 중에 시간 초과되었습니다.",
            en: "Some proxies' unofficial code: connecting to the upstream server timed out.",
        },
    },
];
