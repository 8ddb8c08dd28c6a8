//! Opening hours in the pure app: a closed kiosk says when it opens (on the welcome screen, the
//! menu and the ticket card, in the visitor's language, and to the keypad's speech), refuses
//! tickets (its own hours, or the hub's answer), offers forms only with `forms_when_closed`, and
//! opens at the opening time with nothing but the clock moving on.

use super::script::{Run, env};
use super::{Msg, Screen, TICKET_ID, TRACK_ID, focus, speak, update, view};
use onestop::queue::{ClientError, QueueError};

const HOURS: &str = "[queue]\ntickets = true\n[hours]\nmonday = \"09:00-17:00\"\ntuesday = \"09:00-17:00\"\n\
    wednesday = \"09:00-17:00\"\nthursday = \"09:00-17:00\"\nfriday = \"09:00-17:00\"\nsaturday = \"closed\"\n\
    sunday = \"closed\"\nforms_when_closed = false\n";

/// Friday 15 January 2027, 08:59 GMT.
const FRIDAY_0859: i64 = 1_800_003_540;

/// Fluent's bidi isolation marks round each argument, dropped to compare words.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn kiosk(config: &str) -> Run {
    let mut k = Run::with_config(config);
    k.queue = Some(std::sync::Arc::new(onestop::queue::Engine::new(
        onestop::queue::QueueConfig::example(),
    )));
    k
}

/// Send `msg` with the clock at `now`.
fn at(k: &mut Run, now: i64, msg: Msg) -> Vec<super::Effect> {
    let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
    e.now = now;
    update(&mut k.app, msg, &e)
}

fn welcome_closed(k: &Run, now: i64) -> String {
    let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
    e.now = now;
    plain(&view::welcome(&k.app, &e).closed)
}

#[test]
fn a_closed_kiosk_says_when_it_opens_refuses_tickets_then_opens_on_time() {
    let mut k = kiosk(HOURS);
    let now = FRIDAY_0859;
    assert_eq!(welcome_closed(&k, now), "Closed, opens at 09:00");
    {
        // A blind visitor hears it on arriving, and can move to it with the keypad.
        let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
        e.now = now;
        let w = view::Words::of(&k.app, &e);
        assert!(plain(&speak::arrival(&k.app, &e, &w)).contains("Closed, opens at 09:00"));
        let elements = focus::elements(&k.app, &e);
        let notice = elements
            .iter()
            .find(|el| el.id == "closed")
            .expect("the notice takes focus");
        assert_eq!(plain(&speak::describe(notice, &w)), "Closed, opens at 09:00");
    }
    at(&mut k, now, Msg::ChooseLanguage("en-GB".into()));
    let menu = {
        let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
        e.now = now;
        view::menu(&k.app, &e)
    };
    let ids: Vec<&str> = menu.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [TICKET_ID, TRACK_ID],
        "no forms when closed (forms_when_closed = false)"
    );
    assert_eq!(plain(&menu.services[0].summary), "Closed, opens at 09:00");
    assert_eq!(plain(&menu.closed), "Closed, opens at 09:00");
    // A form's card tapped as it went: nothing opens.
    at(&mut k, now, Msg::OpenService("missed-bin".into()));
    assert_eq!(k.app.nav.screen(), Screen::Menu);
    // "Take a ticket": no ticket is asked for, and the page says why and when.
    let fx = at(&mut k, now, Msg::OpenService(TICKET_ID.into()));
    assert!(!fx.iter().any(|f| matches!(f, super::Effect::IssueTicket { .. })));
    assert_eq!(k.app.nav.screen(), Screen::TicketIssued);
    let t = {
        let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
        e.now = now;
        view::ticket(&k.app, &e)
    };
    assert!(!t.issued);
    assert_eq!(t.result_title, "No tickets are given out while we are closed");
    assert_eq!(plain(&t.instructions), "Closed, opens at 09:00");
    at(&mut k, now, Msg::Finish);

    // The clock reaches 09:00: the next tick is enough.
    let nine = FRIDAY_0859 + 60;
    at(&mut k, nine, Msg::Tick);
    assert_eq!(welcome_closed(&k, nine), "");
    at(&mut k, nine, Msg::ChooseLanguage("en-GB".into()));
    let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
    e.now = nine;
    let menu = view::menu(&k.app, &e);
    assert!(menu.services.iter().any(|s| s.id == "missed-bin"), "forms are back");
    assert_eq!(menu.closed, "");
    assert!(!focus::elements(&k.app, &e).iter().any(|el| el.id == "closed"));
    drop(e);
    at(&mut k, nine, Msg::OpenService(TICKET_ID.into()));
    assert_eq!(k.app.nav.screen(), Screen::Ticket, "the service list, as before");
    at(&mut k, nine, Msg::TicketTake("housing".into()));
    let fx = at(&mut k, nine, Msg::TicketAlsoDone);
    assert!(fx.iter().any(|f| matches!(f, super::Effect::IssueTicket { .. })));
}

#[test]
fn the_notice_words_the_day_it_opens_in_every_language() {
    let k = kiosk(HOURS);
    let evening = FRIDAY_0859 + 9 * 3_600; // Friday 17:59
    assert_eq!(welcome_closed(&k, evening), "Closed, opens on Monday at 09:00");
    assert_eq!(
        welcome_closed(&k, evening + 2 * 86_400),
        "Closed, opens tomorrow at 09:00",
        "Sunday"
    );
    let english = welcome_closed(&k, evening);
    for tag in ["pl", "ro", "so", "ur", "ar", "pa", "gu", "bn", "hi", "zh-Hans"] {
        let mut k = kiosk(HOURS);
        at(&mut k, evening, Msg::ChooseLanguage(tag.into()));
        let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
        e.now = evening;
        let said = plain(&view::menu(&k.app, &e).closed);
        assert!(
            said.contains("09:00") && said != english && !said.contains("hours-"),
            "{tag}: {said}"
        );
    }
}

#[test]
fn the_hubs_closed_answer_is_shown_in_the_visitors_language() {
    // The kiosk thinks it is open (no hours of its own); the hub keeps the site's.
    let mut k = kiosk("[queue]\ntickets = true\n");
    let now = FRIDAY_0859;
    at(&mut k, now, Msg::ChooseLanguage("pl".into()));
    at(&mut k, now, Msg::OpenService(TICKET_ID.into()));
    at(&mut k, now, Msg::TicketTake("housing".into()));
    let fx = at(&mut k, now, Msg::TicketAlsoDone);
    let epoch = fx
        .iter()
        .find_map(|f| match f {
            super::Effect::IssueTicket { epoch, .. } => Some(*epoch),
            _ => None,
        })
        .expect("asked the hub");
    let opens: onestop::hours::LocalTime = serde_json::from_str("\"2027-01-18T09:00\"").unwrap();
    at(
        &mut k,
        now,
        Msg::TicketAnswer {
            epoch,
            minutes: None,
            result: Err(ClientError::Refused(QueueError::Closed { opens: Some(opens) })),
        },
    );
    assert_eq!(k.app.nav.screen(), Screen::TicketIssued);
    let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
    e.now = now;
    let t = view::ticket(&k.app, &e);
    assert_eq!(t.result_title, k.ctx.translations.text("pl", "ticket-closed", &[]));
    assert_eq!(plain(&t.instructions), "Zamknięte, otwarcie w poniedziałek o 09:00");
}

#[test]
fn forms_stay_when_the_council_says_so() {
    let k = kiosk(&HOURS.replace("forms_when_closed = false", "forms_when_closed = true"));
    let mut e = env(&k.ctx, &k.queue, k.card, k.printer);
    e.now = FRIDAY_0859;
    let menu = view::menu(&k.app, &e);
    assert!(menu.services.iter().any(|s| s.id == "missed-bin"));
    assert_eq!(
        plain(&menu.services[0].summary),
        "Closed, opens at 09:00",
        "but no tickets"
    );
}
