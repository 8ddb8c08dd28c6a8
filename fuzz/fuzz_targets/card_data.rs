//! Anything a card reader, a scanner or a card provider can hand the kiosk: a card number, a
//! burst of keys with any timing, a simulated reader's line, a CRM customer-lookup reply. None may
//! panic; an accepted card number is short, plain ASCII, and no key typed is ever lost.
#![no_main]

use onestop::card::identity::read_crm_reply;
use onestop::card::simulated::parse_line;
use onestop::card::wedge::{WedgeDetector, WedgeKey, WedgeOutcome};
use onestop::card::{CardNumber, CardNumber as N};
use std::time::Duration;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(n) = CardNumber::parse(&text) {
        assert!(n.expose().len() <= N::MAX_LEN && n.expose().is_ascii());
        assert!(!format!("{n:?}").contains(n.expose()) || n.expose().len() <= 4);
    }
    let _ = CardNumber::from_uid(data);
    let _ = parse_line(&text);
    if data.len() >= 2 {
        let status = u16::from_le_bytes([data[0], data[1]]) % 600;
        let _ = read_crm_reply(status, &data[2..]);
    }
    // Keys: each byte's low bits are the gap in ms, the char comes from the text.
    let mut wedge = WedgeDetector::default();
    let mut at = 0u64;
    let mut sent = String::new();
    let mut got = String::new();
    for (c, b) in text.chars().zip(data.iter().cycle()) {
        at += u64::from(b & 0x3f);
        let key = if c == '\n' { WedgeKey::Enter } else { WedgeKey::Char(c) };
        sent.push(c);
        match wedge.key(key, Duration::from_millis(at)) {
            WedgeOutcome::Pending => {}
            WedgeOutcome::Typed(t) => got.push_str(&t),
            WedgeOutcome::Card(n) => {
                got.push_str(n.expose());
                got.push('\n');
            }
        }
    }
    got.push_str(&wedge.idle(Duration::from_millis(at + 10_000)).unwrap_or_default());
    assert_eq!(got.to_uppercase(), sent.to_uppercase());
});
