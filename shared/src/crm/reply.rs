//! Reading what a CRM answered to one delivery attempt, as an [`Outcome`]: received (with its
//! id or token), a duplicate, a permanent refusal, or a transient fault to retry. Covers Open311
//! GeoReport v2 replies (the spec's short array, whole request records, `[{code, description}]`
//! errors and other JSON error shapes) and the signed-webhook contract. Pure: the HTTP client
//! hands over status, headers and body; hostile bodies give a clear outcome, never a panic.

use crate::outbox::Outcome;
use serde_json::Value;

/// Replies larger than this are not parsed: no CRM's acknowledgement is this big.
pub const MAX_REPLY_BYTES: usize = 1 << 20;

/// What came back over HTTP.
#[derive(Debug, Clone, Copy)]
pub struct Reply<'a> {
    /// HTTP status code.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<&'a str>,
    /// The `Retry-After` header, if any (seconds, or an HTTP date).
    pub retry_after: Option<&'a str>,
    /// The body as received (may be anything).
    pub body: &'a [u8],
}

/// `Retry-After` in milliseconds from `now_unix_s`; delta-seconds or an IMF-fixdate.
pub fn retry_after_ms(header: &str, now_unix_s: i64) -> Option<i64> {
    let h = header.trim();
    if let Ok(secs) = h.parse::<i64>() {
        return (secs >= 0).then(|| secs.saturating_mul(1000));
    }
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let at = time::PrimitiveDateTime::parse(h, &fmt)
        .ok()?
        .assume_utc()
        .unix_timestamp();
    Some(at.saturating_sub(now_unix_s).max(0).saturating_mul(1000))
}

/// A short, single-line description of a reply for staff (no body beyond 200 characters).
fn describe(reply: &Reply, what: &str) -> String {
    let snippet: String = String::from_utf8_lossy(&reply.body[..reply.body.len().min(400)])
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    let snippet = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
    if snippet.is_empty() {
        format!("HTTP {}: {what}", reply.status)
    } else {
        format!("HTTP {}: {what}: {snippet}", reply.status)
    }
}

fn transient(reply: &Reply, what: &str, now_unix_s: i64) -> Outcome {
    Outcome::Transient {
        reason: describe(reply, what),
        retry_after_ms: reply.retry_after.and_then(|h| retry_after_ms(h, now_unix_s)),
    }
}

fn looks_like_html(reply: &Reply) -> bool {
    reply
        .content_type
        .is_some_and(|c| c.to_ascii_lowercase().contains("html"))
        || reply
            .body
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take(1)
            .any(|&b| b == b'<')
}

/// An XML content type (not XHTML), or a body opening with an XML declaration.
fn looks_like_xml(reply: &Reply) -> bool {
    let ctype = reply.content_type.unwrap_or("").to_ascii_lowercase();
    let body = reply.body.iter().skip_while(|b| b.is_ascii_whitespace());
    (ctype.contains("xml") && !ctype.contains("html")) || body.take(5).copied().eq(b"<?xml".iter().copied())
}

fn parse_json(reply: &Reply) -> Option<Value> {
    if reply.body.len() > MAX_REPLY_BYTES {
        return None;
    }
    serde_json::from_slice(reply.body).ok()
}

/// An id may come as a string or a number; anything else is not an id.
fn id_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() && s.len() <= 200 => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error text of an Open311-style or other JSON error body.
fn error_text(v: &Value) -> Option<String> {
    let first = match v {
        Value::Array(items) => items.first()?,
        other => other,
    };
    let obj = first.as_object()?;
    for key in ["description", "message", "error", "detail", "title"] {
        match obj.get(key) {
            Some(Value::String(s)) => return Some(s.chars().take(200).collect()),
            Some(Value::Object(inner)) => {
                if let Some(Value::String(s)) = inner.get("message") {
                    return Some(s.chars().take(200).collect());
                }
            }
            _ => {}
        }
    }
    None
}

/// Classify an Open311 GeoReport v2 `POST requests.json` reply.
pub fn open311(reply: &Reply, now_unix_s: i64) -> Outcome {
    let status = reply.status;
    if (200..300).contains(&status) {
        if looks_like_html(reply) {
            // A 200 HTML page is a captive portal or a proxy, not the CRM; XML is GeoReport's
            // other format, from a server not answering `requests.json` as JSON.
            let what = if looks_like_xml(reply) {
                "an XML document instead of JSON"
            } else {
                "an HTML page instead of JSON"
            };
            return transient(reply, what, now_unix_s);
        }
        let Some(v) = parse_json(reply) else {
            return transient(reply, "a reply that is not JSON", now_unix_s);
        };
        // The spec's short reply is an array of one; some servers return a bare object or the
        // whole request record. Either may carry an id, or a token to poll.
        let record = match &v {
            Value::Array(items) => items.first(),
            Value::Object(_) => Some(&v),
            _ => None,
        };
        let Some(record) = record.and_then(Value::as_object) else {
            return transient(reply, "a JSON reply without a request", now_unix_s);
        };
        if let Some(id) = record.get("service_request_id").and_then(id_of) {
            return Outcome::Accepted {
                crm_id: id,
                dropped: None,
            };
        }
        if let Some(token) = record.get("token").and_then(id_of) {
            return Outcome::Accepted {
                crm_id: format!("token:{token}"),
                dropped: None,
            };
        }
        if let Some(text) = error_text(&v) {
            return Outcome::Permanent {
                reason: format!("HTTP {status}: {text}"),
            };
        }
        return transient(reply, "no service_request_id or token in the reply", now_unix_s);
    }
    classify_failure(reply, now_unix_s)
}

/// Classify a signed-webhook reply: 2xx with a parsable JSON body is received (its `id`, if any,
/// is the CRM id); 409 means the CRM already has this idempotency key.
pub fn webhook(reply: &Reply, now_unix_s: i64) -> Outcome {
    let status = reply.status;
    if (200..300).contains(&status) {
        return match parse_json(reply) {
            Some(v) => Outcome::Accepted {
                crm_id: v
                    .get("id")
                    .or_else(|| v.get("crm_id"))
                    .and_then(id_of)
                    .unwrap_or_default(),
                dropped: None,
            },
            None => transient(reply, "a 2xx reply whose body is not JSON", now_unix_s),
        };
    }
    if status == 409 {
        return Outcome::Duplicate {
            crm_id: parse_json(reply).and_then(|v| v.get("id").and_then(id_of)),
        };
    }
    classify_failure(reply, now_unix_s)
}

/// Non-2xx replies: 408, 425, 429 and 5xx are worth retrying; other 4xx are permanent, with the
/// CRM's own words when it gave any; 1xx/3xx here mean a broken server or a redirect loop.
fn classify_failure(reply: &Reply, now_unix_s: i64) -> Outcome {
    let status = reply.status;
    let retryable = matches!(status, 408 | 425 | 429) || !(200..500).contains(&status) || (300..400).contains(&status);
    if retryable || (looks_like_html(reply) && status != 400 && status != 422) {
        return transient(
            reply,
            if (300..400).contains(&status) {
                "a redirect"
            } else {
                "the CRM is unavailable"
            },
            now_unix_s,
        );
    }
    let text = parse_json(reply)
        .as_ref()
        .and_then(error_text)
        .unwrap_or_else(|| describe(reply, "refused"));
    Outcome::Permanent {
        reason: if text.starts_with("HTTP ") {
            text
        } else {
            format!("HTTP {status}: {text}")
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(status: u16, body: &str) -> Reply<'_> {
        Reply {
            status,
            content_type: Some("application/json"),
            retry_after: None,
            body: body.as_bytes(),
        }
    }

    #[test]
    fn open311_short_reply_long_record_and_token_are_received() {
        assert_eq!(
            open311(&r(201, r#"[{"service_request_id":"638344","service_notice":"ok"}]"#), 0),
            Outcome::Accepted {
                crm_id: "638344".into(),
                dropped: None
            }
        );
        assert_eq!(
            open311(
                &r(200, r#"{"service_request_id":42,"status":"open","description":"x"}"#),
                0
            ),
            Outcome::Accepted {
                crm_id: "42".into(),
                dropped: None
            }
        );
        assert_eq!(
            open311(&r(200, r#"[{"token":"12345"}]"#), 0),
            Outcome::Accepted {
                crm_id: "token:12345".into(),
                dropped: None
            }
        );
    }

    #[test]
    fn open311_errors_in_the_spec_shape_and_others_are_permanent() {
        assert_eq!(
            open311(
                &r(400, r#"[{"code":400,"description":"service_code was not found"}]"#),
                0
            ),
            Outcome::Permanent {
                reason: "HTTP 400: service_code was not found".into()
            }
        );
        assert_eq!(
            open311(&r(422, r#"{"error":{"message":"lat out of range"}}"#), 0),
            Outcome::Permanent {
                reason: "HTTP 422: lat out of range".into()
            }
        );
        assert!(matches!(open311(&r(403, ""), 0), Outcome::Permanent { .. }));
    }

    #[test]
    fn server_faults_html_pages_and_redirects_are_transient() {
        let html = Reply {
            status: 502,
            content_type: Some("text/html"),
            retry_after: Some("120"),
            body: b"<html><body>Bad Gateway</body></html>",
        };
        assert_eq!(
            open311(&html, 0),
            Outcome::Transient {
                reason: "HTTP 502: the CRM is unavailable: <html><body>Bad Gateway</body></html>".into(),
                retry_after_ms: Some(120_000)
            }
        );
        assert!(
            matches!(open311(&r(200, "<html>login</html>"), 0), Outcome::Transient { .. }),
            "captive portal"
        );
        assert!(matches!(open311(&r(500, "{}"), 0), Outcome::Transient { .. }));
        assert!(matches!(open311(&r(429, ""), 0), Outcome::Transient { .. }));
        assert!(matches!(open311(&r(302, ""), 0), Outcome::Transient { .. }));
        assert!(matches!(webhook(&r(503, ""), 0), Outcome::Transient { .. }));
    }

    #[test]
    fn malformed_and_hostile_replies_never_count_as_received() {
        for body in [
            "",
            "null",
            "[]",
            "[1]",
            "\"ok\"",
            "{\"service_request_id\":null}",
            "{\"service_request_id\":{}}",
            "[{\"service_request_id\":\"\"}]",
            "{not json",
        ] {
            assert!(!matches!(open311(&r(200, body), 0), Outcome::Accepted { .. }), "{body}");
        }
        let bad_utf8 = Reply {
            status: 200,
            content_type: None,
            retry_after: None,
            body: &[0xff, 0xfe, b'{'],
        };
        assert!(matches!(open311(&bad_utf8, 0), Outcome::Transient { .. }));
        let huge = format!(
            "[{{\"service_request_id\":\"1\",\"pad\":\"{}\"}}]",
            "x".repeat(MAX_REPLY_BYTES)
        );
        assert!(
            matches!(open311(&r(200, &huge), 0), Outcome::Transient { .. }),
            "a huge body is not parsed"
        );
        let long_id = format!("[{{\"service_request_id\":\"{}\"}}]", "9".repeat(500));
        assert!(!matches!(open311(&r(200, &long_id), 0), Outcome::Accepted { .. }));
    }

    #[test]
    fn an_open311_xml_reply_is_named_as_xml_not_html() {
        let xml = Reply {
            status: 201,
            content_type: Some("application/xml; charset=utf-8"),
            retry_after: None,
            body: b"<?xml version=\"1.0\"?><service_requests><request><service_request_id>1</service_request_id></request></service_requests>",
        };
        let Outcome::Transient { reason, .. } = open311(&xml, 0) else {
            panic!("XML is not a received reply")
        };
        assert!(
            reason.starts_with("HTTP 201: an XML document instead of JSON"),
            "{reason}"
        );
        let untyped = Reply {
            content_type: None,
            ..xml
        };
        assert!(matches!(open311(&untyped, 0), Outcome::Transient { reason, .. } if reason.contains("XML document")));
        let xhtml = Reply {
            content_type: Some("application/xhtml+xml"),
            body: b"<html><body>Sign in</body></html>",
            ..xml
        };
        assert!(matches!(open311(&xhtml, 0), Outcome::Transient { reason, .. } if reason.contains("HTML page")));
    }

    #[test]
    fn staff_see_a_short_single_line_reason() {
        let body = format!("<html>\n{}\n</html>", "error ".repeat(1000));
        let Outcome::Transient { reason, .. } = open311(&r(500, &body), 0) else {
            panic!()
        };
        assert!(reason.len() < 300 && !reason.contains('\n'), "{reason}");
    }

    #[test]
    fn webhook_2xx_needs_json_and_409_is_a_duplicate() {
        assert_eq!(
            webhook(&r(200, r#"{"id":"CASE-7"}"#), 0),
            Outcome::Accepted {
                crm_id: "CASE-7".into(),
                dropped: None
            }
        );
        assert_eq!(
            webhook(&r(202, r#"{"status":"queued"}"#), 0),
            Outcome::Accepted {
                crm_id: String::new(),
                dropped: None
            }
        );
        assert!(
            matches!(webhook(&r(200, "OK"), 0), Outcome::Transient { .. }),
            "2xx without a parsable body is not received"
        );
        assert_eq!(
            webhook(&r(409, r#"{"id":"CASE-7"}"#), 0),
            Outcome::Duplicate {
                crm_id: Some("CASE-7".into())
            }
        );
        assert!(matches!(
            webhook(&r(400, r#"{"message":"missing field reference"}"#), 0),
            Outcome::Permanent { .. }
        ));
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(retry_after_ms("30", 0), Some(30_000));
        assert_eq!(retry_after_ms("-5", 0), None);
        assert_eq!(
            retry_after_ms("Wed, 21 Oct 2015 07:28:00 GMT", 1_445_412_400),
            Some(80_000)
        );
        assert_eq!(retry_after_ms("soon", 0), None);
        assert_eq!(retry_after_ms("99999999999999999999", 0), None);
    }
}
