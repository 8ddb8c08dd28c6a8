//! The kiosk's forwarder thread, as `kiosk` runs it with the window open: it delivers to the
//! test CRM, and when the window closes it is signalled and its thread joined within moments,
//! not left polling until the process is killed.

use kiosk::context::Context;
use onestop_e2e::crm_process::{SECRET, start_crm, stats};
use std::time::{Duration, Instant};

#[test]
fn the_forwarder_delivers_then_stops_and_is_joined_when_the_window_closes() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{}/webhook\"\nsecret = \"{SECRET}\"\n",
            crm.port
        ),
    )
    .unwrap();
    let ctx = Context::load(Some(&config), Some(&dir.path().join("data"))).unwrap();
    let answers = dir.path().join("answers.json");
    std::fs::write(
        &answers,
        r#"{"problem": "pothole", "location": "outside 12 High Street"}"#,
    )
    .unwrap();
    assert!(kiosk::cli::submit(&ctx, &ctx.forms.clone(), "street-problem", &answers, "en-GB").unwrap());

    let forwarder = kiosk::forwarder::start(&ctx).unwrap().expect("a CRM is configured");
    let store = ctx.open_store().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while store.submissions().unwrap()[0].state != "acknowledged" {
        assert!(Instant::now() < deadline, "the forwarder delivers: {}", stats(crm.port));
        std::thread::sleep(Duration::from_millis(20));
    }

    // Idle now, polling every 2 s and refreshing in between: the signal cuts that short.
    let closed = Instant::now();
    let late = kiosk::background::stop_all(vec![forwarder.service], Duration::from_secs(10));
    assert!(late.is_empty(), "{late:?}");
    assert!(closed.elapsed() < Duration::from_secs(2), "{:?}", closed.elapsed());
    assert_eq!(stats(crm.port)["stored"], 1);
    assert_eq!(forwarder.health.report().restarts, 0, "it stopped, it did not crash");
}
