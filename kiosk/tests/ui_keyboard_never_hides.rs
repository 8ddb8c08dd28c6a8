//! The on-screen keyboard never hides what is being typed, nor the page's main action: on every
//! screen with a keyboard or pad (every kind of text question, box by box, and each box reached
//! from the error summary; "Track an enquiry"; an appointment reference; a card's PIN pad after a
//! wrong PIN; the staff PIN pad), in portrait 1080x1920 and landscape 1920x1080, in en-GB and in
//! Urdu. Tried as a new user would, the landscape address page once hid everything below the
//! postcode, and the card pad hid Continue and Cancel entirely.

mod common;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use kiosk::app::{Msg, Screen};
use kiosk::queue_link::{LocalQueue, QueueKioskOptions};
use onestop::forms::{Answers, FieldKind};
use slint::ComponentHandle as _;
use std::rc::Rc;
use std::time::Duration;

/// The header band's height: nothing under it is visible.
const HEADER: f32 = 104.0;

/// Let frames pass: layouts settle and the boxes' "keep me in view" timers run.
fn frames(k: &common::Kiosk) {
    for _ in 0..3 {
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
        let _ = k.find("");
    }
}

fn top_bottom(e: &ElementHandle) -> (f32, f32) {
    let (p, s) = (e.absolute_position(), e.size());
    (p.y, p.y + s.height)
}

/// The top of what covers the page from below: the action bar's buttons' top, else the keyboard's.
fn cover_top(k: &common::Kiosk) -> f32 {
    let keyboard = k.find("keyboard");
    assert_eq!(keyboard.len(), 1, "the keyboard shows");
    top_bottom(&keyboard[0]).0
}

/// Every main action above the keyboard is wholly visible; returns the top of the highest.
fn actions_visible(k: &common::Kiosk, what: &str) -> f32 {
    use kiosk::ui::App;
    let actions = k.window.global::<App>().get_actions();
    assert!(
        slint::Model::row_count(&actions) > 0,
        "{what}: no main action above the keyboard"
    );
    let cover = cover_top(k);
    let mut highest = cover;
    for a in slint::Model::iter(&actions) {
        let found: Vec<_> = k
            .find(&a.label)
            .into_iter()
            .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
            .collect();
        assert_eq!(found.len(), 1, "{what}: {:?} once, in the bar", a.label);
        let (top, bottom) = top_bottom(&found[0]);
        assert!(
            top >= HEADER && bottom <= cover + 0.5,
            "{what}: {:?} hidden ({top}..{bottom}, keyboard at {cover})",
            a.label
        );
        highest = highest.min(top);
    }
    highest
}

/// `e` is wholly visible between the header and the action bar.
fn visible(e: &ElementHandle, bar: f32, what: &str) {
    let (top, bottom) = top_bottom(e);
    assert!(
        top >= HEADER - 0.5 && bottom <= bar + 0.5,
        "{what}: hidden at {top}..{bottom} (bar at {bar})"
    );
}

/// The text boxes on screen, with their labels.
fn inputs(k: &common::Kiosk) -> Vec<ElementHandle> {
    ElementQuery::from_root(&k.window)
        .match_descendants()
        .match_accessible_role(AccessibleRole::TextInput)
        .find_all()
        .into_iter()
        .filter(|e| e.size().width > 0.5 && e.size().height > 0.5)
        .fold(Vec::new(), |mut seen: Vec<ElementHandle>, e| {
            // The query can meet one element by more than one path.
            let same = |a: &ElementHandle| a.absolute_position() == e.absolute_position() && a.size() == e.size();
            if !seen.iter().any(same) {
                seen.push(e);
            }
            seen
        })
}

/// The box typed into: the one labelled as part `part`, or the only one.
fn active_box(k: &common::Kiosk, locale: &str, kind: FieldKind, part: i32) -> ElementHandle {
    let all = inputs(k);
    let label = match (kind, part) {
        (FieldKind::Address, p) => ["address-postcode", "address-house", "address-street", "address-town"][p as usize],
        (FieldKind::Date, p) => ["date-day", "date-month", "date-year"][p as usize],
        _ => {
            let labels: Vec<_> = all
                .iter()
                .map(|e| (e.accessible_label(), e.absolute_position(), e.size()))
                .collect();
            assert_eq!(all.len(), 1, "one box: {labels:?}");
            return all[0].clone();
        }
    };
    let words = k.text(locale, label);
    all.into_iter()
        .find(|e| e.accessible_label().is_some_and(|l| l.starts_with(&words)))
        .unwrap_or_else(|| panic!("no box labelled {words:?}"))
}

/// One question of each kind the keyboard types into.
fn text_questions(k: &common::Kiosk) -> Vec<(String, String, FieldKind, Answers)> {
    let mut out: Vec<(String, String, FieldKind, Answers)> = Vec::new();
    for f in k.ctx.forms.all() {
        for q in &f.questions {
            let typed = kiosk::app::form::input_kind(q.kind, 0).is_some();
            if !typed || q.show_if.is_some() || out.iter().any(|(_, _, kind, _)| *kind == q.kind) {
                continue;
            }
            out.push((f.id.clone(), q.id.clone(), q.kind, Answers::new()));
        }
    }
    assert!(out.len() >= 6, "only {} kinds", out.len());
    out
}

fn check_everything(k: &common::Kiosk, locale: &str, size: &str) {
    let c = &k.controller;
    let mut looked = 0;
    for (form, question, kind, answers) in text_questions(k) {
        c.finish();
        c.choose_language(locale);
        c.goto(&form, answers, Some(&question));
        let last = kiosk::app::form::last_part(kind);
        for part in 0..=last {
            c.dispatch(Msg::FocusPart(part));
            frames(k);
            let what = format!("{size} {locale} {form}/{question} box {part}");
            let bar = actions_visible(k, &what);
            visible(&active_box(k, locale, kind, part), bar, &what);
            looked += 1;
        }
    }
    // From the error summary: each link puts the visitor in its box, which comes into view.
    c.finish();
    c.choose_language(locale);
    c.goto("missed-bin", Answers::new(), Some("address"));
    c.dispatch(Msg::Continue);
    frames(k);
    let errors: Vec<_> = slint::Model::iter(&k.window.global::<kiosk::ui::Question>().get_errors()).collect();
    assert!(errors.len() >= 2, "errors for the postcode and the street");
    for e in errors {
        c.dispatch(Msg::FocusPart(e.part));
        frames(k);
        let what = format!("{size} {locale} error link to box {}", e.part);
        let bar = actions_visible(k, &what);
        visible(&active_box(k, locale, FieldKind::Address, e.part), bar, &what);
        looked += 1;
    }
    // Track an enquiry, and an appointment reference.
    c.finish();
    c.choose_language(locale);
    c.dispatch(Msg::OpenService(kiosk::app::TRACK_ID.into()));
    frames(k);
    let bar = actions_visible(k, &format!("{size} {locale} track"));
    visible(&inputs(k)[0], bar, "track");
    c.dispatch(Msg::OpenService(kiosk::app::TICKET_ID.into()));
    c.dispatch(Msg::TicketAppointment);
    frames(k);
    let bar = actions_visible(k, &format!("{size} {locale} appointment"));
    visible(&inputs(k)[0], bar, "appointment");
    // A card's PIN pad after a wrong PIN: the message too.
    c.finish();
    c.choose_language(locale);
    c.dispatch(Msg::OpenService("library-join".into()));
    c.dispatch(Msg::Card(onestop::card::CardEvent::Read {
        reader: onestop::card::ReaderKind::Wedge,
        number: onestop::card::CardNumber::parse("21234001234567").unwrap(),
    }));
    assert_eq!(c.app.borrow().nav.screen(), Screen::CardPin);
    c.app.borrow_mut().card.pad_message = Some(("card-pin-wrong".into(), true, 2));
    c.render();
    frames(k);
    let what = format!("{size} {locale} card pad");
    let bar = actions_visible(k, &what);
    let message = k
        .ctx
        .translations
        .text(locale, "card-pin-wrong", &[("left", onestop::i18n::ArgValue::Num(2))]);
    let shown = k.find(&message);
    assert!(!shown.is_empty(), "{what}: the message");
    visible(&shown[0], bar, &what);
    // The staff PIN pad.
    c.finish();
    c.dispatch(Msg::StaffShortcut);
    frames(k);
    actions_visible(k, &format!("{size} staff pad"));
    c.finish();
    assert!(looked >= 12, "{looked} boxes looked at");
}

#[test]
fn the_keyboard_never_hides_the_box_being_typed_in_or_the_main_action() {
    let k = common::start();
    let queue = Rc::new(LocalQueue::new(onestop::queue::QueueConfig::example()));
    queue.apply(&onestop::queue::Command::Open { counter: 1 }).unwrap();
    k.controller.set_queue(queue, QueueKioskOptions::default());
    // A card provider that needs a PIN, for its pad (no lookup is made here).
    {
        let mut w = k.controller.workers.borrow_mut();
        w.card.provider = Some("sip2");
        w.card.needs_pin = true;
    }
    for (w, h) in [(1080.0, 1920.0), (1920.0, 1080.0)] {
        k.window.window().set_size(slint::LogicalSize::new(w, h));
        for locale in ["en-GB", "ur"] {
            check_everything(&k, locale, &format!("{w}x{h}"));
        }
    }
}
