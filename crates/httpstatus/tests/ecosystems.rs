//! `data/ecosystems.toml`, as compiled into the core, against the libraries themselves:
//! the `http` crate (a dev-dependency), Python's `http.HTTPStatus` (`python3`), Node.js's
//! `http.STATUS_CODES` (`node`), and the sources `scripts/fetch-ecosystems` puts in
//! `target/ecosystems/` (Go's `status.go`, Rack's `utils.rb`, Symfony's `Response.php`, npm
//! `http-status-codes`). Each table must match exactly: the same codes, names and phrases.
//!
//! A library that is not on the machine is skipped with a note, unless
//! `HTTPSTATUS_REQUIRE_ECOSYSTEMS=1` (as in `.ci/run`, which fetches them first).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::Command;

type Table = Vec<(u16, String, String)>;

fn ours(id: &str) -> Table {
    let eco = httpstatus::ecosystem(id).unwrap();
    eco.constants
        .iter()
        .map(|c| (c.code, c.name.to_owned(), c.phrase.unwrap_or("").to_owned()))
        .collect()
}

fn required() -> bool {
    std::env::var("HTTPSTATUS_REQUIRE_ECOSYSTEMS").is_ok_and(|v| v == "1")
}

fn skip(id: &str, why: &str) {
    assert!(
        !required(),
        "{id}: {why} (HTTPSTATUS_REQUIRE_ECOSYSTEMS=1; run scripts/fetch-ecosystems)"
    );
    eprintln!("skipping the {id} comparison: {why}");
}

/// Compares two tables and says every difference.
fn assert_same(id: &str, theirs: &Table) {
    let ours = ours(id);
    let mut diffs = Vec::new();
    for t in theirs {
        match ours.iter().find(|o| o.0 == t.0) {
            None => diffs.push(format!("{}: {} has {:?}, the data has none", t.0, id, t)),
            Some(o) if o != t => diffs.push(format!("{}: {id} has {t:?}, the data {o:?}", t.0)),
            Some(_) => {}
        }
    }
    for o in &ours {
        if !theirs.iter().any(|t| t.0 == o.0) {
            diffs.push(format!("{}: the data has {o:?}, {id} has none", o.0));
        }
    }
    assert!(
        diffs.is_empty(),
        "{id} differs from data/ecosystems.toml:\n{}",
        diffs.join("\n")
    );
}

fn fetched(rel: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/ecosystems")
        .join(rel);
    std::fs::read_to_string(path).ok()
}

/// Single-quoted PHP/Ruby string literals after `NNN => ` on each line of `block`.
fn quoted_by_code(block: &str) -> Vec<(u16, String)> {
    block
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let (code, rest) = line.split_once(" => '")?;
            let code: u16 = code.trim().parse().ok()?;
            let end = rest.rfind('\'')?;
            Some((code, rest[..end].replace("\\'", "'")))
        })
        .collect()
}

fn ruby_symbol(message: &str) -> String {
    // Rack: message.downcase.gsub(/\s|-|'/, '_').to_sym, shown as Ruby writes it.
    let sym: String = message
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '-' || c == '\'' {
                '_'
            } else {
                c
            }
        })
        .collect();
    if sym.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!(":{sym}")
    } else {
        format!(":\"{sym}\"")
    }
}

#[test]
fn rust_http_crate() {
    let eco = httpstatus::ecosystem("rust").unwrap();
    // The phrases and the set of codes, from the crate at run time.
    let theirs: Vec<(u16, String)> = (100..1000)
        .filter_map(|c| {
            let s = http::StatusCode::from_u16(c).ok()?;
            Some((c, s.canonical_reason()?.to_owned()))
        })
        .collect();
    let phrases: Vec<(u16, String)> = ours("rust").into_iter().map(|(c, _, p)| (c, p)).collect();
    assert_eq!(theirs, phrases, "the http crate's canonical reasons");
    // The names, from the crate's own source (the `status_codes!` table), at the version
    // Cargo.lock resolves, which must be the version the data names. The source is where
    // Cargo unpacked it to build this test: $CARGO_HOME/registry/src/*/http-VERSION.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
    let version = lock
        .split("[[package]]")
        .filter(|p| p.contains("\nname = \"http\"\n"))
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"'))
        .find(|v| v.starts_with("1."))
        .expect("http 1.x in Cargo.lock");
    assert_eq!(
        version, eco.version,
        "Cargo.lock's http against data/ecosystems.toml"
    );
    let cargo_home = std::env::var_os("CARGO_HOME").map_or_else(
        || PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cargo"),
        PathBuf::from,
    );
    let manifest = std::fs::read_dir(cargo_home.join("registry/src"))
        .expect("the registry sources")
        .filter_map(Result::ok)
        .map(|d| d.path().join(format!("http-{version}/Cargo.toml")))
        .find(|p| p.is_file())
        .expect("the http crate's source in the registry");
    let src = std::fs::read_to_string(manifest.with_file_name("src/status.rs")).unwrap();
    let mut names = Vec::new();
    for line in src.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix('(') else {
            continue;
        };
        let parts: Vec<&str> = rest.splitn(3, ',').map(str::trim).collect();
        if let [code, name, _] = parts[..] {
            if let Ok(code) = code.parse::<u16>() {
                names.push((code, name.to_owned()));
            }
        }
    }
    let want: Vec<(u16, String)> = ours("rust").into_iter().map(|(c, n, _)| (c, n)).collect();
    assert_eq!(names, want, "the constant names in http's src/status.rs");
}

#[test]
fn python_http_status() {
    let eco = httpstatus::ecosystem("python").unwrap();
    let script = "import http, json, sys\n\
        v = '%d.%d' % sys.version_info[:2]\n\
        print(json.dumps([v, [[s.value, s.name, s.phrase] for s in http.HTTPStatus]]))";
    let Ok(out) = Command::new("python3").args(["-c", script]).output() else {
        return skip("python", "python3 not found");
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (version, table): (String, Table) = serde_json::from_slice(&out.stdout).unwrap();
    if version != eco.version {
        return skip(
            "python",
            &format!(
                "python3 is {version}, the data was checked against {}",
                eco.version
            ),
        );
    }
    assert_same("python", &table);
}

#[test]
fn node_status_codes() {
    let eco = httpstatus::ecosystem("node").unwrap();
    let script =
        "console.log(JSON.stringify([process.versions.node, require('http').STATUS_CODES]))";
    let Ok(out) = Command::new("node").args(["-e", script]).output() else {
        return skip("node", "node not found");
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (version, codes): (String, std::collections::BTreeMap<u16, String>) =
        serde_json::from_slice(&out.stdout).unwrap();
    let major = |v: &str| v.split('.').next().unwrap_or_default().to_owned();
    if major(&version) != major(eco.version) {
        return skip(
            "node",
            &format!(
                "node is {version}, the data was checked against {}",
                eco.version
            ),
        );
    }
    let table: Table = codes.into_iter().map(|(c, t)| (c, t.clone(), t)).collect();
    assert_same("node", &table);
}

#[test]
fn go_net_http() {
    let Some(src) = fetched("go/status.go") else {
        return skip("go", "target/ecosystems/go/status.go not fetched");
    };
    let mut consts = Vec::new();
    for line in src.lines() {
        let Some(rest) = line.trim().strip_prefix("Status") else {
            continue;
        };
        let Some((name, value)) = rest.split_once('=') else {
            continue;
        };
        let code = value.split("//").next().unwrap_or_default().trim();
        if let Ok(code) = code.parse::<u16>() {
            consts.push((code, format!("Status{}", name.trim())));
        }
    }
    // StatusText: `case StatusX:` then `return "text"`.
    let mut lines = src.lines().map(str::trim);
    let mut texts = Vec::new();
    while let Some(line) = lines.next() {
        if let Some(name) = line.strip_prefix("case ").and_then(|l| l.strip_suffix(':')) {
            let text = lines.next().unwrap_or_default();
            if let Some(text) = text
                .strip_prefix("return \"")
                .and_then(|t| t.strip_suffix('"'))
            {
                texts.push((name.to_owned(), text.to_owned()));
            }
        }
    }
    let mut table: Table = consts
        .into_iter()
        .map(|(code, name)| {
            let text = texts
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| t.clone());
            (code, name, text.unwrap_or_default())
        })
        .collect();
    table.sort();
    assert_eq!(table.len(), 62, "Go names 62 codes");
    assert_same("go", &table);
}

#[test]
fn rack_symbols() {
    let Some(src) = fetched("rack/utils.rb") else {
        return skip("rails", "target/ecosystems/rack/utils.rb not fetched");
    };
    assert!(
        src.contains("[message.downcase.gsub(/\\s|-|'/, '_').to_sym, code]"),
        "Rack's symbol rule changed; update ruby_symbol() and the data"
    );
    let start = src.find("HTTP_STATUS_CODES = {").unwrap();
    let block = &src[start..start + src[start..].find('}').unwrap()];
    let table: Table = quoted_by_code(block)
        .into_iter()
        .map(|(code, text)| (code, ruby_symbol(&text), text))
        .collect();
    assert_same("rails", &table);
}

#[test]
fn symfony_response() {
    let Some(src) = fetched("symfony/Response.php") else {
        return skip("php", "target/ecosystems/symfony/Response.php not fetched");
    };
    // `public const HTTP_X = NNN;`, skipping those whose doc comment says @deprecated; the
    // first name of a code is the one the data gives.
    let mut names: Vec<(u16, String)> = Vec::new();
    let mut deprecated = false;
    for line in src.lines().map(str::trim) {
        if line.contains("@deprecated") {
            deprecated = true;
        }
        if let Some(rest) = line.strip_prefix("public const HTTP_") {
            let (name, value) = rest.split_once('=').unwrap();
            let code: u16 = value
                .trim()
                .trim_end_matches(';')
                .split(';')
                .next()
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            if !deprecated && !names.iter().any(|(c, _)| *c == code) {
                names.push((code, format!("HTTP_{}", name.trim())));
            }
            deprecated = false;
        } else if line.starts_with("public ") || line.starts_with("const ") {
            deprecated = false;
        }
    }
    let start = src.find("public static $statusTexts = [").unwrap();
    let block = &src[start..start + src[start..].find("];").unwrap()];
    let texts = quoted_by_code(block);
    let mut table: Table = names
        .into_iter()
        .map(|(code, name)| {
            let text = texts
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, t)| t.clone());
            (code, name, text.unwrap_or_default())
        })
        .collect();
    table.sort();
    assert_same("php", &table);
}

#[test]
fn npm_http_status_codes() {
    let eco = httpstatus::ecosystem("js").unwrap();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/ecosystems/npm/node_modules/http-status-codes");
    if !dir.join("package.json").exists() {
        return skip("js", "target/ecosystems/npm has no http-status-codes");
    }
    let script = format!(
        "const h = require({dir:?}); const out = []; const seen = new Set();\n\
         for (const [k, v] of Object.entries(h.StatusCodes)) {{\n\
           if (typeof v !== 'number' || seen.has(v)) continue; seen.add(v);\n\
           out.push([v, k, h.getReasonPhrase(v)]);\n\
         }}\n\
         console.log(JSON.stringify([require({pkg:?}).version, out]));",
        dir = dir.display().to_string(),
        pkg = dir.join("package.json").display().to_string(),
    );
    let Ok(out) = Command::new("node").args(["-e", &script]).output() else {
        return skip("js", "node not found");
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (version, mut table): (String, Table) = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(version, eco.version);
    table.sort();
    assert_same("js", &table);
}

#[test]
fn fetched_debian_versions_are_the_ones_the_data_names() {
    let Some(versions) = fetched("versions") else {
        return skip("debian", "target/ecosystems/versions not fetched");
    };
    for (package, id) in [
        ("golang-1.19-src", "go"),
        ("ruby-rack", "rails"),
        ("php-symfony-http-foundation", "php"),
    ] {
        let line = versions
            .lines()
            .find(|l| l.starts_with(&format!("{package} ")))
            .unwrap();
        let version = line.split(' ').nth(1).unwrap();
        let source = httpstatus::ecosystem(id).unwrap().source;
        if !source.contains(version) {
            // A Debian point release: the tables above still had to match.
            eprintln!("note: {package} {version} fetched; data/ecosystems.toml names {source:?}");
        }
    }
}

#[test]
fn every_registered_code_is_named_or_known_missing_in_every_ecosystem() {
    // The page says "none" for a missing constant, so the data must know every ecosystem
    // for every registered code; this pins the well-known gaps.
    let missing = |code: u16| -> Vec<&str> {
        httpstatus::StatusCode::from_u16(code)
            .unwrap()
            .constants()
            .filter(|(_, c)| c.is_none())
            .map(|(e, _)| e.id)
            .collect()
    };
    assert_eq!(missing(425), ["dotnet", "js"]);
    assert_eq!(missing(418), ["dotnet", "rails"]);
    assert_eq!(missing(104).len(), httpstatus::ecosystems().len());
    assert!(missing(404).is_empty());
    // Spring 6.0 names 421 after a withdrawn WebDAV draft, not Misdirected Request.
    let spring = httpstatus::ecosystem("java")
        .unwrap()
        .constant(421)
        .unwrap();
    assert_eq!(spring.constant.name, "DESTINATION_LOCKED");
    assert_eq!(spring.differs_from_registry(), Some(true));
}
