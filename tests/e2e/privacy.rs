//! Personal data at rest: after real `kiosk submit` runs (and a submission with a library card),
//! the raw bytes of the database and its WAL contain no name, email, phone, address or card number
//! that was submitted, while the store (with the key file) still reads them back.

use std::process::Command;

const ANSWERS: &str = r#"{
  "first-name": "Zebulon",
  "last-name": "Quartermaine",
  "date-of-birth": {"day": "4", "month": "7", "year": "1961"},
  "address": {"postcode": "LE1 1AA", "house": "Flat 9", "street": "Wintergreen Crescent", "town": "Leicester"},
  "email": "zebulon.q@example.org",
  "phone": "07700 900456",
  "terms": true
}"#;

/// A card number a visitor used, as the kiosk stores it with a submission.
const CARD: &str = "29876543210123";

const SECRETS: [&str; 8] = [
    CARD,
    "Zebulon",
    "Quartermaine",
    "Wintergreen",
    "zebulon.q@example.org",
    "07700 900456",
    "Flat 9",
    "1961-07-04",
];

#[test]
fn submitted_personal_data_never_appears_in_the_database_files() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, ANSWERS).unwrap();
    for _ in 0..3 {
        let out = Command::new(onestop_e2e::binary("kiosk"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["submit", "--form", "library-join", "--answers"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    }
    // The kiosk stores a card the same way when a visitor taps Send after using one.
    let card = onestop::card::CardNumber::parse(CARD).unwrap();
    let identity = onestop::card::identity::Identity::read_at_kiosk(&card, "sip2", true);
    let mut store = onestop_e2e::open_store(dir.path());
    let answers = store.exportable().unwrap().remove(0).answers;
    let with_card = store
        .submit_with_identity(&answers, "en-GB", None, Some(&identity))
        .unwrap()
        .submission_id
        .to_string();
    drop(store);
    let mut scanned = 0;
    for name in ["kiosk.db", "kiosk.db-wal", "kiosk.db-shm"] {
        let Ok(bytes) = std::fs::read(dir.path().join(name)) else {
            continue;
        };
        scanned += bytes.len();
        let text = String::from_utf8_lossy(&bytes);
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret:?} found in {name}");
        }
    }
    assert!(scanned > 4096, "the database files were there to scan");

    // The key file is private, and with it the data reads back.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("kiosk.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let store = onestop_e2e::open_store(dir.path());
    let row = &store.submissions().unwrap()[0];
    let reference = onestop::reference::Reference::parse(&row.reference).unwrap();
    let payload = serde_json::to_string(&store.submission_payload(&reference).unwrap().unwrap()).unwrap();
    assert!(payload.contains("Zebulon") && payload.contains("Wintergreen Crescent"));
    let sent = store.outgoing(&with_card).unwrap().unwrap();
    assert_eq!(sent.identity.map(|i| i.card), Some(CARD.to_owned()));
}

#[test]
fn a_database_opened_with_the_wrong_key_refuses_to_show_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, ANSWERS).unwrap();
    let out = Command::new(onestop_e2e::binary("kiosk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["submit", "--form", "library-join", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    // The database knows its key: another one is refused at open, before anything is read.
    let err = onestop::store::Store::open(&dir.path().join("kiosk.db"), onestop::store::Key::random())
        .unwrap_err()
        .to_string();
    assert!(err.contains("does not belong to this kiosk database"), "{err}");
    // And a sealed value taken out of the file does not open under another key either.
    let db = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    let (id, sealed): (String, String) = db
        .query_row("SELECT submission_id, payload FROM outbox", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let err = onestop::store::Key::random()
        .open(&sealed, &id)
        .unwrap_err()
        .to_string();
    assert!(err.contains("could not be decrypted"), "{err}");
}
