//! What the kiosk says, as text: an element as speech names it ("Postcode, edit text, LE1 1AA";
//! "Recycling, radio button, 2 of 4, selected"), a screen as the visitor arrives (its title, then
//! its hint), the errors that appear, the help for F1, and the whole page for "Listen". All of it
//! comes from the views the screen shows. On the PIN pads nothing carries a digit: the pad says
//! "digit entered", and a message with a number in it (a PIN's length, the tries left) is said
//! without it.

use super::focus::{Element, Role, State};
use super::view::{self, Words};
use super::{App, Env, Screen};
use onestop::i18n::ArgValue;

/// The espeak-ng voice for a locale, or `None` where espeak-ng has none (Somali): the board's
/// table, shared.
pub fn voice(locale: &str) -> Option<&'static str> {
    onestop::speech::voice_for(locale)
}

/// The locale speech uses for a visitor's locale: their own, or English where there is no voice
/// (the screen then says so).
pub fn speech_locale(locale: &str) -> &str {
    if voice(locale).is_some() {
        locale
    } else {
        onestop::i18n::FALLBACK
    }
}

/// Whether this screen is a PIN pad: nothing said there may carry a digit.
pub fn is_pin_screen(screen: Screen) -> bool {
    matches!(screen, Screen::CardPin | Screen::StaffPin)
}

/// `text` with every digit taken out, for the PIN pads: the last guard, after the words chosen
/// for them already carry none.
pub fn without_digits(text: &str) -> String {
    text.chars().filter(|c| !c.is_numeric()).collect()
}

/// Join the non-empty parts with a pause between them.
fn join<I: IntoIterator<Item = String>>(parts: I) -> String {
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(". ")
}

/// A reference or ticket number said character by character ("O S 2 6 ..." is easier to write
/// down than a word espeak-ng guesses at).
pub fn spelled(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An element as speech names it: label, role, place in its group, state, value.
pub fn describe(e: &Element, w: &Words) -> String {
    let role = match e.role {
        Role::Button => "speech-role-button",
        Role::Radio => "speech-role-radio",
        Role::CheckBox => "speech-role-checkbox",
        Role::EditText => "speech-role-edit",
        Role::Key => "speech-role-key",
        Role::PinKey => "speech-role-pin-key",
        // A notice is its words alone.
        Role::Text => "",
    };
    let mut parts = vec![e.label.clone()];
    if !role.is_empty() {
        parts.push(w.t(role));
    }
    if let (Some((_, pos, count)), Role::Radio | Role::CheckBox) = (e.group, e.role) {
        parts.push(w.ta(
            "speech-position",
            &[
                ("pos", ArgValue::Num(pos as i64)),
                ("count", ArgValue::Num(count as i64)),
            ],
        ));
    }
    match (e.state, e.role) {
        (State::Selected(true), _) => parts.push(w.t("speech-selected")),
        (State::Selected(false), Role::Radio | Role::CheckBox) => parts.push(w.t("speech-not-selected")),
        (State::Dimmed, _) => parts.push(w.t("speech-dimmed")),
        _ => {}
    }
    if let Some(v) = &e.value {
        parts.push(if v.is_empty() { w.t("speech-blank") } else { v.clone() });
    }
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What changed in an element that kept focus, said short: the characters typed or deleted, or
/// the new state. `None` when nothing worth saying changed.
pub fn change(before: &Element, after: &Element, w: &Words) -> Option<String> {
    if before.value != after.value {
        let (old, new) = (
            before.value.as_deref().unwrap_or(""),
            after.value.as_deref().unwrap_or(""),
        );
        return Some(match new.strip_prefix(old) {
            Some(added) if !added.is_empty() => added.to_owned(),
            _ if new.is_empty() => w.t("speech-blank"),
            _ => match old.strip_prefix(new) {
                Some(gone) => format!("{} {gone}", w.t("speech-deleted")),
                None => new.to_owned(),
            },
        });
    }
    if before.state != after.state {
        return Some(match after.state {
            State::Selected(true) => w.t("speech-selected"),
            State::Selected(false) => w.t("speech-not-selected"),
            State::Dimmed => w.t("speech-dimmed"),
            State::Plain => describe(after, w),
        });
    }
    (before.label != after.label).then(|| describe(after, w))
}

/// The screen's title and hint, said on arriving.
pub fn arrival(app: &App, env: &Env, w: &Words) -> String {
    let title_hint = |a: String, b: String| join([a, b]);
    match app.nav.screen() {
        Screen::Welcome => {
            let v = view::welcome(app, env);
            join([v.title, v.closed, v.choose])
        }
        Screen::Menu => {
            let v = view::menu(app, env);
            join([v.title, v.closed, v.hint])
        }
        Screen::Question => {
            let v = view::question(app, env);
            let optional = if v.optional { w.t("optional") } else { String::new() };
            join([v.form_title, v.progress, format!("{} {optional}", v.label), v.hint])
        }
        Screen::Check => {
            let v = view::check(app, env);
            title_hint(v.title, v.form_title)
        }
        Screen::Confirm => {
            let v = view::confirm(app, env);
            join([
                v.title,
                v.reference_label,
                spelled(&v.reference),
                v.write_down,
                v.print_note,
                v.next_heading,
                v.next_steps,
            ])
        }
        Screen::Track => {
            let v = view::track(app, env);
            join([v.title, v.hint, v.message])
        }
        Screen::Ticket => {
            let v = view::ticket(app, env);
            title_hint(v.title, v.hint)
        }
        Screen::TicketAlso => {
            let v = view::ticket(app, env);
            title_hint(v.also_title, v.also_hint)
        }
        Screen::TicketAppointment => {
            let v = view::ticket(app, env);
            title_hint(v.appointment_title, v.appointment_hint)
        }
        Screen::TicketSms => {
            let v = view::ticket(app, env);
            join([v.sms_title, v.sms_body])
        }
        Screen::TicketIssued => {
            let v = view::ticket(app, env);
            join([
                // The heading says why there is no ticket; with one, the number comes first.
                if v.issued { String::new() } else { v.result_title },
                v.number_label,
                spelled(&v.number),
                v.service,
                v.wait,
                v.then,
                v.priority_note,
                v.instructions,
                if v.page_url.is_empty() {
                    String::new()
                } else {
                    w.t("ticket-follow-speech")
                },
                v.print_note,
                v.sms_note,
            ])
        }
        Screen::CardPin => {
            let v = view::card(app, env);
            title_hint(v.pin_title, w.t("speech-pin-hint"))
        }
        Screen::CardConsent => {
            let v = view::card(app, env);
            join([v.consent_title, v.consent_body, v.details.join(". ")])
        }
        Screen::Rate => w.t("rate-title"),
        Screen::StaffPin => title_hint(w.staff("staff-pin-title", &[]), w.t("speech-pin-hint")),
        Screen::Staff => w.staff("staff-title", &[]),
    }
}

/// The problems and notices the screen shows now (said as they appear), or empty: the help
/// banner's words, then the page's own.
pub fn alerts(app: &App, env: &Env) -> String {
    let help = if app.nav.screen().is_visitor() {
        view::chrome(app, env).help_notice
    } else {
        String::new()
    };
    join([help, page_alerts(app, env)])
}

/// The page's own problems.
fn page_alerts(app: &App, env: &Env) -> String {
    match app.nav.screen() {
        Screen::Question => join(view::question(app, env).errors.into_iter().map(|e| e.message)),
        Screen::Check => view::check(app, env).error,
        Screen::Track => {
            let v = view::track(app, env);
            if v.is_error { v.message } else { String::new() }
        }
        Screen::TicketAppointment => view::ticket(app, env).appointment_error,
        Screen::TicketAlso => view::ticket(app, env).also_full,
        Screen::TicketSms => view::ticket(app, env).sms_error,
        Screen::CardPin => {
            let v = view::card(app, env);
            pin_message(&v.pin_message, v.pin_error, app, env)
        }
        Screen::StaffPin => {
            let v = view::staff_pin(app, env);
            pin_message(&v.message, v.error, app, env)
        }
        _ => String::new(),
    }
}

/// A PIN pad's message, said without its numbers: as it is when it has none, or as "that PIN
/// was not accepted" when it has.
fn pin_message(text: &str, error: bool, app: &App, env: &Env) -> String {
    if !error || text.is_empty() {
        return String::new();
    }
    if text.chars().any(char::is_numeric) {
        Words::of(app, env).t("speech-pin-again")
    } else {
        text.to_owned()
    }
}

/// Where the visitor is and what the keys do (F1).
pub fn help(app: &App, env: &Env, w: &Words) -> String {
    join([arrival(app, env, w), w.t("speech-help")])
}

/// The whole page, for "Listen": the arrival words, then every element's words in reading order
/// (the header's buttons and the keyboard left out).
pub fn page(app: &App, env: &Env, w: &Words, list: &[Element]) -> String {
    let help = if list.iter().any(|e| e.id == "help:close") {
        view::chrome(app, env).help_notice
    } else {
        String::new()
    };
    let words = list
        .iter()
        .filter(|e| !e.id.starts_with("hdr:") && !e.id.starts_with("key:") && !e.label.is_empty())
        .map(|e| match &e.value {
            Some(v) if !v.is_empty() => format!("{}, {v}", e.label),
            _ => e.label.clone(),
        });
    join([help, arrival(app, env, w)].into_iter().chain(words))
}
