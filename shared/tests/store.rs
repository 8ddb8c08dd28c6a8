//! The SQLite store on real files: WAL and FULL sync on open, migrations, drafts saved and wiped,
//! and "Send" writing the outbox row and deleting the draft in one transaction.

use onestop::embedded;
use onestop::forms::{Answers, Today, validate};
use onestop::store::{Key, Store, drafts::Draft};
use serde_json::json;

fn answers() -> Answers {
    serde_json::from_value(json!({
        "bin-type": "recycling",
        "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "Leicester"},
        "bin-out-by-7am": "yes"
    }))
    .unwrap()
}

/// The key file beside the database, as the kiosk keeps it.
fn key(db: &std::path::Path) -> Key {
    Key::load_or_create(&db.with_file_name("kiosk.key")).unwrap()
}

fn valid() -> onestop::forms::ValidAnswers {
    let forms = embedded::forms().unwrap();
    validate(forms.get("missed-bin").unwrap(), &answers(), Today::now()).expect("missed-bin answers valid")
}

#[test]
fn a_new_file_opens_in_wal_mode_with_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let store = Store::open(&path, key(&path)).unwrap();
    assert!(store.integrity_ok().unwrap());
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/migrations"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql"))
        .count() as i64;
    assert_eq!(version, migrations, "every migration file ran");
}

#[test]
fn reopening_does_not_rerun_migrations_and_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let r = Store::open(&path, key(&path))
        .unwrap()
        .submit(&valid(), "en-GB", None)
        .unwrap();
    let store = Store::open(&path, key(&path)).unwrap();
    assert_eq!(store.outbox_count().unwrap(), 1);
    assert_eq!(store.submissions().unwrap()[0].reference, r.reference.as_str());
}

#[test]
fn a_database_from_a_newer_kiosk_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let e = Store::open(&path, key(&path)).unwrap_err().to_string();
    assert!(e.contains("newer"), "{e}");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    std::fs::write(
        &path,
        b"this is not sqlite at all, just some text padding it out to a page",
    )
    .unwrap();
    let e = Store::open(&path, key(&path)).unwrap_err().to_string();
    assert!(e.contains("could not open the kiosk database"), "{e}");
}

#[test]
fn drafts_are_saved_replaced_and_wiped() {
    let store = Store::open_in_memory().unwrap();
    let mut d = Draft {
        session_id: "s1".into(),
        form_id: "missed-bin".into(),
        form_version: 1,
        locale: "ur".into(),
        answers: answers(),
    };
    store.save_draft(&d).unwrap();
    d.answers.remove("bin-out-by-7am");
    store.save_draft(&d).unwrap();
    assert_eq!(store.load_draft("s1").unwrap(), Some(d));
    assert_eq!(store.draft_count().unwrap(), 1);
    store.delete_draft("s1").unwrap();
    assert_eq!(store.load_draft("s1").unwrap(), None);
}

#[test]
fn send_writes_the_outbox_and_deletes_the_draft_together() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_draft(&Draft {
            session_id: "s1".into(),
            form_id: "missed-bin".into(),
            form_version: 1,
            locale: "pl".into(),
            answers: answers(),
        })
        .unwrap();
    let receipt = store.submit(&valid(), "pl", Some("s1")).unwrap();
    assert_eq!(store.draft_count().unwrap(), 0);
    let rows = store.submissions().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].state, "pending");
    assert_eq!(rows[0].locale, "pl");
    assert_eq!(rows[0].submission_id, receipt.submission_id.to_string());
    assert_eq!(store.submission_payload(&receipt.reference).unwrap(), Some(valid()));
}

#[test]
fn references_are_unique_across_many_submissions() {
    let mut store = Store::open_in_memory().unwrap();
    let v = valid();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..500 {
        assert!(seen.insert(store.submit(&v, "en-GB", None).unwrap().reference));
    }
    assert_eq!(store.outbox_count().unwrap(), 500);
}

#[test]
fn payloads_are_sealed_at_rest_and_plain_rows_from_before_are_sealed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let receipt = Store::open(&path, key(&path))
        .unwrap()
        .submit(&valid(), "en-GB", None)
        .unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let sealed: String = raw.query_row("SELECT payload FROM outbox", [], |r| r.get(0)).unwrap();
    assert!(sealed.starts_with("v1:") && !sealed.contains("High Street"));
    // A row as a kiosk from before encryption wrote it: plain JSON.
    let plain = serde_json::to_string(&valid()).unwrap();
    raw.execute("UPDATE outbox SET payload = ?1", [&plain]).unwrap();
    drop(raw);
    let store = Store::open(&path, key(&path)).unwrap();
    assert_eq!(store.submission_payload(&receipt.reference).unwrap(), Some(valid()));
    let raw = rusqlite::Connection::open(&path).unwrap();
    let resealed: String = raw.query_row("SELECT payload FROM outbox", [], |r| r.get(0)).unwrap();
    assert!(resealed.starts_with("v1:"), "sealed on open");
}

#[test]
fn opening_waits_for_another_process_that_is_writing_instead_of_failing_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    drop(Store::open(&path, key(&path)).unwrap());
    // Another process (the forwarder, or `kiosk submit`) is in the middle of a write.
    let writer = rusqlite::Connection::open(&path).unwrap();
    writer
        .execute_batch(
            "BEGIN IMMEDIATE;
             INSERT INTO drafts VALUES ('other', 'missed-bin', 1, 'en-GB', 'v1:x', '2026-11-23T10:00:00Z');",
        )
        .unwrap();
    let opener = {
        let path = path.clone();
        std::thread::spawn(move || Store::open(&path, key(&path)).map(|_| ()))
    };
    std::thread::sleep(std::time::Duration::from_millis(300));
    writer.execute_batch("COMMIT").unwrap();
    opener
        .join()
        .unwrap()
        .expect("the store opens once the other write is done");
}

#[test]
fn several_processes_opening_a_new_database_at_once_all_succeed() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.db");
        let key = key(&path);
        let openers: Vec<_> = (0..4)
            .map(|_| {
                let (path, key) = (path.clone(), key.clone());
                std::thread::spawn(move || Store::open(&path, key).map(|_| ()))
            })
            .collect();
        for o in openers {
            o.join().unwrap().expect("every opener gets the migrated database");
        }
    }
}
