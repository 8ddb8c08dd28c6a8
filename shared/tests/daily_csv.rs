//! The daily CSV against a real SQLite file: a header that depends only on the form's current
//! definition (rows of an older version fill what they have; a dropped question's answer goes to
//! `other_answers`), quoting and the formula guard through a whole file, purged rows, each
//! (form, day) delivered once and retried until taken, and days cut at local midnight across the
//! clock changes.

use onestop::daily_csv::{CsvFile, Settings, build_file, deliver_due};
use onestop::forms::{Answers, Catalogue, FormDef, Today, parse_form, validate};
use onestop::hours::Zone;
use onestop::outbox::{Outcome, Transition};
use onestop::store::{Key, Store};
use std::cell::RefCell;
use std::path::Path;
use time::Date;
use time::macros::date;

const V1: &str = r#"
id = "pest-report"
version = 1
category = "environment"

[[question]]
id = "pest"
type = "single-choice"
options = ["rats", "mice", "wasps"]

[[question]]
id = "address"
type = "address"

[[question]]
id = "where"
type = "short-text"

[[question]]
id = "count"
type = "number"
min = -100

[[question]]
id = "seen-before"
type = "yes-no"
"#;

const V2: &str = r#"
id = "pest-report"
version = 2
category = "environment"

[[question]]
id = "pest"
type = "single-choice"
options = ["rats", "mice", "wasps", "bedbugs"]

[[question]]
id = "address"
type = "address"

[[question]]
id = "where"
type = "long-text"

[[question]]
id = "count"
type = "number"
min = -100

[[question]]
id = "rooms"
type = "multiple-choice"
options = ["kitchen", "bedroom", "garden"]
required = false
"#;

const HEADER_V2: &str = "reference,submitted_at,state,form_version,locale,uprn,usrn,card,pest,address.postcode,address.house,address.street,address.town,address.uprn,where,count,rooms,other_answers";

fn form(text: &str) -> FormDef {
    parse_form(text).unwrap()
}

fn catalogue(text: &str) -> Catalogue {
    Catalogue::load([("pest-report.toml", text)]).unwrap()
}

fn settings(zone: Zone) -> Settings {
    Settings {
        kiosk: "library-1".into(),
        zone,
        forms: Vec::new(),
        catch_up_days: 31,
    }
}

struct Kiosk {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
}

fn kiosk() -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.db");
    let store = Store::open(&path, Key::random()).unwrap();
    Kiosk { _dir: dir, path, store }
}

impl Kiosk {
    /// Submit `answers` to `def` as if "Send" was tapped at `created_at` (RFC 3339 UTC); the
    /// reference.
    fn submit_at(&mut self, def: &FormDef, answers: serde_json::Value, locale: &str, created_at: &str) -> String {
        let raw: Answers = serde_json::from_value(answers).unwrap();
        let valid = validate(def, &raw, Today::fixed(2026, 11, 23)).unwrap();
        let receipt = self.store.submit(&valid, locale, None).unwrap();
        backdate(&self.path, receipt.reference.as_str(), created_at);
        receipt.reference.as_str().to_owned()
    }
}

impl Kiosk {
    /// The v2 pest-report file of 20 November 2026, days in UTC.
    fn file_of_the_20th(&self) -> CsvFile {
        build_file(
            &self.store,
            &catalogue(V2),
            &settings(Zone::Utc),
            "pest-report",
            date!(2026 - 11 - 20),
        )
        .unwrap()
    }
}

/// Set a row's `created_at` in the file itself, as a submission made then would have it.
fn backdate(path: &Path, reference: &str, created_at: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let n = conn
        .execute(
            "UPDATE outbox SET created_at = ?1 WHERE reference = ?2",
            [created_at, reference],
        )
        .unwrap();
    assert_eq!(n, 1);
}

fn text(file: &CsvFile) -> &str {
    let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM first");
    std::str::from_utf8(bytes).unwrap()
}

fn lines(file: &CsvFile) -> Vec<&str> {
    text(file).split_terminator("\r\n").collect()
}

fn pest(pest: &str, postcode: &str, where_: &str, count: i64) -> serde_json::Value {
    serde_json::json!({
        "pest": pest,
        "address": {"postcode": postcode, "house": "12", "street": "High Street", "town": "Leicester",
                    "uprn": 10001234567u64, "usrn": 2700123},
        "where": where_,
        "count": count,
    })
}

#[test]
fn the_header_comes_from_the_current_definition_whatever_rows_exist() {
    let mut k = kiosk();
    let (v1, v2) = (form(V1), form(V2));
    let day = date!(2026 - 11 - 20);
    let s = settings(Zone::Utc);
    let empty = build_file(&k.store, &catalogue(V2), &s, "pest-report", day).unwrap();
    assert_eq!(lines(&empty), [HEADER_V2], "no rows: the header alone");

    let mut old = pest("rats", "LE1 1AA", "in the loft", 3);
    old["seen-before"] = serde_json::json!(true);
    let r1 = k.submit_at(&v1, old, "en-GB", "2026-11-20T09:00:00Z");
    let mut new = pest("bedbugs", "LE2 2BB", "bedroom", 40);
    new["rooms"] = serde_json::json!(["kitchen", "garden"]);
    let r2 = k.submit_at(&v2, new, "ur", "2026-11-20T10:00:00Z");

    let file = build_file(&k.store, &catalogue(V2), &s, "pest-report", day).unwrap();
    let rows = lines(&file);
    assert_eq!(rows[0], HEADER_V2, "the same header with rows of both versions");
    assert_eq!(
        rows[1],
        format!(
            "{r1},2026-11-20T09:00:00+00:00,pending,1,en-GB,10001234567,2700123,,rats,LE1 1AA,12,High Street,Leicester,10001234567,in the loft,3,,seen-before: yes"
        ),
        "a v1 row leaves the new column empty and keeps the dropped answer"
    );
    assert_eq!(
        rows[2],
        format!(
            "{r2},2026-11-20T10:00:00+00:00,pending,2,ur,10001234567,2700123,,bedbugs,LE2 2BB,12,High Street,Leicester,10001234567,bedroom,40,kitchen; garden,"
        )
    );
    assert_eq!(rows.len(), 3);

    // Under v1 as the current definition, v2's new answer is the one in other_answers.
    let file = build_file(&k.store, &catalogue(V1), &s, "pest-report", day).unwrap();
    let rows = lines(&file);
    assert!(rows[0].ends_with(",count,seen-before,other_answers"), "{}", rows[0]);
    assert!(rows[2].ends_with(",40,,rooms: kitchen; garden"), "{}", rows[2]);
}

#[test]
fn commas_quotes_line_breaks_and_rtl_text_are_quoted_and_kept_and_formulas_neutralised() {
    let mut k = kiosk();
    let v2 = form(V2);
    let urdu = "گلی میں چوہے، براہ کرم";
    let arabic = "فئران في \"المطبخ\"";
    let cases = [
        ("under the stairs, by the meter", "\"under the stairs, by the meter\""),
        ("the \"back\" room", "\"the \"\"back\"\" room\""),
        ("first floor\nsecond floor", "\"first floor\nsecond floor\""),
        // The Arabic comma (U+060C) is not a separator: unquoted, byte for byte.
        (urdu, urdu),
        (arabic, "\"فئران في \"\"المطبخ\"\"\""),
        (
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
        ),
        ("+441160000000", "'+441160000000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ];
    for (i, (where_, _)) in cases.iter().enumerate() {
        let at = format!("2026-11-20T09:{i:02}:00Z");
        k.submit_at(&v2, pest("mice", "LE1 1AA", where_, -7), "ar", &at);
    }
    let file = k.file_of_the_20th();
    let body = text(&file);
    for (_, written) in cases {
        assert!(
            body.contains(&format!(",{written},-7,")),
            "{written} not found in\n{body}"
        );
    }
    assert!(!body.contains(",'-7,"), "a negative number answer is written bare");
    assert!(body.ends_with("\r\n") && !body.replace("\r\n", "").contains('\r'));
}

#[test]
fn a_purged_row_keeps_its_reference_time_and_state_and_nothing_else() {
    let mut k = kiosk();
    let v2 = form(V2);
    let sent = k.submit_at(
        &v2,
        pest("wasps", "LE1 1AA", "in the eaves", 1),
        "en-GB",
        "2026-11-20T09:00:00Z",
    );
    let kept = k.submit_at(
        &v2,
        pest("rats", "LE2 2BB", "garden shed", 2),
        "en-GB",
        "2026-11-20T11:00:00Z",
    );
    let id = k
        .store
        .submissions()
        .unwrap()
        .into_iter()
        .find(|s| s.reference == sent)
        .unwrap()
        .submission_id;
    let ack = Transition::Acknowledged {
        crm_id: Some("CRM-1".into()),
        dropped: None,
    };
    k.store.record_attempt(&id, &ack).unwrap();
    assert_eq!(k.store.purge_acknowledged(std::time::Duration::ZERO).unwrap(), 1);
    let file = k.file_of_the_20th();
    let rows = lines(&file);
    assert_eq!(
        rows[1],
        format!("{sent},2026-11-20T09:00:00+00:00,purged,2,en-GB,,,,,,,,,,,,,")
    );
    assert!(rows[2].starts_with(&format!(
        "{kept},2026-11-20T11:00:00+00:00,pending,2,en-GB,10001234567,"
    )));
    assert!(!text(&file).contains("in the eaves"));
}

/// A delivery step that records what it was given and answers with `answer`.
struct Step {
    seen: RefCell<Vec<(String, Vec<u8>)>>,
    answer: Outcome,
}

impl Step {
    fn new(answer: Outcome) -> Step {
        Step {
            seen: RefCell::new(Vec::new()),
            answer,
        }
    }

    /// The names of the files it was given, in order.
    fn names(&self) -> Vec<String> {
        self.seen.borrow().iter().map(|(n, _)| n.clone()).collect()
    }

    /// Like a real step, the future owns what it needs: it may not borrow the file.
    fn take(&self, file: &CsvFile) -> std::future::Ready<Outcome> {
        self.seen.borrow_mut().push((file.filename.clone(), file.bytes.clone()));
        std::future::ready(self.answer.clone())
    }
}

fn accepted() -> Outcome {
    Outcome::Accepted {
        crm_id: "folder".into(),
        dropped: None,
    }
}

fn round(k: &Kiosk, forms: &Catalogue, s: &Settings, today: Date, step: &Step) -> onestop::daily_csv::Round {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    runtime
        .block_on(deliver_due(&k.store, forms, s, today, |f| step.take(f)))
        .unwrap()
}

#[test]
fn each_form_and_day_is_delivered_once_and_a_refused_delivery_is_tried_again() {
    let mut k = kiosk();
    let v2 = form(V2);
    let bins = onestop::embedded::forms().unwrap();
    let forms = catalogue(V2);
    k.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 1), "en-GB", "2026-11-19T10:00:00Z");
    k.submit_at(&v2, pest("mice", "LE1 1AA", "loft", 2), "en-GB", "2026-11-20T10:00:00Z");
    k.submit_at(&v2, pest("mice", "LE1 1AA", "loft", 3), "en-GB", "2026-11-20T16:00:00Z");
    let raw: Answers = serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
    let street = validate(bins.get("street-problem").unwrap(), &raw, Today::fixed(2026, 11, 23)).unwrap();
    let r = k.store.submit(&street, "en-GB", None).unwrap();
    backdate(&k.path, r.reference.as_str(), "2026-11-20T12:00:00Z");
    // Today's submission is not due until tomorrow.
    k.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 4), "en-GB", "2026-11-21T08:00:00Z");
    let s = settings(Zone::Utc);

    let down = Step::new(Outcome::Transient {
        reason: "the file drop is not mounted".into(),
        retry_after_ms: None,
    });
    let r = round(&k, &forms, &s, date!(2026 - 11 - 21), &down);
    assert_eq!(
        down.seen.borrow().len(),
        1,
        "the round stops at the first file to try later"
    );
    assert_eq!(r.later.unwrap().2, "the file drop is not mounted");
    assert!(k.store.csv_days_done().unwrap().is_empty(), "nothing recorded");

    let up = Step::new(accepted());
    let r = round(&k, &forms, &s, date!(2026 - 11 - 21), &up);
    let names = up.names();
    assert_eq!(
        names,
        [
            "onestop-library-1-pest-report-2026-11-19.csv",
            "onestop-library-1-pest-report-2026-11-20.csv",
            "onestop-library-1-street-problem-2026-11-20.csv",
        ],
        "oldest day first, one file per form and day with submissions, today left out"
    );
    assert_eq!(r.done.len(), 3);
    let records = |bytes: &[u8]| std::str::from_utf8(bytes).unwrap().matches("\r\n").count();
    assert_eq!(records(&up.seen.borrow()[1].1), 3, "the header and the 20th's two rows");
    assert_eq!(
        k.store.csv_day_outcome("pest-report", "2026-11-20").unwrap().as_deref(),
        Some("sent")
    );

    let again = Step::new(accepted());
    let r = round(&k, &forms, &s, date!(2026 - 11 - 21), &again);
    assert!(again.seen.borrow().is_empty() && r.done.is_empty(), "nothing twice");

    // The next day, only the day that has just finished.
    let next = Step::new(accepted());
    round(&k, &forms, &s, date!(2026 - 11 - 22), &next);
    let names = next.names();
    assert_eq!(names, ["onestop-library-1-pest-report-2026-11-21.csv"]);

    // A file refused for good is done with too.
    let k2 = {
        let mut k2 = kiosk();
        k2.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 1), "en-GB", "2026-11-19T10:00:00Z");
        k2
    };
    let refuses = Step::new(Outcome::Permanent {
        reason: "mailbox refused the attachment".into(),
    });
    round(&k2, &forms, &s, date!(2026 - 11 - 21), &refuses);
    assert_eq!(
        k2.store
            .csv_day_outcome("pest-report", "2026-11-19")
            .unwrap()
            .as_deref(),
        Some("refused: mailbox refused the attachment")
    );
}

#[test]
fn only_the_listed_forms_and_days_within_the_catch_up_window_are_due() {
    let mut k = kiosk();
    let v2 = form(V2);
    k.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 1), "en-GB", "2026-10-01T10:00:00Z");
    k.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 1), "en-GB", "2026-11-15T10:00:00Z");
    let mut s = settings(Zone::Utc);
    s.catch_up_days = 10;
    let step = Step::new(accepted());
    round(&k, &catalogue(V2), &s, date!(2026 - 11 - 21), &step);
    let names = step.names();
    assert_eq!(
        names,
        ["onestop-library-1-pest-report-2026-11-15.csv"],
        "October is past the window"
    );

    let mut other = settings(Zone::Utc);
    other.forms = vec!["missed-bin".into()];
    let none = Step::new(accepted());
    round(&k, &catalogue(V2), &other, date!(2026 - 11 - 30), &none);
    assert!(none.seen.borrow().is_empty(), "pest-report is not listed");
}

#[test]
fn days_end_at_local_midnight_across_the_clock_changes() {
    let mut k = kiosk();
    let v2 = form(V2);
    let forms = catalogue(V2);
    let london = settings(Zone::London);
    // Saturday 28 March 2026 is GMT; from 01:00 UTC on Sunday 29 March it is BST.
    k.submit_at(&v2, pest("rats", "LE1 1AA", "a", 1), "en-GB", "2026-03-28T23:30:00Z");
    k.submit_at(&v2, pest("rats", "LE1 1AA", "b", 1), "en-GB", "2026-03-29T22:30:00Z");
    k.submit_at(&v2, pest("rats", "LE1 1AA", "c", 1), "en-GB", "2026-03-29T23:30:00Z");
    // Sunday 25 October 2026: BST until 01:00 UTC, then GMT.
    k.submit_at(&v2, pest("rats", "LE1 1AA", "d", 1), "en-GB", "2026-10-24T23:30:00Z");
    k.submit_at(&v2, pest("rats", "LE1 1AA", "e", 1), "en-GB", "2026-10-25T23:30:00Z");

    let day = |d: Date| build_file(&k.store, &forms, &london, "pest-report", d).unwrap();
    let stamps = |f: &CsvFile| -> Vec<String> {
        lines(f)[1..]
            .iter()
            .map(|l| l.split(',').nth(1).unwrap().to_owned())
            .collect()
    };
    assert_eq!(stamps(&day(date!(2026 - 03 - 28))), ["2026-03-28T23:30:00+00:00"]);
    assert_eq!(
        stamps(&day(date!(2026 - 03 - 29))),
        ["2026-03-29T23:30:00+01:00"],
        "22:30 UTC on the 29th is 23:30 BST"
    );
    assert_eq!(stamps(&day(date!(2026 - 03 - 30))), ["2026-03-30T00:30:00+01:00"]);
    assert_eq!(
        stamps(&day(date!(2026 - 10 - 25))),
        ["2026-10-25T00:30:00+01:00", "2026-10-25T23:30:00+00:00"]
    );
    assert!(
        stamps(&day(date!(2026 - 10 - 24))).is_empty(),
        "23:30 UTC on the 24th is the 25th in BST"
    );

    // In UTC the same rows fall on other days.
    let utc = settings(Zone::Utc);
    let f = build_file(&k.store, &forms, &utc, "pest-report", date!(2026 - 10 - 24)).unwrap();
    assert_eq!(stamps(&f), ["2026-10-24T23:30:00+00:00"]);

    // Due days follow the local dates too: on 30 March the 28th and 29th are due, not the 30th.
    let step = Step::new(accepted());
    round(&k, &forms, &london, date!(2026 - 03 - 30), &step);
    let names = step.names();
    assert_eq!(
        names,
        [
            "onestop-library-1-pest-report-2026-03-28.csv",
            "onestop-library-1-pest-report-2026-03-29.csv"
        ]
    );
}

#[test]
fn the_same_rows_build_the_same_bytes() {
    let mut k = kiosk();
    let v2 = form(V2);
    k.submit_at(&v2, pest("rats", "LE1 1AA", "loft", 1), "en-GB", "2026-11-20T10:00:00Z");
    let s = settings(Zone::London);
    let a = build_file(&k.store, &catalogue(V2), &s, "pest-report", date!(2026 - 11 - 20)).unwrap();
    let b = build_file(&k.store, &catalogue(V2), &s, "pest-report", date!(2026 - 11 - 20)).unwrap();
    assert_eq!(a, b);
    assert!(
        a.key().starts_with("daily-csv:library-1:pest-report:2026-11-20"),
        "{}",
        a.key()
    );
}
