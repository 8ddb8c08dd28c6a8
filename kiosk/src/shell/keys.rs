//! Keys from a physical keyboard or a keyboard-wedge scanner, in one place: on the card's PIN
//! pad they are the pad's; elsewhere each is held while it may be part of a scan, and a scan
//! becomes a card read while anything else is typed into the field as the visitor meant.

use crate::app::{App, Msg, Screen};
use onestop::card::wedge::{WedgeDetector, WedgeKey, WedgeOutcome};
use onestop::card::{CardEvent, ReaderKind};
use std::time::Instant;

/// The wedge detector and its clock.
#[derive(Default)]
pub struct Keys {
    wedge: WedgeDetector,
    started: Option<Instant>,
}

impl Keys {
    /// A key's text: the message it makes (if any), and whether the key was taken.
    pub fn key(&mut self, app: &App, text: &str) -> (Option<Msg>, bool) {
        if app.nav.screen() == Screen::CardPin {
            // The PIN pad takes digits, delete and Enter straight from a keyboard.
            return match App::card_pad_takes(text) {
                Some(action) => (Some(Msg::CardKey(action)), true),
                None => (None, false),
            };
        }
        // Delete goes through Rust too (a box's text is Rust's): after any keys still held.
        if matches!(text, "\u{8}" | "\u{7f}") {
            let mut typed = self.wedge.flush();
            typed.push('\u{8}');
            return (Some(Msg::Typed(typed)), true);
        }
        let key = match text {
            "\n" | "\r" => WedgeKey::Enter,
            t => match t.chars().next() {
                // Slint names arrows, Home, F-keys and the like with private-use characters: those
                // are not typing and pass through untouched.
                Some(c) if t.chars().count() == 1 && !c.is_control() && !('\u{E000}'..='\u{F8FF}').contains(&c) => {
                    WedgeKey::Char(c)
                }
                _ => return (None, false),
            },
        };
        let at = self.started.get_or_insert_with(Instant::now).elapsed();
        let msg = match self.wedge.key(key, at) {
            WedgeOutcome::Pending => None,
            WedgeOutcome::Card(number) => Some(Msg::Card(CardEvent::Read {
                reader: ReaderKind::Wedge,
                number,
            })),
            WedgeOutcome::Typed(typed) => Some(Msg::Typed(typed)),
        };
        (msg, true)
    }

    /// Keys held back that turned out to be typing (from the idle tick).
    pub fn idle(&mut self) -> Option<String> {
        let started = self.started?;
        self.wedge.idle(started.elapsed())
    }

    /// Whether keys are held back as a possible scan.
    pub fn holding(&self) -> bool {
        self.wedge.holding()
    }

    /// Forget held keys (the visit ended).
    pub fn wipe(&mut self) {
        self.wedge = WedgeDetector::default();
    }
}

/// A key's name as `[access.keys]` writes it, from the text Slint gives for it: "Up", "Tab",
/// "F1", "Enter", or the character it types. `None` for keys with no name here (Shift alone).
pub fn key_name(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let (c, None) = (chars.next()?, chars.next()) else {
        return None;
    };
    let named = match c {
        '\u{F700}' => "Up",
        '\u{F701}' => "Down",
        '\u{F702}' => "Left",
        '\u{F703}' => "Right",
        '\t' => "Tab",
        '\u{19}' => "BackTab",
        '\n' | '\r' => "Enter",
        '\u{1b}' => "Escape",
        '\u{8}' => "Backspace",
        '\u{7f}' => "Delete",
        '\u{F729}' => "Home",
        '\u{F72B}' => "End",
        '\u{F72C}' => "PageUp",
        '\u{F72D}' => "PageDown",
        '\u{F704}'..='\u{F71B}' => return Some(format!("F{}", c as u32 - 0xF704 + 1)),
        c if c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) => return None,
        c => return Some(c.to_string()),
    };
    Some(named.to_owned())
}

/// How long after a held key the shell types it: longer than a scanner's gap between keys.
pub const FLUSH_AFTER: std::time::Duration = std::time::Duration::from_millis(60);

/// Taps on the council name that open the staff PIN pad...
pub const TAPS: usize = 5;
/// ...within this long (Slint's clock, so tests can move it).
pub const TAP_WINDOW: std::time::Duration = std::time::Duration::from_secs(3);

/// Counts a burst of taps on the council name; a timer started by the first sets it back.
#[derive(Default)]
pub struct Taps {
    count: std::rc::Rc<std::cell::Cell<usize>>,
    timer: slint::Timer,
}

impl Taps {
    /// One tap: whether it completes the burst.
    pub fn tap(&self) -> bool {
        if self.count.get() == 0 {
            let count = self.count.clone();
            self.timer
                .start(slint::TimerMode::SingleShot, TAP_WINDOW, move || count.set(0));
        }
        self.count.set(self.count.get() + 1);
        if self.count.get() >= TAPS {
            self.count.set(0);
            self.timer.stop();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::key_name;

    #[test]
    fn slint_key_texts_are_named_as_the_key_map_names_them() {
        for (text, name) in [
            ("\u{F700}", Some("Up")),
            ("\u{F703}", Some("Right")),
            ("\t", Some("Tab")),
            ("\u{19}", Some("BackTab")),
            ("\n", Some("Enter")),
            ("\u{1b}", Some("Escape")),
            ("\u{8}", Some("Backspace")),
            ("\u{F704}", Some("F1")),
            ("\u{F70D}", Some("F10")),
            ("+", Some("+")),
            ("ب", Some("ب")),
            ("\u{10}", None),
            ("ab", None),
            ("", None),
        ] {
            assert_eq!(key_name(text).as_deref(), name, "{text:?}");
        }
    }
}
