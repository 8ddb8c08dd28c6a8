//! What the CRM says about a request it holds: reading an Open311 `GET requests/{id}.json`
//! reply into a [`CrmStatus`] for "Track an enquiry". Pure; fetching it is the connector's job
//! and caching it is the store's (`store::status`).

use serde_json::Value;

/// The longest status note we keep; a kiosk screen shows a few lines.
pub const MAX_NOTES_CHARS: usize = 500;

/// The CRM's view of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrmStatus {
    /// Open311 says `open` or `closed`; other servers use their own words, kept as given.
    pub state: StatusState,
    /// The council's note to the public (`status_notes`), if any. Free text from the CRM.
    pub notes: Option<String>,
    /// When the CRM last changed it (`updated_datetime`, RFC 3339), if given and well-formed.
    pub updated: Option<String>,
    /// When the council expects to finish (`expected_datetime`), if given and well-formed.
    pub expected: Option<String>,
}

/// Where the request stands at the council.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusState {
    /// Still being worked on.
    Open,
    /// Finished.
    Closed,
    /// A word the spec does not define (some servers say "in progress", "duplicate"…).
    Other(String),
}

impl StatusState {
    /// The word stored in the cache.
    pub fn as_str(&self) -> &str {
        match self {
            StatusState::Open => "open",
            StatusState::Closed => "closed",
            StatusState::Other(s) => s,
        }
    }

    /// Read a stored or received word.
    pub fn from_word(word: &str) -> StatusState {
        match word.trim().to_ascii_lowercase().as_str() {
            "open" => StatusState::Open,
            "closed" => StatusState::Closed,
            _ => StatusState::Other(clean(word, 40)),
        }
    }
}

/// Why a status reply could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// The body is not JSON (often an HTML error page).
    #[error("the CRM's status reply is not JSON")]
    NotJson,
    /// JSON, but no record with a status in it.
    #[error("the CRM's status reply has no status in it")]
    NoStatus,
    /// The record is for another request.
    #[error("the CRM answered about request {0}, not the one asked for")]
    WrongRequest(String),
}

/// Keep printable characters only (no controls, no bidi overrides that could reorder the
/// screen), trimmed and cut to `max` characters.
fn clean(text: &str, max: usize) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let words: Vec<&str> = kept.split(' ').filter(|w| !w.is_empty()).collect();
    words.join(" ").chars().take(max).collect()
}

fn timestamp(v: Option<&Value>) -> Option<String> {
    let text = v?.as_str()?.trim();
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
    Some(text.to_owned())
}

/// Read the reply to `GET requests/{id}.json` for request `id`. The spec answers a one-element
/// array; some servers answer the bare object, which is accepted too.
pub fn parse(id: &str, body: &[u8]) -> Result<CrmStatus, StatusError> {
    let v: Value = serde_json::from_slice(body).map_err(|_| StatusError::NotJson)?;
    let record = match &v {
        Value::Array(items) => items.first().ok_or(StatusError::NoStatus)?,
        Value::Object(_) => &v,
        _ => return Err(StatusError::NoStatus),
    };
    if let Some(other) = record.get("service_request_id") {
        let other = match other {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        if !other.is_empty() && other != id {
            return Err(StatusError::WrongRequest(clean(&other, 40)));
        }
    }
    let state = match record.get("status") {
        Some(Value::String(s)) if !clean(s, 40).is_empty() => StatusState::from_word(s),
        _ => return Err(StatusError::NoStatus),
    };
    let notes = record
        .get("status_notes")
        .and_then(Value::as_str)
        .map(|n| clean(n, MAX_NOTES_CHARS))
        .filter(|n| !n.is_empty());
    Ok(CrmStatus {
        state,
        notes,
        updated: timestamp(record.get("updated_datetime")),
        expected: timestamp(record.get("expected_datetime")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_specs_array_reply_is_read() {
        let body = br#"[{"service_request_id":"638344","status":"closed","status_notes":"Duplicate request.",
            "service_name":"Sidewalk and Curb Issues","updated_datetime":"2010-04-14T06:37:38-08:00",
            "expected_datetime":"2010-04-15T06:37:38-08:00"}]"#;
        let s = parse("638344", body).unwrap();
        assert_eq!(s.state, StatusState::Closed);
        assert_eq!(s.notes.as_deref(), Some("Duplicate request."));
        assert_eq!(s.updated.as_deref(), Some("2010-04-14T06:37:38-08:00"));
        assert_eq!(s.expected.as_deref(), Some("2010-04-15T06:37:38-08:00"));
    }

    #[test]
    fn a_bare_object_and_a_numeric_id_are_accepted() {
        let s = parse("42", br#"{"service_request_id":42,"status":"Open"}"#).unwrap();
        assert_eq!(s.state, StatusState::Open);
        assert_eq!((s.notes, s.updated, s.expected), (None, None, None));
    }

    #[test]
    fn unknown_words_are_kept_cleaned_and_bounded() {
        let s = parse(
            "1",
            br#"[{"status":"In\u202eProgress\u0007","status_notes":"line one\nline\ttwo"}]"#,
        )
        .unwrap();
        assert_eq!(s.state, StatusState::Other("InProgress".into()));
        assert_eq!(s.notes.as_deref(), Some("line one line two"));
        let long = format!(r#"[{{"status":"open","status_notes":"{}"}}]"#, "x".repeat(100_000));
        assert_eq!(
            parse("1", long.as_bytes()).unwrap().notes.unwrap().chars().count(),
            MAX_NOTES_CHARS
        );
    }

    #[test]
    fn hostile_replies_are_clear_errors() {
        assert_eq!(parse("1", b"<html>502 Bad Gateway</html>"), Err(StatusError::NotJson));
        assert_eq!(parse("1", b""), Err(StatusError::NotJson));
        assert_eq!(parse("1", b"[]"), Err(StatusError::NoStatus));
        assert_eq!(parse("1", b"\"open\""), Err(StatusError::NoStatus));
        assert_eq!(parse("1", br#"[{"status":17}]"#), Err(StatusError::NoStatus));
        assert_eq!(parse("1", br#"[{"status":"   "}]"#), Err(StatusError::NoStatus));
        assert_eq!(
            parse("1", br#"[{"service_request_id":"2","status":"open"}]"#),
            Err(StatusError::WrongRequest("2".into()))
        );
    }

    #[test]
    fn malformed_dates_are_dropped_not_shown() {
        let s = parse(
            "1",
            br#"[{"status":"open","updated_datetime":"yesterday","expected_datetime":7}]"#,
        )
        .unwrap();
        assert_eq!((s.updated, s.expected), (None, None));
    }
}
