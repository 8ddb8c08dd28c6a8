//! Library card sign-in against a real SIP2 server process (pysip2's ACS server, run by
//! `tests/sip2/sip2_server.py`) over loopback TCP: a good card and PIN, a wrong PIN, an unknown
//! card, no PIN, blocks, a name in UTF-8 and in Latin-1, a refused login, and the server's faults:
//! a dropped connection, a server that never answers, and damaged checksums (always, and once).

use std::time::{Duration, Instant};

use onestop::card::sip2::PatronBlock;
use onestop::card::sip2_client::{Patron, Sip2Error, lookup_patron};
use onestop_e2e::sip2_process::{AMINA, BLOCKED, Sip2Server, ZOE, start_sip2};

/// Room for a Python server on a busy 2-core machine; the fault tests set their own.
const PATIENT: Duration = Duration::from_secs(10);

fn lookup(server: &Sip2Server, timeout: Duration, card: &str, pin: Option<&str>) -> Result<Patron, Sip2Error> {
    lookup_patron(&server.config(timeout), card, pin, time::OffsetDateTime::now_utc())
}

#[test]
fn a_good_card_and_pin_give_the_patrons_details() {
    let server = start_sip2("normal", &[]);
    let patron = lookup(&server, PATIENT, AMINA, Some("1234")).unwrap();
    assert_eq!(patron.valid_patron, Some(true));
    assert_eq!(patron.valid_password, Some(true));
    assert!(patron.card_and_pin_accepted());
    assert_eq!(patron.name.as_deref(), Some("Amina Begum"));
    assert_eq!(patron.address.as_deref(), Some("12 Granby Street, Leicester LE1 6ES"));
    assert_eq!(patron.email.as_deref(), Some("amina.begum@example.org"));
    assert_eq!(patron.phone.as_deref(), Some("0116 496 0000"));
    assert!(patron.blocks.is_empty());
}

#[test]
fn a_wrong_pin_is_a_known_card_with_a_wrong_password() {
    let server = start_sip2("normal", &[]);
    let patron = lookup(&server, PATIENT, AMINA, Some("4321")).unwrap();
    assert_eq!((patron.valid_patron, patron.valid_password), (Some(true), Some(false)));
    assert!(!patron.card_and_pin_accepted());
}

#[test]
fn an_unknown_card_is_not_a_valid_patron() {
    let server = start_sip2("normal", &[]);
    let patron = lookup(&server, PATIENT, "29999999999999", Some("1234")).unwrap();
    assert_eq!(patron.valid_patron, Some(false));
    assert!(!patron.card_and_pin_accepted());
    assert_eq!(patron.name, None);
    assert_eq!(patron.screen_message.as_deref(), Some("Card not recognised"));
}

#[test]
fn without_a_pin_the_password_answer_is_absent_not_yes() {
    let server = start_sip2("normal", &[]);
    let patron = lookup(&server, PATIENT, AMINA, None).unwrap();
    assert_eq!((patron.valid_patron, patron.valid_password), (Some(true), None));
    assert!(!patron.card_and_pin_accepted());
}

#[test]
fn blocks_and_the_screen_message_come_through() {
    let server = start_sip2("normal", &[]);
    let patron = lookup(&server, PATIENT, BLOCKED, Some("5678")).unwrap();
    assert!(patron.card_and_pin_accepted());
    assert_eq!(
        patron.blocks,
        [
            PatronBlock::ChargePrivilegesDenied,
            PatronBlock::CardReportedLost,
            PatronBlock::ExcessiveOutstandingFines
        ]
    );
    assert_eq!(
        patron.screen_message.as_deref(),
        Some("Please see staff about your card")
    );
}

#[test]
fn names_read_right_in_utf8_and_in_latin1() {
    for encoding in ["utf-8", "latin-1"] {
        let server = start_sip2("normal", &["--encoding", encoding]);
        let patron = lookup(&server, PATIENT, ZOE, Some("2468")).unwrap();
        assert_eq!(patron.name.as_deref(), Some("Zoë Ní Bhriain"), "{encoding}");
    }
}

#[test]
fn a_wrong_kiosk_login_is_login_refused() {
    let server = start_sip2("normal", &["--login-password", "changed"]);
    let err = lookup(&server, PATIENT, AMINA, Some("1234")).unwrap_err();
    assert_eq!(err, Sip2Error::LoginRefused);
    assert!(err.is_permanent());
}

#[test]
fn a_dropped_connection_is_closed_at_once() {
    let server = start_sip2("drop", &[]);
    let started = Instant::now();
    assert_eq!(lookup(&server, PATIENT, AMINA, Some("1234")), Err(Sip2Error::Closed));
    assert!(
        started.elapsed() < PATIENT / 2,
        "closed is noticed, not waited out: {:?}",
        started.elapsed()
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = start_sip2("silent", &[]);
    let err = lookup(&server, Duration::from_secs(1), AMINA, Some("1234")).unwrap_err();
    assert_eq!(err, Sip2Error::Timeout);
    assert!(!err.is_permanent());
}

#[test]
fn a_reply_that_keeps_failing_its_checksum_is_an_error() {
    let server = start_sip2("bad-checksum", &[]);
    assert_eq!(lookup(&server, PATIENT, AMINA, Some("1234")), Err(Sip2Error::Checksum));
    // The server is still there for the next visitor.
    assert_eq!(lookup(&server, PATIENT, AMINA, Some("1234")), Err(Sip2Error::Checksum));
}

#[test]
fn a_reply_damaged_once_is_asked_for_again() {
    let server = start_sip2("bad-checksum-once", &[]);
    let patron = lookup(&server, PATIENT, AMINA, Some("1234")).unwrap();
    assert!(patron.card_and_pin_accepted());
    assert_eq!(patron.name.as_deref(), Some("Amina Begum"));
}

#[test]
fn many_lookups_in_a_row_each_get_their_answer() {
    let server = start_sip2("normal", &[]);
    for (card, pin, accepted) in [(AMINA, "1234", true), (AMINA, "0000", false), (BLOCKED, "5678", true)].repeat(7) {
        let patron = lookup(&server, PATIENT, card, Some(pin)).unwrap();
        assert_eq!(patron.card_and_pin_accepted(), accepted, "{card} {pin}");
    }
}
