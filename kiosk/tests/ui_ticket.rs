//! "Take a ticket" on the real kiosk window, against a real in-process queue engine behind the
//! kiosk's `QueueLink` seam: the number and the estimate shown are the engine's, extra help and
//! appointment check-ins become priority tickets, and an unreachable hub gives a plain
//! "tickets are unavailable" with no number.

mod common;

use kiosk::queue_link::{LocalQueue, QueueKioskOptions};
use kiosk::ui::{Page, Ticket};
use onestop::i18n::ArgValue;
use onestop::queue::{Command, QueueConfig, TicketState};
use slint::ComponentHandle as _;
use std::cell::Cell;
use std::rc::Rc;

/// A queue whose clock moves a minute each time it is read, with every counter open (a wait is
/// only estimated for a service an open counter serves).
fn queue() -> Rc<LocalQueue> {
    let now = Rc::new(Cell::new(1_700_000_000_000_i64));
    let q = Rc::new(LocalQueue::with_clock(
        QueueConfig::example(),
        Box::new(move || {
            now.set(now.get() + 60_000);
            now.get()
        }),
    ));
    for counter in 1..=3 {
        q.apply(&Command::Open { counter }).unwrap();
    }
    q
}

fn issue(q: &LocalQueue, service: &str) {
    q.apply(&Command::Issue {
        service: service.into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: None,
    })
    .unwrap();
}

/// The kiosk at its welcome screen, now linked to `q`.
fn link(k: &common::Kiosk, q: &Rc<LocalQueue>, extra_help: bool) {
    k.controller.finish();
    k.controller.set_queue(
        q.clone(),
        QueueKioskOptions {
            extra_help,
            texts: false,
        },
    );
}

/// One window for every scenario: Slint's testing backend starts once per process.
#[test]
fn take_a_ticket() {
    let k = common::start();
    without_a_queue_the_menu_offers_no_tickets(&k);
    a_visitor_takes_a_ticket_and_sees_the_hubs_number_and_estimate(&k);
    a_visitor_takes_a_ticket_in_urdu_on_a_mirrored_screen(&k);
    extra_help_gives_a_priority_ticket_that_goes_ahead(&k);
    an_appointment_is_checked_in_by_its_reference(&k);
    an_unreachable_hub_means_no_ticket_and_a_word_to_ask_at_reception(&k);
    a_service_with_no_tickets_left_today_says_so(&k);
    the_idle_timeout_wipes_the_ticket_page(&k);
}

fn wait_text(k: &common::Kiosk, locale: &str, key: &str, minutes: u32) -> String {
    k.ctx
        .translations
        .text(locale, key, &[("minutes", ArgValue::Num(minutes.into()))])
}

fn a_visitor_takes_a_ticket_and_sees_the_hubs_number_and_estimate(k: &common::Kiosk) {
    let q = queue();
    issue(&q, "housing");
    issue(&q, "housing");
    link(k, &q, false);
    k.tap("English");
    k.tap("Take a ticket");
    assert_eq!(k.page(), Page::Ticket);
    let before = q.engine().estimated_wait_minutes("housing").unwrap();
    assert_eq!(before, 16, "two ahead at the default 8 minutes each");
    assert!(
        k.shows(&wait_text(k, "en-GB", "ticket-wait", before)),
        "each service shows its wait"
    );
    assert!(
        !k.shows(&k.text("en-GB", "ticket-extra-help")),
        "extra help is off by default"
    );

    k.tap("Housing");
    k.tap("Get my ticket");
    assert_eq!(k.page(), Page::TicketIssued);
    let engine = q.engine();
    let mine = engine.tickets().max_by_key(|t| t.id).unwrap();
    assert_eq!(
        (mine.label.as_str(), mine.state, mine.priority),
        ("A003", TicketState::Waiting, false)
    );
    let t = k.window.global::<Ticket>();
    assert_eq!(t.get_number(), "A003", "the hub's number, not one of ours");
    assert!(k.shows("ticket A003"));
    assert_eq!(t.get_wait(), wait_text(k, "en-GB", "ticket-wait-estimate", 16));
    assert!(k.shows("Estimated wait: about 16 minutes"));
    assert!(k.shows(&k.text("en-GB", "ticket-instructions")));
    assert_eq!(t.get_service(), "Housing");

    k.tap("Finish");
    assert_eq!(k.page(), Page::Rate, "how was it, for the service");
    k.tap("Skip");
    assert_eq!(k.page(), Page::Welcome);
    assert_eq!(t.get_number(), "", "the number is wiped with the session");
}

fn a_visitor_takes_a_ticket_in_urdu_on_a_mirrored_screen(k: &common::Kiosk) {
    let q = queue();
    link(k, &q, false);
    let name = k.ctx.translations.get("ur").unwrap().info.name.clone();
    k.tap(&name);
    k.tap(&k.text("ur", "ticket-menu-title"));
    assert!(k.window.global::<kiosk::ui::Theme>().get_rtl());
    k.tap(&k.text("ur", "ticket-service-council-tax"));
    k.tap(&k.text("ur", "ticket-also-go"));
    assert_eq!(k.page(), Page::TicketIssued);
    let t = k.window.global::<Ticket>();
    assert_eq!(t.get_number(), "B001");
    assert_eq!(q.engine().ticket(1).unwrap().label, "B001");
    assert_eq!(t.get_service(), k.text("ur", "ticket-service-council-tax"));
    assert_eq!(t.get_wait(), wait_text(k, "ur", "ticket-wait-estimate", 0));
    let finish = k.find(&k.text("ur", "ticket-finish"));
    let x = finish[0].absolute_position().x + finish[0].size().width / 2.0;
    assert!(x > 540.0, "Finish sits at the right-hand, reading-start edge ({x})");
}

fn extra_help_gives_a_priority_ticket_that_goes_ahead(k: &common::Kiosk) {
    let q = queue();
    issue(&q, "general");
    link(k, &q, true);
    k.tap("English");
    k.tap("Take a ticket");
    k.tap(&k.text("en-GB", "ticket-extra-help"));
    assert!(k.window.global::<Ticket>().get_extra_help_chosen());
    k.tap("General enquiries");
    k.tap("Get my ticket");
    let engine = q.engine();
    let waiting: Vec<_> = engine
        .waiting_in("general")
        .iter()
        .map(|t| (t.label.clone(), t.priority))
        .collect();
    assert_eq!(
        waiting,
        [("C002".to_owned(), true), ("C001".to_owned(), false)],
        "the priority ticket is called first"
    );
    assert_eq!(k.window.global::<Ticket>().get_number(), "C002");
    assert!(k.shows(&k.text("en-GB", "ticket-priority")));
}

fn an_appointment_is_checked_in_by_its_reference(k: &common::Kiosk) {
    let q = queue();
    link(k, &q, false);
    k.tap("English");
    k.tap("Take a ticket");
    k.tap("I have an appointment");
    assert_eq!(k.page(), Page::TicketAppointment);
    let t = k.window.global::<Ticket>();

    // Hostile or mistyped input is refused with a reason, and nothing is issued.
    let label = k.text("en-GB", "ticket-appointment-label");
    k.type_into(&label, "APT<script>");
    k.tap("Continue");
    assert_eq!(t.get_appointment_error(), k.text("en-GB", "ticket-appointment-error"));
    k.type_into(&label, &"X".repeat(21));
    k.tap("Continue");
    assert_eq!(k.page(), Page::TicketAppointment);
    assert_eq!(q.engine().tickets().count(), 0);

    // Typed on the on-screen keyboard.
    k.type_into(&label, "");
    for ch in "APT4471".chars() {
        k.tap(&ch.to_string());
    }
    assert_eq!(t.get_appointment_text(), "APT4471");
    k.tap("Continue");
    assert_eq!(k.page(), Page::Ticket);
    assert!(k.shows(&k.ctx.translations.text(
        "en-GB",
        "ticket-appointment-note",
        &[("reference", ArgValue::Str("APT4471"))]
    )));
    k.tap("Council Tax");
    let engine = q.engine();
    let ticket = engine.tickets().next().unwrap();
    assert_eq!(ticket.appointment.as_deref(), Some("APT4471"));
    assert!(ticket.priority, "an appointment goes ahead of walk-ins");
    assert_eq!(k.window.global::<Ticket>().get_number(), ticket.label.as_str());
    assert!(k.shows("You are checked in for appointment APT4471."));
}

fn an_unreachable_hub_means_no_ticket_and_a_word_to_ask_at_reception(k: &common::Kiosk) {
    let q = queue();
    link(k, &q, false);
    k.tap("English");

    // Gone before the visitor starts: straight to the message.
    q.set_connected(false);
    k.tap("Take a ticket");
    assert_eq!(k.page(), Page::TicketIssued);
    let t = k.window.global::<Ticket>();
    assert!(!t.get_issued());
    assert!(k.shows("Tickets are not available right now"));
    assert!(k.shows(&k.text("en-GB", "ticket-unavailable-body")));
    assert_eq!(t.get_number(), "");
    k.tap("Finish");

    // Gone between choosing and the hub's answer: still no number.
    q.set_connected(true);
    k.tap("English");
    k.tap("Take a ticket");
    q.set_connected(false);
    k.tap("Housing");
    assert_eq!(k.page(), Page::TicketIssued);
    assert!(!t.get_issued());
    assert_eq!(t.get_number(), "", "never a made-up number");
    assert_eq!(q.engine().tickets().count(), 0);
}

fn a_service_with_no_tickets_left_today_says_so(k: &common::Kiosk) {
    let q = Rc::new(LocalQueue::with_clock(
        QueueConfig {
            daily_cap: 1,
            ..QueueConfig::example()
        },
        Box::new(|| 1_700_000_000_000),
    ));
    issue(&q, "housing");
    link(k, &q, false);
    k.tap("English");
    k.tap("Take a ticket");
    assert!(
        k.shows("No more tickets today"),
        "the service list says so before the visitor taps"
    );
    k.tap("Housing");
    k.tap("Get my ticket");
    assert_eq!(k.page(), Page::TicketIssued);
    let t = k.window.global::<Ticket>();
    assert!(!t.get_issued());
    assert!(k.shows("There are no more tickets for Housing today"));
    assert!(k.shows(&k.text("en-GB", "ticket-unavailable-body")));
    assert_eq!(q.engine().issued_today("housing"), 1);
    k.tap("Finish");
    // Another visitor, another service: tickets as usual, and no word of the last refusal.
    k.tap("English");
    k.tap("Take a ticket");
    k.tap("General enquiries");
    k.tap("Get my ticket");
    assert_eq!(t.get_number(), "C001");
    assert!(!k.shows("There are no more tickets for Housing today"));
    k.tap("Finish");
}

fn the_idle_timeout_wipes_the_ticket_page(k: &common::Kiosk) {
    let q = queue();
    link(k, &q, false);
    k.tap("English");
    k.tap("Take a ticket");
    k.tap("Housing");
    k.tap("Get my ticket");
    assert_eq!(k.window.global::<Ticket>().get_number(), "A001");
    for _ in 0..=k.ctx.config.kiosk.idle_timeout_secs {
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_secs(1));
    }
    assert_eq!(k.page(), Page::Welcome);
    assert_eq!(k.window.global::<Ticket>().get_number(), "");
}

fn without_a_queue_the_menu_offers_no_tickets(k: &common::Kiosk) {
    k.tap("English");
    assert!(!k.shows("Take a ticket"));
}
