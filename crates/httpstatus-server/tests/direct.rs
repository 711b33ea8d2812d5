//! Ready answers written straight from the socket, before hyper (`direct.rs`), on the wire:
//! byte for byte what hyper writes for the same request (its ready answer and the general
//! path's), on kept-alive connections, pipelined with requests hyper serves, when the
//! socket cannot take an answer at once, and with the watchdog counting them as activity.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::thread::sleep;
use std::time::{Duration, Instant};

use support::{Config, TestServer, config, read_response, start};

/// A response as text without its `date` line, for comparing two.
fn undated((head, content): (String, Vec<u8>)) -> String {
    let head: Vec<&str> = head
        .split("\r\n")
        .filter(|l| !l.starts_with("date: "))
        .collect();
    format!("{}{}", head.join("\r\n"), String::from_utf8_lossy(&content))
}

fn request(method: &str, target: &str, fields: &[&str]) -> Vec<u8> {
    let mut req = format!("{method} {target} HTTP/1.1\r\nHost: t\r\n");
    for f in fields {
        req.push_str(f);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    req.into_bytes()
}

/// The three answers to `method target`: on a new connection (answered before hyper), on a
/// connection hyper serves (its ready answer: the request follows one hyper answered), and
/// the general path's (`?_=1`, an ignored parameter).
fn three_ways(server: &TestServer, method: &str, target: &str, fields: &[&str]) -> [String; 3] {
    let head = method == "HEAD";
    let mut fresh = server.connect();
    fresh.write_all(&request(method, target, fields)).unwrap();
    let direct = undated(read_response(&mut fresh, head));

    let mut busy = server.connect();
    busy.write_all(&request("GET", "/status/200?_=1", &[]))
        .unwrap();
    read_response(&mut busy, false);
    busy.write_all(&request(method, target, fields)).unwrap();
    let hyper_ready = undated(read_response(&mut busy, head));

    let mut general = server.connect();
    let sep = if target.contains('?') { '&' } else { '?' };
    general
        .write_all(&request(method, &format!("{target}{sep}_=1"), fields))
        .unwrap();
    let general = undated(read_response(&mut general, head));
    [direct, hyper_ready, general]
}

fn assert_same(server: &TestServer, method: &str, target: &str, fields: &[&str]) {
    let [direct, hyper_ready, general] = three_ways(server, method, target, fields);
    assert!(direct.starts_with("HTTP/1.1 "), "{direct}");
    assert_eq!(direct, general, "{method} {target} {fields:?}");
    assert_eq!(
        hyper_ready, general,
        "{method} {target} {fields:?} (in hyper)"
    );
}

#[test]
fn answers_before_hyper_are_hypers_answers() {
    let server = start(config());
    for code in (200..=599).filter(|c| *c != 206) {
        for method in ["GET", "HEAD"] {
            assert_same(&server, method, &format!("/{code}"), &[]);
        }
    }
    for code in [200, 204, 205, 301, 304, 404, 418, 429, 471, 503, 599] {
        for accept in [
            None,
            Some("Accept: application/json"),
            Some("Accept: text/html;q=0.9, */*;q=0.1"),
            Some("Accept: application/json\u{e9}"),
        ] {
            for lang in [
                None,
                Some("Accept-Language: ko-KR,ko;q=0.9"),
                Some("Accept-Language: fr"),
            ] {
                for connection in [
                    None,
                    Some("Connection: keep-alive"),
                    Some("User-Agent: t/1"),
                ] {
                    let fields: Vec<&str> =
                        accept.into_iter().chain(lang).chain(connection).collect();
                    assert_same(&server, "GET", &format!("/status/{code}"), &fields);
                }
            }
        }
        assert_same(
            &server,
            "HEAD",
            &format!("/{code}/any/path"),
            &["Accept: text/html"],
        );
    }
}

#[test]
fn stored_pages_before_hyper_are_hypers_answers() {
    let server = start(config());
    // The first page request renders the store (the general path waits for it).
    let mut s = server.connect();
    s.write_all(&request("GET", "/en/", &[])).unwrap();
    assert!(
        read_response(&mut s, false)
            .0
            .starts_with("HTTP/1.1 200 OK\r\n")
    );
    for path in ["/en/", "/ko/404", "/en/418", "/ko/4xx", "/en/499"] {
        for method in ["GET", "HEAD"] {
            for coding in [
                None,
                Some("Accept-Encoding: gzip"),
                Some("Accept-Encoding: gzip, deflate, br"),
                Some("Accept-Encoding: br;q=0, *"),
                Some("Accept-Encoding: identity"),
            ] {
                let fields: Vec<&str> = coding.into_iter().collect();
                assert_same(&server, method, path, &fields);
            }
        }
    }
}

#[test]
fn connection_close_is_answered_then_the_connection_closes() {
    let server = start(config());
    for option in ["close", "Keep-Alive, close", "CLOSE"] {
        let mut s = server.connect();
        let field = format!("Connection: {option}");
        // A request after the one that asks to close is not answered.
        let mut bytes = request("GET", "/418", &[&field]);
        bytes.extend_from_slice(&request("GET", "/200", &[]));
        s.write_all(&bytes).unwrap();
        let (head, content) = read_response(&mut s, false);
        assert!(head.starts_with("HTTP/1.1 418 I'm a teapot\r\n"), "{head}");
        assert!(head.contains("\r\nconnection: close\r\n"), "{head}");
        assert_eq!(content, b"418 I'm a teapot\n");
        let mut rest = Vec::new();
        let _ = s.read_to_end(&mut rest);
        assert!(rest.is_empty(), "{}", String::from_utf8_lossy(&rest));
    }
}

#[test]
fn pipelined_requests_mixed_with_hypers_are_answered_in_order() {
    let server = start(config());
    let mut s = server.connect();
    let batch = [
        request("GET", "/418", &[]),
        request("HEAD", "/status/200", &["Accept: application/json"]),
        // Content: hyper's, and so is everything after it in this read.
        b"POST /status/201 HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc".to_vec(),
        request("GET", "/404", &["Accept-Language: ko"]),
        request("GET", "/status/503?_=1", &[]),
    ]
    .concat();
    s.write_all(&batch).unwrap();
    let heads: Vec<bool> = vec![false, true, false, false, false];
    let codes: Vec<String> = heads
        .iter()
        .map(|h| read_response(&mut s, *h).0[9..12].to_owned())
        .collect();
    assert_eq!(codes, ["418", "200", "201", "404", "503"]);
    // A whole head and the start of the next; the rest later.
    let mut two = request("GET", "/202", &[]);
    two.extend_from_slice(b"GET /20");
    s.write_all(&two).unwrap();
    sleep(Duration::from_millis(100));
    s.write_all(b"3 HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    assert!(read_response(&mut s, false).0.starts_with("HTTP/1.1 202 "));
    assert!(read_response(&mut s, false).0.starts_with("HTTP/1.1 203 "));
}

/// A client that does not read: the socket takes only part of the answers, the rest is
/// written as it drains, and the requests after it (handed to hyper) are answered after.
#[test]
fn answers_the_socket_cannot_take_at_once_are_finished_in_order() {
    let server = start(config());
    let mut warm = server.connect();
    warm.write_all(&request("GET", "/ko/", &[])).unwrap();
    let (_, page) = read_response(&mut warm, false);
    assert!(page.len() > 40_000, "{}", page.len());

    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&server.addr.into()).unwrap();
    let mut s: TcpStream = socket.into();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    // More than the largest send buffer Linux gives a socket (4 MiB, tcp_wmem), in one
    // read of the server's (4 KiB).
    let mut batch = Vec::new();
    for _ in 0..120 {
        batch.extend_from_slice(&request("GET", "/ko/", &[]));
    }
    batch.extend_from_slice(&request("GET", "/418", &[]));
    s.write_all(&batch).unwrap();
    sleep(Duration::from_millis(300));
    for i in 0..120 {
        let (head, content) = read_response(&mut s, false);
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{i}: {head}");
        assert!(content == page, "{i}: the page differs");
    }
    assert_eq!(read_response(&mut s, false).1, b"418 I'm a teapot\n");
}

/// A connection whose requests are all answered before hyper is in use, not idle: the
/// watchdog leaves it open past the idle timeout, and closes it once it is quiet.
#[test]
fn a_busy_connection_answered_before_hyper_is_not_idle() {
    let server = start(Config {
        idle_timeout: Duration::from_millis(300),
        ..config()
    });
    let mut s = server.connect();
    let started = Instant::now();
    while started.elapsed() < Duration::from_millis(1200) {
        s.write_all(&request("GET", "/204", &[])).unwrap();
        assert!(read_response(&mut s, false).0.starts_with("HTTP/1.1 204 "));
        sleep(Duration::from_millis(60));
    }
    let quiet = Instant::now();
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    assert!(rest.is_empty());
    assert!(
        quiet.elapsed() >= Duration::from_millis(200),
        "{:?}",
        quiet.elapsed()
    );
}

/// A small deterministic generator (xorshift), so that the mixed requests below are the same
/// on every run.
struct Mix(u64);

impl Mix {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        from[(self.0 % from.len() as u64) as usize]
    }
}

/// The same request bytes, once on a new connection (answered before hyper when they are a
/// ready request, else handed to hyper) and once on a connection hyper already serves: the
/// answers are the same, whatever the mix of method, target, version and fields. This is
/// where a request this path should have left to hyper would show.
#[test]
fn mixed_requests_get_the_same_answer_before_and_inside_hyper() {
    let server = start(config());
    let mut s = server.connect();
    s.write_all(&request("GET", "/en/", &[])).unwrap();
    read_response(&mut s, false);
    let mut mix = Mix(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let method = mix.pick(&["GET", "GET", "HEAD", "get", "POST", "OPTIONS"]);
        let target = mix.pick(&[
            "/418",
            "/status/503",
            "/404/a/b",
            "/200/",
            "/205",
            "/304",
            "/103",
            "/206",
            "/600",
            "/418?",
            "/418/%7e",
            "/418/a%zz",
            "/418/(x);y=z",
            "/en/404",
            "/ko/",
            "/en/nothing",
            "/status/200,404?seed=7",
            "//418",
            "*",
            "http://t/418",
        ]);
        let version = mix.pick(&["HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.0"]);
        let mut head = format!("{method} {target} {version}\r\n");
        let hosts = mix.pick(&["1", "1", "1", "0", "2"]);
        for _ in 0..hosts.parse::<usize>().unwrap() {
            head.push_str(mix.pick(&["Host: t\r\n", "host: t:80\r\n", "HOST:t\r\n", "Host: \r\n"]));
        }
        for _ in 0..3 {
            head.push_str(mix.pick(&[
                "",
                "Accept: application/json\r\n",
                "Accept: text/html;q=0.5, text/plain\r\n",
                "ACCEPT: */*\r\n",
                "Accept-Language: ko\r\n",
                "accept-language: en-US,en;q=0.9\r\n",
                "Accept-Encoding: gzip, br\r\n",
                "Accept-Encoding: identity\r\n",
                "Connection: keep-alive\r\n",
                "Connection: Upgrade\r\n",
                "Content-Length: 0\r\n",
                "If-None-Match: *\r\n",
                "X-HttpStatus-Response-X-A: b\r\n",
                "User-Agent: mix/1 \u{e9}\r\n",
                "X-Tab:\tv\r\n",
                "Origin: https://o.test\r\n",
            ]));
        }
        // Every connection is closed by its client at the end: the answer is read to it.
        head.push_str("Connection: close\r\n\r\n");
        let bytes = head.as_bytes();
        let fresh = support::undate(&server.raw(bytes));
        let mut busy = server.connect();
        busy.write_all(&request("GET", "/status/200?_=1", &[]))
            .unwrap();
        read_response(&mut busy, false);
        busy.write_all(bytes).unwrap();
        let inside = support::undate(&support::read_to_close(&mut busy));
        assert_eq!(fresh, inside, "{head}");
    }
}
