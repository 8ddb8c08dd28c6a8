//! Tests of the SIP2 client against scripted servers on loopback threads: asking again after a
//! damaged reply, resending after a 96, refused logins, replies about another card, and servers
//! that trickle, flood or are not there, each bounded by the configured timeout.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::thread::JoinHandle;

use time::macros::datetime;

use super::*;
use crate::card::sip2::{PatronReplyKind, checksum};

const CARD: &str = "21234000000001";

fn cfg(addr: String, login_user: &str) -> Sip2Config {
    Sip2Config {
        addr,
        login_user: login_user.into(),
        login_password: "s3cret".into(),
        location: "LEI-CENTRAL".into(),
        institution: "LEI".into(),
        terminal_password: String::new(),
        timeout: Duration::from_millis(800),
    }
}

fn lookup(cfg: &Sip2Config, pin: Option<&str>) -> Result<Patron, Sip2Error> {
    lookup_patron(cfg, CARD, pin, datetime!(2026-11-23 09:30:05 UTC))
}

/// A server on a loopback port that runs `script` on its first connection.
fn serve(script: impl FnOnce(&mut BufReader<TcpStream>) + Send + 'static) -> (String, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        script(&mut BufReader::new(stream));
    });
    (addr, handle)
}

/// Reads one request up to its CR.
fn request(conn: &mut BufReader<TcpStream>) -> String {
    let mut line = Vec::new();
    conn.read_until(b'\r', &mut line).unwrap();
    String::from_utf8(line).unwrap()
}

fn send(conn: &mut BufReader<TcpStream>, frame: &[u8]) {
    conn.get_mut().write_all(frame).unwrap();
}

/// `body` with `AY<seq>AZ<checksum>` and CR, as a server sends it.
fn sealed(body: &str, seq: u8) -> Vec<u8> {
    let body = format!("{body}AY{seq}AZ");
    format!("{body}{:04X}\r", checksum(body.as_bytes())).into_bytes()
}

fn amina(seq: u8) -> Vec<u8> {
    let reply = PatronReply {
        language: "000".into(),
        transaction_date: "20261123    093006".into(),
        barcode: Some(CARD.into()),
        name: Some("Amina Begum".into()),
        valid_patron: Some(true),
        valid_password: Some(true),
        ..PatronReply::default()
    };
    reply.to_frame(PatronReplyKind::Information, SeqNo::new(seq)).unwrap()
}

fn damaged(mut frame: Vec<u8>) -> Vec<u8> {
    frame[40] ^= 0x01;
    frame
}

/// Logs in: checks the 93 and answers `ok`.
fn login(conn: &mut BufReader<TcpStream>, ok: bool) {
    let req = request(conn);
    assert!(req.starts_with("9300CNkiosk|COs3cret|CPLEI-CENTRAL|AY0AZ"), "{req:?}");
    send(conn, &sealed(if ok { "941" } else { "940" }, 0));
}

#[test]
fn a_good_card_and_pin_come_back_with_the_patron() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        let req = request(conn);
        assert!(
            req.starts_with("63000") && req.contains("|AA21234000000001|AC|AD1234|AY1AZ"),
            "{req:?}"
        );
        send(conn, &amina(1));
    });
    let patron = lookup(&cfg(addr, "kiosk"), Some("1234")).unwrap();
    server.join().unwrap();
    assert!(patron.card_and_pin_accepted());
    assert_eq!(patron.name.as_deref(), Some("Amina Begum"));
    let shown = format!("{patron:?} {:?}", cfg("x".into(), "kiosk"));
    assert!(!shown.contains("Amina") && !shown.contains("s3cret"), "{shown}");
}

#[test]
fn a_damaged_reply_is_asked_for_once_more() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        send(conn, &damaged(amina(1)));
        assert_eq!(request(conn), "97AZFEF5\r");
        send(conn, &amina(1));
    });
    assert_eq!(
        lookup(&cfg(addr, "kiosk"), Some("1234")).unwrap().name.as_deref(),
        Some("Amina Begum")
    );
    server.join().unwrap();
}

#[test]
fn a_reply_damaged_twice_is_a_checksum_error() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        send(conn, &damaged(amina(1)));
        request(conn);
        send(conn, &damaged(amina(1)));
    });
    assert_eq!(lookup(&cfg(addr, "kiosk"), None), Err(Sip2Error::Checksum));
    server.join().unwrap();
}

#[test]
fn a_reply_to_another_request_is_asked_for_again_then_refused() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        send(conn, &amina(7));
        request(conn);
        send(conn, &amina(7));
    });
    assert_eq!(
        lookup(&cfg(addr, "kiosk"), None),
        Err(Sip2Error::Sequence { expected: 1, got: 7 })
    );
    server.join().unwrap();
}

#[test]
fn a_server_that_could_not_read_the_request_gets_it_again() {
    let (addr, server) = serve(|conn| {
        let first = request(conn);
        assert!(first.starts_with("63"), "no login when login_user is empty: {first:?}");
        send(conn, b"96AZFEF6\r\n");
        assert_eq!(request(conn).trim_start_matches('\n'), first);
        send(conn, &amina(0));
    });
    assert!(lookup(&cfg(addr, ""), Some("1234")).unwrap().card_and_pin_accepted());
    server.join().unwrap();
}

#[test]
fn a_refused_login_is_login_refused() {
    let (addr, server) = serve(|conn| login(conn, false));
    let err = lookup(&cfg(addr, "kiosk"), Some("1234")).unwrap_err();
    assert_eq!(err, Sip2Error::LoginRefused);
    assert!(err.is_permanent());
    server.join().unwrap();
}

#[test]
fn a_reply_about_another_card_is_refused() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        let other = String::from_utf8(amina(1)).unwrap().replace(CARD, "21234000000999");
        send(conn, &sealed(other.split("AY1AZ").next().unwrap(), 1));
    });
    let err = lookup(&cfg(addr, "kiosk"), Some("1234")).unwrap_err();
    assert!(
        matches!(&err, Sip2Error::Malformed(m) if m.contains("another card")),
        "{err}"
    );
    server.join().unwrap();
}

#[test]
fn the_wrong_message_is_malformed() {
    let (addr, server) = serve(|conn| {
        request(conn);
        send(conn, &amina(0));
    });
    let err = lookup(&cfg(addr, "kiosk"), None).unwrap_err();
    assert_eq!(err, Sip2Error::Malformed("expected message 94 (login), got 64".into()));
    server.join().unwrap();
}

#[test]
fn a_trickling_server_cannot_stretch_the_deadline() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        for b in amina(1).iter().take(60) {
            if conn.get_mut().write_all(&[*b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    let started = Instant::now();
    assert_eq!(lookup(&cfg(addr, "kiosk"), None), Err(Sip2Error::Timeout));
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    server.join().unwrap();
}

#[test]
fn an_endless_reply_is_cut_off_at_64_kib() {
    let (addr, server) = serve(|conn| {
        login(conn, true);
        request(conn);
        let flood = vec![b'x'; 16 * 1024];
        while conn.get_mut().write_all(&flood).is_ok() {}
    });
    let err = lookup(&cfg(addr, "kiosk"), None).unwrap_err();
    assert!(matches!(&err, Sip2Error::Malformed(m) if m.contains("65536")), "{err}");
    server.join().unwrap();
}

#[test]
fn nothing_listening_is_a_connect_error() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = lookup(&cfg(format!("127.0.0.1:{port}"), "kiosk"), None).unwrap_err();
    assert!(
        matches!(&err, Sip2Error::Connect(m) if m.contains(&port.to_string())),
        "{err}"
    );
    assert!(!err.is_permanent());
    let started = Instant::now();
    let err = lookup(&cfg("no-such-host.invalid:6001".into(), "kiosk"), None).unwrap_err();
    assert!(matches!(err, Sip2Error::Connect(_) | Sip2Error::Timeout), "{err}");
    assert!(started.elapsed() < Duration::from_millis(1500));
}

#[test]
fn a_card_number_that_could_inject_fields_is_refused_before_connecting() {
    let unused = cfg("127.0.0.1:9".into(), "kiosk");
    let err = lookup_patron(&unused, "123|AD0000", None, datetime!(2026-11-23 09:30 UTC)).unwrap_err();
    assert_eq!(err, Sip2Error::Request(RequestError::BadCharacter("card number")));
    let err = lookup(&unused, Some("12\r34")).unwrap_err();
    assert_eq!(err.to_string(), RequestError::BadCharacter("PIN").to_string());
    assert!(!err.to_string().contains("12") && err.is_permanent());
}
