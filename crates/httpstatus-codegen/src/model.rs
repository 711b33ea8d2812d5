//! The shape of `data/status-codes.toml`, as documented in `docs/data-format.md`.

use serde::Deserialize;

/// The whole data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    /// Versions.
    pub meta: Meta,
    /// The five classes.
    #[serde(rename = "class")]
    pub classes: Vec<ClassData>,
    /// Every entry, sorted by code.
    #[serde(rename = "code")]
    pub codes: Vec<Entry>,
    /// How people name each vendor when they search (`data/vendor-names.toml`).
    #[serde(skip)]
    pub vendor_names: VendorNames,
    /// Notes on numbers people look up that are not status codes ("status 0").
    #[serde(rename = "note", default)]
    pub notes: Vec<NoteData>,
}

/// `[[note]]`: a number that is not a status code but gets looked up as one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteData {
    /// The number as people see it (0 for a browser's `status` 0, curl's `000`).
    pub number: u16,
    /// Short title.
    pub title: Text,
    /// One sentence.
    pub summary: Text,
    /// A paragraph.
    pub description: Text,
}

/// Vendor (as in `vendors`) → the single words people search it by.
pub type VendorNames = std::collections::BTreeMap<String, Vec<String>>;

/// `[meta]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Registry state followed, YYYY-MM-DD.
    pub registry_snapshot: String,
    /// Documents checked against.
    pub follows: Vec<String>,
    /// Last text review, YYYY-MM-DD.
    pub text_reviewed: String,
}

/// A Korean and an English text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Korean.
    pub ko: String,
    /// English.
    pub en: String,
}

/// `[[class]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassData {
    /// 1–5.
    pub class: u8,
    /// Name.
    pub name: Text,
    /// One sentence.
    pub summary: Text,
    /// A paragraph.
    pub description: Text,
}

/// `[[code]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The number.
    pub code: u16,
    /// Reason phrase, or (with `descriptive_reason`) our label in parentheses.
    pub reason: String,
    /// `true` when the vendor gives no reason phrase and `reason` is our descriptive label.
    #[serde(default)]
    pub descriptive_reason: bool,
    /// Registration status.
    pub status: Status,
    /// The facts of an IANA temporary registration (status `provisional`).
    pub temporary_registration: Option<TemporaryRegistration>,
    /// Former and other names.
    pub aliases: Vec<Alias>,
    /// Vendors of an unofficial code.
    pub vendors: Vec<String>,
    /// Who sends it.
    pub sender: Sender,
    /// Defining documents.
    pub spec: Vec<Spec>,
    /// Content rule.
    pub content: Content,
    /// Cache rule.
    pub cache: Cache,
    /// Header rules.
    pub headers: Vec<Header>,
    /// Redirect behaviour.
    pub redirect: Option<Redirect>,
    /// Retry hint.
    pub retry: Option<Retry>,
    /// Confusable codes.
    pub related: Vec<u16>,
    /// curl example.
    pub curl: String,
    /// Title.
    pub title: Text,
    /// Words people search for it with.
    pub keywords: Keywords,
    /// Summary.
    pub summary: Text,
    /// Description.
    pub description: Text,
}

/// `keywords.ko`, `keywords.en`, `keywords.search_only`: the phrases people use for a
/// code that are not its title or reason phrase.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    /// Korean phrases, in the glossary's terms.
    pub ko: Vec<String>,
    /// English phrases.
    pub en: Vec<String>,
    /// Phrases that use a variant the glossary forbids in our texts ("메소드", "에러",
    /// "타임아웃") but people type: searched, never shown.
    #[serde(default)]
    pub search_only: Vec<String>,
}

/// An alias: a bare name, or a name with who uses or used it.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Alias {
    /// `"Payload Too Large"`.
    Name(String),
    /// `{ name = "Not Allowed", from = ["nginx"] }`.
    Sourced {
        /// The name.
        name: String,
        /// Documents ("RFC 2616") and implementations ("nginx") that use or used it.
        from: Vec<String>,
    },
}

impl Alias {
    /// The name.
    pub fn name(&self) -> &str {
        match self {
            Alias::Name(n) | Alias::Sourced { name: n, .. } => n,
        }
    }

    /// Who uses or used it (empty for a bare name).
    pub fn from(&self) -> &[String] {
        match self {
            Alias::Name(_) => &[],
            Alias::Sourced { from, .. } => from,
        }
    }

    /// `true` when an RFC used the name: a former registered phrase, which gets a
    /// constant of its own.
    pub fn is_former_rfc_name(&self) -> bool {
        self.from().iter().any(|f| f.starts_with("RFC "))
    }
}

/// The facts of an IANA temporary registration (RFC 7120 early allocation), as of the
/// registry snapshot.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemporaryRegistration {
    /// Date of the registration, YYYY-MM-DD.
    pub registered: String,
    /// Dates of registered extensions, oldest first.
    #[serde(default)]
    pub extended: Vec<String>,
    /// The expiry date the registry gives, YYYY-MM-DD.
    pub expires: String,
    /// The document the registry cites ("draft-ietf-httpbis-resumable-upload-05").
    pub reference: String,
}

/// A defining document.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// "RFC 9110" or another document's name.
    pub document: String,
    /// "15.5.5" or "".
    pub section: String,
    /// Required unless the document is an RFC.
    pub url: Option<String>,
}

/// A header field rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Field name.
    pub name: String,
    /// Strength.
    pub requirement: Requirement,
    /// When the rule applies, if not always ("for a single part").
    pub condition: Option<Text>,
}

/// Redirect behaviour.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redirect {
    /// Permanent?
    pub permanent: bool,
    /// Method handling.
    pub method: RedirectMethod,
}

macro_rules! keywords {
    ($(#[$m:meta])* $name:ident as $core:ident { $($variant:ident = $kw:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
        pub enum $name { $( #[doc = $kw] #[serde(rename = $kw)] $variant ),+ }

        impl $name {
            /// The Rust path of the matching core type's variant.
            pub fn rust(self) -> &'static str {
                match self { $( $name::$variant => concat!(stringify!($core), "::", stringify!($variant)) ),+ }
            }
        }
    };
}

keywords!(
    /// Registration status.
    Status as Registration { Standard = "standard", Provisional = "provisional", Reserved = "reserved", Deprecated = "deprecated", Obsoleted = "obsoleted", Unofficial = "unofficial" }
);
keywords!(
    /// Who sends it.
    Sender as Sender { Origin = "origin", Intermediary = "intermediary", Any = "any", LoggedOnly = "logged-only", Internal = "internal" }
);
keywords!(
    /// Content rule.
    Content as Content { Allowed = "allowed", Forbidden = "forbidden", NotGenerated = "not-generated" }
);
keywords!(
    /// Cache rule.
    Cache as Cacheability { Heuristic = "heuristic", Explicit = "explicit", MustNotStore = "must-not-store", Never = "never" }
);
keywords!(
    /// Header requirement.
    Requirement as Requirement { Must = "must", Should = "should", May = "may" }
);
keywords!(
    /// Redirect method handling.
    RedirectMethod as RedirectMethod { Keep = "keep", MayChange = "may-change", Get = "get" }
);
keywords!(
    /// Retry hint.
    Retry as Retry { RetryAfter = "retry-after", Repeat = "repeat", NewConnection = "new-connection", NoEarlyData = "no-early-data", WithoutExpect = "without-expect", WithLength = "with-length", Transient = "transient" }
);

impl Status {
    /// In the IANA registry?
    pub fn is_registered(self) -> bool {
        self != Status::Unofficial
    }
}
