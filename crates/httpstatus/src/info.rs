//! [`Info`]: everything known about one meaning of a status code, and the fact types.

use core::fmt;

use crate::{Class, Lang, StatusCode, Text};

/// One meaning of a status code: its phrase, standing, texts and protocol facts.
///
/// Most numbers have one entry; a few have several (499 is used by nginx and by Esri).
/// Get entries with [`StatusCode::info`], [`StatusCode::infos`], [`entries`](crate::entries)
/// or [`search`](crate::search()).
///
/// ```
/// use httpstatus::{Cacheability, Content, Lang, RedirectMethod, Requirement, StatusCode};
///
/// let info = StatusCode::TEMPORARY_REDIRECT.info().unwrap();
/// assert_eq!(info.reason, "Temporary Redirect");
/// assert_eq!(info.redirect.unwrap().method, RedirectMethod::Keep);
/// assert!(!info.redirect.unwrap().permanent);
/// assert_eq!(info.header("Location").unwrap().requirement, Requirement::Should);
///
/// let no_content = StatusCode::NO_CONTENT.info().unwrap();
/// assert_eq!(no_content.content, Content::Forbidden);
/// assert_eq!(no_content.cache, Cacheability::Heuristic);
/// assert!(!no_content.title.get(Lang::Ko).is_empty());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Info {
    /// The code.
    pub code: StatusCode,
    /// The reason phrase, as registered ("Content Too Large"), or the vendor's phrase for an
    /// unofficial code. Reserved codes read "(Unused)", as in the registry. A reason in
    /// parentheses is a label, never a phrase: the registry's "(Unused)", or, when
    /// [`descriptive_reason`](Self::descriptive_reason) is set, our own description of a
    /// code whose vendor gives no phrase ("(Client Closed Connection)").
    pub reason: &'static str,
    /// `true` when the vendor gives no reason phrase and [`reason`](Self::reason) is our
    /// descriptive label in parentheses (Cloudflare 530, AWS 460/463/464). Such a label is
    /// never sent on a status line.
    pub descriptive_reason: bool,
    /// Where the code stands in the IANA registry.
    pub registration: Registration,
    /// For a temporary registration ([`Registration::Provisional`], 104): the dates the
    /// registry gives, as of the data's registry snapshot.
    pub temporary_registration: Option<TemporaryRegistration>,
    /// Former names and other well-known names ("Payload Too Large", "I'm a teapot").
    pub aliases: &'static [&'static str],
    /// Who uses or used each alias, at the same index as [`aliases`](Self::aliases):
    /// documents ("RFC 2616") and implementations ("nginx"); empty when not recorded. See
    /// [`alias_origin`](Self::alias_origin).
    pub alias_origins: &'static [&'static [&'static str]],
    /// Who uses an unofficial code ("nginx", "Cloudflare"); empty for registered codes.
    pub vendors: &'static [&'static str],
    /// Who usually produces a response with this code.
    pub sender: Sender,
    /// The defining document(s), main one first.
    pub spec: &'static [SpecRef],
    /// Whether the response may carry content.
    pub content: Content,
    /// How caches treat the response.
    pub cache: Cacheability,
    /// Header fields the response carries by rule.
    pub headers: &'static [HeaderRule],
    /// Redirect behaviour, for codes that redirect.
    pub redirect: Option<Redirect>,
    /// When and how the request may be retried.
    pub retry: Option<Retry>,
    /// Codes this one is often confused with.
    pub related: &'static [StatusCode],
    /// A one-line curl command that shows the code against the local test server.
    pub curl: &'static str,
    /// A short title.
    pub title: Text,
    /// The phrases people search for it with, besides its names ("access denied",
    /// "접근 거부"); search finds the entry by them.
    pub keywords: Keywords,
    /// One sentence.
    pub summary: Text,
    /// A paragraph: meaning, when to use it, what clients do, pitfalls.
    pub description: Text,
}

impl Info {
    /// The class, or `None` for codes above 599.
    pub fn class(&self) -> Option<Class> {
        self.code.class()
    }

    /// `true` for unofficial (vendor) codes.
    pub fn is_unofficial(&self) -> bool {
        self.registration == Registration::Unofficial
    }

    /// `true` when the response cannot contain content (1xx, 204, 304).
    pub fn content_forbidden(&self) -> bool {
        self.content == Content::Forbidden
    }

    /// `true` when a cache may reuse the response without explicit freshness
    /// (RFC 9110 §15.1, RFC 9111 §4.2.2).
    pub fn heuristically_cacheable(&self) -> bool {
        self.cache == Cacheability::Heuristic
    }

    /// The rule for header field `name` (case-insensitive), if the code has one.
    pub fn header(&self, name: &str) -> Option<&'static HeaderRule> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
    }

    /// Who uses or used `alias` ("RFC 2616", "nginx"): empty when not recorded or when
    /// `alias` is not one of this entry's aliases (compared ignoring ASCII case).
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// let info = StatusCode::METHOD_NOT_ALLOWED.info().unwrap();
    /// assert_eq!(info.alias_origin("Not Allowed"), ["nginx"]);
    /// ```
    pub fn alias_origin(&self, alias: &str) -> &'static [&'static str] {
        self.aliases
            .iter()
            .position(|a| a.eq_ignore_ascii_case(alias))
            .and_then(|i| self.alias_origins.get(i).copied())
            .unwrap_or(&[])
    }

    /// The reason phrase to put on a status line (RFC 9112 §4), or `None` when the line
    /// should carry an empty one: the registered phrase; for a reserved code, whose
    /// registered reason "(Unused)" is a label, its first alias ("I'm a teapot" for 418,
    /// "Switch Proxy" for 306); an unofficial code's vendor phrase; `None` when the vendor
    /// gives no phrase ([`descriptive_reason`](Self::descriptive_reason): AWS 460,
    /// Cloudflare 530), since our description would pass for the vendor's phrase. The one
    /// rule behind every status line the project writes or checks.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// let phrase = |n| StatusCode::from_u16(n).ok()?.info()?.wire_reason();
    /// assert_eq!(phrase(404), Some("Not Found"));
    /// assert_eq!(phrase(418), Some("I'm a teapot"));
    /// assert_eq!(phrase(499), Some("Client Closed Request"));
    /// assert_eq!(phrase(530), None);
    /// ```
    pub fn wire_reason(&self) -> Option<&'static str> {
        if self.descriptive_reason {
            None
        } else if self.reason.starts_with('(') {
            self.aliases.first().copied()
        } else {
            Some(self.reason)
        }
    }

    /// The main defining document.
    pub fn primary_spec(&self) -> Option<&'static SpecRef> {
        self.spec.first()
    }

    /// Title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        self.title.get(lang)
    }

    /// Summary in `lang`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        self.summary.get(lang)
    }

    /// Description in `lang`.
    pub fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
}

/// The phrases people search for an entry with, besides its reason phrase, aliases and
/// titles: the situation in their words ("upload too big", "업로드 용량 초과"), jargon
/// ("rate limit", "스로틀링"), and the names older Korean documents give a code
/// ("권한 없음").
///
/// ```
/// use httpstatus::{Lang, StatusCode};
///
/// let kw = StatusCode::TOO_MANY_REQUESTS.info().unwrap().keywords;
/// assert!(kw.get(Lang::En).contains(&"rate limit"));
/// assert!(kw.get(Lang::Ko).contains(&"요청 제한"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Keywords {
    /// Korean phrases, in the terms of the project's glossary.
    pub ko: &'static [&'static str],
    /// English phrases.
    pub en: &'static [&'static str],
    /// Phrases search matches but a page never shows: spellings the glossary forbids in
    /// our texts ("메소드", "에러", "타임아웃") that people still type.
    pub search_only: &'static [&'static str],
}

impl Keywords {
    /// The phrases in `lang` that may be shown (not the search-only ones).
    pub fn get(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

macro_rules! keyword_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $kw:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name { $( $(#[$vmeta])* $variant, )+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The keyword used in the data file and the JSON shape.
            pub const fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $kw, )+ }
            }

            /// Reads the keyword back.
            pub fn from_keyword(s: &str) -> Option<$name> {
                match s { $( $kw => Some($name::$variant), )+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

keyword_enum! {
    /// Where a code stands in the IANA HTTP Status Code Registry.
    ///
    /// The keywords are the JSON shape's and stay as they are; two of them are not IANA's
    /// words: `standard` is what the registry simply calls registered, whatever the status
    /// of the defining RFC (103, 208, 506 and 508 come from Experimental RFCs), and
    /// `provisional` is what the registry calls a temporary registration (RFC 7120).
    pub enum Registration {
        /// Registered and in force. The defining RFC need not be on the Standards Track.
        Standard => "standard",
        /// Temporarily registered for an Internet-Draft (RFC 7120 early allocation, 104);
        /// IANA's word is "temporary". See [`TemporaryRegistration`].
        Provisional => "provisional",
        /// Registered as "(Unused)" and not to be assigned (306, 418).
        Reserved => "reserved",
        /// Registered, but its defining text was withdrawn or discourages its use (102, 305).
        Deprecated => "deprecated",
        /// Marked obsoleted in the registry (510).
        Obsoleted => "obsoleted",
        /// Not in the registry; used by one or more vendors.
        Unofficial => "unofficial",
    }
}

impl Registration {
    /// `true` for everything the registry lists, `false` for unofficial codes.
    pub const fn is_registered(self) -> bool {
        !matches!(self, Registration::Unofficial)
    }
}

keyword_enum! {
    /// Who usually produces a response with a given code.
    pub enum Sender {
        /// The origin server's application.
        Origin => "origin",
        /// A proxy, gateway, CDN or load balancer in front of the origin.
        Intermediary => "intermediary",
        /// Either the origin or an intermediary.
        Any => "any",
        /// Nobody: the code is written to logs and never sent to the client.
        LoggedOnly => "logged-only",
        /// Nobody: the code exists only inside the server (for its configuration, such as
        /// nginx's `error_page 494`); the client gets and the log records another code.
        Internal => "internal",
    }
}

keyword_enum! {
    /// Whether a response with this code may carry content (RFC 9110 §6.4.1).
    pub enum Content {
        /// Content is allowed (it may still be empty).
        Allowed => "allowed",
        /// The response cannot contain content: it ends after the header section
        /// (1xx, 204, 304; RFC 9112 §6.3).
        Forbidden => "forbidden",
        /// The server MUST NOT generate content, though framing does not end the message
        /// by itself (205, RFC 9110 §15.3.6).
        NotGenerated => "not-generated",
    }
}

keyword_enum! {
    /// How caches treat a response with this code (RFC 9110 §15.1, RFC 9111).
    pub enum Cacheability {
        /// Heuristically cacheable: a cache may reuse it without explicit freshness.
        Heuristic => "heuristic",
        /// Stored only with explicit freshness information (`max-age`, `Expires` …).
        Explicit => "explicit",
        /// A cache MUST NOT store it (428, 429, 431, 511; RFC 6585).
        MustNotStore => "must-not-store",
        /// Never stored: an interim response, or a code that never reaches a cache.
        Never => "never",
    }
}

keyword_enum! {
    /// How strongly a rule asks for a header field (RFC 2119 keywords).
    pub enum Requirement {
        /// MUST.
        Must => "must",
        /// SHOULD.
        Should => "should",
        /// MAY.
        May => "may",
    }
}

keyword_enum! {
    /// What happens to the request method when a user agent follows a redirect.
    pub enum RedirectMethod {
        /// The method and content are kept (307, 308).
        Keep => "keep",
        /// POST may become GET "for historical reasons" (301, 302).
        MayChange => "may-change",
        /// The redirect is followed with GET (or HEAD) whatever the method was (303).
        Get => "get",
    }
}

keyword_enum! {
    /// A retry hint for a code.
    pub enum Retry {
        /// Retry after the time in `Retry-After`, when given (413, 429, 503).
        RetryAfter => "retry-after",
        /// The client may repeat the request, on a new connection if needed (408).
        Repeat => "repeat",
        /// Retry on a different connection, even a non-idempotent request (421).
        NewConnection => "new-connection",
        /// Retry, but not in TLS early data (425).
        NoEarlyData => "no-early-data",
        /// Retry without `Expect: 100-continue` (417).
        WithoutExpect => "without-expect",
        /// Repeat with a valid `Content-Length` (411).
        WithLength => "with-length",
        /// Often transient; idempotent requests are commonly retried. A convention, not
        /// RFC text (502, 504, vendor gateway errors).
        Transient => "transient",
    }
}

/// A header field a response carries by rule.
///
/// ```
/// use httpstatus::{Lang, Requirement, StatusCode};
///
/// let range = StatusCode::PARTIAL_CONTENT.info().unwrap().header("Content-Range").unwrap();
/// assert_eq!(range.requirement, Requirement::Must);
/// assert!(range.condition.unwrap().get(Lang::En).contains("single part"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct HeaderRule {
    /// The field name as usually written ("WWW-Authenticate").
    pub name: &'static str,
    /// How strongly the rule asks for it.
    pub requirement: Requirement,
    /// When the rule applies, if not always: "for a single part" (206 `Content-Range`),
    /// "if a 200 to the same request would carry it" (304).
    pub condition: Option<Text>,
}

/// The facts of an IANA temporary registration (RFC 7120 early allocation), as the
/// registry gave them at the data's registry snapshot. What happened after the snapshot
/// (another extension, the code's removal, a permanent registration) is not in the data.
///
/// ```
/// use httpstatus::StatusCode;
///
/// let info = StatusCode::from_u16(104)?.info().unwrap();
/// let reg = info.temporary_registration.unwrap();
/// assert_eq!(reg.registered, "2024-11-13");
/// assert!(reg.expired_by("2026-11-28"));
/// assert!(!reg.expired_by(httpstatus::data_version().registry_snapshot));
/// # Ok::<(), httpstatus::InvalidStatusCode>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TemporaryRegistration {
    /// The date of the registration, YYYY-MM-DD.
    pub registered: &'static str,
    /// The dates of registered extensions, oldest first.
    pub extended: &'static [&'static str],
    /// The expiry date the registry gave, YYYY-MM-DD.
    pub expires: &'static str,
    /// The document the registration cites ("draft-ietf-httpbis-resumable-upload-05").
    pub reference: &'static str,
}

impl TemporaryRegistration {
    /// `true` when `date` (YYYY-MM-DD) is on or after the expiry date the registry gave:
    /// from then on, the registration stands only if it was extended again after the
    /// snapshot, which the data cannot know.
    pub fn expired_by(&self, date: &str) -> bool {
        date >= self.expires
    }
}

/// The behaviour of a redirect code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Redirect {
    /// `true` when clients should update stored links (301, 308).
    pub permanent: bool,
    /// What happens to the method.
    pub method: RedirectMethod,
}

/// A reference to a defining document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SpecRef {
    /// "RFC 9110", "draft-ietf-httpbis-resumable-upload", or a vendor's documentation.
    pub document: &'static str,
    /// "15.5.5", or `None` when no section applies.
    pub section: Option<&'static str>,
    /// A link to the document, at the section when there is one.
    pub url: &'static str,
}

impl fmt::Display for SpecRef {
    /// `"RFC 9110 §15.5.5"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section {
            Some(s) => write!(f, "{} §{}", self.document, s),
            None => f.write_str(self.document),
        }
    }
}
