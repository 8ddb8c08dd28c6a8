//! The words on a receipt or ticket, in the visitor's language: from the translations and the
//! facts of one submission or ticket to the [`Receipt`] and [`Ticket`] the layouts print.

use super::layout::{Receipt, Ticket};
use crate::i18n::{ArgValue, Translations};
use time::OffsetDateTime;
use time::macros::format_description;

/// What one printed receipt is about.
#[derive(Debug, Clone)]
pub struct ReceiptFacts<'a> {
    /// The council's name.
    pub council: &'a str,
    /// The form's id (its title and next steps come from its translations).
    pub form: &'a str,
    /// The submission's reference.
    pub reference: &'a str,
    /// When it was sent, in the kiosk's local time.
    pub sent_at: OffsetDateTime,
    /// A tracking address with `{reference}` in it, or `None` to put the bare reference in the
    /// QR code (the kiosk's Track screen reads it from a scanner).
    pub track_url: Option<&'a str>,
}

/// What one printed queue ticket is about.
#[derive(Debug, Clone)]
pub struct TicketFacts<'a> {
    /// The council's name.
    pub council: &'a str,
    /// The ticket number, e.g. `A042`.
    pub number: &'a str,
    /// The service, already in the visitor's language.
    pub service: &'a str,
    /// The estimated wait in minutes.
    pub wait_minutes: Option<u32>,
    /// A priority ticket (the wait line says so instead).
    pub priority: bool,
    /// When it was taken, in local time.
    pub taken_at: OffsetDateTime,
    /// The ticket's mobile page, when the hub serves them: the QR code holds it, with a line
    /// saying what it is for. `None`: the QR code holds the number.
    pub page_url: Option<&'a str>,
}

/// `dd/mm/yyyy`, as UK councils write dates.
pub fn date(at: OffsetDateTime) -> String {
    at.format(format_description!("[day]/[month]/[year]"))
        .unwrap_or_default()
}

/// `HH:MM`, 24-hour.
pub fn clock(at: OffsetDateTime) -> String {
    at.format(format_description!("[hour]:[minute]")).unwrap_or_default()
}

/// The receipt's words in `tag`.
pub fn receipt_words(tr: &Translations, tag: &str, facts: &ReceiptFacts) -> Receipt {
    let (d, t) = (date(facts.sent_at), clock(facts.sent_at));
    let next_steps = tr
        .form_text_opt(tag, facts.form, "next-steps", None)
        .unwrap_or_else(|| tr.text(tag, "confirm-next-generic", &[]));
    let qr = match facts.track_url {
        Some(url) if url.contains("{reference}") => url.replace("{reference}", facts.reference),
        _ => facts.reference.to_owned(),
    };
    Receipt {
        council: facts.council.to_owned(),
        title: tr.file_text(tag, "print.ftl", "receipt-title", &[]),
        service: tr.form_text(tag, facts.form, "title", None),
        when: tr.file_text(
            tag,
            "print.ftl",
            "receipt-sent",
            &[("date", ArgValue::Str(&d)), ("time", ArgValue::Str(&t))],
        ),
        reference_label: tr.text(tag, "confirm-reference", &[]),
        reference: facts.reference.to_owned(),
        next_label: tr.text(tag, "confirm-next", &[]),
        next_steps,
        qr,
        qr_caption: tr.file_text(tag, "print.ftl", "receipt-track", &[]),
    }
}

/// The ticket's words in `tag`.
pub fn ticket_words(tr: &Translations, tag: &str, facts: &TicketFacts) -> Ticket {
    let t = clock(facts.taken_at);
    let wait = if facts.priority {
        tr.text(tag, "ticket-priority", &[])
    } else {
        match facts.wait_minutes {
            Some(m) => tr.text(tag, "ticket-wait-estimate", &[("minutes", ArgValue::Num(i64::from(m)))]),
            None => String::new(),
        }
    };
    Ticket {
        council: facts.council.to_owned(),
        number_label: tr.text(tag, "ticket-number-label", &[]),
        number: facts.number.to_owned(),
        service: facts.service.to_owned(),
        wait,
        when: tr.file_text(tag, "print.ftl", "ticket-taken", &[("time", ArgValue::Str(&t))]),
        instructions: tr.text(tag, "ticket-instructions", &[]),
        qr: facts.page_url.unwrap_or(facts.number).to_owned(),
        qr_caption: if facts.page_url.is_some() {
            tr.file_text(tag, "print.ftl", "ticket-follow", &[])
        } else {
            String::new()
        },
    }
}
