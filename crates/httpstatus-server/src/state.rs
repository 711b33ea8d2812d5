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
}

impl State {
    /// The shared state for these limits and the pages' public base URL.
    pub(crate) fn new(limits: Limits, public_url: Option<PublicUrl>) -> State {
        State {
            limits,
            ready: ReadyAnswers::new(),
            pages: Pages::new(public_url),
        }
    }
}
