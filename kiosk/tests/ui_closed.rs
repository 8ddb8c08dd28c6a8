//! Opening hours in the real window (a bus kiosk hosting its hub): before opening time the
//! welcome screen and the menu say "Closed, opens at 09:00" as text a screen reader finds, the
//! "Take a ticket" card says so too and tapping it gives no ticket, and forms are off the menu;
//! when the kiosk's clock reaches 09:00 the next tick opens it with no restart.

mod common;

use kiosk::ui::Page;
use onestop::i18n::ArgValue;
use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Friday 15 January 2027, 08:59 GMT.
const FRIDAY_0859: i64 = 1_800_003_540;

#[test]
fn a_closed_kiosk_says_when_it_opens_and_opens_at_that_time() {
    let k = common::start_with_config(
        "[queue]\ntickets = true\nstandalone = true\nlisten = \"127.0.0.1:0\"\n[hours]\nmonday = \"09:00-17:00\"\n\
         tuesday = \"09:00-17:00\"\nwednesday = \"09:00-17:00\"\nthursday = \"09:00-17:00\"\nfriday = \"09:00-17:00\"\n\
         saturday = \"closed\"\nsunday = \"closed\"\nforms_when_closed = false\n",
    );
    let now = Rc::new(Cell::new(FRIDAY_0859));
    let clock = now.clone();
    k.controller.set_staff_clock(move || clock.get());
    let io = kiosk::shell::workers::io_runtime().unwrap();
    let queue = kiosk::queue_hub::start(&k.ctx, &k.controller, io.handle().clone())
        .unwrap()
        .expect("tickets are on");
    let deadline = Instant::now() + Duration::from_secs(10);
    while onestop::queue::link::QueueLink::view(&*queue.link).is_none_or(|(_, c)| !c) {
        assert!(Instant::now() < deadline, "the kiosk reaches its own hub");
        std::thread::sleep(Duration::from_millis(10));
    }
    // One tick, so the window shows the kiosk's clock.
    i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(1));
    let notice = k.ctx.translations.text(
        "en-GB",
        "hours-closed-opens",
        &[
            ("when", ArgValue::Str("today")),
            ("time", ArgValue::Str("09:00")),
            ("date", ArgValue::Str("15/01/2027")),
        ],
    );
    assert!(k.shows(&notice), "the welcome screen says when it opens");

    k.tap("English");
    assert_eq!(k.page(), Page::Menu);
    assert!(k.shows(&notice), "and the menu");
    let missed_bin = k.form_text("en-GB", "missed-bin", "title", None);
    assert!(!k.shows(&missed_bin), "no forms while closed");
    let ticket_title = k.text("en-GB", "ticket-menu-title");
    let card = k.find(&ticket_title);
    assert_eq!(
        card[0].accessible_description().map(|d| d.to_string()),
        Some(notice.clone()),
        "the ticket card says it is closed"
    );
    k.tap(&ticket_title);
    assert_eq!(k.page(), Page::TicketIssued);
    assert!(k.shows(&k.text("en-GB", "ticket-closed")));
    assert!(k.shows(&notice));
    use slint::ComponentHandle as _;
    assert_eq!(k.window.global::<kiosk::ui::Ticket>().get_number(), "", "no number");
    k.controller.finish();

    // 09:00: the idle timer's next tick opens the kiosk.
    now.set(FRIDAY_0859 + 60);
    i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(1));
    assert_eq!(k.page(), Page::Welcome);
    assert!(!k.shows(&notice), "open: no notice");
    k.tap("English");
    assert!(k.shows(&missed_bin), "the forms are back");
    k.tap(&ticket_title);
    assert_eq!(k.page(), Page::Ticket, "the services to take a ticket for");

    let mut queue = queue;
    let hub = queue.hub.take().expect("the kiosk hosts the hub");
    assert!(kiosk::background::stop_all(vec![hub], Duration::from_secs(10)).is_empty());
}
