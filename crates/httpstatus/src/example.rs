//! Wire examples: for every registered code (and the unofficial ones the test server
//! sends), a typical exchange as the project's own server answers it, recorded from the
//! real server and checked for freshness by the repository's tests.

use core::fmt;

mod generated;

use crate::{Info, StatusCode, Text};
use generated::EXAMPLES;

/// One exchange: the request and every response to it, interim ones included, as they
/// crossed the wire (HTTP/1.1), with a line on what to notice.
///
/// The `Date` field's value is normalised and content after its first 600 bytes is left
/// out (see [`Message::omitted`]); everything else is byte for byte what `httpstatus
/// serve` sends.
///
/// ```
/// use httpstatus::{Lang, Peer, StatusCode};
///
/// let ex = StatusCode::NOT_MODIFIED.example().unwrap();
/// assert_eq!(ex.messages[0].from, Peer::Client);
/// assert!(ex.request().text.contains("If-None-Match: "));
/// let answer = ex.response().text;
/// assert!(answer.starts_with("HTTP/1.1 304 Not Modified\r\n"));
/// assert!(!answer.to_ascii_lowercase().contains("content-length"));
/// assert!(!ex.notice.get(Lang::Ko).is_empty());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Example {
    /// The code the example shows.
    pub code: StatusCode,
    /// The messages in the order they crossed the wire: the request first, then interim
    /// responses (and, after `100 Continue`, the request content), the final response last.
    pub messages: &'static [Message],
    /// What to notice in the answer, in our words.
    pub notice: Text,
}

/// Who sent a [`Message`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Peer {
    /// The client.
    Client,
    /// The server.
    Server,
}

impl Peer {
    /// `"client"` or `"server"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Peer::Client => "client",
            Peer::Server => "server",
        }
    }
}

impl fmt::Display for Peer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One message of an [`Example`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Message {
    /// Who sent it.
    pub from: Peer,
    /// Its bytes (CR LF line endings included).
    pub text: &'static str,
    /// How many content bytes were left out after `text` (0 for short content).
    pub omitted: u32,
}

impl Example {
    /// The first message: the request (its header section, and its content unless the
    /// client waited for `100 Continue`).
    pub fn request(&self) -> &'static Message {
        &self.messages[0]
    }

    /// The last message: the final response.
    pub fn response(&self) -> &'static Message {
        &self.messages[self.messages.len() - 1]
    }

    /// The interim (1xx) responses before the final one.
    pub fn interim(&self) -> impl Iterator<Item = &'static Message> + use<> {
        let last = self.messages.len() - 1;
        self.messages[..last]
            .iter()
            .filter(|m| m.from == Peer::Server)
    }
}

/// Every wire example, sorted by code.
///
/// ```
/// let all = httpstatus::examples();
/// assert!(all.windows(2).all(|w| w[0].code < w[1].code));
/// assert!(httpstatus::entries()
///     .iter()
///     .filter(|i| !i.is_unofficial())
///     .all(|i| i.example().is_some()));
/// ```
pub fn examples() -> &'static [Example] {
    &EXAMPLES
}

impl StatusCode {
    /// The wire example for this code, if there is one: every registered code has one, and
    /// so do the unofficial codes from 100 to 599.
    ///
    /// ```
    /// use httpstatus::StatusCode;
    ///
    /// let ex = StatusCode::CONTINUE.example().unwrap();
    /// // The request, 100 Continue, the request content, the final 200.
    /// assert_eq!(ex.messages.len(), 4);
    /// assert!(ex.interim().next().unwrap().text.starts_with("HTTP/1.1 100 Continue\r\n"));
    /// ```
    pub fn example(self) -> Option<&'static Example> {
        EXAMPLES
            .binary_search_by_key(&self, |e| e.code)
            .ok()
            .map(|i| &EXAMPLES[i])
    }
}

impl Info {
    /// The wire example for this entry's code; see [`StatusCode::example`].
    pub fn example(&self) -> Option<&'static Example> {
        self.code.example()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::{Example, Message, Peer};

    impl Serialize for Example {
        /// `{"messages": [{"from", "text", "omitted"}], "notice": {"ko", "en"}}`.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Example", 2)?;
            st.serialize_field("messages", self.messages)?;
            st.serialize_field("notice", &self.notice)?;
            st.end()
        }
    }

    impl Serialize for Message {
        /// `{"from": "client", "text": "GET /200 HTTP/1.1\r\n…", "omitted": 0}`.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Message", 3)?;
            st.serialize_field("from", &self.from)?;
            st.serialize_field("text", self.text)?;
            st.serialize_field("omitted", &self.omitted)?;
            st.end()
        }
    }

    impl Serialize for Peer {
        /// `"client"` or `"server"`.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
}
