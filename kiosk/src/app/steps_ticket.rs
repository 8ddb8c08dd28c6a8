//! "Take a ticket": its steps (a service, "anything else?", an appointment reference) and the
//! hub's answer. A check-in is checked against the replica's appointments when the hub loaded
//! them, so a visitor hears at once that a reference is unknown or already used.

use super::effect::Effect;
use super::session::Epoch;
use super::ticket::{Issued, Refusal, scanned_reference};
use super::{App, Env, Screen};
use onestop::keyboard::Layout;
use onestop::queue::{ClientError, Command, Done, Event, QueueError};

impl App {
    /// Show a ticket page.
    pub(super) fn ticket_goto(&mut self, to: Screen) {
        if to == Screen::TicketAppointment {
            self.typing.set(Layout::Postcode);
        }
        self.nav.show(to);
    }

    /// Continue on the appointment page: a sound reference (typed or scanned). With today's
    /// list on the replica it is checked here, and a known one is issued at once for its booked
    /// service; without one, the visitor chooses the service.
    pub(super) fn ticket_appointment_done(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        self.ticket.appointment_refused = None;
        let Some(r) = scanned_reference(&self.ticket.appointment_text) else {
            self.ticket.appointment_error = true;
            return;
        };
        self.ticket.appointment_error = false;
        self.ticket.appointment_text = r.clone();
        let list = env.queue.as_ref().and_then(|e| {
            let booked = e
                .appointments()?
                .into_iter()
                .find(|a| a.reference.eq_ignore_ascii_case(&r));
            Some((
                booked.map(|a| a.service.clone()),
                e.checked_in(&r).map(|t| t.label.clone()),
            ))
        });
        match list {
            Some((None, _)) => self.ticket.appointment_refused = Some(Refusal::Unknown),
            Some((Some(_), Some(label))) => self.ticket.appointment_refused = Some(Refusal::CheckedIn(label)),
            Some((Some(service), None)) => {
                self.ticket.appointment = Some(r);
                self.ticket_issue(&service, env, fx);
            }
            None => {
                self.ticket.appointment = Some(r);
                self.ticket_goto(Screen::Ticket);
            }
        }
    }

    pub(super) fn ticket_back(&mut self) {
        match self.nav.screen() {
            Screen::TicketAppointment => return self.ticket_goto(Screen::Ticket),
            Screen::TicketAlso => {
                self.ticket.chosen = None;
                self.ticket.also.clear();
                self.ticket.also_full = false;
                return self.ticket_goto(Screen::Ticket);
            }
            _ => {}
        }
        self.ticket = Default::default();
        self.nav.go(Screen::Menu);
    }

    /// A service on the list: "anything else?" next when there are others to add (not for an
    /// appointment, whose booking says what it is about), else the ticket.
    pub(super) fn ticket_take(&mut self, service: &str, env: &Env, fx: &mut Vec<Effect>) {
        if !env.has_queue || self.ticket.pending {
            return;
        }
        let services = env.queue.as_ref().map_or(0, |e| e.config().services.len());
        if self.nav.screen() == Screen::Ticket && self.ticket.appointment.is_none() && services > 1 {
            self.ticket.chosen = Some(service.to_owned());
            self.ticket.also.clear();
            self.ticket.also_full = false;
            return self.ticket_goto(Screen::TicketAlso);
        }
        self.ticket_issue(service, env, fx);
    }

    /// A tick box on "anything else?": on or off, refusing a tick past the most.
    pub(super) fn ticket_also_toggle(&mut self, service: &str) {
        let also = &mut self.ticket.also;
        self.ticket.also_full = false;
        if let Some(i) = also.iter().position(|s| s == service) {
            also.remove(i);
        } else if also.len() >= onestop::queue::engine::MAX_ALSO {
            self.ticket.also_full = true;
        } else if self.ticket.chosen.as_deref() != Some(service) {
            also.push(service.to_owned());
        }
    }

    /// "Get my ticket" on "anything else?".
    pub(super) fn ticket_also_done(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if let Some(service) = self.ticket.chosen.clone() {
            self.ticket_issue(&service, env, fx);
        }
    }

    /// Ask the hub for a ticket for `service` (and the services ticked after it); the ticket
    /// page follows its answer.
    fn ticket_issue(&mut self, service: &str, env: &Env, fx: &mut Vec<Effect>) {
        if !env.has_queue || self.ticket.pending {
            return;
        }
        if let Some(opens) = super::hours::closed(env) {
            // Closing time came while the list was open: the hub would refuse it too.
            self.ticket.closed = Some(opens);
            return self.ticket_goto(Screen::TicketIssued);
        }
        self.ticket.pending = true;
        let command = Command::Issue {
            service: service.to_owned(),
            priority: self.ticket.extra_help && env.queue_options.extra_help,
            appointment: self.ticket.appointment.clone(),
            also: self.ticket.also.clone(),
            locale: Some(self.session.locale.clone()),
        };
        // The wait a new ticket faces, from the replica as it stands before this one.
        let minutes = env.queue.as_ref().and_then(|e| e.estimated_wait_minutes(service));
        fx.push(Effect::IssueTicket {
            epoch: self.session.epoch,
            command,
            minutes,
        });
    }

    /// The hub's answer: the ticket (printed), or "unavailable".
    pub(super) fn ticket_answer(
        &mut self,
        epoch: Epoch,
        minutes: Option<u32>,
        result: Result<Done, ClientError>,
        env: &Env,
        fx: &mut Vec<Effect>,
    ) {
        if epoch != self.session.epoch {
            return;
        }
        self.ticket.pending = false;
        self.ticket.none_left = None;
        self.ticket.closed = None;
        let mut page_url = None;
        let ticket = match result {
            Ok(done) => {
                page_url = done.ticket_url;
                done.events.into_iter().find_map(|e| match e.event {
                    Event::Issued { ticket } => Some(ticket),
                    _ => None,
                })
            }
            Err(ClientError::Refused(QueueError::CapReached(service))) => {
                tracing::info!("no ticket: {service} has issued all its tickets today");
                self.ticket.none_left = Some(service);
                None
            }
            Err(ClientError::Refused(QueueError::UnknownAppointment)) => {
                return self.appointment_refused(Refusal::Unknown);
            }
            Err(ClientError::Refused(QueueError::CheckedIn(label))) => {
                return self.appointment_refused(Refusal::CheckedIn(label));
            }
            Err(ClientError::Refused(QueueError::Closed { opens })) => {
                tracing::info!("no ticket: the hub says the site is closed");
                self.ticket.closed = Some(opens);
                None
            }
            Err(reason) => {
                tracing::warn!("no ticket: {reason}");
                None
            }
        };
        self.ticket.issued = ticket.map(|t| Issued {
            id: t.id,
            label: t.label,
            service: t.service,
            minutes,
            priority: t.priority,
            appointment: t.appointment,
            next_services: t.next_services,
            page_url,
        });
        if let Some(t) = self.ticket.issued.clone() {
            let service = super::view::service_name(env, &self.session.locale, &t.service);
            self.print(
                env,
                crate::devices::Job::Ticket {
                    locale: self.session.locale.clone(),
                    number: t.label,
                    service,
                    wait_minutes: t.minutes,
                    priority: t.priority || t.appointment.is_some(),
                    page_url: t.page_url,
                    at: env.local_now,
                },
                fx,
            );
        }
        self.ticket_goto(Screen::TicketIssued);
    }

    /// The hub refused the check-in: back to the reference, saying why.
    fn appointment_refused(&mut self, why: Refusal) {
        self.ticket.appointment = None;
        self.ticket.chosen = None;
        self.ticket.also.clear();
        self.ticket.appointment_refused = Some(why);
        self.ticket_goto(Screen::TicketAppointment);
    }
}
