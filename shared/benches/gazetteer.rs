//! What the offline gazetteer costs: importing a 500,000-row LLPG-shaped file (rows a second),
//! the database's size (total and per row), and postcode lookups (p50/p99 over 10,000 random
//! postcodes, each opening nothing new: the kiosk holds the gazetteer open). Prints figures; run
//! with `cargo bench -p onestop --bench gazetteer`.

use onestop::gazetteer::import::{Options, import};
use onestop::gazetteer::{Format, Gazetteer, sample};
use std::time::{Duration, Instant};

const ROWS: u64 = 500_000;
const LOOKUPS: usize = 10_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let csv = dir.path().join("llpg.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
    sample::write_llpg(&mut out, ROWS).unwrap();
    drop(out);
    let csv_bytes = std::fs::metadata(&csv).unwrap().len();
    let db = dir.path().join("gazetteer.db");

    let report = import(&csv, &db, &Options::new(Format::Llpg), &mut |e| panic!("{e:?}")).unwrap();
    assert_eq!(report.imported, ROWS);
    let db_bytes = std::fs::metadata(&db).unwrap().len();
    println!(
        "import: {ROWS} rows ({:.1} MB CSV) in {:.2} s = {:.0} rows/s; {} postcodes",
        csv_bytes as f64 / 1e6,
        report.seconds,
        ROWS as f64 / report.seconds,
        report.postcodes
    );
    println!(
        "database: {db_bytes} bytes ({:.1} MB), {:.0} bytes a row",
        db_bytes as f64 / 1e6,
        db_bytes as f64 / ROWS as f64
    );

    let t = Instant::now();
    let g = Gazetteer::open(&db).unwrap().unwrap();
    println!("open: {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let postcodes = report.postcodes;
    // A fixed xorshift so runs compare; spellings vary as visitors type them.
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut times = Vec::with_capacity(LOOKUPS);
    let mut found = 0;
    for n in 0..LOOKUPS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pc = sample::postcode(seed % postcodes);
        let typed = if n % 2 == 0 {
            pc.to_lowercase().replace(' ', "")
        } else {
            pc
        };
        let t = Instant::now();
        let props = g.lookup(&typed).unwrap();
        times.push(t.elapsed());
        found += props.len();
    }
    assert_eq!(found as u64, LOOKUPS as u64 * sample::PER_POSTCODE);
    times.sort();
    println!(
        "lookup ({LOOKUPS} random postcodes, {} properties each): p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        sample::PER_POSTCODE,
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}
