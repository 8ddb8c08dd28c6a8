//! A day offline, full size: 500 submissions made with `kiosk submit` while nothing listens on
//! the CRM's port. Rounds of `kiosk outbox flush` find it unreachable; every row stays pending
//! (none lost, none parked) and waits longer after each failed attempt, within the backoff's
//! bounds. Then the test CRM comes up on that same port, and one flush delivers all 500 exactly
//! once, oldest first (strictly in order, but for the requests in flight together).

use onestop_e2e::crm_process::{SECRET, free_port, start_crm, stats, stored};
use onestop_e2e::kiosk_cli::{flush, submit_many};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

const N: usize = 500;
/// The first retry waits 1–2 s, then 2–4 s, then 4–8 s (the cap): short, to keep the test quick.
/// A flush of 500 rows can outlast the first wait on a busy machine, so a row may be tried twice
/// in one round; the checks allow for that.
const BASE_MS: i64 = 2_000;
const CAP_MS: i64 = 8_000;
/// Requests in flight once the CRM is back: the kiosk's own default is 4.
const IN_FLIGHT: usize = 4;

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// One outbox row as the test reads it straight from the kiosk's database.
struct Row {
    reference: String,
    state: String,
    attempts: u32,
    next_attempt_ms: Option<i64>,
    last_error: Option<String>,
}

fn rows(dir: &Path) -> Vec<Row> {
    // The error is sealed in the file: read through the store, with the kiosk's key.
    let errors: std::collections::HashMap<String, Option<String>> = onestop_e2e::open_store(dir)
        .submissions()
        .unwrap()
        .into_iter()
        .map(|s| (s.reference, s.last_error))
        .collect();
    let db = rusqlite::Connection::open(dir.join("kiosk.db")).unwrap();
    let mut stmt = db
        .prepare(
            "SELECT reference, state, attempts, CAST(round(unixepoch(next_attempt_at, 'subsec') * 1000) AS INTEGER)
             FROM outbox ORDER BY created_at, rowid",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let reference: String = r.get(0)?;
        Ok(Row {
            last_error: errors.get(&reference).cloned().flatten(),
            reference,
            state: r.get(1)?,
            attempts: r.get(2)?,
            next_attempt_ms: r.get(3)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The longest wait before retry number `attempt` (the shortest is half of it: equal jitter).
fn full_delay(attempt: u32) -> i64 {
    (BASE_MS << (attempt - 1).min(20)).min(CAP_MS)
}

#[test]
fn five_hundred_offline_submissions_back_off_then_arrive_once_in_order() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n\
             max_in_flight = {IN_FLIGHT}\ntimeout_secs = 2\nbackoff_base_ms = {BASE_MS}\nbackoff_cap_ms = {CAP_MS}\n"
        ),
    )
    .unwrap();
    let refs = submit_many(dir.path(), &cfg, N);
    let submitted = started.elapsed();

    for round in 1..=3u32 {
        // Everything is due: each round makes one attempt per row against the dead port.
        let t0 = now_ms();
        assert!(
            !flush(dir.path(), &cfg, 0),
            "round {round}: nothing can be delivered while down"
        );
        let t1 = now_ms();
        let rows = rows(dir.path());
        assert_eq!(
            rows.iter().map(|r| r.reference.as_str()).collect::<Vec<_>>(),
            refs,
            "round {round}: every submission is still there"
        );
        for r in &rows {
            assert_eq!(
                r.state, "pending",
                "round {round}: {} is not parked or lost",
                r.reference
            );
            assert!(r.attempts >= round, "round {round}: {} was tried", r.reference);
            let err = r.last_error.as_deref().unwrap_or("");
            assert!(err.contains("could not reach the CRM"), "round {round}: {err}");
            // The attempt was recorded between t0 and t1, so its delay lies in these bounds.
            let next = r.next_attempt_ms.expect("a retry time");
            let full = full_delay(r.attempts);
            assert!(
                next - t0 >= full / 2 - 2 && next - t1 <= full + 2,
                "round {round}: {} waits {}..{} ms after attempt {}, outside {}..{full} ms",
                r.reference,
                next - t1,
                next - t0,
                r.attempts,
                full / 2
            );
        }
        // Wait until every row is due again.
        let last_due = rows.iter().filter_map(|r| r.next_attempt_ms).max().unwrap();
        eprintln!(
            "offline day, round {round}: a flush of {N} rows against the dead port took {} ms; up to {} attempts per row",
            t1 - t0,
            rows.iter().map(|r| r.attempts).max().unwrap()
        );
        std::thread::sleep(Duration::from_millis((last_due - now_ms()).max(0) as u64 + 50));
    }

    // The CRM comes up on the configured port.
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--port", &port.to_string()]);
    assert_eq!(crm.port, port);
    let flush_started = Instant::now();
    assert!(flush(dir.path(), &cfg, 30), "all delivered once the CRM is up");
    let flushed = flush_started.elapsed();

    let arrived = stored(&dir.path().join("crm.db"));
    let mut once: Vec<&str> = arrived.iter().map(|(r, _)| r.as_str()).collect();
    // Oldest first: the forwarder starts a row only when every older one has been answered or is
    // among the other requests in flight, so none arrives ahead of more than IN_FLIGHT - 1 older.
    let position: std::collections::HashMap<&str, usize> = once.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    for (i, r) in refs.iter().enumerate() {
        assert!(
            position[r.as_str()] + IN_FLIGHT > i,
            "{r}, submitted {i}th, arrived {}th: out of submission order",
            position[r.as_str()]
        );
    }
    once.sort_unstable();
    let mut expected: Vec<&str> = refs.iter().map(String::as_str).collect();
    expected.sort_unstable();
    assert_eq!(once, expected, "each submission arrived exactly once");
    let s = stats(crm.port);
    assert_eq!(s["requests"], N, "no request was sent twice: {s}");
    let store = onestop_e2e::open_store(dir.path());
    let case_of: std::collections::HashMap<&str, i64> = arrived.iter().map(|(r, id)| (r.as_str(), *id)).collect();
    for r in store.submissions().unwrap() {
        assert_eq!(r.state, "acknowledged", "{}", r.reference);
        assert_eq!(
            r.crm_id,
            Some(format!("CASE-{}", case_of[r.reference.as_str()])),
            "{} carries the CRM's own id",
            r.reference
        );
    }
    eprintln!(
        "offline day: {N} submissions in {:.1} s; after the CRM came back, one flush delivered all {N} in {:.1} s \
         ({:.0}/s, {IN_FLIGHT} in flight); whole test {:.0} s",
        submitted.as_secs_f64(),
        flushed.as_secs_f64(),
        N as f64 / flushed.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
}
