//! The staff screen's steps: the way in, the PIN pad, the check's answer, and the screen's
//! buttons. The lockout's count and the check itself are the shell's (the database, a worker).

use super::effect::Effect;
use super::staff::{Notice, PadMessage};
use super::{App, Env, Screen};
use onestop::keyboard::{KeyAction, Layout};
use onestop::staff::{Status, pin};

impl App {
    /// Show the staff PIN pad, ending any visit first. In the staff language.
    pub(super) fn open_staff(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if self.nav.screen().is_staff() {
            return;
        }
        fx.extend(self.wipe(env.ctx));
        tracing::info!("staff PIN pad opened");
        self.session.locale = env.ctx.config.staff.locale.clone();
        self.typing.set(Layout::Numeric);
        self.nav.go(Screen::StaffPin);
        if self.staff.enabled {
            fx.push(Effect::ReadStaffLockout);
        } else {
            self.staff.message = PadMessage::Disabled;
        }
    }

    /// A key from a physical keyboard on the pad: digits, Backspace, Enter, Escape.
    pub(super) fn staff_typed(&mut self, text: &str, env: &Env, fx: &mut Vec<Effect>) {
        if self.nav.screen() != Screen::StaffPin {
            return;
        }
        match text {
            "\u{8}" | "\u{7f}" => self.staff_key(KeyAction::Backspace, fx),
            "\n" | "\r" => self.staff_key(KeyAction::Enter, fx),
            "\u{1b}" => fx.extend(self.wipe(env.ctx)),
            d => self.staff_key(KeyAction::Insert(d.to_owned()), fx),
        }
    }

    /// A key of the pad.
    pub(super) fn staff_key(&mut self, action: KeyAction, fx: &mut Vec<Effect>) {
        match action {
            KeyAction::Insert(d) => {
                if self.staff.checking.is_some() || !d.chars().all(|c| c.is_ascii_digit()) {
                    return;
                }
                if self.staff.typed.0.len() + d.len() <= pin::MAX_DIGITS {
                    self.staff.typed.0.push_str(&d);
                }
            }
            KeyAction::Backspace => {
                self.staff.typed.0.pop();
            }
            KeyAction::Enter => self.staff_unlock(fx),
            _ => {}
        }
    }

    /// Unlock: a PIN of the right form goes to the shell, which counts the try durably before
    /// checking it on a worker.
    pub(super) fn staff_unlock(&mut self, fx: &mut Vec<Effect>) {
        if !self.staff.enabled || self.staff.checking.is_some() || self.nav.screen() != Screen::StaffPin {
            return;
        }
        let typed = std::mem::take(&mut self.staff.typed);
        if pin::check_format(&typed.0).is_err() {
            self.staff.message = PadMessage::Length;
            return;
        }
        let n = self.next_number();
        self.staff.checking = Some(n);
        self.staff.message = PadMessage::Checking;
        fx.push(Effect::CheckStaffPin { n, pin: typed });
    }

    /// The check's answer: the screen opens, or the pad says how many tries are left.
    pub(super) fn staff_checked(&mut self, n: u64, ok: bool, after: Result<Status, String>, fx: &mut Vec<Effect>) {
        if self.staff.checking != Some(n) {
            return;
        }
        self.staff.checking = None;
        if self.nav.screen() != Screen::StaffPin {
            return;
        }
        if ok {
            tracing::info!("staff screen unlocked");
            self.staff.message = PadMessage::None;
            self.staff.notice = Notice::None;
            self.nav.go(Screen::Staff);
            fx.extend([Effect::CheckPrinter, Effect::LoadStaff]);
            return;
        }
        tracing::warn!("a wrong staff PIN was entered");
        self.staff.message = match after {
            Ok(Status::Locked { until }) => PadMessage::Locked(until),
            Ok(Status::Open { tries_left }) => PadMessage::Wrong(tries_left),
            Err(e) => PadMessage::DbRead(e),
        };
    }

    /// "Print a test page": a sample receipt in the staff language.
    pub(super) fn staff_print_test(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        if env.printer {
            let id = self.next_number();
            fx.push(Effect::Print {
                id,
                job: crate::devices::Job::TestPage {
                    locale: env.ctx.config.staff.locale.clone(),
                },
            });
            self.staff.notice = Notice::Text("staff-print-test-sent", "", String::new());
        } else {
            self.staff.notice = Notice::Text("staff-printer-none", "", String::new());
        }
    }
}
