//! Reading a query string.

/// The value of query parameter `name` (the first, decoded), if present.
pub(crate) fn param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}
