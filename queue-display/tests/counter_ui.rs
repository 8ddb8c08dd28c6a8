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
