//! Durable `submit` commits per second against a raw SQLite insert+commit loop on the same disk,
//! both with WAL and synchronous=FULL. Prints figures; run with `cargo bench -p onestop`.

use onestop::forms::{Answers, Today, validate};
use onestop::store::Store;
use std::time::Instant;

const N: usize = 400;

fn main() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let forms = onestop::embedded::forms().unwrap();
    let form = forms.get("missed-bin").unwrap();
    let answers: Answers = serde_json::from_str(
        r#"{"bin-type": "general", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "Leicester"}, "bin-out-by-7am": "yes", "details": "Missed again this week."}"#,
    )
    .unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();
    let payload = serde_json::to_string(&valid).unwrap();

    // Raw: same pragmas, one INSERT per transaction, a payload of the same size.
    let raw = rusqlite::Connection::open(dir.path().join("raw.db")).unwrap();
    raw.pragma_update(None, "journal_mode", "WAL").unwrap();
    raw.pragma_update(None, "synchronous", "FULL").unwrap();
    raw.execute_batch("CREATE TABLE t (id TEXT PRIMARY KEY, reference TEXT UNIQUE, payload TEXT)")
        .unwrap();
    let mut store = Store::open(&dir.path().join("kiosk.db"), onestop::store::Key::random()).unwrap();

    // Rounds alternate between the two loops so that neither always runs on a colder cache.
    let mut raw_rates = Vec::new();
    let mut submit_rates = Vec::new();
    for round in 0..5 {
        let t = Instant::now();
        for i in 0..N {
            let tx = raw.unchecked_transaction().unwrap();
            tx.execute(
                "INSERT INTO t VALUES (?1, ?2, ?3)",
                rusqlite::params![format!("id{round}-{i}"), format!("ref{round}-{i}"), payload],
            )
            .unwrap();
            tx.commit().unwrap();
        }
        raw_rates.push(N as f64 / t.elapsed().as_secs_f64());

        let t = Instant::now();
        for _ in 0..N {
            // The full path "Send" takes: validate, then the durable transaction.
            let v = validate(form, &answers, Today::now()).unwrap();
            store.submit(&v, "en-GB", Some("session")).unwrap();
        }
        submit_rates.push(N as f64 / t.elapsed().as_secs_f64());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (raw_rate, submit_rate) = (median(&mut raw_rates), median(&mut submit_rates));
    println!("{N} commits x 5 alternating rounds, medians:");
    println!("raw insert+commit (WAL, FULL): {raw_rate:.0} commits/s");
    println!("kiosk submit (validate + outbox + draft delete, WAL, FULL): {submit_rate:.0} commits/s");
    println!("submit / raw: {:.0}%", 100.0 * submit_rate / raw_rate);
}
