//! No screen has a blank: every screen of the kiosk and both overlays (the idle-timeout warning
//! and "start again?"), opened as a visitor or staff member would, in en-GB and in Urdu, with
//! the on-screen keyboard open where there is one. On each, every visible button, every heading
//! and every dialog's words must have text. The "start again?" dialog once showed no heading and
//! two unlabelled buttons, one of which deletes the visitor's answers; keep this test forever.

mod common;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use kiosk::queue_link::{LocalQueue, QueueKioskOptions};
use kiosk::ui::Page;
use onestop::queue::QueueConfig;
use slint::ComponentHandle as _;
use std::io::Write as _;
use std::rc::Rc;
use std::time::Duration;

const PIN: &str = "482913";

fn tick(ms: u64) {
    i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(ms));
}

fn shown(e: &ElementHandle) -> bool {
    let s = e.size();
    s.width > 0.5 && s.height > 0.5 && e.computed_opacity() > 0.0
}

fn blank(e: &ElementHandle) -> bool {
    e.accessible_label().is_none_or(|l| l.trim().is_empty())
}

/// Every visible button, heading and dialog text on screen now has words; returns how many
/// were looked at.
fn nothing_blank(k: &common::Kiosk, screen: &str) -> usize {
    let all = |q: ElementQuery| q.find_all().into_iter().filter(shown).collect::<Vec<_>>();
    let root = || ElementQuery::from_root(&k.window).match_descendants();
    let buttons = all(root().match_accessible_role(AccessibleRole::Button));
    let headings = all(root().match_type_name("Heading"));
    let dialogs = all(root().match_accessible_role(AccessibleRole::Groupbox));
    let mut problems = Vec::new();
    for (what, list) in [("button", &buttons), ("heading", &headings), ("dialog", &dialogs)] {
        for e in list.iter().filter(|e| blank(e)) {
            problems.push(format!("a {what} with no words at {:?}", e.absolute_position()));
        }
    }
    let mut texts = 0;
    for d in &dialogs {
        for p in all(d.query_descendants().match_type_name("Para")) {
            texts += 1;
            if blank(&p) {
                problems.push(format!("dialog {:?}: a paragraph with no words", d.accessible_label()));
            }
        }
    }
    assert!(problems.is_empty(), "{screen}: {problems:#?}");
    assert!(!buttons.is_empty(), "{screen}: no buttons found at all");
    buttons.len() + headings.len() + dialogs.len() + texts
}

/// The page now, for saying where a walk went wrong.
fn on(k: &common::Kiosk, page: Page) {
    assert_eq!(k.page(), page);
}

/// Run the event loop until the staff PIN check, on its worker thread, has answered.
fn settle(k: &common::Kiosk) {
    for _ in 0..2_000 {
        slint::invoke_from_event_loop(|| {
            let _ = slint::quit_event_loop();
        })
        .unwrap();
        slint::run_event_loop().unwrap();
        if k.page() == Page::Staff {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the staff PIN check never answered");
}

#[test]
fn every_screen_and_overlay_has_words_in_english_and_urdu() {
    let url = common::lookup::start();
    let dir = tempfile::tempdir().unwrap();
    let reader = dir.path().join("reader.txt");
    std::fs::write(&reader, "").unwrap();
    let hash = onestop::staff::pin::hash_pin(PIN).unwrap();
    let k = common::start_with_config(&format!(
        "[cards]\nidentity = \"crm\"\ncrm_url = \"{url}\"\ncrm_key = \"k\"\nsimulated = \"{}\"\n\n[staff]\npin_hash = \"{hash}\"\n",
        reader.display()
    ));
    let _readers = k.start_devices();
    let card = |line: &str| {
        let mut f = std::fs::OpenOptions::new().append(true).open(&reader).unwrap();
        writeln!(f, "{line}").unwrap();
    };
    let mut looked_at = 0;
    for locale in ["en-GB", "ur"] {
        let t = |id: &str| k.text(locale, id);
        let f = |id: &str, attr: Option<&str>| k.form_text(locale, "missed-bin", id, attr);
        let q = Rc::new(LocalQueue::with_clock(
            QueueConfig::example(),
            Box::new(|| 1_700_000_000_000),
        ));
        k.controller.finish();
        k.controller.set_queue(
            q.clone(),
            QueueKioskOptions {
                extra_help: true,
                texts: true,
            },
        );
        on(&k, Page::Welcome);
        looked_at += nothing_blank(&k, "welcome");

        let name = k.ctx.translations.get(locale).unwrap().info.name.clone();
        k.tap(&name);
        on(&k, Page::Menu);
        looked_at += nothing_blank(&k, &format!("{locale} menu"));

        // A form: a choice, its error, the address with the keyboard open, yes/no, long text.
        k.tap(&f("title", None));
        on(&k, Page::Question);
        looked_at += nothing_blank(&k, &format!("{locale} a choice question"));
        k.tap(&t("continue"));
        looked_at += nothing_blank(&k, &format!("{locale} a question with its error summary"));
        k.tap(&f("bin-type", Some("opt-recycling")));
        k.tap(&t("continue"));
        if k.shows(&t("keyboard-show")) {
            k.tap(&t("keyboard-show"));
        }
        looked_at += nothing_blank(&k, &format!("{locale} the address with the keyboard open"));
        k.type_into(&t("address-postcode"), "LE1 1AA");
        k.type_into(&t("address-house"), "12");
        k.type_into(&t("address-street"), "High Street");
        k.tap(&t("continue"));
        looked_at += nothing_blank(&k, &format!("{locale} a yes/no question"));
        k.tap(&t("yes"));
        k.tap(&t("continue"));
        looked_at += nothing_blank(&k, &format!("{locale} a long-text question"));
        k.tap(&t("continue"));
        on(&k, Page::Check);
        looked_at += nothing_blank(&k, &format!("{locale} check your answers"));

        // Start again?, then No: the answers stay.
        k.tap(&t("start-again"));
        assert!(k.shows(&t("leave-title")), "{locale}: the dialog has its heading");
        looked_at += nothing_blank(&k, &format!("{locale} the start-again dialog"));
        k.tap(&t("leave-no"));
        on(&k, Page::Check);
        assert!(!k.shows(&t("leave-title")));

        // The idle warning.
        let cfg = k.ctx.config.kiosk.clone();
        for _ in 0..(cfg.idle_timeout_secs - cfg.idle_warning_secs + 1) {
            tick(1_000);
        }
        assert!(k.shows(&t("timeout-more-time")), "{locale}: warned");
        looked_at += nothing_blank(&k, &format!("{locale} the idle warning"));
        k.tap(&t("timeout-more-time"));

        k.tap(&t("send"));
        on(&k, Page::Confirm);
        looked_at += nothing_blank(&k, &format!("{locale} the confirmation"));
        k.controller.finish();

        // Track an enquiry.
        k.tap(&name);
        k.tap(&t("track-menu-title"));
        on(&k, Page::Track);
        looked_at += nothing_blank(&k, &format!("{locale} track an enquiry"));
        k.controller.finish();

        // Take a ticket, the appointment check-in, the ticket itself.
        k.tap(&name);
        k.tap(&t("ticket-menu-title"));
        on(&k, Page::Ticket);
        looked_at += nothing_blank(&k, &format!("{locale} take a ticket"));
        k.tap(&t("ticket-appointment-link"));
        on(&k, Page::TicketAppointment);
        looked_at += nothing_blank(&k, &format!("{locale} an appointment check-in"));
        k.tap(&t("back"));
        k.tap(&t("ticket-service-general"));
        on(&k, Page::TicketAlso);
        looked_at += nothing_blank(&k, &format!("{locale} anything else"));
        k.tap(&t("ticket-also-go"));
        on(&k, Page::TicketIssued);
        looked_at += nothing_blank(&k, &format!("{locale} the ticket"));
        k.controller.finish();

        // A library card: the PIN pad and the consent page.
        k.tap(&name);
        k.tap(&k.form_text(locale, "library-join", "title", None));
        card(&format!("tap {}", common::lookup::CARD));
        k.wait_for(&t("card-pin-title"));
        on(&k, Page::CardPin);
        looked_at += nothing_blank(&k, &format!("{locale} the card PIN pad"));
        // Typed on a keypad: the keys must reach the pad after a visit that used text fields.
        k.keys("1234");
        assert_eq!(k.window.global::<kiosk::ui::Card>().get_pin_dots(), "●●●●", "{locale}");
        k.keys("\n");
        k.wait_for(&t("card-consent-title"));
        on(&k, Page::CardConsent);
        looked_at += nothing_blank(&k, &format!("{locale} the card consent page"));
        k.tap(&t("card-consent-yes"));
        k.controller.finish();
        card("remove");

        // Staff: the PIN pad, then the staff screen.
        k.staff_shortcut();
        on(&k, Page::StaffPin);
        looked_at += nothing_blank(&k, &format!("{locale} the staff PIN pad"));
        for d in PIN.chars() {
            let key: Vec<_> = ElementHandle::find_by_accessible_label(&k.window, &d.to_string())
                .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
                .collect();
            key[0].invoke_accessible_default_action();
            tick(16);
        }
        k.tap(&k.text("en-GB", "key-enter")); // the staff language
        settle(&k);
        looked_at += nothing_blank(&k, &format!("{locale} the staff screen"));
        assert!(
            k.window.global::<kiosk::ui::Staff>().get_connectivity_ok(),
            "no CRM configured is a normal set-up, not shown as an error"
        );
        k.controller.finish();
    }
    eprintln!("looked at {looked_at} buttons, headings and dialog texts");
}
