//! Stopping the forwarder: against a real SQLite file and a webhook CRM on loopback, a signal
//! while a send is under way lets that send finish and be recorded, starts nothing new, and the
//! run returns promptly; the rows, read back through a new connection to the file, are each
//! either finished or untouched (or pending with their attempt counted, as after a crash).

use super::tests::{Fake, faulty_pair, hook_on_loopback, settings, submit, unchecked};
use super::*;
use crate::shutdown::{Stop, channel};
use crate::store::outbox::Submission;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::Notify;

/// Waits for new submissions far longer than any test runs: only the signal ends a run.
const FOREVER: Until = Until::Forever {
    poll: Duration::from_secs(600),
};

/// A webhook CRM on loopback that tells `arrived` of each request, then holds its answer (201)
/// for `hold`: a send is "under way" for that long.
struct HoldingCrm {
    connector: Connector,
    arrived: Arc<Notify>,
    requests: Arc<AtomicUsize>,
}

async fn holding_crm(hold: Duration) -> HoldingCrm {
    let arrived = Arc::new(Notify::new());
    let requests = Arc::new(AtomicUsize::new(0));
    let (tell, count) = (arrived.clone(), requests.clone());
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move || {
            let n = count.fetch_add(1, Ordering::SeqCst) + 1;
            tell.notify_one();
            async move {
                tokio::time::sleep(hold).await;
                (axum::http::StatusCode::CREATED, format!(r#"{{"id": "CASE-{n}"}}"#))
            }
        }),
    );
    HoldingCrm {
        connector: hook_on_loopback(app).await,
        arrived,
        requests,
    }
}

/// A store on a real file, and a way to read the rows back through a new connection.
fn file_store(dir: &std::path::Path) -> (Store, impl Fn() -> Vec<Submission>) {
    let key = crate::store::Key::random();
    let path = dir.join("kiosk.db");
    let store = Store::open(&path, key.clone()).unwrap();
    (store, move || {
        Store::open(&path, key.clone()).unwrap().submissions().unwrap()
    })
}

fn row<'a>(rows: &'a [Submission], reference: &str) -> &'a Submission {
    rows.iter().find(|s| s.reference == reference).unwrap()
}

/// `run` bounded: a forwarder that misses the signal fails the test instead of hanging it.
async fn bounded(run: impl std::future::Future<Output = Result<Report, StoreError>>) -> Report {
    tokio::time::timeout(Duration::from_secs(20), run)
        .await
        .expect("the forwarder stops once signalled")
        .unwrap()
}

/// Signal `stop` once `ready` resolves; the instant it did.
async fn signal_when(ready: impl std::future::Future<Output = ()>, stop: &Stop) -> Instant {
    ready.await;
    stop.signal();
    Instant::now()
}

#[tokio::test]
async fn sends_under_way_are_finished_and_recorded_and_nothing_new_starts() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, read_back) = file_store(dir.path());
    for _ in 0..3 {
        submit(&mut store, None);
    }
    let hold = Duration::from_millis(600);
    let crm = holding_crm(hold).await;
    let two_at_a_time = Settings {
        max_in_flight: 2,
        ..settings()
    };
    let (stop, shutdown) = channel();
    let wake = Notify::new();
    // Two sends start together; the signal goes the moment the first reaches the CRM, whose
    // answers are held. The run can only report both acknowledged by waiting for both answers
    // and recording them (checked by making it return as soon as it saw the signal, dropping
    // its sends: this test then fails).
    let (report, signalled) = tokio::join!(
        bounded(run(&store, &crm.connector, two_at_a_time, FOREVER, &wake, &shutdown)),
        signal_when(crm.arrived.notified(), &stop),
    );
    let took = signalled.elapsed();
    assert!(report.shut_down);
    assert_eq!((report.attempts, report.acknowledged, report.retries), (2, 2, 0));
    assert!(
        took >= hold / 2 && took < hold + Duration::from_secs(2),
        "it waited for the held answers, and no longer: {took:?}"
    );
    assert_eq!(crm.requests.load(Ordering::SeqCst), 2, "the third row was not started");
    let mut rows: Vec<_> = read_back()
        .into_iter()
        .map(|r| (r.state, r.attempts, r.crm_id.is_some(), r.last_error))
        .collect();
    rows.sort();
    assert_eq!(
        rows,
        [
            ("acknowledged".to_owned(), 1, true, None),
            ("acknowledged".to_owned(), 1, true, None),
            ("pending".to_owned(), 0, false, None),
        ]
    );
}

#[tokio::test]
async fn an_idle_forwarder_stops_at_once_and_a_stopped_one_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, read_back) = file_store(dir.path());
    let crm = holding_crm(Duration::ZERO).await;
    let wake = Notify::new();

    let (stop, shutdown) = channel();
    let (report, signalled) = tokio::join!(
        bounded(run(&store, &crm.connector, settings(), FOREVER, &wake, &shutdown)),
        signal_when(tokio::time::sleep(Duration::from_millis(100)), &stop),
    );
    assert!(report.shut_down);
    assert!(
        signalled.elapsed() < Duration::from_secs(1),
        "{:?}",
        signalled.elapsed()
    );

    // Signalled before it starts (the window closed as it came up): the row is left alone.
    let reference = submit(&mut store, None);
    let report = bounded(run(&store, &crm.connector, settings(), FOREVER, &wake, &shutdown)).await;
    assert_eq!((report.shut_down, report.attempts), (true, 0));
    assert_eq!(crm.requests.load(Ordering::SeqCst), 0);
    let rows = read_back();
    assert_eq!(
        (row(&rows, &reference).state.as_str(), row(&rows, &reference).attempts),
        ("pending", 0)
    );
}

#[tokio::test]
async fn a_card_being_checked_keeps_its_verdict_and_is_not_sent_after_the_signal() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, read_back) = file_store(dir.path());
    let reference = submit(&mut store, Some(unchecked("crm")));
    let crm = holding_crm(Duration::ZERO).await;
    let provider = Fake::new("crm", &[Verdict::Valid], Duration::from_millis(300));
    let verifier: Arc<dyn Provider> = provider.clone();
    let (stop, shutdown) = channel();
    let wake = Notify::new();
    let asked = async {
        while provider.calls() == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    };
    let (report, signalled) = tokio::join!(
        bounded(run(
            &store,
            &crm.connector,
            settings().verifying(Some(verifier)),
            FOREVER,
            &wake,
            &shutdown
        )),
        signal_when(asked, &stop),
    );
    assert!(
        signalled.elapsed() < Duration::from_secs(2),
        "{:?}",
        signalled.elapsed()
    );
    assert_eq!((report.shut_down, report.cards_checked, report.attempts), (true, 1, 0));
    assert_eq!(crm.requests.load(Ordering::SeqCst), 0, "nothing is sent once stopping");
    // The attempt was counted before the check, as every attempt is: pending, as after a crash,
    // with the verdict kept so the next start sends without asking again.
    let rows = read_back();
    assert_eq!(
        (row(&rows, &reference).state.as_str(), row(&rows, &reference).attempts),
        ("pending", 1)
    );
    let id = &row(&rows, &reference).submission_id;
    let identity = store.outgoing(id).unwrap().unwrap().identity.unwrap();
    assert!(identity.verified && !identity.needs_check(), "{identity:?}");
}

#[tokio::test]
async fn an_outcome_the_database_refuses_does_not_hold_up_the_stop() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, control) = faulty_pair(dir.path());
    let reference = submit(&mut store, None);
    control.conn.execute("UPDATE knob SET fail_ack = 1", []).unwrap();
    let crm = holding_crm(Duration::from_millis(100)).await;
    let (stop, shutdown) = channel();
    let wake = Notify::new();
    let (report, signalled) = tokio::join!(
        bounded(run(&store, &crm.connector, settings(), FOREVER, &wake, &shutdown)),
        signal_when(crm.arrived.notified(), &stop),
    );
    assert!(
        signalled.elapsed() < Duration::from_secs(2),
        "{:?}",
        signalled.elapsed()
    );
    assert!(report.shut_down && report.store_faults >= 1, "{report:?}");
    // Still pending with its attempt counted: the next start sends it again under the same
    // idempotency key, which the CRM answers as a duplicate.
    let rows = control.submissions().unwrap();
    let r = rows.iter().find(|s| s.reference == reference).unwrap();
    assert_eq!(
        (r.state.as_str(), r.attempts, r.crm_id.as_deref()),
        ("pending", 1, None)
    );
}
