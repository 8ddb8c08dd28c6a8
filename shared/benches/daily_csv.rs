//! What a daily CSV costs: building one form's file for a day of 5,000 submissions from a real
//! database file (reading the rows and opening each sealed answer, then writing the CSV), the
//! writing alone, and finding the days due. Prints figures; run with
//! `cargo bench -p onestop --bench daily_csv`.

use onestop::daily_csv::{Settings, build_file, columns, deliver::day_span, deliver::due_days};
use onestop::forms::{Answers, Today, validate};
use onestop::hours::Zone;
use onestop::store::{Key, Store};
use std::time::{Duration, Instant};

const ROWS: usize = 5_000;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let forms = onestop::embedded::forms().unwrap();
    let form = forms.get("missed-bin").unwrap();
    let answers: Answers = serde_json::from_value(serde_json::json!({
        "bin-type": "recycling", "bin-out-by-7am": true,
        "address": {"postcode": "LE1 1AA", "house": "Flat 3, 12", "street": "High Street", "town": "Leicester",
                    "uprn": 10001234567u64, "usrn": 2700123},
        "details": "left by the gate, \"as usual\" — گلی میں کوڑا"
    }))
    .unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let db = dir.path().join("kiosk.db");
    let key = Key::random();
    let mut store = Store::open(&db, key.clone()).unwrap();
    let filled = Instant::now();
    for _ in 0..ROWS {
        store.submit(&valid, "ur", None).unwrap();
    }
    eprintln!("{ROWS} submissions stored in {:.1?}", filled.elapsed());
    drop(store);
    // Spread them over one local day, 15 s apart.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE outbox SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-20', (rowid * 15) || ' seconds')",
        [],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&db, key).unwrap();
    let day = time::macros::date!(2026 - 11 - 20);
    let settings = Settings {
        kiosk: "library-1".into(),
        zone: Zone::London,
        forms: Vec::new(),
        catch_up_days: 31,
    };

    let mut builds = Vec::new();
    let mut bytes = 0;
    for _ in 0..7 {
        let t = Instant::now();
        let file = build_file(&store, &forms, &settings, "missed-bin", day).unwrap();
        builds.push(t.elapsed());
        bytes = file.bytes.len();
        assert_eq!(file.bytes.iter().filter(|b| **b == b'\n').count(), ROWS + 1);
    }
    let build = median(builds);

    let (from, to) = day_span(Zone::London, day);
    let rows = store.csv_rows("missed-bin", from, to).unwrap();
    let mut writes = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let out = columns::write(Some(form), Zone::London, &rows);
        writes.push(t.elapsed());
        assert_eq!(out.len(), bytes);
    }
    let write = median(writes);

    let mut dues = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let due = due_days(&store, &settings, time::macros::date!(2026 - 11 - 21)).unwrap();
        dues.push(t.elapsed());
        assert_eq!(due.len(), 1);
    }
    let due = median(dues);

    let per_sec = |d: Duration| ROWS as f64 / d.as_secs_f64();
    println!("daily CSV of {ROWS} rows ({} KiB), median of 7:", bytes / 1024);
    println!(
        "  build (read rows, open sealed answers, write CSV): {build:.1?}  ({:.0} rows/s)",
        per_sec(build)
    );
    println!(
        "  write CSV alone:                                  {write:.1?}  ({:.0} rows/s)",
        per_sec(write)
    );
    println!("  find the days due:                                {due:.1?}");
}
