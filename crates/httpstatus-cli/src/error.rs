//! The error type of a run: a usage error (exit 2, clap's format) or an I/O error.

use std::{fmt, io};

#[derive(Debug)]
pub(crate) enum Error {
    /// Bad arguments, `--help` or `--version`; clap prints it and picks the exit status.
    Usage(clap::Error),
    /// Reading stdin or writing stdout failed.
    Io(io::Error),
    /// `serve` could not start.
    Serve(httpstatus_server::StartError),
}

impl From<clap::Error> for Error {
    fn from(e: clap::Error) -> Self {
        Error::Usage(e)
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(e) => e.fmt(f),
            Error::Io(e) => e.fmt(f),
            Error::Serve(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}
