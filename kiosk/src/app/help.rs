//! "I need help": a visitor asks for a member of staff from any visitor screen. The call goes to
//! the hub once per visit (the hub names the kiosk from its hello); a banner the visitor can
//! close says staff were told, then, once the replica shows a counter acknowledged the call,
//! that someone is on their way, or, when the hub cannot be reached, to ask at reception. It
//! never stops the visitor's form, and the visit's end forgets it. What the banner says is
//! worked out from the replica each time, so nothing here waits on a clock.

use super::effect::Effect;
use super::session::Epoch;
use super::{App, Env};
use onestop::queue::engine::HelpCall;
use onestop::queue::{ClientError, Event, Sequenced};

/// How far before the press a call on the replica may start and still be this visitor's, when
/// neither the hub's id nor the kiosk's name is known (clocks differ a little).
const SLACK_MS: i64 = 60_000;

/// This visit's call for help.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpState {
    /// The visitor pressed "I need help" this visit (it is sent once).
    pub asked: bool,
    /// When, in Unix seconds.
    pub at: i64,
    /// The hub's id for the call, once it answered with one.
    pub id: Option<u64>,
    /// The hub could not be reached: the banner says to ask at reception.
    pub unreachable: bool,
    /// The banner shows (the visitor may close it; pressing again shows it again).
    pub shown: bool,
}

/// What the banner says now: its message id, or `None` when it is not showing.
pub fn notice(app: &App, env: &Env) -> Option<&'static str> {
    let h = &app.help;
    if !h.shown {
        return None;
    }
    if h.unreachable {
        return Some("help-unreachable");
    }
    let acked = env
        .queue
        .as_ref()
        .and_then(|e| mine(h, env, e.help_calls()))
        .is_some_and(|c| c.acked.is_some());
    Some(if acked { "help-coming" } else { "help-told" })
}

/// This visit's call among the replica's: by the hub's id, else the newest under this kiosk's
/// name, else the newest made since the press.
fn mine<'a>(h: &HelpState, env: &Env, calls: impl Iterator<Item = &'a HelpCall>) -> Option<&'a HelpCall> {
    let calls: Vec<&HelpCall> = calls.collect();
    if let Some(id) = h.id {
        return calls.into_iter().find(|c| c.id == id);
    }
    let name = env.kiosk_name.as_deref().filter(|n| !n.is_empty());
    let since = h.at * 1000 - SLACK_MS;
    calls.into_iter().rev().find(|c| match name {
        Some(n) => c.kiosk == n,
        None => c.at_ms >= since,
    })
}

impl App {
    /// "I need help": send the call (once a visit) and show the banner.
    pub(super) fn call_help(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if !env.has_queue || !self.nav.screen().is_visitor() {
            return;
        }
        self.help.shown = true;
        if self.help.asked && !self.help.unreachable {
            return;
        }
        self.help.asked = true;
        self.help.at = env.now;
        self.help.id = None;
        // No replica means no hub to tell: say so at once rather than wait for a refusal.
        self.help.unreachable = env.queue.is_none();
        if !self.help.unreachable {
            fx.push(Effect::CallHelp {
                epoch: self.session.epoch,
                kiosk: env.kiosk_name.clone().unwrap_or_default(),
            });
        }
    }

    /// The hub's answer to the call: its id, or that it could not be told.
    pub(super) fn help_answer(&mut self, epoch: Epoch, result: Result<Vec<Sequenced>, ClientError>) {
        if epoch != self.session.epoch || !self.help.asked {
            return;
        }
        match result {
            Ok(events) => {
                // A second call while one is open adds nothing: the open one is found by name.
                self.help.id = events.into_iter().find_map(|s| match s.event {
                    Event::HelpCalled { help } => Some(help.id),
                    _ => None,
                });
            }
            Err(reason) => {
                tracing::warn!("the call for help did not reach the hub: {reason}");
                self.help.unreachable = true;
            }
        }
    }
}
