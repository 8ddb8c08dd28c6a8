//! The visitor's own steps: the clock, languages, opening a service, a form's questions, Back,
//! Send and the keys. Each changes the [`App`] and pushes what the shell must do.

use super::effect::Effect;
use super::form::{input_kind, last_part};
use super::session::Epoch;
use super::{App, Env, Printout, Screen, TICKET_ID, TRACK_ID};
use onestop::forms::{FieldKind, Step, Walk};
use onestop::keyboard::{self, KeyAction};
use onestop::store::drafts::Draft;
use std::sync::Arc;

impl App {
    /// One second: warn, then wipe; refresh an open staff screen.
    pub(super) fn tick(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        self.session.idle_secs += 1;
        if !self.in_session() {
            return;
        }
        if self.nav.screen() == Screen::Staff {
            self.staff.since_refresh += 1;
            if self.staff.since_refresh >= super::staff::REFRESH_SECS {
                self.staff.since_refresh = 0;
                fx.extend([Effect::CheckPrinter, Effect::LoadStaff]);
            }
        }
        if self.session.idle_secs >= env.ctx.config.kiosk.idle_timeout_secs {
            tracing::info!("idle timeout: wiping the session");
            fx.extend(self.wipe(env.ctx));
        }
    }

    /// The draft of the form in progress, to keep.
    pub(super) fn save_draft(&self, fx: &mut Vec<Effect>) {
        let Some(w) = &self.form.walk else { return };
        fx.push(Effect::SaveDraft(Draft {
            session_id: self.form.session_id.clone(),
            form_id: w.form().id.clone(),
            form_version: w.form().version,
            locale: self.session.locale.clone(),
            answers: w.answers().clone(),
        }));
    }

    /// Keep what is typed on a question (without checking it) and save the draft.
    fn keep_typed(&mut self, fx: &mut Vec<Effect>) {
        if self.nav.screen() == Screen::Question {
            self.form.keep_typed();
            self.save_draft(fx);
        }
    }

    pub(super) fn show_languages(&mut self, fx: &mut Vec<Effect>) {
        self.keep_typed(fx);
        self.nav.detour(Screen::Welcome);
    }

    /// Switch language; answers and position are kept.
    pub(super) fn choose_language(&mut self, tag: &str, env: &Env) {
        if env.ctx.translations.get(tag).is_none() {
            return;
        }
        self.session.locale = tag.to_owned();
        self.typing.language_changed(tag);
        let to = self.nav.end_detour(Screen::Menu);
        if to == Screen::Question {
            // The boxes keep what was typed; the keyboard follows the new language.
            let kind = self.form.kind().and_then(|k| input_kind(k, self.form.part));
            if kind.is_some() {
                self.typing.for_input(kind, tag);
            }
        }
    }

    /// A menu card.
    pub(super) fn open_service(&mut self, id: &str, env: &Env) {
        if id == TRACK_ID {
            self.track = Default::default();
            self.typing.set(keyboard::Layout::Postcode);
            self.nav.go(Screen::Track);
            return;
        }
        if id == TICKET_ID {
            self.ticket = Default::default();
            if let Some(opens) = super::hours::closed(env) {
                // Closed: no service list, the page says when tickets are given out again.
                self.ticket.closed = Some(opens);
                self.ticket_goto(Screen::TicketIssued);
                return;
            }
            let to = if env.queue.is_some() {
                Screen::Ticket
            } else {
                Screen::TicketIssued
            };
            self.ticket_goto(to);
            return;
        }
        let Some(form) = env.ctx.forms.get(id).cloned() else {
            return;
        };
        if !super::hours::forms_offered(env) {
            // A tap on a card that closing time took off the menu.
            return;
        }
        self.form = super::form::FormState {
            walk: Some(Walk::new(Arc::new(form))),
            session_id: onestop::reference::SubmissionId::new().to_string(),
            lookup: env.addresses,
            ..Default::default()
        };
        self.card_prefill();
        self.enter_step();
    }

    /// Jump to a form with these answers, at `question` (or wherever they lead): snapshots and
    /// tests reach any screen this way.
    pub fn goto(&mut self, env: &Env, form_id: &str, answers: onestop::forms::Answers, question: Option<&str>) {
        let Some(form) = env.ctx.forms.get(form_id).cloned() else {
            return;
        };
        let mut walk = Walk::resume(Arc::new(form), answers);
        if let Some(q) = question {
            walk.change(q);
        }
        self.form = super::form::FormState {
            walk: Some(walk),
            session_id: onestop::reference::SubmissionId::new().to_string(),
            lookup: env.addresses,
            ..Default::default()
        };
        self.enter_step();
    }

    /// Show the walk's step: a question (its saved answer in the boxes) or the check page.
    pub(super) fn enter_step(&mut self) {
        self.form.errors.clear();
        self.form.send_failed = false;
        let to = match self.form.walk.as_ref().map(|w| w.step()) {
            Some(Step::Question(_)) => Screen::Question,
            Some(Step::Check) => Screen::Check,
            None => Screen::Menu,
        };
        self.form.load();
        let kind = self.form.kind().and_then(|k| input_kind(k, 0));
        self.typing.for_input(kind, &self.session.locale);
        self.nav.show(to);
    }

    pub(super) fn focus_part(&mut self, part: i32) {
        let Some(kind) = self.form.kind() else { return };
        let part = part.clamp(0, last_part(kind));
        if let Some(k) = input_kind(kind, part) {
            self.typing.for_input(Some(k), &self.session.locale);
        }
        self.form.part = part;
    }

    /// Continue: check this answer; move on or show what is wrong.
    pub(super) fn continue_question(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if self.form.looks_up() {
            return self.continue_address(env, fx);
        }
        let Some(raw) = self.form.collect() else { return };
        self.submit_answer(raw, env, fx);
    }

    /// Continue on an address question with the gazetteer: look the postcode up, open the
    /// boxes, or keep the address picked.
    fn continue_address(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        use super::address::Next;
        match self.form.address_continue() {
            Next::Find(postcode) => fx.push(Effect::FindAddresses {
                epoch: self.session.epoch,
                postcode,
            }),
            Next::Errors(errors) => {
                self.form.errors = errors;
                self.form.summary_focus += 1;
                self.nav.scroll_top();
            }
            Next::Shown => self.address_shown(),
            Next::Submit(raw) => self.submit_answer(raw, env, fx),
        }
    }

    /// The address question's stage changed: the keyboard and the page follow it.
    pub(super) fn address_shown(&mut self) {
        self.form.errors.clear();
        let kind = self.form.kind().and_then(|k| input_kind(k, self.form.part));
        self.typing.for_input(kind, &self.session.locale);
        self.nav.scroll_top();
    }

    /// The gazetteer's answer to [`Effect::FindAddresses`].
    pub(super) fn addresses_found(
        &mut self,
        epoch: Epoch,
        postcode: &str,
        found: Result<Vec<super::address::Place>, String>,
    ) {
        if epoch != self.session.epoch || self.nav.screen() != Screen::Question {
            return;
        }
        self.form.addresses_found(postcode, found);
        self.address_shown();
    }

    /// Check one answer: move on, or show what is wrong.
    fn submit_answer(&mut self, raw: serde_json::Value, env: &Env, fx: &mut Vec<Effect>) {
        let Some(w) = self.form.walk.as_mut() else { return };
        let result = w.submit(raw, env.today);
        self.save_draft(fx);
        match result {
            Ok(()) => self.enter_step(),
            Err(errors) => {
                self.form.errors = errors;
                self.form.summary_focus += 1;
                self.nav.scroll_top();
            }
        }
    }

    /// Back: the previous question, or out of the form (its draft deleted), or out of a page.
    pub(super) fn back(&mut self, fx: &mut Vec<Effect>) {
        match self.nav.screen() {
            Screen::Track => return self.nav.go(Screen::Menu),
            Screen::Question if self.form.address_back() => return self.address_shown(),
            Screen::Question => self.form.keep_typed(),
            Screen::Check => {}
            _ => return,
        }
        if self.form.walk.as_mut().is_some_and(|w| w.back()) {
            self.save_draft(fx);
            return self.enter_step();
        }
        // Back from the first question: leave the form, wiping its draft.
        let id = std::mem::take(&mut self.form.session_id);
        if !id.is_empty() {
            fx.push(Effect::DeleteDraft(id));
        }
        self.form = Default::default();
        self.nav.go(Screen::Menu);
    }

    /// Send: check every answer, then ask the shell to store it in one transaction. The
    /// confirmation shows only once it is stored ([`Self::stored`]).
    pub(super) fn send(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        let Some(w) = self.form.walk.as_ref() else { return };
        match w.finish(env.today) {
            Ok(valid) => fx.push(Effect::Store {
                epoch: self.session.epoch,
                valid,
                locale: self.session.locale.clone(),
                session: self.form.session_id.clone(),
                identity: self.card.identity.clone(),
            }),
            Err(errors) => {
                // Something changed under the visitor (e.g. a date passed midnight): go to it.
                if let Some(first) = errors.first()
                    && let Some(w) = self.form.walk.as_mut()
                {
                    w.change(&first.field);
                }
                self.enter_step();
                self.form.errors = errors;
            }
        }
    }

    /// The shell's answer to [`Effect::Store`].
    pub(super) fn stored(&mut self, epoch: Epoch, result: Result<String, String>, env: &Env, fx: &mut Vec<Effect>) {
        if epoch != self.session.epoch {
            return;
        }
        match result {
            Ok(reference) => {
                let form = self.form.walk.as_ref().map(|w| w.form().id.clone()).unwrap_or_default();
                self.print(
                    env,
                    crate::devices::Job::Receipt {
                        locale: self.session.locale.clone(),
                        form: form.clone(),
                        reference: reference.clone(),
                        at: env.local_now,
                    },
                    fx,
                );
                // The draft went with the stored submission.
                self.form = super::form::FormState {
                    receipt: Some((reference, form)),
                    ..Default::default()
                };
                self.nav.go(Screen::Confirm);
            }
            Err(e) => {
                tracing::error!("could not store a submission: {e}");
                self.form.send_failed = true;
            }
        }
    }

    /// Hand a job to the printer, when there is one; the visit's printout follows it.
    pub(super) fn print(&mut self, env: &Env, job: crate::devices::Job, fx: &mut Vec<Effect>) {
        if !env.printer {
            self.printout = Printout::None;
            return;
        }
        let id = self.next_number();
        self.printout = Printout::Printing(id);
        fx.push(Effect::Print { id, job });
    }

    /// A key of the on-screen keyboard.
    pub(super) fn press(&mut self, row: i32, col: i32, env: &Env, fx: &mut Vec<Effect>) {
        let screen = self.nav.screen();
        // The staff pad's digits are the same in every language.
        let locale = if screen.is_staff() {
            onestop::i18n::FALLBACK.to_owned()
        } else {
            self.session.locale.clone()
        };
        let Some(action) = super::update::key_action(self, row, col, &locale) else {
            return;
        };
        match screen {
            Screen::StaffPin => self.staff_key(action, fx),
            Screen::CardPin => self.card_key(action, env, fx),
            _ => self.apply_key(action, env, fx),
        }
    }

    /// Text from a physical keyboard (not a card scan), as the on-screen keys would type it.
    pub(super) fn typed(&mut self, text: &str, env: &Env, fx: &mut Vec<Effect>) {
        if !matches!(
            self.nav.screen(),
            Screen::Question | Screen::Track | Screen::TicketAppointment | Screen::TicketSms
        ) {
            return;
        }
        for c in text.chars() {
            let action = match c {
                '\n' => KeyAction::Enter,
                '\u{8}' => KeyAction::Backspace,
                c => KeyAction::Insert(c.to_string()),
            };
            self.apply_key(action, env, fx);
        }
    }

    /// What one key does on the page showing.
    pub(super) fn apply_key(&mut self, action: KeyAction, env: &Env, fx: &mut Vec<Effect>) {
        let screen = self.nav.screen();
        let kind = self.form.kind();
        let action = match (action, screen) {
            (KeyAction::Shift, _) => return self.typing.shifted = !self.typing.shifted,
            (KeyAction::SwitchScript, _) => {
                let locale = self.session.locale.clone();
                return self.typing.switch_script(&locale);
            }
            (KeyAction::Enter, Screen::Track) => return self.track_find(fx),
            (KeyAction::Enter, Screen::TicketAppointment) => return self.ticket_appointment_done(env, fx),
            (KeyAction::Enter, Screen::TicketSms) => return self.sms_send(fx),
            (action, Screen::TicketSms) => return self.sms_key(&action),
            (KeyAction::Enter, Screen::Question) if kind != Some(FieldKind::LongText) => {
                // Enter moves to the question's next box; only from the last does it continue.
                let last = kind.map_or(0, last_part);
                return if self.form.part < last {
                    self.focus_part(self.form.part + 1)
                } else {
                    self.continue_question(env, fx)
                };
            }
            // In a long answer, Enter starts a new line.
            (KeyAction::Enter, _) => KeyAction::Insert("\n".into()),
            (other, _) => other,
        };
        let text = match screen {
            Screen::Track => &mut self.track.text,
            Screen::TicketAppointment => &mut self.ticket.appointment_text,
            Screen::Question => self.form.field_mut(self.form.part),
            _ => return,
        };
        *text = keyboard::apply(text, &action);
        self.typing.typed();
    }
}
