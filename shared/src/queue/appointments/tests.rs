//! The checks the formats share: references, services, names and clock-change times.

use super::*;
use time::macros::datetime;

#[test]
fn a_reference_is_trimmed_unspaced_uppercased_and_bounded() {
    assert_eq!(reference(" ab 12-x ").as_deref(), Some("AB12-X"));
    assert_eq!(reference("A").as_deref(), Some("A"));
    assert_eq!(reference(&"A".repeat(20)).as_deref(), Some("AAAAAAAAAAAAAAAAAAAA"));
    assert_eq!(reference(&"A".repeat(21)), None);
    assert_eq!(reference(""), None);
    assert_eq!(reference("   "), None);
    assert_eq!(reference("AB/12"), None);
    assert_eq!(reference("ÄB12"), None);
    assert_eq!(reference("AB\0"), None);
}

#[test]
fn a_service_matches_without_case_and_with_spaces_or_underscores_for_hyphens() {
    let services = ["housing", "council-tax", "general"];
    assert_eq!(service("Council Tax", &services), Some("council-tax"));
    assert_eq!(service("COUNCIL_TAX", &services), Some("council-tax"));
    assert_eq!(service(" housing ", &services), Some("housing"));
    assert_eq!(service("parking", &services), None);
    assert_eq!(service("", &services), None);
}

#[test]
fn a_name_loses_control_and_bidi_characters_and_is_cut_at_80_characters() {
    assert_eq!(name("  Jo\u{202E}\0 Smith\n ").as_deref(), Some("Jo Smith"));
    assert_eq!(name(" \u{2066}\t"), None);
    let long = "é".repeat(100);
    assert_eq!(name(&long).map(|n| n.chars().count()), Some(80));
}

#[test]
fn clock_change_times_take_the_first_of_two_and_refuse_the_missing_hour() {
    let z = Zone::London;
    let first = local_instant(z, datetime!(2026-10-25 01:30)).unwrap();
    assert_eq!(
        first,
        datetime!(2026-10-25 00:30 UTC).unix_timestamp(),
        "BST, the first 01:30"
    );
    assert!(local_instant(z, datetime!(2026-03-29 01:30)).is_err());
    let nine = local_instant(z, datetime!(2026-03-29 09:00)).unwrap();
    assert_eq!(nine, datetime!(2026-03-29 08:00 UTC).unix_timestamp());
}

#[test]
fn content_decides_the_format() {
    assert!(is_calendar(b"\xEF\xBB\xBF \r\nbegin:vcalendar\r\n"));
    assert!(!is_calendar(b"reference,date\n"));
    assert!(!is_calendar(b"BEGIN:VCAL"));
}

#[test]
fn a_source_config_reports_each_problem() {
    let ok = SourceConfig {
        url: Some("https://bookings.example.gov.uk/export.ics?key=1".into()),
        ..SourceConfig::default()
    };
    assert_eq!(ok.problems(), Vec::<String>::new());
    assert_eq!(ok.refresh_minutes, 10);
    let local = SourceConfig {
        url: Some("http://127.0.0.1:8080/a.csv".into()),
        ..SourceConfig::default()
    };
    assert!(local.problems().is_empty());
    let plain = SourceConfig {
        url: Some("http://bookings.example.gov.uk/a.csv".into()),
        refresh_minutes: 0,
        ..SourceConfig::default()
    };
    let p = plain.problems();
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].contains("plain http"), "{p:?}");
    assert!(p[1].contains("refresh_minutes is 0"), "{p:?}");
    let ftp = SourceConfig {
        url: Some("ftp://x/a.csv".into()),
        refresh_minutes: 1441,
        ..SourceConfig::default()
    };
    assert_eq!(ftp.problems().len(), 2);
    let parsed: SourceConfig = toml::from_str("folder = \"/srv/appointments\"").unwrap();
    assert_eq!(parsed.refresh_minutes, 10);
    assert!(toml::from_str::<SourceConfig>("fodler = \"/x\"").is_err());
}
