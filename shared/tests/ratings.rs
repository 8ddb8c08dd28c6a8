//! Satisfaction ratings on a real SQLite file: counts add up per day, subject and score; a
//! skipped rating leaves nothing; hostile input is refused with nothing written; and what is kept
//! can never name a visit.

use onestop::store::{Key, RatingCount, Store, StoreError, Subject};

fn open(dir: &std::path::Path) -> Store {
    let path = dir.join("kiosk.db");
    Store::open(&path, Key::load_or_create(&dir.join("kiosk.key")).unwrap()).unwrap()
}

fn form(id: &str) -> Subject {
    Subject::Form(id.into())
}

fn service(id: &str) -> Subject {
    Subject::Service(id.into())
}

/// Every row of the ratings table, read past the store's API.
fn raw_rows(dir: &std::path::Path) -> Vec<(String, String, String, i64, i64)> {
    let conn = rusqlite::Connection::open(dir.join("kiosk.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT date, kind, subject, score, count FROM ratings ORDER BY 1, 2, 3, 4")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn counts_add_up_per_day_subject_and_score_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        for score in [5, 5, 4, 1, 5] {
            store.record_rating("2026-11-22", &form("missed-bin"), score).unwrap();
        }
        store.record_rating("2026-11-22", &service("housing"), 2).unwrap();
        store.record_rating("2026-11-22", &form("bulky-collection"), 3).unwrap();
        store.record_rating("2026-11-23", &form("missed-bin"), 1).unwrap();
        // A form and a service may share an id: they are counted apart.
        store.record_rating("2026-11-23", &service("missed-bin"), 5).unwrap();
    }
    let store = open(dir.path());
    let day = store.ratings_on("2026-11-22").unwrap();
    let expect = |date: &str, subject, counts| RatingCount {
        date: date.into(),
        subject,
        counts,
    };
    assert_eq!(
        day,
        [
            expect("2026-11-22", form("bulky-collection"), [0, 0, 1, 0, 0]),
            expect("2026-11-22", form("missed-bin"), [1, 0, 0, 1, 3]),
            expect("2026-11-22", service("housing"), [0, 1, 0, 0, 0]),
        ]
    );
    assert_eq!(day[1].total(), 5);
    assert_eq!(day[1].mean(), Some(4.0));
    let both = store.ratings_between("2026-11-22", "2026-11-23").unwrap();
    let order: Vec<(&str, &str, &str)> = both
        .iter()
        .map(|r| (r.date.as_str(), r.subject.kind(), r.subject.id()))
        .collect();
    assert_eq!(
        order,
        [
            ("2026-11-22", "form", "bulky-collection"),
            ("2026-11-22", "form", "missed-bin"),
            ("2026-11-22", "service", "housing"),
            ("2026-11-23", "form", "missed-bin"),
            ("2026-11-23", "service", "missed-bin"),
        ],
        "by date, then subject"
    );
    assert_eq!(
        store.ratings_between("2026-11-23", "2026-11-23").unwrap(),
        store.ratings_on("2026-11-23").unwrap()
    );
    assert!(
        store.ratings_between("2026-11-24", "2026-11-22").unwrap().is_empty(),
        "from after to"
    );
    assert_eq!(
        store.ratings_unsummarised_before("2026-11-23").unwrap(),
        day,
        "only the days before"
    );
    store.record_ratings_summary("2026-11-22", "sent").unwrap();
    assert!(
        store
            .ratings_unsummarised_before("2026-11-24")
            .unwrap()
            .iter()
            .all(|r| r.date == "2026-11-23"),
        "nor days done"
    );
    // One row per (date, subject, score), however many visitors gave it.
    assert_eq!(raw_rows(dir.path()).len(), 7);
    assert!(raw_rows(dir.path()).contains(&("2026-11-22".into(), "form".into(), "missed-bin".into(), 5, 3)));
}

#[test]
fn a_visit_whose_rating_was_skipped_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    // The visit: a form sent and confirmed. The visitor skips "How was this?", so nothing calls
    // record_rating.
    let forms = onestop::embedded::forms().unwrap();
    let answers: onestop::forms::Answers =
        serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
    let valid = onestop::forms::validate(
        forms.get("street-problem").unwrap(),
        &answers,
        onestop::forms::Today::now(),
    )
    .unwrap();
    store.submit(&valid, "en-GB", None).unwrap();
    assert!(store.ratings_between("0001-01-01", "9999-12-31").unwrap().is_empty());
    assert!(raw_rows(dir.path()).is_empty());
}

#[test]
fn hostile_ratings_are_refused_clearly_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.record_rating("2026-11-22", &form("missed-bin"), 3).unwrap();
    let before = raw_rows(dir.path());
    let huge = "a".repeat(10 * 1024);
    let cases: Vec<(&str, Subject, u8, &str)> = vec![
        ("2026-11-22", form("missed-bin"), 0, "score must be 1 to 5, not 0"),
        ("2026-11-22", form("missed-bin"), 6, "score must be 1 to 5, not 6"),
        ("2026-11-22", service("housing"), 255, "score must be 1 to 5, not 255"),
        ("2026-13-99", form("missed-bin"), 3, "real date"),
        ("2026-02-30", form("missed-bin"), 3, "real date"),
        ("2026-1-01", form("missed-bin"), 3, "real date"),
        ("+2026-01-01", form("missed-bin"), 3, "real date"),
        ("2026-11-22T10:04:00Z", form("missed-bin"), 3, "real date"),
        ("", form("missed-bin"), 3, "real date"),
        (&huge, form("missed-bin"), 3, "real date"),
        ("2026-11-22", form("x'); DROP TABLE ratings; --"), 3, "form id must be"),
        ("2026-11-22", service("housing' OR 1=1 --"), 3, "service id must be"),
        ("2026-11-22", form(&huge), 3, "form id must be"),
        ("2026-11-22", form(""), 3, "form id must be"),
        ("2026-11-22", form("Missed-Bin"), 3, "form id must be"),
        ("2026-11-22", service("hous\u{0}ing"), 3, "service id must be"),
        (
            "2026-11-22",
            form("a-form-id-that-is-forty-one-characters-xx"),
            3,
            "at most 40",
        ),
    ];
    for (date, subject, score, says) in cases {
        let e = store.record_rating(date, &subject, score).unwrap_err();
        assert!(matches!(e, StoreError::Refused(_)), "{e:?}");
        let text = e.to_string();
        assert!(
            text.contains(says) && text.ends_with("the rating was not stored"),
            "{text}"
        );
        assert!(
            text.len() < 300,
            "the message quotes at most a little of the input: {} bytes",
            text.len()
        );
    }
    assert_eq!(raw_rows(dir.path()), before, "nothing was written");
    let e = store.ratings_between("2026-13-99", "2026-11-22").unwrap_err();
    assert!(e.to_string().contains("real date like 2026-11-23"), "{e}");
    assert!(store.ratings_on(&huge).is_err());
    assert!(store.record_ratings_summary("yesterday", "sent").is_err());
    assert!(store.ratings_summaries_done().unwrap().is_empty());
}

#[test]
fn the_table_keeps_no_more_than_date_subject_score_and_count() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.record_rating("2026-11-22", &form("missed-bin"), 5).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('ratings') ORDER BY cid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(columns, ["date", "kind", "subject", "score", "count"]);
    // No rowid either: the order ratings arrived in is not kept.
    let rowid = conn.query_row("SELECT rowid FROM ratings", [], |r| r.get::<_, i64>(0));
    assert!(rowid.is_err(), "{rowid:?}");
}

#[test]
fn days_done_are_remembered_across_a_restart_and_a_later_outcome_replaces_one() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        store.record_ratings_summary("2026-11-21", "refused: HTTP 422").unwrap();
        store.record_ratings_summary("2026-11-22", "sent").unwrap();
        store.record_ratings_summary("2026-11-21", "sent").unwrap();
    }
    let store = open(dir.path());
    assert_eq!(
        store.ratings_summaries_done().unwrap(),
        ["2026-11-21".to_owned(), "2026-11-22".to_owned()].into()
    );
}
