//! TOML errors as a person fixing the file needs them: one line, starting with the line and
//! column in their file. The `toml` crate's own `Display` draws a multi-line caret picture for
//! syntax errors and gives no place at all for type errors found after parsing (the config is
//! merged over its defaults first), so this finds the key in the original text. It only words
//! errors; parsing and checking are [`crate::config`]'s and [`crate::forms`]' job.

use toml::de::{DeTable, DeValue};

/// 1-based line and column (counted in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// `line L, column C: MESSAGE` for an error from parsing `text` itself.
pub fn syntax(e: &toml::de::Error, text: &str) -> String {
    match e.span() {
        Some(span) => {
            let (line, col) = line_col(text, span.start);
            format!("line {line}, column {col}: {}", e.message())
        }
        None => e.message().to_owned(),
    }
}

/// `line L, column C: a.b: MESSAGE` for an error from deserialising a value that came from
/// `text`, found at `prefix` (e.g. `["question", "2"]`; empty for the whole document), where
/// `a.b` is the key below `prefix`. The
/// error's own key path (which the `toml` crate only shows in its `Display`) is followed in the
/// text; when the key is not in `text` (a default was wrong), no place is given.
pub fn value(e: &toml::de::Error, text: &str, prefix: &[&str]) -> String {
    let shown = e.to_string();
    let keys = shown
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("in `").and_then(|l| l.strip_suffix('`')))
        .unwrap_or("");
    let mut path: Vec<&str> = prefix.to_vec();
    path.extend(keys.split('.').filter(|k| !k.is_empty()));
    // The caller's message already says where `prefix` is (e.g. `question "b"`).
    let key_path = keys;
    // An unknown key is not in the path yet: point at it, not at its table.
    let unknown = e
        .message()
        .strip_prefix("unknown field `")
        .and_then(|m| m.split('`').next());
    let at_key = unknown.is_some();
    path.extend(unknown);
    let what = if key_path.is_empty() {
        String::new()
    } else {
        format!("{key_path}: ")
    };
    match locate(text, &path, at_key) {
        Some(offset) => {
            let (line, col) = line_col(text, offset);
            format!("line {line}, column {col}: {what}{}", e.message())
        }
        None => format!("{what}{}", e.message()),
    }
}

/// The byte offset of the value at `path` in `text` (or of its key, with `at_key`).
pub fn locate(text: &str, path: &[&str], at_key: bool) -> Option<usize> {
    let doc = DeTable::parse(text).ok()?;
    let (first, rest) = path.split_first()?;
    let (mut key_at, mut value) = entry(doc.get_ref(), first)?;
    for seg in rest {
        match value.get_ref() {
            DeValue::Table(t) => (key_at, value) = entry(t, seg)?,
            DeValue::Array(a) => {
                let item = a.get(seg.parse::<usize>().ok()?)?;
                (key_at, value) = (item.span().start, item);
            }
            _ => return None,
        }
    }
    Some(if at_key { key_at } else { value.span().start })
}

/// The key's offset and the value of `key` in `table`.
fn entry<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<(usize, &'a toml::Spanned<DeValue<'i>>)> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(k, v)| (k.span().start, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_from_one() {
        let text = "a = 1\nb = \"é\" x\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // After the two-byte é, the column is in characters.
        assert_eq!(line_col(text, text.find(" x").unwrap()), (2, 8));
        assert_eq!(line_col(text, 10_000), (3, 1));
    }

    #[test]
    fn a_syntax_error_is_one_line_with_its_place() {
        let text = "[kiosk]\nname = \"x\"\n[kiosk\n";
        let e = toml::from_str::<toml::Table>(text).unwrap_err();
        let m = syntax(&e, text);
        assert!(m.starts_with("line 3, column 7: "), "{m}");
        assert!(!m.contains('\n') && !m.contains('^'), "{m}");
    }

    #[test]
    fn a_type_error_in_a_value_is_placed_at_the_value() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code, reason = "only its errors are looked at")]
        struct Inner {
            secs: u64,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code, reason = "only its errors are looked at")]
        struct Outer {
            kiosk: Inner,
        }
        let text = "# comment\n\n[kiosk]\nsecs = \"soon\"\n";
        let table: toml::Table = toml::from_str(text).unwrap();
        let e = <Outer as serde::Deserialize>::deserialize(toml::Value::Table(table)).unwrap_err();
        let m = value(&e, text, &[]);
        assert!(m.starts_with("line 4, column 8: kiosk.secs: invalid type"), "{m}");
        assert_eq!(m.matches("kiosk.secs").count(), 1, "said once: {m}");

        let text = "[[q]]\nsecs = 1\n[[q]]\nsecs = -2\n";
        let table: toml::Table = toml::from_str(text).unwrap();
        let second = table["q"].as_array().unwrap()[1].clone();
        let e = <Inner as serde::Deserialize>::deserialize(second).unwrap_err();
        let m = value(&e, text, &["q", "1"]);
        assert!(m.starts_with("line 4, column 8: secs: "), "{m}");
    }

    #[test]
    fn an_unknown_key_is_placed_at_the_key() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code, reason = "only its errors are looked at")]
        struct Inner {
            secs: Option<u64>,
        }
        let text = "\n  colour = 3\n";
        let table: toml::Table = toml::from_str(text).unwrap();
        let e = <Inner as serde::Deserialize>::deserialize(toml::Value::Table(table)).unwrap_err();
        let m = value(&e, text, &[]);
        assert!(m.starts_with("line 2, column 3: unknown field `colour`"), "{m}");
    }
}
