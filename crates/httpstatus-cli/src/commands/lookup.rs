//! The default command: `httpstatus 404`, `httpstatus 4xx`, `httpstatus "not found"`.

use httpstatus::{Info, MatchKind, Query, QueryKind, StatusCode, search};

use crate::cli::usage_error;
use crate::error::Error;
use crate::outcome::Outcome;
use crate::output::{Ctx, Report, card, listing, miss};

/// Other matches shown under the best one; `--json` gives them all.
const OTHER_MATCHES: usize = 8;
/// How many nearest codes a miss suggests.
const SUGGESTIONS: usize = 3;
/// Only this much of a query is compared when looking for similar names.
const SIMILARITY_CHARS: usize = 64;

pub(crate) fn run(args: &[String], ctx: &Ctx) -> Result<Outcome, Error> {
    let queries = split(args)?;
    let mut report = Report::new(ctx);
    for query in &queries {
        one(query, ctx, &mut report);
    }
    Ok(report.emit()?)
}

/// The arguments as queries: one per argument when every argument is a code or a
/// pattern (`404 503 418`, `4xx 5xx`), else all of them as one search (`not found`).
fn split(args: &[String]) -> Result<Vec<String>, clap::Error> {
    let words: Vec<&str> = args
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    if words.is_empty() {
        return Err(usage_error(
            "the query is empty: give a code (404), a pattern (4xx) or words to search for",
        ));
    }
    let all_codes = words
        .iter()
        .all(|w| matches!(Query::parse(w), Query::Code { .. } | Query::Pattern(_)));
    if all_codes {
        Ok(words.iter().map(|w| (*w).to_owned()).collect())
    } else {
        Ok(vec![words.join(" ")])
    }
}

fn one(query: &str, ctx: &Ctx, report: &mut Report) {
    let q = query.trim();
    if q.bytes().all(|b| b.is_ascii_digit()) && matches!(Query::parse(q), Query::Text(_)) {
        // A number that is neither a code nor a pattern (0, 099, 1000) was meant as a code;
        // searching the texts for it would only find stray numbers.
        report.miss(miss::not_a_code(q, ctx));
        return;
    }
    // The core's ranked list, as the server's pages and API show it: the core already
    // leaves out the hits far behind the best one.
    let results = search(query);
    let hits: Vec<&'static Info> = results.iter().map(|h| h.info).collect();
    match results.query_kind() {
        QueryKind::Code(code) if hits.is_empty() => {
            report.miss(miss::unassigned(code, &nearest_codes(code), ctx));
        }
        QueryKind::Code(code) => {
            if results
                .first()
                .is_some_and(|h| h.kind == MatchKind::CodeTypo)
            {
                report.note(ctx.langs.ui_fmt(
                    format!("“{q}”을(를) {}(으)로 읽었습니다.\n", code.as_u16()),
                    format!("Read “{q}” as {}.\n", code.as_u16()),
                ));
            }
            report.found(hits.iter().copied(), || cards(&hits, ctx));
        }
        QueryKind::Pattern(p) if hits.is_empty() => report.miss(miss::pattern(p, ctx)),
        QueryKind::Pattern(_) => {
            let mut hits = hits;
            // Code order; a stable sort keeps the registered meaning of a number first.
            hits.sort_by_key(|i| i.code);
            report.found(hits.iter().copied(), || listing::render(&hits, ctx, true));
        }
        _ if hits.is_empty() => report.miss(miss::text(q, &similar_names(q), ctx)),
        _ => report.found(hits.iter().copied(), || best_and_others(&hits, ctx)),
    }
}

fn cards(entries: &[&'static Info], ctx: &Ctx) -> String {
    let cards: Vec<String> = entries.iter().map(|i| card::render(i, ctx)).collect();
    cards.join("\n")
}

/// The card of the best hit, then a short table of the next ones.
fn best_and_others(hits: &[&'static Info], ctx: &Ctx) -> String {
    let Some((best, rest)) = hits.split_first() else {
        return String::new();
    };
    let mut out = card::render(best, ctx);
    if !rest.is_empty() {
        let shown = &rest[..rest.len().min(OTHER_MATCHES)];
        out.push('\n');
        out.push_str(&listing::titled(
            &ctx.langs.ui("다른 결과:", "Other matches:"),
            shown,
            ctx,
        ));
        if rest.len() > shown.len() {
            let more = rest.len() - shown.len();
            out.push_str(&format!(
                "  {}\n",
                ctx.langs.ui_fmt(
                    format!("… {more}개 더 (--json으로 모두 보기)"),
                    format!("… {more} more (--json lists them all)"),
                )
            ));
        }
    }
    out
}

/// The assigned codes numerically nearest to an unassigned one, in its class when it has
/// one.
fn nearest_codes(code: StatusCode) -> Vec<&'static Info> {
    let n = code.as_u16();
    let pool: &'static [Info] = match code.class() {
        Some(class) => class.entries(),
        None => httpstatus::entries(),
    };
    let mut candidates: Vec<&'static Info> = pool.iter().collect();
    candidates.sort_by_key(|i| (i.code.as_u16().abs_diff(n), i.code.as_u16()));
    let mut codes: Vec<StatusCode> = Vec::new();
    for info in &candidates {
        if !codes.contains(&info.code) {
            codes.push(info.code);
        }
        if codes.len() == SUGGESTIONS {
            break;
        }
    }
    codes.sort();
    codes.iter().filter_map(|c| c.info()).collect()
}

/// The entries whose reason phrase, titles or aliases look most like `query`: as a whole
/// (spaces ignored, which suits Korean) or word by word (typos the search does not
/// forgive).
fn similar_names(query: &str) -> Vec<&'static Info> {
    let q: String = query
        .chars()
        .take(SIMILARITY_CHARS)
        .flat_map(char::to_lowercase)
        .collect();
    let mut scored: Vec<(f64, &'static Info)> = httpstatus::entries()
        .iter()
        .map(|info| {
            let names = [info.reason, info.title.en, info.title.ko]
                .into_iter()
                .chain(info.aliases.iter().copied());
            (
                names.map(|name| similarity(&q, name)).fold(0.0, f64::max),
                info,
            )
        })
        .filter(|(score, _)| *score >= MIN_SIMILARITY)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.code.cmp(&b.1.code)));
    let mut codes: Vec<StatusCode> = Vec::new();
    let mut out = Vec::new();
    for (_, info) in scored {
        if !codes.contains(&info.code) && out.len() < SUGGESTIONS {
            codes.push(info.code);
            out.push(info);
        }
    }
    out
}

/// Suggestions must look at least this much alike (0 to 1).
const MIN_SIMILARITY: f64 = 0.6;

/// How much `name` looks like the lower-cased query `q`, from 0 to 1.
fn similarity(q: &str, name: &str) -> f64 {
    let name = name.to_lowercase();
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let whole = strsim::normalized_damerau_levenshtein(&compact(q), &compact(&name));
    let by_word = q
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .flat_map(|qw| {
            name.split_whitespace()
                .map(move |nw| strsim::jaro_winkler(qw, nw))
        })
        .fold(0.0, f64::max);
    // A single similar word is weaker evidence than a similar whole name.
    whole.max(by_word * 0.75)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn codes_split_words_join() {
        assert_eq!(
            split(&strings(&["404", "503", "418"])).unwrap(),
            ["404", "503", "418"]
        );
        assert_eq!(split(&strings(&["4xx", "503"])).unwrap(), ["4xx", "503"]);
        assert_eq!(split(&strings(&["not", "found"])).unwrap(), ["not found"]);
        assert_eq!(split(&strings(&["404", "error"])).unwrap(), ["404 error"]);
        assert_eq!(
            split(&strings(&["찾을", "수", "없음"])).unwrap(),
            ["찾을 수 없음"]
        );
        assert!(split(&strings(&[""])).is_err());
        assert!(split(&strings(&["  ", "\t"])).is_err());
    }

    #[test]
    fn similar_names_forgive_big_typos() {
        let codes =
            |q: &str| -> Vec<u16> { similar_names(q).iter().map(|i| i.code.as_u16()).collect() };
        assert_eq!(codes("찾을수업음").first(), Some(&404));
        assert!(
            codes("unathorizd").contains(&401),
            "{:?}",
            codes("unathorizd")
        );
        assert!(codes("xyzzy").is_empty());
    }

    #[test]
    fn nearest_stay_in_class() {
        let near = nearest_codes(StatusCode::from_u16(471).unwrap());
        assert_eq!(near.len(), SUGGESTIONS);
        assert!(near.iter().all(|i| i.code.as_u16() / 100 == 4));
    }
}
