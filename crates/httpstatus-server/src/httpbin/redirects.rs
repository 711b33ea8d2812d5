//! Redirect chains and caller-chosen redirects: `/redirect/{n}`, `/relative-redirect/{n}`,
//! `/absolute-redirect/{n}` and `/redirect-to?url=&status_code=`.
//!
//! A chain of `n` hops ends at `/anything`, which reports the method, fields and content
//! that arrived. `?code=` picks each hop's code from the redirect codes of the core's data
//! (301, 302, 303, 307, 308), as a list in hop order whose last code repeats
//! (`/redirect/3?code=307,303` gives 307, 303, 303), so a client can be tested on a chain
//! that mixes method-keeping and method-changing hops. `/redirect-to` sends a
//! caller-chosen `Location` through the server's open-redirect check (`route.rs`): a local
//! path, or an `http(s)` URL whose host is on `--allow-redirect-host`.

use http::header::{self, HeaderValue};

use super::params::{self, Query, clip};
use super::{Asked, Env, Outcome, Reply};
use crate::route::{self, Rejection};

/// Where the chain ends.
pub const CHAIN_END: &str = "/anything";

/// How a chain writes its `Location`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `/redirect/{n}`: relative, or absolute with `?absolute=true` (httpbin: the next
    /// hop is `/relative-redirect/{n-1}` or `/absolute-redirect/{n-1}`).
    Either,
    /// `/relative-redirect/{n}`: a path.
    Relative,
    /// `/absolute-redirect/{n}`: an absolute URL.
    Absolute,
}

/// The routes of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redirect {
    /// A chain of `hops` redirects.
    Chain {
        /// Hops left, at least 1.
        hops: u32,
        /// How the `Location`s are written.
        style: Style,
    },
    /// `/redirect-to`.
    To,
}

impl Redirect {
    /// The route for `/{first}/{rest}`, if it is one of these.
    pub(crate) fn route(first: &str, rest: &str) -> Option<Result<Redirect, Rejection>> {
        let style = match first {
            "redirect" => Style::Either,
            "relative-redirect" => Style::Relative,
            "absolute-redirect" => Style::Absolute,
            "redirect-to" if rest.is_empty() => return Some(Ok(Redirect::To)),
            _ => return None,
        };
        if rest.is_empty() || rest.contains('/') {
            return Some(Err(Rejection::not_found(format!(
                "/{first} takes the number of hops: /{first}/3"
            ))));
        }
        let what = format!("n in /{first}/{{n}}");
        Some(
            params::whole(rest, &what, 1, u64::from(u32::MAX)).map(|n| Redirect::Chain {
                hops: u32::try_from(n).unwrap_or(u32::MAX),
                style,
            }),
        )
    }
}

/// A code a redirect may be sent with: one the core's data gives a redirect behaviour
/// (301, 302, 303, 307, 308), read as 3 digits.
pub fn redirect_code(raw: &str, what: &str) -> Result<u16, Rejection> {
    let code = route::parse_code(raw)?;
    let redirects = code.info().is_some_and(|i| i.redirect.is_some());
    if !redirects {
        return Err(Rejection::bad_request(format!(
            "{what}={code} is not a redirect: use 301, 302, 303, 307 or 308 (RFC 9110 section 15.4; 300 leaves the choice to the user, 304 is not a redirect, 305 and 306 are no longer used)"
        )));
    }
    Ok(code.as_u16())
}

/// The codes of the hops of a chain: `?code=` as a list in hop order, its last code
/// repeated; 302 without it. More codes than hops, or than `--max-list`, is a 400.
pub fn chain_codes(query: &Query, hops: u32, max_list: usize) -> Result<Vec<u16>, Rejection> {
    let Some(list) = query.get("code") else {
        return Ok(vec![302]);
    };
    let items: Vec<&str> = list.split(',').map(str::trim).collect();
    if items.len() > max_list {
        return Err(Rejection::bad_request(format!(
            "code= lists {} codes: this server takes at most {max_list} (its --max-list)",
            items.len()
        )));
    }
    if items.len() as u64 > u64::from(hops) {
        return Err(Rejection::bad_request(format!(
            "code= lists {} codes for a chain of {hops} hops",
            items.len()
        )));
    }
    items.iter().map(|c| redirect_code(c, "code")).collect()
}

/// The first hop of a chain: its code and `Location`.
pub fn hop(
    hops: u32,
    style: Style,
    absolute: bool,
    codes: &[u16],
    base: Option<&str>,
) -> (u16, String) {
    let code = codes.first().copied().unwrap_or(302);
    let absolute = match style {
        Style::Either => absolute,
        Style::Relative => false,
        Style::Absolute => true,
    };
    let path = if hops <= 1 {
        CHAIN_END.to_owned()
    } else {
        let next = if absolute {
            "absolute-redirect"
        } else {
            "relative-redirect"
        };
        // The rest of the list goes along; a single code stays for every hop.
        let rest = if codes.len() > 1 { &codes[1..] } else { codes };
        let mut path = format!("/{next}/{}", hops - 1);
        if query_needed(rest) {
            let list: Vec<String> = rest.iter().map(u16::to_string).collect();
            path.push_str("?code=");
            path.push_str(&list.join(","));
        }
        path
    };
    let location = match (absolute, base) {
        (true, Some(base)) => format!("{base}{path}"),
        _ => path,
    };
    (code, location)
}

/// Whether the rest of the chain needs `?code=` (302, the default, does not).
fn query_needed(codes: &[u16]) -> bool {
    !(codes.is_empty() || codes == [302])
}

/// The answer of a route of this family.
pub(crate) fn answer(route: Redirect, asked: &Asked<'_>, env: &Env<'_>) -> Outcome {
    let query = Query::parse(asked.uri.query());
    match route {
        Redirect::Chain { hops, style } => {
            let absolute = match query.get("absolute") {
                Some(v) => params::flag(v, "absolute")?,
                None => false,
            };
            let codes = chain_codes(&query, hops, env.limits.max_list)?;
            let wants_base = style == Style::Absolute || (style == Style::Either && absolute);
            let base = if wants_base {
                Some(base_url(asked, env)?)
            } else {
                None
            };
            let (code, location) = hop(hops, style, absolute, &codes, base.as_deref());
            Ok(redirect(code, &location))
        }
        Redirect::To => {
            let code = match (query.get("status_code"), query.get("code")) {
                (Some(_), Some(_)) => {
                    return Err(Rejection::bad_request(
                        "give the code once: status_code= or code=, not both",
                    )
                    .into());
                }
                (Some(c), None) => redirect_code(c, "status_code")?,
                (None, Some(c)) => redirect_code(c, "code")?,
                (None, None) => 302,
            };
            let Some(url) = query.get("url") else {
                return Err(Rejection::bad_request(
                    "/redirect-to needs ?url=: a local path such as /anything, or an http(s) URL on this server's --allow-redirect-host list",
                )
                .into());
            };
            let location = route::check_location(url, &env.limits.allow_redirect_hosts)?;
            Ok(redirect(code, &location))
        }
    }
}

/// A redirect with `location` and a one-line note.
fn redirect(code: u16, location: &str) -> Reply {
    let mut reply = Reply::text(code, format!("{code} redirect to {location}\n"));
    if let Ok(v) = HeaderValue::from_str(location) {
        reply.headers.insert(header::LOCATION, v);
    }
    reply
}

/// The base of absolute URLs: `--public-url` when the server has one, else the scheme of
/// this connection and the request's own host (`Host`, or the target's authority), which
/// must be a valid authority.
pub(crate) fn base_url(asked: &Asked<'_>, env: &Env<'_>) -> Result<String, Rejection> {
    if let Some(public) = env.public_url {
        return Ok(public.as_str().to_owned());
    }
    let scheme = if asked.secure { "https" } else { "http" };
    let host = match asked.uri.authority() {
        Some(a) => a.as_str().to_owned(),
        None => {
            let raw = asked
                .headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("");
            let parsed: Result<http::uri::Authority, _> = raw.parse();
            match parsed {
                Ok(a) if !raw.contains('@') => a.as_str().to_owned(),
                _ => {
                    return Err(Rejection::bad_request(format!(
                        "an absolute redirect needs a valid Host, not {:?}",
                        clip(raw)
                    )));
                }
            }
        }
    };
    Ok(format!("{scheme}://{host}"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(
            Redirect::route("redirect", "3"),
            Some(Ok(Redirect::Chain {
                hops: 3,
                style: Style::Either
            }))
        );
        assert_eq!(Redirect::route("redirect-to", ""), Some(Ok(Redirect::To)));
        assert_eq!(
            Redirect::route("redirect", "0")
                .unwrap()
                .unwrap_err()
                .status,
            400
        );
        assert_eq!(
            Redirect::route("redirect", "x")
                .unwrap()
                .unwrap_err()
                .status,
            400
        );
        assert_eq!(
            Redirect::route("redirect", "").unwrap().unwrap_err().status,
            404
        );
        assert_eq!(
            Redirect::route("redirect", "2/3")
                .unwrap()
                .unwrap_err()
                .status,
            404
        );
        assert_eq!(Redirect::route("elsewhere", "2"), None);
    }

    #[test]
    fn codes_come_from_the_core() {
        for ok in ["301", "302", "303", "307", "308"] {
            assert!(redirect_code(ok, "code").is_ok(), "{ok}");
        }
        for bad in ["300", "304", "305", "306", "200", "451", "3O2", "999"] {
            assert!(redirect_code(bad, "code").is_err(), "{bad}");
        }
    }

    #[test]
    fn a_chain_mixes_codes_in_order() {
        let q = Query::parse(Some("code=307,303,308"));
        let codes = chain_codes(&q, 3, 100).unwrap();
        assert_eq!(codes, vec![307, 303, 308]);
        assert_eq!(
            hop(3, Style::Either, false, &codes, None),
            (307, "/relative-redirect/2?code=303,308".to_owned())
        );
        assert_eq!(
            hop(2, Style::Relative, false, &[303, 308], None),
            (303, "/relative-redirect/1?code=308".to_owned())
        );
        assert_eq!(
            hop(1, Style::Relative, false, &[308], None),
            (308, CHAIN_END.to_owned())
        );
        // One code stays for every hop.
        assert_eq!(
            hop(3, Style::Either, false, &[307], None),
            (307, "/relative-redirect/2?code=307".to_owned())
        );
        // The default needs no query.
        assert_eq!(
            hop(2, Style::Either, false, &[302], None),
            (302, "/relative-redirect/1".to_owned())
        );
        assert!(chain_codes(&Query::parse(Some("code=307,307")), 1, 100).is_err());
        assert!(chain_codes(&Query::parse(Some("code=307,307")), 5, 1).is_err());
        assert!(chain_codes(&Query::parse(Some("code=304")), 5, 10).is_err());
    }

    #[test]
    fn absolute_chains() {
        let base = Some("http://h:1");
        assert_eq!(
            hop(2, Style::Either, true, &[302], base),
            (302, "http://h:1/absolute-redirect/1".to_owned())
        );
        assert_eq!(
            hop(1, Style::Absolute, false, &[301], base),
            (301, "http://h:1/anything".to_owned())
        );
    }
}
