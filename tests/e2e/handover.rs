//! Hand delivery, as a bus crew and an office would do it, with the real `kiosk` binary, real
//! files and the real test CRM (Open311, which has no idempotency): the bus exports its unsent
//! submissions to an encrypted bundle, the office imports and sends them, and when the bus gets
//! online later it finds them at the CRM instead of sending them twice.

use onestop_e2e::crm_process::{start_crm, stats};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PASSPHRASE: &str = "blue kettle on the bus";

/// A kiosk data folder with its config: the CRM at `port`, or nothing listening (port 9).
fn place(root: &Path, name: &str, port: u16) -> (PathBuf, PathBuf) {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let cfg = dir.join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/\"\ntimeout_secs = 2\n\
             backoff_base_ms = 50\nbackoff_cap_ms = 200\n"
        ),
    )
    .unwrap();
    (dir, cfg)
}

fn kiosk(dir: &Path, cfg: &Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(onestop_e2e::binary("kiosk"))
        .arg("--config")
        .arg(cfg)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn references(dir: &Path) -> Vec<(String, String, Option<String>)> {
    let store = onestop_e2e::open_store(dir);
    let mut v: Vec<_> = store
        .submissions()
        .unwrap()
        .into_iter()
        .map(|s| (s.reference, s.state, s.crm_id))
        .collect();
    v.sort();
    v
}

#[test]
fn a_bundle_carries_unsent_forms_to_the_office_and_each_reaches_the_crm_once() {
    let root = tempfile::tempdir().unwrap();
    // The bus: offline all day (nothing listens on port 9).
    let (bus, bus_cfg) = place(root.path(), "bus", 9);
    let answers = root.path().join("a.json");
    std::fs::write(
        &answers,
        r#"{"problem": "pothole", "location": "outside 12 High Street, Leicester"}"#,
    )
    .unwrap();
    for _ in 0..5 {
        let out = kiosk(
            &bus,
            &bus_cfg,
            &[
                "submit",
                "--form",
                "street-problem",
                "--answers",
                answers.to_str().unwrap(),
            ],
            "",
        );
        assert!(out.status.success(), "{}", text(&out));
    }
    let out = kiosk(&bus, &bus_cfg, &["outbox", "flush", "--wait", "0"], "");
    assert!(!out.status.success(), "offline: still pending");

    // Export: a passphrase from stdin; the file is new, owner-only, and hides the answers.
    let bundle = root.path().join("stick").join("bus.onestop");
    std::fs::create_dir_all(bundle.parent().unwrap()).unwrap();
    let short = kiosk(
        &bus,
        &bus_cfg,
        &["outbox", "export", bundle.to_str().unwrap()],
        "short\n",
    );
    assert!(
        !short.status.success() && text(&short).contains("at least 12 characters"),
        "{}",
        text(&short)
    );
    assert!(!bundle.exists(), "nothing written with a refused passphrase");
    let out = kiosk(
        &bus,
        &bus_cfg,
        &["outbox", "export", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("exported 5 submission(s)"), "{}", text(&out));
    let raw = std::fs::read_to_string(&bundle).unwrap();
    for secret in ["High Street", "Leicester", "pothole"] {
        assert!(!raw.contains(secret), "the bundle shows {secret}");
    }
    for (reference, _, _) in references(&bus) {
        assert!(!raw.contains(&reference), "the bundle shows reference {reference}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&bundle).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let again = kiosk(
        &bus,
        &bus_cfg,
        &["outbox", "export", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(
        !again.status.success() && text(&again).contains("never overwritten"),
        "{}",
        text(&again)
    );
    assert!(
        references(&bus).iter().all(|(_, state, _)| state == "pending"),
        "still queued on the bus"
    );

    // The office, online.
    let crm = start_crm(&root.path().join("crm.db"), 0.0, &[]);
    let (office, office_cfg) = place(root.path(), "office", crm.port);
    let wrong = kiosk(
        &office,
        &office_cfg,
        &["outbox", "import", bundle.to_str().unwrap()],
        "blue kettle on the van\n",
    );
    assert!(
        !wrong.status.success() && text(&wrong).contains("passphrase is wrong"),
        "{}",
        text(&wrong)
    );
    assert!(
        references(&office).is_empty(),
        "nothing imported with a wrong passphrase"
    );
    let out = kiosk(
        &office,
        &office_cfg,
        &["outbox", "import", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(
        out.status.success() && text(&out).contains("imported 5 submission(s), 0 already here"),
        "{}",
        text(&out)
    );
    let out = kiosk(
        &office,
        &office_cfg,
        &["outbox", "import", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(
        text(&out).contains("imported 0 submission(s), 5 already here"),
        "{}",
        text(&out)
    );
    let out = kiosk(&office, &office_cfg, &["outbox", "flush", "--wait", "10"], "");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(stats(crm.port)["distinct_references"], 5);
    assert_eq!(stats(crm.port)["stored"], 5);

    // The bus gets online later: it finds each at the CRM and sends none again.
    let bus_online = bus.join("online.toml");
    std::fs::write(
        &bus_online,
        std::fs::read_to_string(&bus_cfg)
            .unwrap()
            .replace(":9/", &format!(":{}/", crm.port)),
    )
    .unwrap();
    let out = kiosk(&bus, &bus_online, &["outbox", "flush", "--wait", "10"], "");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(stats(crm.port)["stored"], 5, "nothing was sent twice");
    let (on_bus, at_office) = (references(&bus), references(&office));
    assert_eq!(on_bus.len(), 5);
    assert_eq!(
        on_bus, at_office,
        "same references, both acknowledged with the same CRM ids"
    );
    assert!(
        on_bus
            .iter()
            .all(|(_, state, id)| state == "acknowledged" && id.is_some())
    );
}

#[test]
fn a_plain_bundle_is_marked_and_a_hostile_file_is_refused_clearly() {
    let root = tempfile::tempdir().unwrap();
    let (bus, cfg) = place(root.path(), "bus", 9);
    let answers = root.path().join("a.json");
    std::fs::write(&answers, r#"{"problem": "pothole", "location": "by the library"}"#).unwrap();
    let out = kiosk(
        &bus,
        &cfg,
        &[
            "submit",
            "--form",
            "street-problem",
            "--answers",
            answers.to_str().unwrap(),
        ],
        "",
    );
    assert!(out.status.success());
    let plain = root.path().join("plain.json");
    let out = kiosk(
        &bus,
        &cfg,
        &["outbox", "export", "--plain", plain.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success() && text(&out).contains("NOT encrypted"),
        "{}",
        text(&out)
    );
    assert!(std::fs::read_to_string(&plain).unwrap().contains("NOT ENCRYPTED"));

    let (office, office_cfg) = place(root.path(), "office", 9);
    for (name, body, want) in [
        ("empty", &b""[..], "not JSON"),
        ("html", b"<html>502</html>", "not JSON"),
        (
            "other",
            br#"{"format":"something","version":1}"#,
            "not an Onestop outbox export",
        ),
        (
            "future",
            br#"{"format":"onestop-outbox-export","version":3}"#,
            "newer kiosk",
        ),
    ] {
        let f = root.path().join(name);
        std::fs::write(&f, body).unwrap();
        let out = kiosk(&office, &office_cfg, &["outbox", "import", f.to_str().unwrap()], "");
        assert!(
            !out.status.success() && text(&out).contains(want),
            "{name}: {}",
            text(&out)
        );
    }
    // One entry spoiled (a form this kiosk does not have): the rest still arrive.
    let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&plain).unwrap()).unwrap();
    let mut bad = v["bundle"]["submissions"][0].clone();
    bad["form_id"] = "no-such-form".into();
    bad["submission_id"] = "0193a0c2-0000-7000-8000-0000000000ff".into();
    v["bundle"]["submissions"].as_array_mut().unwrap().push(bad);
    std::fs::write(&plain, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = kiosk(&office, &office_cfg, &["outbox", "import", plain.to_str().unwrap()], "");
    assert!(
        !out.status.success(),
        "a skipped entry is a non-zero exit for staff scripts"
    );
    assert!(
        text(&out).contains("not on this kiosk") && text(&out).contains("imported 1 submission(s)"),
        "{}",
        text(&out)
    );
    assert_eq!(references(&office).len(), 1);
}

#[test]
fn a_card_travels_in_an_encrypted_bundle_and_arrives_sealed_at_the_office() {
    let root = tempfile::tempdir().unwrap();
    let (bus, cfg) = place(root.path(), "bus", 9);
    let card = onestop::card::CardNumber::parse("29000000000017").unwrap();
    let identity = onestop::card::identity::Identity::read_at_kiosk(&card, "crm", false);
    let forms = onestop::embedded::forms().unwrap();
    let raw: onestop::forms::Answers =
        serde_json::from_str(r#"{"problem": "pothole", "location": "by the library"}"#).unwrap();
    let answers =
        onestop::forms::validate(forms.get("street-problem").unwrap(), &raw, onestop::forms::Today::now()).unwrap();
    let id = onestop_e2e::open_store(&bus)
        .submit_with_identity(&answers, "en-GB", None, Some(&identity))
        .unwrap()
        .submission_id
        .to_string();
    let bundle = root.path().join("bundle.json");
    let out = kiosk(
        &bus,
        &cfg,
        &["outbox", "export", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    let written = std::fs::read_to_string(&bundle).unwrap();
    assert!(!written.contains("29000000000017"), "the card is inside the encryption");
    assert!(
        written.contains("\"version\": 2"),
        "a bundle with a card is version 2: {written}"
    );

    let (office, office_cfg) = place(root.path(), "office", 9);
    let out = kiosk(
        &office,
        &office_cfg,
        &["outbox", "import", bundle.to_str().unwrap()],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    let store = onestop_e2e::open_store(&office);
    assert_eq!(store.outgoing(&id).unwrap().unwrap().identity, Some(identity));
    drop(store);
    let raw = std::fs::read(office.join("kiosk.db")).unwrap();
    let wal = std::fs::read(office.join("kiosk.db-wal")).unwrap_or_default();
    let found = |bytes: &[u8]| bytes.windows(14).any(|w| w == b"29000000000017");
    assert!(!found(&raw) && !found(&wal), "sealed again at the office");
}
