//! Any bytes as an appointments export (CSV or iCalendar, chosen by content as the hub does):
//! parsing gives bookings and refusals or a whole-file error, never a panic; every booking it
//! keeps has a valid reference, a known service and a clean name, falls on the day, and no
//! reference is kept twice.
#![no_main]

use onestop::hours::Zone;
use onestop::queue::appointments::{MAX_BOOKINGS, parse, reference};

const SERVICES: &[&str] = &["housing", "council-tax", "general"];
/// Noon UTC on 7 December 2026: the day is taken from the zone, so the crate needs no `time`.
const NOON: i64 = 1_796_644_800;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let day = Zone::London.local(NOON).date();
    let Ok(loaded) = parse(data, &Zone::London, day, SERVICES) else {
        return;
    };
    assert!(loaded.bookings.len() <= MAX_BOOKINGS);
    let mut seen = std::collections::HashSet::new();
    for b in &loaded.bookings {
        assert_eq!(reference(&b.reference).as_deref(), Some(b.reference.as_str()));
        assert!(seen.insert(b.reference.as_str()), "a reference is kept once");
        assert!(SERVICES.contains(&b.service.as_str()));
        assert_eq!(Zone::London.local(b.at_ms / 1000).date(), day);
        if let Some(name) = &b.name {
            assert!(!name.is_empty() && name.chars().count() <= 80);
            assert!(!name.chars().any(char::is_control));
        }
    }
    for r in &loaded.refused {
        assert!(!r.why.is_empty() && r.why.len() < 400, "a refusal is one short sentence");
    }
});
