//! What every request handler of a server shares.

use crate::config::Limits;
use crate::public_url::PublicUrl;
use crate::ready::ReadyAnswers;
use crate::store::Pages;

/// The shared state of one server.
#[derive(Debug)]
pub(crate) struct State {
    /// Limits and defaults.
    pub(crate) limits: Limits,
    /// Answers made once and reused (plain `GET /{code}`).
    pub(crate) ready: ReadyAnswers,
    /// The reference pages and the API documents.
    pub(crate) pages: Pages,
    /// What the httpbin routes share (`httpbin/`).
    pub(crate) httpbin: crate::httpbin::Shared,
}

impl State {
    /// The shared state for these limits, the pages' public base URL, and whether the
    /// server speaks TLS.
    pub(crate) fn new(limits: Limits, public_url: Option<PublicUrl>, secure: bool) -> State {
        State {
            limits,
            ready: ReadyAnswers::new(),
            httpbin: crate::httpbin::Shared::new(public_url.clone(), secure),
            pages: Pages::new(public_url),
        }
    }
}
