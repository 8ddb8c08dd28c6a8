//! Appointments through a real hub on loopback: the hub reads today's list from a folder of CSV
//! and ICS files (the shipped samples, on their day), a kiosk checks in by reference (any case),
//! the ticket queues for the booked service at the booked time less the boost, a second check-in
//! and an unknown reference are refused, and a counter's replica shows who is booked next.

mod hub;

use hub::{Hub, client};
use onestop::queue::engine::{Command, Event, QueueError};
use onestop::queue::server::{AppointmentFeed, Clock, Settings};
use onestop::queue::{ClientError, Hello, QueueConfig};
use std::sync::Arc;
use std::sync::atomic::AtomicI64;
use std::time::Duration;

const C1: &str = "counter-one-token";
/// 7 December 2026, 00:00 UTC (GMT): the samples' day.
const MIDNIGHT: i64 = 1_796_601_600_000;

fn check_in(reference: &str) -> Command {
    Command::Issue {
        service: "general".into(),
        priority: false,
        appointment: Some(reference.into()),
        also: Vec::new(),
        locale: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_checks_in_for_a_booking_the_hub_read_from_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("bookings");
    std::fs::create_dir_all(&folder).unwrap();
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/queue");
    std::fs::copy(assets.join("sample-appointments.csv"), folder.join("today.csv")).unwrap();
    // 08:40 UTC (GMT) on 7 December 2026, the samples' day.
    let now = Arc::new(AtomicI64::new(MIDNIGHT + (8 * 60 + 40) * 60_000));
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(1, C1.to_owned())].into();
    s.clock = Clock::manual(now.clone(), 0);
    s.appointments = Some(AppointmentFeed {
        folder: Some(folder),
        url: None,
        cache: dir.path().join("appointments-cache"),
        refresh: Duration::from_secs(60),
    });
    let hub = Hub::start(dir.path(), s, |_, _| {}).await;
    let url = hub.url.clone();

    let counter = client(&url, Hello::counter(1, C1)).await;
    let mut view = counter.view();
    tokio::time::timeout(
        Duration::from_secs(10),
        view.wait_for(|v| v.engine.as_ref().is_some_and(|e| e.appointments().is_some())),
    )
    .await
    .expect("the hub loads the folder's appointments")
    .unwrap();
    // Who counter 1's desk shows as booked next.
    let booked = || -> Vec<String> {
        let view = counter.view().borrow().clone();
        let engine = view.engine.expect("a replica");
        engine.booked_next(1, 0).iter().map(|a| a.reference.clone()).collect()
    };
    assert_eq!(booked(), ["HB-1001", "GN-3003"], "counter 1 serves housing and general");

    let kiosk = client(&url, Hello::kiosk(None).named("kiosk-1")).await;
    let done = kiosk.command(check_in("hb-1001")).await.unwrap();
    let Event::Issued { ticket } = &done[0].event else {
        panic!("{done:?}")
    };
    assert_eq!(
        ticket.service, "housing",
        "the booked service, whatever the kiosk asked"
    );
    assert_eq!(ticket.appointment.as_deref(), Some("HB-1001"));
    // 09:00 booked, 15 minutes' boost.
    assert_eq!(ticket.place_ms, Some(MIDNIGHT + (8 * 60 + 45) * 60_000));
    assert_eq!(
        kiosk.command(check_in("HB-1001")).await.unwrap_err(),
        ClientError::Refused(QueueError::CheckedIn(ticket.label.clone()))
    );
    assert_eq!(
        kiosk.command(check_in("NOPE-1")).await.unwrap_err(),
        ClientError::Refused(QueueError::UnknownAppointment)
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(booked(), ["GN-3003"], "checked in: no longer booked next");

    drop((kiosk, counter));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_days_appointments_are_loaded_as_soon_as_the_queue_day_starts() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("bookings");
    std::fs::create_dir_all(&folder).unwrap();
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/queue");
    std::fs::copy(assets.join("sample-appointments.ics"), folder.join("week.ics")).unwrap();
    std::fs::copy(assets.join("sample-appointments.csv"), folder.join("week.csv")).unwrap();
    let now = Arc::new(AtomicI64::new(MIDNIGHT + (8 * 60 + 40) * 60_000));
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(1, C1.to_owned())].into();
    s.clock = Clock::manual(now.clone(), 0);
    // Only the new day itself may bring the next list in time: no refresh within the test.
    s.appointments = Some(AppointmentFeed {
        folder: Some(folder),
        url: None,
        cache: dir.path().join("appointments-cache"),
        refresh: Duration::from_secs(3_600),
    });
    let hub = Hub::start(dir.path(), s, |_, _| {}).await;
    let counter = client(&hub.url, Hello::counter(1, C1)).await;
    let has = |reference: &'static str| {
        move |v: &onestop::queue::View| {
            v.engine.as_ref().is_some_and(|e| {
                e.appointments()
                    .is_some_and(|list| list.iter().any(|a| a.reference == reference))
            })
        }
    };
    let mut view = counter.view();
    tokio::time::timeout(Duration::from_secs(10), view.wait_for(has("HB-1001")))
        .await
        .expect("today's list")
        .unwrap();
    // 09:00 the next morning: past the 03:00 reset, which clears the list; the 8th's booking
    // is there within seconds, not at the next refresh an hour later.
    now.store(MIDNIGHT + (33 * 60) * 60_000, std::sync::atomic::Ordering::SeqCst);
    tokio::time::timeout(Duration::from_secs(10), view.wait_for(has("HB-1004")))
        .await
        .expect("the next day's list, loaded when the day started")
        .unwrap();
    drop(counter);
    hub.stop().await;
}
