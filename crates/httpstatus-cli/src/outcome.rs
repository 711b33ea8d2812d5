//! [`Outcome`]: what a successful run found, and the exit status it gives. Commands return
//! it; renderers that decide it (an empty listing is "nothing matched") return it too.

use std::process::ExitCode;

/// What a successful run found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exit status 0.
    Found,
    /// Exit status 1: an unassigned code, no search hit, an empty list.
    NothingMatched,
    /// Another exit status (`check`: 1, 3, 4, 5).
    Status(u8),
}

impl Outcome {
    /// The process exit status.
    pub(crate) fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NothingMatched => ExitCode::from(1),
            Outcome::Status(n) => ExitCode::from(n),
        }
    }
}
