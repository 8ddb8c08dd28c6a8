//! What erasing costs: the retention purge of N delivered submissions with `secure_delete`, the
//! incremental vacuum and the WAL truncate after it (time, and the file sizes before and after),
//! and what the key check adds to opening the database. Prints figures; run with
//! `cargo bench -p onestop --bench purge`.

use onestop::forms::{Answers, Today, validate};
use onestop::outbox::Transition;
use onestop::store::{Key, MissingDatabase, Store};
use std::time::{Duration, Instant};

fn size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn main() {
    let forms = onestop::embedded::forms().unwrap();
    let form = forms.get("library-join").unwrap();
    let answers: Answers = serde_json::from_value(serde_json::json!({
        "first-name": "Amira", "last-name": "Okonkwo",
        "date-of-birth": {"day": "1", "month": "2", "year": "1990"},
        "address": {"postcode": "LE1 1AA", "house": "3", "street": "Larkspur Road", "town": "Leicester"},
        "email": "amira@example.org", "phone": "07700900123", "terms": true
    }))
    .unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();

    for n in [100usize, 1_000, 5_000] {
        let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
        let db = dir.path().join("kiosk.db");
        let mut store = Store::open(&db, Key::random()).unwrap();
        for _ in 0..n {
            let id = store.submit(&valid, "en-GB", None).unwrap().submission_id.to_string();
            store.begin_attempt(&id).unwrap();
            store
                .record_attempt(
                    &id,
                    &Transition::Acknowledged {
                        crm_id: Some("SR-1".into()),
                        dropped: None,
                    },
                )
                .unwrap();
        }
        let wal = dir.path().join("kiosk.db-wal");
        let (db_before, wal_before) = (size(&db), size(&wal));
        let t = Instant::now();
        let purged = store.purge_acknowledged(Duration::ZERO).unwrap();
        let took = t.elapsed();
        assert_eq!(purged, n);
        println!(
            "purge {n:>5} delivered submissions (secure_delete, incremental_vacuum, wal_checkpoint TRUNCATE): \
             {:>7.1} ms ({:.3} ms each); kiosk.db {} KiB -> {} KiB, WAL {} KiB -> {} KiB",
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e3 / n as f64,
            db_before / 1024,
            size(&db) / 1024,
            wal_before / 1024,
            size(&wal) / 1024
        );
    }

    // Opening: with the key check (open_data reads the key file and the check value) against a
    // plain open of the same file with its key in hand.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (db, key) = (dir.path().join("kiosk.db"), dir.path().join("kiosk.key"));
    drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
    let loaded = Key::load(&key).unwrap().unwrap();
    let rounds = 200;
    let mut checked = Vec::new();
    let mut plain = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        checked.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        drop(Store::open(&db, loaded.clone()).unwrap());
        plain.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "open the kiosk database, median of {rounds}: with key file and check {:.3} ms, with the key in hand {:.3} ms",
        median(&mut checked),
        median(&mut plain)
    );
}
