//! Credentials as RFC 9110 §11 frames them, shared by Basic and Bearer (`auth.rs`) and
//! Digest (`digest.rs`): who asks ([`Party`]: the origin server or a proxy), one parser of
//! an `Authorization` or `Proxy-Authorization` value ([`parse_credentials`]: a scheme, then
//! a token68 or auth parameters), the challenge of a 401 or 407, and the constant-time
//! comparison of secrets ([`same_secret`]: SHA-256 digests compared with `subtle`, never
//! `==`).

use http::HeaderName;
use http::header::{self, HeaderValue};
use httpstatus::StatusCode;
use sha2::Digest as _;
use subtle::ConstantTimeEq as _;

use super::Refusal;
/// The realm of every challenge.
pub const REALM: &str = "httpstatus";

/// Who asks for the credentials.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    /// The origin server: 401, `WWW-Authenticate`, `Authorization` (RFC 9110 §11.6).
    Origin,
    /// A proxy: 407, `Proxy-Authenticate`, `Proxy-Authorization` (RFC 9110 §11.7).
    Proxy,
}

impl Party {
    /// The status of a challenge.
    pub fn status(self) -> StatusCode {
        match self {
            Party::Origin => StatusCode::UNAUTHORIZED,
            Party::Proxy => StatusCode::PROXY_AUTHENTICATION_REQUIRED,
        }
    }

    /// The request field that carries the credentials.
    pub fn credentials_field(self) -> HeaderName {
        match self {
            Party::Origin => header::AUTHORIZATION,
            Party::Proxy => header::PROXY_AUTHORIZATION,
        }
    }

    /// The response field that carries the challenge.
    pub fn challenge_field(self) -> HeaderName {
        match self {
            Party::Origin => header::WWW_AUTHENTICATE,
            Party::Proxy => header::PROXY_AUTHENTICATE,
        }
    }

    /// The response field of a successful Digest authentication (RFC 7616 §3.5).
    pub fn info_field(self) -> HeaderName {
        match self {
            Party::Origin => HeaderName::from_static("authentication-info"),
            Party::Proxy => HeaderName::from_static("proxy-authentication-info"),
        }
    }
}

/// The credentials of an `Authorization` or `Proxy-Authorization` field (RFC 9110 §11.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials<'a> {
    /// The scheme as sent (compare it without regard to case).
    pub scheme: &'a str,
    /// A token68 (Basic, Bearer), if that is what follows the scheme.
    pub token68: Option<&'a str>,
    /// Auth parameters (Digest): names in lower case, values unquoted.
    pub params: Vec<(String, String)>,
}

impl Credentials<'_> {
    /// The value of parameter `name` (lower case).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// `true` for a token68 (RFC 9110 §11.2): the base64 alphabets and `-._~+/`, then `=`s.
pub fn is_token68(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
}

/// Parses credentials: `scheme`, then after spaces a token68 or a comma list of
/// `name=token` / `name="quoted string"` parameters, each name once. `Err` says why not.
pub fn parse_credentials(value: &str) -> Result<Credentials<'_>, String> {
    let value = value.trim_matches(|c| c == ' ' || c == '\t');
    let end = value.find([' ', '\t']).unwrap_or(value.len());
    let scheme = &value[..end];
    if scheme.is_empty() || !scheme.bytes().all(is_tchar) {
        return Err("the field does not start with an authentication scheme".into());
    }
    let rest = value[end..].trim_start_matches([' ', '\t']);
    if rest.is_empty() {
        return Ok(Credentials {
            scheme,
            token68: None,
            params: Vec::new(),
        });
    }
    if is_token68(rest) {
        return Ok(Credentials {
            scheme,
            token68: Some(rest),
            params: Vec::new(),
        });
    }
    let params = auth_params(rest)?;
    Ok(Credentials {
        scheme,
        token68: None,
        params,
    })
}

/// `#auth-param`: `token BWS "=" BWS ( token / quoted-string )`, separated by commas
/// (empty list elements allowed, RFC 9110 §5.6.1).
fn auth_params(s: &str) -> Result<Vec<(String, String)>, String> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out: Vec<(String, String)> = Vec::new();
    let ows = |i: &mut usize| {
        while *i < b.len() && (b[*i] == b' ' || b[*i] == b'\t') {
            *i += 1;
        }
    };
    loop {
        while i < b.len() && (b[i] == b',' || b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let start = i;
        while i < b.len() && is_tchar(b[i]) {
            i += 1;
        }
        if i == start {
            return Err(format!("a parameter name is expected at byte {start}"));
        }
        let name = s[start..i].to_ascii_lowercase();
        ows(&mut i);
        if b.get(i) != Some(&b'=') {
            return Err(format!("parameter {name} has no value"));
        }
        i += 1;
        ows(&mut i);
        let value = if b.get(i) == Some(&b'"') {
            i += 1;
            let mut v = Vec::new();
            loop {
                match b.get(i) {
                    None => return Err(format!("the quoted value of {name} does not end")),
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(b'\\') => {
                        let Some(&c) = b.get(i + 1) else {
                            return Err(format!("the quoted value of {name} does not end"));
                        };
                        v.push(c);
                        i += 2;
                    }
                    Some(&c) => {
                        v.push(c);
                        i += 1;
                    }
                }
            }
            String::from_utf8(v).map_err(|_| format!("the value of {name} is not UTF-8"))?
        } else {
            let vs = i;
            while i < b.len() && is_tchar(b[i]) {
                i += 1;
            }
            if i == vs {
                return Err(format!("parameter {name} has no value"));
            }
            s[vs..i].to_owned()
        };
        if out.iter().any(|(n, _)| *n == name) {
            return Err(format!("parameter {name} is given twice"));
        }
        out.push((name, value));
        ows(&mut i);
        match b.get(i) {
            None => break,
            Some(b',') => {}
            Some(_) => return Err(format!("a comma is expected after parameter {}", out.len())),
        }
    }
    Ok(out)
}

/// The user-id and password of Basic credentials (RFC 7617 §2: base64 of `user:password`,
/// the user-id without a colon).
pub fn basic_user_pass(token68: &str) -> Result<(Vec<u8>, Vec<u8>), String> {
    let decoded = data_encoding::BASE64
        .decode(token68.as_bytes())
        .or_else(|_| data_encoding::BASE64_NOPAD.decode(token68.as_bytes()))
        .map_err(|_| "the Basic credentials are not base64".to_owned())?;
    let colon = decoded
        .iter()
        .position(|&b| b == b':')
        .ok_or("the Basic credentials have no colon between user and password")?;
    Ok((decoded[..colon].to_vec(), decoded[colon + 1..].to_vec()))
}

/// `true` for a `b64token` (RFC 6750 §2.1), the syntax of a bearer token.
pub fn is_b64token(s: &str) -> bool {
    is_token68(s)
}

/// Compares two secrets in constant time: their SHA-256 digests with `subtle`, so that
/// neither their bytes nor their lengths show in the time taken.
pub fn same_secret(a: &[u8], b: &[u8]) -> bool {
    let (da, db) = (sha2::Sha256::digest(a), sha2::Sha256::digest(b));
    bool::from(da.as_slice().ct_eq(db.as_slice()))
}

/// A 401 or 407 with `challenge` and why.
pub(crate) fn challenge(party: Party, challenge: HeaderValue, why: String) -> Refusal {
    let mut r = Refusal::new(party.status(), why);
    r.header(party.challenge_field(), challenge);
    r
}
