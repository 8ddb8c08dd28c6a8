//! Driving the real `kiosk` binary's scriptable commands from a test: `submit` with a fixed
//! street-problem answer file (or any form's answers), `outbox flush` and `outbox list`, each
//! against one data folder and config file. Checking what they did is the tests' job.

use std::path::Path;
use std::process::{Command, Stdio};

/// `kiosk --config CFG --data-dir DIR`, stdout piped and stderr dropped; add the subcommand.
pub fn kiosk(dir: &Path, cfg: &Path) -> Command {
    let mut c = Command::new(crate::binary("kiosk"));
    c.arg("--config")
        .arg(cfg)
        .arg("--data-dir")
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    c
}

/// Submit one street-problem report with `kiosk submit`; its reference.
pub fn submit_one(dir: &Path, cfg: &Path) -> String {
    let answers = dir.join("a.json");
    if !answers.exists() {
        std::fs::write(
            &answers,
            r#"{"problem": "pothole", "location": "outside 12 High Street"}"#,
        )
        .unwrap();
    }
    let out = kiosk(dir, cfg)
        .args(["submit", "--form", "street-problem", "--answers"])
        .arg(&answers)
        .output()
        .unwrap();
    assert!(out.status.success(), "kiosk submit failed: {out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("submit prints JSON");
    v["reference"].as_str().expect("a reference").to_owned()
}

/// Submit one `form` with `kiosk submit`, its answers as JSON text; its reference.
pub fn submit_form(dir: &Path, cfg: &Path, form: &str, answers: &str) -> String {
    let file = dir.join(format!("{form}-answers.json"));
    std::fs::write(&file, answers).unwrap();
    let out = kiosk(dir, cfg)
        .args(["submit", "--form", form, "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "kiosk submit --form {form} failed: {out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("submit prints JSON");
    v["reference"].as_str().expect("a reference").to_owned()
}

/// Submit `n` reports one after another; their references in submission order.
pub fn submit_many(dir: &Path, cfg: &Path, n: usize) -> Vec<String> {
    (0..n).map(|_| submit_one(dir, cfg)).collect()
}

/// `kiosk outbox flush --wait SECS`: true when nothing is left pending.
pub fn flush(dir: &Path, cfg: &Path, wait: u64) -> bool {
    kiosk(dir, cfg)
        .args(["outbox", "flush", "--wait", &wait.to_string()])
        .status()
        .unwrap()
        .success()
}

/// The line `kiosk outbox list` prints for `reference`.
pub fn list_line(dir: &Path, cfg: &Path, reference: &str) -> String {
    let out = kiosk(dir, cfg).args(["outbox", "list"]).output().unwrap();
    assert!(out.status.success(), "kiosk outbox list failed: {out:?}");
    String::from_utf8(out.stdout)
        .expect("the list is UTF-8")
        .lines()
        .find(|l| l.starts_with(reference))
        .unwrap_or_else(|| panic!("{reference} is not in `kiosk outbox list`"))
        .to_owned()
}
