//! Tests of the SIP2 codec: frames compared byte for byte with frames pysip2 0.1.0 (an independent
//! implementation) encoded for the same values, hostile replies, and properties: parsing any
//! bytes never panics, and what is built parses back to the same values.

use proptest::prelude::*;
use time::macros::datetime;

use super::frame::Frame;
use super::*;

fn date() -> TransactionDate {
    TransactionDate::new(datetime!(2026-11-23 09:30:05 UTC)).unwrap()
}

fn query(pin: Option<&str>) -> PatronQuery {
    PatronQuery::new(date(), "LEI", "21234000000001", "tpw", pin).unwrap()
}

fn seq(n: u8) -> SeqNo {
    SeqNo::new(n).unwrap()
}

const GOLDEN_64: &[u8] = b"64Y         Y   00120261123    09300600000001                AOLEI|AA21234000000001|AEAmina Begum|BLY|CQN|BD12 Granby Street, Leicester LE1 6ES|BEamina.begum@example.org|BF0116 496 0000|AFWelcome|AFFines due|AY1AZC5A7\r";

/// A 64 with the given variable fields, no error detection.
fn reply_64(fields: &str) -> Vec<u8> {
    format!("64{:14}00020261123    093006{:24}{fields}\r", "", "").into_bytes()
}

fn patron(bytes: &[u8]) -> PatronReply {
    match parse_reply(bytes, None) {
        Ok(Reply::PatronInformation(p)) => p,
        other => panic!("expected a 64, got {other:?}"),
    }
}

#[test]
fn requests_match_pysip2_byte_for_byte() {
    let login = LoginRequest::new("kiosk", "s3cret", "LEI-CENTRAL").unwrap();
    assert_eq!(
        login.to_frame(seq(0)),
        b"9300CNkiosk|COs3cret|CPLEI-CENTRAL|AY0AZF320\r"
    );
    assert_eq!(
        query(Some("1234")).to_patron_information(seq(1)),
        b"6300020261123   Z093005          AOLEI|AA21234000000001|ACtpw|AD1234|AY1AZEF2E\r"
    );
    assert_eq!(
        query(None).to_patron_information(seq(1)),
        b"6300020261123   Z093005          AOLEI|AA21234000000001|ACtpw|AY1AZF0F9\r"
    );
    assert_eq!(
        query(None).to_patron_status(seq(2)),
        b"2300020261123   Z093005AOLEI|AA21234000000001|ACtpw|AD|AY2AZF13B\r"
    );
    assert_eq!(
        ScStatusRequest { max_print_width: 40 }.to_frame(seq(3)),
        b"9900402.00AY3AZFCA2\r"
    );
    assert_eq!(resend_request(), b"97AZFEF5\r");
}

#[test]
fn checksum_is_the_twos_complement_of_the_byte_sum() {
    assert_eq!(checksum(b""), 0);
    assert_eq!(checksum(b"\x01"), 0xFFFF);
    // The sum wraps at 16 bits: 300 bytes of 0xFF sum to 76500 = 0x12AD4.
    assert_eq!(checksum(&[0xFF; 300]), 0x2AD4u16.wrapping_neg());
}

#[test]
fn transaction_dates_mark_utc_and_local_time() {
    assert_eq!(date().as_str(), "20261123   Z093005");
    let local = TransactionDate::new(datetime!(2026-07-01 8:05:09 +01:00)).unwrap();
    assert_eq!(local.as_str(), "20260701    080509");
    assert_eq!(
        TransactionDate::new(datetime!(-0001-01-01 0:00 UTC)),
        Err(RequestError::DateOutOfRange(-1))
    );
}

#[test]
fn sequence_numbers_are_one_digit_and_wrap() {
    assert_eq!(SeqNo::new(10), None);
    assert_eq!(seq(9).next(), SeqNo::ZERO);
    assert_eq!(seq(3).next().get(), 4);
}

#[test]
fn a_barcode_or_pin_cannot_inject_fields() {
    let bad = |barcode: &str, pin: Option<&str>| PatronQuery::new(date(), "LEI", barcode, "", pin).unwrap_err();
    for barcode in [
        "123|AD0000",
        "123\rAD0000",
        "123\n",
        "12\t3",
        "12é3",
        "12\u{1b}[2J",
        "12\x7f",
    ] {
        assert_eq!(
            bad(barcode, None),
            RequestError::BadCharacter("card number"),
            "{barcode:?}"
        );
    }
    for pin in ["12|34", "1234\r", "\n", "12\u{0}4", "١٢٣٤"] {
        assert_eq!(
            bad("21234000000001", Some(pin)),
            RequestError::BadCharacter("PIN"),
            "{pin:?}"
        );
    }
    assert_eq!(bad("", None), RequestError::Empty("card number"));
    assert_eq!(bad("1", Some("")), RequestError::Empty("PIN"));
    assert_eq!(bad(&"1".repeat(256), None), RequestError::TooLong("card number"));
    let login = LoginRequest::new("kiosk", "pw|CNadmin", "").unwrap_err();
    assert_eq!(login, RequestError::BadCharacter("login password"));
    // The message names the field, never the value.
    assert!(!bad("1", Some("98|76")).to_string().contains("98"));
}

#[test]
fn debug_never_shows_the_pin_password_or_whole_barcode() {
    let shown = format!("{:?}", query(Some("9713")));
    assert!(!shown.contains("9713") && !shown.contains("2123400000"), "{shown}");
    assert!(shown.contains("0001") && shown.contains("Some(***)"), "{shown}");
    let login = format!("{:?}", LoginRequest::new("kiosk", "s3cret", "X").unwrap());
    assert!(!login.contains("s3cret") && login.contains("kiosk"), "{login}");
    let reply = format!("{:?}", patron(GOLDEN_64));
    assert!(!reply.contains("Amina") && !reply.contains("21234000000001") && !reply.contains("Granby"));
}

#[test]
fn a_patron_information_reply_from_pysip2_reads_back() {
    let reply = match parse_reply(GOLDEN_64, Some(seq(1))).unwrap() {
        Reply::PatronInformation(p) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        reply.blocks,
        [
            PatronBlock::ChargePrivilegesDenied,
            PatronBlock::ExcessiveOutstandingFines
        ]
    );
    assert_eq!(reply.language, "001");
    assert_eq!(reply.transaction_date, "20261123    093006");
    assert_eq!(reply.institution.as_deref(), Some("LEI"));
    assert_eq!(reply.barcode.as_deref(), Some("21234000000001"));
    assert_eq!(reply.name.as_deref(), Some("Amina Begum"));
    assert_eq!(reply.address.as_deref(), Some("12 Granby Street, Leicester LE1 6ES"));
    assert_eq!(reply.email.as_deref(), Some("amina.begum@example.org"));
    assert_eq!(reply.phone.as_deref(), Some("0116 496 0000"));
    assert_eq!((reply.valid_patron, reply.valid_password), (Some(true), Some(false)));
    assert_eq!(reply.screen_message.as_deref(), Some("Welcome\nFines due"));
}

#[test]
fn other_replies_from_pysip2_read_back() {
    assert_eq!(
        parse_reply(b"941AY0AZFDFD\r", Some(seq(0))),
        Ok(Reply::Login(LoginReply { ok: true }))
    );
    assert_eq!(parse_reply(b"940", None), Ok(Reply::Login(LoginReply { ok: false })));
    let acs = b"98YNNNNY03000320261123    0930062.00AOLEI|AMLeicester Libraries|BXYNNNYYYYNNNNNNNN|AY3AZE69A\r";
    let Ok(Reply::AcsStatus(acs)) = parse_reply(acs, Some(seq(3))) else {
        panic!("a 98")
    };
    assert!(acs.online && acs.offline_ok);
    assert_eq!(acs.protocol_version, "2.00");
    assert_eq!(acs.library_name.as_deref(), Some("Leicester Libraries"));
    assert_eq!(acs.supported_messages.as_deref(), Some("YNNNYYYYNNNNNNNN"));
    let unknown = b"24              00020261123    093006AOLEI|AA99999|AE|BLN|CQN|AY2AZF0E7\r";
    let Ok(Reply::PatronStatus(p)) = parse_reply(unknown, Some(seq(2))) else {
        panic!("a 24")
    };
    assert_eq!(
        (p.valid_patron, p.valid_password, p.name),
        (Some(false), Some(false), None)
    );
    assert!(p.blocks.is_empty());
    assert_eq!(parse_reply(b"96AZFEF6\r", Some(seq(4))), Ok(Reply::ResendRequest));
}

#[test]
fn valid_patron_and_valid_pin_are_separate_answers() {
    let flags = |fields: &str| {
        let p = patron(&reply_64(fields));
        (p.valid_patron, p.valid_password)
    };
    assert_eq!(flags("BLY|CQY|"), (Some(true), Some(true)));
    assert_eq!(flags("BLY|CQN|"), (Some(true), Some(false)));
    assert_eq!(flags("BLY|"), (Some(true), None));
    assert_eq!(flags("CQY|"), (None, Some(true)));
    assert_eq!(flags(""), (None, None));
    // Anything but Y or N is no answer, and never a yes.
    assert_eq!(flags("BLy|CQYES|"), (None, None));
    assert_eq!(flags("BL|CQ |"), (None, None));
}

#[test]
fn a_damaged_or_misnumbered_reply_is_refused() {
    let mut damaged = GOLDEN_64.to_vec();
    damaged[40] = b'X';
    assert_eq!(parse_reply(&damaged, Some(seq(1))), Err(ReplyError::Checksum));
    assert!(ReplyError::Checksum.is_retryable());
    let mut wrong_sum = GOLDEN_64.to_vec();
    let at = wrong_sum.len() - 2;
    wrong_sum[at] = b'8';
    assert_eq!(parse_reply(&wrong_sum, None), Err(ReplyError::Checksum));
    let err = parse_reply(GOLDEN_64, Some(seq(2))).unwrap_err();
    assert_eq!(err, ReplyError::Sequence { expected: 2, got: 1 });
    assert!(err.is_retryable());
    assert_eq!(parse_reply(b"941AY0AZFDXD\r", None), Err(ReplyError::BadChecksumField));
    // Lower-case hex is read too; no sequence number is no mismatch.
    assert_eq!(
        parse_reply(b"941AY0AZfdfd\r", Some(seq(0))),
        Ok(Reply::Login(LoginReply { ok: true }))
    );
    assert!(matches!(
        parse_reply(b"96AZFEF6\r", Some(seq(7))),
        Ok(Reply::ResendRequest)
    ));
}

#[test]
fn hostile_replies_get_typed_errors() {
    let err = |bytes: &[u8]| parse_reply(bytes, None).unwrap_err();
    assert_eq!(err(b""), ReplyError::TooShort);
    assert_eq!(err(b"\r\n"), ReplyError::TooShort);
    assert_eq!(err(b"6"), ReplyError::TooShort);
    assert_eq!(err(b"17ok|\r"), ReplyError::UnknownMessage("17".into()));
    assert_eq!(err(b"<html>\r"), ReplyError::UnknownMessage("<h".into()));
    assert_eq!(err(b"\xff\xfe1\r"), ReplyError::UnknownMessage("\\xff\\xfe".into()));
    assert_eq!(err(b"64"), ReplyError::MissingField("patron status"));
    let status = " ".repeat(14);
    assert_eq!(
        err(format!("64{status}000").as_bytes()),
        ReplyError::MissingField("transaction date")
    );
    let no_counts = format!("64{status}00020261123    093006");
    assert_eq!(err(no_counts.as_bytes()), ReplyError::MissingField("hold items count"));
    let short_date = format!("24{status}00020261123    09300");
    assert_eq!(err(short_date.as_bytes()), ReplyError::MissingField("transaction date"));
    assert_eq!(err(b"94"), ReplyError::MissingField("ok"));
    assert_eq!(err(b"98Y"), ReplyError::MissingField("checkin ok"));
    assert_eq!(
        err(b"94Y"),
        ReplyError::BadFlag {
            field: "login ok flag",
            value: "Y".into()
        }
    );
    let accented = format!("64é{:12}00020261123    093006{:24}", "", "");
    assert_eq!(err(accented.as_bytes()), ReplyError::NotAscii("patron status"));
    assert_eq!(
        err(&reply_64("AEAmina\0|")),
        ReplyError::ControlCharacter { offset: 68 }
    );
    assert_eq!(
        err(&reply_64("AEAmina\x1b[2J|")),
        ReplyError::ControlCharacter { offset: 68 }
    );
    assert_eq!(err(b"94\r1\r"), ReplyError::ControlCharacter { offset: 2 });
    assert_eq!(err(&reply_64("A")), ReplyError::BadFieldId("A".into()));
    assert_eq!(err(&reply_64("A|Amina|")), ReplyError::BadFieldId("A|".into()));
    let long = reply_64(&format!("AE{}|", "x".repeat(1001)));
    assert_eq!(
        err(&long),
        ReplyError::FieldTooLong {
            id: "AE".into(),
            len: 1001
        }
    );
    assert!(parse_reply(&reply_64(&format!("AE{}|", "x".repeat(1000))), None).is_ok());
    let flood = reply_64(&"AFxxxxxxxx|".repeat(6000));
    assert_eq!(err(&flood), ReplyError::TooLong(flood.len()));
    for e in [err(b""), err(&flood), err(b"94Y")] {
        assert!(!e.to_string().is_empty() && !e.is_retryable());
    }
}

#[test]
fn field_values_are_decoded_leniently() {
    // The first of a repeated field counts; screen messages are all kept.
    let p = patron(&reply_64("AEAmina Begum|AEMallory|AFline one|AF|AFline two|"));
    assert_eq!(p.name.as_deref(), Some("Amina Begum"));
    assert_eq!(p.screen_message.as_deref(), Some("line one\nline two"));
    // UTF-8, then Latin-1 for what is not UTF-8; C1 controls are replaced, not passed on.
    assert_eq!(
        patron(&reply_64("AEZoë Ní Bhriain|")).name.as_deref(),
        Some("Zoë Ní Bhriain")
    );
    assert_eq!(
        patron(&[reply_64("")[..61].to_vec(), b"AEZo\xeb|".to_vec()].concat())
            .name
            .as_deref(),
        Some("Zoë")
    );
    assert_eq!(patron(&reply_64("AEA\u{9b}2J|")).name.as_deref(), Some("A\u{FFFD}2J"));
    // Padding is trimmed, blank is absent, unknown fields are skipped, the final `|` is optional.
    let p = patron(&reply_64("AE  Amina  |BD   |ZZwhatever|BEa@example.org"));
    assert_eq!(
        (p.name.as_deref(), p.address, p.email.as_deref()),
        (Some("Amina"), None, Some("a@example.org"))
    );
    // A last field that ends in `AZ` and three characters is a value, not a checksum.
    assert_eq!(
        patron(&reply_64("AFsee desk AZ123|")).screen_message.as_deref(),
        Some("see desk AZ123")
    );
    // CR LF endings and no ending at all read the same.
    let crlf = [GOLDEN_64, b"\n"].concat();
    assert_eq!(
        parse_reply(&crlf, None),
        parse_reply(&GOLDEN_64[..GOLDEN_64.len() - 1], None)
    );
}

#[test]
fn a_patron_reply_written_out_reads_back_the_same() {
    let p = patron(GOLDEN_64);
    let frame = p.to_frame(PatronReplyKind::Information, Some(seq(1))).unwrap();
    assert_eq!(
        parse_reply(&frame, Some(seq(1))),
        Ok(Reply::PatronInformation(p.clone()))
    );
    let unchecked = p.to_frame(PatronReplyKind::Status, None).unwrap();
    assert_eq!(parse_reply(&unchecked, None), Ok(Reply::PatronStatus(p.clone())));
    let mut bad = p;
    bad.name = Some("Amina|BLY".into());
    assert_eq!(
        bad.to_frame(PatronReplyKind::Status, None),
        Err(RequestError::BadCharacter("reply field"))
    );
}

fn text_value() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(
        "[^|\\p{Cc}]{1,40}"
            .prop_map(|s| s.trim().to_owned())
            .prop_filter("not blank", |s| !s.is_empty()),
    )
}

/// Printable ASCII without `|`.
fn ascii_value(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[ -{{}}~]{{0,{max}}}")).unwrap()
}

prop_compose! {
    fn any_patron()(
        blocks in proptest::sample::subsequence(PatronBlock::ALL.to_vec(), 0..=14),
        language in "[0-9]{3}",
        transaction_date in "[0-9]{8}[ Z]{4}[0-9]{6}",
        texts in proptest::collection::vec(text_value(), 7),
        valid_patron in proptest::option::of(any::<bool>()),
        valid_password in proptest::option::of(any::<bool>()),
        screen in proptest::option::of(proptest::collection::vec(text_value().prop_filter_map("a line", |l| l), 1..4)),
    ) -> PatronReply {
        let mut texts = texts.into_iter();
        let mut next = || texts.next().flatten();
        PatronReply {
            blocks, language, transaction_date,
            institution: next(), barcode: next(), name: next(), address: next(), email: next(), phone: next(),
            valid_patron, valid_password,
            screen_message: screen.map(|lines| lines.join("\n")),
        }
    }
}

proptest! {
    #[test]
    fn parsing_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600), n in 0u8..10) {
        let _ = parse_reply(&bytes, SeqNo::new(n));
    }

    #[test]
    fn parsing_any_tail_of_a_known_code_never_panics(
        code in proptest::sample::select(vec!["94", "98", "64", "24", "96"]),
        tail in proptest::collection::vec(prop_oneof![any::<u8>(), Just(b'|'), Just(b' '), Just(b'Y')], 0..200),
        sealed in any::<bool>(),
    ) {
        let mut body = code.as_bytes().to_vec();
        body.extend(tail);
        let frame = if sealed { super::frame::seal(body, SeqNo::new(5)) } else { body };
        if let Err(e) = parse_reply(&frame, SeqNo::new(5)) {
            prop_assert!(!e.to_string().is_empty());
            prop_assert!(!sealed || !e.is_retryable(), "a sealed frame passes its own checks: {e}");
        }
    }

    #[test]
    fn patron_replies_round_trip(p in any_patron(), info in any::<bool>(), n in proptest::option::of(0u8..10)) {
        let kind = if info { PatronReplyKind::Information } else { PatronReplyKind::Status };
        let seq = n.and_then(SeqNo::new);
        let frame = p.to_frame(kind, seq).unwrap();
        let back = match parse_reply(&frame, seq).unwrap() {
            Reply::PatronInformation(back) if info => back,
            Reply::PatronStatus(back) if !info => back,
            other => panic!("wrong kind: {other:?}"),
        };
        prop_assert_eq!(back, p);
    }

    #[test]
    fn patron_queries_round_trip(
        barcode in ascii_value(40).prop_filter("not empty", |s| !s.is_empty()),
        pin in proptest::option::of(ascii_value(12).prop_filter("not empty", |s| !s.is_empty())),
        institution in ascii_value(20),
        n in 0u8..10,
    ) {
        let q = PatronQuery::new(date(), &institution, &barcode, "tpw", pin.as_deref()).unwrap();
        let frame = q.to_patron_information(seq(n));
        // The frame passes its own error detection and splits back into the same values.
        let opened = Frame::open(&frame, Some(seq(n))).unwrap();
        prop_assert_eq!(&opened.code, b"63");
        let fields = opened.fields(3 + 18 + 10).unwrap();
        let get = |id: &[u8; 2]| fields.iter().find(|(i, _)| i == id).map(|(_, v)| v.to_vec());
        prop_assert_eq!(get(b"AO"), Some(institution.into_bytes()));
        prop_assert_eq!(get(b"AA"), Some(barcode.into_bytes()));
        prop_assert_eq!(get(b"AD"), pin.map(String::into_bytes));
        prop_assert_eq!(fields.len(), 3 + usize::from(get(b"AD").is_some()));
    }
}
