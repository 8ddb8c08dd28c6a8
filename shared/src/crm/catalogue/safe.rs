//! CRM text made safe to use: display text without control characters or bidi overrides and
//! bounded in length, Fluent string literals that cannot inject syntax, lenient JSON scalars, and
//! valid, stable ids from arbitrary codes. The mapping itself is in the parent module.

use crate::forms::schema::{MAX_ID_LEN, is_valid_id};
use serde_json::Value as Json;
use std::collections::BTreeSet;

/// CRM text as a Fluent string literal placeable, `{ "…" }`: inside one, only `\` and `"` are
/// special, so braces, `[`, `*`, `.` or `-` from the CRM cannot become Fluent syntax. `text`
/// has been [`clean`]ed, so it holds no line breaks.
pub fn literal(text: &str) -> String {
    let text = if text.is_empty() { "-" } else { text };
    format!("{{ \"{}\" }}", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Text from the CRM made fit to show: no control characters or bidi overrides (which could
/// make a label read differently from what it says), whitespace collapsed, at most `max` chars.
pub fn clean(raw: &str, max: usize) -> String {
    let bidi =
        |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let spaced: String = raw
        .chars()
        .filter(|c| !bidi(*c))
        .map(|c| if c.is_control() || c.is_whitespace() { ' ' } else { c })
        .collect();
    cut(&spaced.split_whitespace().collect::<Vec<_>>().join(" "), max)
}

pub(super) fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max - 1).collect::<String>().trim_end().to_owned();
        out.push('…');
        out
    }
}

/// A JSON string or number as text.
pub(super) fn text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A JSON boolean, also as `"true"`/`"false"` text (some servers send strings).
pub(super) fn flag(v: Option<&Json>) -> Option<bool> {
    match v? {
        Json::Bool(b) => Some(*b),
        Json::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Json::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// Lowercase ASCII letters and digits of `raw`, other runs as one hyphen, at most `max` long.
pub(super) fn slug(raw: &str, max: usize) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        if out.len() >= max {
            break;
        }
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A valid id for `raw`, unique in `taken`: `prefix` and its slug (with `lead` in front when the
/// slug does not start with a letter), else with a short hash of `raw` added, so codes that only
/// differ in punctuation or case keep apart, and keep the same id from one refresh to the next.
pub(super) fn make_id(prefix: &str, lead: &str, raw: &str, taken: &mut BTreeSet<String>) -> String {
    let room = MAX_ID_LEN - prefix.len() - lead.len();
    let s = slug(raw, room);
    let plain = if prefix.is_empty() && !s.starts_with(|c: char| c.is_ascii_lowercase()) {
        format!("{lead}{s}")
    } else {
        format!("{prefix}{s}")
    };
    let plain = plain.trim_end_matches('-').to_owned();
    let id = if !s.is_empty() && is_valid_id(&plain) && !taken.contains(&plain) {
        plain
    } else {
        use sha2::Digest;
        let hash = hex::encode(&sha2::Sha256::digest(raw.as_bytes())[..3]);
        let mut stem = plain;
        stem.truncate(MAX_ID_LEN - hash.len() - 4);
        let stem = stem.trim_end_matches('-');
        let mut id = format!("{stem}-{hash}");
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{stem}-{hash}-{n}");
            n += 1;
        }
        id
    };
    taken.insert(id.clone());
    id
}
