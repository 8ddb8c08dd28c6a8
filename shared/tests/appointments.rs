//! Loading a day's appointments: the sample CSV and iCalendar exports, the rows refused and why
//! (never with a name), hostile files (huge lines, bad UTF-8, broken nesting, 100,000 events),
//! folders of files on disk, and fetching from a real loopback server that misbehaves the ways a
//! council's booking export does, falling back to the cached copy.

use std::path::Path;
use std::time::{Duration, Instant};

use onestop::hours::Zone;
use onestop::queue::appointments::{
    AppointmentsError, Booking, Fetched, Loaded, fetch_url, load_folder, parse, parse_csv, parse_ics,
};
use proptest::prelude::*;
use time::Date;
use time::macros::{date, datetime};

const SERVICES: &[&str] = &["housing", "council-tax", "general"];
const DAY: Date = date!(2026 - 12 - 07);

fn sample(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/queue").join(name);
    std::fs::read(path).unwrap()
}

fn csv(text: &str) -> Loaded {
    parse_csv(text.as_bytes(), &Zone::London, DAY, SERVICES).unwrap()
}

fn ics(events: &str) -> Loaded {
    let text = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n");
    parse_ics(text.as_bytes(), &Zone::London, DAY, SERVICES).unwrap()
}

fn event(lines: &[&str]) -> String {
    let mut s = String::from("BEGIN:VEVENT\r\n");
    for l in lines {
        s.push_str(l);
        s.push_str("\r\n");
    }
    s.push_str("END:VEVENT\r\n");
    s
}

fn ms(t: time::OffsetDateTime) -> i64 {
    t.unix_timestamp() * 1000
}

fn refs(l: &Loaded) -> Vec<&str> {
    l.bookings.iter().map(|b| b.reference.as_str()).collect()
}

fn refusals(l: &Loaded) -> Vec<(usize, &str)> {
    l.refused.iter().map(|r| (r.line, r.why.as_str())).collect()
}

/// The bookings both samples hold for 7 December 2026.
fn expected() -> Vec<Booking> {
    let b = |reference: &str, at, service: &str, name: Option<&str>| Booking {
        reference: reference.into(),
        at_ms: ms(at),
        service: service.into(),
        name: name.map(Into::into),
    };
    vec![
        b(
            "HB-1001",
            datetime!(2026-12-07 09:00 UTC),
            "housing",
            Some("Okafor, Ada"),
        ),
        b(
            "CT-2002",
            datetime!(2026-12-07 09:15 UTC),
            "council-tax",
            Some("Sam Patel"),
        ),
        b("GN-3003", datetime!(2026-12-07 10:30 UTC), "general", None),
    ]
}

#[test]
fn the_sample_csv_gives_todays_three_bookings_and_skips_tomorrow() {
    let loaded = parse_csv(&sample("sample-appointments.csv"), &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(loaded.bookings, expected());
    assert!(loaded.refused.is_empty(), "{:?}", loaded.refused);
    let tomorrow = parse_csv(
        &sample("sample-appointments.csv"),
        &Zone::London,
        date!(2026 - 12 - 08),
        SERVICES,
    )
    .unwrap();
    assert_eq!(refs(&tomorrow), ["HB-1004"]);
}

#[test]
fn the_sample_ics_gives_the_same_bookings_skipping_tomorrow_cancelled_and_other_components() {
    let loaded = parse_ics(&sample("sample-appointments.ics"), &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(loaded.bookings, expected());
    assert!(loaded.refused.is_empty(), "{:?}", loaded.refused);
}

#[test]
fn parse_tells_the_formats_apart_by_content() {
    for name in ["sample-appointments.csv", "sample-appointments.ics"] {
        let loaded = parse(&sample(name), &Zone::London, DAY, SERVICES).unwrap();
        assert_eq!(loaded.bookings, expected(), "{name}");
    }
    let mut with_bom = b"\xEF\xBB\xBF\r\n  ".to_vec();
    with_bom.extend(sample("sample-appointments.ics"));
    assert_eq!(
        parse(&with_bom, &Zone::London, DAY, SERVICES).unwrap().bookings.len(),
        3
    );
}

#[test]
fn empty_files_give_no_bookings_and_no_error() {
    for text in ["", "\u{feff}", "\r\n\r\n", "reference,date,time,service\r\n"] {
        let loaded = parse(text.as_bytes(), &Zone::London, DAY, SERVICES).unwrap();
        assert_eq!(loaded, Loaded::default(), "{text:?}");
    }
}

#[test]
fn a_csv_header_without_a_needed_column_refuses_the_file_naming_it() {
    let cases = [
        ("date,time,service\n", "`reference`"),
        ("reference,date,time\n", "`service`"),
        ("reference,date,service\n", "`time`"),
        ("reference,service,name\n", "`date and time, or start`"),
    ];
    for (text, column) in cases {
        let e = parse_csv(text.as_bytes(), &Zone::London, DAY, SERVICES).unwrap_err();
        assert!(matches!(e, AppointmentsError::MissingColumn { .. }), "{e:?}");
        assert!(e.to_string().contains(column), "{e}");
        assert!(e.to_string().contains("the appointments file"), "{e}");
    }
    let e = parse_csv(b"refer\xFFence,date\n", &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(e.to_string().contains("not UTF-8"), "{e}");
}

#[test]
fn broken_csv_rows_are_refused_with_their_line_and_good_ones_kept() {
    let rows: &[&[u8]] = &[
        b"REFERENCE, Date ,time,service,name\r\n",
        b"A1,07/12/2026,09:00,housing,Ann\r\n",
        b"A2,07/12/2026,09:00,housing\r\n",
        b"A3,12/31/2026,09:00,housing,Ann\r\n",
        b"A4,07/12/2026,9am,housing,Ann\r\n",
        b"A5,07/12/2026,09:00,parking,Secret Person\r\n",
        b"A 6/x,07/12/2026,09:00,housing,Secret Person\r\n",
        b"a1,07/12/2026,10:00,housing,Bob\r\n",
        b"\r\n",
        b"A7,07/12/2026,09:30,\"council\n tax\",\"Multi\nline\"\r\n",
        b"A8,07/12/2026,09:00,general,\xFF\r\n",
        b"A9,07/12/2026,09:00,\r\n",
    ];
    let loaded = parse_csv(&rows.concat(), &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(refs(&loaded), ["A1"]);
    let r = refusals(&loaded);
    assert_eq!(
        r.iter().map(|(line, _)| *line).collect::<Vec<_>>(),
        [3, 4, 5, 6, 7, 8, 10, 13, 14]
    );
    assert!(r[0].1.contains("4 fields but the header has 5"), "{r:?}");
    assert!(r[1].1.contains("date"), "{r:?}");
    assert!(r[2].1.contains("time"), "{r:?}");
    assert!(r[3].1.contains("\"parking\""), "{r:?}");
    assert!(r[4].1.contains("reference"), "{r:?}");
    assert!(r[5].1.contains("A1 is booked twice"), "{r:?}");
    assert!(
        r[6].1.contains("\"council tax\""),
        "a service is named, a name never: {r:?}"
    );
    assert!(r[7].1.contains("UTF-8"), "{r:?}");
    for (_, why) in &r {
        assert!(
            !why.contains("Secret") && !why.contains("Multi"),
            "a refusal names a person: {why}"
        );
    }
}

#[test]
fn a_csv_start_column_is_local_or_carries_its_offset_and_other_days_are_skipped() {
    let loaded = csv(concat!(
        "reference,start,service\n",
        "S1,2026-12-07T09:00,housing\n",
        "S2,2026-12-07T09:00:30Z,housing\n",
        "S3,2026-12-07 23:30-01:00,housing\n",
        "S4,2026-12-08T00:30+01:00,housing\n",
        "S5,2026-12-06T23:59,housing\n",
        "S6,2026-12-07,housing\n",
    ));
    assert_eq!(refs(&loaded), ["S1", "S2", "S4"]);
    assert_eq!(loaded.bookings[1].at_ms, ms(datetime!(2026-12-07 09:00:30 UTC)));
    assert_eq!(loaded.bookings[2].at_ms, ms(datetime!(2026-12-07 23:30 UTC)));
    assert_eq!(refusals(&loaded).iter().map(|r| r.0).collect::<Vec<_>>(), [7]);
}

#[test]
fn clock_change_days_take_the_first_of_a_repeated_time_and_refuse_a_missing_one() {
    let text = "reference,date,time,service\nB1,2026-10-25,01:30,housing\nB2,2026-10-25,09:00,housing\n";
    let autumn = parse_csv(text.as_bytes(), &Zone::London, date!(2026 - 10 - 25), SERVICES).unwrap();
    assert_eq!(
        autumn.bookings[0].at_ms,
        ms(datetime!(2026-10-25 00:30 UTC)),
        "BST's 01:30"
    );
    assert_eq!(
        autumn.bookings[1].at_ms,
        ms(datetime!(2026-10-25 09:00 UTC)),
        "GMT again"
    );
    let text = "reference,date,time,service\nB1,2026-03-29,01:30,housing\nB2,2026-03-29,09:00,housing\n";
    let spring = parse_csv(text.as_bytes(), &Zone::London, date!(2026 - 03 - 29), SERVICES).unwrap();
    assert_eq!(refs(&spring), ["B2"]);
    assert_eq!(spring.bookings[0].at_ms, ms(datetime!(2026-03-29 08:00 UTC)));
    assert_eq!(spring.refused[0].line, 2);
    assert!(
        spring.refused[0].why.contains("clocks go forward"),
        "{:?}",
        spring.refused
    );
}

#[test]
fn a_utc_site_reads_local_times_as_utc() {
    let text = "reference,date,time,service\nU1,2026-07-01,09:00,housing\n";
    let loaded = parse_csv(text.as_bytes(), &Zone::Utc, date!(2026 - 07 - 01), SERVICES).unwrap();
    assert_eq!(loaded.bookings[0].at_ms, ms(datetime!(2026-07-01 09:00 UTC)));
}

#[test]
fn names_are_cleaned_and_cut() {
    let long = "N".repeat(200);
    let loaded = csv(&format!(
        "reference,date,time,service,name\nN1,07/12/2026,09:00,housing,\"  \u{202E}Jo\0 \u{1b}[31mSmith  \"\nN2,07/12/2026,09:00,housing,{long}\n"
    ));
    assert_eq!(loaded.bookings[0].name.as_deref(), Some("Jo [31mSmith"));
    assert_eq!(loaded.bookings[1].name.as_ref().map(String::len), Some(80));
}

#[test]
fn ics_events_are_read_from_utc_floating_and_named_zones() {
    let text = format!(
        "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
        [
            event(&["UID:E1", "DTSTART:20260701T080000Z", "CATEGORIES:housing"]),
            event(&["UID:E2", "DTSTART:20260701T090000", "CATEGORIES:housing"]),
            event(&[
                "UID:E3",
                "DTSTART;TZID=\"Europe/London\":20260701T100000",
                "CATEGORIES:housing"
            ]),
            event(&[
                "UID:E4",
                "DTSTART;TZID=GMT Standard Time:20260701T110000",
                "CATEGORIES:housing"
            ]),
            event(&[
                "UID:E5",
                "DTSTART;TZID=America/New_York:20260701T120000",
                "CATEGORIES:housing"
            ]),
        ]
        .concat()
    );
    let loaded = parse_ics(text.as_bytes(), &Zone::London, date!(2026 - 07 - 01), SERVICES).unwrap();
    let at: Vec<i64> = loaded.bookings.iter().map(|b| b.at_ms).collect();
    let utc = |h| ms(datetime!(2026-07-01 00:00 UTC) + time::Duration::hours(h));
    assert_eq!(at, [utc(8), utc(8), utc(9), utc(10)]);
    assert_eq!(loaded.refused.len(), 1);
    assert_eq!(loaded.refused[0].line, 22);
    assert!(
        loaded.refused[0].why.contains("\"America/New_York\" is not supported"),
        "{:?}",
        loaded.refused
    );
}

#[test]
fn ics_events_that_cannot_be_bookings_are_refused_and_cancelled_ones_skipped() {
    let loaded = ics(&[
        event(&[
            "UID:R1",
            "DTSTART:20261207T090000",
            "RRULE:FREQ=WEEKLY",
            "CATEGORIES:housing",
        ]),
        event(&["UID:R2", "DTSTART;VALUE=DATE:20261207", "CATEGORIES:housing"]),
        event(&["UID:R3", "CATEGORIES:housing"]),
        event(&[
            "UID:abc@google.com",
            "DTSTART:20261207T090000",
            "CATEGORIES:housing",
            "ATTENDEE;CN=Secret Person:mailto:x@y",
        ]),
        event(&["UID:R5", "DTSTART:20261207T090000", "CATEGORIES:Blue category,Secret"]),
        event(&["UID:R6", "DTSTART:20261207T090000"]),
        event(&["UID:R7", "DTSTART:20261207T090000", "X-ONESTOP-SERVICE:parking"]),
        event(&[
            "UID:R8",
            "DTSTART:20261207T090000",
            "STATUS:CANCELLED",
            "RRULE:FREQ=DAILY",
        ]),
        event(&["UID:R9", "DTSTART:20261207T250000", "CATEGORIES:housing"]),
    ]
    .concat());
    assert!(loaded.bookings.is_empty(), "{:?}", loaded.bookings);
    let why: Vec<&str> = loaded.refused.iter().map(|r| r.why.as_str()).collect();
    assert_eq!(why.len(), 8, "{why:?}");
    assert!(why[0].contains("repeating appointments are not supported"));
    assert!(why[1].contains("all-day"));
    assert!(why[2].contains("DTSTART"));
    assert!(why[3].contains("UID is not a reference"));
    assert!(why[4].contains("categories"));
    assert!(why[5].contains("service is missing"));
    assert!(why[6].contains("\"parking\""));
    assert!(why[7].contains("not a date and time"));
    assert!(why.iter().all(|w| !w.contains("Secret")), "{why:?}");
    let lines: Vec<usize> = loaded.refused.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 9, 14, 18, 24, 29, 33, 44]);
}

#[test]
fn ics_reference_service_and_name_come_from_onestop_properties_first() {
    let loaded = ics(&[
        event(&[
            "UID:UID-1",
            "X-ONESTOP-REFERENCE: ab 12 ",
            "X-ONESTOP-SERVICE:Council Tax",
            "CATEGORIES:housing",
            "ATTENDEE;CN=\"From, Attendee\":mailto:a@b",
            "X-ONESTOP-NAME:From X\\, Name",
            "DTSTART:20261207T090000",
        ]),
        event(&[
            "UID:UID-2",
            "CATEGORIES:Appointments,General",
            "CATEGORIES:housing",
            "ATTENDEE;CN=\"Attendee\\, Only\";ROLE=REQ-PARTICIPANT:mailto:a@b",
            "ATTENDEE;CN=Second:mailto:c@d",
            "DTSTART:20261207T090000",
        ]),
    ]
    .concat());
    assert_eq!(refs(&loaded), ["AB12", "UID-2"]);
    assert_eq!(loaded.bookings[0].service, "council-tax");
    assert_eq!(loaded.bookings[0].name.as_deref(), Some("From X, Name"));
    assert_eq!(loaded.bookings[1].service, "general");
    assert_eq!(loaded.bookings[1].name.as_deref(), Some("Attendee\\, Only"));
}

#[test]
fn broken_ics_nesting_is_refused_by_line_and_never_loses_good_events() {
    let text = concat!(
        "BEGIN:VCALENDAR\r\n",
        "END:VEVENT\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:LOST-1\r\n",
        "DTSTART:20261207T090000\r\n",
        "CATEGORIES:housing\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:KEPT-1\r\n",
        "DTSTART:20261207T090000\r\n",
        "CATEGORIES:housing\r\n",
        "BEGIN:VALARM\r\n",
        "UID:ALARM-NOT-EVENT\r\n",
        "END:VEVENT\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:LOST-2\r\n",
        "DTSTART:20261207T090000\r\n",
        "END:VCALENDAR\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:LOST-3\r\n",
    );
    let loaded = parse_ics(text.as_bytes(), &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(
        refs(&loaded),
        ["KEPT-1"],
        "END:VEVENT closes the event past an open VALARM"
    );
    let r = refusals(&loaded);
    assert_eq!(r.iter().map(|x| x.0).collect::<Vec<_>>(), [2, 3, 14, 18], "{r:?}");
    assert!(r[0].1.contains("without a BEGIN:VEVENT"));
    assert!(r[1..].iter().all(|x| x.1.contains("no END:VEVENT")), "{r:?}");
}

#[test]
fn a_file_that_is_not_a_calendar_or_nests_absurdly_is_refused_whole() {
    let e = parse_ics(b"hello\r\nBEGIN:VCALENDAR\r\n", &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(e.to_string().contains("not an iCalendar file"), "{e}");
    let deep = format!("BEGIN:VCALENDAR\r\n{}", "BEGIN:X\r\n".repeat(100));
    let e = parse_ics(deep.as_bytes(), &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(matches!(e, AppointmentsError::TooDeep { .. }), "{e:?}");
}

#[test]
fn invalid_utf8_and_nuls_refuse_only_their_event() {
    let mut text = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:BAD-1\r\nSUMMARY:\xC3\x28\r\nDTSTART:20261207T090000\r\nCATEGORIES:housing\r\nEND:VEVENT\r\n".to_vec();
    text.extend_from_slice(
        b"BEGIN:VEVENT\r\nUID:GOOD\0-1\r\nDTSTART:20261207T090000\r\nCATEGORIES:housing\r\nEND:VEVENT\r\n",
    );
    text.extend_from_slice(b"BEGIN:VEVENT\r\nUID:GOOD-2\r\nX-ONESTOP-NAME:A\0B\r\nDTSTART:20261207T090000\r\nCATEGORIES:housing\r\nEND:VEVENT\r\n");
    let loaded = parse_ics(&text, &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(refs(&loaded), ["GOOD-2"]);
    assert_eq!(loaded.bookings[0].name.as_deref(), Some("AB"));
    let r = refusals(&loaded);
    assert_eq!(r[0], (2, "line 4 is not UTF-8 text"));
    assert_eq!(r[1].0, 8);
    let nul_csv = csv("reference,date,time,service\n\0,07/12/2026,09:00,housing\n");
    assert_eq!(nul_csv.refused.len(), 1);
}

#[test]
fn a_10_mb_line_is_refused_in_bounded_memory_and_the_rest_still_loads() {
    let huge = "x".repeat(10 * 1024 * 1024);
    let started = Instant::now();
    let loaded = csv(&format!(
        "reference,date,time,service\nH1,07/12/2026,09:00,{huge}\nH2,07/12/2026,09:00,housing\n"
    ));
    assert_eq!(refs(&loaded), ["H2"]);
    assert_eq!(refusals(&loaded), [(2, "the row is longer than 64 KiB")]);
    let loaded = ics(&format!(
        "BEGIN:VEVENT\r\nUID:H1\r\nDESCRIPTION:{huge}\r\nDTSTART:20261207T090000\r\nCATEGORIES:housing\r\nEND:VEVENT\r\n{}",
        event(&["UID:H2", "DTSTART:20261207T090000", "CATEGORIES:housing"])
    ));
    assert_eq!(refs(&loaded), ["H2"]);
    assert_eq!(refusals(&loaded), [(3, "line 5 is longer than 64 KiB")]);
    let folded = format!(
        "BEGIN:VEVENT\r\nUID:H3\r\nDESCRIPTION:{}\r\nEND:VEVENT\r\n",
        "a\r\n b".repeat(40_000)
    );
    assert_eq!(ics(&folded).refused[0].why, "line 5 is longer than 64 KiB");
    eprintln!("10 MB lines, CSV and iCalendar: {:?}", started.elapsed());
}

#[test]
fn an_unterminated_quote_refuses_the_rest_of_the_file_as_one_row() {
    let loaded = csv(
        "reference,date,time,service\nQ1,07/12/2026,09:00,housing\nQ2,\"07/12/2026,09:00,housing\nQ3,07/12/2026,09:00,housing\n",
    );
    assert_eq!(refs(&loaded), ["Q1"]);
    assert_eq!(loaded.refused[0].line, 3);
    assert!(loaded.refused[0].why.contains("never closed"));
}

#[test]
fn five_thousand_bookings_load_and_one_more_refuses_the_file() {
    let rows = |n: usize| {
        let mut s = String::from("reference,date,time,service\n");
        for i in 0..n {
            s.push_str(&format!("R{i},07/12/2026,09:00,housing\n"));
        }
        s
    };
    assert_eq!(csv(&rows(5_000)).bookings.len(), 5_000);
    let e = parse_csv(rows(5_001).as_bytes(), &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(e.to_string().contains("more than 5,000 appointments in one day"), "{e}");
}

#[test]
fn a_hundred_thousand_events_parse_quickly() {
    let mut week = String::from("BEGIN:VCALENDAR\r\n");
    for i in 0..100_000 {
        let day = if i % 100 == 0 { 7 } else { 1 + i % 6 };
        week.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:W{i}\r\nDTSTAMP:20261201T120000Z\r\nDTSTART;TZID=Europe/London:202612{day:02}T{:02}{:02}00\r\nSUMMARY:Appointment\r\nCATEGORIES:Housing\r\nATTENDEE;CN=\"Person {i}\":mailto:p{i}@example.org\r\nEND:VEVENT\r\n",
            9 + i % 8,
            i % 60
        ));
    }
    week.push_str("END:VCALENDAR\r\n");
    let started = Instant::now();
    let loaded = parse_ics(week.as_bytes(), &Zone::London, DAY, SERVICES).unwrap();
    let took = started.elapsed();
    eprintln!("100,000 events ({} MB): {took:?}", week.len() / 1_000_000);
    assert_eq!(loaded.bookings.len(), 1_000);
    assert!(loaded.refused.is_empty());
    assert!(took < Duration::from_secs(10), "{took:?}");
    let all_today = week
        .lines()
        .map(|l| {
            if l.starts_with("DTSTART") {
                "DTSTART:20261207T090000"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    let started = Instant::now();
    let e = parse_ics(all_today.as_bytes(), &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(matches!(e, AppointmentsError::TooMany { .. }), "{e:?}");
    eprintln!("100,000 events all today, refused at 5,001: {:?}", started.elapsed());
}

#[test]
fn a_folder_merges_csv_and_ics_files_and_ignores_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("a-monday.CSV"), sample("sample-appointments.csv")).unwrap();
    std::fs::write(
        p.join("b-extra.ics"),
        format!(
            "BEGIN:VCALENDAR\r\n{}{}END:VCALENDAR\r\n",
            event(&["UID:HB-1001", "DTSTART:20261207T120000", "CATEGORIES:housing"]),
            event(&["UID:X-9", "DTSTART:20261207T120000", "CATEGORIES:general"]),
        ),
    )
    .unwrap();
    std::fs::write(p.join("c-broken.csv"), "reference,service,when\nZ1,housing,today\n").unwrap();
    std::fs::write(p.join(".hidden.csv"), sample("sample-appointments.csv")).unwrap();
    std::fs::write(
        p.join("notes.txt"),
        "reference,date,time,service\nT1,07/12/2026,09:00,housing\n",
    )
    .unwrap();
    std::fs::create_dir(p.join("old.csv")).unwrap();
    std::os::unix::fs::symlink(p.join("sub/d.csv"), p.join("z-linked.csv")).unwrap();
    std::fs::create_dir(p.join("sub")).unwrap();
    std::fs::write(
        p.join("sub/d.csv"),
        "reference,date,time,service\nD1,07/12/2026,09:00,housing\n",
    )
    .unwrap();

    let loaded = load_folder(p, &Zone::London, DAY, SERVICES).unwrap();
    assert_eq!(refs(&loaded), ["HB-1001", "CT-2002", "GN-3003", "X-9", "D1"]);
    let r = refusals(&loaded);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(
        r[0].1.contains("b-extra.ics") && r[0].1.contains("HB-1001 is already booked"),
        "{r:?}"
    );
    assert_eq!(r[0].0, 2, "the line of the event in b-extra.ics");
    assert_eq!(r[1].0, 0);
    assert!(
        r[1].1.contains("c-broken.csv") && r[1].1.contains("`date and time, or start`"),
        "{r:?}"
    );

    let e = load_folder(&p.join("missing"), &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(e.to_string().contains("missing"), "{e}");
}

#[test]
fn a_folder_over_five_thousand_bookings_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for f in 0..2 {
        let mut s = String::from("reference,date,time,service\n");
        for i in 0..3_000 {
            s.push_str(&format!("F{f}-{i},07/12/2026,09:00,housing\n"));
        }
        std::fs::write(dir.path().join(format!("{f}.csv")), s).unwrap();
    }
    let e = load_folder(dir.path(), &Zone::London, DAY, SERVICES).unwrap_err();
    assert!(e.to_string().contains("more than 5,000"), "{e}");
}

mod fetching {
    use super::*;
    use axum::Router;
    use axum::body::{Body, Bytes};
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    use axum::routing::get;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const LOGIN: &str = "<!DOCTYPE html><html><body><form>Sign in to Bookings</form></body></html>";

    /// A council's booking export as it misbehaves: each path one way.
    async fn server(streamed: Arc<AtomicUsize>) -> String {
        let good = sample("sample-appointments.ics");
        let app = Router::new()
            .route(
                "/slow.ics",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    "too late"
                }),
            )
            .route(
                "/error.ics",
                get(|| async {
                    (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        [(header::CONTENT_TYPE, "text/html")],
                        LOGIN,
                    )
                }),
            )
            .route(
                "/login.ics",
                get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], LOGIN) }),
            )
            .route(
                "/untyped-login.ics",
                get(|| async { ([(header::CONTENT_TYPE, "text/calendar")], LOGIN) }),
            )
            .route("/huge.csv", get(|| async { vec![b'a'; 6 * 1024 * 1024] }))
            .route(
                "/endless.csv",
                get(move || async move {
                    let chunks = futures_util::stream::unfold((), move |()| {
                        let streamed = streamed.clone();
                        async move {
                            streamed.fetch_add(64 * 1024, Ordering::Relaxed);
                            Some((Ok::<_, std::io::Error>(Bytes::from(vec![b'a'; 64 * 1024])), ()))
                        }
                    });
                    Body::from_stream(chunks).into_response()
                }),
            )
            .route(
                "/good.ics",
                get(move || async move { ([(header::CONTENT_TYPE, "text/calendar")], good) }),
            )
            .route(
                "/other.csv",
                get(|| async { "reference,date,time,service\nNEW-1,07/12/2026,12:00,general\n" }),
            )
            .route("/broken.csv", get(|| async { "reference,service,when\n" }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    async fn fetch(url: &str, cache: &Path) -> Result<(Loaded, Fetched), AppointmentsError> {
        let client = reqwest::Client::new();
        fetch_url(&client, url, cache, &Zone::London, DAY, SERVICES).await
    }

    fn from_cache(f: &Fetched) -> &str {
        match f {
            Fetched::FromCache { why } => why,
            Fetched::Fresh => panic!("expected the cached copy"),
        }
    }

    #[tokio::test]
    async fn a_failing_export_falls_back_to_the_last_good_copy_and_a_good_one_replaces_it() {
        let streamed = Arc::new(AtomicUsize::new(0));
        let base = server(streamed.clone()).await;
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("appointments.cache");

        let e = fetch(&format!("{base}/error.ics?key=SECRETKEY"), &cache)
            .await
            .unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("answered 500") && msg.contains("no cached copy yet"),
            "{msg}"
        );
        assert!(!msg.contains("SECRETKEY"), "the query is never shown: {msg}");
        assert!(!cache.exists());

        let (loaded, how) = fetch(&format!("{base}/good.ics"), &cache).await.unwrap();
        assert_eq!((loaded.bookings, how), (expected(), Fetched::Fresh));
        assert_eq!(std::fs::read(&cache).unwrap(), sample("sample-appointments.ics"));

        let started = Instant::now();
        let (loaded, how) = fetch(&format!("{base}/slow.ics"), &cache).await.unwrap();
        let took = started.elapsed();
        assert!(
            took >= Duration::from_secs(9) && took < Duration::from_secs(15),
            "{took:?}"
        );
        assert!(from_cache(&how).contains("within 10 seconds"), "{how:?}");
        assert_eq!(loaded.bookings, expected());

        let cases = [
            ("/error.ics", "answered 500"),
            ("/login.ics", "web page"),
            ("/untyped-login.ics", "web page"),
            ("/huge.csv", "more than 5 MiB"),
            ("/endless.csv", "more than 5 MiB"),
            ("/broken.csv", "`date and time, or start`"),
            ("/missing.ics", "404"),
        ];
        for (path, why) in cases {
            let (loaded, how) = fetch(&format!("{base}{path}"), &cache).await.unwrap();
            assert!(from_cache(&how).contains(why), "{path}: {how:?}");
            assert_eq!(loaded.bookings, expected(), "{path}");
        }
        let read = streamed.load(Ordering::Relaxed);
        assert!(read < 16 * 1024 * 1024, "an endless body is not read on: {read} bytes");

        let (loaded, how) = fetch(&format!("{base}/other.csv"), &cache).await.unwrap();
        assert_eq!((refs(&loaded), how), (vec!["NEW-1"], Fetched::Fresh));
        assert!(std::fs::read_to_string(&cache).unwrap().contains("NEW-1"));
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["appointments.cache"], "no temporary file is left behind");

        let offline = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap()
        };
        let (loaded, how) = fetch(&format!("http://{offline}/a.csv"), &cache).await.unwrap();
        assert!(from_cache(&how).contains("could not be reached"), "{how:?}");
        assert_eq!(refs(&loaded), ["NEW-1"]);

        std::fs::write(&cache, "reference\n").unwrap();
        let e = fetch(&format!("http://{offline}/a.csv"), &cache).await.unwrap_err();
        assert!(e.to_string().contains("cached copy is refused too"), "{e}");
    }

    #[tokio::test]
    async fn only_https_or_loopback_http_is_fetched() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("c");
        for url in [
            "http://bookings.example.gov.uk/a.ics",
            "ftp://x/a.ics",
            "not a url",
            "file:///etc/passwd",
        ] {
            let e = fetch(url, &cache).await.unwrap_err();
            assert!(matches!(e, AppointmentsError::BadUrl { .. }), "{url}: {e:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for day in [DAY, Date::MIN, Date::MAX] {
            let _ = parse(&bytes, &Zone::London, day, SERVICES);
            let _ = parse_csv(&bytes, &Zone::Utc, day, SERVICES);
            let _ = parse_ics(&bytes, &Zone::London, day, &[]);
        }
    }

    #[test]
    fn calendar_like_lines_never_panic_and_keep_only_valid_bookings(
        lines in proptest::collection::vec(prop_oneof![
            Just("BEGIN:VEVENT".to_owned()),
            Just("END:VEVENT".to_owned()),
            Just("BEGIN:VALARM".to_owned()),
            Just("END:VALARM".to_owned()),
            Just("END:VCALENDAR".to_owned()),
            Just("CATEGORIES:housing".to_owned()),
            Just(" folded".to_owned()),
            "UID:[A-Za-z0-9@ \\-]{0,24}",
            "DTSTART(;TZID=[A-Za-z/ ]{0,20})?(;VALUE=DATE)?:2026120[5-9]T[0-2][0-9][0-6][0-9][0-6][0-9]Z?",
            "X-ONESTOP-[A-Z]{0,9}:[ -~]{0,30}",
            "ATTENDEE;CN=\"?[ -~]{0,20}\"?:mailto:x",
            "[ -~\\PC]{0,40}",
        ], 0..60)
    ) {
        let text = format!("BEGIN:VCALENDAR\r\n{}\r\n", lines.join("\r\n"));
        if let Ok(loaded) = parse_ics(text.as_bytes(), &Zone::London, DAY, SERVICES) {
            for b in &loaded.bookings {
                prop_assert!(onestop::queue::appointments::reference(&b.reference).as_deref() == Some(b.reference.as_str()));
                prop_assert!(SERVICES.contains(&b.service.as_str()));
                prop_assert!(b.name.as_ref().is_none_or(|n| n.chars().count() <= 80 && !n.chars().any(char::is_control)));
            }
        }
    }
}
