//! [`Msg`], everything that can happen to the kiosk, and [`update`], the one function that
//! changes the [`App`] for it. The feature steps it calls live in `steps_*.rs` beside it.

use super::effect::Effect;
use super::session::Epoch;
use super::track::Found;
use super::{App, Env};
use onestop::card::CardEvent;
use onestop::card::identity::Outcome;
use onestop::keyboard::KeyAction;
use onestop::queue::{ClientError, Done, Sequenced};

/// Everything that can happen: a tap, a key, a tick, or a worker's answer.
#[derive(Debug)]
pub enum Msg {
    /// A tap or key anywhere: the idle count starts again.
    Touched,
    /// One of the page's main actions in the bar above the keyboard (see [`super::nav::actions`]).
    Action(String),
    /// One second passed.
    Tick,
    /// Larger text on or off.
    ToggleLargeText,
    /// "Start again" in the header: ask first.
    StartAgain,
    /// "No, carry on" in the dialog.
    StayInVisit,
    /// "Language" in the header.
    ShowLanguages,
    /// A language chosen.
    ChooseLanguage(String),
    /// A menu card: a form, "Take a ticket" or "Track an enquiry".
    OpenService(String),
    /// A choice ticked.
    Toggle(String),
    /// A box of the question took focus.
    FocusPart(i32),
    /// A box's text changed (typed on a physical keyboard, or set by a test).
    Edited(i32, String),
    /// Continue.
    Continue,
    /// Back.
    Back,
    /// "Change" on the check page.
    Change(String),
    /// Send.
    Send,
    /// The end of the visit: Finish, "Start again" confirmed, the timeout's "Clear".
    Finish,
    /// "More time" in the timeout warning.
    MoreTime,
    /// A key of the on-screen keyboard, by row and column.
    Press(i32, i32),
    /// Text from a physical keyboard that was not a card scan.
    Typed(String),
    /// The switch key, from outside the keyboard (snapshots).
    SwitchScript,
    /// "Track an enquiry": the reference box changed.
    TrackEdited(String),
    /// "Track an enquiry": Find.
    TrackFind,
    /// "Take a ticket": a service.
    TicketTake(String),
    /// "I need extra help".
    TicketExtraHelp,
    /// A tick box on "Do you need anything else today?".
    TicketAlso(String),
    /// "Get my ticket" there.
    TicketAlsoDone,
    /// "I have an appointment".
    TicketAppointment,
    /// The appointment box changed.
    TicketAppointmentEdited(String),
    /// Continue on the appointment page.
    TicketAppointmentDone,
    /// Back on a ticket page.
    TicketBack,
    /// A step of "Get a text when it's your turn".
    Sms(super::sms::SmsMsg),
    /// "I need help" in the header.
    CallHelp,
    /// The help banner's Close.
    HelpDismiss,
    /// A key from a physical keyboard on the card's PIN pad.
    CardKey(KeyAction),
    /// The card pad's Continue.
    CardPinContinue,
    /// Cancel on the card pad or consent page.
    CardCancel,
    /// Yes or no on the consent page.
    CardConsent(bool),
    /// The hidden ways to the staff pad: five quick taps on the council name, or Ctrl+Alt+S.
    StaffShortcut,
    /// A key on the staff PIN pad from a physical keyboard.
    StaffTyped(String),
    /// Unlock.
    StaffUnlock,
    /// Close the staff screen.
    StaffClose,
    /// Retry a parked submission.
    StaffRetry(String),
    /// Send everything waiting now.
    StaffSendNow,
    /// Read the screen again and ask the printer.
    StaffRefresh,
    /// Print a test page.
    StaffPrintTest,

    // Answers from the shell and its workers.
    /// "Send" was stored (the reference), or not.
    Stored {
        /// The visit.
        epoch: Epoch,
        /// The reference, or why not.
        result: Result<String, String>,
    },
    /// What the outbox holds for a reference.
    Found {
        /// The visit.
        epoch: Epoch,
        /// What it holds.
        found: Found,
    },
    /// The gazetteer's properties at a postcode, sorted (`Err`: it could not be read).
    AddressesFound {
        /// The visit.
        epoch: Epoch,
        /// The postcode looked up.
        postcode: String,
        /// What it holds there.
        found: Result<Vec<super::address::Place>, String>,
    },
    /// The CRM's answer about a sent form, once cached (`None`: it could not be asked).
    StatusArrived {
        /// The question.
        ticket: u64,
        /// The fresh cached status, if any.
        status: Option<onestop::store::status::CachedStatus>,
        /// The CRM could not be asked.
        unreachable: bool,
    },
    /// The hub's answer to `IssueTicket`.
    TicketAnswer {
        /// The visit.
        epoch: Epoch,
        /// The estimate before asking.
        minutes: Option<u32>,
        /// The events and the ticket's mobile page, or why not.
        result: Result<Done, ClientError>,
    },
    /// The hub's answer to `SendSms`.
    SmsAnswer {
        /// The visit.
        epoch: Epoch,
        /// Done, or why not.
        result: Result<(), ClientError>,
    },
    /// The hub's answer to `CallHelp`.
    HelpAnswer {
        /// The visit.
        epoch: Epoch,
        /// The events, or why not.
        result: Result<Vec<Sequenced>, ClientError>,
    },
    /// A print job ended.
    Printed {
        /// The job.
        id: u64,
        /// It printed.
        ok: bool,
    },
    /// The printer's health.
    PrinterHealth(crate::printing::Health),
    /// A card reader's event.
    Card(CardEvent),
    /// A card lookup's answer.
    CardAnswer {
        /// The visit.
        epoch: Epoch,
        /// The question.
        ticket: u64,
        /// What the provider said.
        outcome: Outcome,
    },
    /// A keypad key (see [`super::App::keypad_role`]).
    Key(onestop::config::KeyRole),
    /// "Listen": read the page aloud.
    Listen,
    /// The low layout on or off.
    ToggleLow,
    /// "Finish" on the confirmation or ticket: "How was this?" next.
    Done,
    /// A face on "How was this?" (1 to 5), or Skip (0).
    Rate(u8),

    /// The staff PIN is locked until this Unix time (or not locked: `None`).
    StaffPinLocked(Option<i64>),
    /// The staff PIN check could not count or start (why).
    StaffPinFault(super::staff::PadMessage),
    /// The staff PIN check's answer, with the tries left after a wrong one.
    StaffPinChecked {
        /// The check.
        n: u64,
        /// Right PIN.
        ok: bool,
        /// The lockout after it: locked until, or tries left.
        after: Result<onestop::staff::Status, String>,
    },
    /// The staff screen's data.
    StaffLoaded(super::staff::Loaded),
    /// A staff action's outcome.
    StaffNotice(super::staff::Notice),
}

/// Change `app` for `msg`; what the shell must do comes back. Afterwards focus is placed on a
/// new page and, while speech is on, what changed is said.
pub fn update(app: &mut App, msg: Msg, env: &Env) -> Vec<Effect> {
    let mut fx = step(app, msg, env);
    app.after(env, &mut fx);
    fx
}

fn step(app: &mut App, msg: Msg, env: &Env) -> Vec<Effect> {
    let mut fx = Vec::new();
    let is_answer = matches!(
        msg,
        Msg::Tick
            | Msg::Stored { .. }
            | Msg::Found { .. }
            | Msg::AddressesFound { .. }
            | Msg::StatusArrived { .. }
            | Msg::TicketAnswer { .. }
            | Msg::HelpAnswer { .. }
            | Msg::SmsAnswer { .. }
            | Msg::Printed { .. }
            | Msg::PrinterHealth(_)
            | Msg::Card(_)
            | Msg::CardAnswer { .. }
            | Msg::StaffPinLocked(_)
            | Msg::StaffPinFault(_)
            | Msg::StaffPinChecked { .. }
            | Msg::StaffLoaded(_)
            | Msg::StaffNotice(_)
    );
    if !is_answer {
        // Every tap or keystroke is activity: the idle count starts again.
        app.session.idle_secs = 0;
    }
    match msg {
        Msg::Touched | Msg::MoreTime => {}
        Msg::Action(name) => {
            let msg = match name.as_str() {
                "continue" if app.nav.screen() == super::Screen::TicketAppointment => Msg::TicketAppointmentDone,
                "continue" => Msg::Continue,
                "find" => Msg::TrackFind,
                "sms-send" => Msg::Sms(super::sms::SmsMsg::Send),
                "sms-no" => Msg::Sms(super::sms::SmsMsg::No),
                "card-continue" => Msg::CardPinContinue,
                "card-cancel" => Msg::CardCancel,
                "unlock" => Msg::StaffUnlock,
                "close" => Msg::StaffClose,
                _ => return fx,
            };
            return update(app, msg, env);
        }
        Msg::Tick => app.tick(env, &mut fx),
        Msg::ToggleLargeText => app.session.large_text = !app.session.large_text,
        Msg::StartAgain => app.session.leaving = true,
        Msg::StayInVisit => app.session.leaving = false,
        Msg::ShowLanguages => app.show_languages(&mut fx),
        Msg::ChooseLanguage(tag) => app.choose_language(&tag, env),
        Msg::OpenService(id) => app.open_service(&id, env),
        Msg::Toggle(id) => app.form.toggle(&id),
        Msg::FocusPart(part) => app.focus_part(part),
        Msg::Edited(part, text) => *app.form.field_mut(part) = text,
        Msg::Continue => app.continue_question(env, &mut fx),
        Msg::Back => app.back(&mut fx),
        Msg::Change(id) => {
            if app.form.walk.as_mut().is_some_and(|w| w.change(&id)) {
                app.enter_step();
            }
        }
        Msg::Send => app.send(env, &mut fx),
        Msg::Finish | Msg::StaffClose => fx.extend(app.wipe(env.ctx)),
        Msg::Done => app.done(env, &mut fx),
        Msg::Rate(score) => app.rated(score, env, &mut fx),
        Msg::Key(role) => app.keypad(role, env, &mut fx),
        Msg::Listen => app.listen(env, &mut fx),
        Msg::ToggleLow => app.access.low = !app.access.low,
        Msg::Press(row, col) => app.press(row, col, env, &mut fx),
        Msg::Typed(text) => app.typed(&text, env, &mut fx),
        Msg::SwitchScript => {
            let locale = app.session.locale.clone();
            app.typing.switch_script(&locale);
        }
        Msg::TrackEdited(text) => app.track.text = text,
        Msg::TrackFind => app.track_find(&mut fx),
        Msg::TicketTake(id) => app.ticket_take(&id, env, &mut fx),
        Msg::TicketExtraHelp => {
            if env.queue_options.extra_help {
                app.ticket.extra_help = !app.ticket.extra_help;
            }
        }
        Msg::TicketAppointment => {
            app.ticket.appointment_text.clear();
            app.ticket.appointment_error = false;
            app.ticket.appointment_refused = None;
            app.ticket_goto(super::Screen::TicketAppointment);
        }
        Msg::TicketAppointmentEdited(text) => app.ticket.appointment_text = text,
        Msg::TicketAppointmentDone => app.ticket_appointment_done(env, &mut fx),
        Msg::TicketAlso(id) => app.ticket_also_toggle(&id),
        Msg::TicketAlsoDone => app.ticket_also_done(env, &mut fx),
        Msg::TicketBack => app.ticket_back(),
        Msg::Sms(step) => app.sms_step(step, env, &mut fx),
        Msg::SmsAnswer { epoch, result } => app.sms_answer(epoch, result),
        Msg::CallHelp => app.call_help(env, &mut fx),
        Msg::HelpDismiss => app.help.shown = false,
        Msg::HelpAnswer { epoch, result } => app.help_answer(epoch, result),
        Msg::CardKey(action) => app.card_key(action, env, &mut fx),
        Msg::CardPinContinue => app.card_pin_done(env, &mut fx),
        Msg::CardCancel => app.card_back(),
        Msg::CardConsent(yes) => app.card_consent(yes, env),
        Msg::StaffShortcut => app.open_staff(env, &mut fx),
        Msg::StaffTyped(text) => app.staff_typed(&text, env, &mut fx),
        Msg::StaffUnlock => app.staff_unlock(&mut fx),
        Msg::StaffRetry(reference) => fx.push(Effect::Unpark(reference)),
        Msg::StaffSendNow => {
            if app.staff.crm_configured {
                fx.push(Effect::SendNow);
            } else {
                app.staff.notice = super::staff::Notice::Text("staff-send-none", "", String::new());
            }
        }
        Msg::StaffRefresh => fx.extend([Effect::CheckPrinter, Effect::LoadStaff]),
        Msg::StaffPrintTest => app.staff_print_test(env, &mut fx),
        Msg::Stored { epoch, result } => app.stored(epoch, result, env, &mut fx),
        Msg::Found { epoch, found } => app.found(epoch, found, env, &mut fx),
        Msg::AddressesFound { epoch, postcode, found } => app.addresses_found(epoch, &postcode, found),
        Msg::StatusArrived {
            ticket,
            status,
            unreachable,
        } => app.status_arrived(ticket, status, unreachable),
        Msg::TicketAnswer { epoch, minutes, result } => app.ticket_answer(epoch, minutes, result, env, &mut fx),
        Msg::Printed { id, ok } => {
            // A job from a visit that has ended changes nothing on screen.
            if app.printout == super::Printout::Printing(id) {
                app.printout = if ok {
                    super::Printout::Printed
                } else {
                    super::Printout::Failed
                };
            }
            fx.push(Effect::CheckPrinter);
        }
        Msg::PrinterHealth(health) => app.staff.printer = Some(health),
        Msg::Card(event) => app.card_event(event, env, &mut fx),
        Msg::CardAnswer { epoch, ticket, outcome } => {
            if epoch == app.session.epoch && app.card.checking == Some(ticket) {
                app.card.checking = None;
                app.card_outcome(outcome, env);
            }
        }
        Msg::StaffPinLocked(until) => {
            if let Some(until) = until {
                app.staff.message = super::staff::PadMessage::Locked(until);
            }
        }
        Msg::StaffPinFault(message) => {
            app.staff.checking = None;
            app.staff.message = message;
        }
        Msg::StaffPinChecked { n, ok, after } => app.staff_checked(n, ok, after, &mut fx),
        Msg::StaffLoaded(loaded) => {
            app.staff.since_refresh = 0;
            if app.nav.screen() == super::Screen::Staff {
                app.staff.loaded = Some(loaded);
            }
        }
        Msg::StaffNotice(notice) => {
            app.staff.notice = notice;
            fx.push(Effect::LoadStaff);
        }
    }
    fx
}

/// Keys that are the keyboard's own, whatever the page.
pub(super) fn key_action(app: &App, row: i32, col: i32, locale: &str) -> Option<KeyAction> {
    let rows = app.typing.layout.rows(locale, app.typing.shifted);
    rows.get(usize::try_from(row).ok()?)
        .and_then(|r| r.get(usize::try_from(col).ok()?))
        .map(|k| k.action.clone())
}
