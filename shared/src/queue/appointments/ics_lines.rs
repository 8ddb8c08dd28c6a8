//! iCalendar content lines (RFC 5545 section 3.1): unfolding physical lines into logical ones
//! held to 64 KiB, splitting a line into name, parameters and value, and reading quoted
//! parameters, escaped text and lists. What the properties mean is `ics`'s job.

use super::MAX_LINE_BYTES;

/// A content line's name (uppercase), its parameters (`;`-separated, unparsed) and its value.
pub(super) fn content_line(text: &str) -> Option<(String, &str, &str)> {
    let colon = outside_quotes(text, b':')?;
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    Some((name.trim().to_ascii_uppercase(), params, value))
}

/// The first `byte` in `text` that is not inside double quotes.
fn outside_quotes(text: &str, byte: u8) -> Option<usize> {
    let mut quoted = false;
    text.bytes().position(|b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == byte && !quoted
    })
}

/// The value of parameter `key` in `params`, quotes removed and RFC 6868 `^` escapes read.
pub(super) fn param(params: &str, key: &str) -> Option<String> {
    let mut rest = params;
    while !rest.is_empty() {
        let end = outside_quotes(rest, b';').unwrap_or(rest.len());
        let (one, next) = rest.split_at(end);
        rest = next.strip_prefix(';').unwrap_or(next);
        let Some((k, v)) = one.split_once('=') else { continue };
        if k.trim().eq_ignore_ascii_case(key) {
            let v = v.trim();
            let v = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(v);
            return Some(v.replace("^n", "\n").replace("^'", "\"").replace("^^", "^"));
        }
    }
    None
}

/// A TEXT value's escapes read: `\\`, `\;`, `\,`, `\n` and `\N`.
pub(super) fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The items of a list value, split at commas that are not escaped (still escaped themselves).
pub(super) fn split_list(v: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(v);
    std::iter::from_fn(move || {
        let s = rest?;
        let mut escaped = false;
        let cut = s.char_indices().find_map(|(i, c)| {
            let at = (c == ',' && !escaped).then_some(i);
            escaped = c == '\\' && !escaped;
            at
        });
        match cut {
            Some(i) => {
                rest = Some(&s[i + 1..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// Logical lines: physical lines (CRLF or LF) joined where the next starts with a space or tab.
pub(super) struct Unfold<'b> {
    rest: &'b [u8],
    /// The physical line `rest` starts on.
    line: usize,
}

impl<'b> Unfold<'b> {
    pub(super) fn new(bytes: &'b [u8]) -> Self {
        Unfold { rest: bytes, line: 1 }
    }

    /// The next physical line, without its line ending.
    fn physical(&mut self) -> Option<&'b [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        let (line, rest) = match self.rest.iter().position(|&b| b == b'\n') {
            Some(at) => (&self.rest[..at], &self.rest[at + 1..]),
            None => (self.rest, &self.rest[self.rest.len()..]),
        };
        self.rest = rest;
        self.line += 1;
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }

    /// Reads the next non-blank logical line into `buf` (at most 64 KiB of it) and returns the
    /// line it starts on and whether it was cut short.
    pub(super) fn next_line(&mut self, buf: &mut Vec<u8>) -> Option<(usize, bool)> {
        buf.clear();
        let (start, first) = loop {
            let start = self.line;
            let line = self.physical()?;
            if !line.iter().all(u8::is_ascii_whitespace) {
                break (start, line);
            }
        };
        let mut too_long = false;
        let mut add = |part: &[u8], buf: &mut Vec<u8>| {
            if buf.len() + part.len() > MAX_LINE_BYTES {
                too_long = true;
            } else {
                buf.extend_from_slice(part);
            }
        };
        add(first, buf);
        while matches!(self.rest.first(), Some(b' ' | b'\t')) {
            let part = self.physical().unwrap_or_default();
            add(&part[1..], buf);
        }
        Some((start, too_long))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_are_joined_and_counted_from_their_first_line() {
        let mut u = Unfold::new(b"A:1\r\nB:2\r\n 3\r\n\t4\r\n\r\nC:5");
        let mut buf = Vec::new();
        assert_eq!(u.next_line(&mut buf), Some((1, false)));
        assert_eq!(buf, b"A:1");
        assert_eq!(u.next_line(&mut buf), Some((2, false)));
        assert_eq!(buf, b"B:234");
        assert_eq!(u.next_line(&mut buf), Some((6, false)));
        assert_eq!(buf, b"C:5");
        assert_eq!(u.next_line(&mut buf), None);
    }

    #[test]
    fn parameters_may_be_quoted_and_hold_colons_and_semicolons() {
        let (name, params, value) = content_line(r#"attendee;CN="Smith; Jo: Ms";ROLE=REQ:mailto:a@b"#).unwrap();
        assert_eq!(name, "ATTENDEE");
        assert_eq!(value, "mailto:a@b");
        assert_eq!(param(params, "cn").as_deref(), Some("Smith; Jo: Ms"));
        assert_eq!(param(params, "ROLE").as_deref(), Some("REQ"));
        assert_eq!(param(params, "TZID"), None);
    }

    #[test]
    fn text_escapes_are_read_and_lists_split_at_unescaped_commas() {
        assert_eq!(unescape(r"a\,b\;c\nd\\e"), "a,b;c\nd\\e");
        let items: Vec<&str> = split_list(r"Housing,Blue\, dark,general").collect();
        assert_eq!(items, ["Housing", r"Blue\, dark", "general"]);
    }
}
