//! The staff screen, end to end on a real window and a real SQLite file: the hidden gesture and
//! Ctrl+Alt+S open the PIN pad; five wrong PINs lock it, and the lock survives closing; after
//! the lock (an injected clock) the right PIN shows the outbox with real submissions, a parked
//! one is retried, "Send now" wakes the forwarder, nothing the visitors typed is on screen, and
//! the idle timeout closes it all again.

mod common;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use kiosk::context::Context;
use kiosk::ui::{KioskWindow, Page, Staff, Theme};
use onestop::forms::{Answers, Today, validate};
use onestop::outbox::Transition;
use onestop::store::Store;

use slint::{ComponentHandle as _, Model as _};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

const PIN: &str = "246810";

/// What the visitors typed: none of it may appear on the staff screen.
const SECRETS: [&str; 6] = [
    "Amira",
    "Okonkwo",
    "Larkspur",
    "LE9 9ZZ",
    "amira@example.org",
    "07700900123",
];

fn tick(ms: u64) {
    i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(ms));
}

/// Run the event loop until the PIN check on its worker thread has answered.
fn settle(w: &KioskWindow) {
    for _ in 0..2_000 {
        slint::invoke_from_event_loop(|| {
            let _ = slint::quit_event_loop();
        })
        .unwrap();
        slint::run_event_loop().unwrap();
        if !w.global::<Staff>().get_checking() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the PIN check never answered");
}

fn tap(w: &KioskWindow, label: &str) {
    let found: Vec<_> = ElementHandle::find_by_accessible_label(w, label)
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .collect();
    assert!(!found.is_empty(), "no button labelled {label:?}");
    found[0].invoke_accessible_default_action();
    tick(16);
}

fn enter_pin(w: &KioskWindow, pin: &str) {
    for d in pin.chars() {
        tap(w, &d.to_string());
    }
    assert_eq!(
        w.global::<Staff>().get_pin_dots().chars().filter(|c| *c == '●').count(),
        pin.len(),
        "one dot per digit, and no digits"
    );
    tap(w, "Enter");
    settle(w);
}

/// Every string the window shows or reads out, plus the staff adapter's.
fn every_string(w: &KioskWindow) -> Vec<String> {
    let mut out = Vec::new();
    for e in ElementQuery::from_root(w).match_descendants().find_all() {
        out.extend(e.accessible_label().map(|s| s.to_string()));
        out.extend(e.accessible_value().map(|s| s.to_string()));
        out.extend(e.accessible_description().map(|s| s.to_string()));
    }
    let g = w.global::<Staff>();
    out.extend([g.get_connectivity(), g.get_notice(), g.get_rows_note()].map(|s| s.to_string()));
    for r in g.get_rows().iter() {
        out.extend([r.reference, r.form, r.state, r.details, r.error].map(|s| s.to_string()));
    }
    out
}

fn council_taps(w: &KioskWindow, n: usize) {
    let name: Vec<_> = ElementHandle::find_by_accessible_label(w, "Onestop Council").collect();
    assert!(!name.is_empty(), "the council name is in the header");
    for _ in 0..n {
        name[0].mock_single_click(slint::platform::PointerEventButton::Left);
        tick(100);
    }
}

/// Four submissions made through the store: one in each delivery state but purged.
fn submit_four(store: &mut Store, ctx: &Context) -> Vec<String> {
    let form = ctx.forms.get("library-join").unwrap();
    let answers: Answers = serde_json::from_value(serde_json::json!({
        "first-name": SECRETS[0], "last-name": SECRETS[1],
        "date-of-birth": {"day": "1", "month": "2", "year": "1990"},
        "address": {"postcode": SECRETS[3], "house": "3", "street": format!("{} Road", SECRETS[2]), "town": "Leicester"},
        "email": SECRETS[4], "phone": SECRETS[5], "terms": true
    }))
    .unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();
    let ids: Vec<String> = (0..4)
        .map(|_| store.submit(&valid, "ur", None).unwrap().submission_id.to_string())
        .collect();
    // In this order: acknowledged, then refused, then the CRM went down.
    let ack = Transition::Acknowledged {
        crm_id: Some("SR-77".into()),
        dropped: None,
    };
    let refused = Transition::Parked {
        reason: "HTTP 400: service_code library-join is not accepted".into(),
    };
    let down = Transition::RetryAt {
        at: 4_102_444_800_000,
        error: "connection refused".into(),
    };
    for (id, t) in [(&ids[3], ack), (&ids[1], refused), (&ids[2], down)] {
        store.begin_attempt(id).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        store.record_attempt(id, &t).unwrap();
    }
    ids
}

#[test]
fn staff_unlock_the_screen_see_the_outbox_without_personal_data_and_retry_a_parked_form() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    let hash = onestop::staff::pin::hash_pin(PIN).unwrap();
    std::fs::write(
        &config,
        format!(
            "[staff]\npin_hash = \"{hash}\"\n[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:9/\"\nsecret = \"0123456789abcdef\"\n"
        ),
    )
    .unwrap();
    let ctx = Rc::new(Context::load(Some(&config), Some(dir.path())).unwrap());
    let mut store = ctx.open_store().unwrap();
    let ids = submit_four(&mut store, &ctx);
    let refs: Vec<String> = store
        .submissions()
        .unwrap()
        .iter()
        .map(|s| s.reference.clone())
        .collect();
    let parked = store
        .submissions()
        .unwrap()
        .into_iter()
        .find(|s| s.submission_id == ids[1])
        .unwrap()
        .reference;
    let (w, c) = kiosk::init(ctx.clone(), store).unwrap();
    let _timer = kiosk::start_idle_timer(&c);
    let wake = Arc::new(tokio::sync::Notify::new());
    c.set_forwarder_wake(wake.clone());
    w.window().set_size(slint::LogicalSize::new(1080.0, 1920.0));
    w.show().unwrap();
    let page = || w.global::<kiosk::ui::App>().get_page();
    let g = w.global::<Staff>();

    // A visitor who taps the council name a few times, slowly, gets nothing.
    council_taps(&w, 4);
    tick(3_100);
    council_taps(&w, 1);
    assert_eq!(page(), Page::Welcome, "four taps, a pause and one more do not open it");
    tick(3_100);
    // Five quick taps do.
    council_taps(&w, 5);
    assert_eq!(page(), Page::StaffPin);
    assert!(g.get_pin_message().is_empty());

    // Too short a PIN is refused without counting.
    enter_pin(&w, "12");
    assert_eq!(g.get_pin_message(), "A staff PIN is 4 to 12 digits.");

    for left in (1..5).rev() {
        enter_pin(&w, "1111");
        let msg = g.get_pin_message().to_string();
        assert!(msg.starts_with("Wrong PIN."), "{msg}");
        assert!(msg.contains(&left.to_string()), "{left} tries left: {msg}");
        assert!(g.get_pin_error());
        assert!(g.get_pin_dots().is_empty(), "the pad is cleared after each try");
    }
    enter_pin(&w, "1111");
    let locked = g.get_pin_message().to_string();
    assert!(locked.contains("locked until"), "{locked}");

    // Even the right PIN is refused while locked, and closing and reopening does not help.
    enter_pin(&w, PIN);
    assert_eq!(page(), Page::StaffPin);
    assert!(g.get_pin_message().contains("locked until"));
    tap(&w, "Close");
    assert_eq!(page(), Page::Welcome);
    common::staff_shortcut(&w);
    assert_eq!(page(), Page::StaffPin, "Ctrl+Alt+S opens the PIN pad");
    assert_eq!(g.get_pin_message().to_string(), locked, "the lock is in the database");

    // Five minutes later (an injected clock), the right PIN opens the staff screen.
    let later = time::OffsetDateTime::now_utc().unix_timestamp() + 301;
    c.set_staff_clock(move || later);
    enter_pin(&w, PIN);
    assert_eq!(page(), Page::Staff);
    assert_eq!(c.app.borrow().session.locale, "en-GB");
    assert!(!w.global::<Theme>().get_rtl());

    let counts: Vec<(String, String)> = g
        .get_counts()
        .iter()
        .map(|c| (c.label.to_string(), c.count.to_string()))
        .collect();
    let want: Vec<(String, String)> = [
        ("Pending", "1"),
        ("Retrying", "1"),
        ("Parked", "1"),
        ("Acknowledged", "1"),
        ("Purged", "0"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(counts, want);
    let rows: Vec<_> = g.get_rows().iter().collect();
    assert_eq!(rows.len(), 4);
    for r in &refs {
        assert!(rows.iter().any(|row| row.reference == r.as_str()), "{r} listed");
    }
    let p = rows.iter().find(|r| r.reference == parked.as_str()).unwrap();
    assert!(p.parked && p.state == "parked");
    assert!(p.error.contains("HTTP 400"), "{}", p.error);
    assert!(p.details.contains("1 attempt"), "{}", p.details);
    let retrying = rows.iter().find(|r| r.state == "retrying").unwrap();
    assert!(retrying.details.contains("next try"), "{}", retrying.details);
    let conn = g.get_connectivity().to_string();
    assert!(conn.contains("Last contact failed"), "{conn}");
    assert!(conn.contains("Last reached:"), "{conn}");
    assert!(conn.contains("connection refused"), "{conn}");
    assert!(conn.contains("2 waiting to send, 1 parked"), "{conn}");

    let shown = every_string(&w);
    assert!(
        shown.iter().any(|s| s.contains(&parked)),
        "the walk over the screen sees the rows"
    );
    for secret in SECRETS {
        for s in &shown {
            assert!(
                !s.to_lowercase().contains(&secret.to_lowercase()),
                "{secret:?} shown in {s:?}"
            );
        }
    }

    // Retry the parked one: it is pending again and the forwarder is woken.
    tap(&w, &format!("Retry {parked}"));
    assert!(g.get_notice().contains("will be sent again"), "{}", g.get_notice());
    let check = Store::open(&dir.path().join("kiosk.db"), ctx.open_key()).unwrap();
    let row = check
        .submissions()
        .unwrap()
        .into_iter()
        .find(|s| s.reference == parked)
        .unwrap();
    assert_eq!(row.state, "pending");
    assert!(g.get_rows().iter().all(|r| !r.parked), "the screen shows it un-parked");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let woken = |wake: &tokio::sync::Notify| {
        rt.block_on(async {
            tokio::time::timeout(Duration::from_millis(50), wake.notified())
                .await
                .is_ok()
        })
    };
    assert!(woken(&wake), "Retry woke the forwarder");

    // Send now brings the retry due in 2100 forward, and wakes the forwarder.
    tap(&w, "Send now");
    assert!(
        g.get_notice().contains("1 retry was brought forward"),
        "{}",
        g.get_notice()
    );
    assert!(woken(&wake), "Send now woke the forwarder");

    // Walking away: the idle timeout closes the staff screen and blanks it.
    for _ in 0..=ctx.config.kiosk.idle_timeout_secs {
        tick(1_000);
    }
    assert_eq!(page(), Page::Welcome);
    assert_eq!(g.get_rows().row_count(), 0);
    assert!(g.get_connectivity().is_empty());

    // Opened after an Urdu visitor: still English, still left to right; the right PIN works
    // first time now (the lockout was reset by the right PIN).
    c.choose_language("ur");
    assert!(w.global::<Theme>().get_rtl());
    common::staff_shortcut(&w);
    assert_eq!(page(), Page::StaffPin);
    assert!(!w.global::<Theme>().get_rtl(), "the staff pad does not mirror");
    assert_eq!(g.get_pin_title(), "Staff only");
    assert!(
        g.get_pin_message().is_empty(),
        "no lock left over: {}",
        g.get_pin_message()
    );
    enter_pin(&w, PIN);
    assert_eq!(page(), Page::Staff);
    tap(&w, "Close");
    assert_eq!(page(), Page::Welcome);

    // A row failing the same way for a day, a CRM that dropped a field, and a database fault in
    // the forwarder: each is told on the connection box, and the failing row comes first.
    let raw = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    raw.execute(
        "UPDATE outbox SET failing_since = '2000-01-01T00:00:00Z', error_kind = 'unreachable'
         WHERE submission_id = ?1",
        [&ids[2]],
    )
    .unwrap();
    raw.execute(
        "INSERT INTO crm_field_drops (form_id, server, field, first_reference, first_seen_at)
         VALUES ('library-join', 'https://crm.example/open311/', 'email', ?1, '2026-12-01T10:00:00Z')",
        [&refs[0]],
    )
    .unwrap();
    let health = Arc::new(onestop::outbox::forwarder::Health::default());
    health.fault("recording a delivery outcome: database or disk is full");
    c.set_forwarder_health(health.clone());
    common::staff_shortcut(&w);
    enter_pin(&w, PIN);
    assert_eq!(page(), Page::Staff);
    let conn = g.get_connectivity().to_string();
    assert!(conn.contains("1 submission needs attention"), "{conn}");
    assert!(
        conn.contains("Sending is paused") && conn.contains("disk is full"),
        "{conn}"
    );
    assert!(
        conn.contains("did not keep some fields") && conn.contains("library-join") && conn.contains("email"),
        "{conn}"
    );
    assert!(!g.get_connectivity_ok(), "the box is marked as not well");
    let first = g.get_rows().row_data(0).unwrap();
    assert!(
        first.state.contains("needs attention") && first.state.contains("failing the same way for"),
        "the failing row is listed first: {}",
        first.state
    );
    assert!(first.error.contains("connection refused"), "{}", first.error);
    // Once the fault clears, the box says so no more.
    health.recovered();
    tap(&w, "Refresh");
    assert!(!g.get_connectivity().contains("Sending is paused"));
    tap(&w, "Close");
}
