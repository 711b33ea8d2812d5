//! `serde::Serialize` in the JSON shape that the CLI and the server share (feature `serde`).
//!
//! An entry serializes as:
//!
//! ```json
//! {
//!   "code": 404,
//!   "reason": "Not Found",
//!   "descriptive_reason": false,
//!   "class": "4xx",
//!   "status": "standard",
//!   "temporary_registration": null,
//!   "title": {"ko": "찾을 수 없음", "en": "Not Found"},
//!   "summary": {"ko": "…", "en": "…"},
//!   "description": {"ko": "…", "en": "…"},
//!   "keywords": {"ko": ["페이지를 찾을 수 없음", …], "en": ["page not found", …], "search_only": ["404 에러", …]},
//!   "aliases": [],
//!   "alias_origins": {},
//!   "vendors": [],
//!   "spec": [{"document": "RFC 9110", "section": "15.5.5", "url": "https://…"}],
//!   "content": "allowed",
//!   "content_forbidden": false,
//!   "cache": "heuristic",
//!   "heuristically_cacheable": true,
//!   "headers": [],
//!   "redirect": null,
//!   "retry": null,
//!   "related": [410, 403, 400],
//!   "sender": "origin",
//!   "curl": "curl -i http://127.0.0.1:8080/404",
//!   "example": {"messages": [{"from": "client", "text": "GET /404 HTTP/1.1\r\n…", "omitted": 0}, …],
//!               "notice": {"ko": "…", "en": "…"}},
//!   "constants": [{"ecosystem": "rust", "language": "Rust", "library": "http",
//!                  "version": "1.5.0", "name": "NOT_FOUND",
//!                  "expression": "http::StatusCode::NOT_FOUND", "phrase": "Not Found",
//!                  "differs_from_registry": false}, …]
//! }
//! ```
//!
//! `class` is `null` for codes above 599; `section` is `null` when no section applies;
//! `redirect` is `{"permanent": bool, "method": "keep" | "may-change" | "get"}`. A header
//! rule is `{"name", "requirement", "condition"}`, `condition` being `null` or a text
//! (`{"ko", "en"}`) saying when the rule applies. `alias_origins` maps an alias to who uses
//! or used it (`{"Not Allowed": ["nginx"]}`), for the aliases where that is recorded.
//! `temporary_registration` is `null` or `{"registered", "extended": […], "expires",
//! "reference"}` (dates as YYYY-MM-DD). When `descriptive_reason` is `true`, `reason` is
//! our label in parentheses, not a phrase the vendor gave. Texts may contain inline code in
//! backticks, their only markup (see [`segments`](crate::segments)).
//! `keywords.search_only` holds phrases for search, not for display.
//! `example` is the wire example (`null` for codes the test server does not send);
//! `constants` has one object per ecosystem, with `name`, `expression`, `phrase` and
//! `differs_from_registry` `null` where the library has no constant.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use serde::ser::SerializeMap;

use crate::{
    Cacheability, Class, Content, HeaderRule, Info, Keywords, Lang, Note, Redirect, RedirectMethod,
    Registration, Requirement, Retry, Sender, SpecRef, StatusCode, TemporaryRegistration, Text,
};

/// `{"alias": ["source", …]}` for the aliases with a recorded origin.
struct AliasOrigins<'a>(&'a Info);

impl Serialize for AliasOrigins<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let pairs = self
            .0
            .aliases
            .iter()
            .zip(self.0.alias_origins.iter())
            .filter(|(_, from)| !from.is_empty());
        let mut map = s.serialize_map(Some(pairs.clone().count()))?;
        for (alias, from) in pairs {
            map.serialize_entry(alias, from)?;
        }
        map.end()
    }
}

impl Serialize for Info {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Info", 26)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("reason", self.reason)?;
        st.serialize_field("descriptive_reason", &self.descriptive_reason)?;
        st.serialize_field("class", &self.code.class())?;
        st.serialize_field("status", &self.registration)?;
        st.serialize_field("temporary_registration", &self.temporary_registration)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("summary", &self.summary)?;
        st.serialize_field("description", &self.description)?;
        st.serialize_field("keywords", &self.keywords)?;
        st.serialize_field("aliases", self.aliases)?;
        st.serialize_field("alias_origins", &AliasOrigins(self))?;
        st.serialize_field("vendors", self.vendors)?;
        st.serialize_field("spec", self.spec)?;
        st.serialize_field("content", &self.content)?;
        st.serialize_field("content_forbidden", &self.content_forbidden())?;
        st.serialize_field("cache", &self.cache)?;
        st.serialize_field("heuristically_cacheable", &self.heuristically_cacheable())?;
        st.serialize_field("headers", self.headers)?;
        st.serialize_field("redirect", &self.redirect)?;
        st.serialize_field("retry", &self.retry)?;
        st.serialize_field("related", self.related)?;
        st.serialize_field("sender", &self.sender)?;
        st.serialize_field("curl", self.curl)?;
        st.serialize_field("example", &self.example())?;
        st.serialize_field("constants", &crate::ecosystem::ConstantsOf(self.code))?;
        st.end()
    }
}

impl Serialize for StatusCode {
    /// A number: `404`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.as_u16())
    }
}

impl Serialize for Text {
    /// `{"ko": "…", "en": "…"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Text", 2)?;
        st.serialize_field("ko", self.ko)?;
        st.serialize_field("en", self.en)?;
        st.end()
    }
}

impl Serialize for Keywords {
    /// `{"ko": […], "en": […], "search_only": […]}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Keywords", 3)?;
        st.serialize_field("ko", self.ko)?;
        st.serialize_field("en", self.en)?;
        st.serialize_field("search_only", self.search_only)?;
        st.end()
    }
}

impl Serialize for Class {
    /// `"4xx"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.range())
    }
}

impl Serialize for Lang {
    /// `"ko"` or `"en"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

macro_rules! keyword_serialize {
    ($($t:ty),+) => {$(
        impl Serialize for $t {
            /// Its keyword, as in the data file.
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )+};
}

keyword_serialize!(
    Registration,
    Sender,
    Content,
    Cacheability,
    Requirement,
    RedirectMethod,
    Retry
);

impl Serialize for HeaderRule {
    /// `{"name": "Location", "requirement": "should", "condition": null}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("HeaderRule", 3)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("requirement", &self.requirement)?;
        st.serialize_field("condition", &self.condition)?;
        st.end()
    }
}

impl Serialize for TemporaryRegistration {
    /// `{"registered": "2024-11-13", "extended": ["2025-09-15"], "expires": "2026-11-13",
    /// "reference": "draft-…-05"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("TemporaryRegistration", 4)?;
        st.serialize_field("registered", self.registered)?;
        st.serialize_field("extended", self.extended)?;
        st.serialize_field("expires", self.expires)?;
        st.serialize_field("reference", self.reference)?;
        st.end()
    }
}

impl Serialize for Note {
    /// `{"number": 0, "title": {…}, "summary": {…}, "description": {…}}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Note", 4)?;
        st.serialize_field("number", &self.number)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("summary", &self.summary)?;
        st.serialize_field("description", &self.description)?;
        st.end()
    }
}

impl Serialize for Redirect {
    /// `{"permanent": true, "method": "keep"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Redirect", 2)?;
        st.serialize_field("permanent", &self.permanent)?;
        st.serialize_field("method", &self.method)?;
        st.end()
    }
}

impl Serialize for SpecRef {
    /// `{"document": "RFC 9110", "section": "15.5.5", "url": "https://…"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("SpecRef", 3)?;
        st.serialize_field("document", self.document)?;
        st.serialize_field("section", &self.section)?;
        st.serialize_field("url", self.url)?;
        st.end()
    }
}
