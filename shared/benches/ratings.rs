//! What a satisfaction rating costs: `record_rating` per call on a real file (WAL,
//! `synchronous=FULL`: each call is one durable commit), on an empty table and on one holding a
//! year of counts; and the reads over that year: a week for `kiosk stats`, and the days due as the
//! daily sender reads them each round. Prints figures; run with
//! `cargo bench -p onestop --bench ratings`.

use onestop::store::{Key, Store, Subject};
use std::time::Instant;

/// Forms and queue services a kiosk might offer.
const SUBJECTS: usize = 20;
/// Calls timed per case.
const CALLS: usize = 2_000;

fn subject(i: usize) -> Subject {
    match i % 2 {
        0 => Subject::Form(format!("form-{}", i % SUBJECTS)),
        _ => Subject::Service(format!("service-{}", i % SUBJECTS)),
    }
}

/// Median, 99th percentile and mean of `ms`, in milliseconds.
fn figures(mut ms: Vec<f64>) -> (f64, f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99), ms.iter().sum::<f64>() / ms.len() as f64)
}

/// Time `CALLS` ratings of one day into `store`.
fn time_calls(store: &Store, date: &str) -> (f64, f64, f64) {
    let mut ms = Vec::with_capacity(CALLS);
    for i in 0..CALLS {
        let (s, score) = (subject(i * 7), (i % 5) as u8 + 1);
        let t = Instant::now();
        store.record_rating(date, &s, score).unwrap();
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    figures(ms)
}

fn main() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = Store::open(&dir.path().join("kiosk.db"), Key::random()).unwrap();
    let (median, p99, mean) = time_calls(&store, "2026-11-22");
    println!("record_rating, empty table, {CALLS} calls: median {median:.3} ms, p99 {p99:.3} ms, mean {mean:.3} ms");

    // A year: every day, every subject, every score (36,500 rows: the most such a kiosk can make).
    let mut day = time::macros::date!(2025 - 11 - 23);
    let mut dates = Vec::new();
    for _ in 0..365 {
        dates.push(day.to_string());
        day = day.next_day().unwrap();
    }
    // Written in one transaction on a second connection: the year is set-up, not measured.
    let mut raw = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    let tx = raw.transaction().unwrap();
    for d in &dates {
        for s in 0..SUBJECTS {
            let s = subject(s);
            for score in 1..=5 {
                tx.execute(
                    "INSERT INTO ratings (date, kind, subject, score, count) VALUES (?1, ?2, ?3, ?4, 3)
                     ON CONFLICT DO UPDATE SET count = count + 3",
                    rusqlite::params![d, s.kind(), s.id(), score],
                )
                .unwrap();
            }
        }
    }
    tx.commit().unwrap();
    drop(raw);
    let (median, p99, mean) = time_calls(&store, "2026-11-23");
    println!(
        "record_rating, a year of counts in the table, {CALLS} calls: median {median:.3} ms, p99 {p99:.3} ms, mean {mean:.3} ms"
    );

    let rounds = 50;
    let time_reads = |read: &dyn Fn() -> usize, expect: usize| {
        let mut ms = Vec::new();
        for _ in 0..rounds {
            let t = Instant::now();
            assert_eq!(read(), expect);
            ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        figures(ms)
    };
    let week = || store.ratings_between("2026-11-16", "2026-11-22").unwrap().len();
    let (m, p, _) = time_reads(&week, 7 * SUBJECTS);
    println!("ratings_between, a week of {SUBJECTS} subjects (kiosk stats): median {m:.3} ms, p99 {p:.3} ms");
    let due = || store.ratings_unsummarised_before("2026-11-23").unwrap().len();
    let (m, p, _) = time_reads(&due, 365 * SUBJECTS);
    println!(
        "ratings_unsummarised_before, a whole year due (a kiosk offline for a year): median {m:.2} ms, p99 {p:.2} ms"
    );
    for d in &dates[..364] {
        store.record_ratings_summary(d, "sent").unwrap();
    }
    let (m, p, _) = time_reads(&due, SUBJECTS);
    println!(
        "ratings_unsummarised_before, one day due among a year sent (each round): median {m:.3} ms, p99 {p:.3} ms"
    );
}
