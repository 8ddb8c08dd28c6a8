//! Store and forward at full size, through the kiosk window itself: 1,000 submissions made with
//! `kiosk submit` before and while the real kiosk UI runs under Xvfb, delivered by the UI's own
//! background forwarder to the test CRM with 30% faults (slow past the timeout, commit then 500,
//! connection reset, HTML 502, …), while the kiosk process is SIGKILLed at random moments and
//! restarted at least 20 times with rows still to send. After the last restart it drains; the
//! CRM then holds each reference exactly once, every outbox row is acknowledged with the CRM's
//! own id for it, and the kiosk's database passes `PRAGMA integrity_check`. Webhook and Open311.
#![cfg(feature = "xvfb")]

use onestop_e2e::crm_process::{Crm, SECRET, start_crm, stats, stored};
use onestop_e2e::kiosk_cli::{submit_many, submit_one};
use onestop_e2e::seeded::Rng;
use onestop_e2e::xvfb::{Killed, onestop_window_listed, start_xvfb};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kills that must land while rows are still waiting to be sent (kills of an idle kiosk do not
/// count towards it), and a bound on all kills.
const KILLS_WITH_WORK: usize = 20;
const MAX_KILLS: usize = 80;
/// How long the last kiosk may take to drain everything: a hang fails, slowness does not.
const DRAIN_DEADLINE: Duration = Duration::from_secs(240);

#[derive(Clone, Copy, Debug)]
enum Kind {
    Webhook,
    Open311,
}

fn config(dir: &Path, kind: Kind, port: u16) -> PathBuf {
    let crm = match kind {
        Kind::Webhook => {
            format!("kind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n")
        }
        Kind::Open311 => {
            format!(
                "kind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/\"\njurisdiction_id = \"test.gov.uk\"\n"
            )
        }
    };
    let path = dir.join("kiosk.toml");
    // A 1 s timeout turns the CRM's 2.5 s "slow" replies into unknown outcomes; short backoff keeps
    // retries coming within the test's time.
    std::fs::write(
        &path,
        format!(
            "[crm]\n{crm}max_in_flight = 8\ntimeout_secs = 1\nbackoff_base_ms = 50\nbackoff_cap_ms = 400\n\n\
             [kiosk]\nwindow_size = \"1080x1920\"\n"
        ),
    )
    .unwrap();
    path
}

/// The kiosk touchscreen app (no subcommand) on `display`; its log goes to `kiosk-ui.log`.
fn start_ui(dir: &Path, cfg: &Path, display: &str) -> Killed {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("kiosk-ui.log"))
        .unwrap();
    Killed(
        Command::new(onestop_e2e::binary("kiosk"))
            .arg("--config")
            .arg(cfg)
            .arg("--data-dir")
            .arg(dir)
            .env("DISPLAY", display)
            .env("HOME", dir)
            .env("XDG_CACHE_HOME", dir.join("cache"))
            .env("RUST_LOG", "warn")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap(),
    )
}

fn still_running(ui: &mut Killed, dir: &Path) {
    if let Some(status) = ui.0.try_wait().unwrap() {
        let log = std::fs::read_to_string(dir.join("kiosk-ui.log")).unwrap_or_default();
        panic!("the kiosk exited by itself ({status}); its log:\n{log}");
    }
}

fn count(dir: &Path, state: &str) -> i64 {
    let db = rusqlite::Connection::open(dir.join("kiosk.db")).unwrap();
    db.busy_timeout(Duration::from_secs(10)).unwrap();
    db.query_row("SELECT count(*) FROM outbox WHERE state = ?1", [state], |r| r.get(0))
        .unwrap()
}

fn exactly_once_through_kills(kind: Kind, n: usize) {
    let started = Instant::now();
    let mut rng = Rng::seeded("kill moments");
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let dir = tempfile::tempdir().unwrap();
    let crm: Crm = start_crm(&dir.path().join("crm.db"), 0.3, &[]);
    let cfg = config(dir.path(), kind, crm.port);

    // Two fifths wait in the outbox before the kiosk first starts.
    let mut refs = submit_many(dir.path(), &cfg, n * 2 / 5);

    // Two fifths more arrive while the kiosk is being killed and restarted, about ten a second
    // (the forwarder sends faster), so the kills keep landing on rows still to send.
    let during = n * 2 / 5;
    let submitter = {
        let (dir, cfg) = (dir.path().to_owned(), cfg.clone());
        let mut gaps: Vec<u64> = (0..during).map(|_| 40 + rng.below(80)).collect();
        std::thread::spawn(move || {
            gaps.drain(..)
                .map(|gap| {
                    std::thread::sleep(Duration::from_millis(gap));
                    submit_one(&dir, &cfg)
                })
                .collect::<Vec<_>>()
        })
    };
    let (mut kills, mut with_work) = (0, 0);
    while with_work < KILLS_WITH_WORK || !submitter.is_finished() {
        assert!(
            kills < MAX_KILLS,
            "{kills} kills, only {with_work} with rows pending ({} pending, {} parked, {} acknowledged): \
             the kiosk drains too fast to test",
            count(dir.path(), "pending"),
            count(dir.path(), "parked"),
            count(dir.path(), "acknowledged")
        );
        let mut ui = start_ui(dir.path(), &cfg, &display);
        std::thread::sleep(Duration::from_millis(100 + rng.below(2400)));
        still_running(&mut ui, dir.path());
        let pending = count(dir.path(), "pending");
        drop(ui); // SIGKILL, mid-send or not: whatever it was doing is cut off here.
        kills += 1;
        if pending > 0 {
            with_work += 1;
        }
    }
    refs.extend(submitter.join().unwrap());
    let killed_by = started.elapsed();

    // The last start: the window opens, and the rest is submitted while it runs, so the live
    // forwarder must pick those rows up by itself.
    let last_start = Instant::now();
    let mut ui = start_ui(dir.path(), &cfg, &display);
    while !onestop_window_listed(&display) {
        still_running(&mut ui, dir.path());
        assert!(
            last_start.elapsed() < Duration::from_secs(60),
            "no kiosk window within 60 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    refs.extend(submit_many(dir.path(), &cfg, n - refs.len()));
    while count(dir.path(), "acknowledged") < n as i64 {
        still_running(&mut ui, dir.path());
        assert!(
            last_start.elapsed() < DRAIN_DEADLINE,
            "not drained {DRAIN_DEADLINE:?} after the last start: {} pending, {} parked; CRM {}",
            count(dir.path(), "pending"),
            count(dir.path(), "parked"),
            stats(crm.port)
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    let drained_in = last_start.elapsed();
    still_running(&mut ui, dir.path());
    drop(ui);

    // The CRM: every reference exactly once, nothing else.
    let s = stats(crm.port);
    assert_eq!(s["stored"], n, "no loss, no duplicate case: {s}");
    assert_eq!(s["distinct_references"], n, "{s}");
    let arrived = stored(&dir.path().join("crm.db"));
    let mut theirs: Vec<&str> = arrived.iter().map(|(r, _)| r.as_str()).collect();
    let mut ours: Vec<&str> = refs.iter().map(String::as_str).collect();
    theirs.sort_unstable();
    ours.sort_unstable();
    assert_eq!(theirs, ours, "the CRM holds exactly the references the kiosk issued");
    for fault in ["slow", "commit500", "reset"] {
        assert!(
            s["faults"][fault].as_u64() > Some(0),
            "the {fault} fault was exercised: {s}"
        );
    }

    // The kiosk: every row acknowledged with the CRM's own id for that reference.
    let prefix = match kind {
        Kind::Webhook => "CASE-",
        Kind::Open311 => "SR-",
    };
    let id_of: HashMap<&str, String> = arrived
        .iter()
        .map(|(r, id)| (r.as_str(), format!("{prefix}{id}")))
        .collect();
    let db = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    let rows: Vec<(String, String, Option<String>)> = db
        .prepare("SELECT reference, state, crm_id FROM outbox")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), n);
    for (reference, state, crm_id) in &rows {
        assert_eq!(state, "acknowledged", "{reference}");
        assert_eq!(
            crm_id.as_ref(),
            id_of.get(reference.as_str()),
            "{reference}: the CRM's id"
        );
    }
    let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");

    eprintln!(
        "{kind:?}: {n} submissions, {kills} kills ({with_work} with rows pending) in {:.0} s; the last kiosk \
         drained the rest in {:.1} s; CRM saw {} POSTs for {n} cases; whole test {:.0} s",
        killed_by.as_secs_f64(),
        drained_in.as_secs_f64(),
        s["requests"],
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn the_kiosk_window_delivers_1000_webhook_submissions_exactly_once_through_sigkills() {
    exactly_once_through_kills(Kind::Webhook, 1000);
}

#[test]
fn the_kiosk_window_delivers_1000_open311_submissions_exactly_once_through_sigkills() {
    exactly_once_through_kills(Kind::Open311, 1000);
}
