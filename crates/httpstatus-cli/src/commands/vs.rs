//! `httpstatus vs 401 403`: compare codes side by side.

use httpstatus::{Info, StatusCode};

use crate::cli::VsArgs;
use crate::outcome::Outcome;
use crate::output::{Ctx, Report, compare, miss};

pub(crate) fn run(args: &VsArgs, ctx: &Ctx) -> std::io::Result<Outcome> {
    let mut report = Report::new(ctx);
    let mut seen: Vec<StatusCode> = Vec::new();
    let mut entries: Vec<&'static Info> = Vec::new();
    for &code in &args.codes {
        if seen.contains(&code) {
            continue;
        }
        seen.push(code);
        let infos = code.infos();
        if infos.is_empty() {
            report.miss(miss::unassigned(code, &[], ctx));
        }
        // Every meaning of a code is a column of its own (499: nginx and Esri).
        entries.extend(infos.iter());
    }
    match entries.len() {
        0 => {}
        1 => report.found(entries.iter().copied(), || {
            let mut out = crate::output::card::render(entries[0], ctx);
            out.insert_str(
                0,
                &format!(
                    "{}\n\n",
                    ctx.langs.ui(
                        "비교할 다른 코드가 없어 한 코드만 보여 줍니다.",
                        "Only one known code to compare; here is its card.",
                    )
                ),
            );
            out
        }),
        _ => report.found(entries.iter().copied(), || compare::render(&entries, ctx)),
    }
    report.emit()
}
