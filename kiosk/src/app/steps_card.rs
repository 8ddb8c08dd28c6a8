//! Signing in with a card: a read, the PIN pad, the provider's answer, the consent page, and
//! filling the form from the details agreed to.

use super::card::{ascii_digit, prefill_values};
use super::effect::Effect;
use super::{App, Env, Screen};
use onestop::card::identity::{Identity, Outcome, Pin, wipe as wipe_string};
use onestop::card::{CardEvent, CardNumber};
use onestop::keyboard::{KeyAction, Layout};

/// The longest PIN the pad takes.
const MAX_PIN: usize = 12;

impl App {
    /// A card reader's event: staff see it; during a visit, a read starts the sign-in.
    pub(super) fn card_event(&mut self, event: CardEvent, env: &Env, fx: &mut Vec<Effect>) {
        self.staff.card_event(&event, env.now);
        let CardEvent::Read { number, .. } = event else {
            return;
        };
        let screen = self.nav.screen();
        if !screen.takes_cards() || env.card.provider.is_none() {
            return;
        }
        if screen == Screen::Question {
            self.form.keep_typed();
            self.save_draft(fx);
        }
        let flow = &mut self.card;
        flow.card = Some(number.clone());
        flow.found = None;
        flow.notice = None;
        flow.pad_message = None;
        wipe_string(&mut flow.typed);
        if env.card.needs_pin {
            self.typing.set(Layout::Numeric);
            self.nav.detour(Screen::CardPin);
        } else {
            self.card_ask(number, None, fx);
        }
    }

    fn card_ask(&mut self, card: CardNumber, pin: Option<Pin>, fx: &mut Vec<Effect>) {
        let ticket = self.next_number();
        self.card.checking = Some(ticket);
        if self.nav.screen() != Screen::CardPin {
            self.card.notice = Some("card-checking".into());
        }
        fx.push(Effect::LookupCard {
            epoch: self.session.epoch,
            ticket,
            card,
            pin,
        });
    }

    /// A digit, delete or Enter on the card's PIN pad (on-screen or from a keyboard).
    pub(super) fn card_key(&mut self, action: KeyAction, env: &Env, fx: &mut Vec<Effect>) {
        match action {
            KeyAction::Insert(t) => {
                for c in t.chars().filter_map(ascii_digit) {
                    if self.card.typed.len() < MAX_PIN {
                        self.card.typed.push(c);
                    }
                }
            }
            KeyAction::Backspace => {
                self.card.typed.pop();
            }
            KeyAction::Enter => self.card_pin_done(env, fx),
            _ => {}
        }
    }

    /// A key from a physical keyboard on the card pad: whether it was one the pad takes.
    pub fn card_pad_takes(text: &str) -> Option<KeyAction> {
        match text {
            "\n" | "\r" => Some(KeyAction::Enter),
            "\u{8}" | "\u{7f}" => Some(KeyAction::Backspace),
            t if !t.is_empty() && t.chars().all(|c| ascii_digit(c).is_some()) => Some(KeyAction::Insert(t.to_owned())),
            _ => None,
        }
    }

    /// Continue on the pad: a PIN of the right length goes to the provider.
    pub(super) fn card_pin_done(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if self.card.checking.is_some() {
            return;
        }
        let Some(card) = self.card.card.clone() else { return };
        let typed = std::mem::take(&mut self.card.typed);
        if !self.card.attempts.allowed(&card, env.now) {
            let mut typed = typed;
            wipe_string(&mut typed);
            self.card.pad_message = Some(("card-pin-locked".into(), true, 0));
            return;
        }
        match Pin::new(typed) {
            None => self.card.pad_message = Some(("card-pin-length".into(), true, 0)),
            Some(pin) => {
                self.card.pad_message = Some(("card-checking".into(), false, 0));
                self.card_ask(card, Some(pin), fx);
            }
        }
    }

    /// The provider's answer.
    pub(super) fn card_outcome(&mut self, outcome: Outcome, env: &Env) {
        let provider = env.card.provider.unwrap_or("none");
        let Some(card) = self.card.card.clone() else { return };
        match outcome {
            Outcome::Found(person) => {
                self.card.attempts.right(&card);
                self.card.found = Some(person);
                self.card.notice = None;
                self.nav.detour(Screen::CardConsent);
            }
            Outcome::WrongPin => {
                let left = self.card.attempts.wrong(&card, env.now);
                self.card.pad_message = Some(if left == 0 {
                    ("card-pin-locked".into(), true, 0)
                } else {
                    ("card-pin-wrong".into(), true, i64::from(left))
                });
                if self.nav.screen() != Screen::CardPin {
                    self.typing.set(Layout::Numeric);
                    self.nav.detour(Screen::CardPin);
                }
            }
            Outcome::NotFound | Outcome::Blocked => {
                self.card.notice = Some("card-not-used".into());
                self.card.card = None;
                self.card_back();
            }
            Outcome::Unreachable(reason) => {
                tracing::warn!("card lookup: {reason}");
                self.card.identity = Some(Identity::read_at_kiosk(&card, provider, false));
                self.card.notice = Some("card-offline".into());
                self.card_back();
            }
        }
    }

    /// Back to where the visitor was, the pad forgotten.
    pub(super) fn card_back(&mut self) {
        wipe_string(&mut self.card.typed);
        self.card.pad_message = None;
        self.card.checking = None;
        if !self.nav.in_detour() {
            return;
        }
        let to = self.nav.end_detour(Screen::Menu);
        if to == Screen::Question {
            let part = self.form.part;
            self.form.load();
            self.focus_part(part);
        }
    }

    /// Yes or no on the consent page: only a yes keeps anything from the card.
    pub(super) fn card_consent(&mut self, yes: bool, env: &Env) {
        let provider = env.card.provider.unwrap_or("none");
        let found = self.card.found.take();
        match (yes, found, self.card.card.clone()) {
            (true, Some(person), Some(card)) => {
                self.card.identity = Some(Identity::read_at_kiosk(&card, provider, true));
                self.card.agreed = Some(person);
                self.card.notice = Some("card-used".into());
            }
            _ => {
                self.card.agreed = None;
                self.card.identity = None;
                self.card.card = None;
                self.card.notice = None;
            }
        }
        self.card_prefill();
        self.card_back();
    }

    /// Fill the form's unanswered name, address, email and phone questions from the details
    /// agreed to (also when a form is opened after agreeing).
    pub(super) fn card_prefill(&mut self) {
        let Some(person) = self.card.agreed.clone() else { return };
        let Some(walk) = self.form.walk.as_mut() else { return };
        for (id, value) in prefill_values(walk.form(), &person) {
            walk.prefill(&id, value);
        }
    }
}
