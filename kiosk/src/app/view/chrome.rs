//! The chrome around every page: the header's words and direction, the on-screen keyboard's
//! keys (named in the visitor's language), the timeout warning, the "Start again?" dialog and
//! the "I need help" button with its banner.

use super::Words;
use crate::app::{App, Env, Screen, session};
use onestop::keyboard::KeyAction;

/// One key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyView {
    /// What the key shows.
    pub label: String,
    /// What it is called (read aloud).
    pub a11y: String,
    /// Its name shown under its symbol, for the keys that are not letters (Enter, Space,
    /// Delete, Shift), in the visitor's language; empty for letters.
    pub word: String,
    /// Its width in units.
    pub width: i32,
    /// Where it starts in the row, in units.
    pub offset: i32,
}

/// A row of keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRowView {
    /// The keys.
    pub keys: Vec<KeyView>,
    /// The row's width in units.
    pub units: i32,
}

/// A main action in the bar above the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionView {
    /// What [`crate::app::Msg::Action`] carries.
    pub name: String,
    /// Its words.
    pub label: String,
    /// The page's main action (the others are secondary).
    pub primary: bool,
    /// It can be pressed now.
    pub enabled: bool,
}

/// Everything around the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChromeView {
    /// The screen.
    pub screen: Screen,
    /// Scroll to the top when this changes.
    pub scroll: u64,
    /// Right to left.
    pub rtl: bool,
    /// The language's font.
    pub font: String,
    /// Larger text.
    pub large_text: bool,
    /// The council's name.
    pub council: String,
    /// Words used on many pages: back, continue, optional, start again, language, larger text,
    /// normal text, the error summary's title, show and hide keyboard.
    pub back: String,
    /// "Continue".
    pub continue_label: String,
    /// "(optional)".
    pub optional: String,
    /// "Start again".
    pub start_again: String,
    /// "Language".
    pub language: String,
    /// "Larger text".
    pub large_text_label: String,
    /// "Normal text".
    pub normal_text_label: String,
    /// "There is a problem".
    pub error_summary_title: String,
    /// "Show keyboard".
    pub keyboard_show: String,
    /// "Hide keyboard".
    pub keyboard_hide: String,
    /// The keyboard shows.
    pub keyboard_shown: bool,
    /// Its keys.
    pub keys: Vec<KeyRowView>,
    /// The page's main actions above the keyboard, in visual order (the main one at the
    /// reading start edge: the right in Urdu and Arabic); none when the keyboard is hidden.
    pub actions: Vec<ActionView>,
    /// The timeout warning shows.
    pub timeout_shown: bool,
    /// Its title, body and buttons.
    pub timeout: [String; 4],
    /// "Start again?" shows.
    pub leave_shown: bool,
    /// Its title, body, yes and no.
    pub leave: [String; 4],
    /// The keypad's focus: the element's id, and whether the ring shows.
    pub focus: (String, bool),
    /// The low layout is on.
    pub low: bool,
    /// "Low layout" and "Listen" in the header.
    pub low_label: String,
    /// "Listen".
    pub listen_label: String,
    /// Said when speech is in English for want of a voice; empty otherwise.
    pub voice_note: String,
    /// "I need help" shows in the header (a visitor screen on a kiosk with a queue).
    pub help_offered: bool,
    /// Its words.
    pub help_label: String,
    /// The help banner's words; empty when it is not showing.
    pub help_notice: String,
    /// The banner's Close.
    pub help_close: String,
}

/// The chrome for `app`.
pub fn chrome(app: &App, env: &Env) -> ChromeView {
    let w = Words::of(app, env);
    let tr = &env.ctx.translations;
    let loc = tr.get(&app.session.locale).unwrap_or_else(|| tr.fallback());
    let screen = app.nav.screen();
    let k = &env.ctx.config.kiosk;
    let (warn, left) = session::warning(app.session.idle_secs, k.idle_timeout_secs, k.idle_warning_secs);
    ChromeView {
        screen,
        scroll: app.nav.scroll(),
        rtl: loc.is_rtl(),
        font: loc.info.font.clone(),
        large_text: app.session.large_text,
        council: k.council_name.clone(),
        back: w.t("back"),
        continue_label: w.t("continue"),
        optional: w.t("optional"),
        start_again: w.t("start-again"),
        language: w.t("language"),
        large_text_label: w.t("large-text"),
        normal_text_label: w.t("normal-text"),
        error_summary_title: w.t("error-summary-title"),
        keyboard_show: w.t("keyboard-show"),
        keyboard_hide: w.t("keyboard-hide"),
        keyboard_shown: app.keyboard_shown(),
        keys: keys(app, env),
        actions: actions(app, &w, loc.is_rtl()),
        timeout_shown: app.in_session() && warn,
        timeout: [
            w.t("timeout-title"),
            w.ta(
                "timeout-body",
                &[("seconds", onestop::i18n::ArgValue::Num(left as i64))],
            ),
            w.t("timeout-more-time"),
            w.t("timeout-clear"),
        ],
        leave_shown: app.session.leaving,
        leave: [w.t("leave-title"), w.t("leave-body"), w.t("leave-yes"), w.t("leave-no")],
        focus: (app.access.focus.clone(), app.access.keypad),
        low: app.access.low,
        low_label: w.t("low-layout"),
        listen_label: w.t("listen"),
        voice_note: if app.access.english_voice_note && !screen.is_staff() {
            w.t("speech-in-english")
        } else {
            String::new()
        },
        help_offered: env.has_queue && screen.is_visitor(),
        help_label: w.t("help-button"),
        help_notice: crate::app::help::notice(app, env).map_or_else(String::new, |id| w.t(id)),
        help_close: w.t("help-close"),
    }
}

/// The main actions kept above the keyboard.
fn actions(app: &App, w: &Words, rtl: bool) -> Vec<ActionView> {
    if !app.keyboard_shown() {
        return Vec::new();
    }
    let screen = app.nav.screen();
    let mut list: Vec<ActionView> = crate::app::nav::actions(screen)
        .iter()
        .enumerate()
        .map(|(i, (words, name))| ActionView {
            name: (*name).to_owned(),
            label: if screen.is_staff() {
                w.staff(words, &[])
            } else {
                w.t(words)
            },
            primary: i == 0,
            enabled: match *name {
                "card-continue" => app.card.checking.is_none(),
                "unlock" => app.staff.enabled && app.staff.checking.is_none(),
                _ => true,
            },
        })
        .collect();
    if rtl {
        list.reverse();
    }
    list
}

/// The keyboard's rows, each key named in the visitor's language (the staff's on the staff pad).
fn keys(app: &App, env: &Env) -> Vec<KeyRowView> {
    let screen = app.nav.screen();
    let (letters, names) = if screen.is_staff() {
        (onestop::i18n::FALLBACK, env.ctx.config.staff.locale.as_str())
    } else {
        (app.session.locale.as_str(), app.session.locale.as_str())
    };
    app.typing
        .layout
        .rows(letters, app.typing.shifted)
        .into_iter()
        .map(|r| {
            let mut offset = 0;
            let keys = r
                .into_iter()
                .map(|k| {
                    let named = match k.action {
                        KeyAction::Enter => Some("key-enter"),
                        KeyAction::Space => Some("key-space"),
                        KeyAction::Backspace => Some("key-backspace"),
                        KeyAction::Shift => Some("key-shift"),
                        KeyAction::SwitchScript => Some("key-switch"),
                        _ => None,
                    };
                    let name = named.map(|id| env.ctx.translations.text(names, id, &[]));
                    // The script switch shows the script it switches to, which says enough.
                    let shown = name.clone().filter(|_| !matches!(k.action, KeyAction::SwitchScript));
                    let key = KeyView {
                        // Space is its word alone: the bare symbol means nothing to most visitors.
                        label: if matches!(k.action, KeyAction::Space) {
                            String::new()
                        } else {
                            k.label
                        },
                        a11y: name.unwrap_or(k.a11y),
                        word: shown.unwrap_or_default(),
                        width: k.width as i32,
                        offset,
                    };
                    offset += k.width as i32;
                    key
                })
                .collect();
            KeyRowView { keys, units: offset }
        })
        .collect()
}
