//! Exhaustive checks of parsing, classes and display over 0..=1000.

use httpstatus::{Class, StatusCode};

#[test]
fn from_u16_accepts_exactly_100_to_999() {
    for n in 0..=1000u16 {
        let r = StatusCode::from_u16(n);
        assert_eq!(r.is_ok(), (100..=999).contains(&n), "{n}");
        if let Ok(code) = r {
            assert_eq!(code.as_u16(), n);
            assert_eq!(u16::from(code), n);
            assert_eq!(code, n);
            assert_eq!(StatusCode::try_from(n).unwrap(), code);
        }
    }
}

#[test]
fn text_and_bytes_parse_exactly_three_digits() {
    for n in 0..=1000u16 {
        for text in [format!("{n}"), format!("{n:03}"), format!("{n:04}")] {
            let want = text.len() == 3 && (100..=999).contains(&n);
            assert_eq!(text.parse::<StatusCode>().is_ok(), want, "{text:?}");
            assert_eq!(
                StatusCode::from_bytes(text.as_bytes()).is_ok(),
                want,
                "{text:?}"
            );
            assert_eq!(
                StatusCode::try_from(text.as_str()).is_ok(),
                want,
                "{text:?}"
            );
            assert_eq!(
                StatusCode::try_from(text.as_bytes()).is_ok(),
                want,
                "{text:?}"
            );
        }
    }
    for bad in [
        "",
        " 404",
        "404 ",
        "+40",
        "-40",
        "4 4",
        "40a",
        "４０４",
        "1e2",
        "0x1",
    ] {
        assert!(bad.parse::<StatusCode>().is_err(), "{bad:?}");
    }
    assert_eq!(
        "99".parse::<StatusCode>().unwrap_err().to_string(),
        "invalid status code: expected three digits"
    );
    assert_eq!(
        StatusCode::from_u16(1000).unwrap_err().to_string(),
        "invalid status code: not in 100..=999"
    );
}

#[test]
fn classes_and_predicates() {
    for n in 100..=999u16 {
        let code = StatusCode::from_u16(n).unwrap();
        let class = code.class();
        assert_eq!(
            class.map(Class::digit),
            if n < 600 { Some((n / 100) as u8) } else { None }
        );
        assert_eq!(
            code.is_informational(),
            class == Some(Class::Informational),
            "{n}"
        );
        assert_eq!(code.is_success(), class == Some(Class::Successful), "{n}");
        assert_eq!(
            code.is_redirection(),
            class == Some(Class::Redirection),
            "{n}"
        );
        assert_eq!(
            code.is_client_error(),
            class == Some(Class::ClientError),
            "{n}"
        );
        assert_eq!(
            code.is_server_error(),
            class == Some(Class::ServerError),
            "{n}"
        );
        assert_eq!(code.is_error(), (400..600).contains(&n), "{n}");
        if let Some(class) = class {
            assert!(class.contains(code));
        }
    }
    for (below, above) in [(199, 200), (299, 300), (399, 400), (499, 500), (599, 600)] {
        let (b, a) = (
            StatusCode::from_u16(below).unwrap(),
            StatusCode::from_u16(above).unwrap(),
        );
        assert_ne!(b.class(), a.class(), "{below}/{above}");
    }
}

#[test]
fn unknown_codes_are_handled_as_the_x00_of_their_class() {
    for n in 100..=999u16 {
        let code = StatusCode::from_u16(n).unwrap();
        let handled = code.handled_as();
        if code.is_registered() {
            assert_eq!(handled, code);
        } else if n < 600 {
            assert_eq!(handled.as_u16(), n / 100 * 100, "{n}");
        } else {
            assert_eq!(handled, StatusCode::INTERNAL_SERVER_ERROR, "{n}");
        }
    }
}

#[test]
fn display_is_code_and_reason() {
    for n in 100..=999u16 {
        let code = StatusCode::from_u16(n).unwrap();
        let shown = code.to_string();
        match code.reason() {
            Some(reason) => assert_eq!(shown, format!("{n} {reason}")),
            None => assert_eq!(shown, n.to_string()),
        }
        assert_eq!(format!("{code:?}"), n.to_string());
    }
    assert_eq!(StatusCode::NOT_FOUND.to_string(), "404 Not Found");
    assert_eq!(
        StatusCode::CONTENT_TOO_LARGE.to_string(),
        "413 Content Too Large"
    );
    assert_eq!(StatusCode::PAYLOAD_TOO_LARGE, StatusCode::CONTENT_TOO_LARGE);
    assert_eq!(StatusCode::UNPROCESSABLE_ENTITY.as_u16(), 422);
    assert_eq!(StatusCode::IM_A_TEAPOT.as_u16(), 418);
}

#[test]
fn lookup_agrees_with_the_entry_list() {
    let all = httpstatus::entries();
    for n in 0..=1000u16 {
        let via_lookup = httpstatus::lookup(n).map(|i| i as *const _);
        let via_scan = all.iter().find(|i| i.code == n).map(|i| i as *const _);
        assert_eq!(via_lookup, via_scan, "{n}");
        if let Ok(code) = StatusCode::from_u16(n) {
            let many: Vec<_> = all
                .iter()
                .filter(|i| i.code == n)
                .map(|i| i as *const _)
                .collect();
            let got: Vec<_> = code.infos().iter().map(|i| i as *const _).collect();
            assert_eq!(got, many, "{n}");
        }
    }
    for class in Class::ALL {
        let want: Vec<u16> = all
            .iter()
            .filter(|i| i.class() == Some(class))
            .map(|i| i.code.as_u16())
            .collect();
        let got: Vec<u16> = class.entries().iter().map(|i| i.code.as_u16()).collect();
        assert_eq!(got, want, "{class}");
    }
}

#[test]
fn classes_have_texts_and_the_x00_rule() {
    for class in Class::ALL {
        assert!(!class.name().ko.is_empty() && !class.name().en.is_empty());
        assert!(
            class
                .description()
                .en
                .contains(&format!("{}00", class.digit())),
            "{class}"
        );
        assert_eq!(
            class.representative().as_u16(),
            u16::from(class.digit()) * 100
        );
        assert_eq!(class.to_string(), format!("{}xx", class.digit()));
    }
}

#[test]
fn data_version_is_stated() {
    let v = httpstatus::data_version();
    assert!(v.follows.contains(&"RFC 9110"));
    assert_eq!(v.registry_snapshot.as_bytes()[4], b'-');
    assert_eq!(v.text_reviewed.as_bytes()[4], b'-');
}

/// RFC 9112 §4: the phrase on a status line. Registered phrases as registered; a reserved
/// code's label "(Unused)" never, its best-known name instead; a vendor's phrase for its
/// code; nothing where the vendor gives none (our description is not theirs).
#[test]
fn wire_reasons_are_phrases_never_labels() {
    let phrase = |n: u16| StatusCode::from_u16(n).unwrap().wire_reason();
    assert_eq!(phrase(404), Some("Not Found"));
    assert_eq!(phrase(413), Some("Content Too Large"));
    assert_eq!(phrase(418), Some("I'm a teapot"));
    assert_eq!(phrase(306), Some("Switch Proxy"));
    assert_eq!(phrase(499), Some("Client Closed Request"));
    assert_eq!(phrase(561), Some("Unauthorized"));
    assert_eq!(phrase(471), None);
    assert_eq!(phrase(460), None);
    assert_eq!(phrase(530), None);
    for info in httpstatus::entries() {
        match info.wire_reason() {
            Some(r) => {
                assert!(!r.starts_with('(') && !r.is_empty(), "{}: {r}", info.code);
                assert!(
                    r.bytes()
                        .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic() || b >= 0x80),
                    "{}",
                    info.code
                );
            }
            None => assert!(info.descriptive_reason, "{}", info.code),
        }
    }
}
