//! Logs to the real systemd journal, with no personal data in them: journald runs in a private
//! mount namespace (`onestop_e2e::journal`), the kiosk's `submit` and `outbox flush` run inside
//! it with `ONESTOP_LOG=journald`, and the submissions (distinctive place names, an e-mail and
//! details) are delivered to the test CRM. Read back with `journalctl -o export`, every delivery
//! has its structured fields (`F_SUBMISSION`, `F_REFERENCE`, `F_STATE`, `F_ATTEMPT`), and no
//! field of any entry holds an answer. Needs root, systemd and util-linux (feature `journald`).
#![cfg(feature = "journald")]

use onestop_e2e::crm_process::{SECRET, start_crm, stored};
use onestop_e2e::journal::{Journal, anywhere, kiosk_inside};

const SECRETS: [&str; 4] = [
    "Quackenbush Aardvark Lane",
    "zebedee.quackenbush@example.org",
    "Mrs Winterbottom saw it happen",
    "QX9 7ZZ",
];

#[test]
fn deliveries_reach_the_journal_with_their_fields_and_never_an_answer() {
    let journal = Journal::start();
    let dir = tempfile::tempdir().unwrap();
    let crm_db = dir.path().join("crm.db");
    let crm = start_crm(&crm_db, 0.0, &[]);
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{}/webhook\"\nsecret = \"{SECRET}\"\n",
            crm.port
        ),
    )
    .unwrap();
    let mut references = Vec::new();
    for n in 0..3 {
        let answers = serde_json::json!({
            "problem": "graffiti",
            "offensive": "yes",
            "location": format!("{n} {}", SECRETS[0]),
            "email": SECRETS[1],
            "details": SECRETS[2],
        });
        let file = dir.path().join(format!("answers-{n}.json"));
        std::fs::write(&file, answers.to_string()).unwrap();
        let out = kiosk_inside(&journal, dir.path(), &cfg)
            .args(["submit", "--form", "street-problem", "--answers"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "kiosk submit: {out:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        references.push(v["reference"].as_str().unwrap().to_owned());
    }
    let out = kiosk_inside(&journal, dir.path(), &cfg)
        .args(["outbox", "flush", "--wait", "30"])
        .output()
        .unwrap();
    assert!(out.status.success(), "kiosk outbox flush: {out:?}");
    assert_eq!(stored(&crm_db).len(), 3, "the CRM has all three");
    // Logged to the journal, not to stderr.
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));

    let entries = journal.entries("kiosk");
    for reference in &references {
        let delivered = entries
            .iter()
            .find(|e| {
                e.get("F_REFERENCE") == Some(reference) && e.get("F_STATE").map(String::as_str) == Some("acknowledged")
            })
            .unwrap_or_else(|| panic!("no delivery entry for {reference} in {entries:#?}"));
        assert_eq!(delivered["MESSAGE"], "delivered to the CRM");
        assert_eq!(delivered["F_ATTEMPT"], "1");
        assert_eq!(delivered["PRIORITY"], "5", "info is notice (5) in the journal");
        assert!(
            delivered["F_SUBMISSION"].len() >= 32,
            "the submission id: {delivered:?}"
        );
        assert!(!delivered["F_CRM_ID"].is_empty(), "the CRM's id: {delivered:?}");
    }
    for secret in SECRETS {
        assert!(!anywhere(&entries, secret), "an answer ({secret}) reached the journal");
    }
}
