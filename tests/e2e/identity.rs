//! Cards end to end over real HTTP: the CRM customer lookup (`CrmLookup`) against the test CRM's
//! `POST /customers/lookup` (right and wrong PIN, unknown, blocked, wrong key, CRM down, an HTML
//! page for an answer), and submissions carrying a card forwarded to the test CRM: an unchecked
//! card is checked with the lookup on the way and arrives verified (or rejected), a card checked
//! at the kiosk is not asked about again, and Open311 gets the card as two attributes.

use onestop::card::CardNumber;
use onestop::card::identity::{CrmLookup, Identity, Outcome, Pin, Provider, Verdict};
use onestop::crm::Connector;
use onestop::outbox::forwarder::{Settings, Until, drive};
use onestop::store::Store;
use onestop_e2e::crm_process::{Crm, LOOKUP_KEY, SECRET, bodies, free_port, start_crm, stats};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The test CRM's cards (`CUSTOMERS` in tests/crm/test_crm.py).
const AMINA: &str = "29000000000017"; // PIN 1234
const RAVI: &str = "29000000000041"; // no PIN
const BLOCKED: &str = "29000000000025";
const UNKNOWN: &str = "29000000000099";

fn card(number: &str) -> CardNumber {
    CardNumber::parse(number).unwrap()
}

fn pin(digits: &str) -> Pin {
    Pin::new(digits.into()).unwrap()
}

fn lookup_at(url: String, key: &str) -> CrmLookup {
    CrmLookup::new(url, key.into(), Duration::from_secs(2), true)
}

fn lookup(crm: &Crm) -> CrmLookup {
    lookup_at(format!("http://127.0.0.1:{}/customers/lookup", crm.port), LOOKUP_KEY)
}

fn crm(dir: &Path) -> Crm {
    start_crm(&dir.join("crm.db"), 0.0, &[])
}

#[test]
fn the_right_pin_gives_the_customer_and_a_card_without_a_pin_needs_none() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    match lookup(&crm).lookup(&card(AMINA), Some(&pin("1234"))) {
        Outcome::Found(p) => {
            assert_eq!(
                (p.first_name.as_deref(), p.last_name.as_deref()),
                (Some("Amina"), Some("Begum"))
            );
            assert_eq!(p.address.as_deref(), Some("12 High Street, Leicester, LE1 1AA"));
            assert_eq!(p.email.as_deref(), Some("amina@example.org"));
        }
        other => panic!("{other:?}"),
    }
    match lookup(&crm).lookup(&card(RAVI), None) {
        Outcome::Found(p) => {
            assert_eq!(
                (p.first_name.as_deref(), p.last_name.as_deref()),
                (Some("Ravi"), Some("Patel"))
            );
            assert_eq!(p.phone.as_deref(), Some("0116 496 0123"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_wrong_or_missing_pin_an_unknown_card_and_a_blocked_one_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let l = lookup(&crm);
    assert_eq!(l.lookup(&card(AMINA), Some(&pin("9999"))), Outcome::WrongPin);
    assert_eq!(
        l.lookup(&card(AMINA), None),
        Outcome::WrongPin,
        "no PIN for a card that has one"
    );
    assert_eq!(l.lookup(&card(UNKNOWN), Some(&pin("1234"))), Outcome::NotFound);
    assert_eq!(l.lookup(&card(BLOCKED), Some(&pin("4321"))), Outcome::Blocked);
    assert_eq!(stats(crm.port)["lookups"], 4);
}

#[test]
fn a_wrong_key_a_crm_that_is_down_and_an_html_page_are_unreachable() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let wrong_key = lookup_at(format!("http://127.0.0.1:{}/customers/lookup", crm.port), "not-the-key");
    match wrong_key.lookup(&card(AMINA), Some(&pin("1234"))) {
        Outcome::Unreachable(why) => assert!(why.contains("crm_key"), "{why}"),
        other => panic!("{other:?}"),
    }
    let down = lookup_at(format!("http://127.0.0.1:{}/customers/lookup", free_port()), LOOKUP_KEY);
    assert!(matches!(
        down.lookup(&card(AMINA), Some(&pin("1234"))),
        Outcome::Unreachable(_)
    ));
    assert_eq!(down.verify(&card(AMINA)), Verdict::Unknown);
    // A captive portal's sign-in page, 200 text/html.
    let portal = lookup_at(format!("http://127.0.0.1:{}/hostile/portal", crm.port), LOOKUP_KEY);
    match portal.lookup(&card(AMINA), Some(&pin("1234"))) {
        Outcome::Unreachable(why) => assert!(why.contains("not a JSON object"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(portal.verify(&card(AMINA)), Verdict::Unknown);
}

#[test]
fn a_card_alone_is_verified_with_a_null_pin() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let l = lookup(&crm);
    assert_eq!(l.verify(&card(AMINA)), Verdict::Valid, "known, though it has a PIN");
    assert_eq!(l.verify(&card(RAVI)), Verdict::Valid);
    assert_eq!(l.verify(&card(UNKNOWN)), Verdict::Invalid);
    assert_eq!(l.verify(&card(BLOCKED)), Verdict::Invalid);
}

/// A kiosk database in `dir` holding one street-problem report per identity; their references.
fn submit(dir: &Path, identities: &[Option<Identity>]) -> Vec<String> {
    let forms = onestop::embedded::forms().unwrap();
    let raw: onestop::forms::Answers =
        serde_json::from_str(r#"{"problem": "pothole", "location": "outside 12 High Street"}"#).unwrap();
    let answers =
        onestop::forms::validate(forms.get("street-problem").unwrap(), &raw, onestop::forms::Today::now()).unwrap();
    let mut store = onestop_e2e::open_store(dir);
    identities
        .iter()
        .map(|i| {
            store
                .submit_with_identity(&answers, "en-GB", None, i.as_ref())
                .unwrap()
                .reference
                .to_string()
        })
        .collect()
}

fn unchecked(number: &str) -> Option<Identity> {
    Some(Identity::read_at_kiosk(&card(number), "crm", false))
}

/// The identity provider a kiosk configured with `[cards] identity = "crm"` uses.
fn configured_lookup(crm: &Crm) -> Option<Arc<dyn Provider>> {
    let config = onestop::config::Config::from_toml(&format!(
        "[cards]\nidentity = \"crm\"\ncrm_url = \"http://127.0.0.1:{}/customers/lookup\"\ncrm_key = \"{LOOKUP_KEY}\"\ntimeout_secs = 2\n",
        crm.port
    ))
    .unwrap();
    config.cards.provider()
}

fn settings() -> Settings {
    Settings {
        max_in_flight: 4,
        backoff: onestop::outbox::Backoff {
            base_ms: 50,
            cap_ms: 200,
        },
        retention: Duration::from_secs(86_400),
    }
}

fn forward(store: &Store, connector: &Connector, verifier: Option<Arc<dyn Provider>>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let until = Until::Drained {
        patience: Duration::from_secs(3),
        deadline: None,
    };
    let report = runtime
        .block_on(drive(store, connector, settings().verifying(verifier), until))
        .unwrap();
    assert_eq!(report.attempts, report.acknowledged, "{report:?}");
}

/// The webhook documents the CRM stored, by reference.
fn documents(crm_db: &Path) -> std::collections::HashMap<String, serde_json::Value> {
    bodies(crm_db)
        .into_iter()
        .map(|(reference, body)| (reference, serde_json::from_str(&body).unwrap()))
        .collect()
}

#[test]
fn an_unchecked_card_is_checked_with_the_crm_lookup_when_forwarded() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let at_kiosk = Identity::read_at_kiosk(&card(RAVI), "crm", true);
    let refs = submit(
        dir.path(),
        &[unchecked(AMINA), unchecked(UNKNOWN), Some(at_kiosk.clone()), None],
    );
    let store = onestop_e2e::open_store(dir.path());
    let hook = onestop::crm::webhook::Webhook::new(
        &format!("http://127.0.0.1:{}/webhook", crm.port),
        SECRET.as_bytes(),
        Duration::from_secs(2),
    )
    .unwrap();
    forward(&store, &Connector::Webhook(hook), configured_lookup(&crm));

    let docs = documents(&dir.path().join("crm.db"));
    assert_eq!(docs.len(), 4);
    let identity = |r: &str| docs[r]["identity"].clone();
    assert_eq!(
        identity(&refs[0]),
        serde_json::json!({"card": AMINA, "provider": "crm", "verified": true, "check": "forwarded"})
    );
    assert_eq!(
        identity(&refs[1]),
        serde_json::json!({"card": UNKNOWN, "provider": "crm", "verified": false, "check": "rejected"})
    );
    assert_eq!(identity(&refs[2]), serde_json::to_value(&at_kiosk).unwrap());
    assert!(identity(&refs[3]).is_null() && docs[&refs[3]]["version"] == 1);
    assert_eq!(
        stats(crm.port)["lookups"],
        2,
        "only the two unchecked cards were asked about"
    );
}

#[test]
fn open311_gets_the_checked_card_as_two_attributes() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let refs = submit(dir.path(), &[unchecked(AMINA), None]);
    let store = onestop_e2e::open_store(dir.path());
    let api = onestop::crm::open311::Open311::new(
        &format!("http://127.0.0.1:{}/open311/", crm.port),
        "",
        "",
        Duration::from_secs(2),
    )
    .unwrap();
    let forms = onestop::crm::open311::Forms::new(
        Arc::new(onestop::embedded::forms().unwrap()),
        Arc::new(onestop::embedded::translations().unwrap()),
        "en-GB",
    );
    forward(&store, &Connector::Open311(api, forms), configured_lookup(&crm));
    let stored: std::collections::HashMap<String, String> = bodies(&dir.path().join("crm.db")).into_iter().collect();
    let with = &stored[&refs[0]];
    assert!(with.contains(&format!("attribute%5Bcard_number%5D={AMINA}")), "{with}");
    assert!(with.contains("attribute%5Bcard_verified%5D=true"), "{with}");
    assert!(!stored[&refs[1]].contains("card_"), "no card, no card attributes");
}

#[test]
fn kiosk_outbox_flush_carries_a_card_checked_at_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{}/webhook\"\nsecret = \"{SECRET}\"\ntimeout_secs = 2\n",
            crm.port
        ),
    )
    .unwrap();
    let at_kiosk = Identity::read_at_kiosk(&card(AMINA), "crm", true);
    let refs = submit(dir.path(), &[Some(at_kiosk)]);
    assert!(
        onestop_e2e::kiosk_cli::flush(dir.path(), &cfg, 2),
        "the real binary drained it"
    );
    let docs = documents(&dir.path().join("crm.db"));
    let sent = &docs[&refs[0]]["identity"];
    assert_eq!(
        (sent["card"].as_str(), sent["verified"].as_bool()),
        (Some(AMINA), Some(true))
    );
    assert_eq!(sent["check"], "kiosk");
    // Acknowledged, then purged past retention: the card goes with the answers.
    let store = onestop_e2e::open_store(dir.path());
    assert_eq!(store.purge_acknowledged(Duration::ZERO).unwrap(), 1);
    let raw = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    let left: Option<String> = raw.query_row("SELECT identity FROM outbox", [], |r| r.get(0)).unwrap();
    assert_eq!(left, None);
}

#[test]
fn lookups_on_the_kiosks_one_runtime_share_it_and_one_client_from_any_worker_thread() {
    let dir = tempfile::tempdir().unwrap();
    let crm = crm(dir.path());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let shared = Arc::new(lookup(&crm).on_runtime(runtime.handle().clone()));
    // From two worker threads in turn, as the card desk's and a second desk's would: each answer
    // right, the same client and its pooled connection reused (no runtime made per lookup).
    for round in 0..3 {
        let threads: Vec<_> = [(AMINA, Some("1234")), (RAVI, None)]
            .into_iter()
            .map(|(number, digits)| {
                let l = shared.clone();
                std::thread::spawn(move || l.lookup(&card(number), digits.map(pin).as_ref()))
            })
            .collect();
        for t in threads {
            assert!(matches!(t.join().unwrap(), Outcome::Found(_)), "round {round}");
        }
    }
    assert_eq!(shared.lookup(&card(UNKNOWN), None), Outcome::NotFound);
}
