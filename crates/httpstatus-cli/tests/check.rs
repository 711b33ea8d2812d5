//! `httpstatus check` against our own server (in-process, on 127.0.0.1:0) and against a
//! deliberately broken server that commits every fault the check looks for. Each finding
//! is shown to fire on the broken server and not to fire on a correct response.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::time::Duration;

use httpstatus_server::{Config, Limits, TlsFiles};
use serde_json::Value;

fn cmd() -> assert_cmd::Command {
    let mut c = assert_cmd::cargo::cargo_bin_cmd!("httpstatus");
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
    ] {
        c.env_remove(var);
    }
    c.timeout(Duration::from_secs(30));
    c
}

/// Runs `httpstatus check --json ARGS` and returns the exit status and the report.
fn check(args: &[&str]) -> (i32, Value) {
    let out = cmd()
        .arg("check")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: {e}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, v)
}

fn ids(report: &Value) -> Vec<String> {
    report["hops"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| {
            h["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["id"].as_str().unwrap().to_owned())
        })
        .collect()
}

/// Our server, in-process.
struct Ours {
    addr: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// Settings on a free loopback port, with redirects allowed to these hosts.
fn config(allow_redirect_hosts: &[&str]) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        limits: Limits {
            allow_redirect_hosts: allow_redirect_hosts.iter().map(|h| h.to_string()).collect(),
            ..Limits::default()
        },
        ..Config::default()
    }
}

fn ours(args: Config) -> Ours {
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind(args.addr).await.unwrap();
            let server = httpstatus_server::Server::from_listener(listener, &args).unwrap();
            tx.send(server.local_addr().unwrap()).unwrap();
            server
                .run(async {
                    let _ = stopped.await;
                })
                .await;
        });
    });
    Ours {
        addr: rx.recv_timeout(Duration::from_secs(10)).unwrap(),
        _stop: stop,
    }
}

/// A server that answers each path with canned bytes, faults included.
fn broken() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve_broken(stream));
        }
    });
    addr
}

fn serve_broken(mut s: std::net::TcpStream) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.first() == Some(&0x16) {
            // A TLS ClientHello to this plain-HTTP server: answer like one would.
            let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            return;
        }
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let reply: Vec<u8> = match path.as_str() {
        "/301" => b"HTTP/1.1 301 Moved Permanently\r\nContent-Length: 0\r\n\r\n".to_vec(),
        "/303" => b"HTTP/1.1 303 See Other\r\nContent-Length: 0\r\n\r\n".to_vec(),
        "/401" => b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/407" => b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/405" => b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/426" => b"HTTP/1.1 426 Upgrade Required\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/206" => b"HTTP/1.1 206 Partial Content\r\nContent-Length: 3\r\n\r\nabc".to_vec(),
        "/416" => b"HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n".to_vec(),
        "/204" => b"HTTP/1.1 204 No Content\r\n\r\nhello".to_vec(),
        "/304" => b"HTTP/1.1 304 Not Modified\r\n\r\nhello".to_vec(),
        "/204-length" => b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n".to_vec(),
        "/103-length" => b"HTTP/1.1 103 Early Hints\r\nContent-Length: 0\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec(),
        "/reason" => b"HTTP/1.1 404 Nope\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/471" => b"HTTP/1.1 471 Odd\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/499" => b"HTTP/1.1 499 Client Closed Request\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/999" => b"HTTP/1.1 999 Request Denied\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/retry" => b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: soon\r\nContent-Length: 2\r\n\r\nno".to_vec(),
        "/soft" => b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 58\r\n\r\n<html><title>404 Not Found</title><body>gone</body></html>".to_vec(),
        "/loop" => b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n".to_vec(),
        "/truncated" => b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b".to_vec(),
        "/hang" => {
            std::thread::sleep(Duration::from_secs(5));
            return;
        }
        p if p.starts_with("/chain/") => {
            let n: u32 = p[7..].parse().unwrap_or(0);
            format!("HTTP/1.1 302 Found\r\nLocation: /chain/{}\r\nContent-Length: 0\r\n\r\n", n + 1).into_bytes()
        }
        _ => b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec(),
    };
    let _ = s.write_all(&reply);
}

#[test]
fn every_finding_fires_on_the_broken_server_and_not_on_ours() {
    let bad = broken();
    let good = ours(config(&["127.0.0.1"]));
    let cases: [(&str, &str, &str); 18] = [
        // (broken path, our path, finding)
        ("/301", "/301", "missing-location"),
        ("/303", "/303", "missing-location"),
        ("/401", "/401", "missing-www-authenticate"),
        ("/407", "/407", "missing-proxy-authenticate"),
        ("/405", "/405", "missing-allow"),
        ("/426", "/426", "missing-upgrade"),
        ("/206", "/206", "missing-content-range"),
        ("/416", "/416", "bad-416-content-range"),
        ("/204", "/204", "content-in-no-content"),
        ("/304", "/304", "content-in-no-content"),
        ("/204-length", "/204", "framing-in-204"),
        ("/103-length", "/103", "framing-in-1xx"),
        ("/reason", "/404", "reason-phrase"),
        ("/471", "/404", "unassigned-status"),
        ("/499", "/404", "unofficial-status"),
        ("/999", "/500", "invalid-status"),
        ("/retry", "/503", "invalid-retry-after"),
        ("/soft", "/200", "soft-error"),
    ];
    for (broken_path, our_path, id) in &cases {
        let (_, r) = check(&["--no-follow", &format!("http://{bad}{broken_path}")]);
        assert!(
            ids(&r).contains(&id.to_string()),
            "{id} should fire on {broken_path}: {:?}",
            ids(&r)
        );
        let (_, r) = check(&["--no-follow", &format!("http://{}{our_path}", good.addr)]);
        assert!(
            !ids(&r).contains(&id.to_string()),
            "{id} should not fire on our {our_path}: {:?}",
            ids(&r)
        );
    }
    // 301/302 after POST: fires on 302, not on 303 or 307.
    let (_, r) = check(&["-d", "a=1", &format!("http://{}/302", good.addr)]);
    assert!(ids(&r).contains(&"post-redirect-may-change".to_owned()));
    for code in [303, 307] {
        let (_, r) = check(&["-d", "a=1", &format!("http://{}/{code}", good.addr)]);
        assert!(
            !ids(&r).contains(&"post-redirect-may-change".to_owned()),
            "{code}"
        );
    }
}

#[test]
fn https_to_http_is_flagged() {
    let key =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .unwrap();
    let dir = std::env::temp_dir().join(format!("httpstatus-check-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("c.pem"), key.cert.pem()).unwrap();
    std::fs::write(dir.join("k.pem"), key.signing_key.serialize_pem()).unwrap();
    let plain = ours(config(&[]));
    let tls = ours(Config {
        tls: Some(TlsFiles {
            cert: dir.join("c.pem"),
            key: dir.join("k.pem"),
        }),
        ..config(&["127.0.0.1"])
    });
    let down = format!(
        "https://127.0.0.1:{}/302?location=http://127.0.0.1:{}/echo",
        tls.addr.port(),
        plain.addr.port()
    );
    let (code, r) = check(&["-k", &down]);
    assert_eq!(code, 0);
    assert!(
        ids(&r).contains(&"https-to-http".to_owned()),
        "{:?}",
        ids(&r)
    );
    let same = format!("https://127.0.0.1:{}/302", tls.addr.port());
    let (_, r) = check(&["-k", &same]);
    assert!(!ids(&r).contains(&"https-to-http".to_owned()));
    assert_eq!(r["hops"][0]["version"], "HTTP/2", "ALPN picks h2 over TLS");
    // Without -k the self-signed certificate is refused: a TLS error, exit 1.
    let (code, r) = check(&[&same]);
    assert_eq!(code, 1);
    assert_eq!(r["failure"]["kind"], "tls");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn redirects_are_followed_as_a_browser_would() {
    let good = ours(config(&["127.0.0.1", "localhost"]));
    let base = format!("http://{}", good.addr);
    // 303 turns POST into GET; 301/302 turn POST into GET; 307/308 keep POST and content.
    let mut echo_size = std::collections::HashMap::new();
    for (code, method) in [
        (303, "GET"),
        (301, "GET"),
        (302, "GET"),
        (307, "POST"),
        (308, "POST"),
    ] {
        let (status, r) = check(&["-d", "a=1", &format!("{base}/{code}")]);
        assert_eq!(status, 0, "{code}");
        let hops = r["hops"].as_array().unwrap();
        assert_eq!(hops.len(), 2, "{code}");
        assert_eq!(hops[0]["method"], "POST", "{code}");
        assert_eq!(hops[1]["method"], method, "{code}");
        echo_size.insert(code, hops[1]["content_length"].as_u64().unwrap());
    }
    // /echo reports what it received: after 307 it also lists the content and its
    // Content-Type and Content-Length fields, so its report is longer than after 303.
    assert!(echo_size[&307] > echo_size[&303], "{echo_size:?}");
    assert!(echo_size[&308] > echo_size[&302], "{echo_size:?}");
    // Credentials are dropped across origins.
    let other = ours(config(&[]));
    let cross = format!(
        "{base}/302?location=http://localhost:{}/echo",
        other.addr.port()
    );
    let (_, r) = check(&[
        "-H",
        "Authorization: Bearer secret",
        "-H",
        "Cookie: a=b",
        &cross,
    ]);
    let next = r["hops"][0]["next"]["en"].as_str().unwrap();
    assert!(
        next.contains("Authorization") && next.contains("Cookie"),
        "{next}"
    );
    // A loop stops with a message, exit 3; so does a chain longer than --max-redirects.
    let bad = broken();
    let (code, r) = check(&[&format!("http://{bad}/loop")]);
    assert_eq!(code, 3);
    assert_eq!(r["failure"]["kind"], "redirect-loop");
    let (code, r) = check(&["--max-redirects", "3", &format!("http://{bad}/chain/0")]);
    assert_eq!(code, 3);
    assert_eq!(r["failure"]["kind"], "too-many-redirects");
    assert_eq!(r["hops"].as_array().unwrap().len(), 4);
}

#[test]
fn interim_responses_are_reported() {
    let good = ours(config(&[]));
    let (code, r) = check(&[&format!("http://{}/103", good.addr)]);
    assert_eq!(code, 0);
    assert_eq!(r["hops"][0]["interim"][0]["status"], 103);
    let text = cmd()
        .args([
            "check",
            "--lang",
            "ko",
            &format!("http://{}/103", good.addr),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("103 Early Hints") && text.contains("중간 응답"),
        "{text}"
    );
}

#[test]
fn exit_status_follows_the_final_class() {
    let good = ours(config(&[]));
    let base = format!("http://{}", good.addr);
    for (path, want) in [("/200", 0), ("/404", 4), ("/503", 5), ("/201", 0)] {
        assert_eq!(
            cmd()
                .args(["check", &format!("{base}{path}")])
                .output()
                .unwrap()
                .status
                .code(),
            Some(want),
            "{path}"
        );
    }
    assert_eq!(
        cmd()
            .args(["check", "--no-follow", &format!("{base}/302")])
            .output()
            .unwrap()
            .status
            .code(),
        Some(3)
    );
    assert_eq!(
        cmd()
            .args(["check", "--http2", &format!("{base}/418")])
            .output()
            .unwrap()
            .status
            .code(),
        Some(4)
    );
}

#[test]
fn network_failures_are_clear_and_exit_1() {
    // Refused: a port nobody listens on any more.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (code, r) = check(&[&format!("http://127.0.0.1:{port}/")]);
    assert_eq!(code, 1);
    assert_eq!(r["failure"]["kind"], "connect");
    // DNS failure.
    let (code, r) = check(&["--timeout", "5", "http://no-such-host.invalid/"]);
    assert_eq!(code, 1);
    assert!(
        matches!(r["failure"]["kind"].as_str(), Some("dns" | "timeout")),
        "{r}"
    );
    // Timeout.
    let bad = broken();
    let (code, r) = check(&["--timeout", "1", &format!("http://{bad}/hang")]);
    assert_eq!(code, 1);
    assert_eq!(r["failure"]["kind"], "timeout");
    // TLS error: https to a server that speaks plain HTTP.
    let (code, r) = check(&[&format!("https://{bad}/")]);
    assert_eq!(code, 1);
    assert_eq!(r["failure"]["kind"], "tls");
    // Truncated content.
    let (code, r) = check(&[&format!("http://{bad}/truncated")]);
    assert_eq!(code, 1);
    assert_eq!(r["failure"]["kind"], "truncated");
    // In text, a clear message and no panic.
    let out = cmd()
        .args(["check", &format!("http://127.0.0.1:{port}/")])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Could not connect"), "{text}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check"][..],
        &["check", ""],
        &["check", "ftp://example.com/"],
        &["check", "-H", "no colon", "http://127.0.0.1:1/"],
        &["check", "-H", "Bad Name: x", "http://127.0.0.1:1/"],
        &["check", "-X", "GE T", "http://127.0.0.1:1/"],
        &["check", "--timeout", "0", "http://127.0.0.1:1/"],
        &["check", "--timeout", "nan", "http://127.0.0.1:1/"],
        &["check", "--http1.1", "--http2", "http://127.0.0.1:1/"],
        &[
            "check",
            "--data-file",
            "/no/such/file",
            "http://127.0.0.1:1/",
        ],
    ] {
        let out = cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn json_shape() {
    let good = ours(config(&[]));
    let (code, r) = check(&["-d", "x", &format!("http://{}/303", good.addr)]);
    assert_eq!(code, 0);
    for key in ["url", "hops", "failure", "total_ms"] {
        assert!(r.get(key).is_some(), "{key}");
    }
    let hop = &r["hops"][0];
    for key in [
        "method",
        "url",
        "version",
        "status",
        "reason",
        "interim",
        "headers",
        "content_length",
        "elapsed_ms",
        "next",
        "findings",
    ] {
        assert!(hop.get(key).is_some(), "{key}");
    }
    assert_eq!(hop["status"], 303);
    assert!(hop["next"]["ko"].is_string() && hop["next"]["en"].is_string());
}
