//! "Take a ticket"'s three pages as one plain struct: the service list, the appointment page and
//! the ticket (or why there is none).

use super::{Words, print_note, service_name};
use crate::app::{App, Env};
use onestop::i18n::ArgValue;

/// A service on the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueServiceView {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The wait, or "No more tickets today".
    pub wait: String,
}

/// The ticket pages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TicketView {
    /// The list's heading and hint.
    pub title: String,
    /// Under the heading.
    pub hint: String,
    /// The services.
    pub services: Vec<QueueServiceView>,
    /// "I need extra help" is offered.
    pub extra_help_offered: bool,
    /// Its words.
    pub extra_help: String,
    /// It is ticked.
    pub extra_help_chosen: bool,
    /// "I have an appointment".
    pub appointment_link: String,
    /// "Checking in for appointment X".
    pub appointment_note: String,
    /// The appointment page's heading, hint, label, error and Continue.
    pub appointment_title: String,
    /// Its hint.
    pub appointment_hint: String,
    /// The box's label.
    pub appointment_label: String,
    /// What is wrong with what was typed.
    pub appointment_error: String,
    /// "Continue".
    pub appointment_continue: String,
    /// What is typed.
    pub appointment_text: String,
    /// A ticket was issued.
    pub issued: bool,
    /// The ticket page's heading (or why there is none).
    pub result_title: String,
    /// "Your number".
    pub number_label: String,
    /// The number.
    pub number: String,
    /// The service.
    pub service: String,
    /// The estimate.
    pub wait: String,
    /// Priority or appointment.
    pub priority_note: String,
    /// What to do now.
    pub instructions: String,
    /// The printer's line.
    pub print_note: String,
    /// Printing failed.
    pub print_failed: bool,
    /// "Finish".
    pub finish: String,
}

/// The ticket pages.
pub fn ticket(app: &App, env: &Env) -> TicketView {
    let w = Words::of(app, env);
    let flow = &app.ticket;
    let locale = &app.session.locale;
    let name = |id: &str| service_name(env, locale, id);
    let wait = |key: &str, minutes: u32| w.ta(key, &[("minutes", ArgValue::Num(minutes.into()))]);
    let services = env
        .queue
        .as_ref()
        .map(|e| {
            e.config()
                .services
                .iter()
                .map(|d| QueueServiceView {
                    id: d.id.clone(),
                    name: name(&d.id),
                    wait: if e.tickets_left(&d.id) == 0 {
                        w.t("ticket-no-more-today")
                    } else {
                        e.estimated_wait_minutes(&d.id)
                            .map_or_else(String::new, |m| wait("ticket-wait", m))
                    },
                })
                .collect()
        })
        .unwrap_or_default();
    let issued = flow.issued.as_ref();
    let (print_note, print_failed) = if issued.is_some() {
        print_note(app, &w, "print-ticket")
    } else {
        Default::default()
    };
    TicketView {
        title: w.t("ticket-title"),
        hint: w.t(if flow.appointment.is_some() {
            "ticket-hint-appointment"
        } else {
            "ticket-hint"
        }),
        services,
        extra_help_offered: env.queue_options.extra_help,
        extra_help: w.t("ticket-extra-help"),
        extra_help_chosen: flow.extra_help,
        appointment_link: w.t("ticket-appointment-link"),
        appointment_note: flow.appointment.as_deref().map_or_else(String::new, |r| {
            w.ta("ticket-appointment-note", &[("reference", ArgValue::Str(r))])
        }),
        appointment_title: w.t("ticket-appointment-title"),
        appointment_hint: w.t("ticket-appointment-hint"),
        appointment_label: w.t("ticket-appointment-label"),
        appointment_error: if flow.appointment_error {
            w.t("ticket-appointment-error")
        } else {
            String::new()
        },
        appointment_continue: w.t("continue"),
        appointment_text: flow.appointment_text.clone(),
        issued: issued.is_some(),
        result_title: match (&flow.closed, &flow.none_left) {
            (Some(_), _) => w.t("ticket-closed"),
            (None, Some(id)) => w.ta("ticket-none-left", &[("service", ArgValue::Str(&name(id)))]),
            (None, None) => w.t("ticket-unavailable"),
        },
        number_label: w.t("ticket-number-label"),
        number: issued.map(|t| t.label.clone()).unwrap_or_default(),
        service: issued.map(|t| name(&t.service)).unwrap_or_default(),
        wait: issued
            .and_then(|t| t.minutes)
            .map_or_else(String::new, |m| wait("ticket-wait-estimate", m)),
        priority_note: match issued.map(|t| (&t.appointment, t.priority)) {
            Some((Some(r), _)) => w.ta("ticket-checked-in", &[("reference", ArgValue::Str(r))]),
            Some((None, true)) => w.t("ticket-priority"),
            _ => String::new(),
        },
        instructions: match (issued, flow.closed) {
            (Some(_), _) => w.t("ticket-instructions"),
            (None, Some(opens)) => crate::app::hours::notice(&w, env, opens),
            (None, None) => w.t("ticket-unavailable-body"),
        },
        print_note,
        print_failed,
        finish: w.t("ticket-finish"),
    }
}
