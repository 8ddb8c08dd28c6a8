//! The forwarder's tests: card checks before sending, bad rows parked, store faults survived.

use super::*;
use crate::card::identity::{Outcome as Lookup, Pin};
use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

const CARD: &str = "21234001234567";

/// A provider that answers verdicts from a list (then `Valid`), after `delay`.
pub(super) struct Fake {
    name: &'static str,
    verdicts: Mutex<VecDeque<Verdict>>,
    calls: AtomicUsize,
    delay: Duration,
}

impl Fake {
    pub(super) fn new(name: &'static str, verdicts: &[Verdict], delay: Duration) -> Arc<Fake> {
        Arc::new(Fake {
            name,
            verdicts: Mutex::new(verdicts.iter().copied().collect()),
            calls: AtomicUsize::new(0),
            delay,
        })
    }
    pub(super) fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl Provider for Fake {
    fn name(&self) -> &'static str {
        self.name
    }
    fn needs_pin(&self) -> bool {
        true
    }
    fn lookup(&self, _: &CardNumber, _: Option<&Pin>) -> Lookup {
        unreachable!("the forwarder never looks a card up with a PIN")
    }
    fn verify(&self, _: &CardNumber) -> Verdict {
        self.calls.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(self.delay);
        self.verdicts.lock().unwrap().pop_front().unwrap_or(Verdict::Valid)
    }
}

/// A webhook CRM on loopback that answers 503 to its first `fail` requests, then 201; the
/// documents it was sent, in arrival order.
async fn test_crm(fail: usize) -> (Connector, Arc<Mutex<Vec<serde_json::Value>>>) {
    use axum::http::StatusCode;
    let got = Arc::new(Mutex::new(Vec::new()));
    let seen = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |body: String| {
            let seen = seen.clone();
            async move {
                let mut seen = seen.lock().unwrap();
                seen.push(serde_json::from_str(&body).unwrap());
                if seen.len() <= fail {
                    (StatusCode::SERVICE_UNAVAILABLE, "{}".to_owned())
                } else {
                    (StatusCode::CREATED, format!(r#"{{"id": "CASE-{}"}}"#, seen.len()))
                }
            }
        }),
    );
    (hook_on_loopback(app).await, got)
}

/// Serve `app` on a loopback port; a webhook connector for its `/hook`.
pub(super) async fn hook_on_loopback(app: axum::Router) -> Connector {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let hook = crate::crm::webhook::Webhook::new(
        &format!("http://127.0.0.1:{port}/hook"),
        b"secret",
        Duration::from_secs(5),
    )
    .unwrap();
    Connector::Webhook(hook)
}

pub(super) fn settings() -> Settings {
    Settings {
        max_in_flight: 4,
        backoff: Backoff {
            base_ms: 10,
            cap_ms: 20,
        },
        retention: Duration::from_secs(3600),
    }
}

const DRAINED: Until = Until::Drained {
    patience: Duration::from_secs(2),
    deadline: None,
};

pub(super) fn submit(store: &mut Store, identity: Option<Identity>) -> String {
    let forms = crate::embedded::forms().unwrap();
    let raw: crate::forms::Answers =
        serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
    let answers =
        crate::forms::validate(forms.get("street-problem").unwrap(), &raw, crate::forms::Today::now()).unwrap();
    store
        .submit_with_identity(&answers, "en-GB", None, identity.as_ref())
        .unwrap()
        .reference
        .to_string()
}

pub(super) fn unchecked(provider: &str) -> Identity {
    Identity::read_at_kiosk(&CardNumber::parse(CARD).unwrap(), provider, false)
}

fn identity_of<'a>(docs: &'a [serde_json::Value], reference: &str) -> Vec<&'a serde_json::Value> {
    docs.iter()
        .filter(|d| d["reference"] == reference)
        .map(|d| &d["identity"])
        .collect()
}

#[tokio::test]
async fn an_unchecked_card_is_checked_once_and_the_verdict_kept_for_the_retry() {
    let mut store = Store::open_in_memory().unwrap();
    let reference = submit(&mut store, Some(unchecked("crm")));
    let (crm, got) = test_crm(1).await;
    let provider = Fake::new("crm", &[Verdict::Valid], Duration::ZERO);
    let verifier: Arc<dyn Provider> = provider.clone();
    let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
        .await
        .unwrap();
    assert_eq!((report.acknowledged, report.retries, report.cards_checked), (1, 1, 1));
    assert_eq!(provider.calls(), 1, "the retry did not ask again");
    let docs = got.lock().unwrap().clone();
    let want = serde_json::json!({"card": CARD, "provider": "crm", "verified": true, "check": "forwarded"});
    assert_eq!(
        identity_of(&docs, &reference),
        [&want, &want],
        "both attempts send the same card"
    );
}

#[tokio::test]
async fn an_unknown_verdict_sends_the_card_unchecked_and_the_next_attempt_asks_again() {
    let mut store = Store::open_in_memory().unwrap();
    let reference = submit(&mut store, Some(unchecked("sip2")));
    let (crm, got) = test_crm(1).await;
    let provider = Fake::new("sip2", &[Verdict::Unknown, Verdict::Invalid], Duration::ZERO);
    let verifier: Arc<dyn Provider> = provider.clone();
    let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
        .await
        .unwrap();
    assert_eq!((report.acknowledged, report.cards_checked), (1, 2));
    assert_eq!(provider.calls(), 2);
    let docs = got.lock().unwrap().clone();
    let sent = identity_of(&docs, &reference);
    assert_eq!(
        (sent[0]["verified"].as_bool(), sent[0]["check"].as_str()),
        (Some(false), Some("unchecked"))
    );
    assert_eq!(
        (sent[1]["verified"].as_bool(), sent[1]["check"].as_str()),
        (Some(false), Some("rejected"))
    );
}

#[tokio::test]
async fn only_unchecked_cards_of_the_configured_provider_are_asked_about() {
    let mut store = Store::open_in_memory().unwrap();
    let at_kiosk = Identity::read_at_kiosk(&CardNumber::parse(CARD).unwrap(), "crm", true);
    let checked = submit(&mut store, Some(at_kiosk.clone()));
    let library = submit(&mut store, Some(unchecked("sip2")));
    let no_card = submit(&mut store, None);
    let (crm, got) = test_crm(0).await;
    let provider = Fake::new("crm", &[], Duration::ZERO);
    let verifier: Arc<dyn Provider> = provider.clone();
    let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
        .await
        .unwrap();
    assert_eq!((report.acknowledged, report.cards_checked, provider.calls()), (3, 0, 0));
    let docs = got.lock().unwrap().clone();
    assert_eq!(
        identity_of(&docs, &checked),
        [&serde_json::to_value(&at_kiosk).unwrap()]
    );
    assert_eq!(
        identity_of(&docs, &library)[0]["check"],
        "unchecked",
        "a CRM is not asked about a library card"
    );
    assert_eq!(identity_of(&docs, &no_card), [&serde_json::Value::Null]);

    // With plain Settings (no verifier), an unchecked card goes as it is.
    let mut store = Store::open_in_memory().unwrap();
    let reference = submit(&mut store, Some(unchecked("crm")));
    let (crm, got) = test_crm(0).await;
    drive(&store, &crm, settings(), DRAINED).await.unwrap();
    assert_eq!(identity_of(&got.lock().unwrap(), &reference)[0]["check"], "unchecked");
}

#[tokio::test]
async fn a_slow_provider_holds_up_no_other_row() {
    let mut store = Store::open_in_memory().unwrap();
    let slow = submit(&mut store, Some(unchecked("crm")));
    let quick: Vec<String> = (0..3).map(|_| submit(&mut store, None)).collect();
    let (crm, got) = test_crm(0).await;
    let provider: Arc<dyn Provider> = Fake::new("crm", &[Verdict::Valid], Duration::from_millis(600));
    let report = drive(&store, &crm, settings().verifying(Some(provider)), DRAINED)
        .await
        .unwrap();
    assert_eq!(report.acknowledged, 4);
    let order: Vec<String> = got
        .lock()
        .unwrap()
        .iter()
        .map(|d| d["reference"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        order.last(),
        Some(&slow),
        "the others went while the card was checked: {order:?}"
    );
    assert!(quick.iter().all(|q| order.contains(q)));
}

#[test]
fn forwarding_shows_which_provider_not_its_settings() {
    let provider: Arc<dyn Provider> = Fake::new("sip2", &[], Duration::ZERO);
    let shown = format!("{:?}", settings().verifying(Some(provider)));
    assert!(shown.contains("Some(\"sip2\")"), "{shown}");
    let plain: Forwarding = settings().into();
    assert!(plain.verifier.is_none());
}

/// Seal-breaking damage to one row's answers, as a bad sector or a hand edit would leave.
fn damage(store: &Store, reference: &str) {
    store
        .conn
        .execute(
            "UPDATE outbox SET payload = 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' WHERE reference = ?1",
            [reference],
        )
        .unwrap();
}

fn state_of(store: &Store, reference: &str) -> (String, Option<String>) {
    let r = crate::reference::Reference::parse(reference).unwrap();
    let s = store.submission(&r).unwrap().unwrap();
    (s.state, s.last_error)
}

#[tokio::test]
async fn a_damaged_row_is_parked_with_its_reason_and_the_twenty_others_are_delivered() {
    let mut store = Store::open_in_memory().unwrap();
    let good: Vec<String> = (0..10).map(|_| submit(&mut store, None)).collect();
    let bad = submit(&mut store, None);
    let more: Vec<String> = (0..10).map(|_| submit(&mut store, None)).collect();
    damage(&store, &bad);
    let (crm, got) = test_crm(0).await;
    let report = drive(&store, &crm, settings(), DRAINED).await.unwrap();
    assert_eq!(report.acknowledged, 20, "{report:?}");
    assert_eq!(report.unreadable.len(), 1);
    let (state, error) = state_of(&store, &bad);
    assert_eq!(state, "parked");
    let error = error.unwrap();
    assert!(
        error.contains("could not be decrypted") && error.contains("kiosk.key"),
        "{error}"
    );
    let sent: Vec<String> = got
        .lock()
        .unwrap()
        .iter()
        .map(|d| d["reference"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(sent.len(), 20, "each good one once");
    assert!(good.iter().chain(&more).all(|r| sent.contains(r)));
    assert!(!sent.contains(&bad));
}

/// A file store for the forwarder and a second connection to the same file that can make the
/// outbox refuse writes (a trigger raising "database or disk is full") and allow them again.
pub(super) fn faulty_pair(dir: &std::path::Path) -> (Store, Store) {
    let key = crate::store::Key::random();
    let path = dir.join("kiosk.db");
    let forwarder = Store::open(&path, key.clone()).unwrap();
    let control = Store::open(&path, key).unwrap();
    control
        .conn
        .execute_batch(
            "CREATE TABLE knob (fail_begin INTEGER NOT NULL, fail_ack INTEGER NOT NULL);
             INSERT INTO knob VALUES (0, 0);
             CREATE TRIGGER full_begin BEFORE UPDATE OF attempts ON outbox
               WHEN (SELECT fail_begin FROM knob) BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
             CREATE TRIGGER full_ack BEFORE UPDATE OF state ON outbox
               WHEN (SELECT fail_ack FROM knob) BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
        )
        .unwrap();
    (forwarder, control)
}

/// Settings telling a fresh [`Health`], and a drained run patient enough to outlast a fault.
fn watched() -> (Arc<Health>, Forwarding, Until) {
    let health = Arc::new(Health::default());
    let forwarding = settings().verifying(None).reporting_to(health.clone());
    let until = Until::Drained {
        patience: Duration::from_secs(30),
        deadline: None,
    };
    (health, forwarding, until)
}

#[tokio::test]
async fn a_database_fault_pauses_delivery_and_it_resumes_when_the_fault_clears() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, control) = faulty_pair(dir.path());
    let refs: Vec<String> = (0..6).map(|_| submit(&mut store, None)).collect();
    control.conn.execute("UPDATE knob SET fail_begin = 1", []).unwrap();
    let (crm, got) = test_crm(0).await;
    let (health, forwarding, until) = watched();
    // The forwarder and the fault's controller run side by side on this task.
    let control_fault = async {
        // While the fault lasts, nothing is sent and staff are told.
        while !health.report().faulty {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(
            got.lock().unwrap().is_empty(),
            "nothing sent while attempts cannot be counted"
        );
        let (fault, _) = health.report().last_fault.unwrap();
        assert!(fault.contains("disk is full"), "{fault}");
        control.conn.execute("UPDATE knob SET fail_begin = 0", []).unwrap();
    };
    let (report, ()) = tokio::join!(drive(&store, &crm, forwarding, until), control_fault);
    let report = report.unwrap();
    assert_eq!(report.acknowledged, 6, "{report:?}");
    assert!(report.store_faults > 0 && report.store_fault.is_none(), "{report:?}");
    assert!(!health.report().faulty, "recovered");
    for r in &refs {
        assert_eq!(state_of(&store, r).0, "acknowledged");
    }
}

#[tokio::test]
async fn an_outcome_that_cannot_be_written_is_kept_and_the_row_is_never_sent_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, control) = faulty_pair(dir.path());
    // Fewer rows than may be in flight, so all are sent before the first outcome fails to be
    // written (while the database fails, no new attempt starts).
    let refs: Vec<String> = (0..3).map(|_| submit(&mut store, None)).collect();
    // Attempts can be counted, but the CRM's acknowledgements cannot be written for a while.
    control.conn.execute("UPDATE knob SET fail_ack = 1", []).unwrap();
    let (crm, got) = test_crm(0).await;
    let (health, forwarding, until) = watched();
    let control_fault = async {
        while got.lock().unwrap().len() < 3 || !health.report().faulty {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Give the forwarder time to plan again several times while the fault lasts.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        control.conn.execute("UPDATE knob SET fail_ack = 0", []).unwrap();
    };
    let (report, ()) = tokio::join!(drive(&store, &crm, forwarding, until), control_fault);
    assert_eq!(report.unwrap().acknowledged, 3);
    let sent: Vec<String> = got
        .lock()
        .unwrap()
        .iter()
        .map(|d| d["reference"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(sent.len(), 3, "each sent once, though its outcome waited: {sent:?}");
    for r in &refs {
        assert_eq!(state_of(&store, r).0, "acknowledged");
    }
}

#[tokio::test]
async fn a_drained_run_ends_at_its_deadline_however_long_the_retries() {
    let mut store = Store::open_in_memory().unwrap();
    submit(&mut store, None);
    let (crm, _) = test_crm(usize::MAX).await;
    let slow = Settings {
        backoff: Backoff {
            base_ms: 200,
            cap_ms: 200,
        },
        ..settings()
    };
    let start = std::time::Instant::now();
    let until = Until::Drained {
        patience: Duration::from_secs(600),
        deadline: Some(start + Duration::from_secs(2)),
    };
    let report = drive(&store, &crm, slow, until).await.unwrap();
    assert!(report.stopped_at_deadline, "{report:?}");
    assert!(report.retries >= 2, "it kept trying until then: {report:?}");
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "bounded by the deadline, not patience"
    );
}
