//! The card: everything about one entry.

use httpstatus::{HeaderRule, Info, Lang, Registration, StatusCode, TemporaryRegistration};

use crate::i18n::Langs;
use crate::output::Ctx;
use crate::style::{self, paint};
use crate::table::{Cell, Table, wrap_marked};

/// `"410 Gone"` in the chosen language(s), for lists of related codes and suggestions.
pub(crate) fn code_name(code: StatusCode, langs: Langs) -> String {
    match code.info() {
        Some(info) => match langs {
            Langs::Ko => format!("{} {}", code.as_u16(), info.title.ko),
            Langs::En => format!("{} {}", code.as_u16(), info.title.en),
            Langs::Both => format!("{} {} ({})", code.as_u16(), info.title.en, info.title.ko),
        },
        None => code.as_u16().to_string(),
    }
}

/// The class as `"4xx 클라이언트 오류"`, or a note for codes above 599.
pub(crate) fn class_name(code: StatusCode, langs: Langs) -> String {
    match code.class() {
        Some(class) => format!("{} {}", class.range(), langs.text(class.name())),
        None => langs
            .ui("범위 밖(유효하지 않음)", "outside 100–599 (invalid)")
            .into_owned(),
    }
}

/// The registration status, with the vendors of an unofficial code.
pub(crate) fn standing(info: &Info, langs: Langs) -> String {
    let label = langs.text(info.registration.label());
    if info.vendors.is_empty() {
        label.into_owned()
    } else {
        format!("{label}: {}", info.vendors.join(", "))
    }
}

/// How a client that does not know the code treats it (RFC 9110 §15), when that differs
/// from the code itself.
pub(crate) fn handled_as(code: StatusCode, langs: Langs) -> Option<String> {
    let as_code = code.handled_as();
    if as_code == code {
        return None;
    }
    let target = format!("{} {}", as_code.as_u16(), as_code.reason().unwrap_or(""));
    Some(match code.class() {
        Some(_) => match langs {
            Langs::Ko => format!("이 코드를 모르는 클라이언트는 {target}로 처리 (RFC 9110 §15)"),
            Langs::En => format!("clients that do not know it treat it as {target} (RFC 9110 §15)"),
            Langs::Both => format!(
                "이 코드를 모르는 클라이언트는 {target}로 처리 / clients that do not know it treat it as {target} (RFC 9110 §15)"
            ),
        },
        None => match langs {
            Langs::Ko => format!(
                "유효 범위(100–599) 밖의 코드: 클라이언트는 5xx로, 곧 {target}로 처리 (RFC 9110 §15)"
            ),
            Langs::En => format!(
                "invalid, outside 100–599: clients treat it as a 5xx, that is {target} (RFC 9110 §15)"
            ),
            Langs::Both => format!(
                "유효 범위(100–599) 밖: 5xx({target})로 처리 / invalid, outside 100–599: treated as a 5xx, {target} (RFC 9110 §15)"
            ),
        },
    })
}

/// The full card for one entry, ending in `\n`.
pub(crate) fn render(info: &'static Info, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let width = ctx.text_width();
    let mut out = String::new();

    // Headline: code, reason phrase, class and standing.
    out.push_str(&paint(
        style::entry(info),
        &format!("{} {}", info.code.as_u16(), info.reason),
    ));
    out.push_str("  ");
    out.push_str(&paint(style::LABEL, &class_name(info.code, langs)));
    if info.is_unofficial() {
        out.push_str("  ");
        out.push_str(&paint(style::FLAG, &langs.text(info.registration.label())));
    } else if info.registration != Registration::Standard {
        out.push_str("  ");
        out.push_str(&paint(style::LABEL, &langs.text(info.registration.label())));
    }
    out.push('\n');

    // Title (when it says more than the reason phrase) and summary.
    for &lang in langs.langs() {
        let title = info.title(lang);
        if lang == Lang::En && title == info.reason {
            continue;
        }
        out.push_str(&paint(style::TITLE, title));
        out.push('\n');
    }
    for &lang in langs.langs() {
        out.push_str(&wrap_marked(info.summary(lang), width, 0, style::CODE));
    }
    out.push('\n');
    for (i, &lang) in langs.langs().iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&wrap_marked(info.description(lang), width, 2, style::CODE));
    }
    out.push('\n');
    out.push_str(&facts(info, ctx).render());
    if ctx.example {
        out.push('\n');
        out.push_str(&super::wire::example(info, ctx));
    }
    if !ctx.ecosystems.is_empty() {
        out.push('\n');
        out.push_str(&super::wire::constants(info, ctx));
    }
    out
}

/// The header rules, those with the same strength and condition together:
/// `"Content-Range (MUST, 한 부분만 보낼 때); Date, ETag (MUST, …)"`.
pub(crate) fn header_rules(headers: &[HeaderRule], langs: Langs) -> String {
    let mut groups: Vec<(Vec<&str>, &HeaderRule)> = Vec::new();
    for h in headers {
        match groups.last_mut() {
            Some((names, first))
                if first.requirement == h.requirement && first.condition == h.condition =>
            {
                names.push(h.name);
            }
            _ => groups.push((vec![h.name], h)),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(names, rule)| {
            let keyword = rule.requirement.keyword();
            match rule.condition {
                Some(c) => format!("{} ({keyword}, {})", names.join(", "), langs.text(c)),
                None => format!("{} ({keyword})", names.join(", ")),
            }
        })
        .collect();
    parts.join("; ")
}

/// The facts of a temporary registration, in one or both languages (the core's words).
pub(crate) fn temporary_registration(t: &TemporaryRegistration, langs: Langs) -> String {
    langs.ui_fmt(
        t.describe(Lang::Ko).to_string(),
        t.describe(Lang::En).to_string(),
    )
}

/// What the reason is, for a descriptive label (the core's words).
pub(crate) fn reason_note(info: &Info, langs: Langs) -> Option<String> {
    info.reason_note().map(|note| langs.text(note).into_owned())
}

/// Aliases with where they come from: `"Not Allowed (nginx), …"`.
pub(crate) fn aliases(info: &Info) -> String {
    let parts: Vec<String> = info
        .aliases
        .iter()
        .map(|a| match info.alias_origin(a) {
            [] => (*a).to_owned(),
            from => format!("{a} ({})", from.join(", ")),
        })
        .collect();
    parts.join(", ")
}

/// The key–value facts at the foot of a card.
fn facts(info: &'static Info, ctx: &Ctx) -> Table {
    let langs = ctx.langs;
    let mut t = Table::new().indent(2).max_width(ctx.width);
    let mut row = |label: (&'static str, &'static str), value: String| {
        t.row(vec![
            Cell::styled(langs.label(label), style::LABEL),
            Cell::new(value),
        ]);
    };

    for (i, spec) in info.spec.iter().enumerate() {
        let label = if i == 0 { ("명세", "Spec") } else { ("", "") };
        row(label, format!("{spec}  {}", spec.url));
    }
    if info.spec.is_empty() {
        row(
            ("명세", "Spec"),
            langs.text(Info::no_spec_label()).into_owned(),
        );
    }
    if let Some(note) = reason_note(info, langs) {
        row(("사유 구문", "Reason phrase"), note);
    }
    row(("등록 상태", "Status"), standing(info, langs));
    if let Some(t) = &info.temporary_registration {
        row(("", ""), temporary_registration(t, langs));
    }
    if let Some(note) = handled_as(info.code, langs) {
        row(("처리", "Handled as"), note);
    }
    row(
        ("콘텐츠", "Content"),
        langs.text(info.content.label()).into_owned(),
    );
    row(
        ("캐시", "Cache"),
        langs.text(info.cache.label()).into_owned(),
    );
    if !info.headers.is_empty() {
        row(("헤더", "Headers"), header_rules(info.headers, langs));
    }
    if let Some(redirect) = info.redirect {
        row(
            ("리다이렉트", "Redirect"),
            langs.text(redirect.label()).into_owned(),
        );
    }
    if let Some(retry) = info.retry {
        row(("재시도", "Retry"), langs.text(retry.label()).into_owned());
    }
    row(
        ("보내는 쪽", "Sent by"),
        langs.text(info.sender.label()).into_owned(),
    );
    if !info.related.is_empty() {
        let related: Vec<String> = info.related.iter().map(|&c| code_name(c, langs)).collect();
        row(("혼동 주의", "Confused with"), related.join(" · "));
    }
    if !info.aliases.is_empty() {
        row(("다른 이름", "Also known as"), aliases(info));
    }
    if !info.curl.is_empty() {
        row(("예시", "Try"), info.curl.to_owned());
    }
    t
}
