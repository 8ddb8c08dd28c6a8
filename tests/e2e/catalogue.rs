//! The CRM's form catalogue end to end: the real `kiosk catalogue refresh` reads the real test
//! CRM's Open311 services (`tests/crm/test_crm.py`), `kiosk forms list` then offers them, a
//! `kiosk submit` of one is delivered by `kiosk outbox flush` with the CRM's own service code,
//! attribute codes and value keys, and the outbox records the form version. A broken list reply
//! leaves the cached catalogue, and the forms, in place.

use onestop_e2e::crm_process::{post, start_crm};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Switch the test CRM's service list into a fault (`html502`, `badjson`, `hang`) or back (`none`).
fn catalogue_fault(port: u16, fault: &str) {
    let status = post(port, "/catalogue-fault", fault);
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
}

fn config(dir: &Path, port: u16) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/\"\njurisdiction_id = \"test.gov.uk\"\n\
             timeout_secs = 2\nbackoff_base_ms = 50\nbackoff_cap_ms = 400\n"
        ),
    )
    .unwrap();
    path
}

fn kiosk(dir: &Path, cfg: &Path, args: &[&str]) -> Output {
    Command::new(onestop_e2e::binary("kiosk"))
        .arg("--config")
        .arg(cfg)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `application/x-www-form-urlencoded` body → (name, value) pairs.
fn form_decode(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let bytes = s.replace('+', " ").into_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    };
    body.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

#[test]
fn crm_services_are_offered_submitted_and_delivered_with_the_crms_own_keys() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--slow-seconds", "3"]);
    let cfg = config(dir.path(), crm.port);

    // Before any refresh, only the bundled forms.
    let before = stdout(&kiosk(dir.path(), &cfg, &["forms", "list"]));
    assert!(!before.contains("crm-"), "{before}");

    let refresh = kiosk(dir.path(), &cfg, &["catalogue", "refresh"]);
    let text = stdout(&refresh);
    assert!(
        refresh.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&refresh.stderr)
    );
    for line in [
        "added      crm-bulky v1",
        "added      crm-graffiti v1",
        "added      crm-light-01 v1",
        "added      crm-fly-tipping-dumping-ber v1",
        "crm-light-01: the CRM has no definition for it (404)",
        "PHOTO left out",
        "4 CRM service(s) offered, 0 skipped",
    ] {
        assert!(text.contains(line), "{line:?} not in:\n{text}");
    }

    let list = stdout(&kiosk(dir.path(), &cfg, &["forms", "list"]));
    let ids: Vec<&str> = list.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(
        ids[ids.len() - 4..],
        [
            "crm-bulky",
            "crm-graffiti",
            "crm-light-01",
            "crm-fly-tipping-dumping-ber"
        ],
        "the CRM's services follow the bundled forms, in the CRM's order:\n{list}"
    );
    assert!(list.contains("Bulky waste collection  (from the CRM)"), "{list}");
    let check = kiosk(dir.path(), &cfg, &["forms", "check"]);
    assert!(
        check.status.success(),
        "English-only CRM forms pass the check:\n{}",
        stdout(&check)
    );

    let answers = dir.path().join("bulky.json");
    std::fs::write(
        &answers,
        r#"{"location": {"postcode": "le1 1aa", "house": "12", "street": "High Street", "town": "Leicester"},
            "item-type": "large-item", "item-count": 3, "access": ["front", "kerb"], "ready-on": "2030-01-31",
            "description": "Behind the gate"}"#,
    )
    .unwrap();
    let submit = kiosk(
        dir.path(),
        &cfg,
        &["submit", "--form", "crm-bulky", "--answers", answers.to_str().unwrap()],
    );
    assert!(submit.status.success(), "{}", stdout(&submit));
    let receipt: serde_json::Value = serde_json::from_slice(&submit.stdout).unwrap();
    let reference = receipt["reference"].as_str().unwrap().to_owned();

    let flush = kiosk(dir.path(), &cfg, &["outbox", "flush", "--wait", "20"]);
    assert!(flush.status.success(), "{}", stdout(&flush));

    let crm_db = rusqlite::Connection::open(dir.path().join("crm.db")).unwrap();
    let bodies: Vec<String> = crm_db
        .prepare("SELECT body FROM requests")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(bodies.len(), 1);
    let fields = form_decode(&bodies[0]);
    let get = |k: &str| {
        fields
            .iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(get("service_code"), ["BULKY"]);
    assert_eq!(
        get("attribute[ITEM_TYPE]"),
        ["Large item"],
        "the CRM's own key, not our option id"
    );
    assert_eq!(get("attribute[ITEM_COUNT]"), ["3"]);
    assert_eq!(get("attribute[ACCESS][]"), ["front", "kerb"]);
    assert_eq!(get("attribute[READY_ON]"), ["2030-01-31"]);
    assert_eq!(get("address_string"), ["12 High Street, Leicester, LE1 1AA"]);
    assert_eq!(get("jurisdiction_id"), ["test.gov.uk"]);
    // The visitor's words, then every other answer labelled in the service's own words.
    assert_eq!(
        get("description"),
        [format!(
            "Behind the gate\n\nAnswers given at the kiosk:\nLocation: 12 High Street, Leicester, LE1 1AA\n\
             What kind of item is it?: Other large item\nHow many items?: 3\n\
             Where will the items be?: Front garden, At the kerb\nWhen will they be ready?: 2030-01-31\n\
             [Ref {reference}]"
        )
        .as_str()]
    );

    let store = onestop_e2e::open_store(dir.path());
    let rows = store.submissions().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].form_id.as_str(), rows[0].form_version, rows[0].state.as_str()),
        ("crm-bulky", 1, "acknowledged")
    );
    let (filled, _) = store.crm_form_version("crm-bulky", 1).unwrap().unwrap();
    assert!(
        filled.contains("ITEM_TYPE"),
        "the version recorded names a definition we still hold"
    );
}

#[test]
fn a_broken_service_list_leaves_the_cached_forms_offered() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--slow-seconds", "3"]);
    let cfg = config(dir.path(), crm.port);
    assert!(kiosk(dir.path(), &cfg, &["catalogue", "refresh"]).status.success());
    let listed = stdout(&kiosk(dir.path(), &cfg, &["catalogue", "list"]));

    for fault in ["html502", "badjson", "hang"] {
        catalogue_fault(crm.port, fault);
        let refresh = kiosk(dir.path(), &cfg, &["catalogue", "refresh"]);
        let text = stdout(&refresh);
        assert_eq!(refresh.status.code(), Some(1), "{fault}: {text}");
        assert!(text.contains("the cached catalogue is unchanged"), "{fault}: {text}");
        assert_eq!(
            stdout(&kiosk(dir.path(), &cfg, &["catalogue", "list"])),
            listed,
            "{fault}"
        );
    }
    let forms = stdout(&kiosk(dir.path(), &cfg, &["forms", "list"]));
    assert_eq!(forms.matches("(from the CRM)").count(), 4, "{forms}");

    // The description-only form of a service without metadata still submits while the CRM is broken.
    let answers = dir.path().join("graffiti.json");
    std::fs::write(
        &answers,
        r#"{"location": {"postcode": "LE1 1AA", "house": "1", "street": "Bus Station"}, "description": "Tags on the shelter"}"#,
    )
    .unwrap();
    let submit = kiosk(
        dir.path(),
        &cfg,
        &[
            "submit",
            "--form",
            "crm-graffiti",
            "--answers",
            answers.to_str().unwrap(),
        ],
    );
    assert!(submit.status.success(), "{}", stdout(&submit));
    // With the list back, a refresh finds nothing changed: no version bump.
    catalogue_fault(crm.port, "none");
    let again = stdout(&kiosk(dir.path(), &cfg, &["catalogue", "refresh"]));
    assert_eq!(again.matches("unchanged  crm-").count(), 4, "{again}");
}
