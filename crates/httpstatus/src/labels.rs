//! The facts in words, in Korean and English: one wording shared by the CLI's cards, the
//! reference pages and anyone else who shows them. A `label` says what the fact means; a
//! `short_label` fits a table cell. Every label is a [`Text`], both languages at once, so
//! that a face picks one language or shows both without a wrapper of its own.

use core::fmt;

use crate::{
    Cacheability, Content, Info, Lang, Redirect, RedirectMethod, Registration, Requirement, Retry,
    Sender, TemporaryRegistration, Text,
};

const fn text(ko: &'static str, en: &'static str) -> Text {
    Text { ko, en }
}

impl Registration {
    /// Where the code stands, in a word or two.
    ///
    /// ```
    /// use httpstatus::{Lang, Registration};
    ///
    /// assert_eq!(Registration::Provisional.label().get(Lang::En), "temporary registration");
    /// ```
    pub const fn label(self) -> Text {
        match self {
            Registration::Standard => text("등록됨", "registered"),
            Registration::Provisional => text("임시 등록", "temporary registration"),
            Registration::Reserved => text("예약", "reserved"),
            Registration::Deprecated => text("사용 중단", "deprecated"),
            Registration::Obsoleted => text("폐기", "obsoleted"),
            Registration::Unofficial => text("비공식", "unofficial"),
        }
    }
}

impl Content {
    /// What the rule means.
    ///
    /// ```
    /// use httpstatus::{Content, Lang};
    ///
    /// assert_eq!(Content::Forbidden.label().get(Lang::En), "forbidden: the response cannot contain content");
    /// assert_eq!(Content::Forbidden.short_label().ko, "금지");
    /// ```
    pub const fn label(self) -> Text {
        match self {
            Content::Allowed => text("허용", "allowed"),
            Content::Forbidden => text(
                "금지: 응답에 콘텐츠를 담을 수 없음",
                "forbidden: the response cannot contain content",
            ),
            Content::NotGenerated => text(
                "생성 금지: 서버가 콘텐츠를 만들어 보내면 안 됨",
                "not generated: the server must not send content",
            ),
        }
    }

    /// A table cell's worth of [`label`](Self::label).
    pub const fn short_label(self) -> Text {
        match self {
            Content::Allowed => text("허용", "allowed"),
            Content::Forbidden => text("금지", "forbidden"),
            Content::NotGenerated => text("생성 금지", "not generated"),
        }
    }
}

impl Cacheability {
    /// What the rule means.
    pub const fn label(self) -> Text {
        match self {
            Cacheability::Heuristic => text(
                "휴리스틱 캐시 가능: 명시적 신선도 정보가 없어도 캐시가 재사용할 수 있음",
                "heuristically cacheable: a cache may reuse it without explicit freshness",
            ),
            Cacheability::Explicit => text(
                "명시적 신선도 정보(Cache-Control, Expires)가 있을 때만 저장",
                "stored only with explicit freshness (Cache-Control, Expires)",
            ),
            Cacheability::MustNotStore => text("캐시에 저장하면 안 됨", "caches must not store it"),
            Cacheability::Never => text("저장되지 않음", "never stored"),
        }
    }

    /// A table cell's worth of [`label`](Self::label).
    pub const fn short_label(self) -> Text {
        match self {
            Cacheability::Heuristic => text("휴리스틱 캐시 가능", "heuristically cacheable"),
            Cacheability::Explicit => text("명시적일 때만", "explicit freshness only"),
            Cacheability::MustNotStore => text("저장 금지", "must not be stored"),
            Cacheability::Never => text("저장 안 됨", "never stored"),
        }
    }
}

impl RedirectMethod {
    /// What a user agent does to the method.
    pub const fn label(self) -> Text {
        match self {
            RedirectMethod::Keep => text("메서드와 콘텐츠 유지", "method and content kept"),
            RedirectMethod::MayChange => text("POST가 GET으로 바뀔 수 있음", "POST may become GET"),
            RedirectMethod::Get => text("GET(또는 HEAD)으로 따라감", "followed with GET (or HEAD)"),
        }
    }
}

impl Redirect {
    /// Whether the move is permanent and what happens to the method.
    ///
    /// ```
    /// use httpstatus::{Lang, StatusCode};
    ///
    /// let redirect = StatusCode::PERMANENT_REDIRECT.info().unwrap().redirect.unwrap();
    /// assert_eq!(redirect.label().get(Lang::En), "permanent, method and content kept");
    /// assert_eq!(redirect.label().get(Lang::Ko), "영구, 메서드와 콘텐츠 유지");
    /// ```
    pub const fn label(self) -> Text {
        match (self.permanent, self.method) {
            (true, RedirectMethod::Keep) => text(
                "영구, 메서드와 콘텐츠 유지",
                "permanent, method and content kept",
            ),
            (true, RedirectMethod::MayChange) => text(
                "영구, POST가 GET으로 바뀔 수 있음",
                "permanent, POST may become GET",
            ),
            (true, RedirectMethod::Get) => text(
                "영구, GET(또는 HEAD)으로 따라감",
                "permanent, followed with GET (or HEAD)",
            ),
            (false, RedirectMethod::Keep) => text(
                "임시, 메서드와 콘텐츠 유지",
                "temporary, method and content kept",
            ),
            (false, RedirectMethod::MayChange) => text(
                "임시, POST가 GET으로 바뀔 수 있음",
                "temporary, POST may become GET",
            ),
            (false, RedirectMethod::Get) => text(
                "임시, GET(또는 HEAD)으로 따라감",
                "temporary, followed with GET (or HEAD)",
            ),
        }
    }
}

impl Retry {
    /// What the hint says.
    pub const fn label(self) -> Text {
        match self {
            Retry::RetryAfter => text(
                "Retry-After에 적힌 시간 뒤에 재시도",
                "retry after the time in Retry-After",
            ),
            Retry::Repeat => text(
                "요청을 다시 보내도 됨(필요하면 새 연결로)",
                "the request may be repeated, on a new connection if needed",
            ),
            Retry::NewConnection => text(
                "다른 연결로 재시도(멱등이 아닌 요청도 가능)",
                "retry on a different connection, even a non-idempotent request",
            ),
            Retry::NoEarlyData => text(
                "TLS 조기 데이터 없이 재시도",
                "retry, but not in TLS early data",
            ),
            Retry::WithoutExpect => text(
                "Expect: 100-continue 없이 재시도",
                "retry without Expect: 100-continue",
            ),
            Retry::WithLength => text(
                "올바른 Content-Length를 붙여 다시 요청",
                "repeat with a valid Content-Length",
            ),
            Retry::Transient => text(
                "일시적인 경우가 많아 멱등 요청은 흔히 재시도함(관례, RFC 규정 아님)",
                "often transient; idempotent requests are commonly retried (a convention, not RFC text)",
            ),
        }
    }

    /// A table cell's worth of [`label`](Self::label).
    pub const fn short_label(self) -> Text {
        match self {
            Retry::RetryAfter => text("Retry-After 뒤 재시도", "after Retry-After"),
            Retry::Repeat => text("다시 요청 가능", "may be repeated"),
            Retry::NewConnection => text("다른 연결로 재시도", "on another connection"),
            Retry::NoEarlyData => text("조기 데이터 없이", "without early data"),
            Retry::WithoutExpect => text("Expect 없이", "without Expect"),
            Retry::WithLength => text("Content-Length를 붙여", "with Content-Length"),
            Retry::Transient => text("일시적(관례)", "often transient"),
        }
    }
}

impl Sender {
    /// Who sends it.
    pub const fn label(self) -> Text {
        match self {
            Sender::Origin => text(
                "오리진 서버의 애플리케이션",
                "the origin server's application",
            ),
            Sender::Intermediary => text(
                "프록시, 게이트웨이, CDN, 로드 밸런서 같은 중개자",
                "an intermediary: proxy, gateway, CDN or load balancer",
            ),
            Sender::Any => text(
                "오리진 서버 또는 중개자",
                "the origin server or an intermediary",
            ),
            Sender::LoggedOnly => text(
                "보내지 않음 (로그에만 기록)",
                "nobody: written to logs only, never sent",
            ),
            Sender::Internal => text(
                "보내지 않음 (서버 내부에서만 쓰며 로그에도 남지 않음)",
                "nobody: used inside the server only, neither sent nor logged",
            ),
        }
    }

    /// A table cell's worth of [`label`](Self::label).
    pub const fn short_label(self) -> Text {
        match self {
            Sender::Origin => text("오리진 서버", "origin server"),
            Sender::Intermediary => text("중개자", "intermediary"),
            Sender::Any => text("오리진 또는 중개자", "origin or intermediary"),
            Sender::LoggedOnly => text("로그에만 기록", "logs only"),
            Sender::Internal => text("서버 내부 전용", "internal only"),
        }
    }
}

impl Info {
    /// For a descriptive reason ([`descriptive_reason`](Info::descriptive_reason)), what
    /// the reason is; `None` when it is the registered or the vendor's phrase.
    ///
    /// ```
    /// use httpstatus::{Lang, StatusCode};
    ///
    /// let aws = StatusCode::from_u16(460)?.info().unwrap();
    /// assert!(aws.reason_note().unwrap().get(Lang::En).contains("no reason phrase"));
    /// assert!(StatusCode::NOT_FOUND.info().unwrap().reason_note().is_none());
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub const fn reason_note(&self) -> Option<Text> {
        if self.descriptive_reason {
            Some(text(
                "벤더가 정한 사유 구문 없음: 괄호 안은 이 데이터가 붙인 설명용 이름이며, 상태 줄에는 쓰지 않음",
                "the vendor gives no reason phrase: the label in parentheses is this data's description and never goes on a status line",
            ))
        } else {
            None
        }
    }

    /// What to say when the entry has no defining document (an unofficial convention).
    pub const fn no_spec_label() -> Text {
        text(
            "없음(문서로 정해지지 않은 관례)",
            "none (an undocumented convention)",
        )
    }
}

impl TemporaryRegistration {
    /// The registration in a sentence or two: its dates as of the registry snapshot,
    /// and, when the expiry had passed by the data's text review, that only the registry
    /// can say what happened since.
    ///
    /// ```
    /// use httpstatus::{Lang, StatusCode};
    ///
    /// let reg = StatusCode::from_u16(104)?.info().unwrap().temporary_registration.unwrap();
    /// let en = reg.describe(Lang::En).to_string();
    /// assert!(en.starts_with("IANA temporary registration (RFC 7120): registered 2024-11-13"));
    /// assert!(en.contains("IANA registry"));
    /// # Ok::<(), httpstatus::InvalidStatusCode>(())
    /// ```
    pub fn describe(&self, lang: Lang) -> DescribeRegistration {
        DescribeRegistration { reg: *self, lang }
    }
}

/// A temporary registration in words; see [`TemporaryRegistration::describe`].
#[derive(Clone, Copy, Debug)]
pub struct DescribeRegistration {
    reg: TemporaryRegistration,
    lang: Lang,
}

impl fmt::Display for DescribeRegistration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.reg;
        let reviewed = crate::data_version().text_reviewed;
        let ko = self.lang == Lang::Ko;
        if ko {
            write!(f, "IANA 임시 등록(RFC 7120): {} 등록", r.registered)?;
        } else {
            write!(
                f,
                "IANA temporary registration (RFC 7120): registered {}",
                r.registered
            )?;
        }
        for d in r.extended {
            if ko {
                write!(f, ", {d} 연장")?;
            } else {
                write!(f, ", extended {d}")?;
            }
        }
        if ko {
            write!(
                f,
                ", 레지스트리 스냅숏 기준 만료일 {}(근거 문서 {})",
                r.expires, r.reference
            )?;
        } else {
            write!(
                f,
                ", expiring {} as of the registry snapshot (cites {})",
                r.expires, r.reference
            )?;
        }
        if r.expired_by(reviewed) {
            if ko {
                write!(
                    f,
                    ". 데이터를 검토한 {reviewed}에는 만료일이 이미 지났으므로, 그 뒤에 연장되었는지 정식으로 등록되었는지는 IANA 레지스트리에서 확인해야 합니다"
                )?;
            } else {
                write!(
                    f,
                    ". The expiry had passed when the data was reviewed ({reviewed}), so whether it was extended or made permanent since is for the IANA registry to say"
                )?;
            }
        }
        f.write_str(".")
    }
}

impl Requirement {
    /// What the rule's condition column says when the rule always applies.
    pub const fn always_label() -> Text {
        text("항상", "always")
    }

    /// The RFC 2119 keyword as the RFCs write it: `"MUST"`, `"SHOULD"`, `"MAY"`.
    pub const fn keyword(self) -> &'static str {
        match self {
            Requirement::Must => "MUST",
            Requirement::Should => "SHOULD",
            Requirement::May => "MAY",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn every_label_is_in_both_languages() {
        let redirects = [true, false].into_iter().flat_map(|permanent| {
            RedirectMethod::ALL
                .iter()
                .map(move |&method| Redirect { permanent, method }.label())
        });
        let labels = Content::ALL
            .iter()
            .flat_map(|c| [c.label(), c.short_label()])
            .chain(
                Cacheability::ALL
                    .iter()
                    .flat_map(|c| [c.label(), c.short_label()]),
            )
            .chain(RedirectMethod::ALL.iter().map(|m| m.label()))
            .chain(redirects)
            .chain(Retry::ALL.iter().flat_map(|r| [r.label(), r.short_label()]))
            .chain(
                Sender::ALL
                    .iter()
                    .flat_map(|s| [s.label(), s.short_label()]),
            )
            .chain(Registration::ALL.iter().map(|r| r.label()))
            .chain([Info::no_spec_label(), Requirement::always_label()]);
        for Text { ko, en } in labels {
            assert!(has_hangul(ko), "{ko}");
            assert!(!has_hangul(en) && !en.is_empty(), "{en}");
        }
        assert_eq!(Requirement::Must.keyword(), "MUST");
    }

    #[test]
    fn a_redirect_label_is_its_kind_and_its_method() {
        for permanent in [true, false] {
            for &method in RedirectMethod::ALL {
                let label = Redirect { permanent, method }.label();
                let (ko, en) = if permanent {
                    ("영구", "permanent")
                } else {
                    ("임시", "temporary")
                };
                let m = method.label();
                assert_eq!(label.ko, format!("{ko}, {}", m.ko));
                assert_eq!(label.en, format!("{en}, {}", m.en));
            }
        }
    }
}
