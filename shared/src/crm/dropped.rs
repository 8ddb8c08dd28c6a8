//! Which fields a GeoReport server accepted without keeping. Some servers answer a `POST
//! requests.json` with the whole stored record, and that record shows what they kept: an
//! `"address": ""` after we sent an `address_string` means the address was dropped. We flag a
//! field only on evidence: the reply is a whole record (it echoes the `description`), it has a
//! key standing for the field, and that key is empty. A key the record does not carry tells us
//! nothing (the spec's record has no names, email or attributes), nor does the spec's short reply
//! `[{"service_request_id": …}]`, and a value the server changed (a tidied address) is kept, not
//! dropped. Pure; recording the flags is the store's (`store::field_drops`).

use serde_json::{Map, Value};

/// The fields we sent that the record in `reply` shows were not kept, in the order sent (a list
/// attribute named once, as `attribute[code]`). Empty when nothing was dropped or the reply
/// cannot tell. `marker` is our reference marker, which the description must keep.
pub fn dropped_fields(sent: &[(String, String)], reply: &[u8], marker: &str) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<Value>(reply) else {
        return Vec::new();
    };
    let record = match &v {
        Value::Array(items) => items.first().and_then(Value::as_object),
        Value::Object(o) => Some(o),
        _ => None,
    };
    // Without the description echoed back, this is an acknowledgement, not the stored record.
    let Some(record) = record.filter(|r| r.contains_key("description")) else {
        return Vec::new();
    };
    let mut dropped: Vec<String> = Vec::new();
    for (name, value) in sent {
        // A list goes as `attribute[code][]` once per item: flag it once, as `attribute[code]`.
        let label = match attribute_code(name) {
            Some(code) => format!("attribute[{code}]"),
            None => name.clone(),
        };
        if value.trim().is_empty() || dropped.contains(&label) {
            continue;
        }
        let kept = match name.as_str() {
            // Our reference must come back: reconciling finds the request by it.
            "description" => match record.get("description") {
                Some(Value::String(d)) => Some(d.contains(marker)),
                Some(Value::Null) => Some(false),
                _ => None,
            },
            "address_string" => kept_any(record, &["address_string", "address"]),
            "first_name" | "last_name" | "email" | "phone" => kept_any(record, &[name.as_str()]),
            other => attribute_code(other).and_then(|code| kept_attribute(record, code)),
        };
        if kept == Some(false) {
            dropped.push(label);
        }
    }
    dropped
}

/// `code` of `attribute[code]` or `attribute[code][]`.
fn attribute_code(name: &str) -> Option<&str> {
    let inner = name.strip_prefix("attribute[")?;
    let inner = inner.strip_suffix("[]").unwrap_or(inner);
    inner.strip_suffix(']')
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.iter().all(is_empty),
        Value::Object(o) => o.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// `Some(true)` if any of `keys` holds a value, `Some(false)` if they are present and all empty,
/// `None` if the record has none of them.
fn kept_any(record: &Map<String, Value>, keys: &[&str]) -> Option<bool> {
    let present: Vec<&Value> = keys.iter().filter_map(|k| record.get(*k)).collect();
    (!present.is_empty()).then(|| present.iter().any(|v| !is_empty(v)))
}

/// Whether the record's `attributes` (an object by code, or a list of `{code, value}`) kept
/// `code`; `None` when the record carries no attributes at all.
fn kept_attribute(record: &Map<String, Value>, code: &str) -> Option<bool> {
    match record.get("attributes")? {
        Value::Object(by_code) => Some(by_code.get(code).is_some_and(|v| !is_empty(v))),
        Value::Array(items) => Some(items.iter().any(|item| {
            item.get("code").and_then(Value::as_str) == Some(code) && item.get("value").is_some_and(|v| !is_empty(v))
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKER: &str = "[Ref WC3X-67LE]";

    fn sent() -> Vec<(String, String)> {
        [
            ("service_code", "bulky-collection"),
            ("address_string", "12 High Street, Leicester, LE1 1AA"),
            ("email", "a@example.org"),
            ("first_name", "Amina"),
            ("attribute[items][]", "sofa"),
            ("attribute[items][]", "fridge-freezer"),
            ("attribute[contact_method]", "email"),
            ("description", "Answers…\n[Ref WC3X-67LE]"),
            ("api_key", "KEY"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    #[test]
    fn the_short_reply_and_other_acknowledgements_flag_nothing() {
        for reply in [
            r#"[{"service_request_id": "638344", "service_notice": "ok"}]"#,
            r#"[{"token": "12345"}]"#,
            r#"{"service_request_id": 42, "status": "open"}"#,
            r#"[{"service_request_id": "1", "address": ""}]"#,
            "not json",
            "[]",
        ] {
            assert_eq!(
                dropped_fields(&sent(), reply.as_bytes(), MARKER),
                Vec::<String>::new(),
                "{reply}"
            );
        }
    }

    #[test]
    fn a_faithful_server_record_flags_nothing() {
        let spec_record = r#"[{"service_request_id": "SR-1", "status": "open", "service_code": "bulky-collection",
            "description": "Answers…\n[Ref WC3X-67LE]", "address": "12 HIGH ST, LEICESTER LE1 1AA", "address_id": "",
            "zipcode": "", "lat": 52.63, "long": -1.13, "media_url": ""}]"#;
        assert_eq!(
            dropped_fields(&sent(), spec_record.as_bytes(), MARKER),
            Vec::<String>::new()
        );
        let with_everything = r#"{"service_request_id": 7, "description": "[Ref WC3X-67LE]", "address_string": "12 High Street",
            "email": "a@example.org", "first_name": "Amina",
            "attributes": {"items": ["sofa", "fridge-freezer"], "contact_method": "email"}}"#;
        assert_eq!(
            dropped_fields(&sent(), with_everything.as_bytes(), MARKER),
            Vec::<String>::new()
        );
    }

    #[test]
    fn empty_keys_in_a_whole_record_are_flagged_once_each_in_the_order_sent() {
        let lossy = r#"[{"service_request_id": "SR-9", "description": "[Ref WC3X-67LE]", "address": "",
            "email": null, "first_name": "Amina", "attributes": [{"code": "contact_method", "value": ""}]}]"#;
        assert_eq!(
            dropped_fields(&sent(), lossy.as_bytes(), MARKER),
            [
                "address_string",
                "email",
                "attribute[items]",
                "attribute[contact_method]"
            ]
        );
    }

    #[test]
    fn a_description_cut_short_of_our_marker_is_flagged() {
        let cut = r#"[{"service_request_id": "SR-9", "description": "Answers…", "address": "12 High Street"}]"#;
        assert_eq!(dropped_fields(&sent(), cut.as_bytes(), MARKER), ["description"]);
    }

    #[test]
    fn nothing_sent_empty_is_ever_flagged() {
        let sent = vec![
            ("phone".to_owned(), "  ".to_owned()),
            ("description".to_owned(), MARKER.to_owned()),
        ];
        let record = format!(r#"[{{"description": "{MARKER}", "phone": ""}}]"#);
        assert_eq!(dropped_fields(&sent, record.as_bytes(), MARKER), Vec::<String>::new());
    }
}
