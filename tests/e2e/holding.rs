//! What must hold when a part fails, with the real `kiosk` binary on real files: one damaged row
//! among good ones does not stop the rest (flush delivers them, export bundles them, and the bad
//! one is parked and named); a missing key, a wrong key and a missing database are each refused
//! with what to restore, and nothing is created; and the retention purge erases, so neither the
//! raw database files nor any recovery with the key yields the purged answers. Nothing is lost
//! and nothing is sent twice in any of them.

use onestop_e2e::crm_process::{SECRET, start_crm, stats, stored};
use onestop_e2e::kiosk_cli::{kiosk, submit_many};
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn webhook_config(dir: &Path, port: u16, extra: &str) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n\
             timeout_secs = 5\nbackoff_base_ms = 50\nbackoff_cap_ms = 200\n{extra}"
        ),
    )
    .unwrap();
    path
}

fn none_config(dir: &Path) -> PathBuf {
    let path = dir.join("none.toml");
    std::fs::write(&path, "[crm]\nkind = \"none\"\n").unwrap();
    path
}

/// Break the seal of one row's answers, as a bad sector or a hand edit would.
fn damage(dir: &Path, reference: &str) {
    let db = rusqlite::Connection::open(dir.join("kiosk.db")).unwrap();
    let n = db
        .execute(
            "UPDATE outbox SET payload = 'v1:' || substr(payload, 5, 40) || substr(payload, 4, 1) || substr(payload, 45)
             WHERE reference = ?1",
            [reference],
        )
        .unwrap();
    assert_eq!(n, 1);
}

/// Run `kiosk ARGS` in `dir` with `cfg`: (exit code, stdout, stderr).
fn run(dir: &Path, cfg: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write as _;
    let mut child = kiosk(dir, cfg)
        .args(args)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_damaged_row_among_twenty_good_ones_is_parked_and_the_twenty_are_delivered_once() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let cfg = webhook_config(dir.path(), crm.port, "");
    let refs = submit_many(dir.path(), &cfg, 21);
    let bad = refs[7].clone();
    damage(dir.path(), &bad);

    // Export first: the twenty readable ones go in the bundle, the damaged one is named.
    let bundle = dir.path().join("bundle.json");
    let (code, out, _) = run(
        dir.path(),
        &cfg,
        &["outbox", "export", bundle.to_str().unwrap(), "--plain"],
        "",
    );
    assert_eq!(code, 1, "something was left out: {out}");
    assert!(out.contains(&format!("{bad}: NOT exported")), "{out}");
    assert!(out.contains("exported 20 submission(s)"), "{out}");

    let (code, out, err) = run(dir.path(), &cfg, &["outbox", "flush", "--wait", "30"], "");
    assert_eq!(code, 0, "nothing left pending: {out}{err}");
    assert!(out.contains(&format!("{bad}: parked, could not be read")), "{out}");
    assert!(out.contains("20 acknowledged") && out.contains("1 unreadable"), "{out}");
    let at_crm: Vec<String> = stored(&dir.path().join("crm.db")).into_iter().map(|(r, _)| r).collect();
    assert_eq!(at_crm.len(), 20, "each good one exactly once: {}", stats(crm.port));
    for r in refs.iter().filter(|r| **r != bad) {
        assert_eq!(at_crm.iter().filter(|x| *x == r).count(), 1, "{r}");
    }

    let (_, list, _) = run(dir.path(), &cfg, &["outbox", "list"], "");
    let line = list.lines().find(|l| l.starts_with(&bad)).unwrap();
    assert!(line.contains("parked"), "{list}");
    assert!(list.contains("1 need attention"), "{list}");
    assert!(line.contains("could not be decrypted"), "the reason: {list}");
}

#[test]
fn a_missing_key_a_wrong_key_and_a_missing_database_are_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = none_config(dir.path());
    let refs = submit_many(dir.path(), &cfg, 3);
    let key = dir.path().join("kiosk.key");
    let db = dir.path().join("kiosk.db");
    let original = std::fs::read(&key).unwrap();

    // Missing key: refused by every command, and no key is made.
    std::fs::remove_file(&key).unwrap();
    let answers = dir.path().join("a.json");
    let answers = answers.to_str().unwrap();
    for args in [
        &["outbox", "list"][..],
        &["submit", "--form", "street-problem", "--answers", answers],
    ] {
        let (code, out, err) = run(dir.path(), &cfg, args, "");
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(
            err.contains("kiosk.key is missing") || err.contains("is missing, but"),
            "{err}"
        );
        assert!(err.contains("Restore kiosk.key"), "{err}");
        assert!(!out.contains("reference"), "no reference handed out: {out}");
        assert!(!key.exists(), "no new key");
    }

    // Wrong key (32 random bytes, mode 0600): refused, nothing changed.
    std::fs::write(&key, [7u8; 32]).unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let (code, _, err) = run(dir.path(), &cfg, &["outbox", "list"], "");
    assert_eq!(code, 2);
    assert!(err.contains("does not belong to this kiosk database"), "{err}");
    assert_eq!(std::fs::read(&key).unwrap(), [7u8; 32]);

    // The right key back: everything is there.
    std::fs::write(&key, &original).unwrap();
    let (code, out, _) = run(dir.path(), &cfg, &["outbox", "list"], "");
    assert_eq!(code, 0);
    assert!(refs.iter().all(|r| out.contains(r.as_str())), "{out}");

    // Missing database beside the key: refused, no empty database is made.
    let moved = dir.path().join("moved.db");
    std::fs::rename(&db, &moved).unwrap();
    let (code, _, err) = run(dir.path(), &cfg, &["outbox", "list"], "");
    assert_eq!(code, 2);
    assert!(err.contains("kiosk.db") && err.contains("is missing"), "{err}");
    assert!(err.contains("--create-database"), "says how a new kiosk starts: {err}");
    assert!(!db.exists(), "no new database");
    // A new kiosk whose key was provisioned says so.
    let (code, out, err) = run(dir.path(), &cfg, &["--create-database", "outbox", "list"], "");
    assert_eq!(code, 0, "{out}{err}");
    assert!(db.exists());
}

/// Every `v1:` sealed value in `bytes` (as text), by a scan that needs no SQL: what someone with
/// the raw file could dig out.
fn sealed_runs(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = Vec::new();
    let mut rest = &text[..];
    while let Some(at) = rest.find("v1:") {
        let run: String = rest[at + 3..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
            .collect();
        if run.len() >= 54 {
            out.push(format!("v1:{run}"));
        }
        rest = &rest[at + 3..];
    }
    out
}

/// Everything in the database files that the key opens, for any of `ids` and the bindings the
/// store uses, including a sealed value cut short by a later write (each prefix long enough).
fn recover(dir: &Path, key: &onestop::store::Key, ids: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for name in ["kiosk.db", "kiosk.db-wal", "kiosk.db-shm"] {
        let Ok(bytes) = std::fs::read(dir.join(name)) else {
            continue;
        };
        for run in sealed_runs(&bytes) {
            // A value is followed in the file by whatever comes next in its record (often the
            // next column's digits), so try every end a value could have.
            let ends = (3 + 54..=run.len()).rev().take(80);
            for end in ends {
                for id in ids {
                    for aad in [id.clone(), format!("{id}:identity"), format!("{id}:error")] {
                        if let Ok(plain) = key.open(&run[..end], &aad) {
                            found.push(plain);
                        }
                    }
                }
            }
        }
    }
    found
}

#[test]
fn the_retention_purge_erases_what_it_deletes_from_every_file_even_for_someone_with_the_key() {
    const SECRET_WORDS: &str = "Quillon Brackenbury-Zephyrine";
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    // Keep answers until told otherwise, so the control scan below sees them first.
    let cfg = webhook_config(dir.path(), crm.port, "retention_days = 30\n");
    let answers = dir.path().join("a.json");
    std::fs::write(
        &answers,
        format!(r#"{{"problem": "pothole", "location": "outside the house of {SECRET_WORDS}, 12 High Street"}}"#),
    )
    .unwrap();
    for _ in 0..5 {
        let (code, out, _) = run(
            dir.path(),
            &cfg,
            &[
                "submit",
                "--form",
                "street-problem",
                "--answers",
                answers.to_str().unwrap(),
            ],
            "",
        );
        assert_eq!(code, 0, "{out}");
    }
    let (code, out, err) = run(dir.path(), &cfg, &["outbox", "flush", "--wait", "30"], "");
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(stored(&dir.path().join("crm.db")).len(), 5);

    let key = onestop::store::Key::load(&dir.path().join("kiosk.key"))
        .unwrap()
        .unwrap();
    let ids: Vec<String> = {
        let db = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
        let mut stmt = db.prepare("SELECT submission_id FROM outbox").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    // Control: before the purge the scan does recover the answers, so it can see them.
    let before = recover(dir.path(), &key, &ids);
    assert!(
        before.iter().filter(|p| p.contains(SECRET_WORDS)).count() >= 5,
        "the scan finds sealed answers: {}",
        before.len()
    );

    // Retention 0 days: the next flush's idle moment purges all five.
    let cfg = webhook_config(dir.path(), crm.port, "retention_days = 0\n");
    let (code, _, _) = run(dir.path(), &cfg, &["outbox", "flush", "--wait", "5"], "");
    assert_eq!(code, 0);
    let (_, list, _) = run(dir.path(), &cfg, &["outbox", "list"], "");
    assert!(list.contains("5 acknowledged"), "{list}");

    let after = recover(dir.path(), &key, &ids);
    assert!(
        after
            .iter()
            .all(|p| !p.contains(SECRET_WORDS) && !p.contains("High Street")),
        "recovered after the purge: {after:?}"
    );
    for name in ["kiosk.db", "kiosk.db-wal", "kiosk.db-shm"] {
        if let Ok(bytes) = std::fs::read(dir.path().join(name)) {
            assert!(!String::from_utf8_lossy(&bytes).contains("Brackenbury"), "{name}");
        }
    }
    // Still tracked: the references and CRM ids stay.
    let store = onestop_e2e::open_store(dir.path());
    assert!(store.submissions().unwrap().iter().all(|s| s.crm_id.is_some()));
}

#[cfg(unix)]
#[test]
fn the_database_files_and_the_data_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    let cfg = none_config(parent.path());
    std::fs::write(
        parent.path().join("a.json"),
        r#"{"problem": "pothole", "location": "outside 12 High Street"}"#,
    )
    .unwrap();
    let out = kiosk(&dir, &cfg)
        .args(["submit", "--form", "street-problem", "--answers"])
        .arg(parent.path().join("a.json"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("kiosk.db")), 0o600);
    assert_eq!(mode(&dir.join("kiosk.key")), 0o600);
    // An old kiosk's readable file is made private at the next open.
    std::fs::set_permissions(dir.join("kiosk.db"), std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(kiosk(&dir, &cfg).args(["outbox", "list"]).status().unwrap().success());
    assert_eq!(mode(&dir.join("kiosk.db")), 0o600);
}

#[test]
fn kiosk_track_asks_the_crm_caches_the_answer_and_shows_it_offline() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let cfg = dir.path().join("open311.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{}/open311/\"\njurisdiction_id = \"test.gov.uk\"\ntimeout_secs = 3\n",
            crm.port
        ),
    )
    .unwrap();
    let reference = submit_many(dir.path(), &cfg, 1).remove(0);
    let (code, out, err) = run(dir.path(), &cfg, &["outbox", "flush", "--wait", "10"], "");
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = run(dir.path(), &cfg, &["track", &reference], "");
    assert_eq!(code, 0);
    let crm_id = out
        .lines()
        .find_map(|l| l.strip_prefix("state:     with the council as "))
        .unwrap_or_else(|| panic!("{out}"))
        .to_owned();
    assert!(out.contains("council:   open (asked just now)"), "{out}");

    // The council closes it; track asks again and shows the note.
    let change = format!(
        r#"{{"service_request_id":"{crm_id}","status":"closed","status_notes":"Filled on Tuesday.","updated_datetime":"2026-11-20T09:30:00Z"}}"#
    );
    assert!(onestop_e2e::crm_process::post(crm.port, "/admin/status", &change).contains("200"));
    let (_, out, _) = run(dir.path(), &cfg, &["track", &reference.to_lowercase()], "");
    assert!(out.contains("council:   closed (asked just now)"), "{out}");
    assert!(out.contains("note:      Filled on Tuesday."), "{out}");

    // Offline: what it said last, and that it could not ask now.
    drop(crm);
    let (code, out, _) = run(dir.path(), &cfg, &["track", &reference], "");
    assert_eq!(code, 0);
    assert!(out.contains("could not be asked now"), "{out}");
    assert!(out.contains("council:   closed (as of "), "{out}");
    assert!(out.contains("note:      Filled on Tuesday."), "{out}");

    // Not a reference, or not one of ours: exit 1 with a clear line.
    let (code, out, _) = run(dir.path(), &cfg, &["track", "nonsense"], "");
    assert_eq!(code, 1);
    assert!(out.contains("not a reference"), "{out}");
}

#[test]
fn retry_all_unparks_every_parked_submission() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = none_config(dir.path());
    let refs = submit_many(dir.path(), &cfg, 3);
    let store = onestop_e2e::open_store(dir.path());
    for s in store.submissions().unwrap().iter().filter(|s| s.reference != refs[0]) {
        store.begin_attempt(&s.submission_id).unwrap();
        store
            .record_attempt(
                &s.submission_id,
                &onestop::outbox::Transition::Parked {
                    reason: "HTTP 400: refused".into(),
                },
            )
            .unwrap();
    }
    drop(store);
    let (code, out, _) = run(dir.path(), &cfg, &["outbox", "retry", "--all"], "");
    assert_eq!(code, 0);
    assert!(out.contains("2 parked submission(s) will be sent again"), "{out}");
    let store = onestop_e2e::open_store(dir.path());
    assert!(store.submissions().unwrap().iter().all(|s| s.state == "pending"));
    // Neither a reference nor --all: clap refuses.
    let (code, _, err) = run(dir.path(), &cfg, &["outbox", "retry"], "");
    assert_eq!(code, 2, "{err}");
}
