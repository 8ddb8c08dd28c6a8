//! "Take a ticket"'s newer steps as plain tests over [`update`], against a real in-process queue
//! ([`LocalQueue`]) standing in for the hub: the ticket's mobile page reaching the printed job
//! and the page, "anything else?" (its order, the most it takes, the keypad and what is said)
//! and the appointment check-in against today's list. [`Site`], the kiosk and its queue, is
//! shared with `script_help`.

use super::effect::Effect;
use super::script::Run;
use super::{Msg, Screen, view};
use crate::queue_link::{LocalQueue, QueueLink};
use onestop::config::KeyRole::{self, *};
use onestop::queue::engine::Appointment;
use onestop::queue::{Command, QueueConfig};
use std::cell::RefCell;
use std::rc::Rc;

/// A kiosk and the queue it reaches: every `IssueTicket` and `CallHelp` goes to the queue, as
/// the shell would send it, and the answer comes back as the shell would hand it over.
pub(super) struct Site {
    pub(super) k: Run,
    pub(super) q: LocalQueue,
}

/// The name the hub gives a kiosk that gave none in its hello.
const HUB_NAMES_IT: &str = "kiosk at 192.0.2.7";

impl Site {
    pub(super) fn new() -> Site {
        let keys = onestop::queue::mobile::TicketKeys::from_secret("a-test-page-key-of-32-characters");
        let mut k = Run::new();
        let pages = onestop::queue::server::MobileHub::new("http://hub.test", keys, k.ctx.translations.clone());
        let q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000)).with_pages(pages);
        k.printer = true;
        k.queue = Some(q.engine());
        Site { k, q }
    }

    /// Send `msg`, then carry out what it asked of the hub, feeding the answers back.
    pub(super) fn send(&mut self, msg: Msg) -> &mut Site {
        let from = self.k.effects.len();
        if self.k.queue.is_some() {
            // The replica as the hub has it now (a counter may have acted since).
            self.k.queue = Some(self.q.engine());
        }
        self.k.send(msg);
        let asked: Vec<(super::Epoch, Command, Option<u32>)> = self.k.effects[from..]
            .iter()
            .filter_map(|e| match e {
                Effect::IssueTicket {
                    epoch,
                    command,
                    minutes,
                } => Some((*epoch, command.clone(), *minutes)),
                Effect::CallHelp { epoch, kiosk } => {
                    let kiosk = if kiosk.is_empty() {
                        HUB_NAMES_IT.into()
                    } else {
                        kiosk.clone()
                    };
                    Some((*epoch, Command::CallHelp { kiosk }, None))
                }
                _ => None,
            })
            .collect();
        for (epoch, command, minutes) in asked {
            let answer = Rc::new(RefCell::new(None));
            let msg = if matches!(command, Command::Issue { .. }) {
                let slot = answer.clone();
                self.q.issue(command, Box::new(move |r| *slot.borrow_mut() = Some(r)));
                let result = answer.borrow_mut().take().expect("a local queue answers at once");
                Msg::TicketAnswer { epoch, minutes, result }
            } else {
                Msg::HelpAnswer {
                    epoch,
                    result: self.q.apply(&command),
                }
            };
            self.k.queue = Some(self.q.engine());
            self.k.send(msg);
        }
        self
    }

    pub(super) fn keys(&mut self, roles: &[KeyRole]) -> &mut Site {
        for r in roles {
            self.send(Msg::Key(*r));
        }
        self
    }

    pub(super) fn commands(&self) -> Vec<Command> {
        self.k
            .effects
            .iter()
            .filter_map(|e| match e {
                Effect::IssueTicket { command, .. } => Some(command.clone()),
                _ => None,
            })
            .collect()
    }

    pub(super) fn help_calls(&self) -> usize {
        self.k
            .effects
            .iter()
            .filter(|e| matches!(e, Effect::CallHelp { .. }))
            .count()
    }

    /// Everything said since the last call.
    pub(super) fn said(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        self.k.effects.retain(|e| match e {
            Effect::Say { text, .. } => {
                out.push(text.clone());
                false
            }
            _ => true,
        });
        out
    }

    pub(super) fn t(&self, id: &str) -> String {
        self.k.ctx.translations.text(&self.k.app.session.locale, id, &[])
    }

    pub(super) fn banner(&self) -> String {
        view::chrome(&self.k.app, &self.k.env()).help_notice
    }
}

#[test]
fn the_tickets_page_address_reaches_the_printer_and_the_page_with_the_further_services() {
    let mut s = Site::new();
    s.send(Msg::ChooseLanguage("pl".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketTake("housing".into()))
        .send(Msg::TicketAlso("general".into()))
        .send(Msg::TicketAlsoDone);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
    let ticket = s.q.engine().tickets().next().cloned().expect("the hub issued one");
    assert_eq!(
        ticket.locale.as_deref(),
        Some("pl"),
        "the mobile page is in the visitor's language"
    );
    let url =
        s.k.app
            .ticket
            .issued
            .as_ref()
            .and_then(|t| t.page_url.clone())
            .expect("a page");
    assert!(url.starts_with("http://hub.test/t/"), "{url}");
    let printed = s.k.effects.iter().find_map(|e| match e {
        Effect::Print {
            job: crate::devices::Job::Ticket { page_url, number, .. },
            ..
        } => Some((page_url.clone(), number.clone())),
        _ => None,
    });
    assert_eq!(printed, Some((Some(url.clone()), ticket.label.clone())));
    let v = view::ticket(&s.k.app, &s.k.env());
    assert_eq!(v.page_url, url);
    assert_eq!(v.follow, s.t("ticket-follow-screen"));
    let general = s.t("ticket-service-general");
    assert!(v.then.contains(&general), "{}", v.then);
    // Without pages, no code and no words about one.
    let mut plain = Site::new();
    plain.q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000));
    plain.k.queue = Some(plain.q.engine());
    plain
        .send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketTake("housing".into()))
        .send(Msg::TicketAlsoDone);
    let v = view::ticket(&plain.k.app, &plain.k.env());
    assert!(v.issued && v.page_url.is_empty() && v.follow.is_empty() && v.then.is_empty());
}

#[test]
fn further_services_go_in_the_order_ticked_and_a_third_is_refused() {
    let mut s = Site::new();
    let mut q = QueueConfig::example();
    q.services.push(q.services[2].clone());
    q.services[3].id = "parking".into();
    q.services[3].prefix = "D".into();
    s.q = LocalQueue::with_clock(q, Box::new(|| 1_700_000_000_000));
    s.k.queue = Some(s.q.engine());
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketTake("council-tax".into()));
    assert_eq!(s.k.app.nav.screen(), Screen::TicketAlso);
    let ids: Vec<String> = view::ticket(&s.k.app, &s.k.env())
        .also
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(
        ids,
        ["housing", "general", "parking"],
        "the others, in the site's order"
    );
    s.send(Msg::TicketAlso("parking".into()))
        .send(Msg::TicketAlso("housing".into()))
        .send(Msg::TicketAlso("general".into()));
    assert_eq!(s.k.app.ticket.also, ["parking", "housing"]);
    let full = view::ticket(&s.k.app, &s.k.env()).also_full;
    assert!(full.contains('2'), "the page says how many: {full}");
    // Unticking makes room again, and the message goes.
    s.send(Msg::TicketAlso("parking".into()))
        .send(Msg::TicketAlso("general".into()));
    assert_eq!(s.k.app.ticket.also, ["housing", "general"]);
    assert!(view::ticket(&s.k.app, &s.k.env()).also_full.is_empty());
    s.send(Msg::TicketAlsoDone);
    match s.commands().as_slice() {
        [Command::Issue { service, also, .. }] => {
            assert_eq!(service, "council-tax");
            assert_eq!(also, &["housing", "general"]);
        }
        other => panic!("one Issue expected, got {other:?}"),
    }
    let t = s.q.engine().tickets().next().cloned().unwrap();
    assert_eq!(t.next_services, ["housing", "general"]);
}

#[test]
fn an_appointment_check_in_and_a_single_service_site_skip_anything_else() {
    let mut s = Site::new();
    let mut one = QueueConfig::example();
    one.services.truncate(1);
    s.q = LocalQueue::with_clock(one, Box::new(|| 1_700_000_000_000));
    s.k.queue = Some(s.q.engine());
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketTake("housing".into()));
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued, "nothing else to offer");
}

#[test]
fn a_keypad_visitor_hears_the_tick_boxes_and_gets_a_ticket_with_one_press() {
    let mut s = Site::new();
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketTake("housing".into()));
    s.keys(&[Down]);
    assert_eq!(s.k.app.access.focus, "tk:go", "Get my ticket has focus first");
    let woke = s.said().join(" ");
    assert!(woke.contains("Do you need anything else today?"), "{woke}");
    s.keys(&[Down]);
    assert_eq!(
        s.said().last().map(String::as_str),
        Some("Council Tax, tick box, 1 of 2, not selected")
    );
    s.keys(&[Right]);
    assert_eq!(s.k.app.access.focus, "also:general");
    s.keys(&[Left, Activate]);
    assert_eq!(s.k.app.ticket.also, ["council-tax"]);
    assert_eq!(s.said().last().map(String::as_str), Some("selected"));
    s.keys(&[Back]);
    assert_eq!(s.k.app.nav.screen(), Screen::Ticket, "Back returns to the services");
    assert!(s.k.app.ticket.also.is_empty());
    s.send(Msg::TicketTake("housing".into()));
    s.said();
    s.keys(&[Activate]);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued, "one press for nothing else");
    let heard = s.said().join(" ");
    assert_eq!(
        heard.matches("There is a code to scan with your phone").count(),
        1,
        "the code is mentioned once: {heard}"
    );
}

#[test]
fn a_check_in_is_checked_against_todays_list() {
    let mut s = Site::new();
    let at_ms = 1_700_000_000_000 + 600_000;
    let appointments = vec![Appointment {
        reference: "APT4471".into(),
        at_ms,
        service: "council-tax".into(),
    }];
    s.q.apply(&Command::SetAppointments { appointments }).unwrap();
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketAppointment)
        .send(Msg::TicketAppointmentEdited("NOPE123".into()))
        .send(Msg::TicketAppointmentDone);
    assert_eq!(s.k.app.nav.screen(), Screen::TicketAppointment);
    let unknown = s.t("ticket-appointment-unknown");
    assert_eq!(view::ticket(&s.k.app, &s.k.env()).appointment_error, unknown);
    assert!(s.commands().is_empty(), "checked here, not at the hub");
    // A scanner types the confirmation's code and Enter: issued at once, for the booked service.
    s.send(Msg::TicketAppointmentEdited(String::new()))
        .send(Msg::Typed("ONESTOP-APPT:apt4471\n".into()));
    assert_eq!(s.k.app.nav.screen(), Screen::TicketIssued);
    let issued = s.k.app.ticket.issued.clone().expect("a ticket");
    assert_eq!(
        (issued.service.as_str(), issued.appointment.as_deref()),
        ("council-tax", Some("APT4471"))
    );
    // The same reference again.
    s.send(Msg::Finish)
        .send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketAppointment)
        .send(Msg::TicketAppointmentEdited(
            "https://council.test/appt?ref=APT4471".into(),
        ))
        .send(Msg::TicketAppointmentDone);
    let already = view::ticket(&s.k.app, &s.k.env()).appointment_error;
    assert!(already.contains(&issued.label), "{already}");
    assert_eq!(s.commands().len(), 1);
}

#[test]
fn the_hubs_check_in_refusals_get_the_same_words() {
    let mut s = Site::new();
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()))
        .send(Msg::TicketAppointment)
        .send(Msg::TicketAppointmentEdited("APT1".into()))
        .send(Msg::TicketAppointmentDone);
    assert_eq!(
        s.k.app.nav.screen(),
        Screen::Ticket,
        "no list here: the visitor chooses"
    );
    let epoch = s.k.app.session.epoch;
    for (refusal, want) in [
        (
            onestop::queue::QueueError::UnknownAppointment,
            s.t("ticket-appointment-unknown"),
        ),
        (onestop::queue::QueueError::CheckedIn("B007".into()), "B007".to_owned()),
    ] {
        s.k.app.ticket.appointment = Some("APT1".into());
        s.send(Msg::TicketAnswer {
            epoch,
            minutes: None,
            result: Err(onestop::queue::ClientError::Refused(refusal)),
        });
        assert_eq!(s.k.app.nav.screen(), Screen::TicketAppointment);
        let error = view::ticket(&s.k.app, &s.k.env()).appointment_error;
        assert!(error.contains(&want), "{error}");
    }
}
