//! What staff are told of a delivery error: the text cleaned (an HTML page's markup and control
//! characters gone, cut at a word) and its kind, a word with nothing of the CRM's own text in it,
//! kept plain beside the sealed error. Storing them is [`super::delivery`]'s job.

/// The `error_kind` of a row parked because it cannot be read.
pub const UNREADABLE: &str = "unreadable";

/// What kind of error `reason` is, with none of the CRM's own words: `HTTP 500`, `SMTP 451`, `unreachable`,
/// `timeout`, `redirect`, `too large`, `cut off`, or `other`. Kept in plain text beside the
/// sealed error, so "the same error for a day" can be judged without the key.
pub fn error_kind(reason: &str) -> String {
    let lower = reason.to_ascii_lowercase();
    // The email connector's replies: `SMTP 451: …`.
    if let Some(code) = reason.strip_prefix("SMTP ").and_then(|r| r.get(..3))
        && code.bytes().all(|b| b.is_ascii_digit())
    {
        return format!("SMTP {code}");
    }
    if let Some(rest) = reason.strip_prefix("HTTP ")
        && let Some(code) = rest.get(..3)
        && code.bytes().all(|b| b.is_ascii_digit())
    {
        if lower.contains("redirect") {
            return "redirect".into();
        }
        return format!("HTTP {code}");
    }
    let kind = if lower.contains("timed out") || lower.contains("timeout") {
        "timeout"
    } else if lower.contains("could not reach") || lower.contains("connect") {
        "unreachable"
    } else if lower.contains("larger than") {
        "too large"
    } else if lower.contains("cut off") {
        "cut off"
    } else {
        "other"
    };
    kind.into()
}

/// An error as staff read it: an HTML page's markup and all control characters gone, white
/// space folded, and at most [`ERROR_CHARS`] characters, cut at a word with an ellipsis rather
/// than mid-word.
pub fn clean_error(s: &str) -> String {
    let mut text = String::with_capacity(s.len().min(4 * ERROR_CHARS));
    // Only an HTML page loses its tags: in an XML or JSON reply the names say what was there.
    let lower = s.get(..s.len().min(4096)).unwrap_or(s).to_ascii_lowercase();
    let html = [
        "<html",
        "<!doctype html",
        "<body",
        "<head",
        "<title",
        "<p>",
        "<h1",
        "<div",
    ]
    .iter()
    .any(|t| lower.contains(t));
    let mut in_tag = false;
    for c in s.chars().take(16 * ERROR_CHARS) {
        match c {
            '<' if html => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if in_tag => {}
            c if c.is_control() => text.push(' '),
            c => text.push(c),
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let extra = usize::from(!out.is_empty()) + w.chars().count();
        if out.chars().count() + extra > ERROR_CHARS {
            // One over-long word alone is cut; otherwise stop at the last whole word.
            if out.is_empty() {
                out = w.chars().take(ERROR_CHARS - 1).collect();
            }
            out.push('…');
            return out;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The longest error staff are shown.
pub const ERROR_CHARS: usize = 240;

#[cfg(test)]
mod tests {
    use super::{ERROR_CHARS, clean_error, error_kind};

    #[test]
    fn an_html_error_page_shows_as_its_words_and_a_long_error_is_cut_at_a_word() {
        let page = "HTTP 500: the CRM is unavailable: <!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>\n<body><h1>Oops</h1></body></html>";
        assert_eq!(
            clean_error(page),
            "HTTP 500: the CRM is unavailable: 500 Internal Server Error Oops"
        );
        let xml = "HTTP 201: not JSON: <?xml version=\"1.0\"?><service_request_id>42</service_request_id>";
        assert!(
            clean_error(xml).contains("<service_request_id>42"),
            "XML keeps its names"
        );
        let long = "word ".repeat(200);
        let cut = clean_error(&long);
        assert!(cut.chars().count() <= ERROR_CHARS && cut.ends_with("word…"), "{cut}");
        let one = "x".repeat(1000);
        assert_eq!(clean_error(&one).chars().count(), ERROR_CHARS);
        assert_eq!(clean_error("a\u{0}b\r\nc\u{1b}[31m"), "a b c [31m");
    }

    #[test]
    fn error_kinds_carry_no_words_of_the_crm() {
        assert_eq!(error_kind("HTTP 500: the CRM is unavailable: Ali Khan"), "HTTP 500");
        assert_eq!(error_kind("HTTP 422: name 'Ali Khan' too long"), "HTTP 422");
        assert_eq!(
            error_kind("could not reach the CRM: tcp connect error: Connection refused"),
            "unreachable"
        );
        assert_eq!(error_kind("could not reach the CRM: operation timed out"), "timeout");
        assert_eq!(error_kind("HTTP 302: the CRM redirected to x"), "redirect");
        assert_eq!(error_kind("Ali Khan"), "other");
        assert_eq!(
            error_kind("SMTP 550: 5.1.1 [address] Recipient address rejected"),
            "SMTP 550"
        );
    }
}
