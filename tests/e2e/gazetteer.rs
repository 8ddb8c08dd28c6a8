//! The offline gazetteer through the real `kiosk` binary, as IT would load one: a 500,000-row
//! LLPG-shaped file imported and looked up; hostile files (wrong columns, bad UPRNs, invalid
//! UTF-8, a 10 MB line) each refused with its line; and an import killed with SIGKILL part way,
//! the old gazetteer still answering, then resumed to a complete result.

use onestop::gazetteer::sample;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const ROWS: u64 = 500_000;

fn kiosk(dir: &Path) -> Command {
    let mut c = Command::new(onestop_e2e::binary("kiosk"));
    c.arg("--data-dir")
        .arg(dir.join("data"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("HOME", dir);
    c
}

fn addresses(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out: Output = kiosk(dir).arg("addresses").args(args).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

fn sample_file(dir: &Path, name: &str, rows: u64) -> PathBuf {
    let path = dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    sample::write_llpg(&mut f, rows).unwrap();
    drop(f);
    path
}

fn lookup_json(dir: &Path, postcode: &str) -> Vec<serde_json::Value> {
    let (code, text) = addresses(dir, &["lookup", postcode, "--json"]);
    assert_eq!(code, Some(0), "{text}");
    serde_json::from_str::<serde_json::Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_500k_row_llpg_file_imports_and_every_postcode_reads_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let csv = sample_file(dir.path(), "llpg.csv", ROWS);
    let started = Instant::now();
    let (code, text) = addresses(dir.path(), &["import", csv.to_str().unwrap()]);
    let took = started.elapsed();
    eprintln!(
        "500,000-row import through the kiosk binary took {:.1} s",
        took.as_secs_f64()
    );
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("imported 500000 rows, 0 refused, 20000 postcodes"),
        "{text}"
    );
    for index in [0, 7_777, 19_999] {
        let pc = sample::postcode(index);
        let typed = pc.to_lowercase().replace(' ', "");
        let found = lookup_json(dir.path(), &typed);
        assert_eq!(found.len(), 25, "{pc}");
        let houses: Vec<&str> = found.iter().map(|p| p["house"].as_str().unwrap()).collect();
        assert_eq!(&houses[..6], ["2", "4", "6", "8", "10", "10A"], "{pc}");
        assert_eq!(&houses[12..17], ["1", "3", "5", "7-9", "Flat 1, Rose Court"], "{pc}");
        assert_eq!(houses[24], "Flat 9, Rose Court");
        for p in &found {
            assert_eq!(p["postcode"], pc.as_str());
            let lat = p["lat"].as_f64().expect("lat worked out from the grid");
            assert!((52.0..53.5).contains(&lat), "{p}");
            assert!(p["uprn"].as_u64().unwrap() >= sample::FIRST_UPRN);
        }
    }
    let (code, text) = addresses(dir.path(), &["lookup", "LE1 0AB"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("Flat 1, Rose Court, ") && text.contains("25 properties at LE1 0AB"),
        "{text}"
    );
    let (code, text) = addresses(dir.path(), &["lookup", "ZZ9 9ZZ"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("is not a UK postcode"), "{text}");
    let (code, text) = addresses(dir.path(), &["status"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("500000 properties, 20000 postcodes") && text.contains("llpg.csv (llpg)"),
        "{text}"
    );
}

#[test]
fn hostile_files_are_refused_with_their_line_and_the_old_gazetteer_kept() {
    let dir = tempfile::tempdir().unwrap();
    let good = sample_file(dir.path(), "good.csv", 50);
    assert_eq!(addresses(dir.path(), &["import", good.to_str().unwrap()]).0, Some(0));
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let header = sample::HEADER;
    let row = |uprn: &str, street: &[u8]| {
        let mut r = format!("{uprn},2,,,,,,1,,,,,").into_bytes();
        r.extend(street);
        r.extend(b",,LEICESTER,LE9 9ZZ,458000,304000\n");
        r
    };

    // Wrong columns: the whole file, naming line 1; nothing changes.
    let wrong = write("wrong.csv", b"UPRN,ADDRESS,POSTCODE\n1,1 High Street,LE1 1AA\n");
    let (code, text) = addresses(dir.path(), &["import", wrong.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("line 1") && text.contains("USRN") && text.contains("nothing was imported"),
        "{text}"
    );

    // Bad UPRNs and invalid UTF-8, each named with its line; too many: the import fails.
    let mut bad = format!("{header}\n").into_bytes();
    bad.extend(row("12x", b"A ROAD")); // line 2
    bad.extend(row("0", b"A ROAD")); // 3
    bad.extend(row("5", b"A \xc3\x28 ROAD")); // 4
    bad.extend(row("6", b"A ROAD")); // 5: fine
    let bad = write("bad.csv", &bad);
    let (code, text) = addresses(dir.path(), &["import", bad.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{text}");
    for want in [
        "line 2: UPRN \"12x\" is not 1 to 12 digits",
        "line 3: UPRN \"0\" is not 1 to 12 digits",
        "line 4: invalid UTF-8 in the STREET_DESCRIPTOR column",
        "the old gazetteer is kept",
    ] {
        assert!(text.contains(want), "{want} missing from:\n{text}");
    }
    let (_, status) = addresses(dir.path(), &["status"]);
    assert!(
        status.contains("50 properties") && status.contains("good.csv"),
        "{status}"
    );

    // A 10 MB line is refused by its line and skipped without holding it; the rows around it
    // are imported (with --max-refused 1 allowing it).
    let mut long = format!("{header}\n").into_bytes();
    long.extend(row("100", b"BEFORE ROAD"));
    long.extend(row("101", &vec![b'Z'; 10 * 1024 * 1024]));
    long.extend(row("102", b"AFTER ROAD"));
    let long = write("long.csv", &long);
    let (code, text) = addresses(dir.path(), &["import", long.to_str().unwrap(), "--max-refused", "1"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("line 3: longer than 65536 bytes; skipped"), "{text}");
    assert!(text.contains("imported 2 rows, 1 refused"), "{text}");
    let found = lookup_json(dir.path(), "LE9 9ZZ");
    let streets: Vec<&str> = found.iter().map(|p| p["street"].as_str().unwrap()).collect();
    assert_eq!(streets, ["After Road", "Before Road"]);

    // A format that does not exist, and a file that does not: refused, then could not run.
    assert_eq!(
        addresses(dir.path(), &["import", "long.csv", "--format", "xml"]).0,
        Some(1)
    );
    let (code, text) = addresses(dir.path(), &["import", "/nonexistent/file.csv"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("could not read /nonexistent/file.csv"), "{text}");
}

/// The line after the partial import's last committed batch, once it has committed `batches`.
fn committed_line(partial: &Path) -> Option<u64> {
    let conn = rusqlite::Connection::open_with_flags(partial, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let v: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'line'", [], |r| r.get(0))
        .ok()?;
    v.parse().ok()
}

#[test]
fn an_import_killed_part_way_keeps_the_old_gazetteer_and_resumes_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let old = sample_file(dir.path(), "old.csv", 100);
    assert_eq!(addresses(dir.path(), &["import", old.to_str().unwrap()]).0, Some(0));
    let csv = sample_file(dir.path(), "llpg.csv", ROWS);
    let partial = dir.path().join("data/gazetteer.db.import");
    let mut child = kiosk(dir.path())
        .args(["addresses", "import", csv.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    // Two batches of 10,000 committed (line 1 is the header).
    while committed_line(&partial).unwrap_or(0) < 20_002 {
        assert!(
            Instant::now() < deadline,
            "the partial import never committed two batches"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import finished before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL: no chance to clean up.
    child.kill().unwrap();
    child.wait().unwrap();
    let line = committed_line(&partial).expect("the partial file survives the kill");
    assert!(line > 20_000 && line < ROWS, "{line}");

    // The old gazetteer still answers, untouched.
    assert_eq!(lookup_json(dir.path(), &sample::postcode(0)).len(), 25);
    let (code, text) = addresses(dir.path(), &["lookup", &sample::postcode(5)]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(&format!("no properties at {}", sample::postcode(5))),
        "{text}"
    );
    let (_, status) = addresses(dir.path(), &["status"]);
    assert!(
        status.contains("100 properties") && status.contains("old.csv"),
        "{status}"
    );

    let (code, text) = addresses(dir.path(), &["import", csv.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains(&format!("resuming at line {line}")), "{text}");
    assert!(
        text.contains("imported 500000 rows, 0 refused, 20000 postcodes"),
        "{text}"
    );
    assert!(!partial.exists());
    let conn = rusqlite::Connection::open(dir.path().join("data/gazetteer.db")).unwrap();
    let (n, distinct, lo, hi): (i64, i64, i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT line), min(uprn), max(uprn) FROM property",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((n, distinct), (ROWS as i64, ROWS as i64));
    assert_eq!(
        (lo as u64, hi as u64),
        (sample::FIRST_UPRN, sample::FIRST_UPRN + ROWS - 1)
    );
    assert_eq!(lookup_json(dir.path(), &sample::postcode(19_999)).len(), 25);
}
