//! One test per group of the kiosk's scrape, on plain figures, plus one through a real store.

use super::*;
use crate::metrics::devices::PrinterState;
use crate::store::ratings::Subject;

use crate::metrics::sample as value;

fn figures(outbox: OutboxFigures) -> KioskFigures {
    KioskFigures {
        outbox: Ok(outbox),
        ratings: Vec::new(),
        devices: Board::default(),
        now: 1_764_900_000.0,
    }
}

fn build() -> BuildInfo {
    BuildInfo::of("kiosk")
}

#[test]
fn the_outbox_group_counts_states_age_and_attempts() {
    let text = render(
        &figures(OutboxFigures {
            pending: 5,
            retrying: 2,
            parked: 1,
            delivered: 9,
            purged: 3,
            oldest_pending_at: Some("2025-12-05T01:00:00Z".into()),
            attempts: 17,
            ..OutboxFigures::default()
        }),
        &build(),
    );
    assert_eq!(value(&text, "onestop_outbox_submissions{state=\"pending\"}"), Some(5.0));
    assert_eq!(value(&text, "onestop_outbox_submissions{state=\"parked\"}"), Some(1.0));
    assert_eq!(
        value(&text, "onestop_outbox_submissions{state=\"delivered\"}"),
        Some(9.0)
    );
    assert_eq!(value(&text, "onestop_outbox_retrying_submissions"), Some(2.0));
    assert_eq!(value(&text, "onestop_outbox_purged_submissions"), Some(3.0));
    // 1_764_900_000 is 2025-12-05T02:00:00Z: an hour later.
    assert_eq!(value(&text, "onestop_outbox_oldest_pending_age_seconds"), Some(3600.0));
    assert!(
        text.contains("# TYPE onestop_outbox_delivery_attempts_total counter\n"),
        "{text}"
    );
    assert_eq!(value(&text, "onestop_outbox_delivery_attempts_total"), Some(17.0));
    assert_eq!(value(&text, "onestop_store_readable"), Some(1.0));
    assert!(
        text.contains("# HELP onestop_outbox_submissions "),
        "every metric has help"
    );
}

#[test]
fn an_empty_outbox_has_age_zero_and_no_crm_contact() {
    let text = render(&figures(OutboxFigures::default()), &build());
    assert_eq!(value(&text, "onestop_outbox_oldest_pending_age_seconds"), Some(0.0));
    assert_eq!(value(&text, "onestop_outbox_submissions{state=\"pending\"}"), Some(0.0));
    assert!(
        !text.contains("onestop_crm_last_contact"),
        "never tried: no 1970 timestamp\n{text}"
    );
}

#[test]
fn the_crm_group_gives_the_last_contact_time_and_result() {
    let failed = OutboxFigures {
        last_reached_at: Some("2025-12-05T01:00:00Z".into()),
        last_failed_at: Some("2025-12-05T01:30:00Z".into()),
        ..OutboxFigures::default()
    };
    let text = render(&figures(failed), &build());
    assert_eq!(value(&text, "onestop_crm_last_contact_success"), Some(0.0));
    assert_eq!(
        value(&text, "onestop_crm_last_contact_timestamp_seconds"),
        Some(1_764_898_200.0)
    );
    assert_eq!(
        value(&text, "onestop_crm_last_success_timestamp_seconds"),
        Some(1_764_896_400.0)
    );
    let worked = OutboxFigures {
        last_reached_at: Some("2025-12-05T01:00:00Z".into()),
        ..OutboxFigures::default()
    };
    let text = render(&figures(worked), &build());
    assert_eq!(value(&text, "onestop_crm_last_contact_success"), Some(1.0));
}

#[test]
fn the_ratings_group_has_one_series_per_subject_and_score_given() {
    let mut f = figures(OutboxFigures::default());
    f.ratings = vec![
        RatingCount {
            date: "2025-12-05".into(),
            subject: Subject::Form("missed-bin".into()),
            counts: [0, 0, 1, 0, 4],
        },
        RatingCount {
            date: "2025-12-05".into(),
            subject: Subject::Service("housing".into()),
            counts: [2, 0, 0, 0, 0],
        },
    ];
    let text = render(&f, &build());
    assert_eq!(
        value(
            &text,
            "onestop_ratings_today{kind=\"form\",subject=\"missed-bin\",score=\"5\"}"
        ),
        Some(4.0)
    );
    assert_eq!(
        value(
            &text,
            "onestop_ratings_today{kind=\"service\",subject=\"housing\",score=\"1\"}"
        ),
        Some(2.0)
    );
    let series = text.lines().filter(|l| l.starts_with("onestop_ratings_today{")).count();
    assert_eq!(series, 3, "scores nobody gave are left out\n{text}");
}

#[test]
fn the_devices_group_shows_paper_and_faults_and_each_reader() {
    let mut f = figures(OutboxFigures::default());
    f.devices.printer = PrinterState::Fault("paper-out");
    f.devices.readers.insert("nfc", false);
    f.devices.readers.insert("wedge", true);
    let text = render(&f, &build());
    assert_eq!(value(&text, "onestop_printer_configured"), Some(1.0));
    assert_eq!(value(&text, "onestop_printer_ready"), Some(0.0));
    assert_eq!(value(&text, "onestop_printer_paper_out"), Some(1.0));
    assert_eq!(value(&text, "onestop_printer_fault{reason=\"paper-out\"}"), Some(1.0));
    assert_eq!(value(&text, "onestop_card_reader_up{reader=\"nfc\"}"), Some(0.0));
    assert_eq!(value(&text, "onestop_card_reader_up{reader=\"wedge\"}"), Some(1.0));

    f.devices.printer = PrinterState::Ready { paper_low: true };
    let text = render(&f, &build());
    assert_eq!(value(&text, "onestop_printer_ready"), Some(1.0));
    assert_eq!(value(&text, "onestop_printer_paper_low"), Some(1.0));
    assert_eq!(value(&text, "onestop_printer_paper_out"), Some(0.0));
    assert!(!text.contains("onestop_printer_fault{"), "{text}");

    f.devices.printer = PrinterState::None;
    let text = render(&f, &build());
    assert_eq!(value(&text, "onestop_printer_configured"), Some(0.0));
    assert!(!text.contains("onestop_printer_ready"), "{text}");
}

#[test]
fn a_database_that_cannot_be_read_still_gives_a_scrape_that_says_so() {
    let mut f = figures(OutboxFigures::default());
    f.outbox = Err("disk I/O error".into());
    let text = render(&f, &build());
    assert_eq!(value(&text, "onestop_store_readable"), Some(0.0));
    assert!(!text.contains("onestop_outbox_submissions{"), "{text}");
    assert!(!text.contains("disk I/O"), "no error text in metrics");
    assert!(text.contains("onestop_build_info{"));
}

#[test]
fn gather_reads_a_real_store() {
    let (store, _) = crate::store::test_support::store_with(3);
    let today = time::OffsetDateTime::now_utc().date().to_string();
    store
        .record_rating(&today, &Subject::Form("missed-bin".into()), 5)
        .unwrap();
    let board = DeviceBoard::default();
    board.set_printer(PrinterState::Ready { paper_low: false });
    let text = render(&gather(&store, &today, &board), &build());
    assert_eq!(value(&text, "onestop_outbox_submissions{state=\"pending\"}"), Some(3.0));
    assert_eq!(
        value(
            &text,
            "onestop_ratings_today{kind=\"form\",subject=\"missed-bin\",score=\"5\"}"
        ),
        Some(1.0)
    );
    assert_eq!(value(&text, "onestop_printer_ready"), Some(1.0));
    let age = value(&text, "onestop_outbox_oldest_pending_age_seconds").unwrap();
    assert!((0.0..60.0).contains(&age), "{age}");
}
