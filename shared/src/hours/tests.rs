//! Opening hours: the times, the clock change, bank holidays and exceptions, hostile text, and
//! a property: the next opening is open and nothing before it is.

use super::*;
use proptest::prelude::*;
use time::macros::{date, datetime};

fn week(days: [&str; 7]) -> HoursText {
    HoursText {
        time_zone: "Europe/London".into(),
        week: days.map(|d| Some(d.to_owned())),
        ..Default::default()
    }
}

fn office() -> Hours {
    let mut t = week([
        "09:00-17:00",
        "09:00-12:30, 13:30-17:00",
        "09:00-17:00",
        "09:00-17:00",
        "09:00-16:30",
        "10:00-13:00",
        "closed",
    ]);
    t.bank_holidays = ENGLAND_AND_WALES_DAYS.iter().map(|(d, _)| d.to_string()).collect();
    t.dates.insert("2026-12-24".into(), "09:00-12:00".into());
    t.dates.insert("2026-12-29".into(), "closed".into());
    t.dates.insert("2026-12-27".into(), "11:00-14:00".into());
    Hours::parse(&t, "hours").unwrap()
}

fn at(t: time::OffsetDateTime) -> i64 {
    t.unix_timestamp()
}

#[test]
fn open_within_a_days_ranges_and_closed_for_lunch() {
    let h = office();
    // Tuesday 1 December 2026, GMT.
    assert!(!h.is_open(at(datetime!(2026-12-01 08:59:59 UTC))));
    assert!(h.is_open(at(datetime!(2026-12-01 09:00 UTC))));
    assert!(h.is_open(at(datetime!(2026-12-01 12:29:59 UTC))));
    assert!(!h.is_open(at(datetime!(2026-12-01 12:30 UTC))), "lunch");
    assert!(h.is_open(at(datetime!(2026-12-01 13:30 UTC))));
    assert!(!h.is_open(at(datetime!(2026-12-01 17:00 UTC))));
    let lunch = h.next_opening(at(datetime!(2026-12-01 12:45 UTC))).unwrap();
    assert_eq!(lunch.local.to_string(), "2026-12-01T13:30");
}

#[test]
fn summer_hours_are_local_bst_times() {
    let h = office();
    // Wednesday 1 July 2026: 09:00 BST is 08:00 UTC.
    assert!(h.is_open(at(datetime!(2026-07-01 08:00 UTC))));
    assert!(!h.is_open(at(datetime!(2026-07-01 07:59 UTC))));
    assert!(!h.is_open(at(datetime!(2026-07-01 16:00 UTC))), "17:00 BST");
}

#[test]
fn the_next_opening_skips_the_night_the_weekend_and_bank_holidays() {
    let h = office();
    // Friday 17:00 -> Saturday 10:00.
    let n = h.next_opening(at(datetime!(2026-12-04 17:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2026-12-05T10:00");
    // Saturday after 13:00 -> Monday 09:00 (Sunday closed).
    let n = h.next_opening(at(datetime!(2026-12-05 13:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2026-12-07T09:00");
    assert_eq!(n.at, at(datetime!(2026-12-07 09:00 UTC)));
    // Thursday 24 December closes at noon (a dated exception); Christmas (Friday) and the
    // Saturday's hours follow; Boxing Day's substitute Monday the 28th is closed, the 29th is a
    // dated closure: Sunday the 27th has a special opening.
    let n = h.next_opening(at(datetime!(2026-12-24 12:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2026-12-26T10:00");
    let n = h.next_opening(at(datetime!(2026-12-27 14:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2026-12-30T09:00");
    // Easter 2027: Good Friday to Easter Monday.
    let n = h.next_opening(at(datetime!(2027-03-25 18:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2027-03-27T10:00");
    let n = h.next_opening(at(datetime!(2027-03-27 13:00 UTC))).unwrap();
    assert_eq!(n.local.to_string(), "2027-03-30T09:00");
    assert_eq!(n.at, at(datetime!(2027-03-30 08:00 UTC)), "BST by then");
}

#[test]
fn open_now_is_its_own_next_opening_and_a_site_never_open_has_none() {
    let h = office();
    let now = at(datetime!(2026-12-01 10:00 UTC));
    assert_eq!(h.next_opening(now).unwrap().at, now);
    let never = Hours::parse(&week(["closed"; 7]), "hours").unwrap();
    assert_eq!(never.next_opening(now), None);
    assert!(!never.is_open(now));
}

#[test]
fn no_times_means_always_open_even_on_bank_holidays() {
    let mut t = HoursText {
        time_zone: "Europe/London".into(),
        ..Default::default()
    };
    t.bank_holidays = vec!["2026-12-25".into()];
    let h = Hours::parse(&t, "hours").unwrap();
    assert!(h.is_always_open());
    assert!(h.is_open(at(datetime!(2026-12-25 03:00 UTC))));
    assert!(Hours::always().is_open(0));
    // A dated closure still applies.
    t.dates.insert("2026-12-25".into(), "closed".into());
    let h = Hours::parse(&t, "hours").unwrap();
    assert!(!h.is_open(at(datetime!(2026-12-25 03:00 UTC))));
    assert_eq!(
        h.next_opening(at(datetime!(2026-12-25 03:00 UTC)))
            .unwrap()
            .local
            .to_string(),
        "2026-12-26T00:00"
    );
}

#[test]
fn hours_open_past_the_clock_change_follow_it() {
    // Open all night on the autumn Sunday: 01:00-01:30 happens twice.
    let mut t = week(["closed"; 7]);
    t.week[6] = Some("01:00-01:30".into());
    let h = Hours::parse(&t, "hours").unwrap();
    let first = at(datetime!(2026-10-25 00:00 UTC)); // 01:00 BST
    assert!(h.is_open(first));
    let again = h.next_opening(first + 1800).unwrap();
    assert_eq!(
        again.at,
        at(datetime!(2026-10-25 01:00 UTC)),
        "01:00 GMT, the second time"
    );
    // In spring, 01:00-01:30 never happens on the Sunday the clocks go forward.
    let spring = h.next_opening(at(datetime!(2027-03-28 00:30 UTC))).unwrap();
    assert_eq!(spring.local.date, date!(2027 - 04 - 04));
}

#[test]
fn hostile_hours_are_refused_naming_the_key() {
    let cases: [(&str, &str, &str); 9] = [
        ("9am-5pm", "hours.monday", "not a time range"),
        ("09:00", "hours.monday", "not a time range"),
        ("17:00-09:00", "hours.monday", "ends before it starts"),
        ("09:00-09:00", "hours.monday", "ends before it starts"),
        ("09:00-13:00, 12:00-17:00", "hours.monday", "overlap"),
        ("25:00-26:00", "hours.monday", "not a time range"),
        ("09:60-10:00", "hours.monday", "not a time range"),
        ("24:00-24:00", "hours.monday", "24:00"),
        ("", "hours.monday", "not a time range"),
    ];
    for (times, key, says) in cases {
        let mut t = week(["closed"; 7]);
        t.week[0] = Some(times.into());
        let e = Hours::parse(&t, "hours").unwrap_err();
        assert_eq!(e.key, key, "{times}");
        assert!(e.to_string().contains(says), "{times}: {e}");
    }
    let mut t = week(["closed"; 7]);
    t.week[5] = None;
    let e = Hours::parse(&t, "hours").unwrap_err().to_string();
    assert!(e.contains("missing: saturday"), "{e}");
    for d in ["2026-02-30", "2026-2-3", "24/12/2026", "2026-12-24x", "+2026-12-24"] {
        let mut t = week(["closed"; 7]);
        t.bank_holidays = vec![d.into()];
        let e = Hours::parse(&t, "hours").unwrap_err().to_string();
        assert!(e.starts_with("hours.bank_holidays:") && e.contains("2026-12-24"), "{e}");
        let mut t = week(["closed"; 7]);
        t.dates.insert(d.into(), "closed".into());
        let e = Hours::parse(&t, "hours").unwrap_err();
        assert_eq!(e.key, "hours.dates", "{d}");
    }
    let mut t = week(["closed"; 7]);
    t.dates.insert("2026-12-24".into(), "noon".into());
    assert_eq!(Hours::parse(&t, "hours").unwrap_err().key, "hours.dates.\"2026-12-24\"");
    let mut t = week(["closed"; 7]);
    t.time_zone = "BST".into();
    let e = Hours::parse(&t, "hours").unwrap_err().to_string();
    assert!(e.contains("hours.time_zone") && e.contains("Europe/London"), "{e}");
}

#[test]
fn hours_go_over_the_wire_and_come_back_the_same() {
    let h = office();
    let json = serde_json::to_string(&h).unwrap();
    let back: Hours = serde_json::from_str(&json).unwrap();
    assert_eq!(back, h);
    let bad = json.replace("09:00-17:00", "17:00-09:00");
    assert!(serde_json::from_str::<Hours>(&bad).is_err());
    let t: LocalTime = serde_json::from_str("\"2026-12-07T09:00\"").unwrap();
    assert_eq!((t.date, t.clock()), (date!(2026 - 12 - 07), "09:00".into()));
    assert!(serde_json::from_str::<LocalTime>("\"2026-12-07T24:00\"").is_err());
}

#[test]
fn the_shipped_list_running_out_is_a_warning() {
    let h = office().with_shipped_list();
    assert_eq!(h.warning(date!(2027 - 12 - 31)), None);
    assert!(h.warning(date!(2028 - 01 - 01)).unwrap().contains("2027"));
    assert_eq!(Hours::always().with_shipped_list().warning(date!(2030 - 01 - 01)), None);
}

/// Times on a quarter-hour grid, some days closed, some bank holidays and exceptions.
fn any_hours() -> impl Strategy<Value = Hours> {
    let day = prop::collection::vec((0u16..96, 1u16..24), 0..3).prop_map(|ranges| {
        let mut spans: Vec<Span> = Vec::new();
        let mut from = 0;
        for (gap, len) in ranges {
            let start = from + gap * 15;
            let end = (start + len * 15).min(DAY);
            if start >= DAY || end <= start {
                break;
            }
            spans.push(Span { start, end });
            from = end;
        }
        spans
    });
    (
        prop::bool::ANY,
        prop::array::uniform7(day.clone()),
        prop::collection::vec(0i64..730, 0..20),
        prop::collection::vec((0i64..730, day), 0..6),
    )
        .prop_map(|(london, week, holidays, exceptions)| {
            let base = date!(2026 - 01 - 01);
            Hours {
                zone: if london { Zone::London } else { Zone::Utc },
                week: Some(week),
                bank_holidays: holidays.into_iter().map(|d| base + time::Duration::days(d)).collect(),
                dates: exceptions
                    .into_iter()
                    .map(|(d, s)| (base + time::Duration::days(d), s))
                    .collect(),
                shipped_list: false,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn the_next_opening_is_open_and_nothing_before_it_is(
        h in any_hours(),
        now in at(datetime!(2026-01-01 00:00 UTC))..at(datetime!(2027-12-31 00:00 UTC)),
    ) {
        // Every range starts on a whole minute and clocks change on the hour: checking each
        // minute between now and the opening finds any open instant there.
        let first_minute = now - now.rem_euclid(60) + 60;
        match h.next_opening(now) {
            Some(o) => {
                prop_assert!(o.at >= now);
                prop_assert!(h.is_open(o.at));
                let local = h.local(o.at);
                prop_assert_eq!(o.local.date, local.date());
                if o.at > now {
                    prop_assert!(!h.is_open(now));
                    prop_assert!(o.at - now <= (HORIZON_DAYS + 1) * 86_400);
                    let mut t = first_minute;
                    while t < o.at {
                        prop_assert!(!h.is_open(t), "open at {} before {}", t, o.at);
                        t += 60;
                    }
                }
            }
            None => {
                let mut t = now;
                while t < now + 60 * 86_400 {
                    prop_assert!(!h.is_open(t));
                    t = t - t.rem_euclid(60) + 60;
                }
            }
        }
    }
}

#[test]
fn an_opening_is_worded_from_today() {
    let o = |d| LocalTime {
        date: d,
        minute: 9 * 60,
    };
    let today = date!(2026 - 12 - 04); // a Friday
    assert_eq!(o(today).when(today), "today");
    assert_eq!(o(date!(2026 - 12 - 05)).when(today), "tomorrow");
    assert_eq!(o(date!(2026 - 12 - 07)).when(today), "monday");
    assert_eq!(o(date!(2026 - 12 - 10)).when(today), "thursday");
    assert_eq!(o(date!(2026 - 12 - 11)).when(today), "date");
    assert_eq!(o(date!(2027 - 01 - 07)).date_text(), "07/01/2027");
    assert_eq!(o(today).clock(), "09:00");
}
