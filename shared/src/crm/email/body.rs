//! The plain text of a submission's email, as a caseworker reads it in the council's working
//! language (`[staff] locale`): the reference, the form, when it was sent (local time), every
//! answer under its question's label (option labels, addresses on one line, each address's
//! UPRN or a note that it was typed by hand), and the card with how it was checked. Pure; the
//! headers and the attachment are [`super::message`]'s.
//!
//! ```text
//! Reference: K7QF-9M2A
//! Form: Report a missed bin collection
//! Sent at the kiosk: 05/12/2026 10:00 (Europe/London)
//!
//! Answers given at the kiosk:
//! Bin: Garden waste
//! Address: 12 High Street, Leicester, LE1 1AA
//!   UPRN: 100030000012
//! Bin out by 7am: Yes
//!
//! Card: none used
//!
//! The same submission is attached for systems to read: onestop-K7QF-9M2A.json
//! ```

use crate::card::carried::Check;
use crate::card::identity::Identity;
use crate::crm::Outgoing;
use crate::crm::description::{Labels, clean};
use crate::forms::{FormDef, Value};
use crate::hours::Zone;
use crate::i18n::ArgValue;

/// One staff.ftl message in the council's language, on one line.
fn say(labels: &Labels, id: &str, args: &[(&str, ArgValue<'_>)]) -> String {
    clean(
        &labels.translations.file_text(&labels.locale, "staff.ftl", id, args),
        true,
    )
}

/// `created_at` (RFC 3339) as local `dd/mm/yyyy hh:mm (zone)`, or as given when unreadable.
fn local_time(created_at: &str, zone: Zone) -> String {
    let Ok(t) = time::OffsetDateTime::parse(created_at, &time::format_description::well_known::Rfc3339) else {
        return created_at.to_owned();
    };
    let l = zone.local(t.unix_timestamp());
    format!(
        "{:02}/{:02}/{} {:02}:{:02} ({})",
        l.day(),
        u8::from(l.month()),
        l.year(),
        l.hour(),
        l.minute(),
        zone.name()
    )
}

/// The lines under an address: its UPRN, or that it was typed and needs matching; its USRN and
/// place when the gazetteer gave them.
fn address_lines(labels: &Labels, a: &crate::forms::Address) -> Vec<String> {
    let mut lines = Vec::new();
    match a.uprn {
        Some(uprn) => lines.push(say(
            labels,
            "crm-email-uprn",
            &[("detail", ArgValue::Str(&uprn.to_string()))],
        )),
        None => lines.push(say(labels, "crm-email-uprn-typed", &[])),
    }
    if let Some(usrn) = a.usrn {
        lines.push(say(
            labels,
            "crm-email-usrn",
            &[("detail", ArgValue::Str(&usrn.to_string()))],
        ));
    }
    if let Some(place) = a.location {
        let at = format!("{:.6}, {:.6}", place.lat as f64 / 1e6, place.long as f64 / 1e6);
        lines.push(say(labels, "crm-email-location", &[("detail", ArgValue::Str(&at))]));
    }
    lines.into_iter().map(|l| format!("  {l}")).collect()
}

/// How the card was checked, in words.
fn card_line(labels: &Labels, identity: Option<&Identity>) -> String {
    let Some(id) = identity else {
        return say(labels, "crm-email-card-none", &[]);
    };
    let state = say(
        labels,
        match id.check {
            Check::Kiosk => "crm-email-check-kiosk",
            Check::Unchecked => "crm-email-check-unchecked",
            Check::Forwarded => "crm-email-check-forwarded",
            Check::Rejected => "crm-email-check-rejected",
        },
        &[],
    );
    say(
        labels,
        "crm-email-card",
        &[
            ("card", ArgValue::Str(&id.card)),
            ("reader", ArgValue::Str(&id.provider)),
            ("state", ArgValue::Str(&state)),
        ],
    )
}

/// The form's title in the council's language (its id when the form is unknown here).
pub fn form_title(labels: &Labels, form_id: &str) -> String {
    let title = labels
        .translations
        .form_text_opt(&labels.locale, form_id, "title", None)
        .unwrap_or_else(|| form_id.to_owned());
    clean(&title, true)
}

/// The body of `out`'s email. `form` gives the questions' order and labels; without it (a form
/// gone from this kiosk) answers come by id, so nothing is left out.
pub fn body(out: &Outgoing, form: Option<&FormDef>, labels: &Labels, zone: Zone, attachment: &str) -> String {
    let reference = ArgValue::Str(&out.reference);
    let title = form_title(labels, &out.form_id);
    let when = local_time(&out.created_at, zone);
    let mut lines = vec![
        say(labels, "crm-email-reference", &[("reference", reference)]),
        say(labels, "crm-email-form", &[("subject", ArgValue::Str(&title))]),
        say(labels, "crm-email-sent", &[("when", ArgValue::Str(&when))]),
        String::new(),
        say(labels, "crm-answers-heading", &[]),
    ];
    let order: Vec<&str> = match form {
        Some(f) => f.questions.iter().map(|q| q.id.as_str()).collect(),
        None => out.answers.values.keys().map(String::as_str).collect(),
    };
    for qid in order {
        let Some(value) = out.answers.values.get(qid) else {
            continue;
        };
        let label = clean(&labels.question(&out.form_id, qid), true);
        let answer = match value {
            // The visitor's own words keep their lines, indented under the label.
            Value::Text(t) if t.contains('\n') => {
                let text = clean(t, false);
                format!("\n  {}", text.lines().collect::<Vec<_>>().join("\n  "))
            }
            other => clean(&labels.answer(&out.form_id, qid, other), true),
        };
        lines.push(format!("{label}: {answer}"));
        if let Value::Address(a) = value {
            lines.extend(address_lines(labels, a));
        }
    }
    lines.push(String::new());
    lines.push(card_line(labels, out.identity.as_ref()));
    lines.push(String::new());
    lines.push(say(
        labels,
        "crm-email-attachment",
        &[("detail", ArgValue::Str(attachment))],
    ));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
