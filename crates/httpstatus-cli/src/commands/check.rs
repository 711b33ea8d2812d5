//! `httpstatus check URL`: the request, every hop of the redirect chain, what each status
//! means and what the server got wrong.

use std::io::Write;
use std::time::Duration;

use httpstatus::StatusCode;
use httpstatus_check::{Conn, Options, Protocol, Report, Severity};

use crate::cli::{CheckArgs, usage_error};
use crate::error::Error;
use crate::outcome::Outcome;
use crate::output::Ctx;
use crate::style;

/// Runs the check and prints it.
pub(crate) fn run(args: &CheckArgs, ctx: &Ctx) -> Result<Outcome, Error> {
    let (url, opts) = options(args)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let report = runtime.block_on(httpstatus_check::check(url, &opts));
    if ctx.json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
        out.flush()?;
    } else {
        let mut out = anstream::stdout().lock();
        out.write_all(render(&report, ctx).as_bytes())?;
        out.flush()?;
    }
    Ok(Outcome::Status(exit_status(&report)))
}

/// 0 for a final 2xx; 3, 4, 5 for a final 3xx, 4xx, 5xx (codes above 599 count as 5xx,
/// RFC 9110 §15); 1 when no response came at all or the last one was cut off.
fn exit_status(report: &Report) -> u8 {
    let network = report.failure.as_ref().is_some_and(|f| {
        !matches!(
            f.kind,
            "redirect-loop" | "too-many-redirects" | "bad-location"
        )
    });
    match report.final_status() {
        _ if network => 1,
        None => 1,
        Some(s) if (200..300).contains(&s) => 0,
        Some(s) if (300..400).contains(&s) => 3,
        Some(s) if (400..500).contains(&s) => 4,
        Some(_) => 5,
    }
}

fn options(args: &CheckArgs) -> Result<(httpstatus_check::Url, Options), Error> {
    let url = httpstatus_check::parse_url(&args.url).map_err(usage_error)?;
    let data = match (&args.data, &args.data_file) {
        (Some(d), _) => Some(d.clone().into_bytes()),
        (None, Some(path)) => Some(
            std::fs::read(path)
                .map_err(|e| usage_error(format!("--data-file {}: {e}", path.display())))?,
        ),
        (None, None) => None,
    };
    let method = match &args.method {
        Some(m) => {
            let ok = !m.is_empty()
                && m.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            if !ok {
                return Err(usage_error(format!("{m:?} is not a method name")).into());
            }
            m.clone()
        }
        None if data.is_some() => "POST".to_owned(),
        None => "GET".to_owned(),
    };
    let mut headers = Vec::new();
    for h in &args.headers {
        let Some((name, value)) = h.split_once(':') else {
            return Err(usage_error(format!("-H {h:?}: expected \"Name: value\"")).into());
        };
        let name = name.trim();
        let name_ok = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !name_ok || value.contains(['\r', '\n', '\0']) {
            return Err(usage_error(format!(
                "-H {h:?}: not a valid header field (a token name, a value without CR, LF or NUL)"
            ))
            .into());
        }
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout <= 86_400.0) {
        return Err(
            usage_error("--timeout must be a number of seconds above 0 (at most 86400)").into(),
        );
    }
    let protocol = if args.http1 {
        Protocol::Http1
    } else if args.http2 {
        Protocol::Http2
    } else {
        Protocol::Auto
    };
    Ok((
        url,
        Options {
            method,
            headers,
            data,
            follow: !args.no_follow,
            max_redirects: args.max_redirects,
            conn: Conn {
                protocol,
                insecure: args.insecure,
                timeout: Duration::from_secs_f64(args.timeout),
            },
        },
    ))
}

fn render(report: &Report, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let mut out = String::new();
    for (i, hop) in report.hops.iter().enumerate() {
        out.push_str(&format!(
            "{} {} {}  {}\n",
            style::paint(style::TITLE, &format!("{}.", i + 1)),
            style::paint(style::TITLE, &hop.method),
            hop.url,
            style::paint(
                style::LABEL,
                &format!("{}, {:.1} ms", hop.version, hop.elapsed_ms)
            ),
        ));
        for interim in &hop.interim {
            let line = format!("{} {}", interim.status, interim.reason)
                .trim_end()
                .to_owned();
            let label = langs.ui("중간 응답", "interim");
            out.push_str(&format!(
                "   ← {}  {}\n",
                status_paint(interim.status, &line),
                style::paint(style::LABEL, &label)
            ));
            for (n, v) in &interim.headers {
                out.push_str(&format!(
                    "       {}\n",
                    style::paint(style::LABEL, &format!("{n}: {v}"))
                ));
            }
        }
        let line = format!("{} {}", hop.status, hop.reason)
            .trim_end()
            .to_owned();
        out.push_str(&format!("   ← {}\n", status_paint(hop.status, &line)));
        if let Some(info) = StatusCode::from_u16(hop.status)
            .ok()
            .and_then(StatusCode::info)
        {
            for lang in langs.langs() {
                out.push_str(&format!(
                    "     {}: {}\n",
                    info.title(*lang),
                    httpstatus::plain_text(info.summary(*lang))
                ));
            }
        }
        for (n, v) in hop.headers.iter().filter(|(n, _)| {
            [
                "location",
                "retry-after",
                "www-authenticate",
                "proxy-authenticate",
                "allow",
                "content-range",
                "upgrade",
                "link",
            ]
            .contains(&n.to_ascii_lowercase().as_str())
        }) {
            out.push_str(&format!(
                "     {}\n",
                style::paint(style::LABEL, &format!("{n}: {v}"))
            ));
        }
        for f in &hop.findings {
            let sev = f.severity.label().get(langs.primary());
            let tag = match f.severity {
                Severity::Error => style::paint(style::MISS, &format!("[{sev}]")),
                Severity::Warning => style::paint(style::FLAG, &format!("[{sev}]")),
                Severity::Info => style::paint(style::LABEL, &format!("[{sev}]")),
            };
            let text = langs.ui_fmt(f.message.ko.clone(), f.message.en.clone());
            out.push_str(&format!("     {tag} {text} ({})\n", f.section));
        }
        if let Some(next) = &hop.next {
            out.push_str(&format!(
                "     → {}\n",
                langs.ui_fmt(next.ko.clone(), next.en.clone())
            ));
        }
    }
    if let Some(f) = &report.failure {
        let label = langs.ui("중단", "stopped");
        out.push_str(&format!(
            "{} {}\n",
            style::paint(style::MISS, &format!("{label}:")),
            langs.ui_fmt(f.message.ko.clone(), f.message.en.clone())
        ));
    }
    let (errors, warnings, infos) = report.counts();
    let last = match report.hops.last() {
        Some(h) => format!("{} {}", h.status, h.reason).trim_end().to_owned(),
        None => langs.ui("응답 없음", "no response").into_owned(),
    };
    out.push_str(&langs.ui_fmt(
        format!(
            "요약: {}개 홉, 최종 {last}, 오류 {errors}, 경고 {warnings}, 참고 {infos}, {:.1} ms\n",
            report.hops.len(),
            report.total_ms
        ),
        format!(
            "Summary: {} hop(s), final {last}, {errors} error(s), {warnings} warning(s), {infos} note(s), {:.1} ms\n",
            report.hops.len(),
            report.total_ms
        ),
    ));
    out
}

fn status_paint(code: u16, text: &str) -> String {
    match StatusCode::from_u16(code) {
        Ok(sc) => {
            let unofficial = sc.info().is_some_and(|i| i.is_unofficial()) || !sc.is_registered();
            style::paint(style::code(sc, unofficial), text)
        }
        Err(_) => text.to_owned(),
    }
}
