//! The daily CSV through the real `kiosk` binary and a real database: submissions made with
//! `kiosk submit` today count as a finished day once `ONESTOP_TEST_CSV_TODAY` says today is later;
//! `kiosk forward` then writes one file per form and day into `[crm.csv] folder`. With
//! `ONESTOP_TEST_CSV_ABORT_AFTER_RENAME` the process aborts right after the first file is renamed
//! into place and before its day is recorded: after a restart there is still exactly one file for
//! that day, complete and byte-identical, and the day is recorded; once recorded, a day is never
//! written again. `kiosk csv write` makes the same bytes on demand and never overwrites a file.

use onestop_e2e::kiosk_cli::{kiosk, submit_form};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const STREET: &str = r#"{"problem": "graffiti", "offensive": true,
    "location": "by the bus stop, opposite \"The Swan\"", "details": "=HYPERLINK(\"http://x\")\nسڑک پر گرافٹی"}"#;
const BIN: &str = r#"{"bin-type": "recycling", "bin-out-by-7am": true,
    "address": {"uprn": 100030000010}}"#;

struct Site {
    dir: tempfile::TempDir,
    cfg: PathBuf,
    drop: PathBuf,
}

fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let drop = dir.path().join("drop");
    std::fs::create_dir(&drop).unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[kiosk]\nid = \"library-1\"\n\n[hours]\ntime_zone = \"UTC\"\n\n[crm.csv]\nfolder = \"{}\"\n",
            drop.display()
        ),
    )
    .unwrap();
    // The sample gazetteer, so a UPRN in an answer is checked and its address taken from it.
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/gazetteer/sample-llpg.csv");
    let out = kiosk(dir.path(), &cfg)
        .args(["addresses", "import"])
        .arg(sample)
        .output()
        .unwrap();
    assert!(out.status.success(), "the sample gazetteer imports: {out:?}");
    Site { dir, cfg, drop }
}

impl Site {
    fn data(&self) -> &Path {
        self.dir.path()
    }

    /// `kiosk forward` with today's date moved on to `today`, and the abort hook if asked.
    fn forward(&self, today: &str, abort: bool) -> Child {
        let mut c = kiosk(self.data(), &self.cfg);
        c.arg("forward")
            .env("ONESTOP_TEST_CSV_TODAY", today)
            .stderr(Stdio::null());
        if abort {
            c.env("ONESTOP_TEST_CSV_ABORT_AFTER_RENAME", "1");
        }
        c.spawn().unwrap()
    }

    /// The files in the drop folder, by name.
    fn dropped(&self) -> BTreeSet<String> {
        std::fs::read_dir(&self.drop)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect()
    }

    fn days_done(&self) -> BTreeSet<(String, String)> {
        onestop_e2e::open_store(self.data()).csv_days_done().unwrap()
    }
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn stop(mut child: Child) {
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(status.success(), "kiosk forward did not stop cleanly: {status:?}");
}

/// The UTC date of the submissions, and the day after it.
fn days_of(site: &Site) -> (String, String) {
    let subs = onestop_e2e::open_store(site.data()).submissions().unwrap();
    let dates: BTreeSet<&str> = subs.iter().map(|s| &s.created_at[..10]).collect();
    assert_eq!(
        dates.len(),
        1,
        "the test ran across midnight UTC; run it again: {dates:?}"
    );
    let day = dates.into_iter().next().unwrap().to_owned();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let next = time::Date::parse(&day, &format)
        .unwrap()
        .next_day()
        .unwrap()
        .to_string();
    (day, next)
}

/// The file's records as Python's csv module reads them (an independent RFC 4180 reader).
fn read_with_python(path: &Path) -> Vec<Vec<String>> {
    let script = "import csv, json, sys\n\
                  with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    \
                  print(json.dumps(list(csv.reader(f))))";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn each_form_and_day_is_written_once_across_a_crash_between_rename_and_record() {
    let s = site();
    let street = submit_form(s.data(), &s.cfg, "street-problem", STREET);
    let street2 = submit_form(s.data(), &s.cfg, "street-problem", STREET);
    let bin = submit_form(s.data(), &s.cfg, "missed-bin", BIN);
    let (day, tomorrow) = days_of(&s);
    let street_file = format!("onestop-library-1-street-problem-{day}.csv");
    let bin_file = format!("onestop-library-1-missed-bin-{day}.csv");

    // The first file is renamed into place, then the process aborts before recording its day.
    let mut crashed = s.forward(&tomorrow, true);
    let status = crashed.wait().unwrap();
    assert!(!status.success(), "the abort hook ends the process: {status:?}");
    let after_crash = s.dropped();
    assert_eq!(after_crash, [bin_file.clone()].into(), "one file, no temporary left");
    let first = std::fs::read(s.drop.join(&bin_file)).unwrap();
    assert!(s.days_done().is_empty(), "the crash came before the record");

    // Restarted: both days are delivered and recorded, the crashed one rewritten identically.
    let running = s.forward(&tomorrow, false);
    wait_for("both days recorded", || s.days_done().len() == 2);
    stop(running);
    assert_eq!(s.dropped(), [bin_file.clone(), street_file.clone()].into());
    assert_eq!(std::fs::read(s.drop.join(&bin_file)).unwrap(), first, "byte-identical");
    let store = onestop_e2e::open_store(s.data());
    assert_eq!(
        store.csv_day_outcome("missed-bin", &day).unwrap().as_deref(),
        Some("sent")
    );
    assert_eq!(
        store.csv_day_outcome("street-problem", &day).unwrap().as_deref(),
        Some("sent")
    );
    drop(store);

    // What a council's spreadsheet reads: the header, both rows, answers exact, formula guarded.
    let records = read_with_python(&s.drop.join(&street_file));
    assert_eq!(records.len(), 3, "{records:?}");
    let col = |name: &str| {
        records[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(records[0].last().map(String::as_str), Some("other_answers"));
    let refs: Vec<&str> = records[1..].iter().map(|r| r[col("reference")].as_str()).collect();
    assert_eq!(
        BTreeSet::from_iter(refs),
        BTreeSet::from([street.as_str(), street2.as_str()])
    );
    let row = &records[1];
    assert_eq!(row[col("location")], "by the bus stop, opposite \"The Swan\"");
    assert_eq!(row[col("details")], "'=HYPERLINK(\"http://x\")\nسڑک پر گرافٹی");
    assert_eq!(row[col("problem")], "graffiti");
    assert_eq!(row[col("offensive")], "yes");
    assert_eq!(row[col("state")], "pending");
    assert!(row[col("submitted_at")].starts_with(&format!("{day}T")) && row[col("submitted_at")].ends_with("+00:00"));
    let bins = read_with_python(&s.drop.join(&bin_file));
    let bcol = |name: &str| {
        bins[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(bins[1][bcol("reference")], bin);
    assert_eq!(bins[1][bcol("uprn")], "100030000010");
    assert_eq!(bins[1][bcol("address.uprn")], "100030000010");
    assert_eq!(bins[1][bcol("address.house")], "10");
    assert_eq!(bins[1][bcol("usrn")], "2700123");
    assert_eq!(bins[1][bcol("address.postcode")], "LE1 1AA");
    assert_eq!(bins[1][bcol("bin-type")], "recycling");

    // `kiosk csv write` builds the same bytes, and never overwrites.
    let out = s.data().join("by-hand.csv");
    let written = kiosk(s.data(), &s.cfg)
        .args(["csv", "write", "--form", "street-problem", "--date", &day, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(written.status.success(), "{written:?}");
    let delivered = std::fs::read(s.drop.join(&street_file)).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), delivered);
    let again = kiosk(s.data(), &s.cfg)
        .args(["csv", "write", "--form", "street-problem", "--date", &day, "--out"])
        .arg(&out)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("never overwritten"),
        "{again:?}"
    );
    let bad = kiosk(s.data(), &s.cfg)
        .args([
            "csv",
            "write",
            "--form",
            "street-problem",
            "--date",
            "yesterday",
            "--out",
        ])
        .arg(s.data().join("x.csv"))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("--date \"yesterday\" must be a date"),
        "{bad:?}"
    );

    // Once recorded, a day is never written again: removed from the drop, it stays removed.
    for f in s.dropped() {
        std::fs::remove_file(s.drop.join(f)).unwrap();
    }
    let later = s.forward(&tomorrow, false);
    std::thread::sleep(Duration::from_secs(3));
    stop(later);
    assert!(s.dropped().is_empty(), "{:?}", s.dropped());
}

#[test]
fn todays_submissions_wait_for_the_day_to_end() {
    let s = site();
    submit_form(s.data(), &s.cfg, "missed-bin", BIN);
    let (day, _) = days_of(&s);
    let running = s.forward(&day, false);
    std::thread::sleep(Duration::from_secs(3));
    stop(running);
    assert!(s.dropped().is_empty(), "today is not over: {:?}", s.dropped());
    assert!(s.days_done().is_empty());
}
