//! "Track an enquiry" asks the council's CRM (the real test CRM over Open311, on loopback) what
//! has happened to a sent form, shows the answer when it arrives without the screen waiting,
//! and shows the cached answer, saying it could not check, once the CRM is gone.

mod common;

use kiosk::ui::{Page, Track};
use onestop::i18n::ArgValue;
use slint::ComponentHandle as _;
use std::time::{Duration, Instant};

/// Let the background worker answer, as the event loop's wake-up would, for up to 20 s.
fn wait_for_answer(k: &common::Kiosk, locale: &str) -> String {
    let t = k.window.global::<Track>();
    let checking = k.text(locale, "track-checking");
    let deadline = Instant::now() + Duration::from_secs(20);
    while t.get_message().contains(&checking) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        k.controller.arrived();
    }
    t.get_message().to_string()
}

#[test]
fn a_visitor_sees_the_councils_status_and_the_cached_one_when_offline() {
    let crm_dir = tempfile::tempdir().unwrap();
    let crm = onestop_e2e::crm_process::start_crm(&crm_dir.path().join("crm.db"), 0.0, &[]);
    let k = common::start_with_config(&format!(
        "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{}/open311/\"\ntimeout_secs = 5\n",
        crm.port
    ));
    let reference = k.walk_missed_bin("en-GB");
    k.tap(&k.text("en-GB", "confirm-finish"));
    k.tap(&k.text("en-GB", "rate-skip"));

    // The kiosk's forwarder delivers it (its own connection to the same file).
    let (connector, settings) = kiosk::cli::connector(&k.ctx).unwrap().expect("a CRM is configured");
    let store = k.ctx.open_store().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let until = onestop::outbox::forwarder::Until::Drained {
        patience: Duration::from_secs(5),
        deadline: None,
    };
    let report = runtime
        .block_on(onestop::outbox::forwarder::drive(&store, &connector, settings, until))
        .unwrap();
    assert_eq!(report.acknowledged, 1);
    let sub = store
        .submission(&onestop::reference::Reference::parse(&reference).unwrap())
        .unwrap()
        .unwrap();
    let crm_id = sub.crm_id.clone().unwrap();

    // The council closes it with a note.
    let change = format!(
        r#"{{"service_request_id":"{crm_id}","status":"closed","status_notes":"Collected on Tuesday.","updated_datetime":"2026-11-20T09:30:00Z"}}"#
    );
    assert!(onestop_e2e::crm_process::post(crm.port, "/admin/status", &change).contains("200"));

    // Its own connector, as the kiosk builds one per thread: an HTTP client's pooled
    // connections belong to the runtime that opened them.
    let (connector, _) = kiosk::cli::connector(&k.ctx).unwrap().unwrap();
    let sink = k.controller.sink();
    let answers = move |a| sink.send(kiosk::shell::workers::Answer::Status(a));
    let io = kiosk::shell::workers::io_runtime().unwrap();
    let lookup = kiosk::lookup::StatusLookup::start(connector, Duration::from_secs(5), io.handle().clone(), answers)
        .expect("an Open311 CRM can be asked");
    k.controller.set_status_lookup(lookup);

    k.tap("English");
    k.tap(&k.text("en-GB", "track-menu-title"));
    assert_eq!(k.page(), Page::Track);
    let t = k.window.global::<Track>();
    k.type_into(&k.text("en-GB", "track-label"), &reference);
    k.tap(&k.text("en-GB", "track-find"));
    let sent = k
        .ctx
        .translations
        .text("en-GB", "track-sent", &[("crm", ArgValue::Str(&crm_id))]);
    // At once, before any answer: what the kiosk knows, and that it is checking.
    let first = t.get_message().to_string();
    assert!(first.starts_with(&sent), "{first}");
    assert!(first.contains(&k.text("en-GB", "track-checking")), "{first}");

    let answered = wait_for_answer(&k, "en-GB");
    assert!(answered.contains(&k.text("en-GB", "track-status-closed")), "{answered}");
    assert!(answered.contains("Collected on Tuesday."), "{answered}");
    assert!(!answered.contains(&k.text("en-GB", "track-offline")), "{answered}");
    let now = time::OffsetDateTime::now_utc();
    let today = format!("{:02}/{:02}/{}", now.day(), u8::from(now.month()), now.year());
    let checked = k
        .ctx
        .translations
        .text("en-GB", "track-checked", &[("date", ArgValue::Str(&today))]);
    assert!(answered.contains(&checked), "{answered}");

    // The CRM goes away (the bus loses its signal): the cached answer, and why it is not fresh.
    drop(crm);
    k.type_into(&k.text("en-GB", "track-label"), &reference);
    k.tap(&k.text("en-GB", "track-find"));
    let offline = wait_for_answer(&k, "en-GB");
    assert!(offline.contains(&k.text("en-GB", "track-status-closed")), "{offline}");
    assert!(offline.contains("Collected on Tuesday."), "{offline}");
    assert!(offline.contains(&k.text("en-GB", "track-offline")), "{offline}");
    assert!(!t.get_is_error());

    // The same in Urdu: the chrome is translated, the council's note is shown as the council wrote it.
    k.tap(&k.text("en-GB", "language"));
    let urdu = k.ctx.translations.get("ur").unwrap().info.name.clone();
    k.tap(&urdu);
    // The reference typed stays through the change of language.
    assert_eq!(t.get_text(), reference.as_str());
    k.tap(&k.text("ur", "track-find"));
    let ur = wait_for_answer(&k, "ur");
    assert!(ur.contains(&k.text("ur", "track-status-closed")), "{ur}");
    assert!(ur.contains(&k.text("ur", "track-offline")), "{ur}");
}
