//! The binders: [`wire`] turns every Slint callback into a [`Msg`], and [`render`] copies every
//! page's whole view into its adapter. Each page's `render_*` takes its view struct apart field
//! by field, so a field left out does not compile.

mod chrome;
mod more;
mod pages;
mod pictures;
mod qr;

use super::Shell;
use crate::app::sms::SmsMsg;
use crate::app::view;
use crate::app::{App as AppState, Env, Msg};
use crate::ui::*;
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};
use std::rc::Rc;

pub(super) fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

pub(super) fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}

/// Render every page (hidden pages too: nothing of an ended visit stays in an adapter). Returns
/// the scroll count, so the shell scrolls to the top when it changes.
pub fn render(w: &KioskWindow, app: &AppState, env: &Env) -> u64 {
    let c = view::chrome(app, env);
    let scroll = c.scroll;
    chrome::render(w, c);
    pages::render_welcome(w, view::welcome(app, env));
    pages::render_menu(w, view::menu(app, env));
    pages::render_question(w, view::question(app, env));
    pages::render_check(w, view::check(app, env));
    pages::render_confirm(w, view::confirm(app, env));
    pages::render_track(w, view::track(app, env));
    more::render_ticket(w, view::ticket(app, env));
    more::render_card(w, view::card(app, env));
    more::render_staff_pin(w, view::staff_pin(app, env));
    more::render_staff(w, view::staff(app, env));
    more::render_rate(w, view::rate(app, env));
    // The reach band, in this window's rows (the low layout keeps every control inside it).
    let size = w.window().size().to_logical(w.window().scale_factor());
    let (top, bottom) = env.ctx.config.access.reach_rows(size.height.max(1.0) as u32);
    let a = w.global::<App>();
    a.set_reach_top(top as f32);
    a.set_reach_below(size.height - bottom as f32);
    // The compositor may size the window after it is shown (cage's full screen): follow it.
    w.set_landscape(size.width > size.height);
    scroll
}

/// Wire every callback of `w` to `shell` as a message.
pub fn wire(shell: &Rc<Shell>, w: &KioskWindow) {
    macro_rules! on {
        ($global:ty, $cb:ident, ($($arg:ident : $t:ty),*) => $msg:expr) => {{
            let weak = Rc::downgrade(shell);
            w.global::<$global>().$cb(move |$($arg: $t),*| {
                if let Some(shell) = weak.upgrade() {
                    shell.dispatch($msg);
                }
            });
        }};
    }
    on!(App, on_touched, () => Msg::Touched);
    on!(App, on_action, (name: SharedString) => Msg::Action(name.into()));
    on!(App, on_toggle_large_text, () => Msg::ToggleLargeText);
    on!(App, on_start_again, () => Msg::StartAgain);
    on!(App, on_show_languages, () => Msg::ShowLanguages);
    on!(App, on_listen, () => Msg::Listen);
    on!(App, on_toggle_low, () => Msg::ToggleLow);
    on!(App, on_call_help, () => Msg::CallHelp);
    on!(App, on_help_dismiss, () => Msg::HelpDismiss);
    on!(Rate, on_rate, (score: i32) => Msg::Rate(u8::try_from(score).unwrap_or(0)));
    // Five quick taps on the council name (welcome screen only) open the staff pad.
    let weak = Rc::downgrade(shell);
    w.global::<App>().on_council_tapped(move || {
        if let Some(shell) = weak.upgrade()
            && shell.app.borrow().nav.screen() == crate::app::Screen::Welcome
            && shell.taps.tap()
        {
            shell.dispatch(Msg::StaffShortcut);
        }
    });
    on!(App, on_staff_shortcut, () => Msg::StaffShortcut);
    on!(Leave, on_confirmed, () => Msg::Finish);
    on!(Leave, on_dismissed, () => Msg::StayInVisit);
    on!(Welcome, on_choose_language, (tag: SharedString) => Msg::ChooseLanguage(
        tag.into()
    ));
    on!(Menu, on_open_form, (id: SharedString) => Msg::OpenService(id.into()));
    on!(Question, on_toggle, (id: SharedString) => Msg::Toggle(id.into()));
    on!(Question, on_focus_part, (part: i32) => Msg::FocusPart(part));
    on!(Question, on_edited, (part: i32, text: SharedString) => Msg::Edited(
        part,
        text.into()
    ));
    on!(Question, on_submit, () => Msg::Continue);
    on!(Question, on_enter_pressed, () => Msg::Typed("\n".into()));
    on!(Question, on_back, () => Msg::Back);
    on!(Check, on_change, (id: SharedString) => Msg::Change(id.into()));
    on!(Check, on_send_form, () => Msg::Send);
    on!(Check, on_back, () => Msg::Back);
    on!(Confirm, on_finish_clicked, () => Msg::Done);
    on!(Timeout, on_more_time_clicked, () => Msg::MoreTime);
    on!(Timeout, on_clear_clicked, () => Msg::Finish);
    on!(Keyboard, on_press, (row: i32, col: i32) => Msg::Press(row, col));
    on!(Track, on_edited, (text: SharedString) => Msg::TrackEdited(text.into()));
    on!(Track, on_find_clicked, () => Msg::TrackFind);
    on!(Track, on_back, () => Msg::Back);
    on!(Ticket, on_take, (id: SharedString) => Msg::TicketTake(id.into()));
    on!(Ticket, on_toggle_extra_help, () => Msg::TicketExtraHelp);
    on!(Ticket, on_open_appointment, () => Msg::TicketAppointment);
    on!(Ticket, on_appointment_edited, (text: SharedString) => {
        Msg::TicketAppointmentEdited(text.into())
    });
    on!(Ticket, on_appointment_done, () => Msg::TicketAppointmentDone);
    on!(Ticket, on_back, () => Msg::TicketBack);
    on!(Ticket, on_also_toggled, (id: SharedString) => Msg::TicketAlso(id.into()));
    on!(Ticket, on_also_done, () => Msg::TicketAlsoDone);
    on!(Ticket, on_finish_clicked, () => Msg::Done);
    on!(Ticket, on_sms_open, () => Msg::Sms(SmsMsg::Open));
    on!(Ticket, on_sms_edited, (text: SharedString) => {
        Msg::Sms(SmsMsg::Edited(onestop::queue::sms::Phone::new(text.as_str())))
    });
    on!(Ticket, on_sms_send_clicked, () => Msg::Sms(SmsMsg::Send));
    on!(Ticket, on_sms_no_clicked, () => Msg::Sms(SmsMsg::No));
    on!(Card, on_pin_continue_clicked, () => Msg::CardPinContinue);
    on!(Card, on_cancel_clicked, () => Msg::CardCancel);
    on!(Card, on_yes_clicked, () => Msg::CardConsent(true));
    on!(Card, on_no_clicked, () => Msg::CardConsent(false));
    on!(Staff, on_typed, (t: SharedString) => Msg::StaffTyped(t.into()));
    on!(Staff, on_unlock_clicked, () => Msg::StaffUnlock);
    on!(Staff, on_close_clicked, () => Msg::StaffClose);
    on!(Staff, on_retry, (r: SharedString) => Msg::StaffRetry(r.into()));
    on!(Staff, on_send_now_clicked, () => Msg::StaffSendNow);
    on!(Staff, on_refresh_clicked, () => Msg::StaffRefresh);
    on!(Staff, on_print_test_clicked, () => Msg::StaffPrintTest);
    // The one wake for every worker's answers: not the visitor's activity, so it does not hold
    // off the timeout.
    let weak = Rc::downgrade(shell);
    w.global::<Devices>().on_arrived(move || {
        if let Some(shell) = weak.upgrade() {
            shell.arrived();
        }
    });
    // Keys from a physical keyboard or a scanner: the wedge detector decides.
    let weak = Rc::downgrade(shell);
    w.global::<Keys>().on_key(move |text| {
        let Some(shell) = weak.upgrade() else { return false };
        // The keypad's keys first (arrows, Tab, Enter, Escape, F1...), unless a scan is under way
        // (a scan ends with Enter) or the key is typing into a box or a PIN pad.
        let role = super::keys::key_name(&text).and_then(|name| {
            let env = shell.env();
            shell.app.borrow().keypad_role(&name, &env)
        });
        if let Some(role) = role
            && !(role == onestop::config::KeyRole::Activate && shell.keys.borrow().holding())
        {
            shell.dispatch(Msg::Touched);
            shell.dispatch(Msg::Key(role));
            return true;
        }
        let (msg, taken) = shell.keys.borrow_mut().key(&shell.app.borrow(), &text);
        if let Some(msg) = msg {
            shell.dispatch(msg);
        }
        shell.flush_keys_soon();
        taken
    });
}
