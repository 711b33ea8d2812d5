//! Requests hyper cannot parse, answered with a body that says what was wrong.
//!
//! When an HTTP/1.x request head does not parse (a bad request line, a malformed field
//! line, an invalid `Content-Length`, a head over hyper's buffer), hyper writes its own
//! answer before it ends the connection: `400`, `414` or `431` with no content, so a client
//! learns nothing. The stream (`stream.rs`) recognises that answer by its shape
//! ([`is_automatic_answer`]) while no handler has the request, keeps it off the wire, and
//! the connection (`connection.rs`) writes [`answer`] in its place, built from hyper's
//! error, then closes.

use httpstatus::StatusCode;

use crate::reply;

/// The codes hyper answers a parse error with (hyper's `Server::on_error`).
const AUTOMATIC: [u16; 3] = [400, 414, 431];

/// `true` when `bytes` begin hyper's own answer to a request it could not parse: an
/// HTTP/1.1 status line with one of [`AUTOMATIC`]'s codes and a head that declares no
/// content (`content-length: 0`) and no `content-type`. Every answer of ours carries
/// content and its type, so none looks like this.
pub(crate) fn is_automatic_answer(bytes: &[u8]) -> Option<u16> {
    let rest = bytes.strip_prefix(b"HTTP/1.1 ")?;
    let code = std::str::from_utf8(rest.get(..3)?).ok()?.parse().ok()?;
    if !AUTOMATIC.contains(&code) {
        return None;
    }
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = bytes[..end].to_ascii_lowercase();
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    (has(b"\r\ncontent-length: 0\r\n") || head.ends_with(b"\r\ncontent-length: 0"))
        .then_some(())
        .filter(|()| !has(b"\r\ncontent-type:"))
        .map(|()| code)
}

/// What was wrong, in words, for hyper's description of a parse error (hyper's
/// `Error::description`, which its `Display` prints), with the section that says so.
fn explanation(code: u16, hyper_says: &str) -> String {
    let text = match hyper_says {
        "invalid HTTP method parsed" => {
            "the request line's method is not a token (RFC 9110 §9.1, RFC 9112 §3)"
        }
        "invalid HTTP version parsed" => {
            "the request line does not end in HTTP/1.0 or HTTP/1.1, the versions this server \
             reads in a request line (HTTP/2 begins with its connection preface instead; RFC \
             9112 §2.3, §3)"
        }
        "invalid HTTP version parsed (found HTTP2 preface)" => {
            "the HTTP/2 connection preface came where an HTTP/1.1 request was expected (RFC \
             9113 §3.4)"
        }
        "invalid URI" => {
            "the request target is not a valid origin-form, absolute-form, authority-form or \
             asterisk-form, or holds a character a URI may not contain (RFC 9112 §3.2)"
        }
        "URI too long" => "the request target is longer than this server reads (RFC 9112 §3)",
        "invalid HTTP header parsed" => {
            "a header field line is malformed: a field name is a token followed directly by a \
             colon, with no whitespace before the colon, and a field value holds no bare CR, \
             LF or NUL (RFC 9112 §5, RFC 9110 §5.5)"
        }
        "invalid content-length parsed" => {
            "Content-Length must be one non-negative decimal number; differing values or a \
             value that is not a number make the message length unknowable (RFC 9110 §8.6, \
             RFC 9112 §6.3)"
        }
        "invalid transfer-encoding parsed" => {
            "a request's Transfer-Encoding must end in chunked, or the message length cannot be \
             determined (RFC 9112 §6.3)"
        }
        "unexpected transfer-encoding parsed" => {
            "Transfer-Encoding is not allowed here: an HTTP/1.0 message cannot use it (RFC 9112 \
             §6.1)"
        }
        "message head is too large" => {
            "the request header section is larger than this server's buffer (four times its \
             --max-header-bytes) or has more than 100 field lines (RFC 6585 §5)"
        }
        _ => {
            return match code {
                431 => format!(
                    "the request header section is too large for this server ({hyper_says})"
                ),
                414 => format!("the request target is too long for this server ({hyper_says})"),
                _ => format!("the request could not be parsed as HTTP/1.x ({hyper_says})"),
            };
        }
    };
    text.to_owned()
}

/// The whole answer written in place of hyper's: `code` with our reason phrase, a plain
/// text body saying what was wrong (from `hyper_says`, hyper's description of the error,
/// when there is one), `connection: close` (RFC 9112 §9.6: the rest of the stream cannot
/// be read as requests) and `date` (RFC 9110 §6.6.1).
pub(crate) fn answer(code: u16, hyper_says: Option<&str>) -> Vec<u8> {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    let why = match hyper_says {
        Some(says) => explanation(status.as_u16(), says),
        None => "the request could not be parsed as HTTP/1.x".to_owned(),
    };
    reply::closing_answer(status, "", &why)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn hypers_own_answers_are_recognised() {
        let hyper = b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\ndate: Sun, 29 Nov 2026 03:09:23 GMT\r\n\r\n";
        assert_eq!(is_automatic_answer(hyper), Some(400));
        let too_large = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(is_automatic_answer(too_large), Some(431));
    }

    #[test]
    fn our_answers_are_not() {
        let ours = answer(400, Some("invalid HTTP header parsed"));
        assert_eq!(is_automatic_answer(&ours), None);
        // A HEAD answer or an empty 400 of ours still names its type.
        let head =
            b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(is_automatic_answer(head), None);
        // Other codes, content, other versions, half a head.
        for other in [
            &b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"[..],
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 10\r\n\r\n",
            b"HTTP/1.0 400 Bad Request\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n",
            b"0\r\n\r\n",
            b"",
        ] {
            assert_eq!(is_automatic_answer(other), None, "{other:?}");
        }
    }

    #[test]
    fn the_answer_says_what_was_wrong_and_closes() {
        let a = String::from_utf8(answer(400, Some("invalid content-length parsed"))).unwrap();
        let (head, body) = a.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{head}");
        assert!(head.contains("\r\nconnection: close"), "{head}");
        assert!(head.contains("\r\ndate: "), "{head}");
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(length, body.len());
        assert!(body.contains("Content-Length"), "{body}");
        assert!(body.contains("RFC 9112 §6.3"), "{body}");
    }

    #[test]
    fn every_description_hyper_gives_has_its_own_words() {
        for says in [
            "invalid HTTP method parsed",
            "invalid HTTP version parsed",
            "invalid HTTP version parsed (found HTTP2 preface)",
            "invalid URI",
            "URI too long",
            "invalid HTTP header parsed",
            "invalid content-length parsed",
            "invalid transfer-encoding parsed",
            "unexpected transfer-encoding parsed",
            "message head is too large",
        ] {
            let why = explanation(400, says);
            assert!(!why.contains(says), "{says:?} falls through: {why}");
            assert!(why.contains("RFC"), "{says:?}: {why}");
        }
        // Anything else is passed on as hyper says it.
        assert!(explanation(400, "something new").contains("something new"));
        assert!(explanation(431, "something new").contains("too large"));
    }
}
