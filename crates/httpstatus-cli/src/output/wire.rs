//! The parts of a card that `--example` and `--code` add: the exchange recorded from the
//! test server (curl -v style, `>` for what the client sent, `<` for the server), and the
//! code's constant in the ecosystems asked for.

use httpstatus::{Info, Peer};

use crate::output::Ctx;
use crate::style::{self, paint};
use crate::table::{Cell, Table, wrap_indented};

/// `--example`: the exchange and what to notice, or a line saying there is none.
pub(crate) fn example(info: &Info, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let mut out = String::new();
    out.push_str(&paint(
        style::TITLE,
        &langs.ui(
            "  전송되는 모습 (httpstatus serve가 보낸 바이트, Date만 고정)",
            "  On the wire (the bytes httpstatus serve sent; only Date is fixed)",
        ),
    ));
    out.push('\n');
    let Some(ex) = info.example() else {
        out.push_str(&langs.ui(
            "  예시 없음: 테스트 서버는 100–599만 보냅니다.\n",
            "  No example: the test server sends 100 to 599 only.\n",
        ));
        return out;
    };
    for m in ex.messages {
        let mark = match m.from {
            Peer::Client => "> ",
            _ => "< ",
        };
        let (head, content) = match m.text.find("\r\n\r\n") {
            Some(end) => (&m.text[..end + 2], &m.text[end + 4..]),
            // The request content sent after 100 Continue.
            None => ("", m.text),
        };
        for line in head.split_terminator("\r\n") {
            out.push_str(&paint(style::LABEL, &format!("  {mark}")));
            out.push_str(line);
            out.push('\n');
        }
        if !head.is_empty() {
            out.push_str(&paint(style::LABEL, &format!("  {}", mark.trim_end())));
            out.push('\n');
        }
        for line in content.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        if m.omitted > 0 {
            out.push_str(&langs.ui_fmt(
                format!("    … (콘텐츠 {}바이트 생략)\n", m.omitted),
                format!("    … ({} more bytes of content)\n", m.omitted),
            ));
        }
    }
    for &lang in langs.langs() {
        out.push_str(&wrap_indented(ex.notice.get(lang), ctx.text_width(), 2));
    }
    out
}

/// `--code`: one row per ecosystem asked for, "none" where the library has no constant.
pub(crate) fn constants(info: &Info, ctx: &Ctx) -> String {
    let langs = ctx.langs;
    let mut out = paint(
        style::TITLE,
        &langs.ui("  코드에서 쓰는 이름", "  In your code"),
    );
    out.push('\n');
    let mut t = Table::new().indent(4).max_width(ctx.width);
    for (eco, c) in info.constants() {
        if !ctx.ecosystems.contains(eco.id) {
            continue;
        }
        let library = format!("{} {}", eco.library, eco.version);
        let (name, phrase) = match c {
            Some(c) => {
                let mut phrase = c
                    .constant
                    .phrase
                    .map(|p| format!("\"{p}\""))
                    .unwrap_or_default();
                if c.differs_from_registry() == Some(true) {
                    let note = langs.ui_fmt(
                        format!("(등록된 사유 구문 {}과 다름)", info.reason),
                        format!("(registry: {})", info.reason),
                    );
                    phrase = format!("{phrase} {note}").trim().to_owned();
                }
                (Cell::new(c.to_string()), Cell::new(phrase))
            }
            None => (
                Cell::styled(langs.ui("없음", "none"), style::MISS),
                Cell::new(""),
            ),
        };
        t.row(vec![
            Cell::styled(eco.language, style::LABEL),
            Cell::new(library),
            name,
            phrase,
        ]);
    }
    out.push_str(&t.render());
    out
}
