//! The focusable elements of the "Take a ticket" pages, in reading order: the service list, "Do
//! you need anything else today?" ("Get my ticket" first, so a visitor who needs nothing else
//! presses once), the appointment box and the ticket page. Part of [`super::focus`].

use super::focus::{Act, Element, Role, State, group};
use super::sms::SmsMsg;
use super::view::{self, Words};
use super::{App, Env, Screen};

/// The elements of the ticket page showing.
pub(super) fn page(app: &App, env: &Env, w: &Words, list: &mut Vec<Element>) {
    let v = view::ticket(app, env);
    let back = || Element::new("back", Role::Button, w.t("back"), Act::TicketBack);
    match app.nav.screen() {
        Screen::Ticket => {
            list.push(back());
            if v.extra_help_offered && v.appointment_note.is_empty() {
                list.push(
                    Element::new("tk:extra", Role::CheckBox, v.extra_help.clone(), Act::ExtraHelp)
                        .state(State::Selected(v.extra_help_chosen)),
                );
            }
            let from = list.len();
            for s in v.services {
                let label = if s.wait.is_empty() {
                    s.name
                } else {
                    format!("{}. {}", s.name, s.wait)
                };
                list.push(Element::new(
                    format!("tk:{}", s.id),
                    Role::Button,
                    label,
                    Act::Take(s.id),
                ));
            }
            group(list, from, 2);
            if v.appointment_note.is_empty() && !v.appointment_link.is_empty() {
                list.push(Element::new(
                    "tk:appt",
                    Role::Button,
                    v.appointment_link,
                    Act::Appointment,
                ));
            }
        }
        Screen::TicketAlso => {
            list.push(back());
            list.push(Element::new("tk:go", Role::Button, v.also_go, Act::AlsoDone));
            let from = list.len();
            for o in v.also {
                list.push(
                    Element::new(format!("also:{}", o.id), Role::CheckBox, o.name, Act::Also(o.id))
                        .state(State::Selected(o.selected)),
                );
            }
            if list.len() > from {
                group(list, from, 5);
            }
        }
        Screen::TicketAppointment => {
            list.push(back());
            let mut e = Element::new("box:0", Role::EditText, v.appointment_label, Act::Part(0));
            e.value = Some(v.appointment_text);
            list.push(e);
        }
        Screen::TicketIssued => {
            if !v.sms_offer.is_empty() {
                list.push(Element::new(
                    "tk:sms",
                    Role::Button,
                    v.sms_offer,
                    Act::Sms(SmsMsg::Open),
                ));
            }
            list.push(Element::new("finish", Role::Button, v.finish, Act::Done));
        }
        Screen::TicketSms => {
            // The box's value is left out: speech never reads the number back whole.
            list.push(Element::new("box:0", Role::EditText, v.sms_label, Act::Part(0)));
            if !app.keyboard_shown() {
                list.push(Element::new(
                    "sms:send",
                    Role::Button,
                    v.sms_send,
                    Act::Sms(SmsMsg::Send),
                ));
                list.push(Element::new("sms:no", Role::Button, v.sms_no, Act::Sms(SmsMsg::No)));
            }
        }
        _ => {}
    }
}
