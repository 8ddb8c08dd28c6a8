//! Tests of card identity: PINs hidden, names split, CRM replies read or refused, verdicts on a
//! card alone, and wrong PINs limited per card.

use super::*;

fn card() -> CardNumber {
    CardNumber::parse("21234001234567").unwrap()
}

#[test]
fn pins_are_digits_and_hidden() {
    assert!(Pin::new("123".into()).is_none());
    assert!(Pin::new("12a4".into()).is_none());
    assert!(Pin::new("1234567890123".into()).is_none());
    let pin = Pin::new("1234".into()).unwrap();
    assert_eq!(format!("{pin:?}"), "Pin(****)");
}

#[test]
fn names_are_split_both_ways() {
    let p = |n: &str| {
        Person {
            name: Some(n.into()),
            ..Person::default()
        }
        .with_split_name()
    };
    assert_eq!(p("Begum, Amina").first_name.as_deref(), Some("Amina"));
    assert_eq!(p("Begum, Amina").last_name.as_deref(), Some("Begum"));
    assert_eq!(p("Amina Begum").first_name.as_deref(), Some("Amina"));
    assert_eq!(p("Amina Begum").last_name.as_deref(), Some("Begum"));
    assert_eq!(p("Cher").last_name.as_deref(), Some("Cher"));
    assert_eq!(p("Cher").first_name, None);
}

#[test]
fn crm_replies_are_read_or_refused() {
    let found = read_crm_reply(
        200,
        br#"{"first_name":"Amina","last_name":"Begum","address":"12 High St\u202e, LE1 1AA","email":"a@example.org"}"#,
    );
    match found {
        Outcome::Found(p) => {
            assert_eq!(p.first_name.as_deref(), Some("Amina"));
            assert_eq!(p.address.as_deref(), Some("12 High St, LE1 1AA"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(read_crm_reply(404, b""), Outcome::NotFound);
    assert_eq!(read_crm_reply(401, br#"{"error":"pin"}"#), Outcome::WrongPin);
    assert_eq!(read_crm_reply(423, b"{}"), Outcome::Blocked);
    assert!(matches!(read_crm_reply(403, b"<html>"), Outcome::Unreachable(_)));
    assert!(matches!(
        read_crm_reply(200, b"<html>oops</html>"),
        Outcome::Unreachable(_)
    ));
    assert!(matches!(read_crm_reply(200, b"[1,2]"), Outcome::Unreachable(_)));
    assert!(matches!(read_crm_reply(500, b"{}"), Outcome::Unreachable(_)));
}

#[test]
fn a_card_alone_is_judged_from_the_lookup_or_the_library_flag() {
    use crate::card::sip2::PatronBlock;
    assert_eq!(Verdict::of_lookup(&Outcome::Found(Person::default())), Verdict::Valid);
    assert_eq!(
        Verdict::of_lookup(&Outcome::WrongPin),
        Verdict::Valid,
        "known card, PIN not sent"
    );
    assert_eq!(Verdict::of_lookup(&Outcome::NotFound), Verdict::Invalid);
    assert_eq!(Verdict::of_lookup(&Outcome::Blocked), Verdict::Invalid);
    assert_eq!(
        Verdict::of_lookup(&Outcome::Unreachable("down".into())),
        Verdict::Unknown
    );
    assert_eq!(sip2_verdict(Some(true), &[]), Verdict::Valid);
    assert_eq!(
        sip2_verdict(Some(true), &[PatronBlock::ExcessiveOutstandingFines]),
        Verdict::Valid,
        "fines say nothing about who holds the card"
    );
    assert_eq!(
        sip2_verdict(Some(true), &[PatronBlock::CardReportedLost]),
        Verdict::Invalid
    );
    assert_eq!(sip2_verdict(Some(false), &[]), Verdict::Invalid);
    assert_eq!(sip2_verdict(None, &[]), Verdict::Unknown, "the library did not say");
}

#[test]
fn wrong_pins_lock_a_card_for_a_while() {
    let mut a = PinAttempts::default();
    let c = card();
    assert_eq!(a.wrong(&c, 0), 2);
    assert_eq!(a.wrong(&c, 1), 1);
    assert!(a.allowed(&c, 2));
    assert_eq!(a.wrong(&c, 2), 0);
    assert!(!a.allowed(&c, 3));
    assert!(!a.allowed(&c, 2 + PinAttempts::LOCK_SECS - 1));
    assert!(a.allowed(&c, 2 + PinAttempts::LOCK_SECS));
    let other = CardNumber::parse("99999999").unwrap();
    assert!(a.allowed(&other, 3), "other cards are not affected");
    a.right(&c);
    assert!(a.allowed(&c, 4));
}

/// A SIP2 server on loopback that logs the kiosk in and answers its one patron request with
/// `reply`; the request it got.
fn sip2_server(reply: crate::card::sip2::PatronReply) -> (Sip2Config, std::thread::JoinHandle<String>) {
    use crate::card::sip2::{PatronReplyKind, SeqNo, checksum};
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut conn = BufReader::new(stream);
        let read = |conn: &mut BufReader<std::net::TcpStream>| {
            let mut line = Vec::new();
            conn.read_until(b'\r', &mut line).unwrap();
            String::from_utf8(line).unwrap()
        };
        read(&mut conn);
        let login = "941AY0AZ";
        let login = format!("{login}{:04X}\r", checksum(login.as_bytes()));
        conn.get_mut().write_all(login.as_bytes()).unwrap();
        let request = read(&mut conn);
        let frame = reply.to_frame(PatronReplyKind::Information, SeqNo::new(1)).unwrap();
        conn.get_mut().write_all(&frame).unwrap();
        request
    });
    (sip2_config(addr), server)
}

fn sip2_config(addr: String) -> Sip2Config {
    Sip2Config {
        addr,
        login_user: "kiosk".into(),
        login_password: "s3cret".into(),
        location: "LEI-CENTRAL".into(),
        institution: "LEI".into(),
        terminal_password: String::new(),
        timeout: Duration::from_millis(800),
    }
}

#[test]
fn sip2_verifies_a_card_alone_without_sending_a_pin() {
    use crate::card::sip2::{PatronBlock, PatronReply};
    let patron = |valid: Option<bool>, blocks: Vec<PatronBlock>| PatronReply {
        language: "000".into(),
        transaction_date: "20261123    093006".into(),
        barcode: Some(card().expose().into()),
        valid_patron: valid,
        blocks,
        ..PatronReply::default()
    };
    for (reply, want) in [
        (patron(Some(true), vec![]), Verdict::Valid),
        (patron(Some(false), vec![]), Verdict::Invalid),
        (
            patron(Some(true), vec![PatronBlock::CardReportedLost]),
            Verdict::Invalid,
        ),
        (patron(None, vec![]), Verdict::Unknown),
    ] {
        let (config, server) = sip2_server(reply);
        assert_eq!(Sip2Provider::new(config, true).verify(&card()), want);
        let request = server.join().unwrap();
        assert!(
            request.starts_with("63") && !request.contains("|AD1"),
            "no PIN sent: {request:?}"
        );
    }
    let nobody = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let config = sip2_config(nobody.to_string());
    assert_eq!(
        Sip2Provider::new(config, true).verify(&card()),
        Verdict::Unknown,
        "nothing listening"
    );
}
