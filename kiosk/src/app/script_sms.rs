//! "Get a text when it's your turn" as plain tests over [`update`], keypad only, against a
//! [`LocalQueue`] that takes texts: the consent said, a number that is not a UK mobile refused
//! under the box, a good one kept by the queue, and nothing of it left after the visit; with
//! texts off, nothing is offered.

use super::effect::Effect;
use super::focus::{Element, Role};
use super::script::Run;
use super::script_queue::Site;
use super::sms::SmsMsg;
use super::{Msg, Screen, view};
use crate::queue_link::{LocalQueue, QueueLink};
use onestop::config::KeyRole::{self, *};
use onestop::queue::QueueConfig;
use std::cell::RefCell;
use std::rc::Rc;

/// A kiosk offering texts (or not) and a queue sending them (or not).
fn site(texts: bool) -> Site {
    let mut k = Run::with_config(if texts {
        "[queue.sms]\nkiosk_offers = true\n"
    } else {
        ""
    });
    let q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000)).with_texts(texts);
    k.printer = true;
    k.queue = Some(q.engine());
    Site { k, q }
}

/// Send `msg` as the shell would, the queue answering any `SendSms` as the hub would.
fn send(s: &mut Site, msg: Msg) {
    let from = s.k.effects.len();
    s.send(msg);
    let asked: Vec<_> = s.k.effects[from..]
        .iter()
        .filter_map(|e| match e {
            Effect::SendSms { epoch, ticket, phone } => Some((*epoch, *ticket, phone.expose().to_owned())),
            _ => None,
        })
        .collect();
    for (epoch, ticket, phone) in asked {
        let answer = Rc::new(RefCell::new(None));
        let slot = answer.clone();
        s.q.sms(ticket, phone, Box::new(move |r| *slot.borrow_mut() = Some(r)));
        let result = answer.take().expect("a local queue answers at once");
        s.k.send(Msg::SmsAnswer { epoch, result });
    }
}

fn key(s: &mut Site, role: KeyRole) {
    send(s, Msg::Key(role));
}

fn elements(s: &Site) -> Vec<Element> {
    super::focus::elements(&s.k.app, &s.k.env())
}

/// Move the keypad's focus to the element `id` with Down (and Right along a keyboard row).
fn reach(s: &mut Site, id: &str) {
    for _ in 0..200 {
        let list = elements(s);
        let want = list
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no {id} on the page"));
        let here = list.iter().find(|e| e.id == s.k.app.access.focus);
        if here.is_some_and(|e| e.id == id) {
            return;
        }
        let same_row = matches!((here.and_then(|e| e.grid), want.grid), (Some((a, _)), Some((b, _))) if a == b);
        key(s, if same_row { Right } else { Down });
    }
    panic!("{id} cannot be reached");
}

/// Type `text` on the on-screen phone pad with the keypad, one key at a time.
fn type_on_pad(s: &mut Site, text: &str) {
    for c in text.chars() {
        let label = c.to_string();
        let keys = view::chrome(&s.k.app, &s.k.env()).keys;
        let (r, k) = keys
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.keys.iter().position(|k| k.label == label).map(|k| (r, k)))
            .unwrap_or_else(|| panic!("no key {label}"));
        let id = format!("key:{r}:{k}");
        assert!(elements(s).iter().any(|e| e.id == id && e.role == Role::Key));
        reach(s, &id);
        key(s, Activate);
    }
}

/// The ticket page, the ticket taken.
fn ticket(s: &mut Site) {
    send(s, Msg::ChooseLanguage("en-GB".into()));
    send(s, Msg::OpenService(super::TICKET_ID.into()));
    send(s, Msg::TicketTake("housing".into()));
    send(s, Msg::TicketAlsoDone);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
}

#[test]
fn a_keypad_visitor_agrees_to_texts_and_the_number_goes_with_the_visit() {
    let mut s = site(true);
    ticket(&mut s);
    s.said();
    reach(&mut s, "tk:sms");
    let heard = s.said().join(" ");
    assert!(heard.ends_with("Get a text when it's your turn, button"), "{heard}");
    key(&mut s, Activate);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketSms);
    assert_eq!(s.k.app.typing.layout, onestop::keyboard::Layout::Phone);
    let heard = s.said().join(" ");
    assert!(heard.contains(&s.t("ticket-sms-title")), "{heard}");
    assert!(
        heard.contains("only until the end of today"),
        "the consent is said: {heard}"
    );

    // Not a UK mobile: the hub's refusal is shown under the box and said.
    type_on_pad(&mut s, "12345");
    assert_eq!(s.k.app.ticket.sms.phone.expose(), "12345");
    reach(&mut s, "act:sms-send");
    s.said();
    key(&mut s, Activate);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketSms);
    let error = s.t("ticket-sms-error");
    assert_eq!(view::ticket(&s.k.app, &s.k.env()).sms_error, error);
    assert!(s.said().join(" ").contains(&error));
    assert!(s.q.phones().is_empty());

    // A good number: kept by the queue for this ticket, and the ticket page says so.
    for _ in 0..5 {
        type_on_pad(&mut s, "⌫");
    }
    assert_eq!(s.k.app.ticket.sms.phone.expose(), "");
    type_on_pad(&mut s, "+447700900123");
    assert!(
        !format!("{:?}", s.k.app).contains("7700900123"),
        "Debug shows no number while typed"
    );
    reach(&mut s, "act:sms-send");
    s.said();
    key(&mut s, Activate);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
    let id = s.k.app.ticket.issued.as_ref().expect("a ticket").id;
    let phones = s.q.phones();
    assert_eq!(phones.len(), 1);
    assert_eq!((phones[0].0, phones[0].1.expose()), (id, "+447700900123"));
    let agreed = s.t("ticket-sms-agreed");
    assert_eq!(agreed, "We will text you when you are 3rd and when you are called.");
    assert!(s.said().join(" ").contains(&agreed));
    assert!(s.k.all_text().contains(&agreed));
    assert!(!elements(&s).iter().any(|e| e.id == "tk:sms"), "offered once");
    // Nothing holds the number where it could be logged or shown again.
    for (what, text) in [
        ("the app", format!("{:?}", s.k.app)),
        ("the effects", format!("{:?}", s.k.effects)),
        ("the views", s.k.all_text()),
    ] {
        assert!(!text.contains("900123"), "the number in {what}");
    }

    // The end of the visit.
    send(&mut s, Msg::Finish);
    assert_eq!(s.k.app.ticket.sms, Default::default());
    assert!(!s.k.all_text().contains(&agreed));
}

#[test]
fn no_thanks_returns_to_the_ticket_and_a_hub_without_texts_is_said_plainly() {
    let mut s = site(true);
    ticket(&mut s);
    send(&mut s, Msg::Sms(SmsMsg::Open));
    send(
        &mut s,
        Msg::Sms(SmsMsg::Edited(onestop::queue::sms::Phone::new("07700 900123"))),
    );
    key(&mut s, Back);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued, "Back is No thanks");
    assert_eq!(s.k.app.ticket.sms.phone.expose(), "", "the number is forgotten");
    assert!(s.q.phones().is_empty());
    // The hub stopped sending texts since the kiosk was set up.
    s.q = std::mem::replace(&mut s.q, LocalQueue::new(QueueConfig::example())).with_texts(false);
    send(&mut s, Msg::Sms(SmsMsg::Open));
    send(
        &mut s,
        Msg::Sms(SmsMsg::Edited(onestop::queue::sms::Phone::new("07700 900123"))),
    );
    send(&mut s, Msg::Sms(SmsMsg::Send));
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
    assert_eq!(
        view::ticket(&s.k.app, &s.k.env()).sms_note,
        s.t("ticket-sms-unavailable")
    );
    assert!(view::ticket(&s.k.app, &s.k.env()).sms_offer.is_empty());
}

#[test]
fn with_texts_off_nothing_is_offered() {
    let mut s = site(false);
    ticket(&mut s);
    assert!(view::ticket(&s.k.app, &s.k.env()).sms_offer.is_empty());
    assert!(!elements(&s).iter().any(|e| e.id == "tk:sms"));
    send(&mut s, Msg::Sms(SmsMsg::Open));
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
}
