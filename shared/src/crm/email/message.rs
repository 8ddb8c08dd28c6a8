//! One submission as one email ([`Mail`]): to its form's mailbox, a Subject with the reference
//! and the form's title (never the visitor's words), a Message-ID made from the submission id
//! so a resend is recognisably the same message, the plain-text body ([`super::body`]) and the
//! webhook's JSON document as `onestop-<reference>.json`. Then the MIME form lettre sends.
//! Pure.

use super::body::{body, form_title};
use super::{Attachment, Mail};
use crate::crm::Outgoing;
use crate::crm::description::Labels;
use crate::forms::FormDef;
use crate::hours::Zone;
use crate::i18n::ArgValue;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};

/// The Message-ID (without `<>`) of submission `submission_id` sent from `domain`: the same on
/// every attempt.
pub fn message_id(submission_id: &str, domain: &str) -> String {
    let id: String = submission_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("onestop.{id}@{domain}")
}

/// The attachment's file name: `onestop-<reference>.json`.
pub fn attachment_name(reference: &str) -> String {
    let safe: String = reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("onestop-{safe}.json")
}

/// Where a submission goes and how it is labelled.
pub struct Addressing<'a> {
    /// The mailbox.
    pub to: &'a str,
    /// The sender's domain (ends the Message-ID).
    pub domain: &'a str,
    /// The council's words.
    pub labels: &'a Labels,
    /// Local time for the body.
    pub zone: Zone,
}

/// The email for `out`.
pub fn submission_mail(out: &Outgoing, form: Option<&FormDef>, how: &Addressing<'_>) -> Mail {
    let doc = out.document();
    let filename = attachment_name(&out.reference);
    let title = form_title(how.labels, &out.form_id);
    let subject = how.labels.translations.file_text(
        &how.labels.locale,
        "staff.ftl",
        "crm-email-subject",
        &[
            ("reference", ArgValue::Str(&out.reference)),
            ("subject", ArgValue::Str(&title)),
        ],
    );
    Mail {
        to: how.to.to_owned(),
        subject: crate::crm::description::clean(&subject, true),
        message_id: message_id(&out.submission_id, how.domain),
        body: body(out, form, how.labels, how.zone, &filename),
        attachments: vec![Attachment {
            filename,
            content_type: "application/json".into(),
            bytes: serde_json::to_vec(&doc).expect("documents serialise"),
        }],
        date: time::OffsetDateTime::parse(&out.created_at, &time::format_description::well_known::Rfc3339)
            .ok()
            .map(std::time::SystemTime::from),
        headers: vec![
            ("X-Onestop-Reference".into(), out.reference.clone()),
            ("X-Onestop-Submission-Id".into(), out.submission_id.clone()),
        ],
    }
}

/// `mail` from `from`, in MIME: text/plain UTF-8, then each attachment; our own headers.
pub fn to_lettre(from: &Mailbox, mail: &Mail) -> Result<lettre::Message, String> {
    let to: Mailbox = mail
        .to
        .parse()
        .map_err(|e| format!("the mailbox \"{}\" cannot be written to: {e}", mail.to.escape_debug()))?;
    let builder = lettre::Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .message_id(Some(format!("<{}>", mail.message_id)))
        .date(mail.date.unwrap_or_else(std::time::SystemTime::now));
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone());
    let message = if mail.attachments.is_empty() {
        builder.singlepart(text)
    } else {
        let mut parts = MultiPart::mixed().singlepart(text);
        for a in &mail.attachments {
            let kind = ContentType::parse(&a.content_type)
                .map_err(|_| format!("\"{}\" is not a content type", a.content_type.escape_debug()))?;
            parts = parts.singlepart(lettre::message::Attachment::new(a.filename.clone()).body(a.bytes.clone(), kind));
        }
        builder.multipart(parts)
    };
    let mut message = message.map_err(|e| format!("the email could not be built: {e}"))?;
    for (name, value) in &mail.headers {
        let name = HeaderName::new_from_ascii(name.clone())
            .map_err(|_| format!("\"{}\" is not a header name", name.escape_debug()))?;
        // One line whatever the value holds: a line break would start a header of its own.
        let value: String = value.chars().filter(|c| !c.is_control()).collect();
        message.headers_mut().insert_raw(HeaderValue::new(name, value));
    }
    Ok(message)
}
