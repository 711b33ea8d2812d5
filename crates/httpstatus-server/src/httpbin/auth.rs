//! Authentication: `/basic-auth/{user}/{passwd}`, `/hidden-basic-auth/{user}/{passwd}`,
//! `/bearer`, `/digest-auth/{qop}/{user}/{passwd}[/{algorithm}[/{stale_after}]]`, and for
//! proxies (407 with `Proxy-Authenticate`, read from `Proxy-Authorization`)
//! `/proxy-auth/{user}/{passwd}` and `/proxy-digest-auth/…`.
//!
//! Credentials are read by one parser of RFC 9110 §11.4 ([`parse_credentials`], in
//! `credentials.rs`: a scheme, then a token68 or auth parameters). Basic follows RFC 7617
//! (UTF-8), Bearer RFC 6750 (`error="invalid_token"` for a token that is not a `b64token`),
//! Digest RFC 7616 (`digest.rs`). Secrets are compared in constant time ([`same_secret`]),
//! never with `==`.

use http::header::{self, HeaderMap, HeaderValue};
use httpstatus::StatusCode;

use super::credentials::challenge;
pub use super::credentials::{
    Credentials, Party, REALM, basic_user_pass, is_b64token, is_token68, parse_credentials,
    same_secret,
};
use super::digest::{self, Spec};
use super::params;
use super::{Asked, Env, Outcome, Refusal, Reply};
use crate::route::Rejection;

/// The routes of this family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Auth {
    /// Basic (RFC 7617) with this user and password.
    Basic {
        /// The user-id expected.
        user: String,
        /// The password expected.
        passwd: String,
        /// Origin (401) or proxy (407).
        party: Party,
        /// `/hidden-basic-auth`: 404 instead of a challenge.
        hidden: bool,
    },
    /// `/bearer`: any well-formed bearer token (RFC 6750).
    Bearer,
    /// Digest (RFC 7616).
    Digest {
        /// What the route asks for.
        spec: Spec,
        /// Origin (401) or proxy (407).
        party: Party,
    },
}

impl Auth {
    /// The route for `/{first}/{rest}`, if it is one of these.
    pub(crate) fn route(first: &str, rest: &str) -> Option<Result<Auth, Rejection>> {
        let basic = |party, hidden| {
            let Some((user, passwd)) = rest.split_once('/').filter(|(_, p)| !p.contains('/'))
            else {
                return Err(Rejection::not_found(format!(
                    "/{first} takes a user and a password: /{first}/user/passwd"
                )));
            };
            Ok(Auth::Basic {
                user: params::segment(user, "user")?,
                passwd: params::segment(passwd, "password")?,
                party,
                hidden,
            })
        };
        Some(match first {
            "basic-auth" => basic(Party::Origin, false),
            "hidden-basic-auth" => basic(Party::Origin, true),
            "proxy-auth" => basic(Party::Proxy, false),
            "bearer" if rest.is_empty() => Ok(Auth::Bearer),
            "digest-auth" => Spec::route(first, rest).map(|spec| Auth::Digest {
                spec,
                party: Party::Origin,
            }),
            "proxy-digest-auth" => Spec::route(first, rest).map(|spec| Auth::Digest {
                spec,
                party: Party::Proxy,
            }),
            _ => return None,
        })
    }
}

/// The one credentials field of `party`: `Ok(None)` when absent, a 400 when repeated.
fn credentials_field(headers: &HeaderMap, party: Party) -> Result<Option<&str>, Refusal> {
    let name = party.credentials_field();
    let mut all = headers.get_all(&name).iter();
    let Some(first) = all.next() else {
        return Ok(None);
    };
    if all.next().is_some() {
        return Err(Rejection::bad_request(format!(
            "the request carries {name} twice: send one set of credentials"
        ))
        .into());
    }
    first
        .to_str()
        .map(Some)
        .map_err(|_| Rejection::bad_request(format!("{name} is not visible ASCII")).into())
}

/// The answer of a route of this family.
pub(crate) fn answer(route: &Auth, asked: &Asked<'_>, env: &Env<'_>) -> Outcome {
    match route {
        Auth::Basic {
            user,
            passwd,
            party,
            hidden,
        } => basic(user, passwd, *party, *hidden, asked),
        Auth::Bearer => bearer(asked),
        Auth::Digest { spec, party } => digest::answer(spec, *party, asked, env),
    }
}

/// The Basic challenge of `party` (RFC 7617 §2.1: UTF-8 announced).
pub fn basic_challenge(party: Party) -> HeaderValue {
    HeaderValue::from_static(match party {
        Party::Origin => "Basic realm=\"httpstatus\", charset=\"UTF-8\"",
        Party::Proxy => "Basic realm=\"httpstatus proxy\", charset=\"UTF-8\"",
    })
}

fn basic(user: &str, passwd: &str, party: Party, hidden: bool, asked: &Asked<'_>) -> Outcome {
    let refuse = |why: String| {
        if hidden {
            Refusal::new(StatusCode::NOT_FOUND, "not found".to_owned())
        } else {
            challenge(party, basic_challenge(party), why)
        }
    };
    let field = party.credentials_field();
    let Some(value) = credentials_field(asked.headers, party)? else {
        return Err(refuse(format!(
            "send {field}: Basic <base64 of user:password>"
        )));
    };
    let creds = parse_credentials(value).map_err(refuse)?;
    if !creds.scheme.eq_ignore_ascii_case("basic") {
        return Err(refuse(format!(
            "this route takes Basic credentials, not {}",
            params::clip(creds.scheme)
        )));
    }
    let token = creds
        .token68
        .ok_or_else(|| refuse("Basic credentials are one base64 token".to_owned()))?;
    let (u, p) = basic_user_pass(token).map_err(refuse)?;
    // Both compared, whatever the first gives: the time does not tell which was wrong.
    let user_ok = same_secret(&u, user.as_bytes());
    let pass_ok = same_secret(&p, passwd.as_bytes());
    if !(user_ok & pass_ok) {
        return Err(refuse("the user name or the password is wrong".to_owned()));
    }
    Ok(Reply::json(&serde_json::json!({
        "authenticated": true,
        "user": user,
    })))
}

/// The Bearer challenge (RFC 6750 §3), with an error code when the request had a token.
fn bearer_challenge(error: Option<(&str, &str)>) -> HeaderValue {
    let value = match error {
        None => format!("Bearer realm=\"{REALM}\""),
        Some((code, why)) => {
            format!("Bearer realm=\"{REALM}\", error=\"{code}\", error_description=\"{why}\"")
        }
    };
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("Bearer"))
}

fn bearer(asked: &Asked<'_>) -> Outcome {
    let value = match credentials_field(asked.headers, Party::Origin) {
        Ok(v) => v,
        Err(_) => {
            // RFC 6750 §3.1: a malformed request is invalid_request, 400.
            let mut r = Refusal::new(
                StatusCode::BAD_REQUEST,
                "the request carries Authorization twice: send one bearer token".to_owned(),
            );
            r.header(
                header::WWW_AUTHENTICATE,
                bearer_challenge(Some(("invalid_request", "one Authorization field, please"))),
            );
            return Err(r);
        }
    };
    let Some(value) = value else {
        // No credentials: a challenge without an error code (RFC 6750 §3.1).
        return Err(challenge(
            Party::Origin,
            bearer_challenge(None),
            "send Authorization: Bearer <token>".to_owned(),
        ));
    };
    let value = value.trim_matches([' ', '\t']);
    let (scheme, token) = value.split_once([' ', '\t']).unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(challenge(
            Party::Origin,
            bearer_challenge(None),
            "this route takes Authorization: Bearer <token>".to_owned(),
        ));
    }
    let token = token.trim_start_matches([' ', '\t']);
    if token.is_empty() {
        // A required part missing: invalid_request, 400 (RFC 6750 §3.1).
        let mut r = Refusal::new(
            StatusCode::BAD_REQUEST,
            "Authorization: Bearer needs a token after it".to_owned(),
        );
        r.header(
            header::WWW_AUTHENTICATE,
            bearer_challenge(Some(("invalid_request", "the token is missing"))),
        );
        return Err(r);
    }
    if !is_b64token(token) {
        return Err(challenge(
            Party::Origin,
            bearer_challenge(Some((
                "invalid_token",
                "the token is not a b64token (RFC 6750 section 2.1)",
            ))),
            "the bearer token is malformed: RFC 6750 section 2.1 allows letters, digits, -._~+/ and trailing =".to_owned(),
        ));
    }
    Ok(Reply::json(&serde_json::json!({
        "authenticated": true,
        "token": token,
    })))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn credentials_syntax() {
        let c = parse_credentials("Basic dXNlcjpwYXNz").unwrap();
        assert_eq!((c.scheme, c.token68), ("Basic", Some("dXNlcjpwYXNz")));
        let c = parse_credentials("bearer abc.def-ghi~/+==").unwrap();
        assert_eq!(c.token68, Some("abc.def-ghi~/+=="));
        let c = parse_credentials(
            r#"Digest username="Mufasa", realm="a \"b\"",  nc=00000001 ,qop=auth,,"#,
        )
        .unwrap();
        assert_eq!(c.scheme, "Digest");
        assert_eq!(c.param("username"), Some("Mufasa"));
        assert_eq!(c.param("realm"), Some("a \"b\""));
        assert_eq!(c.param("nc"), Some("00000001"));
        assert_eq!(c.param("qop"), Some("auth"));
        assert_eq!(parse_credentials("Negotiate").unwrap().token68, None);
        // `a=` is a token68 (base64 padding), not a parameter without a value.
        assert_eq!(parse_credentials("Digest a=").unwrap().token68, Some("a="));
        for bad in [
            "",
            " ",
            "Digest a=\"unterminated",
            "Digest a=1, a=2",
            "Digest a=1 b=2",
            "Digest =x",
            "Digest a=, b=1",
            "Bas\u{1}ic x",
            "Digest a=\"\\",
        ] {
            assert!(parse_credentials(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn basic_credentials() {
        assert_eq!(
            basic_user_pass("dXNlcjpwYTpzcw==").unwrap(),
            (b"user".to_vec(), b"pa:ss".to_vec())
        );
        assert_eq!(
            basic_user_pass("dXNlcjpwYTpzcw").unwrap().1,
            b"pa:ss".to_vec()
        );
        assert!(basic_user_pass("bm9jb2xvbg==").is_err(), "no colon");
        assert!(basic_user_pass("!!!").is_err());
    }

    #[test]
    fn secrets_compare_by_content() {
        assert!(same_secret(b"passwd", b"passwd"));
        assert!(!same_secret(b"passwd", b"passwe"));
        assert!(!same_secret(b"passwd", b"passwd2"));
        assert!(same_secret(b"", b""));
    }

    #[test]
    fn b64tokens() {
        assert!(is_b64token("mF_9.B5f-4.1JqM"));
        assert!(is_b64token("abc=="));
        for bad in ["", "a b", "a,b", "=abc", "a=b", "ä"] {
            assert!(!is_b64token(bad), "{bad:?}");
        }
    }

    #[test]
    fn routes() {
        assert_eq!(
            Auth::route("basic-auth", "u%20x/p"),
            Some(Ok(Auth::Basic {
                user: "u x".into(),
                passwd: "p".into(),
                party: Party::Origin,
                hidden: false
            }))
        );
        assert_eq!(
            Auth::route("basic-auth", "u").unwrap().unwrap_err().status,
            404
        );
        assert_eq!(
            Auth::route("basic-auth", "u/p/x")
                .unwrap()
                .unwrap_err()
                .status,
            404
        );
        assert_eq!(Auth::route("bearer", ""), Some(Ok(Auth::Bearer)));
        assert!(Auth::route("bearer", "x").is_none());
    }
}
