//! `serde::Serialize` in the JSON shape that the CLI and the server share (feature `serde`).
//!
//! An entry serializes as:
//!
//! ```json
//! {
//!   "code": 404,
//!   "reason": "Not Found",
//!   "class": "4xx",
//!   "status": "standard",
//!   "title": {"ko": "찾을 수 없음", "en": "Not Found"},
//!   "summary": {"ko": "…", "en": "…"},
//!   "description": {"ko": "…", "en": "…"},
//!   "keywords": {"ko": ["페이지를 찾을 수 없음", …], "en": ["page not found", …], "search_only": ["404 에러", …]},
//!   "aliases": [],
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
//!   "curl": "curl -i http://127.0.0.1:8080/404"
//! }
//! ```
//!
//! `class` is `null` for codes above 599; `section` is `null` when no section applies;
//! `redirect` is `{"permanent": bool, "method": "keep" | "may-change" | "get"}`;
//! `keywords.search_only` holds phrases for search, not for display.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{
    Cacheability, Class, Content, HeaderRule, Info, Keywords, Lang, Redirect, RedirectMethod,
    Registration, Requirement, Retry, Sender, SpecRef, StatusCode, Text,
};

impl Serialize for Info {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Info", 21)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("reason", self.reason)?;
        st.serialize_field("class", &self.code.class())?;
        st.serialize_field("status", &self.registration)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("summary", &self.summary)?;
        st.serialize_field("description", &self.description)?;
        st.serialize_field("keywords", &self.keywords)?;
        st.serialize_field("aliases", self.aliases)?;
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
    /// `{"name": "Location", "requirement": "should"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("HeaderRule", 2)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("requirement", &self.requirement)?;
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
