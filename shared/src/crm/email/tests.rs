//! A submission's email as a caseworker and a mail client see it.

use super::*;
use crate::card::identity::Identity;
use crate::forms::{Answers, Today, validate};

fn email(routes: &[(&str, &str)]) -> Email {
    let mut cfg = crate::config::Config::from_toml(
        "[crm]\nkind = \"email\"\n[crm.email]\nhost = \"smtp.council.gov.uk\"\nfrom = \"kiosk@council.gov.uk\"\nto = \"contact@council.gov.uk\"\n",
    )
    .unwrap()
    .crm
    .email;
    for (f, m) in routes {
        cfg.routes.insert((*f).into(), (*m).into());
    }
    let forms = Forms::new(
        Arc::new(crate::embedded::forms().unwrap()),
        Arc::new(crate::embedded::translations().unwrap()),
        "en-GB",
    );
    let mailer = Mailer::new(&cfg, Duration::from_secs(5)).unwrap();
    Email::new(mailer, &cfg, forms, Zone::London)
}

fn outgoing(form: &str, answers: &str, identity: Option<Identity>) -> Outgoing {
    let forms = crate::embedded::forms().unwrap();
    let raw: Answers = serde_json::from_str(answers).unwrap();
    Outgoing {
        submission_id: "0193a0c2-0000-7000-8000-000000000001".into(),
        reference: "K7QF-9M2A".into(),
        form_id: form.into(),
        form_version: 1,
        locale: "pl".into(),
        created_at: "2026-07-01T09:30:00Z".into(),
        attempts: 0,
        answers: validate(forms.get(form).unwrap(), &raw, Today::now()).unwrap(),
        identity,
        reconcile_first: false,
    }
}

const BIN: &str = r#"{"bin-type": "garden", "bin-out-by-7am": "yes", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "Leicester", "uprn": "100030000012", "usrn": "2700123", "location": {"lat": 52.634, "long": -1.1321}}}"#;

#[test]
fn the_body_labels_every_answer_in_the_councils_language_with_the_uprn() {
    let out = outgoing("missed-bin", BIN, None);
    let mail = email(&[]).mail(&out);
    let b = &mail.body;
    assert!(
        b.starts_with("Reference: K7QF-9M2A\nForm: Report a missed bin collection\n"),
        "{b}"
    );
    assert!(
        b.contains("Sent at the kiosk: 01/07/2026 10:30 (Europe/London)"),
        "BST: {b}"
    );
    assert!(
        b.contains(": Garden waste (green bin)\n"),
        "option labels, not ids: {b}"
    );
    assert!(
        b.contains(": 12 High Street, Leicester, LE1 1AA\n  UPRN: 100030000012\n  USRN: 2700123\n"),
        "{b}"
    );
    assert!(b.contains(": Yes\n"), "{b}");
    assert!(b.contains("Card: none used"), "{b}");
    assert!(b.contains("onestop-K7QF-9M2A.json"), "{b}");
    assert!(
        !b.contains('\u{2068}'),
        "no Fluent isolation marks in a plain-text mail"
    );
}

#[test]
fn a_typed_address_asks_staff_to_match_it_and_the_card_check_is_said() {
    let typed = r#"{"bin-type": "garden", "bin-out-by-7am": "no", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street"}}"#;
    let card = crate::card::CardNumber::parse("21234001234567").unwrap();
    let out = outgoing("missed-bin", typed, Some(Identity::read_at_kiosk(&card, "sip2", true)));
    let b = email(&[]).mail(&out).body;
    assert!(
        b.contains("UPRN: none (typed by hand, not from the gazetteer; please match the address)"),
        "{b}"
    );
    assert!(b.contains("Card: 21234001234567 (sip2, verified at the kiosk)"), "{b}");
}

#[test]
fn the_mail_goes_to_the_forms_route_with_a_stable_message_id_and_the_webhook_document() {
    let out = outgoing("missed-bin", BIN, None);
    let e = email(&[("missed-bin", "waste@council.gov.uk")]);
    let mail = e.mail(&out);
    assert_eq!(mail.to, "waste@council.gov.uk");
    assert_eq!(
        mail.message_id,
        "onestop.0193a0c2-0000-7000-8000-000000000001@council.gov.uk"
    );
    assert_eq!(mail, e.mail(&out), "a resend is the same message");
    assert_eq!(mail.subject, "Kiosk enquiry K7QF-9M2A: Report a missed bin collection");
    let json = &mail.attachments[0];
    assert_eq!(
        (json.filename.as_str(), json.content_type.as_str()),
        ("onestop-K7QF-9M2A.json", "application/json")
    );
    assert_eq!(
        json.bytes,
        serde_json::to_vec(&out.document()).unwrap(),
        "serialised as the webhook does"
    );
    let other = outgoing("street-problem", r#"{"problem": "pothole", "location": "here"}"#, None);
    assert_eq!(
        e.mail(&other).to,
        "contact@council.gov.uk",
        "no route: the default mailbox"
    );
}

#[test]
fn the_mime_message_carries_our_headers_text_and_attachment() {
    let out = outgoing("missed-bin", BIN, None);
    let mut mail = email(&[]).mail(&out);
    mail.headers
        .push(("X-Test".into(), "a\r\nBcc: evil@example.org".into()));
    let from: Mailbox = "kiosk@council.gov.uk".parse().unwrap();
    let raw = String::from_utf8(message::to_lettre(&from, &mail).unwrap().formatted()).unwrap();
    for h in [
        "Message-ID: <onestop.0193a0c2-0000-7000-8000-000000000001@council.gov.uk>",
        "X-Onestop-Reference: K7QF-9M2A",
        "X-Onestop-Submission-Id: 0193a0c2-0000-7000-8000-000000000001",
        "To: contact@council.gov.uk",
        "Content-Type: text/plain; charset=utf-8",
        "filename=\"onestop-K7QF-9M2A.json\"",
        "Date: Wed, 01 Jul 2026 09:30:00 +0000",
    ] {
        assert!(raw.contains(h), "{h} in:\n{raw}");
    }
    assert!(!raw.contains("\nBcc:"), "a header value cannot add a header:\n{raw}");
}

#[test]
fn a_mailer_refuses_plain_text_and_unreadable_files_clearly() {
    let mut cfg = crate::config::Config::defaults().crm.email;
    cfg.host = "smtp.council.gov.uk".into();
    cfg.from = "kiosk@council.gov.uk".into();
    cfg.tls = EmailTls::None;
    cfg.insecure_loopback = true;
    let e = Mailer::new(&cfg, Duration::from_secs(1)).unwrap_err();
    assert!(e.contains("clear text"), "{e}");
    cfg.tls = EmailTls::Implicit;
    cfg.ca_file = "/nonexistent/ca.pem".into();
    let e = Mailer::new(&cfg, Duration::from_secs(1)).unwrap_err();
    assert!(
        e.contains("crm.email.ca_file \"/nonexistent/ca.pem\" cannot be read"),
        "{e}"
    );
    cfg.ca_file.clear();
    cfg.username = "kiosk".into();
    cfg.password_file = "/nonexistent/pw".into();
    let e = Mailer::new(&cfg, Duration::from_secs(1)).unwrap_err();
    assert!(e.contains("crm.email.password_file"), "{e}");
}

#[test]
fn the_mailer_and_the_connector_can_be_shared_between_tasks() {
    fn shareable<T: Clone + Send + Sync + 'static>(_: &T) {}
    let e = email(&[]);
    shareable(&e.mailer);
    shareable(&e);
    shareable(&Mail::default());
}
