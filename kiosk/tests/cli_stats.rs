//! `kiosk stats` as an operator runs it: the real `kiosk` binary on a temp data folder holding
//! ratings, printing a plain table for the last 7 days by default, JSON with `--json`, and a
//! clear refusal for a date that is not one.

use kiosk::context::Context;
use onestop::store::Subject;
use std::path::Path;
use std::process::{Command, Output};

fn stats(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .arg("--data-dir")
        .arg(dir)
        .arg("stats")
        .args(args)
        .output()
        .expect("the kiosk binary runs")
}

/// The local date `days` ago. A day or two in from the ends of any range below, so the test
/// holds even if this process and the binary disagree about the local offset.
fn day(days: i64) -> String {
    (kiosk::clock::local_now().date() - time::Duration::days(days)).to_string()
}

fn rated() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Context::load(None, Some(dir.path())).unwrap().open_store().unwrap();
    let bin = Subject::Form("missed-bin".into());
    for score in [1, 4, 5, 5] {
        store.record_rating(&day(3), &bin, score).unwrap();
    }
    store
        .record_rating(&day(3), &Subject::Service("council-tax".into()), 2)
        .unwrap();
    store.record_rating(&day(20), &bin, 5).unwrap();
    dir
}

#[test]
fn the_table_shows_the_last_week_per_day_and_subject() {
    let dir = rated();
    let out = stats(dir.path(), &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let d = day(3);
    assert!(
        lines.contains(&format!("{d} form missed-bin 1 0 0 1 2 4 3.75")),
        "{text}"
    );
    assert!(
        lines.contains(&format!("{d} service council-tax 0 1 0 0 0 1 2.00")),
        "{text}"
    );
    assert!(!text.contains(&day(20)), "older than a week: {text}");
    assert!(text.ends_with("5 rating(s)\n"), "{text}");
}

#[test]
fn json_gives_the_range_asked_for() {
    let dir = rated();
    let (from, to) = (day(25), day(15));
    let out = stats(dir.path(), &["--from", &from, "--to", &to, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats --json prints JSON");
    assert_eq!(
        v,
        serde_json::json!({
            "from": from, "to": to,
            "ratings": [{"date": day(20), "kind": "form", "id": "missed-bin", "counts": [0, 0, 0, 0, 1], "total": 1}]
        })
    );
}

#[test]
fn a_range_with_no_ratings_says_so_and_bad_dates_are_refused() {
    let dir = rated();
    let out = stats(dir.path(), &["--from", "2001-01-01", "--to", "2001-01-31"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "no ratings from 2001-01-01 to 2001-01-31\n"
    );
    for (args, says) in [
        (
            vec!["--from", "2026-13-99"],
            "--from \"2026-13-99\" must be a date like 2026-11-23",
        ),
        (vec!["--to", "'; DROP TABLE ratings; --"], "must be a date like"),
        (vec!["--from", "2026-11-30", "--to", "2026-11-01"], "is after --to"),
    ] {
        let out = stats(dir.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    // The ratings are all still there.
    let all = stats(dir.path(), &["--from", "2001-01-01", "--to", &day(0), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    assert_eq!(v["ratings"].as_array().unwrap().len(), 3);
}
