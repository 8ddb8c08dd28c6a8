//! The staff counter desk on Slint's testing backend, against a real in-process queue engine
//! behind the desk's `QueueLink` seam: calling, recalling into a no-show, parking and bringing
//! back, transferring with the customer's place kept, the keyboard shortcuts and Tab order, and
//! the hub's refusals shown in its own words.

use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use onestop::queue::{Command, QueueConfig, TicketState};
use queue_display::counter::desk::Desk;
use queue_display::counter::link::LocalQueue;
use queue_display::counter::ui::{CounterWindow, Desk as DeskUi};
use slint::platform::{Key, WindowEvent};
use slint::{ComponentHandle as _, Model as _};
use std::cell::Cell;
use std::rc::Rc;

struct Counter {
    window: CounterWindow,
    desk: Rc<Desk>,
}

/// A queue on a test clock that moves a minute per command, and that clock.
fn queue() -> (Rc<LocalQueue>, Rc<Cell<i64>>) {
    let now = Rc::new(Cell::new(1_700_000_000_000_i64));
    let clock = now.clone();
    let q = LocalQueue::with_clock(
        QueueConfig::example(),
        Box::new(move || {
            clock.set(clock.get() + 60_000);
            clock.get()
        }),
    );
    (Rc::new(q), now)
}

fn issue(q: &LocalQueue, service: &str) -> String {
    let events = q
        .apply(&Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        })
        .unwrap();
    match &events[0].event {
        onestop::queue::Event::Issued { ticket } => ticket.label.clone(),
        other => panic!("{other:?}"),
    }
}

fn open(q: &Rc<LocalQueue>, now: &Rc<Cell<i64>>, counter: u32) -> Counter {
    let window = CounterWindow::new().unwrap();
    let clock = now.clone();
    let desk = Desk::setup(
        &window,
        counter,
        q.clone(),
        Box::new(move || clock.get()),
        queue_display::counter::service_names(),
    );
    window.window().set_size(slint::LogicalSize::new(1280.0, 800.0));
    window.show().unwrap();
    Counter { window, desk }
}

impl Counter {
    fn g(&self) -> DeskUi<'_> {
        self.window.global::<DeskUi>()
    }

    fn tap(&self, label: &str) {
        let found: Vec<_> = ElementHandle::find_by_accessible_label(&self.window, label)
            .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
            .collect();
        assert!(!found.is_empty(), "no button labelled {label:?}");
        found[0].invoke_accessible_default_action();
        frame();
    }

    fn key(&self, text: slint::SharedString) {
        let w = self.window.window();
        w.dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
        w.dispatch_event(WindowEvent::KeyReleased { text });
        frame();
    }

    fn shows(&self, label: &str) -> bool {
        ElementHandle::find_by_accessible_label(&self.window, label)
            .next()
            .is_some()
    }

    fn waiting(&self) -> Vec<String> {
        self.g().get_waiting().iter().map(|r| r.label.to_string()).collect()
    }

    fn parked(&self) -> Vec<String> {
        self.g().get_parked().iter().map(|r| r.label.to_string()).collect()
    }
}

fn frame() {
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
}

/// One process, one testing backend: every scenario runs in turn on fresh windows.
#[test]
fn the_counter_desk() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    call_next_then_serve_and_finish();
    recalls_end_in_a_no_show();
    park_and_unpark_with_a_refusal_shown_plainly();
    a_transfer_to_another_service_keeps_the_customers_place();
    keyboard_shortcuts_and_tab_order_work();
    an_unreachable_hub_is_said_plainly();
    staff_see_the_days_tickets_and_allow_more_at_the_cap();
    a_help_call_shows_a_banner_on_every_desk_until_one_answers();
    booked_appointments_are_listed_and_checked_in_ones_show_their_time();
    a_visit_of_several_services_shows_what_comes_next();
}

fn a_help_call_shows_a_banner_on_every_desk_until_one_answers() {
    let (q, now) = queue();
    issue(&q, "housing");
    let c1 = open(&q, &now, 1);
    let c2 = open(&q, &now, 2);
    assert!(c1.g().get_help().row_count() == 0 && !c1.shows("I'm going (H)"));
    for kiosk in ["kiosk-foyer", "kiosk-2", "kiosk-3", "kiosk-4"] {
        q.apply(&Command::CallHelp { kiosk: kiosk.into() }).unwrap();
    }
    now.set(now.get() + 2 * 60_000);
    c1.desk.render();
    c2.desk.render();
    let help: Vec<String> = c1.g().get_help().iter().map(|h| h.text.to_string()).collect();
    assert_eq!(help.len(), 3, "three at most: {help:?}");
    assert!(
        help[0].starts_with("Help needed at kiosk-foyer ("),
        "oldest first: {help:?}"
    );
    assert!(c1.shows(&help[0]));
    assert_eq!(c1.g().get_help_more(), "+1 more");
    assert!(c2.shows(&help[0]), "every desk sees it");

    // The banner's button is the first Tab stop while it shows.
    c1.key(Key::Tab.into());
    c1.key(" ".into());
    let acked: Vec<_> = q
        .engine()
        .help_calls()
        .filter(|h| h.acked.is_some())
        .map(|h| h.kiosk.clone())
        .collect();
    assert_eq!(acked, ["kiosk-foyer"]);
    assert_eq!(c1.g().get_notice(), "You answered the help call at kiosk-foyer.");

    // H takes the oldest still open; the engine holds who answered.
    c2.desk.render();
    c2.key("h".into());
    let call = q.engine().help_calls().find(|h| h.kiosk == "kiosk-2").unwrap().clone();
    assert_eq!(call.acked.map(|(counter, _)| counter), Some(2));
    assert_eq!(c2.g().get_notice(), "You answered the help call at kiosk-2.");
    // Another desk's answer takes the call off this one.
    c1.desk.render();
    let left: Vec<String> = c1.g().get_help().iter().map(|h| h.text.to_string()).collect();
    assert!(
        left.len() == 2 && left[0].contains("kiosk-3") && left[1].contains("kiosk-4"),
        "{left:?}"
    );
    assert_eq!(c1.g().get_help_more(), "");
    // A button acknowledges the call it sits beside.
    c1.tap(&format!("I'm going to {}", left[1]));
    assert!(
        q.engine()
            .help_calls()
            .find(|h| h.kiosk == "kiosk-4")
            .unwrap()
            .acked
            .is_some()
    );
    c1.key("H".into());
    assert_eq!(q.engine().open_help().count(), 0);
    assert_eq!(c1.g().get_help().row_count(), 0, "the banner goes");
    assert!(!c1.shows("I'm going (H)"));
    // H with no call open does nothing (and does not pass for another key).
    c1.key("h".into());
    assert_eq!(c1.g().get_error(), "");
}

fn booked_appointments_are_listed_and_checked_in_ones_show_their_time() {
    let (q, now) = queue();
    let start = now.get();
    let booking = |reference: &str, minutes: i64, service: &str| onestop::queue::engine::Appointment {
        reference: reference.into(),
        at_ms: start + minutes * 60_000,
        service: service.into(),
    };
    let c = open(&q, &now, 1);
    assert_eq!(c.g().get_booked().row_count(), 0);
    assert!(!c.shows("Booked next"));
    q.apply(&Command::SetAppointments {
        appointments: vec![
            booking("HSG-1", 30, "housing"),
            booking("CTX-1", 10, "council-tax"),
            booking("GEN-1", 20, "general"),
        ],
    })
    .unwrap();
    c.desk.render();
    let booked: Vec<(String, String)> = c
        .g()
        .get_booked()
        .iter()
        .map(|b| (b.reference.to_string(), b.service.to_string()))
        .collect();
    assert_eq!(
        booked,
        [
            ("GEN-1".to_owned(), "General enquiries".to_owned()),
            ("HSG-1".to_owned(), "Housing".to_owned())
        ],
        "counter 1's services, soonest first"
    );
    assert!(c.shows("Booked next"));
    let engine = q.engine();
    let time = queue_display::counter::lines::clock(&engine, start + 30 * 60_000);
    assert_eq!(c.g().get_booked().row_data(1).unwrap().time, time.as_str());
    q.apply(&Command::Issue {
        service: "housing".into(),
        priority: false,
        appointment: Some("HSG-1".into()),
        also: Vec::new(),
        locale: None,
    })
    .unwrap();
    c.desk.render();
    assert_eq!(c.g().get_booked().row_count(), 1, "HSG-1 checked in");
    let row = c.g().get_waiting().row_data(0).unwrap();
    assert_eq!(row.label, "A001");
    assert!(row.detail.contains(&format!("appt {time}")), "{}", row.detail);
}

fn a_visit_of_several_services_shows_what_comes_next() {
    let (q, now) = queue();
    q.apply(&Command::Issue {
        service: "housing".into(),
        priority: false,
        appointment: None,
        also: vec!["council-tax".into()],
        locale: None,
    })
    .unwrap();
    let c = open(&q, &now, 1);
    c.key("n".into());
    assert!(c.shows("ticket A001"));
    assert_eq!(c.g().get_then(), "Then: Council Tax");
    assert!(c.shows("Then: Council Tax"));
    c.key("s".into());
    c.key("d".into());
    assert!(!c.g().get_has_ticket());
    let t = q.engine().ticket(1).unwrap().clone();
    assert_eq!(
        (t.service.as_str(), t.state),
        ("council-tax", TicketState::Waiting),
        "requeued"
    );
    let c2 = open(&q, &now, 2);
    assert_eq!(c2.waiting(), ["A001"]);
    c2.key("n".into());
    assert!(c2.shows("ticket A001"));
    assert_eq!(c2.g().get_then(), "", "nothing after council tax");
}

fn staff_see_the_days_tickets_and_allow_more_at_the_cap() {
    let now = Rc::new(Cell::new(1_700_000_000_000_i64));
    let clock = now.clone();
    let config = QueueConfig {
        daily_cap: 3,
        ..QueueConfig::example()
    };
    let q = Rc::new(LocalQueue::with_clock(
        config,
        Box::new(move || {
            clock.set(clock.get() + 60_000);
            clock.get()
        }),
    ));
    for _ in 0..3 {
        issue(&q, "housing");
    }
    let refused = q.apply(&Command::Issue {
        service: "housing".into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: None,
    });
    assert!(refused.is_err(), "at the cap");
    let c = open(&q, &now, 1);
    let line = c.g().get_tickets_today().to_string();
    assert!(
        line.contains("Housing 3 of 3, all issued: press A to allow more") && line.contains("General enquiries 0 of 3"),
        "{line}"
    );
    c.key("a".into());
    assert!(c.g().get_picking());
    assert!(c.g().get_picker_title().contains("Allow 50 more tickets today"));
    let first = c.g().get_choices().row_data(0).unwrap();
    assert_eq!(first.label, "Housing (3 of 3 issued)");
    c.key("1".into());
    assert!(!c.g().get_picking());
    assert_eq!(c.g().get_notice(), "50 more Housing tickets allowed today (up to 53).");
    assert_eq!(q.engine().daily_cap("housing"), 53);
    assert_eq!(issue(&q, "housing"), "A004");
    c.desk.render();
    assert!(c.g().get_tickets_today().contains("Housing 4 of 53 ·"));
    // The button does the same.
    c.tap("Allow more tickets… (A)");
    assert!(c.g().get_picking());
    c.key(Key::Escape.into());
}

fn call_next_then_serve_and_finish() {
    let (q, now) = queue();
    issue(&q, "housing");
    issue(&q, "general");
    let c = open(&q, &now, 1);
    assert_eq!(
        c.waiting(),
        ["A001", "C001"],
        "longest waiting first, across its services"
    );
    assert!(c.shows("No ticket at this counter. Press N to call the next one."));
    c.tap("Call next (N)");
    assert_eq!(q.engine().at_counter(1).unwrap().label, "A001");
    assert!(c.shows("ticket A001"));
    assert_eq!(c.g().get_notice(), "Called A001.");
    assert_eq!(c.waiting(), ["C001"]);
    c.tap("Start serving (S)");
    assert_eq!(q.engine().at_counter(1).unwrap().state, TicketState::Serving);
    assert!(c.g().get_state().contains("Serving"));
    c.tap("Done (D)");
    assert!(q.engine().at_counter(1).is_none());
    assert!(!c.g().get_has_ticket());
    assert_eq!(c.g().get_notice(), "A001 is done.");
}

fn recalls_end_in_a_no_show() {
    let (q, now) = queue();
    issue(&q, "housing");
    let c = open(&q, &now, 1);
    c.tap("Call next (N)");
    c.tap("Recall (R)");
    c.tap("Recall (R)");
    assert!(
        c.g().get_details().contains("recalls 2 of 2"),
        "{}",
        c.g().get_details()
    );
    assert_eq!(c.g().get_notice(), "Recalled A001 (2 of 2).");
    c.tap("Recall (R)");
    assert_eq!(q.engine().ticket(1).unwrap().state, TicketState::NoShow);
    assert_eq!(c.g().get_notice(), "A001 is marked as a no-show.");
    assert!(!c.g().get_has_ticket());
}

fn park_and_unpark_with_a_refusal_shown_plainly() {
    let (q, now) = queue();
    issue(&q, "housing");
    issue(&q, "housing");
    let c = open(&q, &now, 1);
    c.tap("Call next (N)");
    c.tap("Park (P)");
    assert_eq!(c.parked(), ["A001"]);
    assert!(!c.g().get_has_ticket());
    c.tap("Call next (N)");
    assert!(c.shows("ticket A002"));

    // Busy: the hub refuses, says why, and nothing changes.
    let before = q.engine();
    c.tap("Unpark A001 (U)");
    assert_eq!(
        c.g().get_error(),
        "The hub refused: counter 1 already has a ticket: finish, park or transfer it first."
    );
    assert!(c.shows(&c.g().get_error()));
    assert_eq!(*q.engine(), *before);

    c.tap("Done (D)");
    assert_eq!(c.g().get_error(), "", "a success clears the refusal");
    c.tap("Unpark A001 (U)");
    assert!(c.shows("ticket A001"));
    assert_eq!(q.engine().at_counter(1).unwrap().state, TicketState::Called);
    assert!(c.parked().is_empty());
}

fn a_transfer_to_another_service_keeps_the_customers_place() {
    let (q, now) = queue();
    issue(&q, "council-tax"); // B001
    issue(&q, "housing"); // A001, arrived between the two council-tax visitors
    issue(&q, "council-tax"); // B002
    let c1 = open(&q, &now, 1);
    let c2 = open(&q, &now, 2);
    assert_eq!(c2.waiting(), ["B001", "B002"]);
    c1.tap("Call next (N)");
    c1.tap("Start serving (S)");
    c1.tap("Transfer… (T)");
    assert!(c1.g().get_picking());
    let choices: Vec<String> = c1.g().get_choices().iter().map(|c| c.label.to_string()).collect();
    assert_eq!(
        choices,
        [
            "Council Tax",
            "General enquiries",
            "Counter 2 (Council Tax, General enquiries)",
            "Counter 3 (General enquiries)"
        ],
        "the other services, then the other counters"
    );
    c1.tap("1  Council Tax");
    assert!(!c1.g().get_picking());
    let engine = q.engine();
    let order: Vec<&str> = engine
        .waiting_in("council-tax")
        .iter()
        .map(|t| t.label.as_str())
        .collect();
    assert_eq!(order, ["B001", "A001", "B002"], "A001 keeps the place it arrived at");
    assert_eq!(
        c1.g().get_notice(),
        "A001 transferred to Council Tax, keeping their place."
    );
    c2.desk.render();
    assert_eq!(c2.waiting(), ["B001", "A001", "B002"], "counter 2 sees it in its place");
    assert!(!c1.g().get_has_ticket());
}

fn keyboard_shortcuts_and_tab_order_work() {
    let (q, now) = queue();
    issue(&q, "housing");
    issue(&q, "housing");
    issue(&q, "general");
    let c = open(&q, &now, 1);
    c.key("n".into());
    assert!(c.shows("ticket A001"));
    c.key("r".into());
    assert_eq!(q.engine().ticket(1).unwrap().recalls, 1);
    c.key("S".into());
    assert_eq!(q.engine().ticket(1).unwrap().state, TicketState::Serving);
    c.key("t".into());
    assert!(c.g().get_picking());
    c.key(Key::Escape.into());
    assert!(!c.g().get_picking(), "Esc closes the picker");
    c.key("t".into());
    c.key("2".into());
    let t = q.engine().ticket(1).unwrap().clone();
    assert_eq!(
        (t.service.as_str(), t.state),
        ("general", TicketState::Waiting),
        "2: General enquiries"
    );
    c.key("n".into());
    assert!(c.shows("ticket A001"), "transferred, it is still the longest waiting");
    c.key("p".into());
    assert_eq!(c.parked(), ["A001"]);
    c.key("u".into());
    assert!(c.shows("ticket A001"));
    c.key("x".into());
    assert_eq!(q.engine().ticket(1).unwrap().state, TicketState::NoShow);
    c.key("n".into());
    c.key("d".into());
    assert_eq!(q.engine().ticket(2).unwrap().state, TicketState::Done);

    // Tab walks the actions in reading order; Space presses the focused one.
    let c = open(&q, &now, 1);
    c.key(Key::Tab.into());
    c.key(" ".into());
    assert!(c.shows("ticket C001"), "the first Tab stop is Call next");
    c.key(Key::Tab.into());
    c.key(" ".into());
    assert_eq!(q.engine().ticket(3).unwrap().recalls, 1, "the second is Recall");
    // With a button focused, shortcut keys still reach the desk.
    c.key("d".into());
    assert_eq!(q.engine().ticket(3).unwrap().state, TicketState::Done);
}

fn an_unreachable_hub_is_said_plainly() {
    let (q, now) = queue();
    issue(&q, "housing");
    let c = open(&q, &now, 1);
    assert_eq!(c.g().get_connection(), "Connected");
    q.set_connected(false);
    c.desk.render();
    assert!(!c.g().get_connected());
    assert!(c.shows("Hub not reachable: showing the last known queue"));
    assert_eq!(c.waiting(), ["A001"], "the last known queue stays readable");
    c.tap("Call next (N)");
    assert!(
        c.g()
            .get_error()
            .starts_with("Not sent: the queue hub cannot be reached")
    );
    assert!(q.engine().at_counter(1).is_none());
}
