//! The chrome's binder: header words and direction, the page switch, the keyboard, the timeout
//! warning and the "Start again?" dialog.

use super::{model, s};
use crate::app::Screen;
use crate::app::view::{ActionView, ChromeView, KeyRowView, KeyView};
use crate::ui::*;
use slint::ComponentHandle;

fn page(screen: Screen) -> Page {
    match screen {
        Screen::Welcome => Page::Welcome,
        Screen::Menu => Page::Menu,
        Screen::Question => Page::Question,
        Screen::Check => Page::Check,
        Screen::Confirm => Page::Confirm,
        Screen::Track => Page::Track,
        Screen::StaffPin => Page::StaffPin,
        Screen::Staff => Page::Staff,
        Screen::Ticket => Page::Ticket,
        Screen::TicketAlso => Page::TicketAlso,
        Screen::TicketAppointment => Page::TicketAppointment,
        Screen::TicketIssued => Page::TicketIssued,
        Screen::TicketSms => Page::TicketSms,
        Screen::CardPin => Page::CardPin,
        Screen::CardConsent => Page::CardConsent,
        Screen::Rate => Page::Rate,
    }
}

pub(super) fn render(w: &KioskWindow, v: ChromeView) {
    let ChromeView {
        screen,
        scroll: _,
        rtl,
        font,
        large_text,
        council,
        back,
        continue_label,
        optional,
        start_again,
        language,
        large_text_label,
        normal_text_label,
        error_summary_title,
        keyboard_show,
        keyboard_hide,
        keyboard_shown,
        keys,
        actions,
        timeout_shown,
        timeout,
        leave_shown,
        leave,
        focus,
        low,
        low_label,
        listen_label,
        voice_note,
        help_offered,
        help_label,
        help_notice,
        help_close,
    } = v;
    let th = w.global::<Theme>();
    th.set_rtl(rtl);
    th.set_font_family(s(font));
    th.set_large_text(large_text);
    let t = w.global::<T>();
    t.set_back(s(back));
    t.set_continue_label(s(continue_label));
    t.set_optional(s(optional));
    t.set_start_again(s(start_again));
    t.set_language(s(language));
    t.set_large_text(s(large_text_label));
    t.set_normal_text(s(normal_text_label));
    t.set_error_summary_title(s(error_summary_title));
    t.set_keyboard_show(s(keyboard_show));
    t.set_keyboard_hide(s(keyboard_hide));
    let app = w.global::<App>();
    app.set_council(s(council));
    app.set_low(low);
    app.set_low_label(s(low_label));
    app.set_listen_label(s(listen_label));
    app.set_voice_note(s(voice_note));
    app.set_help_offered(help_offered);
    app.set_help_label(s(help_label));
    app.set_help_notice(s(help_notice));
    app.set_help_close(s(help_close));
    let f = w.global::<Focus>();
    f.set_id(s(focus.0));
    f.set_shown(focus.1);
    app.set_page(page(screen));
    let k = w.global::<Keyboard>();
    k.set_shown(keyboard_shown);
    let rows: Vec<KeyRow> = keys
        .into_iter()
        .map(|KeyRowView { keys, units }| KeyRow {
            keys: model(
                keys.into_iter()
                    .map(
                        |KeyView {
                             label,
                             a11y,
                             word,
                             width,
                             offset,
                         }| Key {
                            label: s(label),
                            a11y: s(a11y),
                            word: s(word),
                            width,
                            offset,
                        },
                    )
                    .collect(),
            ),
            units,
        })
        .collect();
    k.set_rows(model(rows));
    app.set_actions(model(
        actions
            .into_iter()
            .map(
                |ActionView {
                     name,
                     label,
                     primary,
                     enabled,
                 }| Action {
                    name: s(name),
                    label: s(label),
                    primary,
                    enabled,
                },
            )
            .collect(),
    ));
    let g = w.global::<Timeout>();
    let [title, body, more, clear] = timeout;
    g.set_shown(timeout_shown);
    g.set_title(s(title));
    g.set_body(s(body));
    g.set_more_time(s(more));
    g.set_clear(s(clear));
    let g = w.global::<Leave>();
    let [title, body, yes, no] = leave;
    g.set_shown(leave_shown);
    g.set_title(s(title));
    g.set_body(s(body));
    g.set_yes(s(yes));
    g.set_no(s(no));
}
