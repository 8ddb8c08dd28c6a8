//! The daily CSV's columns and cells: a header that depends only on the form's current
//! definition, and one record per outbox row. Fixed columns come first ([`FIXED`]), then one per
//! current question, named by its id (an address spread over [`ADDRESS_PARTS`] as `id.part`),
//! then `other_answers` for answers to questions the current version no longer asks. A row from
//! an older version fills the columns it has and leaves the rest empty; a purged row keeps its
//! reference, time, state, version and language and nothing else. Choices are written as option
//! ids (stable across languages and wording changes), several joined with `; `; yes/no and
//! consent as `yes`/`no`. Quoting is [`super::writer`]'s.

use super::writer::{Cell, CsvWriter};
use crate::forms::{Address, FieldKind, FormDef, Value};
use crate::hours::Zone;
use crate::store::csv_days::CsvRow;

/// The columns every file starts with.
pub const FIXED: [&str; 8] = [
    "reference",
    "submitted_at",
    "state",
    "form_version",
    "locale",
    "uprn",
    "usrn",
    "card",
];

/// The sub-columns of an address answer, in order.
pub const ADDRESS_PARTS: [&str; 5] = ["postcode", "house", "street", "town", "uprn"];

/// The last column: answers to questions the current definition no longer asks.
pub const OTHER: &str = "other_answers";

/// The header for `form`'s current definition (`None`: a form no longer offered, whose answers
/// all go to [`OTHER`]).
pub fn header(form: Option<&FormDef>) -> Vec<String> {
    let mut names: Vec<String> = FIXED.iter().map(|s| (*s).to_owned()).collect();
    for q in form.map(|f| f.questions.as_slice()).unwrap_or_default() {
        if q.kind == FieldKind::Address {
            names.extend(ADDRESS_PARTS.iter().map(|p| format!("{}.{p}", q.id)));
        } else {
            names.push(q.id.clone());
        }
    }
    names.push(OTHER.to_owned());
    names
}

/// A time as local ISO 8601 with its offset, e.g. `2026-07-01T09:30:00+01:00`.
pub fn local_stamp(zone: Zone, at: i64) -> String {
    let t = zone.local(at);
    let offset = zone.offset_at(at);
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        t.date(),
        t.hour(),
        t.minute(),
        t.second(),
        offset / 3600,
        offset % 3600 / 60
    )
}

/// An answer as one cell's text: choices joined with `; `, an address as one line.
fn text_of(value: &Value) -> String {
    match value {
        Value::Text(s) | Value::Date(s) | Value::Choice(s) | Value::Email(s) | Value::Phone(s) | Value::Postcode(s) => {
            s.clone()
        }
        Value::Number(n) => n.to_string(),
        Value::YesNo(b) | Value::Consent(b) => (if *b { "yes" } else { "no" }).to_owned(),
        Value::Choices(ids) => ids.join("; "),
        Value::Address(a) => a.line(),
    }
}

/// The whole file: BOM, header, then one record per row in the order given.
pub fn write(form: Option<&FormDef>, zone: Zone, rows: &[CsvRow]) -> Vec<u8> {
    let mut w = CsvWriter::new();
    let header = header(form);
    w.record(header.iter().map(|h| Cell::Text(h)));
    let questions = form.map(|f| f.questions.as_slice()).unwrap_or_default();
    for row in rows {
        let values = row.answers.as_ref().map(|a| &a.values);
        let address: Option<&Address> = values.and_then(|vs| {
            let in_order = questions.iter().filter_map(|q| vs.get(&q.id));
            in_order.chain(vs.values()).find_map(|v| match v {
                Value::Address(a) => Some(a),
                _ => None,
            })
        });
        let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let fixed = [
            row.reference.clone(),
            local_stamp(zone, row.submitted_at),
            row.state.name().to_owned(),
            row.form_version.to_string(),
            row.locale.clone(),
            number(address.and_then(|a| a.uprn)),
            number(address.and_then(|a| a.usrn)),
            row.card.clone().unwrap_or_default(),
        ];
        // Owned text for the cells that need joining; numbers stay numbers.
        let mut cells: Vec<Result<String, i64>> = fixed.into_iter().map(Ok).collect();
        let mut other = Vec::new();
        for q in questions {
            let value = values.and_then(|vs| vs.get(&q.id));
            match (q.kind, value) {
                (FieldKind::Address, Some(Value::Address(a))) => cells
                    .extend([&a.postcode, &a.house, &a.street, &a.town, &number(a.uprn)].map(|s| Ok(s.to_string()))),
                (FieldKind::Address, v) => {
                    // The question became an address: the old answer is kept beside the rest.
                    if let Some(v) = v {
                        other.push(format!("{}: {}", q.id, text_of(v)));
                    }
                    cells.extend(ADDRESS_PARTS.map(|_| Ok(String::new())));
                }
                (_, Some(Value::Number(n))) => cells.push(Err(*n)),
                (_, Some(v)) => cells.push(Ok(text_of(v))),
                (_, None) => cells.push(Ok(String::new())),
            }
        }
        for (id, v) in values.into_iter().flatten() {
            if !questions.iter().any(|q| &q.id == id) {
                other.push(format!("{id}: {}", text_of(v)));
            }
        }
        cells.push(Ok(other.join("; ")));
        w.record(cells.iter().map(|c| match c {
            Ok(t) => Cell::Text(t),
            Err(n) => Cell::Number(*n),
        }));
    }
    w.into_bytes()
}
