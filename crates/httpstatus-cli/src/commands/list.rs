//! `httpstatus list`: every code, filtered by class and facts.

use httpstatus::{Fact, Info};

use crate::cli::ListArgs;
use crate::outcome::Outcome;
use crate::output::{Ctx, Report, listing};
use crate::style::{self, paint};

pub(crate) fn run(args: &ListArgs, ctx: &Ctx) -> std::io::Result<Outcome> {
    let entries = select(args);
    let mut report = Report::new(ctx);
    if entries.is_empty() {
        report.miss(format!(
            "{}\n",
            paint(
                style::MISS,
                &ctx.langs.ui(
                    "조건에 맞는 코드가 없습니다.",
                    "No codes match these filters."
                )
            )
        ));
    } else {
        report.found(entries.iter().copied(), || {
            listing::render(&entries, ctx, true)
        });
    }
    report.emit()
}

/// The entries that pass every filter, in code order.
fn select(args: &ListArgs) -> Vec<&'static Info> {
    let standing = if args.all {
        None
    } else if args.unofficial {
        Some(Fact::Unofficial)
    } else {
        Some(Fact::Registered)
    };
    let facts = [
        standing,
        args.cacheable.then_some(Fact::Cacheable),
        args.no_content.then_some(Fact::NoContent),
        args.retryable.then_some(Fact::Retryable),
        args.redirect.then_some(Fact::Redirect),
    ];
    httpstatus::entries()
        .iter()
        .filter(|info| {
            args.class.is_empty() || info.class().is_some_and(|c| args.class.contains(&c))
        })
        .filter(|info| facts.iter().flatten().all(|fact| fact.holds_for(info)))
        .collect()
}
