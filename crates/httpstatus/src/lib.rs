//! Every HTTP status code, registered and unofficial, with Korean and English text and the
//! protocol facts that matter.
//!
//! The data covers the whole IANA HTTP Status Code Registry (RFC 9110 and its companions)
//! and the unofficial codes people meet in logs (nginx, Cloudflare, AWS ELB, IIS …), each
//! flagged with its vendors. For every entry it gives the reason phrase as RFC 9110 spells
//! it, former names, the defining document and section, a Korean and an English title,
//! summary and description, and facts: whether content is forbidden, whether the response
//! is heuristically cacheable, which header fields it carries, what a redirect does to the
//! method, retry hints, confusable codes, and who usually sends it.
//!
//! ```
//! use httpstatus::{Lang, StatusCode};
//!
//! let info = StatusCode::UNAUTHORIZED.info().unwrap();
//! assert_eq!(info.reason, "Unauthorized");
//! assert_eq!(info.header("WWW-Authenticate").unwrap().requirement.as_str(), "must");
//! assert!(info.related.contains(&StatusCode::FORBIDDEN));
//! println!("{}", info.description(Lang::Ko));
//!
//! // Ranked search in either language, tolerant of typos.
//! let hit = httpstatus::search("Unprocessable Entity").first().unwrap();
//! assert_eq!(hit.info.code, 422);
//! ```
//!
//! # Features
//!
//! - `std` (default): `std::error::Error` for the error types. Without it the crate is
//!   `no_std` and needs no allocator.
//! - `http`: `From` conversions with `http::StatusCode`.
//! - `serde`: `Serialize` for [`Info`] and the other types, in the JSON shape shared by the
//!   CLI and the server (see the crate README).
//!
//! Texts contain one kind of markup, inline code in backticks; [`segments`] splits a text
//! so that a face can show it as code, and [`plain_text`] drops the backticks.
//!
//! The crate has no dependencies by default. Its tables are generated from
//! `data/status-codes.toml` in the repository.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

mod class;
mod ecosystem;
mod example;
mod generated;
pub mod guide;
#[cfg(feature = "http")]
mod http_interop;
mod info;
mod labels;
mod lang;
mod markup;
mod note;
pub mod palette;
mod registry;
mod search;
#[cfg(feature = "serde")]
mod serde_shape;
mod status_code;
mod term_table;

/// The crate README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use class::Class;
pub use ecosystem::{Checked, Constant, ConstantRef, Ecosystem, ecosystem, ecosystems};
pub use example::{Example, Message, Peer, examples};
pub use info::{
    Cacheability, Content, HeaderRule, Info, Keywords, Redirect, RedirectMethod, Registration,
    Requirement, Retry, Sender, SpecRef, TemporaryRegistration,
};
pub use labels::DescribeRegistration;
pub use lang::{Lang, Text, UnsupportedLang, parse_qvalue, split_weight};
pub use markup::{PlainText, Segment, Segments, plain_text, segments};
pub use note::Note;
pub use registry::{DataVersion, Fact, data_version, entries, entries_with, lookup, note, notes};
pub use search::{CodePattern, Hit, Hits, MatchKind, Query, QueryKind, SearchResults, search};
pub use status_code::{InvalidStatusCode, StatusCode};
