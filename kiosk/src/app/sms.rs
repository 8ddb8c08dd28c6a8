//! "Get a text when it's your turn", after a ticket: the consent (docs/SMS.md), a mobile number
//! typed on the phone pad, and the hub's answer. Offered only when the hub sends texts
//! (`QueueKioskOptions::texts`). The number is personal data: it is held as a [`Phone`] (its
//! `Debug` shows no digits), never given to speech as a whole or logged, and goes with the
//! ticket flow at the end of the visit. Checking and sending it is the hub's job.

use super::effect::Effect;
use super::session::Epoch;
use super::{App, Env, Screen};
use onestop::keyboard::Layout;
use onestop::queue::ClientError;
use onestop::queue::protocol::ErrorCode;
use onestop::queue::sms::{MAX_PHONE, Phone};

/// The visitor's steps on the texts page (a [`super::Msg::Sms`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmsMsg {
    /// "Get a text when it's your turn" on the ticket page.
    Open,
    /// The box changed (its Debug shows no digits).
    Edited(Phone),
    /// "Send me texts".
    Send,
    /// "No thanks" (or Back).
    No,
}

/// How asking for texts ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsOutcome {
    /// The hub took the number: "We will text you…".
    Agreed,
    /// Texts could not be set up: "Texts are not available right now".
    Unavailable,
}

/// The visitor's way through the texts page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsFlow {
    /// What is typed in the box.
    pub phone: Phone,
    /// The hub said it is not a UK mobile number.
    pub bad_number: bool,
    /// The request is on its way: further presses wait for it.
    pub pending: bool,
    /// How it ended, shown on the ticket page.
    pub outcome: Option<SmsOutcome>,
}

impl Default for SmsFlow {
    fn default() -> SmsFlow {
        SmsFlow {
            phone: Phone::new(""),
            bad_number: false,
            pending: false,
            outcome: None,
        }
    }
}

impl App {
    /// One of the visitor's steps.
    pub(super) fn sms_step(&mut self, step: SmsMsg, env: &Env, fx: &mut Vec<Effect>) {
        match step {
            SmsMsg::Open => self.sms_open(env),
            SmsMsg::Edited(phone) => self.sms_edited(phone.expose()),
            SmsMsg::Send => self.sms_send(fx),
            SmsMsg::No => self.sms_no(),
        }
    }

    /// Whether the ticket page offers texts now: the hub sends them, a ticket was issued, and
    /// this visitor has not asked already.
    pub(super) fn sms_offered(&self, env: &Env) -> bool {
        env.queue_options.texts && self.ticket.issued.is_some() && self.ticket.sms.outcome.is_none()
    }

    /// "Get a text when it's your turn": the consent and an empty box, with the phone pad.
    pub(super) fn sms_open(&mut self, env: &Env) {
        if !self.sms_offered(env) || self.nav.screen() != Screen::TicketIssued {
            return;
        }
        self.ticket.sms = SmsFlow::default();
        self.typing.set(Layout::Phone);
        self.nav.show(Screen::TicketSms);
    }

    /// The box changed (a physical keyboard, or a test); longer text than any number is cut.
    pub(super) fn sms_edited(&mut self, text: &str) {
        let text: String = text.chars().take(MAX_PHONE).collect();
        self.ticket.sms.phone = Phone::new(text);
    }

    /// What a key does to the box.
    pub(super) fn sms_key(&mut self, action: &onestop::keyboard::KeyAction) {
        let text = onestop::keyboard::apply(self.ticket.sms.phone.expose(), action);
        self.sms_edited(&text);
    }

    /// "Send me texts": the number goes to the hub, with the visitor's consent.
    pub(super) fn sms_send(&mut self, fx: &mut Vec<Effect>) {
        let sms = &mut self.ticket.sms;
        let Some(ticket) = self.ticket.issued.as_ref().map(|t| t.id) else {
            return;
        };
        if sms.pending || self.nav.screen() != Screen::TicketSms {
            return;
        }
        if sms.phone.expose().trim().is_empty() {
            sms.bad_number = true;
            return;
        }
        sms.pending = true;
        fx.push(Effect::SendSms {
            epoch: self.session.epoch,
            ticket,
            phone: sms.phone.clone(),
        });
    }

    /// "No thanks" (or Back): the ticket page again, the number forgotten.
    pub(super) fn sms_no(&mut self) {
        if self.ticket.sms.pending {
            return;
        }
        self.ticket.sms = SmsFlow::default();
        self.nav.show(Screen::TicketIssued);
    }

    /// The hub's answer: agreed, a number that is not a UK mobile (said under the box), or
    /// texts unavailable. Either way out, the number is forgotten here.
    pub(super) fn sms_answer(&mut self, epoch: Epoch, result: Result<(), ClientError>) {
        if epoch != self.session.epoch || !self.ticket.sms.pending {
            return;
        }
        self.ticket.sms.pending = false;
        let outcome = match result {
            Ok(()) => SmsOutcome::Agreed,
            Err(ClientError::Rejected {
                code: ErrorCode::BadMessage,
                ..
            }) => {
                self.ticket.sms.bad_number = true;
                return;
            }
            Err(ClientError::Rejected { code, .. }) => {
                // The hub's words may not be ours to log; its code is enough.
                tracing::info!("queue texts not set up: the hub answered {code:?}");
                SmsOutcome::Unavailable
            }
            Err(reason) => {
                tracing::info!("queue texts not set up: {reason}");
                SmsOutcome::Unavailable
            }
        };
        self.ticket.sms = SmsFlow {
            outcome: Some(outcome),
            ..SmsFlow::default()
        };
        if self.nav.screen() == Screen::TicketSms {
            self.nav.show(Screen::TicketIssued);
        }
    }
}
