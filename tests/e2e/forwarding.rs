//! Store and forward end to end: real `kiosk submit` and `kiosk outbox flush` processes, and a
//! real test CRM process on loopback (`tests/crm/test_crm.py`) that injects faults. Every
//! submission must reach the CRM exactly once, even when flushes are SIGKILLed mid-way, and a
//! backlog built while the CRM is down drains in submission order once it is up.

use onestop_e2e::crm_process::{SECRET, start_crm, stats};
use onestop_e2e::kiosk_cli::{flush, kiosk, submit_many};
use std::path::Path;
use std::time::Duration;

/// Submissions in the exactly-once test (the 1,000 runs through the kiosk window in
/// `e2e/kiosk_kills.rs`; this keeps `cargo test` quick while still crossing many kills and faults).
const N: usize = 150;

fn config(dir: &Path, port: u16, in_flight: usize) -> std::path::PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n\
             max_in_flight = {in_flight}\ntimeout_secs = 1\nbackoff_base_ms = 50\nbackoff_cap_ms = 400\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn every_submission_reaches_a_faulty_crm_exactly_once_despite_kills() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.35, &[]);
    let cfg = config(dir.path(), crm.port, 4);
    let refs = submit_many(dir.path(), &cfg, N);

    // Flushes killed with SIGKILL part-way: sends in flight are lost, rows stay pending.
    for i in 0..20u64 {
        let mut child = kiosk(dir.path(), &cfg)
            .args(["outbox", "flush", "--wait", "5"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(100 + 37 * i));
        let _ = child.kill();
        let _ = child.wait();
    }
    let mut drained = false;
    for _ in 0..20 {
        if flush(dir.path(), &cfg, 5) {
            drained = true;
            break;
        }
    }
    assert!(drained, "the outbox drained");
    let s = stats(crm.port);
    assert_eq!(s["stored"], N, "{s}");
    assert_eq!(s["distinct_references"], N, "each reference once: {s}");
    assert!(s["requests"].as_u64().unwrap() > N as u64, "faults forced retries: {s}");
    let store = onestop_e2e::open_store(dir.path());
    let rows = store.submissions().unwrap();
    assert!(
        rows.iter()
            .all(|r| r.state == "acknowledged" && r.crm_id.as_deref().is_some_and(|c| c.starts_with("CASE-")))
    );
    assert_eq!(rows.len(), refs.len());
}

#[test]
fn a_backlog_built_offline_drains_in_order_when_the_crm_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    // A port with nothing listening: the CRM is "down".
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cfg = config(dir.path(), dead, 1);
    let refs = submit_many(dir.path(), &cfg, 25);
    assert!(!flush(dir.path(), &cfg, 0), "nothing can be delivered while down");
    let store = onestop_e2e::open_store(dir.path());
    assert!(
        store
            .submissions()
            .unwrap()
            .iter()
            .all(|r| r.state == "pending" && r.attempts >= 1)
    );
    drop(store);

    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let cfg = config(dir.path(), crm.port, 1);
    assert!(flush(dir.path(), &cfg, 5), "drained once the CRM is up");
    let db = rusqlite::Connection::open(dir.path().join("crm.db")).unwrap();
    let arrived: Vec<String> = db
        .prepare("SELECT reference FROM requests ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(arrived, refs, "in order of submission, each once");
}

fn open311_config(dir: &Path, port: u16) -> std::path::PathBuf {
    let path = dir.join("open311.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/\"\njurisdiction_id = \"test.gov.uk\"\n\
             max_in_flight = 4\ntimeout_secs = 1\nbackoff_base_ms = 50\nbackoff_cap_ms = 400\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn open311_has_no_idempotency_yet_reconciliation_keeps_every_request_single() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.35, &[]);
    let cfg = open311_config(dir.path(), crm.port);
    let refs = submit_many(dir.path(), &cfg, 60);
    for i in 0..10u64 {
        let mut child = kiosk(dir.path(), &cfg)
            .args(["outbox", "flush", "--wait", "5"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(120 + 53 * i));
        let _ = child.kill();
        let _ = child.wait();
    }
    let drained = (0..20).any(|_| flush(dir.path(), &cfg, 5));
    assert!(drained, "the outbox drained");
    let s = stats(crm.port);
    assert_eq!(s["stored"], 60, "no request stored twice: {s}");
    assert_eq!(s["distinct_references"], 60, "{s}");
    let store = onestop_e2e::open_store(dir.path());
    let rows = store.submissions().unwrap();
    assert_eq!(rows.len(), refs.len());
    assert!(
        rows.iter()
            .all(|r| r.state == "acknowledged" && r.crm_id.as_deref().is_some_and(|c| c.starts_with("SR-"))),
        "{rows:?}"
    );
}

#[test]
fn open311_tokens_are_turned_into_request_ids() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--tokens"]);
    let cfg = open311_config(dir.path(), crm.port);
    submit_many(dir.path(), &cfg, 5);
    assert!(flush(dir.path(), &cfg, 1));
    let store = onestop_e2e::open_store(dir.path());
    let ids: Vec<String> = store
        .submissions()
        .unwrap()
        .into_iter()
        .map(|r| r.crm_id.unwrap_or_default())
        .collect();
    assert!(ids.iter().all(|c| c.starts_with("SR-")), "tokens resolved: {ids:?}");
}
