//! `kiosk submit` end to end: the real binary, a real SQLite file in a temp folder. Good
//! answers print a reference; bad ones print per-field errors and write nothing; a submit
//! killed with SIGKILL at any moment leaves the database intact with no half-written rows.

use onestop::reference::Reference;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const GOOD: &str = r#"{
  "bin-type": "general",
  "address": {"postcode": "le1 1aa", "house": "12", "street": "High Street", "town": "Leicester"},
  "bin-out-by-7am": "yes"
}"#;

fn submit(dir: &Path, answers: &str) -> Output {
    let file = dir.join("answers.json");
    std::fs::write(&file, answers).unwrap();
    Command::new(onestop_e2e::binary("kiosk"))
        .args(["--data-dir"])
        .arg(dir)
        .args(["submit", "--form", "missed-bin", "--answers"])
        .arg(&file)
        .output()
        .unwrap()
}

#[test]
fn good_answers_print_a_reference_that_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let out = submit(dir.path(), GOOD);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reference = Reference::parse(v["reference"].as_str().unwrap()).unwrap();
    assert!(v["submission_id"].as_str().unwrap().len() == 36);
    let store = onestop_e2e::open_store(dir.path());
    assert_eq!(store.submissions().unwrap()[0].reference, reference.as_str());
}

#[test]
fn bad_answers_print_field_errors_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = submit(dir.path(), r#"{"bin-type": "purple", "address": {"postcode": "nope"}}"#);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fields: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"bin-type") && fields.contains(&"address"), "{v}");
    assert!(
        v["errors"][0]["text"].as_str().unwrap().len() > 5,
        "errors carry translated text"
    );
    let db = dir.path().join("kiosk.db");
    assert!(!db.exists() || onestop_e2e::open_store(dir.path()).outbox_count().unwrap() == 0);
}

#[test]
fn hostile_answer_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "",
        "[]",
        "\u{0}\u{1}",
        "{\"bin-type\": ",
        "\"just a string\"",
        &format!("{{\"details\": \"{}\"}}", "x".repeat(1_000_000)),
    ] {
        let out = submit(dir.path(), bad);
        assert_eq!(out.status.code(), Some(1), "{bad:.20}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("errors"));
    }
    let file = dir.path().join("bad.json");
    std::fs::write(&file, [0xff, 0xfe, b'{', b'}']).unwrap();
    let out = Command::new(onestop_e2e::binary("kiosk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["submit", "--form", "missed-bin", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "invalid UTF-8 is refused");
    let db = dir.path().join("kiosk.db");
    assert!(
        !db.exists() || onestop_e2e::open_store(dir.path()).outbox_count().unwrap() == 0,
        "nothing written"
    );
}

#[test]
fn a_submit_killed_at_any_moment_leaves_no_half_written_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, GOOD).unwrap();
    let mut confirmed = Vec::new();
    for i in 0..40u64 {
        let mut child = Command::new(onestop_e2e::binary("kiosk"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["submit", "--form", "missed-bin", "--answers"])
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a spread of moments: before start-up, during open, during the commit.
        std::thread::sleep(Duration::from_micros(i * 400));
        let _ = child.kill(); // SIGKILL on Unix
        let out = child.wait_with_output().unwrap();
        if out.status.success()
            && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        {
            confirmed.push(v["reference"].as_str().unwrap().to_owned());
        }
    }
    let store = onestop_e2e::open_store(dir.path());
    assert!(store.integrity_ok().unwrap());
    let rows = store.submissions().unwrap();
    for r in &rows {
        let reference = Reference::parse(&r.reference).unwrap();
        let payload = store
            .submission_payload(&reference)
            .unwrap()
            .expect("every row has its payload");
        assert_eq!(payload.form_id, "missed-bin");
        assert_eq!(r.state, "pending");
    }
    for c in &confirmed {
        assert!(
            rows.iter().any(|r| &r.reference == c),
            "a confirmed reference {c} was lost"
        );
    }
    assert_eq!(store.draft_count().unwrap(), 0);
}
