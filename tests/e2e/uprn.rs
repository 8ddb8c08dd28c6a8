//! The UPRN from the gazetteer reaches the council, through the real `kiosk` binary: the sample
//! LLPG extract imported with `kiosk addresses import`, missed-bin reports made with `kiosk
//! submit` (one naming a UPRN, one typed by hand), then delivered by `kiosk outbox flush` to the
//! test CRM on loopback, as a signed webhook and as Open311. The webhook document carries the
//! UPRN, USRN and place within version 1, `uprn: null` for the typed one; Open311 gets
//! `address_id`, `lat` and `long`. A UPRN the gazetteer does not hold is refused, nothing stored.

use onestop_e2e::crm_process::{SECRET, bodies, start_crm};
use onestop_e2e::kiosk_cli::{flush, kiosk, submit_form};
use std::path::{Path, PathBuf};

/// The flat at 12 High Street, LE1 1AA, in the sample extract.
const FLAT: u64 = 100_030_000_101;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/gazetteer/sample-llpg.csv")
}

/// A kiosk in `dir` sending to the test CRM on `port` as `kind`, with the sample gazetteer.
fn kiosk_with_gazetteer(dir: &Path, port: u16, kind: &str) -> PathBuf {
    let cfg = dir.join("kiosk.toml");
    let crm = match kind {
        "webhook" => format!("kind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n"),
        _ => format!("kind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/\"\n"),
    };
    std::fs::write(&cfg, format!("[crm]\n{crm}timeout_secs = 2\n")).unwrap();
    let out = kiosk(dir, &cfg)
        .args(["addresses", "import"])
        .arg(sample())
        .output()
        .unwrap();
    assert!(out.status.success(), "the sample imports: {out:?}");
    cfg
}

/// A missed-bin report whose address is `address` (JSON text).
fn report(dir: &Path, cfg: &Path, address: &str) -> String {
    let answers = format!(r#"{{"bin-type": "recycling", "bin-out-by-7am": "yes", "address": {address}}}"#);
    submit_form(dir, cfg, "missed-bin", &answers)
}

/// The body the CRM stored for `reference`.
fn body_of(dir: &Path, reference: &str) -> String {
    bodies(&dir.join("crm.db"))
        .into_iter()
        .find(|(r, _)| r == reference)
        .map(|(_, b)| b)
        .unwrap_or_else(|| panic!("{reference} never reached the CRM"))
}

#[test]
fn the_webhook_document_carries_the_gazetteers_uprn_and_null_for_a_typed_address() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let cfg = kiosk_with_gazetteer(dir.path(), crm.port, "webhook");
    // Only the UPRN is given: the gazetteer's lines, USRN and place are taken for it, and a
    // wrong house number sent beside it is replaced by the gazetteer's.
    let picked = report(dir.path(), &cfg, &format!(r#"{{"uprn": "{FLAT}", "house": "99"}}"#));
    let typed = report(
        dir.path(),
        &cfg,
        r#"{"postcode": "LE1 1AA", "house": "12B", "street": "High Street"}"#,
    );
    assert!(flush(dir.path(), &cfg, 10), "both delivered");

    let doc: serde_json::Value = serde_json::from_str(&body_of(dir.path(), &picked)).unwrap();
    assert_eq!(doc["version"], 1, "an optional field keeps the version");
    let address = &doc["answers"]["values"]["address"]["value"];
    assert_eq!(address["uprn"], FLAT, "{address}");
    assert_eq!(address["usrn"], 2_700_123u64);
    assert_eq!(
        (&address["house"], &address["street"], &address["postcode"]),
        (&"Flat 1, 12".into(), &"High Street".into(), &"LE1 1AA".into())
    );
    assert_eq!(address["location"]["easting"], 458_620);
    let lat = address["location"]["lat"].as_f64().unwrap();
    let long = address["location"]["long"].as_f64().unwrap();
    assert!(
        (52.6..52.7).contains(&lat) && (-1.2..-1.0).contains(&long),
        "Leicester: {address}"
    );

    let doc: serde_json::Value = serde_json::from_str(&body_of(dir.path(), &typed)).unwrap();
    let address = &doc["answers"]["values"]["address"]["value"];
    assert!(
        address.get("uprn").is_some_and(serde_json::Value::is_null),
        "typed: {address}"
    );
    assert!(address.get("location").is_none());
}

#[test]
fn open311_gets_the_uprn_as_address_id_and_the_place_as_lat_long() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let cfg = kiosk_with_gazetteer(dir.path(), crm.port, "open311");
    let picked = report(dir.path(), &cfg, &format!(r#"{{"uprn": {FLAT}}}"#));
    assert!(flush(dir.path(), &cfg, 10));
    let body = body_of(dir.path(), &picked);
    let fields: Vec<(String, String)> = body
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.replace('+', " ")))
        .collect();
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("address_id"), Some("100030000101"), "{body}");
    let lat: f64 = get("lat").expect("lat").parse().unwrap();
    let long: f64 = get("long").expect("long").parse().unwrap();
    assert!((52.6..52.7).contains(&lat) && (-1.2..-1.0).contains(&long), "{body}");
}

#[test]
fn a_uprn_the_gazetteer_does_not_hold_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(&cfg, "").unwrap();
    let answers = dir.path().join("answers.json");
    let send = |address: &str| {
        std::fs::write(
            &answers,
            format!(r#"{{"bin-type": "recycling", "bin-out-by-7am": "yes", "address": {address}}}"#),
        )
        .unwrap();
        let out = kiosk(dir.path(), &cfg)
            .args(["submit", "--form", "missed-bin", "--answers"])
            .arg(&answers)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    // No gazetteer yet: a UPRN cannot be checked.
    let (code, text) = send(r#"{"uprn": 100030000101}"#);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("no gazetteer"), "{text}");
    let out = kiosk(dir.path(), &cfg)
        .args(["addresses", "import"])
        .arg(sample())
        .output()
        .unwrap();
    assert!(out.status.success());
    let (code, text) = send(r#"{"uprn": 999999999999}"#);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("999999999999 is not in this kiosk's gazetteer"), "{text}");
    let (code, text) = send(r#"{"uprn": "12ab"}"#);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        onestop_e2e::open_store(dir.path()).submissions().unwrap().is_empty(),
        "nothing stored"
    );
}
