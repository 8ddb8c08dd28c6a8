//! Hostile CRM replies over real HTTP: the test CRM's `/hostile/NAME` endpoints answer a real
//! `kiosk outbox flush` with a 50 MB body, an endless chunked body, one byte a second, redirect
//! loops, a redirect to another host, an empty 200, XML, a Wi-Fi sign-in page, invalid UTF-8 and
//! a genuine validation error, for both the webhook and the Open311 connector. Each must leave
//! the submission pending (parked only for the genuine 4xx), its answers intact, a clear last
//! error in `kiosk outbox list`, and no panic.

use onestop_e2e::crm_process::{Crm, SECRET, start_crm, stats};
use onestop_e2e::kiosk_cli::{kiosk, list_line, submit_one};
use std::path::{Path, PathBuf};
use std::process::Stdio;

#[derive(Clone, Copy, Debug)]
enum Kind {
    Webhook,
    Open311,
}

const BOTH: [Kind; 2] = [Kind::Webhook, Kind::Open311];

/// One kiosk data folder with one submission, configured to send it to `/hostile/{name}`.
struct Kiosk {
    dir: tempfile::TempDir,
    cfg: PathBuf,
    reference: String,
}

fn kiosk_for(kind: Kind, crm: &Crm, name: &str, query: &str) -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let port = crm.port;
    let crm_table = match kind {
        Kind::Webhook => format!(
            "kind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/hostile/{name}{query}\"\nsecret = \"{SECRET}\"\n"
        ),
        Kind::Open311 => format!("kind = \"open311\"\nurl = \"http://127.0.0.1:{port}/hostile/{name}/\"\n"),
    };
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\n{crm_table}max_in_flight = 1\ntimeout_secs = 2\nbackoff_base_ms = 60000\nbackoff_cap_ms = 60000\n"
        ),
    )
    .unwrap();
    let reference = submit_one(dir.path(), &cfg);
    Kiosk { dir, cfg, reference }
}

/// What `kiosk outbox list` says about one row.
#[derive(Debug)]
struct Listed {
    state: String,
    attempts: u32,
    error: String,
}

impl Kiosk {
    /// One `kiosk outbox flush --wait 0` (a single attempt, as the backoff is a minute); its exit
    /// code and its peak resident memory in KiB.
    #[allow(
        clippy::zombie_processes,
        reason = "reaped by wait4, which also gives its peak memory"
    )]
    fn flush_once(&self) -> (i32, i64) {
        let child = kiosk(self.dir.path(), &self.cfg)
            .args(["outbox", "flush", "--wait", "0"])
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
        // SAFETY: the pid is our own child, not yet reaped; status and usage are valid for writes.
        let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
        assert_eq!(pid, child.id() as libc::pid_t, "wait4 reaped the flush");
        assert!(libc::WIFEXITED(status), "the flush was killed by a signal: {status}");
        (libc::WEXITSTATUS(status), usage.ru_maxrss)
    }

    fn listed(&self) -> Listed {
        let line = list_line(self.dir.path(), &self.cfg, &self.reference);
        let cols: Vec<&str> = line.split_whitespace().collect();
        // reference, form, state, age, attempts, crm id, then the last error.
        Listed {
            state: cols[2].to_owned(),
            attempts: cols[4].parse().unwrap(),
            error: cols[6..].join(" "),
        }
    }

    fn answers_kept(&self) -> bool {
        let store = onestop_e2e::open_store(self.dir.path());
        let reference = onestop::reference::Reference::parse(&self.reference).unwrap();
        store.submission_payload(&reference).unwrap().is_some()
    }

    /// Flush once and check the row is still pending with an error containing each of `expected`.
    fn stays_pending(&self, kind: Kind, expected: &[&str]) -> Listed {
        let (code, _) = self.flush_once();
        assert_eq!(code, 1, "{kind:?}: the flush ends normally with the row still pending");
        let l = self.listed();
        assert_eq!((l.state.as_str(), l.attempts), ("pending", 1), "{kind:?}: {l:?}");
        for e in expected {
            assert!(
                l.error.contains(e),
                "{kind:?}: the last error should say \"{e}\": {l:?}"
            );
        }
        assert!(self.answers_kept(), "{kind:?}: the answers are still held");
        l
    }
}

fn crm(dir: &Path) -> Crm {
    start_crm(&dir.join("crm.db"), 0.0, &[])
}

#[test]
fn huge_and_endless_bodies_are_cut_off_at_1_mib_without_memory_growth() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    // The same flush against a tiny reply is the baseline for memory.
    let (_, baseline) = kiosk_for(Kind::Webhook, &crm, "empty", "").flush_once();
    for kind in BOTH {
        for name in ["huge", "endless"] {
            let k = kiosk_for(kind, &crm, name, "");
            let (code, peak) = k.flush_once();
            eprintln!("{kind:?} {name}: flush peak resident memory {peak} KiB (tiny reply: {baseline} KiB)");
            // Reading the 50 MB (or endless) body would add at least 50 MiB.
            assert!(
                peak < baseline + 16 * 1024,
                "{kind:?} {name}: peak memory {peak} KiB against {baseline} KiB for a tiny reply"
            );
            assert_eq!(code, 1, "{kind:?} {name}: pending, no panic");
            let l = k.listed();
            assert_eq!(l.state, "pending", "{kind:?} {name}: {l:?}");
            assert!(l.error.contains("reply larger than 1 MiB"), "{kind:?} {name}: {l:?}");
            assert!(k.answers_kept());
        }
    }
    let s = stats(crm.port);
    assert_eq!(
        (s["hostile"]["huge"].as_u64(), s["hostile"]["endless"].as_u64()),
        (Some(2), Some(2)),
        "{s}"
    );
}

#[test]
fn a_reply_trickling_one_byte_a_second_hits_the_timeout() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    for kind in BOTH {
        let k = kiosk_for(kind, &crm, "trickle", "");
        let started = std::time::Instant::now();
        k.stays_pending(kind, &["timed out"]);
        // The trickle would take 64 s; the 2 s timeout ends it (generous bound: a loaded machine).
        assert!(
            started.elapsed().as_secs() < 30,
            "{kind:?}: the timeout ended the attempt"
        );
    }
}

#[test]
fn redirects_are_not_followed_not_even_in_a_loop() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    for kind in BOTH {
        let k = kiosk_for(kind, &crm, "redirect-loop", "");
        let l = k.stays_pending(kind, &["HTTP 302"]);
        assert!(l.error.contains("not followed"), "{kind:?}: {l:?}");
    }
    // One request per attempt: the loop was not walked at all.
    assert_eq!(stats(crm.port)["hostile"]["redirect-loop"], 2);
}

#[test]
fn a_redirect_to_another_host_never_receives_the_submission() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    // "Another host": a listener on a different loopback address, which must see no connection.
    let other = std::net::TcpListener::bind("127.0.0.2:0").expect("Linux routes all of 127/8 to loopback");
    let to = format!("http://{}/collect", other.local_addr().unwrap());
    let k = kiosk_for(Kind::Webhook, &crm, "redirect-away", &format!("?to={to}"));
    let l = k.stays_pending(Kind::Webhook, &["HTTP 307"]);
    assert!(l.error.contains(&to), "staff see where it pointed: {l:?}");
    other.set_nonblocking(true).unwrap();
    match other.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        Ok((_, from)) => panic!("the signed submission was re-posted to another host (from {from})"),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn empty_xml_html_and_invalid_utf8_2xx_replies_are_not_taken_as_received() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    for kind in BOTH {
        kiosk_for(kind, &crm, "empty", "").stays_pending(kind, &["HTTP 200", "not JSON"]);
        let xml = kiosk_for(kind, &crm, "xml", "").stays_pending(kind, &["HTTP 201"]);
        assert!(xml.error.contains("service_request_id"), "staff see the reply: {xml:?}");
        let said = match kind {
            Kind::Webhook => "a 2xx reply whose body is not JSON",
            Kind::Open311 => "an XML document instead of JSON",
        };
        assert!(xml.error.contains(said), "{kind:?}: {xml:?}");
        let portal = kiosk_for(kind, &crm, "portal", "").stays_pending(kind, &["HTTP 200"]);
        assert!(
            portal.error.contains("Bus Wi-Fi"),
            "staff see whose page it was: {portal:?}"
        );
        kiosk_for(kind, &crm, "badutf8", "").stays_pending(kind, &["HTTP 200", "not JSON"]);
    }
    assert_eq!(stats(crm.port)["stored"], 0);
}

#[test]
fn a_genuine_validation_error_parks_the_submission_with_the_crms_words() {
    let d = tempfile::tempdir().unwrap();
    let crm = crm(d.path());
    for kind in BOTH {
        let k = kiosk_for(kind, &crm, "reject", "");
        let (code, _) = k.flush_once();
        assert_eq!(code, 0, "{kind:?}: nothing is left pending (it is parked)");
        let l = k.listed();
        assert_eq!(l.state, "parked", "{kind:?}: {l:?}");
        assert_eq!(l.error, "HTTP 422: the location is too vague to find", "{kind:?}");
        assert!(
            k.answers_kept(),
            "{kind:?}: parked, not lost: staff can retry or export it"
        );
    }
}
