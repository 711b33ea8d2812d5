//! Compares the checked-in examples with a fresh recording and says where they part.

/// Where two texts first differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// 1-based line number in the file.
    pub line: usize,
    /// That line in the checked-in file (`None` past its end).
    pub checked_in: Option<String>,
    /// That line as the server sends it now (`None` past its end).
    pub fresh: Option<String>,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |l: &Option<String>| {
            l.as_deref()
                .map_or("(end of file)".into(), |l| format!("{l:?}"))
        };
        write!(
            f,
            "line {}: checked in {}, the server now sends {}",
            self.line,
            show(&self.checked_in),
            show(&self.fresh)
        )
    }
}

/// `Ok` when `checked_in` and `fresh` are the same bytes (line endings included), else the
/// first line where they differ.
pub fn compare(checked_in: &str, fresh: &str) -> Result<(), Difference> {
    if checked_in == fresh {
        return Ok(());
    }
    let mut a = checked_in.split_inclusive('\n');
    let mut b = fresh.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (x, y) => {
                return Err(Difference {
                    line,
                    checked_in: x.map(str::to_owned),
                    fresh: y.map(str::to_owned),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "[[example]]\ncode = 204\ntext = \"\"\"\nHTTP/1.1 204 No Content\\r\nvary: Accept\\r\n\\r\n\"\"\"\n";

    #[test]
    fn the_same_bytes_compare_equal() {
        assert_eq!(compare(FILE, FILE), Ok(()));
    }

    #[test]
    fn one_changed_byte_fails_and_is_located() {
        // The server starts sending "203" instead of "204" on the status line.
        let changed = FILE.replacen("HTTP/1.1 204", "HTTP/1.1 203", 1);
        assert_eq!(changed.len(), FILE.len());
        let diff = compare(FILE, &changed).unwrap_err();
        assert_eq!(diff.line, 4);
        assert_eq!(
            diff.checked_in.as_deref(),
            Some("HTTP/1.1 204 No Content\\r\n")
        );
        assert_eq!(diff.fresh.as_deref(), Some("HTTP/1.1 203 No Content\\r\n"));
        assert!(diff.to_string().starts_with("line 4: checked in"));
    }

    #[test]
    fn a_missing_line_ending_fails_too() {
        let trimmed = FILE.trim_end_matches('\n');
        let diff = compare(FILE, trimmed).unwrap_err();
        assert_eq!(diff.line, 7);
        assert_eq!(diff.fresh.as_deref(), Some("\"\"\""));
    }

    #[test]
    fn an_extra_example_is_reported_past_the_end() {
        let longer = format!("{FILE}\n[[example]]\n");
        let diff = compare(FILE, &longer).unwrap_err();
        assert_eq!(diff.checked_in, None);
        assert_eq!(diff.fresh.as_deref(), Some("\n"));
    }
}
