//! "Take a ticket"'s four pages as one plain struct: the service list, "Do you need anything else
//! today?", the appointment page and the ticket (or why there is none), with the code to follow
//! it on a phone.

use super::{Words, print_note, service_name};
use crate::app::sms::SmsOutcome;
use crate::app::ticket::{Refusal, TicketFlow};
use crate::app::{App, Env};
use onestop::i18n::ArgValue;
use onestop::queue::engine::MAX_ALSO;

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

/// A service on "Do you need anything else today?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlsoView {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// It is ticked.
    pub selected: bool,
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
    /// "Do you need anything else today?".
    pub also_title: String,
    /// Under it: the service chosen, and how many more may be ticked.
    pub also_hint: String,
    /// The other services, as tick boxes.
    pub also: Vec<AlsoView>,
    /// "Get my ticket".
    pub also_go: String,
    /// Said and shown when a tick past the most was refused; empty otherwise.
    pub also_full: String,
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
    /// "Then: Council Tax": the further services of the visit.
    pub then: String,
    /// The ticket's mobile page, drawn as a QR code; empty when the hub serves none.
    pub page_url: String,
    /// What the code is for.
    pub follow: String,
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
    /// "Get a text when it's your turn" on the ticket page; empty when not offered.
    pub sms_offer: String,
    /// On the ticket page: texts agreed, or not available; empty otherwise.
    pub sms_note: String,
    /// The texts page's heading.
    pub sms_title: String,
    /// What is sent, how long the number is kept, and that it can be skipped.
    pub sms_body: String,
    /// The box's label.
    pub sms_label: String,
    /// Under the box: not a UK mobile number.
    pub sms_error: String,
    /// "Send me texts".
    pub sms_send: String,
    /// "No thanks".
    pub sms_no: String,
    /// What is typed (the page's box only: never spoken whole).
    pub sms_text: String,
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
        also_title: w.t("ticket-also-title"),
        also_hint: flow.chosen.as_deref().map_or_else(String::new, |id| {
            w.ta(
                "ticket-also-hint",
                &[
                    ("service", ArgValue::Str(&name(id))),
                    ("max", ArgValue::Num(MAX_ALSO as i64)),
                ],
            )
        }),
        also: also_options(env, flow, &name),
        also_go: w.t("ticket-also-go"),
        also_full: if flow.also_full {
            w.ta("ticket-also-full", &[("max", ArgValue::Num(MAX_ALSO as i64))])
        } else {
            String::new()
        },
        appointment_link: w.t("ticket-appointment-link"),
        appointment_note: flow.appointment.as_deref().map_or_else(String::new, |r| {
            w.ta("ticket-appointment-note", &[("reference", ArgValue::Str(r))])
        }),
        appointment_title: w.t("ticket-appointment-title"),
        appointment_hint: w.t("ticket-appointment-hint"),
        appointment_label: w.t("ticket-appointment-label"),
        appointment_error: match (&flow.appointment_refused, flow.appointment_error) {
            (Some(Refusal::Unknown), _) => w.t("ticket-appointment-unknown"),
            (Some(Refusal::CheckedIn(label)), _) => {
                w.ta("ticket-appointment-already", &[("number", ArgValue::Str(label))])
            }
            (None, true) => w.t("ticket-appointment-error"),
            (None, false) => String::new(),
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
        then: issued
            .filter(|t| !t.next_services.is_empty())
            .map_or_else(String::new, |t| {
                let names: Vec<String> = t.next_services.iter().map(|id| name(id)).collect();
                w.ta("ticket-then", &[("service", ArgValue::Str(&names.join(", ")))])
            }),
        page_url: issued.and_then(|t| t.page_url.clone()).unwrap_or_default(),
        follow: if issued.is_some_and(|t| t.page_url.is_some()) {
            w.t("ticket-follow-screen")
        } else {
            String::new()
        },
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
        sms_offer: if app.sms_offered(env) {
            w.t("ticket-sms-offer")
        } else {
            String::new()
        },
        sms_note: match flow.sms.outcome {
            Some(SmsOutcome::Agreed) => w.t("ticket-sms-agreed"),
            Some(SmsOutcome::Unavailable) => w.t("ticket-sms-unavailable"),
            None => String::new(),
        },
        sms_title: w.t("ticket-sms-title"),
        sms_body: w.t("ticket-sms-body"),
        sms_label: w.t("ticket-sms-label"),
        sms_error: if flow.sms.bad_number {
            w.t("ticket-sms-error")
        } else {
            String::new()
        },
        sms_send: w.t("ticket-sms-send"),
        sms_no: w.t("ticket-sms-no"),
        sms_text: flow.sms.phone.expose().to_owned(),
    }
}

/// The services other than the one chosen, in the site's order, ticked or not.
fn also_options(env: &Env, flow: &TicketFlow, name: &dyn Fn(&str) -> String) -> Vec<AlsoView> {
    let Some(chosen) = flow.chosen.as_deref() else {
        return Vec::new();
    };
    env.queue
        .as_ref()
        .map(|e| {
            e.config()
                .services
                .iter()
                .filter(|d| d.id != chosen)
                .map(|d| AlsoView {
                    id: d.id.clone(),
                    name: name(&d.id),
                    selected: flow.also.contains(&d.id),
                })
                .collect()
        })
        .unwrap_or_default()
}
