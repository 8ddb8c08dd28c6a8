//! The staff screen: how staff reach it (five quick taps on the council name on the welcome
//! screen, or Ctrl+Alt+S), the PIN pad with its lockout, and the outbox view (counts by state,
//! connection to the CRM, every submission's delivery record, "Retry" and "Send now"). Its words
//! are `staff.ftl` in `[staff] locale` (the council's language, default en-GB). The rules (PIN format, argon2id,
//! lockout) are `onestop::staff`'s; this module only wires them to the window.
//!
//! The PIN lives in [`StaffSession::typed`] only while it is typed; the check runs on a worker thread
//! (argon2id takes tens of milliseconds, more on a small kiosk CPU) and the buffer is zeroed
//! after it. It is never logged, and never reaches a Slint property: the pad shows dots.

use crate::clock::{clock_text, human_age, unix_of};
use crate::controller::Controller;
use crate::ui::*;
use onestop::config::Config;
use onestop::i18n::{ArgValue, FALLBACK};
use onestop::keyboard::{KeyAction, Layout};
use onestop::staff::{PinHash, Status, pin};
use onestop::store::{StaffRow, StaffState};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// Taps on the council name that open the PIN pad...
pub const TAPS: usize = 5;
/// ...within this long.
pub const TAP_WINDOW: Duration = Duration::from_secs(3);
/// The staff screen shows at most this many rows (newest first); the counts cover all.
pub const MAX_ROWS: usize = 200;
/// Seconds between refreshes of an open staff screen.
const REFRESH_SECS: u64 = 5;

/// Zero the typed PIN's bytes before letting it go: the card PIN's wipe, one copy for both.
fn wipe(mut s: String) {
    onestop::card::identity::wipe(&mut s);
}

/// The staff screen's state. It outlives visitor sessions, but not the screen: closing it (or
/// the idle timeout) clears everything typed and shown.
pub struct StaffSession {
    pin_hash: Option<PinHash>,
    crm_configured: bool,
    /// Digits typed so far (never shown: the pad shows dots).
    typed: String,
    message: String,
    is_error: bool,
    /// The PIN check in flight, by number, so a late answer for a closed pad is ignored.
    checking: Option<i32>,
    checks: i32,
    /// Taps on the council name since the first of a burst; a timer started by the first one
    /// sets it back to 0 after [`TAP_WINDOW`] (Slint's clock, so tests can move it).
    taps: Rc<std::cell::Cell<usize>>,
    tap_timer: slint::Timer,
    notice: String,
    since_refresh: u64,
    clock: Rc<dyn Fn() -> i64>,
    wake: Option<Arc<tokio::sync::Notify>>,
    /// How the background forwarder is doing; `None` when no CRM is configured.
    forwarder: Option<Arc<onestop::outbox::forwarder::Health>>,
    /// `[crm] attention_after_hours`.
    attention_after: std::time::Duration,
    /// The printer's health, from the devices' worker; `None` until first checked.
    pub(crate) printer: Option<crate::printing::Health>,
    printer_configured: bool,
    /// Each card reader's last state.
    readers: std::collections::BTreeMap<String, onestop::card::ReaderStatus>,
    /// The last card read: masked number, reader, when.
    last_card: Option<(String, String, i64)>,
}

impl StaffSession {
    /// Closed, with the PIN hash and CRM kind from `config` and the system clock.
    pub fn new(config: &Config) -> StaffSession {
        StaffSession {
            pin_hash: config.staff.pin(),
            crm_configured: config.crm.kind != "none",
            typed: String::new(),
            message: String::new(),
            is_error: false,
            checking: None,
            checks: 0,
            taps: Rc::default(),
            tap_timer: slint::Timer::default(),
            notice: String::new(),
            since_refresh: 0,
            clock: Rc::new(|| time::OffsetDateTime::now_utc().unix_timestamp()),
            wake: None,
            forwarder: None,
            attention_after: config.crm.attention_after(),
            printer: None,
            printer_configured: !config.printer.connection.trim().is_empty(),
            readers: Default::default(),
            last_card: None,
        }
    }

    /// Notes a card reader's event for the devices panel (the number only masked).
    pub(crate) fn card_event(&mut self, event: &onestop::card::CardEvent) {
        use onestop::card::CardEvent;
        let name = |r: &onestop::card::ReaderKind| format!("{r:?}").to_lowercase();
        match event {
            CardEvent::Read { reader, number } => {
                self.last_card = Some((number.masked(), name(reader), (self.clock)()));
            }
            CardEvent::Status { reader, status } => {
                self.readers.insert(name(reader), status.clone());
            }
        }
    }
}

fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}

impl Controller {
    /// `unix` as staff read it, in staff's language (see [`clock_text`]).
    fn staff_time(&self, unix: i64, now: i64) -> String {
        let months = self.st("staff-months", &[]).to_string();
        let months: Vec<&str> = months.split_whitespace().collect();
        clock_text(unix, now, |day, month, time| {
            let name = months.get(usize::from(month) - 1).copied().unwrap_or("?");
            self.st(
                "staff-date-time",
                &[
                    ("day", ArgValue::Num(day.into())),
                    ("month", ArgValue::Str(name)),
                    ("time", ArgValue::Str(time)),
                ],
            )
            .to_string()
        })
    }

    fn st(&self, id: &str, args: &[(&str, ArgValue)]) -> SharedString {
        s(self
            .state
            .borrow()
            .ctx
            .translations
            .file_text(&self.staff_locale(), "staff.ftl", id, args))
    }

    /// The staff screen's language (`[staff] locale`).
    fn staff_locale(&self) -> String {
        self.state.borrow().ctx.config.staff.locale.clone()
    }

    fn now(&self) -> i64 {
        let clock = self.staff.borrow().clock.clone();
        clock()
    }

    /// Use this clock (Unix seconds) for the lockout: tests jump past a lock with it.
    pub fn set_staff_clock(&self, clock: impl Fn() -> i64 + 'static) {
        self.staff.borrow_mut().clock = Rc::new(clock);
    }

    /// Put the real database in place of the stand-in the kiosk started on (a full disk at
    /// start); the visitor on screen carries on.
    pub fn replace_store(&self, store: onestop::store::Store) {
        self.state.borrow_mut().store = store;
    }

    /// "Send now" and "Retry" wake the background forwarder through this.
    pub fn set_forwarder_wake(&self, wake: Arc<tokio::sync::Notify>) {
        self.staff.borrow_mut().wake = Some(wake);
    }

    /// The staff screen shows the background forwarder's own faults and restarts from this.
    pub fn set_forwarder_health(&self, health: Arc<onestop::outbox::forwarder::Health>) {
        self.staff.borrow_mut().forwarder = Some(health);
    }

    pub(crate) fn wire_staff(self: &Rc<Self>, w: &KioskWindow) {
        let weak = Rc::downgrade(self);
        // Like the controller's `on!`: every staff tap is activity for the idle timer.
        let active = move |f: &dyn Fn(&Controller)| {
            if let Some(c) = weak.upgrade() {
                c.state.borrow_mut().idle_secs = 0;
                c.render_timeout();
                f(&c);
            }
        };
        let a = active.clone();
        w.global::<App>()
            .on_council_tapped(move || a(&|c| c.staff_council_tapped()));
        let a = active.clone();
        w.global::<App>().on_staff_shortcut(move || a(&|c| c.open_staff()));
        let g = w.global::<Staff>();
        let a = active.clone();
        g.on_typed(move |t| a(&|c| c.staff_typed(&t)));
        let a = active.clone();
        g.on_unlock_clicked(move || a(&|c| c.staff_unlock()));
        let a = active.clone();
        g.on_close_clicked(move || a(&|c| c.finish()));
        let a = active.clone();
        g.on_retry(move |r| a(&|c| c.staff_retry(&r)));
        let a = active.clone();
        g.on_send_now_clicked(move || a(&|c| c.staff_send_now()));
        let a = active.clone();
        g.on_refresh_clicked(move || {
            a(&|c| {
                c.check_devices();
                c.render_staff()
            })
        });
        let a = active;
        g.on_print_test_clicked(move || a(&|c| c.staff_print_test()));
        // The check's answer is not a tap: it does not reset the idle timer.
        let weak = Rc::downgrade(self);
        g.on_checked(move |n, ok| {
            if let Some(c) = weak.upgrade() {
                c.staff_checked(n, ok);
            }
        });
    }

    fn staff_council_tapped(&self) {
        if self.state.borrow().page != Page::Welcome {
            return;
        }
        let open = {
            let st = self.staff.borrow();
            if st.taps.get() == 0 {
                let taps = st.taps.clone();
                st.tap_timer
                    .start(slint::TimerMode::SingleShot, TAP_WINDOW, move || taps.set(0));
            }
            st.taps.set(st.taps.get() + 1);
            st.taps.get() >= TAPS
        };
        if open {
            let st = self.staff.borrow();
            st.taps.set(0);
            st.tap_timer.stop();
            drop(st);
            self.open_staff();
        }
    }

    /// Show the staff PIN pad, ending any visitor session first. In the staff language.
    pub fn open_staff(&self) {
        if matches!(self.state.borrow().page, Page::StaffPin | Page::Staff) {
            return;
        }
        self.finish();
        tracing::info!("staff PIN pad opened");
        let (message, is_error) = match &self.staff.borrow().pin_hash {
            None => (self.st("staff-disabled", &[]).to_string(), true),
            Some(_) => match self.state.borrow().store.lockout().map(|mut l| l.status(self.now())) {
                Ok(Status::Locked { until }) => (self.locked_text(until), true),
                _ => (String::new(), false),
            },
        };
        {
            let mut st = self.state.borrow_mut();
            st.locale = st.ctx.config.staff.locale.clone();
            st.page = Page::StaffPin;
            st.layout = Layout::Numeric;
            st.shifted = false;
        }
        {
            let mut staff = self.staff.borrow_mut();
            staff.message = message;
            staff.is_error = is_error;
        }
        self.with_window(|w| w.global::<Keyboard>().set_shown(true));
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    fn locked_text(&self, until: i64) -> String {
        let time = self.staff_time(until, self.now());
        self.st("staff-pin-locked", &[("time", ArgValue::Str(&time))])
            .to_string()
    }

    pub(crate) fn staff_press(&self, row: i32, col: i32) {
        let action = {
            let st = self.state.borrow();
            let rows = st.layout.rows(FALLBACK, false);
            let Some(key) = rows.get(row as usize).and_then(|r| r.get(col as usize)) else {
                return;
            };
            key.action.clone()
        };
        match action {
            KeyAction::Insert(d) => self.staff_digit(&d),
            KeyAction::Backspace => {
                self.staff.borrow_mut().typed.pop();
                self.render_staff_pin();
            }
            KeyAction::Enter => self.staff_unlock(),
            _ => {}
        }
    }

    /// A key from a physical keyboard on the PIN pad: digits, Backspace, Enter, Escape.
    fn staff_typed(&self, text: &str) {
        match text {
            "\u{8}" | "\u{7f}" => {
                self.staff.borrow_mut().typed.pop();
                self.render_staff_pin();
            }
            "\n" | "\r" => self.staff_unlock(),
            "\u{1b}" => self.finish(),
            d => self.staff_digit(d),
        }
    }

    fn staff_digit(&self, d: &str) {
        {
            let mut st = self.staff.borrow_mut();
            if st.checking.is_some() || !d.chars().all(|c| c.is_ascii_digit()) {
                return;
            }
            if st.typed.len() + d.len() <= pin::MAX_DIGITS {
                st.typed.push_str(d);
            }
        }
        self.render_staff_pin();
    }

    /// Check the typed PIN: refuse while locked, count the try durably, then verify on a
    /// worker thread; [`Self::staff_checked`] gets the answer through the event loop.
    pub fn staff_unlock(&self) {
        let Some(hash) = self.staff.borrow().pin_hash.clone() else {
            return;
        };
        if self.staff.borrow().checking.is_some() {
            return;
        }
        let typed = std::mem::take(&mut self.staff.borrow_mut().typed);
        if pin::check_format(&typed).is_err() {
            wipe(typed);
            self.staff_message(self.st("staff-pin-length", &[]).to_string(), true);
            return;
        }
        let now = self.now();
        let counted = {
            let st = self.state.borrow();
            st.store.lockout().and_then(|mut l| {
                if let Status::Locked { until } = l.status(now) {
                    return Ok(Err(until));
                }
                l.fail(now);
                st.store.save_lockout(&l).map(Ok)
            })
        };
        match counted {
            Ok(Ok(())) => {}
            Ok(Err(until)) => {
                wipe(typed);
                self.staff_message(self.locked_text(until), true);
                return;
            }
            Err(e) => {
                // Without a durable count there is no lockout: refuse rather than check.
                tracing::error!("could not record a staff PIN try: {e}");
                wipe(typed);
                self.staff_message(
                    self.st("staff-db-write-failed", &[("error", ArgValue::Str(&e.to_string()))])
                        .to_string(),
                    true,
                );
                return;
            }
        }
        let n = {
            let mut st = self.staff.borrow_mut();
            st.checks = st.checks.wrapping_add(1);
            st.checking = Some(st.checks);
            st.checks
        };
        self.staff_message(self.st("staff-pin-checking", &[]).to_string(), false);
        let weak = self.window.clone();
        let spawned = std::thread::Builder::new().name("pin-check".into()).spawn(move || {
            let ok = hash.verify(&typed);
            wipe(typed);
            let _ = weak.upgrade_in_event_loop(move |w| w.global::<Staff>().invoke_checked(n, ok));
        });
        if let Err(e) = spawned {
            tracing::error!("could not start the PIN check: {e}");
            self.staff.borrow_mut().checking = None;
            self.staff_message(
                self.st("staff-pin-check-failed", &[("error", ArgValue::Str(&e.to_string()))])
                    .to_string(),
                true,
            );
        }
    }

    /// The worker's answer for check `n`.
    fn staff_checked(&self, n: i32, ok: bool) {
        if self.staff.borrow().checking != Some(n) {
            return;
        }
        self.staff.borrow_mut().checking = None;
        self.with_window(|w| w.global::<Staff>().set_checking(false));
        if self.state.borrow().page != Page::StaffPin {
            return;
        }
        let now = self.now();
        let status = {
            let st = self.state.borrow();
            st.store.lockout().and_then(|mut l| {
                if ok {
                    l.succeed();
                    st.store.save_lockout(&l)?;
                }
                Ok(l.status(now))
            })
        };
        if ok {
            tracing::info!("staff screen unlocked");
            self.state.borrow_mut().page = Page::Staff;
            self.check_devices();
            {
                let mut staff = self.staff.borrow_mut();
                staff.message.clear();
                staff.is_error = false;
                staff.notice.clear();
            }
            self.with_window(|w| w.global::<Keyboard>().set_shown(false));
            self.render_all();
            self.with_window(|w| w.invoke_scroll_top());
            return;
        }
        tracing::warn!("a wrong staff PIN was entered");
        let message = match status {
            Ok(Status::Locked { until }) => self.locked_text(until),
            Ok(Status::Open { tries_left }) => self
                .st("staff-pin-wrong", &[("tries", ArgValue::Num(i64::from(tries_left)))])
                .to_string(),
            Err(e) => self
                .st("staff-db-read-failed", &[("error", ArgValue::Str(&e.to_string()))])
                .to_string(),
        };
        self.staff_message(message, true);
    }

    fn staff_message(&self, message: String, is_error: bool) {
        {
            let mut st = self.staff.borrow_mut();
            st.message = message;
            st.is_error = is_error;
        }
        self.render_staff_pin();
    }

    /// Close the staff screen (Close, Escape, the idle timeout, or a finished session): forget
    /// what was typed and blank everything it showed.
    pub(crate) fn staff_lock(&self) {
        {
            let mut st = self.staff.borrow_mut();
            wipe(std::mem::take(&mut st.typed));
            st.checking = None;
            st.message.clear();
            st.is_error = false;
            st.notice.clear();
        }
        self.with_window(|w| {
            let g = w.global::<Staff>();
            g.set_rows(model(Vec::new()));
            g.set_counts(model(Vec::new()));
            g.set_connectivity(SharedString::new());
            g.set_notice(SharedString::new());
            g.set_pin_dots(SharedString::new());
            g.set_pin_message(SharedString::new());
        });
    }

    /// Called every second while a session or the staff screen is open.
    pub(crate) fn staff_tick(&self) {
        if self.state.borrow().page != Page::Staff {
            return;
        }
        let due = {
            let mut st = self.staff.borrow_mut();
            st.since_refresh += 1;
            st.since_refresh >= REFRESH_SECS
        };
        if due {
            self.check_devices();
            self.render_staff();
        }
    }

    /// Asks the printer worker for the printer's health (the answer re-renders the screen).
    pub(crate) fn check_devices(&self) {
        if let Some(d) = self.devices.borrow().as_ref() {
            d.check_printer();
        }
    }

    /// "Print a test page": a sample receipt in the staff language.
    fn staff_print_test(&self) {
        let locale = self.staff_locale();
        let notice = match self.devices.borrow().as_ref() {
            Some(d) if d.printer_configured() => {
                d.print(crate::devices::Job::TestPage { locale });
                self.st("staff-print-test-sent", &[])
            }
            _ => self.st("staff-printer-none", &[]),
        };
        self.staff.borrow_mut().notice = notice.to_string();
        self.render_staff();
    }

    /// The devices panel: the printer's line, each reader's, and the last card read.
    fn device_lines(&self) -> (Vec<String>, bool) {
        use crate::printing::Health;
        use onestop::card::ReaderStatus;
        let session = self.staff.borrow();
        let mut ok = true;
        let mut lines = Vec::new();
        let printer = if !session.printer_configured {
            self.st("staff-printer-none", &[])
        } else {
            match &session.printer {
                None => self.st("staff-printer-unknown", &[]),
                Some(Health::None) => self.st("staff-printer-none", &[]),
                Some(Health::NoStatus) => self.st("staff-printer-nostatus", &[]),
                Some(Health::Ready { paper_low: false }) => self.st("staff-printer-ready", &[]),
                Some(Health::Ready { paper_low: true }) => {
                    ok = false;
                    self.st("staff-printer-low", &[])
                }
                Some(Health::Fault(reason)) => {
                    ok = false;
                    self.st("staff-printer-fault", &[("reason", ArgValue::Str(reason))])
                }
            }
        };
        lines.push(printer.to_string());
        if session.readers.is_empty() {
            lines.push(self.st("staff-reader-none", &[]).to_string());
        }
        for (reader, status) in &session.readers {
            lines.push(
                match status {
                    ReaderStatus::Ready => self.st("staff-reader-ready", &[("reader", ArgValue::Str(reader))]),
                    ReaderStatus::Unavailable(reason) => {
                        ok = false;
                        self.st(
                            "staff-reader-unavailable",
                            &[("reader", ArgValue::Str(reader)), ("reason", ArgValue::Str(reason))],
                        )
                    }
                }
                .to_string(),
            );
        }
        lines.push(match &session.last_card {
            Some((card, reader, at)) => {
                let time = self.staff_time(*at, (session.clock)());
                self.st(
                    "staff-card-last",
                    &[
                        ("card", ArgValue::Str(card)),
                        ("reader", ArgValue::Str(reader)),
                        ("time", ArgValue::Str(&time)),
                    ],
                )
                .to_string()
            }
            None => self.st("staff-card-none", &[]).to_string(),
        });
        (lines, ok)
    }

    fn staff_retry(&self, reference: &str) {
        let notice = match self.state.borrow().store.unpark(reference) {
            Ok(true) => {
                tracing::info!(reference, "staff un-parked a submission");
                self.wake_forwarder();
                self.st("staff-retried", &[("reference", ArgValue::Str(reference))])
            }
            Ok(false) => self.st("staff-retry-failed", &[("reference", ArgValue::Str(reference))]),
            Err(e) => self.st("staff-db-write-failed", &[("error", ArgValue::Str(&e.to_string()))]),
        };
        self.staff.borrow_mut().notice = notice.to_string();
        self.render_staff();
    }

    fn staff_send_now(&self) {
        let notice = if !self.staff.borrow().crm_configured {
            self.st("staff-send-none", &[])
        } else {
            match self.state.borrow().store.send_now() {
                Ok(n) => {
                    self.wake_forwarder();
                    self.st("staff-sent-now", &[("count", ArgValue::Num(n as i64))])
                }
                Err(e) => self.st("staff-db-write-failed", &[("error", ArgValue::Str(&e.to_string()))]),
            }
        };
        self.staff.borrow_mut().notice = notice.to_string();
        self.render_staff();
    }

    fn wake_forwarder(&self) {
        if let Some(w) = &self.staff.borrow().wake {
            w.notify_one();
        }
    }

    pub(crate) fn render_staff_pin(&self) {
        let st = self.staff.borrow();
        let n = st.typed.chars().count();
        let dots = vec!["●"; n].join(" ");
        let typed = self.st("staff-pin-typed", &[("count", ArgValue::Num(n as i64))]);
        let (title, hint, unlock, close) = (
            self.st("staff-pin-title", &[]),
            self.st("staff-pin-hint", &[]),
            self.st("staff-pin-unlock", &[]),
            self.st("staff-close", &[]),
        );
        self.with_window(|w| {
            let g = w.global::<Staff>();
            g.set_pin_title(title);
            g.set_pin_hint(hint);
            g.set_pin_dots(s(dots));
            g.set_pin_typed(typed);
            g.set_pin_message(s(st.message.clone()));
            g.set_pin_error(st.is_error);
            g.set_checking(st.checking.is_some());
            g.set_enabled(st.pin_hash.is_some());
            g.set_unlock(unlock);
            g.set_close(close);
        });
    }

    /// Read the outbox and the CRM contact record afresh and show them.
    pub fn render_staff(&self) {
        self.staff.borrow_mut().since_refresh = 0;
        let now = self.now();
        let (rows, contact) = {
            let st = self.state.borrow();
            (st.store.staff_rows(), st.store.crm_contact())
        };
        let (rows, contact) = match (rows, contact) {
            (Ok(r), Ok(c)) => (r, c),
            (Err(e), _) | (_, Err(e)) => {
                tracing::error!("staff screen: {e}");
                self.staff.borrow_mut().notice = self
                    .st("staff-db-read-failed", &[("error", ArgValue::Str(&e.to_string()))])
                    .to_string();
                (Vec::new(), Default::default())
            }
        };
        // Rows that need staff come first, so none hides past the rows shown.
        let now_text = time::OffsetDateTime::from_unix_timestamp(now)
            .ok()
            .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
            .unwrap_or_default();
        let after = self.staff.borrow().attention_after;
        // Each row judged once: (row, needs attention), those needing it first (a stable sort).
        let mut rows: Vec<(StaffRow, bool)> = rows
            .into_iter()
            .map(|r| {
                let needs = r.needs_attention(&now_text, after);
                (r, needs)
            })
            .collect();
        rows.sort_by_key(|(_, needs)| !needs);
        let attention = rows.iter().filter(|(_, needs)| *needs).count();
        let counts: Vec<StaffCount> = StaffState::ALL
            .iter()
            .map(|state| StaffCount {
                label: self.st(&format!("staff-count-{}", state.name()), &[]),
                count: s(rows.iter().filter(|(r, _)| r.state == *state).count().to_string()),
            })
            .collect();
        let items: Vec<StaffItem> = rows
            .iter()
            .take(MAX_ROWS)
            .map(|(r, needs)| self.staff_item(r, now, *needs))
            .collect();
        let note = if rows.len() > MAX_ROWS {
            self.st(
                "staff-rows-more",
                &[
                    ("shown", ArgValue::Num(MAX_ROWS as i64)),
                    ("total", ArgValue::Num(rows.len() as i64)),
                ],
            )
        } else if rows.is_empty() {
            self.st("staff-rows-empty", &[])
        } else {
            SharedString::new()
        };
        let when = |at: &Option<String>| match at.as_deref().and_then(unix_of) {
            Some(t) => {
                let time = self.staff_time(t, now);
                let ago = human_age(now - t);
                self.st(
                    "staff-when",
                    &[("time", ArgValue::Str(&time)), ("ago", ArgValue::Str(&ago))],
                )
                .to_string()
            }
            None => self.st("staff-time-unknown", &[]).to_string(),
        };
        let mut lines: Vec<String> = Vec::new();
        let ok = contact.last_contact_ok();
        if !self.staff.borrow().crm_configured {
            lines.push(self.st("staff-crm-none", &[]).to_string());
        } else {
            match ok {
                None => lines.push(self.st("staff-crm-never", &[]).to_string()),
                Some(true) => {
                    let w = when(&contact.last_reached_at);
                    lines.push(self.st("staff-crm-ok", &[("when", ArgValue::Str(&w))]).to_string());
                }
                Some(false) => {
                    let w = when(&contact.last_failed_at);
                    lines.push(self.st("staff-crm-failed", &[("when", ArgValue::Str(&w))]).to_string());
                    lines.push(match &contact.last_reached_at {
                        Some(_) => {
                            let w = when(&contact.last_reached_at);
                            self.st("staff-crm-last-reached", &[("when", ArgValue::Str(&w))])
                                .to_string()
                        }
                        None => self.st("staff-crm-never-reached", &[]).to_string(),
                    });
                }
            }
            if let (Some(false), Some(e)) = (ok, &contact.last_error) {
                lines.push(self.st("staff-crm-error", &[("error", ArgValue::Str(e))]).to_string());
            }
        }
        lines.push(
            self.st(
                "staff-waiting",
                &[
                    ("waiting", ArgValue::Num(contact.waiting as i64)),
                    ("parked", ArgValue::Num(contact.parked as i64)),
                ],
            )
            .to_string(),
        );
        if attention > 0 {
            lines.push(
                self.st("staff-attention", &[("count", ArgValue::Num(attention as i64))])
                    .to_string(),
            );
        }
        // Fields the CRM took without keeping, once per form and server.
        let drops = self.state.borrow().store.field_drops().unwrap_or_else(|e| {
            tracing::error!("staff screen: the CRM's dropped fields could not be read: {e}");
            Vec::new()
        });
        if !drops.is_empty() {
            lines.push(self.st("staff-crm-dropped", &[]).to_string());
            // Each on its own line: technical left-to-right text, kept out of a right-to-left
            // sentence so neither reorders the other.
            lines.extend(drops.iter().map(|d| format!("• {}", d.line())));
        }
        let forwarder = self.staff.borrow().forwarder.as_ref().map(|h| h.report());
        let mut forwarder_ok = true;
        if let Some(h) = forwarder {
            if let (true, Some((fault, at))) = (h.faulty, &h.last_fault) {
                forwarder_ok = false;
                let w = when(&Some(at.clone()));
                lines.push(
                    self.st("staff-forwarder-fault", &[("when", ArgValue::Str(&w))])
                        .to_string(),
                );
                // The fault itself on its own line (technical, left to right).
                lines.push(format!("• {fault}"));
            }
            if h.restarts > 0 {
                lines.push(
                    self.st(
                        "staff-forwarder-restarted",
                        &[("count", ArgValue::Num(i64::from(h.restarts)))],
                    )
                    .to_string(),
                );
            }
        }
        // No CRM is a normal set-up (forms kept here and exported), not a fault to show in red.
        let crm_ok = !self.staff.borrow().crm_configured || (ok != Some(false) && forwarder_ok);
        let healthy = crm_ok && attention == 0;
        let (device_lines, devices_ok) = self.device_lines();
        let devices_title = self.st("staff-devices-title", &[]);
        let print_test = self.st("staff-print-test", &[]);
        let notice = self.staff.borrow().notice.clone();
        let texts = [
            self.st("staff-title", &[]),
            self.st("staff-connectivity-title", &[]),
            self.st("staff-send-now", &[]),
            self.st("staff-refresh", &[]),
            self.st("staff-rows-title", &[]),
            self.st("staff-close", &[]),
        ];
        self.with_window(|w| {
            let g = w.global::<Staff>();
            let [title, conn_title, send, refresh, rows_title, close] = texts;
            g.set_title(title);
            g.set_connectivity_title(conn_title);
            g.set_send_now(send);
            g.set_refresh(refresh);
            g.set_rows_title(rows_title);
            g.set_close(close);
            g.set_counts(model(counts));
            g.set_connectivity(s(lines.join("\n")));
            g.set_connectivity_ok(healthy);
            g.set_notice(s(notice));
            g.set_rows_note(note);
            g.set_rows(model(items));
            g.set_devices_title(devices_title);
            g.set_devices(s(device_lines.join("\n")));
            g.set_devices_ok(devices_ok);
            g.set_print_test(print_test);
        });
    }

    fn staff_item(&self, r: &StaffRow, now: i64, attention: bool) -> StaffItem {
        let age = unix_of(&r.created_at).map_or_else(|| "?".to_owned(), |t| human_age(now - t));
        let mut details = vec![
            self.st("staff-row-age", &[("age", ArgValue::Str(&age))]).to_string(),
            self.st(
                "staff-row-attempts",
                &[("attempts", ArgValue::Num(i64::from(r.attempts)))],
            )
            .to_string(),
        ];
        if matches!(r.state, StaffState::Pending | StaffState::Retrying)
            && let Some(t) = r.next_attempt_at.as_deref().and_then(unix_of)
            && t > now
        {
            let time = self.staff_time(t, now);
            details.push(self.st("staff-row-next", &[("time", ArgValue::Str(&time))]).to_string());
        }
        let form = self
            .state
            .borrow()
            .ctx
            .translations
            .form_text(&self.staff_locale(), &r.form_id, "title", None);
        let state = self.st(&format!("staff-state-{}", r.state.name()), &[]);
        let state = if attention && r.state == StaffState::Retrying {
            let since = r.failing_since.as_deref().and_then(unix_of).unwrap_or(now);
            let ago = human_age(now - since);
            self.st(
                "staff-state-attention",
                &[("state", ArgValue::Str(&state)), ("for", ArgValue::Str(&ago))],
            )
        } else {
            state
        };
        StaffItem {
            reference: s(r.reference.clone()),
            form: s(form),
            state,
            details: s(details.join(" · ")),
            error: r
                .last_error
                .as_deref()
                .map(|e| self.st("staff-row-error", &[("error", ArgValue::Str(e))]))
                .unwrap_or_default(),
            parked: r.state == StaffState::Parked,
            retry_label: self.st("staff-retry", &[("reference", ArgValue::Str(&r.reference))]),
        }
    }
}

impl Controller {
    /// `kiosk snapshot`: the PIN pad (empty, with dots and a wrong-PIN message, locked) and the
    /// staff screen over whatever is in the store, with one row parked and one retrying, then
    /// again with what needs staff (a row needing attention, dropped fields, a database fault). The
    /// screen is reached without a PIN: this is for rendering only, never wired to a tap.
    pub(crate) fn snapshot_staff(&self, mut shot: impl FnMut(&str) -> anyhow::Result<()>) -> anyhow::Result<()> {
        self.open_staff();
        shot("staff-pin-disabled")?;
        {
            let mut st = self.staff.borrow_mut();
            st.pin_hash = Some(PinHash::parse(&pin::hash_pin("246810")?)?);
            st.typed = "000".into();
        }
        self.staff_message(
            self.st("staff-pin-wrong", &[("tries", ArgValue::Num(3))]).to_string(),
            true,
        );
        shot("staff-pin")?;
        wipe(std::mem::take(&mut self.staff.borrow_mut().typed));
        let until = self.now() + 300;
        self.staff_message(self.locked_text(until), true);
        shot("staff-pin-locked")?;
        {
            let st = self.state.borrow();
            // The newest three, so they show at the top.
            let rows = st.store.submissions()?;
            let ids: Vec<&str> = rows.iter().map(|r| r.submission_id.as_str()).collect();
            let now_ms = self.now() * 1000;
            let outcomes = [
                onestop::outbox::Transition::Acknowledged {
                    crm_id: Some("SR-1042".into()),
                    dropped: None,
                },
                onestop::outbox::Transition::Parked {
                    reason: "HTTP 400: attribute[bin-type] is not one of the allowed values".into(),
                },
                onestop::outbox::Transition::RetryAt {
                    at: now_ms + 600_000,
                    error: "HTTP 503 Service Unavailable".into(),
                },
            ];
            for (id, t) in ids.iter().zip(outcomes) {
                st.store.begin_attempt(id)?;
                st.store.record_attempt(id, &t)?;
            }
        }
        self.state.borrow_mut().page = Page::Staff;
        self.with_window(|w| w.global::<Keyboard>().set_shown(false));
        self.render_all();
        shot("staff")?;
        // The same with what needs staff: the retrying row past its attention time (none, for
        // the picture), a CRM that dropped a field, and the database failing under the forwarder.
        {
            let st = self.state.borrow();
            if let Some(first) = st.store.submissions()?.first() {
                let dropped = onestop::outbox::Dropped {
                    server: "https://crm.example.gov.uk/open311/v2/".into(),
                    fields: vec!["address_string".into(), "email".into()],
                };
                st.store.record_field_drops(&first.submission_id, &dropped)?;
            }
        }
        let health = Arc::new(onestop::outbox::forwarder::Health::default());
        health.fault("recording a delivery outcome: database or disk is full");
        let (before, after) = {
            let mut staff = self.staff.borrow_mut();
            let before = (staff.forwarder.replace(health), staff.attention_after);
            staff.attention_after = std::time::Duration::ZERO;
            (before.0, before.1)
        };
        self.render_all();
        shot("staff-attention")?;
        {
            let mut staff = self.staff.borrow_mut();
            staff.forwarder = before;
            staff.attention_after = after;
        }
        self.staff.borrow_mut().pin_hash = None;
        self.finish();
        Ok(())
    }
}
