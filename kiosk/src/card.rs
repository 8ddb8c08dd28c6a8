//! Signing in with a library or council card at the kiosk: a card read (NFC, a barcode scanner
//! typing like a keyboard, or the simulated reader) during a visit asks for the card's PIN when the
//! provider needs one, looks the card up on a worker thread, and shows what was found. Nothing is
//! filled in until the visitor agrees on the consent page; the card, the PIN and the details are
//! dropped when the visit ends. Offline, the card is kept as unverified and sent with the form.

use crate::controller::Controller;
use crate::ui::{Card, KioskWindow, Page};
use onestop::card::identity::{Identity, Outcome, Person, Pin, PinAttempts, Provider, wipe as wipe_string};
use onestop::card::wedge::{WedgeDetector, WedgeKey, WedgeOutcome};
use onestop::card::{CardEvent, CardNumber, ReaderKind};
use onestop::i18n::ArgValue;
use serde_json::json;
use slint::{ComponentHandle as _, ModelRc, SharedString, VecModel};
use std::sync::{Arc, mpsc};
use std::time::Instant;

/// A question for the lookup worker.
struct Job {
    ticket: u64,
    card: CardNumber,
    pin: Option<Pin>,
}

/// The worker's answer.
pub struct Answer {
    ticket: u64,
    outcome: Outcome,
}

/// The card desk: the provider, the worker, the wedge detector and this visit's progress.
#[derive(Default)]
pub struct CardDesk {
    provider_name: Option<&'static str>,
    needs_pin: bool,
    jobs: Option<mpsc::Sender<Job>>,
    answers: Option<mpsc::Receiver<Answer>>,
    next_ticket: u64,
    wedge: WedgeDetector,
    started: Option<Instant>,
    attempts: PinAttempts,
    /// This visit's card flow, wiped with the session.
    pub(crate) flow: Flow,
}

/// One visit's card.
#[derive(Default)]
pub(crate) struct Flow {
    card: Option<CardNumber>,
    /// Digits typed on the pad (never shown; dots only).
    typed: String,
    checking: Option<u64>,
    /// The pad's message id and whether it is an error.
    pad_message: Option<(String, bool, i64)>,
    /// Details found, waiting for the visitor's yes or no.
    found: Option<Person>,
    /// Details the visitor agreed to use.
    pub(crate) agreed: Option<Person>,
    /// What the submission will carry.
    pub(crate) identity: Option<Identity>,
    /// The notice on the form pages (a message id).
    notice: Option<String>,
    /// The page to go back to after the pad or the consent page.
    return_to: Option<Page>,
}

impl Drop for Flow {
    fn drop(&mut self) {
        wipe_string(&mut self.typed);
    }
}

/// A digit from any script a visitor's keyboard may type (Arabic-Indic, Urdu's Extended
/// Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati) as its ASCII digit; PINs are numbers.
fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let zeros = ['\u{0660}', '\u{06F0}', '\u{0966}', '\u{09E6}', '\u{0A66}', '\u{0AE6}'];
    zeros.iter().find_map(|&zero| {
        let d = (c as u32).checked_sub(zero as u32)?;
        (d < 10).then(|| char::from(b'0' + d as u8))
    })
}

fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

impl CardDesk {
    /// A desk for `provider` (or none: cards are then only shown to staff), with its worker.
    /// `wake` runs on the worker after each answer.
    pub fn start(provider: Option<Arc<dyn Provider>>, wake: impl Fn() + Send + 'static) -> std::io::Result<CardDesk> {
        let mut desk = CardDesk::default();
        let Some(provider) = provider else {
            return Ok(desk);
        };
        desk.provider_name = Some(provider.name());
        desk.needs_pin = provider.needs_pin();
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (answer_tx, answers) = mpsc::channel();
        std::thread::Builder::new().name("card-lookup".into()).spawn(move || {
            while let Ok(job) = job_rx.recv() {
                let outcome = provider.lookup(&job.card, job.pin.as_ref());
                drop(job.pin);
                if answer_tx
                    .send(Answer {
                        ticket: job.ticket,
                        outcome,
                    })
                    .is_err()
                {
                    return;
                }
                wake();
            }
        })?;
        desk.jobs = Some(jobs);
        desk.answers = Some(answers);
        Ok(desk)
    }
}

/// The form questions a card's details may fill, by the Open311 field each maps to.
fn prefill_values(form: &onestop::forms::FormDef, person: &Person) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for (question, field) in &form.crm.fields {
        let value = match field.as_str() {
            "first_name" => person.first_name.clone().map(|v| json!(v)),
            "last_name" => person.last_name.clone().map(|v| json!(v)),
            "email" => person.email.clone().map(|v| json!(v)),
            "phone" => person.phone.clone().map(|v| json!(v)),
            "address_string" => person.address.as_deref().map(address_value),
            _ => None,
        };
        if let Some(v) = value {
            out.push((question.clone(), v));
        }
    }
    out
}

/// One address line ("12 High Street, Leicester LE1 1AA") as the address question's parts: the
/// postcode found at the end, the house number at the start, the rest as street and town.
fn address_value(line: &str) -> serde_json::Value {
    let mut rest = line.trim().trim_end_matches(',').to_owned();
    let mut postcode = String::new();
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() >= 2 {
        let candidate = format!("{} {}", words[words.len() - 2], words[words.len() - 1]).to_uppercase();
        if let Some(pc) = onestop::forms::normalize::uk_postcode(&candidate) {
            postcode = pc;
            rest = words[..words.len() - 2].join(" ");
        }
    }
    let mut parts: Vec<String> = rest
        .split(',')
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let first = if parts.is_empty() {
        String::new()
    } else {
        parts.remove(0)
    };
    let (house, street) = match first.split_once(' ') {
        Some((h, st)) if h.chars().next().is_some_and(|c| c.is_ascii_digit()) => (h.to_owned(), st.to_owned()),
        _ => (String::new(), first),
    };
    let town = parts.join(", ");
    json!({ "postcode": postcode, "house": house, "street": street, "town": town })
}

impl Controller {
    pub(crate) fn wire_card(self: &std::rc::Rc<Self>, w: &KioskWindow) {
        let weak = std::rc::Rc::downgrade(self);
        let active = move |f: &dyn Fn(&Controller)| {
            if let Some(c) = weak.upgrade() {
                c.state.borrow_mut().idle_secs = 0;
                c.render_timeout();
                f(&c);
            }
        };
        let g = w.global::<Card>();
        let a = active.clone();
        g.on_pin_continue_clicked(move || a(&|c| c.card_pin_done()));
        let a = active.clone();
        g.on_cancel_clicked(move || a(&|c| c.card_back(None)));
        let a = active.clone();
        g.on_yes_clicked(move || a(&|c| c.card_consent(true)));
        let a = active;
        g.on_no_clicked(move || a(&|c| c.card_consent(false)));
        let weak = std::rc::Rc::downgrade(self);
        g.on_key(move |text| weak.upgrade().is_some_and(|c| c.card_key(&text)));
    }

    /// Uses this card desk.
    pub fn set_card_desk(&self, desk: CardDesk) {
        *self.card.borrow_mut() = desk;
    }

    /// A key from a physical keyboard: held while it may be part of a scan; a scan becomes a card
    /// read, anything else is typed into the field as the visitor meant.
    fn card_key(&self, text: &str) -> bool {
        if self.state.borrow().page == Page::CardPin {
            // The PIN pad takes digits, delete and Enter straight from a keyboard.
            use onestop::keyboard::KeyAction;
            let action = match text {
                "\n" | "\r" => KeyAction::Enter,
                "\u{8}" | "\u{7f}" => KeyAction::Backspace,
                t if !t.is_empty() && t.chars().all(|c| ascii_digit(c).is_some()) => KeyAction::Insert(t.to_owned()),
                _ => return false,
            };
            self.card_press(action);
            return true;
        }
        let key = match text {
            "\n" | "\r" => WedgeKey::Enter,
            t => match t.chars().next() {
                // Slint names arrows, Home, F-keys and the like with private-use characters: those
                // are not typing and pass through untouched.
                Some(c) if t.chars().count() == 1 && !c.is_control() && !('\u{E000}'..='\u{F8FF}').contains(&c) => {
                    WedgeKey::Char(c)
                }
                _ => return false,
            },
        };
        let outcome = {
            let mut desk = self.card.borrow_mut();
            let started = *desk.started.get_or_insert_with(Instant::now);
            let at = started.elapsed();
            desk.wedge.key(key, at)
        };
        match outcome {
            WedgeOutcome::Pending => {}
            WedgeOutcome::Card(number) => self.card_event(CardEvent::Read {
                reader: ReaderKind::Wedge,
                number,
            }),
            WedgeOutcome::Typed(typed) => self.type_text(&typed),
        }
        true
    }

    /// Keys held back that turned out to be typing (called from the idle tick).
    pub(crate) fn card_wedge_idle(&self) {
        let typed = {
            let mut desk = self.card.borrow_mut();
            let Some(started) = desk.started else { return };
            let now = started.elapsed();
            desk.wedge.idle(now)
        };
        if let Some(t) = typed {
            self.type_text(&t);
        }
    }

    /// A card reader's event: staff see it; during a visit, a read starts the sign-in.
    pub(crate) fn card_event(&self, event: CardEvent) {
        self.staff.borrow_mut().card_event(&event);
        let CardEvent::Read { number, .. } = event else {
            return self.render_all();
        };
        let page = self.state.borrow().page;
        if !matches!(page, Page::Menu | Page::Question | Page::Check) || self.card.borrow().provider_name.is_none() {
            return self.render_all();
        }
        {
            let mut desk = self.card.borrow_mut();
            desk.flow.card = Some(number.clone());
            desk.flow.found = None;
            desk.flow.notice = None;
            desk.flow.pad_message = None;
            wipe_string(&mut desk.flow.typed);
            if desk.flow.return_to.is_none() {
                desk.flow.return_to = Some(page);
            }
        }
        let needs_pin = self.card.borrow().needs_pin;
        if needs_pin {
            let mut st = self.state.borrow_mut();
            st.page = Page::CardPin;
            st.layout = onestop::keyboard::Layout::Numeric;
            st.shifted = false;
            drop(st);
            self.with_window(|w| w.global::<crate::ui::Keyboard>().set_shown(true));
        } else {
            self.card_ask(number, None);
        }
        self.render_all();
    }

    fn card_ask(&self, card: CardNumber, pin: Option<Pin>) {
        let mut desk = self.card.borrow_mut();
        desk.next_ticket += 1;
        let ticket = desk.next_ticket;
        let sent = desk
            .jobs
            .as_ref()
            .is_some_and(|j| j.send(Job { ticket, card, pin }).is_ok());
        desk.flow.checking = sent.then_some(ticket);
        if !sent {
            desk.flow.notice = Some("card-unavailable".into());
        } else if self.state.borrow().page != Page::CardPin {
            desk.flow.notice = Some("card-checking".into());
        }
    }

    /// A digit or delete from the on-screen pad while the card PIN pad shows.
    pub(crate) fn card_press(&self, action: onestop::keyboard::KeyAction) {
        use onestop::keyboard::KeyAction;
        {
            let mut desk = self.card.borrow_mut();
            match action {
                KeyAction::Insert(t) => {
                    for c in t.chars().filter_map(ascii_digit) {
                        if desk.flow.typed.len() < 12 {
                            desk.flow.typed.push(c);
                        }
                    }
                }
                KeyAction::Backspace => {
                    desk.flow.typed.pop();
                }
                KeyAction::Enter => {
                    drop(desk);
                    return self.card_pin_done();
                }
                _ => {}
            }
        }
        self.render_card();
    }

    fn card_pin_done(&self) {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let (card, typed, allowed) = {
            let mut desk = self.card.borrow_mut();
            if desk.flow.checking.is_some() {
                return;
            }
            let Some(card) = desk.flow.card.clone() else { return };
            let typed = std::mem::take(&mut desk.flow.typed);
            let allowed = desk.attempts.allowed(&card, now);
            (card, typed, allowed)
        };
        if !allowed {
            let mut desk = self.card.borrow_mut();
            desk.flow.pad_message = Some(("card-pin-locked".into(), true, 0));
            drop(desk);
            return self.render_card();
        }
        match Pin::new(typed) {
            None => {
                self.card.borrow_mut().flow.pad_message = Some(("card-pin-length".into(), true, 0));
            }
            Some(pin) => {
                self.card.borrow_mut().flow.pad_message = Some(("card-checking".into(), false, 0));
                self.card_ask(card, Some(pin));
            }
        }
        self.render_card();
    }

    /// Collects lookup answers (from the devices' wake).
    pub(crate) fn card_answers(&self) {
        let answers: Vec<Answer> = match self.card.borrow().answers.as_ref() {
            Some(rx) => rx.try_iter().collect(),
            None => return,
        };
        for answer in answers {
            if self.card.borrow().flow.checking != Some(answer.ticket) {
                continue; // from a visit that has ended, or a card since replaced
            }
            self.card.borrow_mut().flow.checking = None;
            self.card_outcome(answer.outcome);
        }
    }

    fn card_outcome(&self, outcome: Outcome) {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let provider = self.card.borrow().provider_name.unwrap_or("none").to_owned();
        let mut desk = self.card.borrow_mut();
        let Some(card) = desk.flow.card.clone() else { return };
        match outcome {
            Outcome::Found(person) => {
                desk.attempts.right(&card);
                desk.flow.found = Some(person);
                desk.flow.notice = None;
                drop(desk);
                self.state.borrow_mut().page = Page::CardConsent;
                self.with_window(|w| w.global::<crate::ui::Keyboard>().set_shown(false));
            }
            Outcome::WrongPin => {
                let left = desk.attempts.wrong(&card, now);
                desk.flow.pad_message = Some(if left == 0 {
                    ("card-pin-locked".into(), true, 0)
                } else {
                    ("card-pin-wrong".into(), true, i64::from(left))
                });
                drop(desk);
                if self.state.borrow().page != Page::CardPin {
                    self.state.borrow_mut().page = Page::CardPin;
                }
            }
            Outcome::NotFound | Outcome::Blocked => {
                desk.flow.notice = Some("card-not-used".into());
                desk.flow.card = None;
                drop(desk);
                self.card_back(None);
            }
            Outcome::Unreachable(reason) => {
                tracing::warn!("card lookup: {reason}");
                desk.flow.identity = Some(Identity::read_at_kiosk(&card, &provider, false));
                desk.flow.notice = Some("card-offline".into());
                drop(desk);
                self.card_back(None);
            }
        }
        self.render_all();
    }

    /// Back to where the visitor was; `notice` replaces the notice if given.
    fn card_back(&self, notice: Option<&str>) {
        let back = {
            let mut desk = self.card.borrow_mut();
            wipe_string(&mut desk.flow.typed);
            desk.flow.pad_message = None;
            desk.flow.checking = None;
            if let Some(n) = notice {
                desk.flow.notice = Some(n.to_owned());
            }
            desk.flow.return_to.take().unwrap_or(Page::Menu)
        };
        self.state.borrow_mut().page = back;
        self.with_window(|w| w.global::<crate::ui::Keyboard>().set_shown(false));
        self.load_fields();
        self.render_all();
    }

    fn card_consent(&self, yes: bool) {
        let provider = self.card.borrow().provider_name.unwrap_or("none").to_owned();
        {
            let mut desk = self.card.borrow_mut();
            let found = desk.flow.found.take();
            match (yes, found, desk.flow.card.clone()) {
                (true, Some(person), Some(card)) => {
                    desk.flow.identity = Some(Identity::read_at_kiosk(&card, &provider, true));
                    desk.flow.agreed = Some(person);
                    desk.flow.notice = Some("card-used".into());
                }
                _ => {
                    // No: nothing from the card is kept or sent.
                    desk.flow.agreed = None;
                    desk.flow.identity = None;
                    desk.flow.card = None;
                    desk.flow.notice = None;
                }
            }
        }
        self.card_prefill();
        self.card_back(None);
    }

    /// Fills the current form's unanswered name, address, email and phone questions from the
    /// details the visitor agreed to (also called when a form is opened after agreeing).
    pub(crate) fn card_prefill(&self) {
        let Some(person) = self.card.borrow().flow.agreed.clone() else {
            return;
        };
        let mut st = self.state.borrow_mut();
        let Some(walk) = st.walk.as_mut() else { return };
        let values = prefill_values(walk.form(), &person);
        for (id, value) in values {
            walk.prefill(&id, value);
        }
    }

    /// Screens for review (`kiosk snapshot`): the PIN pad after a wrong PIN, the consent page, and
    /// a form with the card's details filled in. The details are a made-up sample.
    pub(crate) fn snapshot_card(&self, shot: &mut impl FnMut(&str) -> anyhow::Result<()>) -> anyhow::Result<()> {
        self.open_form("library-join");
        let provider = self.card.borrow().provider_name;
        {
            let mut desk = self.card.borrow_mut();
            desk.provider_name = Some(provider.unwrap_or("sip2"));
            desk.flow.card = CardNumber::parse("21234001234567").ok();
            desk.flow.return_to = Some(Page::Question);
            desk.flow.typed = "12".into();
            desk.flow.pad_message = Some(("card-pin-wrong".into(), true, 2));
        }
        {
            let mut st = self.state.borrow_mut();
            st.page = Page::CardPin;
            st.layout = onestop::keyboard::Layout::Numeric;
        }
        self.with_window(|w| w.global::<crate::ui::Keyboard>().set_shown(true));
        self.render_all();
        shot("card-pin")?;
        {
            let mut desk = self.card.borrow_mut();
            wipe_string(&mut desk.flow.typed);
            desk.flow.pad_message = None;
            desk.flow.found = Some(
                Person {
                    name: Some("Begum, Amina".into()),
                    address: Some("12 High Street, Leicester LE1 1AA".into()),
                    email: Some("amina@example.org".into()),
                    ..Person::default()
                }
                .with_split_name(),
            );
        }
        self.state.borrow_mut().page = Page::CardConsent;
        self.with_window(|w| w.global::<crate::ui::Keyboard>().set_shown(false));
        self.render_all();
        shot("card-consent")?;
        self.card_consent(true);
        shot("card-filled")?;
        self.finish();
        self.card.borrow_mut().provider_name = provider;
        Ok(())
    }

    /// Forget this visit's card, PIN and details.
    pub(crate) fn card_wipe(&self) {
        let mut desk = self.card.borrow_mut();
        desk.flow = Flow::default();
        desk.wedge = WedgeDetector::default();
    }

    /// Whether this visit holds anything from a card (its number, details found or agreed to).
    pub fn holds_card_details(&self) -> bool {
        let desk = self.card.borrow();
        desk.flow.card.is_some()
            || desk.flow.found.is_some()
            || desk.flow.agreed.is_some()
            || desk.flow.identity.is_some()
    }

    /// The identity the submission carries, if any.
    pub(crate) fn card_identity(&self) -> Option<Identity> {
        self.card.borrow().flow.identity.clone()
    }

    pub(crate) fn render_card(&self) {
        let st = self.state.borrow();
        let desk = self.card.borrow();
        let flow = &desk.flow;
        let hint = if desk.provider_name.is_some() && matches!(st.page, Page::Menu) && flow.identity.is_none() {
            st.t("card-hint")
        } else {
            SharedString::new()
        };
        let notice = flow.notice.as_deref().map_or_else(SharedString::new, |id| st.t(id));
        let pad_message = match &flow.pad_message {
            Some((id, _, n)) if id == "card-pin-wrong" => st.ta(id, &[("left", ArgValue::Num(*n))]),
            Some((id, _, _)) => st.t(id),
            None => SharedString::new(),
        };
        let pad_error = flow.pad_message.as_ref().is_some_and(|(_, e, _)| *e);
        let details: Vec<SharedString> = flow
            .found
            .as_ref()
            .map(|p| {
                [
                    p.name.clone().or_else(|| {
                        Some(
                            format!(
                                "{} {}",
                                p.first_name.clone().unwrap_or_default(),
                                p.last_name.clone().unwrap_or_default()
                            )
                            .trim()
                            .to_owned(),
                        )
                    }),
                    p.address.clone(),
                    p.email.clone(),
                    p.phone.clone(),
                ]
                .into_iter()
                .flatten()
                .filter(|l| !l.is_empty())
                .map(s)
                .collect()
            })
            .unwrap_or_default();
        let digits = flow.typed.len();
        self.with_window(|w| {
            let g = w.global::<Card>();
            g.set_hint(hint);
            g.set_notice(notice);
            g.set_pin_title(st.t("card-pin-title"));
            g.set_pin_hint(st.t("card-pin-hint"));
            g.set_pin_dots(s("●".repeat(digits)));
            g.set_pin_typed(st.ta("card-pin-typed", &[("count", ArgValue::Num(digits as i64))]));
            g.set_pin_message(pad_message);
            g.set_pin_error(pad_error);
            g.set_checking(flow.checking.is_some());
            g.set_pin_continue(st.t("continue"));
            g.set_cancel(st.t("card-cancel"));
            g.set_consent_title(st.t("card-consent-title"));
            g.set_consent_body(st.t("card-consent-body"));
            g.set_details(ModelRc::new(VecModel::from(details)));
            g.set_yes(st.t("card-consent-yes"));
            g.set_no(st.t("card-consent-no"));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_from_every_script_are_pin_digits() {
        assert_eq!(ascii_digit('7'), Some('7'));
        assert_eq!(ascii_digit('۴'), Some('4')); // Urdu
        assert_eq!(ascii_digit('٣'), Some('3')); // Arabic
        assert_eq!(ascii_digit('९'), Some('9')); // Devanagari
        assert_eq!(ascii_digit('૦'), Some('0')); // Gujarati
        assert_eq!(ascii_digit('a'), None);
        assert_eq!(ascii_digit('\u{06FA}'), None);
    }

    #[test]
    fn one_address_line_becomes_the_address_parts() {
        let v = address_value("12 High Street, Leicester LE1 1AA");
        assert_eq!(v["postcode"], "LE1 1AA");
        assert_eq!(v["house"], "12");
        assert_eq!(v["street"], "High Street");
        assert_eq!(v["town"], "Leicester");
        let v = address_value("Flat B, Rose Court");
        assert_eq!(v["postcode"], "");
        assert_eq!(v["street"], "Flat B");
        assert_eq!(v["town"], "Rose Court");
    }
}
