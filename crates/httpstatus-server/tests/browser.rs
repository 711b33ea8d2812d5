//! End to end in headless Chromium over WebDriver (chromedriver + fantoccini): the index's
//! live search in both languages, the language switch, a comparison link, a phone-sized
//! page, the decision guide clicked through in both languages, a link that injects a
//! script into a caller-shaped response (it must not run), and a screenshot of each step
//! in `target/e2e-screenshots/`.
//!
//! Where `chromedriver` is not on `PATH` the test prints a notice and passes, unless
//! `HTTPSTATUS_REQUIRE_BROWSER=1` (as in `.ci/run`), which makes that a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// The first `name` on `PATH`.
fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// chromedriver on `PATH`. Without it a test passes with a notice, unless
/// `HTTPSTATUS_REQUIRE_BROWSER=1` makes that a failure.
fn chromedriver() -> Option<PathBuf> {
    let found = which("chromedriver");
    if found.is_none() {
        if std::env::var("HTTPSTATUS_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!("HTTPSTATUS_REQUIRE_BROWSER=1 but chromedriver is not on PATH");
        }
        println!("skipping browser tests: chromedriver not found");
    }
    found
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// chromedriver, killed on drop, with its scratch profile directory.
struct Driver {
    child: Child,
    port: u16,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn start_driver(chromedriver: &Path) -> Driver {
    let port = free_port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let profile =
        std::env::temp_dir().join(format!("httpstatus-e2e-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&profile).unwrap();
    let driver = Driver {
        child,
        port,
        profile,
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    driver
}

async fn connect(driver: &Driver) -> Client {
    let mut args = vec![
        "--headless".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-quic".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--window-size=1200,900".to_owned(),
        format!("--user-data-dir={}", driver.profile.display()),
    ];
    args.push("--lang=en-US".to_owned());
    let mut options = json!({ "args": args });
    if let Some(bin) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|b| which(b))
    {
        options["binary"] = json!(bin.display().to_string());
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".to_owned(), options);
    // chromedriver listens before it can start a session: on a busy machine it has reset
    // the first request (CI, once). A few tries, then the errors.
    let mut errors = Vec::new();
    for _ in 0..4 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(client) => return client,
            Err(e) => errors.push(format!("{e:?}")),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    panic!("WebDriver session: {errors:#?}");
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"),
        PathBuf::from,
    );
    let dir = target.join("e2e-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap_or(dir)
}

async fn shot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    let path = screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    println!("screenshot: {}", path.display());
}

/// `true` when nothing on the current page is wider than the window (no sideways scroll).
async fn fits_window(client: &Client) -> bool {
    client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth",
            vec![],
        )
        .await
        .unwrap()
        == json!(true)
}

/// Types `text` into the index's search box and returns the code of the first visible hit.
async fn search_first(client: &Client, text: &str) -> String {
    let input = client.find(Locator::Css("#q")).await.unwrap();
    input.clear().await.unwrap();
    input.send_keys(text).await.unwrap();
    let first = client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#hits li:first-child"))
        .await
        .expect("a hit");
    assert!(first.is_displayed().await.unwrap(), "first hit is visible");
    let all_hidden = client
        .execute(
            "return document.getElementById('all').hidden && !document.getElementById('hits').hidden",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        all_hidden,
        json!(true),
        "the full list gives way to the hits"
    );
    first.attr("data-c").await.unwrap().unwrap_or_default()
}

/// A test server whose page store is already rendered (the first page request renders the
/// whole site, which in a debug build on a busy machine takes seconds), so that the browser's
/// first navigation is timed like any other.
fn start_server() -> support::TestServer {
    let server = support::start(support::config());
    let warm = server.request("GET", "/en/", &[]);
    assert_eq!(warm.head.code, 200, "the index renders");
    server
}

/// Clicks the element at `locator` and waits until the browser is at `url`.
///
/// The element is waited for (a busy machine may still be painting the page); when it never
/// comes, the panic names the page the browser is on and a screenshot is kept.
async fn follow(client: &Client, locator: Locator<'_>, url: &str, what: &str) {
    let found = client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(locator)
        .await;
    let element = match found {
        Ok(element) => element,
        Err(e) => {
            let at = client.current_url().await.map(|u| u.to_string());
            let title = client.title().await.unwrap_or_default();
            shot(client, "failed-follow").await;
            panic!("{what}: {locator:?} not found on {at:?} (title {title:?}): {e}");
        }
    };
    element.click().await.unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_url(&url.parse().unwrap())
        .await
        .unwrap_or_else(|e| panic!("{what}: {e}"));
}

async fn path_of(client: &Client) -> String {
    client.current_url().await.unwrap().path().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_search_language_switch_and_comparison() {
    let Some(chromedriver) = chromedriver() else {
        return;
    };
    let server = start_server();
    let base = format!("http://{}", server.addr);
    let driver = start_driver(&chromedriver);
    let client = connect(&driver).await;

    for (lang, slug) in [("ko", "ko"), ("en", "en")] {
        client.goto(&format!("{base}/{lang}/")).await.unwrap();
        let html_lang = client
            .execute("return document.documentElement.lang", vec![])
            .await
            .unwrap();
        assert_eq!(html_lang, json!(lang));
        shot(&client, &format!("{slug}-index")).await;
        assert_eq!(search_first(&client, "not found").await, "404", "/{lang}/");
        shot(&client, &format!("{slug}-index-search-not-found")).await;
        assert_eq!(
            search_first(&client, "찾을 수 없음").await,
            "404",
            "/{lang}/"
        );
        shot(&client, &format!("{slug}-index-search-korean")).await;
        // Enter submits to the server's search, which works without JavaScript.
        let input = client.find(Locator::Css("#q")).await.unwrap();
        input.send_keys("\u{E007}").await.unwrap();
        client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_url(
                &format!("{base}/{lang}/search?q=%EC%B0%BE%EC%9D%84+%EC%88%98+%EC%97%86%EC%9D%8C")
                    .parse()
                    .unwrap(),
            )
            .await
            .expect("the search page");
        let first = client
            .find(Locator::Css("ol.codes li:first-child"))
            .await
            .unwrap();
        assert_eq!(first.attr("data-c").await.unwrap().as_deref(), Some("404"));
        shot(&client, &format!("{slug}-search-page")).await;
    }

    // The language switch stays on the same code; a comparison link leads to the table.
    client.goto(&format!("{base}/ko/404")).await.unwrap();
    shot(&client, "ko-404").await;
    follow(
        &client,
        Locator::Css("header a[rel=alternate][hreflang=en]"),
        &format!("{base}/en/404"),
        "the English page",
    )
    .await;
    assert_eq!(path_of(&client).await, "/en/404");
    // Keyboard: the first Tab lands on the skip link, shown with a focus ring.
    client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap();
    let focus = client
        .execute(
            "const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect(); \
             return [e.className, s.outlineStyle, r.left >= 0 && r.width > 0];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focus, json!(["skip", "solid", true]), "skip link focus");
    shot(&client, "en-404-keyboard-focus").await;
    client
        .execute("document.activeElement.blur()", vec![])
        .await
        .unwrap();
    shot(&client, "en-404").await;
    follow(
        &client,
        Locator::LinkText("compare 404 with 410"),
        &format!("{base}/en/vs/404/410"),
        "the comparison",
    )
    .await;
    let h1 = client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(h1.contains("404 Not Found vs 410 Gone"), "{h1}");
    shot(&client, "en-vs-404-410").await;
    // And back to Korean from the comparison.
    follow(
        &client,
        Locator::Css("header a[rel=alternate][hreflang=ko]"),
        &format!("{base}/ko/vs/404/410"),
        "the Korean comparison",
    )
    .await;
    shot(&client, "ko-vs-404-410").await;

    // A phone: nothing wider than the screen.
    client.set_window_size(390, 844).await.unwrap();
    for (path, name) in [("/ko/499", "phone-ko-499"), ("/en/", "phone-en-index")] {
        client.goto(&format!("{base}{path}")).await.unwrap();
        assert!(
            fits_window(&client).await,
            "{path} overflows a phone screen"
        );
        shot(&client, name).await;
    }

    client.close().await.unwrap();
    drop(driver);
    server.stop();
}

/// Point 2 of the wire faults: a response that a request header control could change must
/// not be answered from the browser's cache for a request with controls, however the
/// plain response was stored before. `/200` carries `Cache-Control: max-age=60` and
/// Chromium keeps a 301 without freshness information for good; `Vary: *` makes both
/// reach the server again. A page (`Vary: Accept-Encoding`, `max-age=300`) shows that this
/// browser does cache, so that the first result means something. And `fetch()` cannot see
/// a 407: the Fetch standard makes it a network error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_cache_never_answers_a_request_with_controls() {
    let Some(chromedriver) = chromedriver() else {
        return;
    };
    let server = start_server();
    let base = format!("http://{}", server.addr);
    let driver = start_driver(&chromedriver);
    let client = connect(&driver).await;
    // A same-origin document without a CSP of its own, to run fetch() from.
    client.goto(&format!("{base}/healthz")).await.unwrap();
    let script = r"
        const done = arguments[arguments.length - 1];
        const took = async (url, init) => {
            const t = performance.now();
            const r = await fetch(url, init);
            await r.arrayBuffer();
            return [performance.now() - t, r];
        };
        const transferred = url => performance.getEntriesByName(new URL(url, location).href)
            .map(e => e.transferSize);
        (async () => {
            const out = {};
            await took('/200');
            out.sleep200 = (await took('/200', {headers: {'X-HttpStatus-Sleep': '1200'}}))[0];
            await took('/200?x=1');
            const probe = (await took('/200?x=1', {headers: {'X-HttpStatus-Response-X-Probe': 'yes'}}))[1];
            out.probe = probe.headers.get('x-probe');
            await took('/301');
            out.sleep301 = (await took('/301', {headers: {'X-HttpStatus-Sleep': '1200'}}))[0];
            await took('/en/404');
            await took('/en/404');
            out.page = transferred('/en/404');
            out.plain = transferred('/200');
            try { await fetch('/407'); out.f407 = 'resolved'; } catch (e) { out.f407 = e.name; }
            done(out);
        })().catch(e => done({error: String(e)}));
    ";
    let out = client.execute_async(script, vec![]).await.unwrap();
    println!("{out}");
    assert!(out.get("error").is_none(), "{out}");
    let ms = |k: &str| out[k].as_f64().unwrap_or(0.0);
    assert!(
        ms("sleep200") >= 1200.0,
        "/200 with a delay came from the cache: {out}"
    );
    assert!(
        ms("sleep301") >= 1200.0,
        "/301 with a delay came from the cache: {out}"
    );
    assert_eq!(out["probe"], json!("yes"), "a caller-chosen field: {out}");
    // The page's second fetch came from the cache (nothing transferred), /200's did not.
    assert_eq!(out["page"][1], json!(0), "this browser caches: {out}");
    assert!(
        out["plain"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t.as_u64() > Some(0)),
        "{out}"
    );
    assert_eq!(
        out["f407"],
        json!("TypeError"),
        "407 is a network error: {out}"
    );
    client.close().await.unwrap();
    drop(driver);
    server.stop();
}

// ---------------------------------------------------------------- no script from a caller

/// A page on another origin that records which paths were asked for: `/control` is the
/// injected markup served as HTML without any policy (it must run there, or the test
/// could not tell), `/hit` is what the injected script asks for when it runs.
fn canary(
    markup: impl Fn(u16) -> String + Send + 'static,
) -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let markup = markup(port);
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match s.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let line = String::from_utf8_lossy(&head)
                .lines()
                .next()
                .unwrap_or("")
                .to_owned();
            let path = line.split(' ').nth(1).unwrap_or("").to_owned();
            log.lock().unwrap().push(path.clone());
            let (ctype, body) = if path == "/control" {
                ("text/html", markup.clone())
            } else {
                ("text/plain", String::new())
            };
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, seen)
}

/// Point 6 of the httpbin issue (go-httpbin's CVE-2025-45286): a link that makes a
/// response HTML with a script in it (`/response-headers?Content-Type=text/html&x=<img
/// onerror=…>`) gets that HTML, but the script does not run on our origin: the response
/// is sandboxed (`Content-Security-Policy: sandbox`, `nosniff`). The same markup served
/// without the policy from another origin runs, which shows the probe works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_runs_no_script_a_link_injects() {
    let Some(chromedriver) = chromedriver() else {
        return;
    };
    let server = support::start(support::config());
    let base = format!("http://{}", server.addr);
    // No double quotes or spaces in attributes: the markup reaches the document through a
    // JSON string (`/response-headers` lists the fields it set), which escapes `"`.
    let inject = |port: u16| {
        format!(
            "<p id=injected>injected</p><script>document.title='pwned';fetch('http://127.0.0.1:{port}/hit')</script><img src=/none onerror=fetch('http://127.0.0.1:{port}/hit')>"
        )
    };
    let (port, seen) = canary(inject);
    let hits = || seen.lock().unwrap().iter().filter(|p| *p == "/hit").count();
    let driver = start_driver(&chromedriver);
    let client = connect(&driver).await;

    // The control: the markup without our policy runs its script.
    client
        .goto(&format!("http://127.0.0.1:{port}/control"))
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while client.title().await.unwrap() != "pwned" {
        assert!(
            Instant::now() < deadline,
            "the control page's script did not run"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while hits() == 0 {
        assert!(
            Instant::now() < deadline,
            "the control page's script did not reach the probe"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let before = hits();

    // Ours: the same markup through a link to /response-headers.
    let encoded: String = inject(port)
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    client
        .goto(&format!(
            "{base}/response-headers?Content-Type=text/html&x={encoded}"
        ))
        .await
        .unwrap();
    // The browser parsed it as HTML: the injected elements are in the document.
    let injected = client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#injected"))
        .await
        .expect("the injected markup is in the document");
    assert_eq!(injected.text().await.unwrap(), "injected");
    client.find(Locator::Css("img")).await.expect("the img");
    // Time for the image to fail and for a script, if any ran, to call the probe.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(hits(), before, "the injected script ran on our origin");
    assert_ne!(client.title().await.unwrap(), "pwned");
    shot(&client, "sandboxed-response-headers").await;
    client.close().await.unwrap();
    drop(driver);
    server.stop();
}

// ---------------------------------------------------------------- the decision guide

/// The text of the first element at `css`.
async fn text_of(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Clicks the answer whose label contains `label` and waits for `url`.
async fn answer(client: &Client, base: &str, label: &str, path: &str) {
    let xpath = format!("//ol[@class='choices']/li/a[contains(., \"{label}\")]");
    follow(
        client,
        Locator::XPath(&xpath),
        &format!("{base}{path}"),
        label,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_choose_a_code_in_both_languages() {
    let Some(chromedriver) = chromedriver() else {
        return;
    };
    let server = start_server();
    let base = format!("http://{}", server.addr);
    let driver = start_driver(&chromedriver);
    let client = connect(&driver).await;
    // No JavaScript at all: every step must work as plain links.
    client.goto(&format!("{base}/en/")).await.unwrap();

    // English: 401 Unauthorized, from the index link.
    follow(
        &client,
        Locator::LinkText("Which code should I send?"),
        &format!("{base}/en/choose/"),
        "the guide from the index",
    )
    .await;
    assert_eq!(
        text_of(&client, "h1").await,
        "What happened to the request?"
    );
    shot(&client, "choose-en-question").await;
    answer(
        &client,
        &base,
        "It cannot be done as asked",
        "/en/choose/client-fault/",
    )
    .await;
    answer(
        &client,
        &base,
        "Who the client is",
        "/en/choose/client-fault/who/",
    )
    .await;
    assert_eq!(
        text_of(&client, "h1").await,
        "Did the request carry valid credentials?"
    );
    answer(
        &client,
        &base,
        "none, wrong or expired",
        "/en/choose/client-fault/who/missing/",
    )
    .await;
    shot(&client, "choose-en-question-who-asks").await;
    answer(
        &client,
        &base,
        "Your application",
        "/en/choose/client-fault/who/missing/origin/",
    )
    .await;
    let h1 = text_of(&client, "h1").await;
    assert!(h1.contains("401") && h1.contains("Unauthorized"), "{h1}");
    assert!(
        text_of(&client, "section.bar")
            .await
            .contains("WWW-Authenticate")
    );
    let trail = text_of(&client, "nav.trail").await;
    assert!(
        trail.contains("Did the request carry valid credentials?"),
        "{trail}"
    );
    let compare = client
        .find(Locator::Css("a[href^='/en/vs/401/']"))
        .await
        .expect("a comparison link");
    assert!(compare.text().await.unwrap().contains("403"));
    shot(&client, "choose-en-result").await;
    // The code itself links to its reference page.
    follow(
        &client,
        Locator::Css("ul.codes a[href='/en/401']"),
        &format!("{base}/en/401"),
        "the 401 page",
    )
    .await;
    client.back().await.unwrap();
    // Back one step with the page's own link.
    follow(
        &client,
        Locator::Css("a[rel=prev]"),
        &format!("{base}/en/choose/client-fault/who/missing/"),
        "back one step",
    )
    .await;
    assert_eq!(
        text_of(&client, "h1").await,
        "Who asks for the credentials?"
    );

    // Korean: a permanent redirect that keeps the method, 308, from the language switch.
    client.goto(&format!("{base}/en/choose/")).await.unwrap();
    follow(
        &client,
        Locator::Css("header a[rel=alternate][hreflang=ko]"),
        &format!("{base}/ko/choose/"),
        "the Korean guide",
    )
    .await;
    assert_eq!(text_of(&client, "h1").await, "요청은 어떻게 되었나요?");
    shot(&client, "choose-ko-question").await;
    answer(
        &client,
        &base,
        "다른 곳을 봐야 합니다",
        "/ko/choose/elsewhere/",
    )
    .await;
    answer(
        &client,
        &base,
        "다른 URI입니다",
        "/ko/choose/elsewhere/moved/",
    )
    .await;
    answer(
        &client,
        &base,
        "앞으로도 새 URI",
        "/ko/choose/elsewhere/moved/yes/",
    )
    .await;
    shot(&client, "choose-ko-question-method").await;
    answer(
        &client,
        &base,
        "POST나 PUT",
        "/ko/choose/elsewhere/moved/yes/keep/",
    )
    .await;
    let h1 = text_of(&client, "h1").await;
    assert!(
        h1.contains("308") && h1.contains("Permanent Redirect"),
        "{h1}"
    );
    assert!(text_of(&client, "section.bar").await.contains("메서드"));
    client
        .find(Locator::Css("a[href^='/ko/vs/308/301']"))
        .await
        .expect("308 compared with 301");
    shot(&client, "choose-ko-result").await;

    // A phone: the result page fits the screen.
    client.set_window_size(390, 844).await.unwrap();
    assert!(
        fits_window(&client).await,
        "the result page overflows a phone screen"
    );
    shot(&client, "choose-phone-ko-result").await;

    client.close().await.unwrap();
    drop(driver);
    server.stop();
}

async fn scroll_to(client: &Client, id: &str) {
    client
        .execute(
            "document.getElementById(arguments[0]).scrollIntoView()",
            vec![json!(id)],
        )
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_wire_example_and_constants_sections() {
    let Some(chromedriver) = which("chromedriver") else {
        if std::env::var("HTTPSTATUS_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!("HTTPSTATUS_REQUIRE_BROWSER=1 but chromedriver is not on PATH");
        }
        println!("skipping browser tests: chromedriver not found");
        return;
    };
    let server = start_server();
    let base = format!("http://{}", server.addr);
    let driver = start_driver(&chromedriver);
    let client = connect(&driver).await;

    for (lang, wire, code, none) in [
        ("ko", "전송되는 모습", "코드에서 쓰는 이름", "없음"),
        ("en", "On the wire", "In your code", "none"),
    ] {
        // 304: the exchange, the notice, no Content-Length in the answer.
        client.goto(&format!("{base}/{lang}/304")).await.unwrap();
        assert_eq!(text_of(&client, "#wire-h").await, wire);
        let blocks = client.find_all(Locator::Css("#wire pre.wx")).await.unwrap();
        assert_eq!(blocks.len(), 2, "/{lang}/304: request and response");
        let request = blocks[0].text().await.unwrap();
        let response = blocks[1].text().await.unwrap();
        assert!(request.starts_with("GET /200 HTTP/1.1"), "{request}");
        assert!(request.contains("If-None-Match: \""), "{request}");
        assert!(
            response.starts_with("HTTP/1.1 304 Not Modified"),
            "{response}"
        );
        assert!(
            !response.to_ascii_lowercase().contains("content-length"),
            "{response}"
        );
        let notice = text_of(&client, "#wire .notice").await;
        assert!(notice.contains("Content-Length"), "{notice}");
        scroll_to(&client, "wire").await;
        shot(&client, &format!("{lang}-304-on-the-wire")).await;

        // 425: one row per ecosystem, "none" where a library has no constant.
        client.goto(&format!("{base}/{lang}/425")).await.unwrap();
        assert_eq!(text_of(&client, "#code-h").await, code);
        let rows = client
            .find_all(Locator::Css("#code tbody tr"))
            .await
            .unwrap();
        assert_eq!(rows.len(), httpstatus::ecosystems().len());
        let mut nones = Vec::new();
        for row in &rows {
            let text = row.text().await.unwrap();
            if text.contains(none) {
                nones.push(text);
            }
        }
        assert_eq!(
            nones.len(),
            2,
            "/{lang}/425: .NET and http-status-codes lack it: {nones:?}"
        );
        scroll_to(&client, "code").await;
        shot(&client, &format!("{lang}-425-in-your-code")).await;

        // 413: the old phrases are marked as differing from the registry.
        client.goto(&format!("{base}/{lang}/413")).await.unwrap();
        let marked = client.find_all(Locator::Css("#code .df")).await.unwrap();
        assert!(marked.len() >= 5, "/{lang}/413: {} marked", marked.len());
        let table = text_of(&client, "#code table").await;
        assert!(
            table.contains("Request Entity Too Large") && table.contains("Payload Too Large"),
            "{table}"
        );
    }

    // 100: the interim response sits between the request head and its content.
    client.goto(&format!("{base}/en/100")).await.unwrap();
    let labels = client.find_all(Locator::Css("#wire .wl")).await.unwrap();
    let mut names = Vec::new();
    for l in &labels {
        names.push(l.text().await.unwrap());
    }
    assert_eq!(
        names,
        [
            "Request",
            "Interim response",
            "Request content (after 100 Continue)",
            "Final response"
        ]
    );
    scroll_to(&client, "wire").await;
    shot(&client, "en-100-on-the-wire").await;

    // On a phone the long lines scroll inside their box, not the page.
    client.set_window_size(390, 844).await.unwrap();
    for (path, name) in [
        ("/ko/101", "phone-ko-101-wire"),
        ("/en/429", "phone-en-429-code"),
    ] {
        client.goto(&format!("{base}{path}")).await.unwrap();
        assert!(
            fits_window(&client).await,
            "{path} overflows a phone screen"
        );
        scroll_to(&client, "wire").await;
        shot(&client, name).await;
    }

    client.close().await.unwrap();
    drop(driver);
    server.stop();
}
