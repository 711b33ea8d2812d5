//! The command line: every flag and subcommand, as clap derive types.
//!
//! A bare query (`httpstatus 404`) is the default command. Subcommands are for everything
//! else; new ones (`serve`, `check URL`) are added as variants of [`Command`] and a module
//! under `commands/`.

use clap::builder::styling::{AnsiColor, Effects, Styles};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use httpstatus::{Class, Query, StatusCode};

/// Shown after `--help`: exit statuses and the environment.
const AFTER_HELP: &str = "\
Exit status:
  0  something was found (for several queries: at least one)
  1  nothing matched: an unassigned code, no search hit, an empty list
  2  usage error (unknown flag, empty query, bad value) or an I/O error

JSON: --json prints one array of entries in the library's JSON shape; a miss
  prints [] and explains on stderr.
Language: --lang, else the first non-empty of LC_ALL, LC_MESSAGES, LANG;
  a Korean locale (ko, ko_KR.UTF-8, ...) gives Korean, anything else English.
Colour: --color auto (default) colours a terminal only and honours NO_COLOR,
  CLICOLOR and CLICOLOR_FORCE; --color always/never override them.

Examples:
  httpstatus 404              a card for one code (several: httpstatus 404 503 418)
  httpstatus 4xx              a table of a class or prefix (41x, 5)
  httpstatus \"not found\"      search, in Korean or English (httpstatus 찾을 수 없음)
  httpstatus list --retryable codes with a retry hint
  httpstatus vs 401 403       compare codes side by side
  httpstatus 304 --example    the card with the exchange our test server sends
  httpstatus 429 --code go,python   the card with its Go and Python constants
  httpstatus choose           which code to send: a few questions, then the answer
  tail -f access.log | httpstatus -     the meaning of each status code as it is logged
  httpstatus --summary < access.log   counts per code, with their meaning";

const STYLES: Styles = Styles::styled()
    .header(AnsiColor::Green.on_default().effects(Effects::BOLD))
    .usage(AnsiColor::Green.on_default().effects(Effects::BOLD))
    .literal(AnsiColor::Cyan.on_default().effects(Effects::BOLD))
    .placeholder(AnsiColor::Cyan.on_default());

/// Look up, search, list and compare HTTP status codes, in Korean and English.
#[derive(Debug, Parser)]
#[command(
    name = "httpstatus",
    version,
    about = "Look up, search, list and compare HTTP status codes, in Korean and English.",
    long_about = "Look up, search, list and compare HTTP status codes, in Korean and English.\n\n\
        Every registered code (RFC 9110 and its companions) and the unofficial codes met in \
        logs (nginx, Cloudflare, AWS ELB, IIS ...), with the facts that matter: whether \
        content is allowed, caching, required header fields, redirect and retry behaviour, \
        confusable codes and who usually sends each one.",
    after_help = AFTER_HELP,
    styles = STYLES
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,

    /// A code (404), several codes (404 503 418), a pattern (4xx, 41x, 5) or words to
    /// search for ("not found", 찾을 수 없음, teapot). Several words form one query unless
    /// they are all codes or patterns. `-` reads standard input.
    #[arg(value_name = "QUERY")]
    pub(crate) query: Vec<String>,

    /// Read codes or access-log lines (common/combined log format) from standard input,
    /// one per line; the same as `-`.
    #[arg(long)]
    pub(crate) stdin: bool,

    /// Add the code's wire example to each card: the request and the answer of
    /// `httpstatus serve`, interim 1xx responses included, and what to notice.
    #[arg(long)]
    pub(crate) example: bool,

    /// Add the code's constant in these ecosystems to each card (comma list: rust, python,
    /// go, java, dotnet, node, rails, php, js, or all); "none" where a library lacks one.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_ecosystem)]
    pub(crate) code: Vec<&'static str>,

    /// Count the codes read from standard input and print one line per code with its
    /// meaning, most frequent first (implies --stdin).
    #[arg(long)]
    pub(crate) summary: bool,

    #[command(flatten)]
    pub(crate) global: GlobalArgs,
}

/// `--code` values: an ecosystem id (`go`) or `all`.
fn parse_ecosystem(s: &str) -> Result<&'static str, String> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("all") {
        return Ok("all");
    }
    httpstatus::ecosystem(s).map(|e| e.id).ok_or_else(|| {
        let ids: Vec<&str> = httpstatus::ecosystems().iter().map(|e| e.id).collect();
        format!(
            "unknown ecosystem {s:?}; valid ones are {}, or all",
            ids.join(", ")
        )
    })
}

/// The ecosystems `--code` asked for, as a set of positions in `httpstatus::ecosystems()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EcosystemSet(u32);

impl EcosystemSet {
    /// None asked for.
    pub(crate) const NONE: EcosystemSet = EcosystemSet(0);

    /// The set named by `--code` values (`all` is every ecosystem).
    pub(crate) fn of(ids: &[&str]) -> EcosystemSet {
        let all = httpstatus::ecosystems();
        let mut bits = 0;
        for (i, eco) in all.iter().enumerate().take(32) {
            if ids.iter().any(|&id| id == "all" || id == eco.id) {
                bits |= 1 << i;
            }
        }
        EcosystemSet(bits)
    }

    /// `true` when nothing was asked for.
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// `true` when the ecosystem `id` was asked for.
    pub(crate) fn contains(self, id: &str) -> bool {
        httpstatus::ecosystems()
            .iter()
            .position(|e| e.id == id)
            .is_some_and(|i| i < 32 && self.0 & (1 << i) != 0)
    }
}

/// Options every command takes.
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// Language of the output [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub(crate) lang: Option<LangChoice>,

    /// When to colour the output.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub(crate) color: ColorChoice,

    /// Print a JSON array of entries (the core library's JSON shape) instead of text.
    #[arg(long, global = true)]
    pub(crate) json: bool,
}

/// `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangChoice {
    /// 한국어
    Ko,
    /// English
    En,
    /// Korean and English
    Both,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour a terminal, unless NO_COLOR is set
    Auto,
    /// Always colour, even into a pipe
    Always,
    /// Never colour
    Never,
}

impl ColorChoice {
    pub(crate) fn to_anstream(self) -> anstream::ColorChoice {
        match self {
            ColorChoice::Auto => anstream::ColorChoice::Auto,
            ColorChoice::Always => anstream::ColorChoice::Always,
            ColorChoice::Never => anstream::ColorChoice::Never,
        }
    }
}

/// The subcommands. Each one's flags are built only when it is the one being run
/// (`defer`): a lookup or `--version` does not build `serve`'s and `check`'s flags and
/// their formatted defaults (bench/README.md, "CLI start-up"). The variants' doc comments
/// are the subcommands' help; the argument structs carry plain comments, since a doc
/// comment there would be applied when the flags are, after the variant's, and replace it.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub(crate) enum Command {
    /// List codes, filtered by class and facts (registered codes unless --unofficial/--all).
    List(ListArgs),
    /// Compare two or more codes side by side, with when to use each.
    Vs(VsArgs),
    /// Which code should I send? Answer a few questions (interactive on a terminal).
    Choose(ChooseArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    Man,
    /// Run the status-code test server (every flag has an HTTPSTATUS_* environment twin).
    Serve(Box<crate::serve::ServeArgs>),
    /// Request a URL, follow its redirects hop by hop, and explain every status.
    Check(Box<CheckArgs>),
}

// `httpstatus check` (a plain comment: see [`Command`]).
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 final 2xx; 3, 4, 5 final 3xx, 4xx, 5xx (a redirect loop or \
too long a chain ends on a 3xx: 3); 1 network error (refused, DNS, timeout, TLS, truncated); \
2 usage error.\n\n--json prints one object: {url, hops: [{method, url, version, status, reason, \
interim, headers, content_length, elapsed_ms, next, findings: [{id, severity, section, \
message: {ko, en}}]}], failure, total_ms}."
)]
pub(crate) struct CheckArgs {
    /// The URL (http or https; `example.com/x` means `http://example.com/x`).
    #[arg(value_name = "URL")]
    pub(crate) url: String,
    /// Request method (default GET, or POST with -d/--data-file).
    #[arg(short = 'X', long = "request", value_name = "METHOD")]
    pub(crate) method: Option<String>,
    /// An extra request header field, `Name: value` (repeatable).
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    pub(crate) headers: Vec<String>,
    /// Request content.
    #[arg(
        short = 'd',
        long = "data",
        value_name = "DATA",
        conflicts_with = "data_file"
    )]
    pub(crate) data: Option<String>,
    /// Request content from a file.
    #[arg(long = "data-file", value_name = "FILE")]
    pub(crate) data_file: Option<std::path::PathBuf>,
    /// Most redirects to follow.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub(crate) max_redirects: usize,
    /// Do not follow redirects.
    #[arg(long)]
    pub(crate) no_follow: bool,
    /// Time allowed for each hop, connection included (seconds).
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub(crate) timeout: f64,
    /// Speak HTTP/1.1 only.
    #[arg(long = "http1.1", conflicts_with = "http2")]
    pub(crate) http1: bool,
    /// Speak HTTP/2 only (h2c by prior knowledge on http://).
    #[arg(long = "http2")]
    pub(crate) http2: bool,
    /// Accept any TLS certificate.
    #[arg(short = 'k', long)]
    pub(crate) insecure: bool,
}

// `httpstatus list` (a plain comment: see [`Command`]).
#[derive(Debug, Args)]
#[command(after_help = "Filters combine: `httpstatus list --class 4 --retryable`.")]
pub(crate) struct ListArgs {
    /// Only this class: 1-5 or 1xx-5xx (repeatable).
    #[arg(long, value_name = "CLASS", value_parser = parse_class)]
    pub(crate) class: Vec<Class>,
    /// Only heuristically cacheable codes.
    #[arg(long)]
    pub(crate) cacheable: bool,
    /// Only codes whose response cannot (or must not) carry content.
    #[arg(long)]
    pub(crate) no_content: bool,
    /// Only codes with a retry hint.
    #[arg(long)]
    pub(crate) retryable: bool,
    /// Only redirects.
    #[arg(long)]
    pub(crate) redirect: bool,
    /// Only unofficial (vendor) codes.
    #[arg(long, conflicts_with = "all")]
    pub(crate) unofficial: bool,
    /// Registered and unofficial codes.
    #[arg(long)]
    pub(crate) all: bool,
}

// `httpstatus vs` (a plain comment: see [`Command`]).
#[derive(Debug, Args)]
pub(crate) struct VsArgs {
    /// Two or more three-digit codes.
    #[arg(value_name = "CODE", required = true, num_args = 2.., value_parser = parse_code)]
    pub(crate) codes: Vec<StatusCode>,
}

// `httpstatus choose` (a plain comment: see [`Command`]).
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 a result; 1 the answers stop at a question (printed with \
its numbered answers when there is no terminal to ask on) or Esc at the first question; 2 an \
answer that does not fit; 130 Ctrl-C.\n\n--json prints the walk: {answers, path: [{question, \
text, answer, label, spec}], question, result: {id, codes, note, spec, entries}}, entries in \
the library's JSON shape.\n\nExamples:\n  httpstatus choose\n  httpstatus choose --answers \
client-fault,who,missing,origin\n  httpstatus choose --lang ko --answers 3,1,1,1 --json"
)]
pub(crate) struct ChooseArgs {
    /// Answers to take without asking, in order: their names (client-fault) or numbers
    /// (3), comma-separated or repeated. On a terminal the questions they leave open are
    /// asked.
    #[arg(long, value_name = "ANSWERS", value_delimiter = ',')]
    pub(crate) answers: Vec<String>,
}

// `httpstatus completions` (a plain comment: see [`Command`]).
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

fn parse_class(s: &str) -> Result<Class, String> {
    let digits = s.trim().trim_end_matches(['x', 'X']);
    let class = match digits.as_bytes() {
        [d @ b'1'..=b'5'] if s.trim().len() == 1 || s.trim().len() == 3 => {
            Class::from_digit(d - b'0')
        }
        _ => None,
    };
    class.ok_or_else(|| "expected a class: 1, 2, 3, 4, 5 or 1xx ... 5xx".to_owned())
}

fn parse_code(s: &str) -> Result<StatusCode, String> {
    match Query::parse(s) {
        Query::Code { code, .. } => Ok(code),
        _ => Err("expected a three-digit status code such as 401".to_owned()),
    }
}

/// `--version`: the crate version, then which data the tables follow.
fn long_version() -> String {
    let data = httpstatus::data_version();
    format!(
        "{}\nregistry: IANA HTTP Status Code Registry as of {}\nfollows:  {}\ntexts reviewed: {}",
        env!("CARGO_PKG_VERSION"),
        data.registry_snapshot,
        data.follows.join(", "),
        data.text_reviewed,
    )
}

/// The full clap command, as parsed, completed and documented.
pub(crate) fn command() -> clap::Command {
    Cli::command().long_version(long_version())
}

/// Parses the process arguments.
pub(crate) fn parse() -> Result<Cli, clap::Error> {
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(std::env::args_os())?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// A usage error in clap's format (`error: …`, usage, exit status 2).
pub(crate) fn usage_error(message: impl std::fmt::Display) -> clap::Error {
    command().error(clap::error::ErrorKind::InvalidValue, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
        command().debug_assert();
    }

    #[test]
    fn classes() {
        for (s, want) in [
            ("4", Some(4)),
            ("4xx", Some(4)),
            ("5XX", Some(5)),
            ("1", Some(1)),
        ] {
            assert_eq!(parse_class(s).ok().map(Class::digit), want, "{s}");
        }
        for s in ["0", "6", "4x", "44", "", "x", "4xxx"] {
            assert!(parse_class(s).is_err(), "{s}");
        }
    }

    #[test]
    fn version_names_the_data() {
        let v = long_version();
        assert!(v.contains("RFC 9110"));
        assert!(v.contains(httpstatus::data_version().registry_snapshot));
    }
}
