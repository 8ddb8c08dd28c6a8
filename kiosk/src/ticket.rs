//! "Take a ticket": the visitor picks a service (optionally asking for extra help, or checking
//! in for an appointment by its reference), the kiosk sends `Issue` through its [`QueueLink`],
//! and the ticket page shows the number the hub gave, the service and the estimated wait, in
//! the visitor's language. When the hub cannot be reached or refuses, the page says tickets are
//! unavailable and to ask at reception: a number is only ever one the hub issued. This module
//! holds the flow and its rendering; the link itself is [`crate::queue_link`].

use crate::controller::Controller;
use crate::queue_link::{QueueKioskOptions, QueueLink};
use crate::ui::*;
use onestop::i18n::ArgValue;
use onestop::keyboard::{self, KeyAction, Layout};
use onestop::queue::{Command, Engine, Event, Sequenced};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};
use std::rc::Rc;
use std::sync::Arc;

/// The menu entry that opens "Take a ticket" rather than a form.
pub(crate) const TICKET_ID: &str = "__ticket";

/// Longest appointment reference the hub accepts.
const MAX_APPOINTMENT: usize = 20;

/// The queue as the kiosk holds it: the link (none: no queue at this site, no menu card), the
/// options, and the visitor's progress, which every session end wipes.
#[derive(Default)]
pub struct TicketDesk {
    link: Option<Rc<dyn QueueLink>>,
    options: QueueKioskOptions,
    flow: Flow,
    /// Bumped at every wipe, so a late reply for a finished session is dropped.
    generation: u64,
}

/// One visitor's way through the ticket screens.
#[derive(Default)]
struct Flow {
    extra_help: bool,
    /// A checked reference: the next service chosen is a check-in for it.
    appointment: Option<String>,
    appointment_error: bool,
    /// An `Issue` is on its way: further taps wait for it.
    pending: bool,
    /// What the ticket page shows; `None` there means "unavailable".
    issued: Option<Issued>,
    /// When there is no ticket because its service has issued all it may today: that service.
    none_left: Option<String>,
}

/// A ticket the hub issued.
#[derive(Clone)]
struct Issued {
    label: String,
    service: String,
    /// The estimate when it was issued; `None` when the kiosk had no replica to ask.
    minutes: Option<u32>,
    priority: bool,
    appointment: Option<String>,
}

fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

/// `typed` as an appointment reference the hub accepts (spaces dropped, capitals), or `None`.
pub fn appointment_reference(typed: &str) -> Option<String> {
    let r: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let ok = !r.is_empty() && r.len() <= MAX_APPOINTMENT && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(r)
}

impl Controller {
    /// Connect "Take a ticket" to the site's queue. Without this the menu has no ticket card.
    pub fn set_queue(&self, link: Rc<dyn QueueLink>, options: QueueKioskOptions) {
        {
            let mut desk = self.queue.borrow_mut();
            desk.link = Some(link);
            desk.options = options;
        }
        self.render_all();
    }

    /// The menu card for "Take a ticket", when the site has a queue.
    pub(crate) fn ticket_menu_card(&self, st: &crate::controller::State) -> Option<Service> {
        self.queue.borrow().link.as_ref()?;
        Some(Service {
            id: s(TICKET_ID),
            title: st.t("ticket-menu-title"),
            summary: st.t("ticket-menu-summary"),
        })
    }

    /// The replica, if the hub is reachable now.
    fn ticket_engine(&self) -> Option<Arc<Engine>> {
        let link = self.queue.borrow().link.clone()?;
        link.view().filter(|(_, connected)| *connected).map(|(e, _)| e)
    }

    /// Open the service list, or say at once that tickets are unavailable.
    pub fn open_ticket(&self) {
        self.queue.borrow_mut().flow = Flow::default();
        let page = if self.ticket_engine().is_some() {
            Page::Ticket
        } else {
            Page::TicketIssued
        };
        self.ticket_goto(page);
    }

    fn ticket_goto(&self, page: Page) {
        self.state.borrow_mut().page = page;
        let keyboard = page == Page::TicketAppointment;
        if keyboard {
            let mut st = self.state.borrow_mut();
            st.layout = Layout::Postcode;
            st.shifted = false;
        }
        self.with_window(|w| w.global::<Keyboard>().set_shown(keyboard));
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    pub(crate) fn ticket_toggle_extra_help(&self) {
        let mut desk = self.queue.borrow_mut();
        if desk.options.extra_help {
            desk.flow.extra_help = !desk.flow.extra_help;
        }
        drop(desk);
        self.render_ticket();
    }

    /// Go to the appointment page (the "I have an appointment" button).
    pub fn ticket_open_appointment(&self) {
        self.with_window(|w| w.global::<Ticket>().set_appointment_text(SharedString::new()));
        self.queue.borrow_mut().flow.appointment_error = false;
        self.ticket_goto(Page::TicketAppointment);
    }

    /// Check the typed appointment reference; if sound, choose the service next.
    pub fn ticket_appointment_done(&self) {
        let typed = self
            .window
            .upgrade()
            .map(|w| w.global::<Ticket>().get_appointment_text().to_string())
            .unwrap_or_default();
        match appointment_reference(&typed) {
            Some(r) => {
                let mut desk = self.queue.borrow_mut();
                desk.flow.appointment = Some(r);
                desk.flow.appointment_error = false;
                drop(desk);
                self.ticket_goto(Page::Ticket);
            }
            None => {
                self.queue.borrow_mut().flow.appointment_error = true;
                self.render_ticket();
            }
        }
    }

    pub(crate) fn ticket_back(&self) {
        if self.state.borrow().page == Page::TicketAppointment {
            return self.ticket_goto(Page::Ticket);
        }
        self.queue.borrow_mut().flow = Flow::default();
        self.ticket_goto(Page::Menu);
    }

    /// A key of the on-screen keyboard on the appointment page.
    pub(crate) fn ticket_key(&self, action: KeyAction) {
        if matches!(action, KeyAction::Enter) {
            return self.ticket_appointment_done();
        }
        self.with_window(|w| {
            let t = w.global::<Ticket>();
            t.set_appointment_text(s(keyboard::apply(&t.get_appointment_text(), &action)));
        });
    }

    /// Ask the hub for a ticket for `service`; the ticket page follows when it answers.
    pub fn ticket_take(self: &Rc<Self>, service: &str) {
        let (link, command, generation) = {
            let mut desk = self.queue.borrow_mut();
            let Some(link) = desk.link.clone() else { return };
            if desk.flow.pending {
                return;
            }
            desk.flow.pending = true;
            let command = Command::Issue {
                service: service.to_owned(),
                priority: desk.flow.extra_help && desk.options.extra_help,
                appointment: desk.flow.appointment.clone(),
            };
            (link, command, desk.generation)
        };
        // The wait a new ticket faces, from the replica as it stands before this one (none while
        // no open counter serves it).
        let minutes = link
            .view()
            .filter(|(_, connected)| *connected)
            .and_then(|(e, _)| e.estimated_wait_minutes(service));
        let weak = Rc::downgrade(self);
        link.send(
            command,
            Box::new(move |result| {
                if let Some(c) = weak.upgrade() {
                    c.ticket_answer(generation, minutes, result);
                }
            }),
        );
    }

    fn ticket_answer(
        &self,
        generation: u64,
        minutes: Option<u32>,
        result: Result<Vec<Sequenced>, onestop::queue::ClientError>,
    ) {
        let mut desk = self.queue.borrow_mut();
        if desk.generation != generation {
            return;
        }
        desk.flow.pending = false;
        desk.flow.none_left = None;
        let ticket = match result {
            Ok(events) => events.into_iter().find_map(|e| match e.event {
                Event::Issued { ticket } => Some(ticket),
                _ => None,
            }),
            Err(onestop::queue::ClientError::Refused(onestop::queue::QueueError::CapReached(service))) => {
                tracing::info!("no ticket: {service} has issued all its tickets today");
                desk.flow.none_left = Some(service);
                None
            }
            Err(reason) => {
                tracing::warn!("no ticket: {reason}");
                None
            }
        };
        desk.flow.issued = ticket.map(|t| Issued {
            label: t.label,
            service: t.service,
            minutes,
            priority: t.priority,
            appointment: t.appointment,
        });
        let issued = desk.flow.issued.clone();
        drop(desk);
        if let Some(t) = issued {
            let locale = self.state.borrow().locale.clone();
            let key = format!("ticket-service-{}", t.service);
            let service = {
                let st = self.state.borrow();
                let text = st.t(&key).to_string();
                if text == key { t.service.clone() } else { text }
            };
            let printout = self.print(crate::devices::Job::Ticket {
                locale,
                number: t.label.clone(),
                service,
                wait_minutes: t.minutes,
                priority: t.priority || t.appointment.is_some(),
                at: crate::clock::local_now(),
            });
            self.state.borrow_mut().printout = printout;
        }
        self.ticket_goto(Page::TicketIssued);
    }

    /// Forget the visitor's ticket and choices (session end); the link stays.
    pub(crate) fn ticket_wipe(&self) {
        {
            let mut desk = self.queue.borrow_mut();
            desk.flow = Flow::default();
            desk.generation += 1;
        }
        self.with_window(|w| {
            let t = w.global::<Ticket>();
            t.set_number(SharedString::new());
            t.set_service(SharedString::new());
            t.set_wait(SharedString::new());
            t.set_priority_note(SharedString::new());
            t.set_appointment_note(SharedString::new());
            t.set_appointment_text(SharedString::new());
            t.set_issued(false);
        });
    }

    /// Write the Ticket adapter from the flow, in the visitor's language.
    pub(crate) fn render_ticket(&self) {
        let st = self.state.borrow();
        let desk = self.queue.borrow();
        let flow = &desk.flow;
        let engine = desk
            .link
            .as_ref()
            .and_then(|l| l.view())
            .filter(|(_, c)| *c)
            .map(|(e, _)| e);
        let name = |id: &str| {
            let key = format!("ticket-service-{id}");
            let text = st.t(&key);
            // A service this kiosk has no words for is shown by its id rather than the key.
            if text == key { s(id) } else { text }
        };
        let wait = |key: &str, minutes: u32| st.ta(key, &[("minutes", ArgValue::Num(minutes.into()))]);
        let services: Vec<QueueService> = engine
            .as_ref()
            .map(|e| {
                e.config()
                    .services
                    .iter()
                    .map(|d| QueueService {
                        id: s(d.id.as_str()),
                        name: name(&d.id),
                        wait: if e.tickets_left(&d.id) == 0 {
                            st.t("ticket-no-more-today")
                        } else {
                            e.estimated_wait_minutes(&d.id)
                                .map_or_else(SharedString::new, |m| wait("ticket-wait", m))
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
        let appointment_note = flow.appointment.as_deref().map_or_else(SharedString::new, |r| {
            st.ta("ticket-appointment-note", &[("reference", ArgValue::Str(r))])
        });
        let issued = flow.issued.clone();
        let (number, service, wait_text, priority_note) = match &issued {
            Some(t) => (
                s(t.label.as_str()),
                name(&t.service),
                t.minutes
                    .map_or_else(SharedString::new, |m| wait("ticket-wait-estimate", m)),
                match (&t.appointment, t.priority) {
                    (Some(r), _) => st.ta("ticket-checked-in", &[("reference", ArgValue::Str(r))]),
                    (None, true) => st.t("ticket-priority"),
                    (None, false) => SharedString::new(),
                },
            ),
            None => Default::default(),
        };
        let options = desk.options;
        self.with_window(|w| {
            let g = w.global::<Ticket>();
            g.set_title(st.t("ticket-title"));
            g.set_hint(st.t(if flow.appointment.is_some() {
                "ticket-hint-appointment"
            } else {
                "ticket-hint"
            }));
            g.set_services(ModelRc::new(VecModel::from(services)));
            g.set_extra_help_offered(options.extra_help);
            g.set_extra_help(st.t("ticket-extra-help"));
            g.set_extra_help_chosen(flow.extra_help);
            g.set_appointment_link(st.t("ticket-appointment-link"));
            g.set_appointment_note(appointment_note);
            g.set_appointment_title(st.t("ticket-appointment-title"));
            g.set_appointment_hint(st.t("ticket-appointment-hint"));
            g.set_appointment_label(st.t("ticket-appointment-label"));
            g.set_appointment_continue(st.t("continue"));
            g.set_appointment_error(if flow.appointment_error {
                st.t("ticket-appointment-error")
            } else {
                SharedString::new()
            });
            g.set_issued(issued.is_some());
            g.set_result_title(match &flow.none_left {
                Some(id) => st.ta("ticket-none-left", &[("service", ArgValue::Str(&name(id)))]),
                None => st.t("ticket-unavailable"),
            });
            g.set_number_label(st.t("ticket-number-label"));
            g.set_number(number);
            g.set_service(service);
            g.set_wait(wait_text);
            g.set_priority_note(priority_note);
            g.set_instructions(st.t(if issued.is_some() {
                "ticket-instructions"
            } else {
                "ticket-unavailable-body"
            }));
            g.set_finish(st.t("ticket-finish"));
            let (note, failed) = if issued.is_some() {
                crate::controller::print_note(&st, "print-ticket")
            } else {
                Default::default()
            };
            g.set_print_note(note);
            g.set_print_failed(failed);
        });
    }
}
