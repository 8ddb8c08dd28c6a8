//! "Track an enquiry" and "Take a ticket": their steps and the workers' answers for them.

use super::effect::Effect;
use super::session::Epoch;
use super::ticket::{Issued, appointment_reference};
use super::track::{self, Found, TrackView};
use super::{App, Env, Screen};
use onestop::keyboard::Layout;
use onestop::queue::{ClientError, Command, Event, QueueError, Sequenced};

impl App {
    /// Find: check the typed reference, then ask the shell what the outbox holds.
    pub(super) fn track_find(&mut self, fx: &mut Vec<Effect>) {
        match track::parse(&self.track.text) {
            Err(id) => self.track.view = Some(track::message(id)),
            Ok(reference) => fx.push(Effect::FindReference {
                epoch: self.session.epoch,
                reference,
            }),
        }
    }

    /// What the outbox holds: say it, and ask the CRM for news when it can be asked.
    pub(super) fn found(&mut self, epoch: Epoch, found: Found, env: &Env, fx: &mut Vec<Effect>) {
        if epoch != self.session.epoch || self.nav.screen() != Screen::Track {
            return;
        }
        self.track.view = Some(match found {
            Found::NotFound => track::message("track-not-found"),
            Found::Pending => track::message("track-pending"),
            Found::Parked => track::message("track-parked"),
            Found::Sent {
                submission_id,
                crm_id,
                status,
            } => {
                // A token is not yet the CRM's id: nothing to ask about.
                let token = crm_id.starts_with("token:");
                let waiting_for = (env.status_lookup && !token && !crm_id.is_empty()).then(|| {
                    let ticket = self.next_number();
                    fx.push(Effect::AskStatus {
                        ticket,
                        submission_id,
                        crm_id: crm_id.clone(),
                    });
                    ticket
                });
                TrackView {
                    message: "track-sent".into(),
                    crm_id: if token { String::new() } else { crm_id },
                    status,
                    waiting_for,
                    unreachable: false,
                }
            }
        });
    }

    /// The CRM's answer (already cached by the shell): shown if the visitor still waits for it.
    pub(super) fn status_arrived(
        &mut self,
        ticket: u64,
        status: Option<onestop::store::status::CachedStatus>,
        unreachable: bool,
    ) {
        let Some(view) = self.track.view.as_mut().filter(|v| v.waiting_for == Some(ticket)) else {
            return;
        };
        view.waiting_for = None;
        view.unreachable = unreachable;
        if status.is_some() {
            view.status = status;
        }
    }

    /// Show a ticket page.
    pub(super) fn ticket_goto(&mut self, to: Screen) {
        if to == Screen::TicketAppointment {
            self.typing.set(Layout::Postcode);
        }
        self.nav.show(to);
    }

    /// Continue on the appointment page: a sound reference, then choose the service.
    pub(super) fn ticket_appointment_done(&mut self) {
        match appointment_reference(&self.ticket.appointment_text) {
            Some(r) => {
                self.ticket.appointment = Some(r);
                self.ticket.appointment_error = false;
                self.ticket_goto(Screen::Ticket);
            }
            None => self.ticket.appointment_error = true,
        }
    }

    pub(super) fn ticket_back(&mut self) {
        if self.nav.screen() == Screen::TicketAppointment {
            return self.ticket_goto(Screen::Ticket);
        }
        self.ticket = Default::default();
        self.nav.go(Screen::Menu);
    }

    /// Ask the hub for a ticket for `service`; the ticket page follows its answer.
    pub(super) fn ticket_take(&mut self, service: &str, env: &Env, fx: &mut Vec<Effect>) {
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
            also: Vec::new(),
            locale: None,
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
        result: Result<Vec<Sequenced>, ClientError>,
        env: &Env,
        fx: &mut Vec<Effect>,
    ) {
        if epoch != self.session.epoch {
            return;
        }
        self.ticket.pending = false;
        self.ticket.none_left = None;
        self.ticket.closed = None;
        let ticket = match result {
            Ok(events) => events.into_iter().find_map(|e| match e.event {
                Event::Issued { ticket } => Some(ticket),
                _ => None,
            }),
            Err(ClientError::Refused(QueueError::CapReached(service))) => {
                tracing::info!("no ticket: {service} has issued all its tickets today");
                self.ticket.none_left = Some(service);
                None
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
            label: t.label,
            service: t.service,
            minutes,
            priority: t.priority,
            appointment: t.appointment,
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
                    at: env.local_now,
                },
                fx,
            );
        }
        self.ticket_goto(Screen::TicketIssued);
    }
}
