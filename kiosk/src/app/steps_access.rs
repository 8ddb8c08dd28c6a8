//! The keypad and speech steps: which keys are the keypad's (the rest are typing), moving focus,
//! pressing what has focus, Back, help, volume and "Listen"; and, after every message, placing
//! focus on a new page and saying what changed (a new screen, a new focus, a typed character, a
//! new error). What is said is built by [`super::speak`] from the views.

use super::effect::Effect;
use super::focus::{self, Element, Move, Role};
use super::speak;
use super::view::Words;
use super::{App, Env, Msg, Screen, update};
use onestop::config::{KeyRole, SpeechStart};

/// How much one press of + or - changes the volume.
const VOLUME_STEP: u8 = 10;

impl App {
    /// What the key called `name` does for the keypad, or `None` when it is typing (a character
    /// or Backspace while a text box or PIN pad has focus) or no keypad key at all.
    pub fn keypad_role(&self, name: &str, env: &Env) -> Option<KeyRole> {
        let role = env.ctx.config.access.keys.role(name)?;
        let typing_here = self.typing_has_focus();
        let is_char = name.chars().count() == 1;
        if typing_here && (is_char || name == "Backspace") {
            return None;
        }
        // Before the keypad is in use, Enter in a box or on a PIN pad does what it always did
        // (the next box, or the PIN sent) rather than waking the keypad.
        if typing_here && !self.access.keypad && role == KeyRole::Activate {
            return None;
        }
        Some(role)
    }

    /// Whether keys typed now go into a text box or a PIN pad.
    fn typing_has_focus(&self) -> bool {
        match self.nav.screen() {
            Screen::CardPin | Screen::StaffPin => true,
            Screen::Question | Screen::Track | Screen::TicketAppointment | Screen::TicketSms => {
                !self.access.keypad || self.access.focus.starts_with("box:") || self.access.focus.starts_with("key:")
            }
            _ => false,
        }
    }

    /// The voice speech uses now, and the elements in its language.
    fn spoken_list(&mut self, env: &Env) -> (&'static str, Vec<Element>) {
        let locale = self.session.locale.clone();
        let speech = speak::speech_locale(&locale).to_owned();
        let voice = speak::voice(&speech).unwrap_or("en-gb");
        if speech == locale {
            return (voice, focus::elements(self, env));
        }
        self.session.locale = speech;
        let list = focus::elements(self, env);
        self.session.locale = locale;
        (voice, list)
    }

    /// Say `text` in the voice of the speech locale (English words where there is no voice).
    fn say(&mut self, voice: &'static str, text: String, fx: &mut Vec<Effect>) {
        let text = if speak::is_pin_screen(self.nav.screen()) {
            speak::without_digits(&text)
        } else {
            text
        };
        if !text.trim().is_empty() {
            self.access.english_voice_note = speak::voice(&self.session.locale).is_none();
            fx.push(Effect::Say { voice, text });
        }
    }

    /// Words in the speech locale.
    fn with_speech_words<T>(&mut self, env: &Env, f: impl FnOnce(&App, &Words) -> T) -> T {
        let locale = self.session.locale.clone();
        self.session.locale = speak::speech_locale(&locale).to_owned();
        let out = f(self, &Words::of(self, env));
        self.session.locale = locale;
        out
    }

    /// A keypad key.
    pub(super) fn keypad(&mut self, role: KeyRole, env: &Env, fx: &mut Vec<Effect>) {
        let first = !self.access.keypad;
        self.access.keypad = true;
        if first && env.ctx.config.access.speech != SpeechStart::Never && !self.access.speaking {
            // The first key wakes the keypad: the screen and what has focus are said, and a
            // movement or press waits for the next key, so nothing is chosen unheard.
            self.access.speaking = true;
            self.access.placed = None;
            if matches!(
                role,
                KeyRole::Up | KeyRole::Down | KeyRole::Left | KeyRole::Right | KeyRole::Activate
            ) {
                return;
            }
        }
        let list = focus::elements(self, env);
        let at = list
            .iter()
            .position(|e| e.id == self.access.focus)
            .unwrap_or_else(|| focus::first(&list));
        let rtl = env
            .ctx
            .translations
            .get(&self.session.locale)
            .is_some_and(|l| l.is_rtl());
        let moved = match role {
            KeyRole::Up => Some(Move::Up),
            KeyRole::Down => Some(Move::Down),
            // Left and right are the screen's: in Urdu and Arabic the reading start is the right.
            // Keyboard rows are laid out left to right in every language.
            KeyRole::Left | KeyRole::Right => {
                let grid = list.get(at).is_some_and(|e| e.grid.is_some());
                let towards_end = (role == KeyRole::Right) != (rtl && !grid);
                Some(if towards_end { Move::Forward } else { Move::Back })
            }
            _ => None,
        };
        if let Some(how) = moved {
            let to = focus::step(&list, at, how);
            if let Some(e) = list.get(to) {
                self.access.focus = e.id.clone();
                if let focus::Act::Part(p) = e.act {
                    self.focus_part(p);
                }
            }
            return;
        }
        match role {
            KeyRole::Activate => {
                let Some(e) = list.get(at).cloned() else { return };
                let msg = match (&e.role, &e.act) {
                    // Enter in a text box does what Enter does there: the next box, or Continue.
                    (Role::EditText, _) => Msg::Typed("\n".into()),
                    (_, act) => act.msg(),
                };
                let said_before = fx.iter().filter(|f| matches!(f, Effect::Say { .. })).count();
                fx.extend(update(self, msg, env));
                let said = fx.iter().filter(|f| matches!(f, Effect::Say { .. })).count() > said_before;
                if self.access.speaking && (e.role == Role::Key || !said) {
                    // A key says what it typed; a press that changed nothing says where it is, so
                    // no press goes unanswered.
                    let (voice, list) = self.spoken_list(env);
                    let now = list.into_iter().find(|x| x.id == e.id);
                    let text = match (&now, e.role) {
                        (_, Role::Key) => e.label.clone(),
                        (Some(n), _) => self.with_speech_words(env, |_, w| speak::describe(n, w)),
                        (None, _) => String::new(),
                    };
                    self.say(voice, text, fx);
                    self.access.said = now;
                }
            }
            KeyRole::Back => {
                let msg = match self.nav.screen() {
                    _ if self.session.leaving => Msg::StayInVisit,
                    Screen::Question | Screen::Check | Screen::Track => Msg::Back,
                    Screen::Ticket | Screen::TicketAlso | Screen::TicketAppointment => Msg::TicketBack,
                    Screen::TicketSms => Msg::Sms(super::sms::SmsMsg::No),
                    Screen::CardPin | Screen::CardConsent => Msg::CardCancel,
                    Screen::Rate => Msg::Rate(0),
                    Screen::Staff | Screen::StaffPin => Msg::StaffClose,
                    Screen::Welcome if self.nav.in_detour() => Msg::ChooseLanguage(self.session.locale.clone()),
                    _ => return,
                };
                fx.extend(update(self, msg, env));
            }
            KeyRole::Help => {
                let (voice, _) = self.spoken_list(env);
                let text = self.with_speech_words(env, |app, w| speak::help(app, env, w));
                self.access.speaking = env.ctx.config.access.speech != SpeechStart::Never || self.access.speaking;
                self.say(voice, text, fx);
            }
            KeyRole::Louder | KeyRole::Quieter => {
                let v = self.access.volume;
                self.access.volume = if role == KeyRole::Louder {
                    v.saturating_add(VOLUME_STEP).min(100)
                } else {
                    v.saturating_sub(VOLUME_STEP)
                };
                fx.push(Effect::Volume(self.access.volume));
                let (voice, _) = self.spoken_list(env);
                let id = if role == KeyRole::Louder {
                    "speech-louder"
                } else {
                    "speech-quieter"
                };
                let text = self.with_speech_words(env, |_, w| w.t(id));
                self.say(voice, text, fx);
            }
            KeyRole::Listen => fx.extend(update(self, Msg::Listen, env)),
            _ => {}
        }
    }

    /// "Listen": the whole page, in the visitor's language (English where it has no voice).
    pub(super) fn listen(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        let (voice, list) = self.spoken_list(env);
        let text = self.with_speech_words(env, |app, w| speak::page(app, env, w, &list));
        self.say(voice, text, fx);
        self.access.english_voice_note = speak::voice(&self.session.locale).is_none();
    }

    /// After every message: focus placed on a new page or dialog, and, while speech is on, what
    /// changed said (a new screen with its focus, a new focus, a typed character, a new error, a
    /// PIN digit entered).
    pub(super) fn after(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if !self.access.keypad && !self.access.speaking {
            return;
        }
        let dialog = if self.session.leaving { 1 } else { 0 }
            + if crate::app::view::chrome(self, env).timeout_shown {
                2
            } else {
                0
            };
        let page = (self.nav.scroll(), dialog);
        let (voice, list) = self.spoken_list(env);
        let arrived = self.access.placed != Some(page);
        if arrived {
            self.access.placed = Some(page);
            let at = focus::first(&list);
            self.access.focus = list.get(at).map(|e| e.id.clone()).unwrap_or_default();
            self.access.alert.clear();
            self.access.pin_len = 0;
            if let Some(focus::Act::Part(p)) = list.get(at).map(|e| e.act.clone()) {
                self.focus_part(p);
            }
        } else if self.access.focus.starts_with("box:") && self.nav.screen() == Screen::Question {
            // Enter in a box moves typing to the next box: focus goes with it.
            self.access.focus = format!("box:{}", self.form.part);
        } else if !list.iter().any(|e| e.id == self.access.focus) {
            self.access.focus = list.get(focus::first(&list)).map(|e| e.id.clone()).unwrap_or_default();
        }
        if !self.access.speaking {
            return;
        }
        let now = list.iter().find(|e| e.id == self.access.focus).cloned();
        // A language on the welcome list is said in its own voice (English for one without),
        // so a visitor hears their language when they reach it.
        if !arrived
            && let Some(tag) = now.as_ref().and_then(|e| e.id.strip_prefix("lang:"))
            && self.access.said.as_ref().map(|s| &s.id) != now.as_ref().map(|e| &e.id)
        {
            let own = speak::voice(tag).unwrap_or("en-gb");
            let name = now.as_ref().map(|e| e.label.clone()).unwrap_or_default();
            self.access.said = now;
            self.say(own, name, fx);
            return;
        }
        let alert = speak::alerts(self, env);
        let pin_len = self.pin_typed_len();
        let mut words = Vec::new();
        self.with_speech_words(env, |app, w| {
            if arrived {
                if dialog == 0 {
                    words.push(speak::arrival(app, env, w));
                }
                words.extend(now.as_ref().map(|e| speak::describe(e, w)));
                return;
            }
            if pin_len > app.access.pin_len {
                words.push(w.t("speech-pin-entered"));
            } else if pin_len < app.access.pin_len && pin_len > 0 {
                words.push(w.t("speech-pin-deleted"));
            }
            if !alert.is_empty() && alert != app.access.alert {
                words.push(alert.clone());
            }
            match (&app.access.said, &now) {
                (Some(before), Some(e)) if before.id == e.id => words.extend(speak::change(before, e, w)),
                (_, Some(e)) => words.push(speak::describe(e, w)),
                _ => {}
            }
        });
        self.access.alert = alert;
        self.access.pin_len = pin_len;
        self.access.said = now;
        if !words.is_empty() {
            self.say(voice, words.join(". "), fx);
        }
    }

    /// How many digits the PIN pad showing holds.
    fn pin_typed_len(&self) -> usize {
        match self.nav.screen() {
            Screen::CardPin => self.card.typed.chars().count(),
            Screen::StaffPin => self.staff.typed.0.chars().count(),
            _ => 0,
        }
    }
}
