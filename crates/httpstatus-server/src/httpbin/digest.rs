//! HTTP Digest access authentication (RFC 7616): `/digest-auth/{qop}/{user}/{passwd}`
//! with an optional `/{algorithm}` (`MD5`, `SHA-256`, `SHA-512-256`, each also `-sess`;
//! MD5 by default) and `/{stale_after}` (`never`, or how many requests a nonce serves).
//!
//! Nonces carry their time of issue and an HMAC-SHA-256 of it under a key made at
//! start-up, so the server keeps no state: a nonce it did not make gets a fresh challenge,
//! and a correct answer with a nonce older than `--nonce-lifetime-ms` (or whose count `nc`
//! passes `stale_after`) gets one with `stale=true`, which tells the client to retry with
//! the new nonce without asking the user again (§3.3: only when the answer was right).
//! Success carries `Authentication-Info` with `rspauth` (§3.5). Hashes by RustCrypto's
//! `md-5` and `sha2`; the answer is compared in constant time.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::header::HeaderValue;
use subtle::ConstantTimeEq as _;

use super::credentials::{self, Party, REALM};
use super::params;
use super::{Asked, Env, Outcome, Reply};
use crate::route::Rejection;

/// A hash function of RFC 7616 §3.3 (the IANA "HTTP Digest Hash Algorithms" registry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    /// MD5 (kept for old clients; §3.3 and §5.1 advise against it).
    Md5,
    /// SHA-256.
    Sha256,
    /// SHA-512/256.
    Sha512_256,
}

/// A Digest algorithm: a hash, and whether it is the `-sess` variant (§3.4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Algorithm {
    /// The hash.
    pub hash: Hash,
    /// `-sess`: A1 includes the nonce and cnonce.
    pub session: bool,
}

impl Algorithm {
    /// Reads an algorithm name, without regard to case (`SHA-256`, `md5-sess`).
    pub fn parse(s: &str) -> Option<Algorithm> {
        let lower = s.to_ascii_lowercase();
        let (base, session) = match lower.strip_suffix("-sess") {
            Some(b) => (b, true),
            None => (lower.as_str(), false),
        };
        let hash = match base {
            "md5" => Hash::Md5,
            "sha-256" => Hash::Sha256,
            "sha-512-256" => Hash::Sha512_256,
            _ => return None,
        };
        Some(Algorithm { hash, session })
    }

    /// The name as a challenge writes it.
    pub fn name(self) -> &'static str {
        match (self.hash, self.session) {
            (Hash::Md5, false) => "MD5",
            (Hash::Md5, true) => "MD5-sess",
            (Hash::Sha256, false) => "SHA-256",
            (Hash::Sha256, true) => "SHA-256-sess",
            (Hash::Sha512_256, false) => "SHA-512-256",
            (Hash::Sha512_256, true) => "SHA-512-256-sess",
        }
    }

    /// `H(parts joined by ":")` in lower-case hex.
    pub fn h(self, parts: &[&[u8]]) -> String {
        fn run<D: sha2::Digest>(parts: &[&[u8]]) -> String {
            let mut d = D::new();
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    d.update(b":");
                }
                d.update(p);
            }
            data_encoding::HEXLOWER.encode(&d.finalize())
        }
        match self.hash {
            Hash::Md5 => run::<md5::Md5>(parts),
            Hash::Sha256 => run::<sha2::Sha256>(parts),
            Hash::Sha512_256 => run::<sha2::Sha512_256>(parts),
        }
    }
}

/// A quality of protection (§3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qop {
    /// `auth`: method and URI.
    Auth,
    /// `auth-int`: also the hash of the content.
    AuthInt,
}

impl Qop {
    fn token(self) -> &'static str {
        match self {
            Qop::Auth => "auth",
            Qop::AuthInt => "auth-int",
        }
    }
}

/// What a Digest route asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The quality of protection offered.
    pub qop: Qop,
    /// The user expected.
    pub user: String,
    /// The password expected.
    pub passwd: String,
    /// The algorithm offered.
    pub algorithm: Algorithm,
    /// How many requests one nonce serves before it is stale (`None`: until it expires).
    pub stale_after: Option<u32>,
}

impl Spec {
    /// Reads `{qop}/{user}/{passwd}[/{algorithm}[/{stale_after}]]` under `/{first}`.
    pub(crate) fn route(first: &str, rest: &str) -> Result<Spec, Rejection> {
        let parts: Vec<&str> = rest.split('/').collect();
        if !(3..=5).contains(&parts.len()) || parts.iter().any(|p| p.is_empty()) {
            return Err(Rejection::not_found(format!(
                "/{first} takes /{{qop}}/{{user}}/{{passwd}}, then optionally /{{algorithm}} and /{{stale_after}}: /{first}/auth/user/passwd/SHA-256"
            )));
        }
        let qop = match parts[0] {
            "auth" => Qop::Auth,
            "auth-int" => Qop::AuthInt,
            other => {
                return Err(Rejection::bad_request(format!(
                    "qop {:?} is not one of RFC 7616: use auth or auth-int",
                    params::clip(other)
                )));
            }
        };
        let algorithm = match parts.get(3) {
            None => Algorithm {
                hash: Hash::Md5,
                session: false,
            },
            Some(a) => Algorithm::parse(a).ok_or_else(|| {
                Rejection::bad_request(format!(
                    "algorithm {:?} is not one of RFC 7616: use MD5, SHA-256 or SHA-512-256, each also with -sess",
                    params::clip(a)
                ))
            })?,
        };
        let stale_after = match parts.get(4) {
            None | Some(&"never") => None,
            Some(n) => Some(
                u32::try_from(params::whole(n, "stale_after", 0, u64::from(u32::MAX))?)
                    .unwrap_or(u32::MAX),
            ),
        };
        Ok(Spec {
            qop,
            user: params::segment(parts[1], "user")?,
            passwd: params::segment(parts[2], "password")?,
            algorithm,
            stale_after,
        })
    }
}

/// The server's nonce key and opaque value, made once per server (on its first Digest
/// request, `httpbin::Shared`).
pub(crate) struct Keys {
    key: ring::hmac::Key,
    opaque: String,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

impl Keys {
    /// A random key (from the operating system).
    pub(crate) fn new() -> Keys {
        let mut seed = [0u8; 32];
        if ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut seed).is_err() {
            // No system randomness: the clock and the process id still make nonces this
            // process alone issues.
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            seed[..16].copy_from_slice(&nanos.to_le_bytes());
            seed[16..20].copy_from_slice(&std::process::id().to_le_bytes());
        }
        Keys::from_seed(&seed)
    }

    /// Keys from `seed` (tests).
    pub(crate) fn from_seed(seed: &[u8]) -> Keys {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, seed);
        let opaque =
            data_encoding::HEXLOWER.encode(&ring::hmac::sign(&key, b"opaque").as_ref()[..16]);
        Keys { key, opaque }
    }

    /// A nonce issued at `now`: base64url of the time in milliseconds and a MAC of it.
    pub(crate) fn nonce(&self, now: SystemTime) -> String {
        let ms = now
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        let mut raw = ms.to_be_bytes().to_vec();
        raw.extend_from_slice(&ring::hmac::sign(&self.key, &ms.to_be_bytes()).as_ref()[..16]);
        data_encoding::BASE64URL_NOPAD.encode(&raw)
    }

    /// How old a nonce is, or `None` when this server did not issue it.
    pub(crate) fn age(&self, nonce: &str, now: SystemTime) -> Option<Duration> {
        let raw = data_encoding::BASE64URL_NOPAD
            .decode(nonce.as_bytes())
            .ok()?;
        if raw.len() != 24 {
            return None;
        }
        let (ms, mac) = raw.split_at(8);
        let expected = ring::hmac::sign(&self.key, ms);
        if !bool::from(mac.ct_eq(&expected.as_ref()[..16])) {
            return None;
        }
        let issued = UNIX_EPOCH + Duration::from_millis(u64::from_be_bytes(ms.try_into().ok()?));
        now.duration_since(issued).ok()
    }
}

/// The challenge of `spec` with a new nonce.
fn challenge_value(spec: &Spec, keys: &Keys, now: SystemTime, stale: bool) -> HeaderValue {
    let mut v = format!(
        "Digest realm=\"{REALM}\", qop=\"{}\", algorithm={}, nonce=\"{}\", opaque=\"{}\", charset=UTF-8",
        spec.qop.token(),
        spec.algorithm.name(),
        keys.nonce(now),
        keys.opaque
    );
    if stale {
        v.push_str(", stale=true");
    }
    HeaderValue::from_str(&v).unwrap_or(HeaderValue::from_static("Digest"))
}

/// What a client's Digest answer says, once read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The user as sent (`username`, or `username*` decoded), or its hash (`userhash`).
    pub username: String,
    /// Whether `username` is `H(user:realm)` (§3.4.4).
    pub userhash: bool,
    /// `realm`.
    pub realm: String,
    /// `nonce`.
    pub nonce: String,
    /// `uri`: the request target.
    pub uri: String,
    /// `response`.
    pub response: String,
    /// `algorithm` (MD5 when absent, §3.3).
    pub algorithm: Algorithm,
    /// `cnonce`.
    pub cnonce: String,
    /// `nc`, 8 hexadecimal digits.
    pub nc: u32,
    /// `nc` as sent.
    pub nc_text: String,
    /// `qop`.
    pub qop: Qop,
    /// `opaque`, if sent.
    pub opaque: Option<String>,
}

/// Reads the parameters of Digest credentials (§3.4): `Err` names what is missing or
/// malformed (a 400: the client did not speak RFC 7616).
pub fn read_answer(params: &[(String, String)]) -> Result<Answer, String> {
    let get = |n: &str| params.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    let need = |n: &str| {
        get(n).ok_or(format!(
            "Digest credentials need {n} (RFC 7616 section 3.4)"
        ))
    };
    let username = match (get("username"), get("username*")) {
        (Some(_), Some(_)) => {
            return Err(
                "username and username* may not both be sent (RFC 7616 section 3.4.4)".into(),
            );
        }
        (Some(u), None) => u.to_owned(),
        (None, Some(ext)) => ext_value(ext)?,
        (None, None) => {
            return Err("Digest credentials need username (RFC 7616 section 3.4)".into());
        }
    };
    let algorithm = match get("algorithm") {
        None => Algorithm {
            hash: Hash::Md5,
            session: false,
        },
        Some(a) => Algorithm::parse(a).ok_or(format!(
            "algorithm {:?} is not one of RFC 7616",
            params::clip(a)
        ))?,
    };
    let qop = match need("qop")? {
        q if q.eq_ignore_ascii_case("auth") => Qop::Auth,
        q if q.eq_ignore_ascii_case("auth-int") => Qop::AuthInt,
        q => return Err(format!("qop {:?} is not auth or auth-int", params::clip(q))),
    };
    let nc_text = need("nc")?;
    if nc_text.len() != 8 || !nc_text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("nc must be 8 hexadecimal digits (RFC 7616 section 3.4)".into());
    }
    let nc = u32::from_str_radix(nc_text, 16).map_err(|_| "nc is not hexadecimal".to_owned())?;
    let userhash = match get("userhash") {
        None => false,
        Some(v) if v.eq_ignore_ascii_case("true") => true,
        Some(v) if v.eq_ignore_ascii_case("false") => false,
        Some(_) => return Err("userhash must be true or false".into()),
    };
    Ok(Answer {
        username,
        userhash,
        realm: need("realm")?.to_owned(),
        nonce: need("nonce")?.to_owned(),
        uri: need("uri")?.to_owned(),
        response: need("response")?.to_ascii_lowercase(),
        algorithm,
        cnonce: need("cnonce")?.to_owned(),
        nc,
        nc_text: nc_text.to_owned(),
        qop,
        opaque: get("opaque").map(str::to_owned),
    })
}

/// An RFC 8187 `ext-value` in UTF-8: `UTF-8'[language]'percent-encoded`.
fn ext_value(s: &str) -> Result<String, String> {
    let mut parts = s.splitn(3, '\'');
    let (charset, _lang, value) = (parts.next(), parts.next(), parts.next());
    match (charset, value) {
        (Some(c), Some(v)) if c.eq_ignore_ascii_case("utf-8") => {
            percent_encoding::percent_decode_str(v)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|_| "username* is not UTF-8".into())
        }
        _ => Err("username* must be UTF-8''<percent-encoded name> (RFC 8187)".into()),
    }
}

/// The `response` a client that knows `password` sends (§3.4.1), and `HA1` for
/// `rspauth`.
pub fn expected_response(
    a: &Answer,
    user: &str,
    password: &str,
    method: &str,
    content: &[u8],
) -> (String, String) {
    let alg = a.algorithm;
    let mut ha1 = alg.h(&[user.as_bytes(), a.realm.as_bytes(), password.as_bytes()]);
    if alg.session {
        ha1 = alg.h(&[ha1.as_bytes(), a.nonce.as_bytes(), a.cnonce.as_bytes()]);
    }
    (keyed(a, &ha1, method, content), ha1)
}

/// `KD(HA1, nonce:nc:cnonce:qop:HA2)` with `A2 = method:uri`, and for `auth-int` also the
/// hash of `content` (§3.4.1, §3.4.3). `rspauth` (§3.5) is the same with an empty method
/// and the response's content.
fn keyed(a: &Answer, ha1: &str, method: &str, content: &[u8]) -> String {
    let alg = a.algorithm;
    let ha2 = match a.qop {
        Qop::Auth => alg.h(&[method.as_bytes(), a.uri.as_bytes()]),
        Qop::AuthInt => {
            let body = alg.h(&[content]);
            alg.h(&[method.as_bytes(), a.uri.as_bytes(), body.as_bytes()])
        }
    };
    alg.h(&[
        ha1.as_bytes(),
        a.nonce.as_bytes(),
        a.nc_text.as_bytes(),
        a.cnonce.as_bytes(),
        a.qop.token().as_bytes(),
        ha2.as_bytes(),
    ])
}

/// `true` when `uri` names the request's target: as received (origin form, or the
/// absolute form a proxy gets), or its path and query.
fn names_target(uri: &str, asked: &Asked<'_>) -> bool {
    let path = asked.uri.path_and_query().map_or("/", |p| p.as_str());
    uri == path || *asked.uri == *uri
}

/// The answer of a Digest route.
pub(crate) fn answer(spec: &Spec, party: Party, asked: &Asked<'_>, env: &Env<'_>) -> Outcome {
    let keys = env.keys;
    let refuse = |why: String, stale: bool| {
        credentials::challenge(party, challenge_value(spec, keys, env.now, stale), why)
    };
    let field = party.credentials_field();
    let mut all = asked.headers.get_all(&field).iter();
    let (Some(value), None) = (all.next(), all.next()) else {
        let why = if asked.headers.contains_key(&field) {
            return Err(
                Rejection::bad_request(format!("the request carries {field} twice")).into(),
            );
        } else {
            format!("send {field}: Digest … answering this challenge (RFC 7616)")
        };
        return Err(refuse(why, false));
    };
    let value = value
        .to_str()
        .map_err(|_| Rejection::bad_request(format!("{field} is not visible ASCII")))?;
    let creds = credentials::parse_credentials(value)
        .map_err(|why| Rejection::bad_request(format!("{field} is malformed: {why}")))?;
    if !creds.scheme.eq_ignore_ascii_case("digest") {
        return Err(refuse(
            format!(
                "this route takes Digest credentials, not {}",
                params::clip(creds.scheme)
            ),
            false,
        ));
    }
    let a = read_answer(&creds.params).map_err(Rejection::bad_request)?;
    if !names_target(&a.uri, asked) {
        // RFC 7616 §3.4.6: a uri that does not name the target is a 400.
        return Err(Rejection::bad_request(format!(
            "uri={:?} is not this request's target (RFC 7616 section 3.4.6)",
            params::clip(&a.uri)
        ))
        .into());
    }
    if a.algorithm != spec.algorithm || a.qop != spec.qop || a.realm != REALM {
        return Err(refuse(
            format!(
                "answer the challenge as given: realm \"{REALM}\", qop {}, algorithm {}",
                spec.qop.token(),
                spec.algorithm.name()
            ),
            false,
        ));
    }
    if a.opaque.as_deref() != Some(keys.opaque.as_str()) {
        return Err(refuse(
            "opaque must be returned as the challenge gave it (RFC 7616 section 3.3)".into(),
            false,
        ));
    }
    let Some(age) = keys.age(&a.nonce, env.now) else {
        return Err(refuse(
            "the nonce is not one this server issued".into(),
            false,
        ));
    };
    let user_ok = if a.userhash {
        let hashed = a.algorithm.h(&[spec.user.as_bytes(), REALM.as_bytes()]);
        credentials::same_secret(a.username.as_bytes(), hashed.as_bytes())
    } else {
        credentials::same_secret(a.username.as_bytes(), spec.user.as_bytes())
    };
    let (expected, ha1) = expected_response(
        &a,
        &spec.user,
        &spec.passwd,
        asked.method.as_str(),
        asked.content,
    );
    let response_ok = credentials::same_secret(a.response.as_bytes(), expected.as_bytes());
    if !(user_ok & response_ok) {
        return Err(refuse(
            "the user name or the password is wrong".into(),
            false,
        ));
    }
    let expired = age > env.limits.nonce_lifetime;
    let used_up = spec.stale_after.is_some_and(|n| a.nc > n);
    if expired || used_up {
        let why = if expired {
            format!(
                "the nonce is stale: older than {} ms (this server's --nonce-lifetime-ms); retry with the new one",
                env.limits.nonce_lifetime.as_millis()
            )
        } else {
            "the nonce is stale: it has served the requests this route allows; retry with the new one".into()
        };
        return Err(refuse(why, true));
    }
    let mut reply = Reply::json(&serde_json::json!({
        "authenticated": true,
        "user": spec.user,
    }));
    let body = reply.whole_content();
    let info = format!(
        "rspauth=\"{}\", qop={}, nc={}, cnonce=\"{}\"",
        keyed(&a, &ha1, "", &body),
        a.qop.token(),
        a.nc_text,
        a.cnonce.replace(['"', '\\'], "")
    );
    if let Ok(v) = HeaderValue::from_str(&info) {
        reply.headers.insert(party.info_field(), v);
    }
    Ok(reply)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The example of RFC 7616 §3.9.1.
    fn mufasa(algorithm: &str) -> Answer {
        read_answer(
            &credentials::parse_credentials(&format!(
                r#"Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm={algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, response="x", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#
            ))
            .unwrap()
            .params,
        )
        .unwrap()
    }

    #[test]
    fn the_rfc_7616_example() {
        let (md5, _) = expected_response(&mufasa("MD5"), "Mufasa", "Circle of Life", "GET", b"");
        assert_eq!(md5, "8ca523f5e9506fed4657c9700eebdbec");
        let (sha, _) =
            expected_response(&mufasa("SHA-256"), "Mufasa", "Circle of Life", "GET", b"");
        assert_eq!(
            sha,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    #[test]
    fn userhash_and_extended_user_names() {
        // The user and realm of RFC 7616 §3.9.2, hashed with SHA-512/256 (the value
        // Python's hashlib gives for the same input).
        let alg = Algorithm::parse("SHA-512-256").unwrap();
        assert_eq!(
            alg.h(&["J\u{e4}s\u{f8}n Doe".as_bytes(), b"api@example.org"]),
            "793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b"
        );
        assert_eq!(
            ext_value("UTF-8''J%C3%A4s%C3%B8n%20Doe").unwrap(),
            "J\u{e4}s\u{f8}n Doe"
        );
    }

    #[test]
    fn algorithms() {
        for name in [
            "MD5",
            "MD5-sess",
            "SHA-256",
            "SHA-256-sess",
            "SHA-512-256",
            "SHA-512-256-sess",
        ] {
            assert_eq!(Algorithm::parse(name).unwrap().name(), name);
            assert_eq!(
                Algorithm::parse(&name.to_ascii_lowercase()).unwrap().name(),
                name
            );
        }
        for bad in ["SHA-512", "SHA-1", "sess", "MD5-", ""] {
            assert!(Algorithm::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn nonces_are_ours_and_age() {
        let keys = Keys::from_seed(b"seed");
        let t0 = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let n = keys.nonce(t0);
        assert_eq!(
            keys.age(&n, t0 + Duration::from_secs(7)),
            Some(Duration::from_secs(7))
        );
        // From the future, or forged, or from another server: not ours.
        assert_eq!(keys.age(&n, t0 - Duration::from_secs(1)), None);
        let mut forged = n.clone().into_bytes();
        forged[2] = if forged[2] == b'A' { b'B' } else { b'A' };
        assert_eq!(keys.age(std::str::from_utf8(&forged).unwrap(), t0), None);
        assert_eq!(Keys::from_seed(b"other").age(&n, t0), None);
        assert_eq!(keys.age("", t0), None);
        assert_eq!(keys.age("!!!", t0), None);
    }

    #[test]
    fn routes() {
        let s = Spec::route("digest-auth", "auth/u/p").unwrap();
        assert_eq!(s.algorithm.name(), "MD5");
        assert_eq!(s.stale_after, None);
        let s = Spec::route("digest-auth", "auth-int/u/p/SHA-256-sess/3").unwrap();
        assert_eq!(
            (s.qop, s.algorithm.name(), s.stale_after),
            (Qop::AuthInt, "SHA-256-sess", Some(3))
        );
        assert_eq!(
            Spec::route("digest-auth", "auth/u").unwrap_err().status,
            404
        );
        assert_eq!(
            Spec::route("digest-auth", "foo/u/p").unwrap_err().status,
            400
        );
        assert_eq!(
            Spec::route("digest-auth", "auth/u/p/SHA-512")
                .unwrap_err()
                .status,
            400
        );
        assert_eq!(
            Spec::route("digest-auth", "auth/u/p/MD5/x")
                .unwrap_err()
                .status,
            400
        );
    }

    #[test]
    fn answers_need_every_parameter() {
        let full = r#"username="u", realm="r", uri="/", nonce="n", nc=00000001, cnonce="c", qop=auth, response="R""#;
        assert!(
            read_answer(
                &credentials::parse_credentials(&format!("Digest {full}"))
                    .unwrap()
                    .params
            )
            .is_ok()
        );
        for missing in [
            "username", "realm", "uri", "nonce", "nc", "cnonce", "qop", "response",
        ] {
            let params: Vec<(String, String)> =
                credentials::parse_credentials(&format!("Digest {full}"))
                    .unwrap()
                    .params
                    .into_iter()
                    .filter(|(n, _)| n != missing)
                    .collect();
            assert!(read_answer(&params).is_err(), "{missing}");
        }
        let bad_nc = full.replace("00000001", "1");
        assert!(
            read_answer(
                &credentials::parse_credentials(&format!("Digest {bad_nc}"))
                    .unwrap()
                    .params
            )
            .is_err()
        );
    }
}
