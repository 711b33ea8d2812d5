//! A request head, read in one pass over its header fields: what admission checks
//! (`admit.rs`) and what decides whether a ready answer (`ready.rs`) can serve the request.

use http::Request;
use http::header::{self, HeaderName, HeaderValue};

/// What the pipeline needs of a request's header fields.
#[derive(Debug, Default)]
pub(crate) struct Head<'a> {
    /// The head's size as sent, near enough: request line and field lines.
    pub(crate) size: usize,
    /// How many `Host` fields it has.
    pub(crate) hosts: usize,
    /// The first `Accept`.
    pub(crate) accept: Option<&'a HeaderValue>,
    /// The first `Accept-Language`.
    pub(crate) accept_language: Option<&'a HeaderValue>,
    /// A precondition (`If-None-Match` …), which a code's ready answer cannot evaluate.
    pub(crate) conditional: bool,
    /// A field that makes every answer its own: content (`Content-Length` above 0,
    /// `Transfer-Encoding`), `Expect`, `Range`, `Upgrade`, or a control (`X-HttpStatus-*`).
    pub(crate) changes_answer: bool,
}

impl<'a> Head<'a> {
    /// Reads `req`'s head.
    pub(crate) fn read<B>(req: &'a Request<B>) -> Head<'a> {
        let mut head = Head::default();
        let mut fields = 0;
        for (name, value) in req.headers() {
            fields += field_line_size(name, value);
            match *name {
                header::HOST => head.hosts += 1,
                header::ACCEPT => {
                    head.accept.get_or_insert(value);
                }
                header::ACCEPT_LANGUAGE => {
                    head.accept_language.get_or_insert(value);
                }
                header::IF_NONE_MATCH
                | header::IF_MODIFIED_SINCE
                | header::IF_MATCH
                | header::IF_UNMODIFIED_SINCE => head.conditional = true,
                header::CONTENT_LENGTH if value.as_bytes() == b"0" => {}
                header::CONTENT_LENGTH
                | header::TRANSFER_ENCODING
                | header::EXPECT
                | header::RANGE
                | header::UPGRADE => head.changes_answer = true,
                _ if name.as_str().starts_with("x-httpstatus-") => head.changes_answer = true,
                _ => {}
            }
        }
        let target = req.uri().path_and_query().map_or(1, |p| p.as_str().len());
        let line = req.method().as_str().len() + target + 12;
        head.size = line + fields + 2;
        head
    }
}

/// The size of one header field line as sent: name, colon, space, value, CRLF.
fn field_line_size(name: &HeaderName, value: &HeaderValue) -> usize {
    name.as_str().len() + value.len() + 4
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn request(headers: &[(&str, &str)]) -> Request<()> {
        let mut b = Request::builder().uri("/418");
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        b.body(()).unwrap()
    }

    #[test]
    fn one_pass_reads_everything() {
        let req = request(&[
            ("host", "a"),
            ("accept", "application/json"),
            ("accept-language", "ko"),
            ("accept", "text/html"),
        ]);
        let head = Head::read(&req);
        assert_eq!(
            head.size,
            "GET /418 HTTP/1.1\r\nhost: a\r\naccept: application/json\r\naccept-language: ko\r\naccept: text/html\r\n\r\n".len()
        );
        assert_eq!(head.hosts, 1);
        assert_eq!(head.accept.unwrap(), "application/json");
        assert_eq!(head.accept_language.unwrap(), "ko");
        assert!(!head.conditional && !head.changes_answer);
    }

    #[test]
    fn fields_that_change_the_answer() {
        for field in [
            ("content-length", "5"),
            ("transfer-encoding", "chunked"),
            ("expect", "100-continue"),
            ("range", "bytes=0-1"),
            ("upgrade", "websocket"),
            ("x-httpstatus-sleep", "10"),
            ("x-httpstatus-response-x-a", "b"),
        ] {
            assert!(Head::read(&request(&[field])).changes_answer, "{field:?}");
        }
        assert!(!Head::read(&request(&[("content-length", "0")])).changes_answer);
        for field in [
            ("if-none-match", "\"x\""),
            ("if-modified-since", "x"),
            ("if-match", "*"),
            ("if-unmodified-since", "x"),
        ] {
            assert!(Head::read(&request(&[field])).conditional, "{field:?}");
        }
    }
}
