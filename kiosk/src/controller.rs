//! The touchscreen controller: turns taps into calls on `onestop` (walk, validate, store) and
//! writes the results into the Slint adapters. All words come from Fluent here; the .slint files
//! hold none. It owns the session (the visitor's walk and draft), the idle timeout and the
//! on-screen keyboard state, and nothing else.

use crate::context::Context;
use crate::ui::*;
use onestop::forms::{FieldError, FieldKind, FormDef, Step, Today, Walk};
use onestop::i18n::ArgValue;
use onestop::keyboard::{self, InputKind, KeyAction, Layout};
use onestop::store::{Receipt, Store, drafts::Draft};
use serde_json::{Value as Json, json};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// A visitor's session state; wiped on finish, start again and timeout.
pub struct State {
    pub(crate) ctx: Rc<Context>,
    pub(crate) store: Store,
    /// The visitor's language.
    pub locale: String,
    pub(crate) page: Page,
    /// Where "Language" was pressed from, to return after choosing.
    return_to: Option<Page>,
    pub(crate) walk: Option<Walk>,
    session_id: String,
    errors: Vec<FieldError>,
    selected: Vec<String>,
    receipt: Option<(Receipt, String)>,
    send_failed: bool,
    /// What "Track an enquiry" shows.
    track: Option<TrackView>,
    pub(crate) layout: Layout,
    pub(crate) shifted: bool,
    /// Seconds since the last touch.
    pub idle_secs: u64,
    /// The session's printout (a receipt or a ticket) and how it went.
    pub(crate) printout: Printout,
}

/// How the session's printout is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Printout {
    /// Nothing to print, or no printer: the screen promises no paper.
    #[default]
    None,
    /// Job `n` is with the printer.
    Printing(u64),
    /// It printed.
    Printed,
    /// It did not: the screen asks the visitor to note the reference or number down.
    Failed,
}

/// What "Track an enquiry" found for one typed reference.
#[derive(Debug, Clone, Default)]
struct TrackView {
    /// The main message id, e.g. `track-sent`, or an error's.
    message: String,
    /// The CRM's id, for `track-sent`.
    crm_id: String,
    /// What the CRM last said, from this kiosk's cache.
    status: Option<onestop::store::status::CachedStatus>,
    /// The ticket of a question to the CRM still in flight.
    waiting_for: Option<u64>,
    /// The last question could not be answered (offline, or the CRM failed).
    unreachable: bool,
}

/// The controller: shared state plus the window it drives.
pub struct Controller {
    /// Session state.
    pub state: RefCell<State>,
    pub(crate) window: slint::Weak<KioskWindow>,
    /// Asks the CRM about sent forms in the background, if the CRM can be asked.
    lookup: RefCell<Option<crate::lookup::StatusLookup>>,
    /// The staff screen's own state: it outlives visitor sessions (see [`crate::staff`]).
    pub(crate) staff: RefCell<crate::staff::StaffSession>,
    /// "Take a ticket": the queue link and the visitor's progress (see [`crate::ticket`]).
    pub(crate) queue: RefCell<crate::ticket::TicketDesk>,
    /// The printer and card readers' worker (see [`crate::devices`]), once started.
    pub(crate) devices: RefCell<Option<crate::devices::Devices>>,
    /// Signing in with a card (see [`crate::card`]).
    pub(crate) card: RefCell<crate::card::CardDesk>,
}

fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

/// The printer line of the confirmation or ticket page: `prefix` is `print-receipt` or
/// `print-ticket`; the flag says it failed.
pub(crate) fn print_note(st: &State, prefix: &str) -> (SharedString, bool) {
    match st.printout {
        Printout::None => (SharedString::new(), false),
        Printout::Printing(_) => (st.t(&format!("{prefix}-printing")), false),
        Printout::Printed => (st.t(&format!("{prefix}-done")), false),
        Printout::Failed => (st.t(&format!("{prefix}-failed")), true),
    }
}

fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}

fn kind_of(k: FieldKind) -> Kind {
    match k {
        FieldKind::ShortText => Kind::ShortText,
        FieldKind::LongText => Kind::LongText,
        FieldKind::Number => Kind::Number,
        FieldKind::Date => Kind::Date,
        FieldKind::SingleChoice => Kind::SingleChoice,
        FieldKind::MultipleChoice => Kind::MultipleChoice,
        FieldKind::YesNo => Kind::YesNo,
        FieldKind::Email => Kind::Email,
        FieldKind::UkPhone => Kind::Phone,
        FieldKind::UkPostcode => Kind::Postcode,
        FieldKind::Address => Kind::Address,
        FieldKind::Consent => Kind::Consent,
    }
}

/// What the keyboard types for this kind (and part of a compound answer).
fn input_kind(k: FieldKind, part: i32) -> Option<InputKind> {
    match k {
        FieldKind::ShortText | FieldKind::LongText => Some(InputKind::Text),
        FieldKind::Number => Some(InputKind::Number),
        FieldKind::Date => Some(InputKind::Date),
        FieldKind::Email => Some(InputKind::Email),
        FieldKind::UkPhone => Some(InputKind::Phone),
        FieldKind::UkPostcode => Some(InputKind::Postcode),
        FieldKind::Address if part == 0 => Some(InputKind::Postcode),
        FieldKind::Address => Some(InputKind::Text),
        _ => None,
    }
}

fn part_index(part: Option<&str>) -> i32 {
    match part {
        Some("postcode" | "day") => 0,
        Some("house" | "month") => 1,
        Some("street" | "year") => 2,
        Some("town") => 3,
        _ => 0,
    }
}

impl State {
    /// A fresh session at the welcome screen.
    pub fn new(ctx: Rc<Context>, store: Store) -> State {
        let locale = ctx
            .config
            .kiosk
            .locales
            .first()
            .cloned()
            .unwrap_or_else(|| "en-GB".into());
        State {
            ctx,
            store,
            layout: Layout::Latin,
            locale,
            page: Page::Welcome,
            return_to: None,
            walk: None,
            session_id: String::new(),
            errors: Vec::new(),
            selected: Vec::new(),
            receipt: None,
            send_failed: false,
            track: None,
            shifted: false,
            idle_secs: 0,
            printout: Printout::None,
        }
    }

    pub(crate) fn t(&self, id: &str) -> SharedString {
        s(self.ctx.translations.text(&self.locale, id, &[]))
    }

    pub(crate) fn ta(&self, id: &str, args: &[(&str, ArgValue)]) -> SharedString {
        s(self.ctx.translations.text(&self.locale, id, args))
    }

    fn ft(&self, form: &str, id: &str, attr: Option<&str>) -> String {
        self.ctx.translations.form_text(&self.locale, form, id, attr)
    }

    fn current_question(&self) -> Option<(&FormDef, usize)> {
        let w = self.walk.as_ref()?;
        match w.step() {
            Step::Question(i) => Some((w.form().as_ref(), i)),
            Step::Check => None,
        }
    }

    /// Whether a visitor is mid-way through something worth a timeout warning.
    pub fn in_session(&self) -> bool {
        self.page != Page::Welcome || self.walk.is_some()
    }

    /// Wipe everything about the visitor: draft row, walk, errors, typed text, language.
    pub fn wipe(&mut self) {
        if !self.session_id.is_empty()
            && let Err(e) = self.store.delete_draft(&self.session_id)
        {
            tracing::error!("could not delete a draft: {e}");
        }
        let fresh = State::new(self.ctx.clone(), Store::open_in_memory().expect("in-memory SQLite"));
        let store = std::mem::replace(&mut self.store, fresh.store);
        *self = State { store, ..fresh };
    }

    fn save_draft(&self) {
        let Some(w) = &self.walk else { return };
        let d = Draft {
            session_id: self.session_id.clone(),
            form_id: w.form().id.clone(),
            form_version: w.form().version,
            locale: self.locale.clone(),
            answers: w.answers().clone(),
        };
        if let Err(e) = self.store.save_draft(&d) {
            tracing::error!("could not save the draft: {e}");
        }
    }
}

impl Controller {
    /// Wire every callback of `window` to a new controller and show the welcome screen.
    pub fn setup(window: &KioskWindow, ctx: Rc<Context>, store: Store) -> Rc<Controller> {
        let large = ctx.config.kiosk.large_text;
        let council = ctx.config.kiosk.council_name.clone();
        let staff = crate::staff::StaffSession::new(&ctx.config);
        let c = Rc::new(Controller {
            state: RefCell::new(State::new(ctx, store)),
            window: window.as_weak(),
            lookup: RefCell::new(None),
            staff: RefCell::new(staff),
            queue: RefCell::default(),
            devices: RefCell::new(None),
            card: RefCell::default(),
        });
        window.global::<Theme>().set_large_text(large);
        window.global::<App>().set_council(s(council));
        c.wire(window);
        c.render_all();
        c
    }

    fn wire(self: &Rc<Self>, w: &KioskWindow) {
        macro_rules! on {
            ($global:ty, $cb:ident, |$c:ident $(, $arg:ident : $t:ty)*| $body:expr) => {{
                let weak = Rc::downgrade(self);
                w.global::<$global>().$cb(move |$($arg: $t),*| {
                    if let Some($c) = weak.upgrade() {
                        // Every tap or keystroke is activity: the idle timer starts again.
                        $c.state.borrow_mut().idle_secs = 0;
                        $c.render_timeout();
                        #[allow(clippy::unused_unit)]
                        $body
                    }
                });
            }};
        }
        on!(App, on_touched, |c| ());
        on!(App, on_toggle_large_text, |c| c.toggle_large_text());
        on!(App, on_start_again, |c| {
            c.render_leave();
            c.with_window(|w| w.global::<Leave>().set_shown(true));
        });
        on!(App, on_show_languages, |c| c.show_languages());
        on!(Leave, on_confirmed, |c| c.finish());
        on!(Welcome, on_choose_language, |c, tag: SharedString| c
            .choose_language(&tag));
        on!(Menu, on_open_form, |c, id: SharedString| c.open_form(&id));
        on!(Question, on_toggle, |c, id: SharedString| c.toggle(&id));
        on!(Question, on_focus_part, |c, part: i32| c.focus_part(part));
        on!(Question, on_edited, |c| ());
        on!(Question, on_submit, |c| c.submit());
        on!(Question, on_back, |c| c.back());
        on!(Check, on_change, |c, id: SharedString| c.change(&id));
        on!(Check, on_send_form, |c| c.send());
        on!(Check, on_back, |c| c.back());
        on!(Confirm, on_finish_clicked, |c| c.finish());
        on!(Timeout, on_more_time_clicked, |c| c.render_timeout());
        on!(Timeout, on_clear_clicked, |c| c.finish());
        on!(Keyboard, on_press, |c, row: i32, col: i32| c.press(row, col));
        on!(Track, on_find_clicked, |c| c.track_find());
        on!(Track, on_back, |c| c.leave_track());
        on!(Ticket, on_take, |c, id: SharedString| c.ticket_take(&id));
        on!(Ticket, on_toggle_extra_help, |c| c.ticket_toggle_extra_help());
        on!(Ticket, on_open_appointment, |c| c.ticket_open_appointment());
        on!(Ticket, on_appointment_done, |c| c.ticket_appointment_done());
        on!(Ticket, on_back, |c| c.ticket_back());
        on!(Ticket, on_finish_clicked, |c| c.finish());
        // A background answer is not the visitor's activity: it must not hold off the timeout.
        let weak = Rc::downgrade(self);
        w.global::<Track>().on_status_arrived(move || {
            if let Some(c) = weak.upgrade() {
                c.status_arrived();
            }
        });
        let weak = Rc::downgrade(self);
        w.global::<crate::ui::Devices>().on_arrived(move || {
            if let Some(c) = weak.upgrade() {
                c.devices_arrived();
            }
        });
        self.wire_staff(w);
        self.wire_card(w);
    }

    pub(crate) fn with_window(&self, f: impl FnOnce(&KioskWindow)) {
        if let Some(w) = self.window.upgrade() {
            f(&w);
        }
    }

    /// Called every second by the idle timer: warn, then wipe.
    pub fn tick(&self) {
        self.card_wedge_idle();
        let (in_session, idle) = {
            let mut st = self.state.borrow_mut();
            st.idle_secs += 1;
            (st.in_session(), st.idle_secs)
        };
        let (timeout, warning) = {
            let st = self.state.borrow();
            (
                st.ctx.config.kiosk.idle_timeout_secs,
                st.ctx.config.kiosk.idle_warning_secs,
            )
        };
        if !in_session {
            return;
        }
        self.staff_tick();
        if idle >= timeout {
            tracing::info!("idle timeout: wiping the session");
            self.finish();
        } else if idle + warning >= timeout {
            self.render_timeout();
        }
    }

    fn toggle_large_text(&self) {
        self.with_window(|w| {
            let t = w.global::<Theme>();
            t.set_large_text(!t.get_large_text());
        });
    }

    fn show_languages(&self) {
        self.keep_typed();
        let mut st = self.state.borrow_mut();
        st.return_to = Some(st.page);
        st.page = Page::Welcome;
        drop(st);
        self.render_all();
    }

    /// Switch language; answers and position are kept.
    pub fn choose_language(&self, tag: &str) {
        let mut st = self.state.borrow_mut();
        if st.ctx.translations.get(tag).is_none() {
            return;
        }
        st.locale = tag.to_owned();
        st.page = st.return_to.take().unwrap_or(Page::Menu);
        let layout = st.layout;
        if !matches!(
            layout,
            Layout::Numeric | Layout::Phone | Layout::Postcode | Layout::Email
        ) {
            st.layout = Layout::native(tag);
        }
        drop(st);
        self.render_all();
        if self.state.borrow().page == Page::Question {
            self.load_fields();
        }
    }

    /// Start a form.
    pub fn open_form(&self, id: &str) {
        if id == TRACK_ID {
            return self.open_track();
        }
        if id == crate::ticket::TICKET_ID {
            return self.open_ticket();
        }
        let mut st = self.state.borrow_mut();
        let Some(form) = st.ctx.forms.get(id).cloned() else {
            return;
        };
        st.walk = Some(Walk::new(Arc::new(form)));
        st.session_id = uuid_like();
        st.errors.clear();
        st.page = Page::Question;
        drop(st);
        self.card_prefill();
        self.enter_step();
    }

    fn enter_step(&self) {
        let mut st = self.state.borrow_mut();
        st.errors.clear();
        st.send_failed = false;
        st.page = match st.walk.as_ref().map(|w| w.step()) {
            Some(Step::Question(_)) => Page::Question,
            Some(Step::Check) => Page::Check,
            None => Page::Menu,
        };
        drop(st);
        self.load_fields();
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    /// Put the saved answer of the current question into the inputs.
    pub(crate) fn load_fields(&self) {
        let mut st = self.state.borrow_mut();
        let Some((form, i)) = st.current_question() else { return };
        let q = &form.questions[i];
        let kind = q.kind;
        let raw = st
            .walk
            .as_ref()
            .and_then(|w| w.answer(&q.id))
            .cloned()
            .unwrap_or(Json::Null);
        let text = |v: &Json, k: &str| v.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
        let mut f = [String::new(), String::new(), String::new(), String::new()];
        let mut selected = Vec::new();
        match kind {
            FieldKind::Date => {
                if let Some(sv) = raw.as_str() {
                    let p: Vec<&str> = sv.split('-').collect();
                    if p.len() == 3 {
                        f = [p[2].into(), p[1].into(), p[0].into(), String::new()];
                    }
                } else {
                    f = [
                        text(&raw, "day"),
                        text(&raw, "month"),
                        text(&raw, "year"),
                        String::new(),
                    ];
                }
            }
            FieldKind::Address => {
                f = [
                    text(&raw, "postcode"),
                    text(&raw, "house"),
                    text(&raw, "street"),
                    text(&raw, "town"),
                ]
            }
            FieldKind::SingleChoice | FieldKind::YesNo => {
                if let Some(v) = raw.as_str() {
                    selected.push(v.to_owned());
                } else if let Some(b) = raw.as_bool() {
                    selected.push(if b { "yes" } else { "no" }.to_owned());
                }
            }
            FieldKind::MultipleChoice => {
                selected = raw
                    .as_array()
                    .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default();
            }
            FieldKind::Consent => {
                if raw == Json::Bool(true) {
                    selected.push("yes".into());
                }
            }
            _ => {
                f[0] = raw.as_str().map(str::to_owned).unwrap_or_else(|| {
                    if raw.is_number() {
                        raw.to_string()
                    } else {
                        String::new()
                    }
                })
            }
        }
        st.selected = selected;
        let locale = st.locale.clone();
        st.layout = input_kind(kind, 0).map_or(Layout::native(&locale), |k| keyboard::layout_for(k, &locale));
        st.shifted = false;
        let show_kb = input_kind(kind, 0).is_some();
        drop(st);
        self.with_window(|w| {
            let q = w.global::<Question>();
            q.set_f0(s(f[0].clone()));
            q.set_f1(s(f[1].clone()));
            q.set_f2(s(f[2].clone()));
            q.set_f3(s(f[3].clone()));
            q.set_active_part(0);
            w.global::<Keyboard>().set_shown(show_kb);
        });
    }

    /// The answer on screen as raw JSON, in the shape validation takes.
    fn collect(&self) -> Option<Json> {
        let st = self.state.borrow();
        let (form, i) = st.current_question()?;
        let kind = form.questions[i].kind;
        let w = self.window.upgrade()?;
        let q = w.global::<Question>();
        let (f0, f1, f2, f3) = (
            q.get_f0().to_string(),
            q.get_f1().to_string(),
            q.get_f2().to_string(),
            q.get_f3().to_string(),
        );
        Some(match kind {
            FieldKind::Date => {
                if f0.trim().is_empty() && f1.trim().is_empty() && f2.trim().is_empty() {
                    Json::Null
                } else {
                    json!({"day": f0, "month": f1, "year": f2})
                }
            }
            FieldKind::Address => json!({"postcode": f0, "house": f1, "street": f2, "town": f3}),
            FieldKind::SingleChoice | FieldKind::YesNo => st.selected.first().map_or(Json::Null, |v| json!(v)),
            FieldKind::MultipleChoice => json!(st.selected),
            FieldKind::Consent => json!(st.selected.iter().any(|v| v == "yes")),
            _ => json!(f0),
        })
    }

    /// Keep what is typed without validating (language switch, leaving the screen).
    fn keep_typed(&self) {
        if self.state.borrow().page != Page::Question {
            return;
        }
        if let Some(raw) = self.collect() {
            let mut st = self.state.borrow_mut();
            if let Some(w) = st.walk.as_mut() {
                w.keep(raw);
            }
            st.save_draft();
        }
    }

    fn toggle(&self, id: &str) {
        let mut st = self.state.borrow_mut();
        let Some((form, i)) = st.current_question() else { return };
        let kind = form.questions[i].kind;
        if kind == FieldKind::MultipleChoice || kind == FieldKind::Consent {
            if let Some(p) = st.selected.iter().position(|v| v == id) {
                st.selected.remove(p);
            } else {
                st.selected.push(id.to_owned());
            }
        } else {
            st.selected = vec![id.to_owned()];
        }
        drop(st);
        self.render_question();
    }

    fn focus_part(&self, part: i32) {
        let mut st = self.state.borrow_mut();
        let Some((form, i)) = st.current_question() else { return };
        let kind = form.questions[i].kind;
        let locale = st.locale.clone();
        if let Some(k) = input_kind(kind, part) {
            st.layout = keyboard::layout_for(k, &locale);
            st.shifted = false;
        }
        drop(st);
        self.with_window(|w| {
            w.global::<Question>().set_active_part(part);
            w.global::<Keyboard>().set_shown(input_kind(kind, part).is_some());
        });
        self.render_keyboard();
    }

    /// Continue: validate this answer; move on or show the errors.
    pub fn submit(&self) {
        let Some(raw) = self.collect() else { return };
        let result = {
            let mut st = self.state.borrow_mut();
            let Some(w) = st.walk.as_mut() else { return };
            let r = w.submit(raw, Today::now());
            st.save_draft();
            r
        };
        match result {
            Ok(()) => self.enter_step(),
            Err(errors) => {
                self.state.borrow_mut().errors = errors;
                self.render_question();
                self.with_window(|w| {
                    let q = w.global::<Question>();
                    q.set_focus_request(q.get_focus_request() + 1);
                    w.invoke_scroll_top();
                });
            }
        }
    }

    fn back(&self) {
        let page = self.state.borrow().page;
        if page == Page::Question {
            self.keep_typed();
        }
        let moved = {
            let mut st = self.state.borrow_mut();
            match st.walk.as_mut() {
                Some(w) => w.back(),
                None => false,
            }
        };
        if moved {
            self.enter_step();
        } else {
            // Back from the first question: leave the form, wiping its draft.
            let mut st = self.state.borrow_mut();
            let id = std::mem::take(&mut st.session_id);
            if let Err(e) = st.store.delete_draft(&id) {
                tracing::error!("could not delete a draft: {e}");
            }
            st.walk = None;
            st.page = Page::Menu;
            drop(st);
            self.render_all();
        }
    }

    fn change(&self, id: &str) {
        let ok = self.state.borrow_mut().walk.as_mut().is_some_and(|w| w.change(id));
        if ok {
            self.enter_step();
        }
    }

    /// Send: validate all, then one durable transaction; confirm only after it commits.
    pub fn send(&self) {
        let identity = self.card_identity();
        let mut st = self.state.borrow_mut();
        let Some(w) = st.walk.as_ref() else { return };
        match w.finish(Today::now()) {
            Ok(valid) => {
                let locale = st.locale.clone();
                let session = st.session_id.clone();
                let form = valid.form_id.clone();
                match st
                    .store
                    .submit_with_identity(&valid, &locale, Some(&session), identity.as_ref())
                {
                    Ok(receipt) => {
                        let job = crate::devices::Job::Receipt {
                            locale: locale.clone(),
                            form: form.clone(),
                            reference: receipt.reference.as_str().to_owned(),
                            at: crate::clock::local_now(),
                        };
                        st.printout = self.print(job);
                        st.receipt = Some((receipt, form));
                        st.walk = None;
                        st.page = Page::Confirm;
                    }
                    Err(e) => {
                        tracing::error!("could not store a submission: {e}");
                        st.send_failed = true;
                    }
                }
            }
            Err(errors) => {
                // Something changed under the visitor (e.g. a date passed midnight): go to it.
                if let Some(first) = errors.first()
                    && let Some(w) = st.walk.as_mut()
                {
                    w.change(&first.field);
                }
                st.errors = errors;
                st.page = Page::Question;
            }
        }
        drop(st);
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    /// End the session: wipe the visitor's data and return to welcome.
    pub fn finish(&self) {
        self.staff_lock();
        self.ticket_wipe();
        self.card_wipe();
        self.state.borrow_mut().wipe();
        self.with_window(|w| {
            let q = w.global::<Question>();
            q.set_f0(SharedString::new());
            q.set_f1(SharedString::new());
            q.set_f2(SharedString::new());
            q.set_f3(SharedString::new());
            // Hidden pages keep their last values in the adapters: clear every one that can
            // hold an answer, a reference or an error about an answer.
            q.set_options(model(Vec::new()));
            q.set_errors(model(Vec::new()));
            q.set_label(SharedString::new());
            q.set_hint(SharedString::new());
            w.set_e0(SharedString::new());
            w.set_e1(SharedString::new());
            w.set_e2(SharedString::new());
            w.set_e3(SharedString::new());
            w.global::<Check>().set_rows(model(Vec::new()));
            w.global::<Track>().set_text(SharedString::new());
            w.global::<Track>().set_message(SharedString::new());
            let c = w.global::<Confirm>();
            c.set_reference(SharedString::new());
            c.set_next_steps(SharedString::new());
            w.global::<Leave>().set_shown(false);
            w.global::<Keyboard>().set_shown(false);
        });
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    fn press(&self, row: i32, col: i32) {
        if self.state.borrow().page == Page::StaffPin {
            return self.staff_press(row, col);
        }
        let action = {
            let st = self.state.borrow();
            let rows = st.layout.rows(&st.locale, st.shifted);
            let Some(key) = rows.get(row as usize).and_then(|r| r.get(col as usize)) else {
                return;
            };
            key.action.clone()
        };
        if self.state.borrow().page == Page::CardPin {
            return self.card_press(action);
        }
        self.apply_key(action);
    }

    /// What one key does on the page showing (from the on-screen keyboard or typed).
    fn apply_key(&self, action: KeyAction) {
        let kind = {
            let st = self.state.borrow();
            st.current_question().map(|(f, i)| f.questions[i].kind)
        };
        match action {
            KeyAction::Shift => {
                let mut st = self.state.borrow_mut();
                st.shifted = !st.shifted;
            }
            KeyAction::SwitchScript => {
                let mut st = self.state.borrow_mut();
                let locale = st.locale.clone();
                st.layout = st.layout.toggled(&locale);
                st.shifted = false;
            }
            other if self.state.borrow().page == Page::TicketAppointment => {
                self.ticket_key(other);
            }
            KeyAction::Enter if self.state.borrow().page == Page::Track => {
                self.track_find();
                return;
            }
            KeyAction::Enter if kind != Some(FieldKind::LongText) => {
                // Enter moves to the question's next box; only from the last does it continue.
                let part = self
                    .window
                    .upgrade()
                    .map_or(0, |w| w.global::<Question>().get_active_part());
                let last = match kind {
                    Some(FieldKind::Address) => 3,
                    Some(FieldKind::Date) => 2,
                    _ => 0,
                };
                if part < last {
                    self.focus_part(part + 1);
                } else {
                    self.submit();
                }
                return;
            }
            other => {
                let other = if matches!(other, KeyAction::Enter) {
                    KeyAction::Insert("\n".into())
                } else {
                    other
                };
                if self.state.borrow().page == Page::Track {
                    self.with_window(|w| {
                        let t = w.global::<Track>();
                        t.set_text(s(keyboard::apply(&t.get_text(), &other)));
                    });
                    self.render_keyboard();
                    return;
                }
                self.with_window(|w| {
                    let q = w.global::<Question>();
                    let part = q.get_active_part();
                    let current = match part {
                        1 => q.get_f1(),
                        2 => q.get_f2(),
                        3 => q.get_f3(),
                        _ => q.get_f0(),
                    };
                    let next = s(keyboard::apply(&current, &other));
                    match part {
                        1 => q.set_f1(next),
                        2 => q.set_f2(next),
                        3 => q.set_f3(next),
                        _ => q.set_f0(next),
                    }
                });
                let mut st = self.state.borrow_mut();
                if st.shifted && st.layout == Layout::Latin {
                    st.shifted = false;
                }
            }
        }
        self.render_keyboard();
    }

    /// Write every adapter from the state.
    pub fn render_all(&self) {
        self.render_common();
        match self.state.borrow().page {
            Page::Welcome => self.render_welcome(),
            Page::Menu => self.render_menu(),
            Page::Question => self.render_question(),
            Page::Check => self.render_check(),
            Page::Confirm => self.render_confirm(),
            Page::Track => self.render_track(),
            Page::StaffPin => self.render_staff_pin(),
            Page::Staff => self.render_staff(),
            Page::Ticket | Page::TicketAppointment | Page::TicketIssued => self.render_ticket(),
            Page::CardPin | Page::CardConsent => {}
        }
        self.render_card();
        self.render_keyboard();
        self.render_timeout();
        self.render_leave();
    }

    /// The words of the "start again?" dialog, in the visitor's language. They were never set,
    /// so the dialog showed no heading and two unlabelled buttons, one of which deletes the
    /// visitor's answers.
    fn render_leave(&self) {
        let st = self.state.borrow();
        self.with_window(|w| {
            let g = w.global::<Leave>();
            g.set_title(st.t("leave-title"));
            g.set_body(st.t("leave-body"));
            g.set_yes(st.t("leave-yes"));
            g.set_no(st.t("leave-no"));
        });
    }

    fn render_common(&self) {
        let st = self.state.borrow();
        let loc = st
            .ctx
            .translations
            .get(&st.locale)
            .unwrap_or_else(|| st.ctx.translations.fallback());
        let (rtl, font) = (loc.is_rtl(), loc.info.font.clone());
        let page = st.page;
        self.with_window(|w| {
            let th = w.global::<Theme>();
            th.set_rtl(rtl);
            th.set_font_family(s(font));
            let t = w.global::<T>();
            t.set_back(st.t("back"));
            t.set_continue_label(st.t("continue"));
            t.set_optional(st.t("optional"));
            t.set_start_again(st.t("start-again"));
            t.set_language(st.t("language"));
            t.set_large_text(st.t("large-text"));
            t.set_normal_text(st.t("normal-text"));
            t.set_error_summary_title(st.t("error-summary-title"));
            t.set_keyboard_show(st.t("keyboard-show"));
            t.set_keyboard_hide(st.t("keyboard-hide"));
            w.global::<App>().set_page(page);
        });
    }

    fn render_welcome(&self) {
        let st = self.state.borrow();
        let council = st.ctx.config.kiosk.council_name.clone();
        let langs: Vec<Language> = st
            .ctx
            .config
            .kiosk
            .locales
            .iter()
            .filter_map(|t| st.ctx.translations.get(t))
            .map(|l| Language {
                tag: s(l.tag.clone()),
                name: s(l.info.name.clone()),
                font: s(l.info.font.clone()),
            })
            .collect();
        // The welcome screen greets in the current language, or in English before a choice.
        self.with_window(|w| {
            let g = w.global::<Welcome>();
            g.set_title(st.ta("welcome-title", &[("council", ArgValue::Str(&council))]));
            g.set_choose(st.t("welcome-choose-language"));
            g.set_languages(model(langs));
        });
    }

    fn render_menu(&self) {
        let st = self.state.borrow();
        let services: Vec<Service> = st
            .ctx
            .menu()
            .into_iter()
            .map(|f| Service {
                id: s(f.id.clone()),
                title: s(st.ft(&f.id, "title", None)),
                summary: s(st.ft(&f.id, "summary", None)),
            })
            .collect();
        let mut services = services;
        if let Some(card) = self.ticket_menu_card(&st) {
            services.insert(0, card);
        }
        services.push(Service {
            id: s(TRACK_ID),
            title: st.t("track-menu-title"),
            summary: st.t("track-menu-summary"),
        });
        self.with_window(|w| {
            let g = w.global::<Menu>();
            g.set_title(st.t("menu-title"));
            g.set_hint(st.t("menu-hint"));
            g.set_services(model(services));
        });
    }

    fn render_question(&self) {
        let st = self.state.borrow();
        let Some((form, i)) = st.current_question() else { return };
        let q = &form.questions[i];
        let fid = form.id.clone();
        let (at, total) = st.walk.as_ref().map_or((1, 1), |w| w.progress());
        let options: Vec<Choice> = match q.kind {
            FieldKind::YesNo => ["yes", "no"]
                .iter()
                .map(|o| Choice {
                    id: s(*o),
                    label: st.t(o),
                    selected: st.selected.iter().any(|v| v == o),
                })
                .collect(),
            FieldKind::Consent => vec![Choice {
                id: s("yes"),
                label: st.t("consent-agree"),
                selected: st.selected.iter().any(|v| v == "yes"),
            }],
            _ => q
                .options
                .iter()
                .map(|o| Choice {
                    id: s(o.clone()),
                    label: s(st.ft(&fid, &q.id, Some(&format!("opt-{o}")))),
                    selected: st.selected.contains(o),
                })
                .collect(),
        };
        let mut hint = st
            .ctx
            .translations
            .form_text_opt(&st.locale, &fid, &q.id, Some("hint"))
            .unwrap_or_default();
        let kind_hint = match q.kind {
            FieldKind::MultipleChoice => Some(match q.max_selected {
                Some(m) => st.ta("choose-up-to", &[("max", ArgValue::Num(m as i64))]),
                None => st.t("choose-many"),
            }),
            FieldKind::Date => Some(st.t("date-hint")),
            FieldKind::UkPhone => Some(st.t("phone-hint")),
            FieldKind::UkPostcode => Some(st.t("postcode-hint")),
            _ => None,
        };
        // A form's own hint wins for choices (it usually states the limit already); format
        // examples (dates, phones, postcodes) are added under it.
        let examples = !matches!(q.kind, FieldKind::MultipleChoice);
        if let Some(k) = kind_hint
            && (hint.is_empty() || examples)
        {
            hint = if hint.is_empty() {
                k.to_string()
            } else {
                format!("{hint}\n{k}")
            };
        }
        let part_labels: Vec<SharedString> = match q.kind {
            FieldKind::Date => vec![st.t("date-day"), st.t("date-month"), st.t("date-year"), s("")],
            _ => vec![
                st.t("address-postcode"),
                st.t("address-house"),
                st.t("address-street"),
                st.t("address-town"),
            ],
        };
        let err_text = |e: &FieldError| {
            let args: Vec<(&str, ArgValue)> = e.args.iter().map(|(k, v)| (k.as_str(), ArgValue::Num(*v))).collect();
            st.ta(&e.message, &args)
        };
        let errors: Vec<ErrorItem> = st
            .errors
            .iter()
            .map(|e| ErrorItem {
                message: err_text(e),
                part: part_index(e.part.as_deref()),
            })
            .collect();
        let mut per_part = [
            SharedString::new(),
            SharedString::new(),
            SharedString::new(),
            SharedString::new(),
        ];
        for e in &st.errors {
            let p = part_index(e.part.as_deref()) as usize;
            if per_part[p].is_empty() {
                per_part[p] = err_text(e);
            }
        }
        let label = st.ft(&fid, &q.id, None);
        let title = st.ft(&fid, "title", None);
        let progress = st.ta(
            "question-progress",
            &[
                ("current", ArgValue::Num(at as i64)),
                ("total", ArgValue::Num(total as i64)),
            ],
        );
        let (kind, optional) = (kind_of(q.kind), !q.required && q.kind != FieldKind::Consent);
        self.with_window(|w| {
            let g = w.global::<Question>();
            g.set_kind(kind);
            g.set_form_title(s(title));
            g.set_progress(progress);
            g.set_label(s(label));
            g.set_hint(s(hint));
            g.set_optional(optional);
            g.set_options(model(options));
            g.set_errors(model(errors));
            g.set_part_labels(model(part_labels));
            w.set_e0(per_part[0].clone());
            w.set_e1(per_part[1].clone());
            w.set_e2(per_part[2].clone());
            w.set_e3(per_part[3].clone());
        });
    }

    fn render_check(&self) {
        let st = self.state.borrow();
        let Some(w) = st.walk.as_ref() else { return };
        let form = w.form().clone();
        let visible = w.visible();
        let rows: Vec<CheckRow> = visible
            .iter()
            .map(|&i| {
                let q = &form.questions[i];
                let value = display_answer(&st, &form, q, w.answer(&q.id));
                CheckRow {
                    id: s(q.id.clone()),
                    label: s(st.ft(&form.id, &q.id, Some("check"))),
                    value: s(value),
                    change_label: st.t("check-change"),
                }
            })
            .collect();
        let error = if st.send_failed {
            st.t("error-send-failed")
        } else {
            SharedString::new()
        };
        self.with_window(|win| {
            let g = win.global::<Check>();
            g.set_title(st.t("check-title"));
            g.set_form_title(s(st.ft(&form.id, "title", None)));
            g.set_rows(model(rows));
            g.set_send_heading(st.t("check-send-heading"));
            g.set_send_body(st.t("check-send-body"));
            g.set_send(st.t("send"));
            g.set_error(error);
        });
    }

    fn render_confirm(&self) {
        let st = self.state.borrow();
        let Some((receipt, form)) = &st.receipt else { return };
        self.with_window(|w| {
            let g = w.global::<Confirm>();
            g.set_title(st.t("confirm-title"));
            g.set_reference_label(st.t("confirm-reference"));
            g.set_reference(s(receipt.reference.as_str()));
            g.set_write_down(st.t("confirm-write-down"));
            g.set_next_heading(st.t("confirm-next"));
            // Forms from the CRM's catalogue have no next steps of their own.
            let next = st.ctx.translations.form_text_opt(&st.locale, form, "next-steps", None);
            g.set_next_steps(next.map_or_else(|| st.t("confirm-next-generic"), s));
            g.set_finish(st.t("confirm-finish"));
            let (note, failed) = print_note(&st, "print-receipt");
            g.set_print_note(note);
            g.set_print_failed(failed);
        });
    }

    /// Hands a job to the printer worker; [`Printout::None`] when there is no printer.
    pub(crate) fn print(&self, job: crate::devices::Job) -> Printout {
        match self.devices.borrow().as_ref().and_then(|d| d.print(job)) {
            Some(n) => Printout::Printing(n),
            None => Printout::None,
        }
    }

    /// Starts using the devices' worker.
    pub fn set_devices(&self, devices: crate::devices::Devices) {
        *self.devices.borrow_mut() = Some(devices);
    }

    /// Collects what the devices did (a print job ended, a card was read, a reader changed) and
    /// shows it. Not the visitor's activity: the idle timer goes on.
    pub fn devices_arrived(&self) {
        let news = match self.devices.borrow().as_ref() {
            Some(d) => d.arrived(),
            None => return,
        };
        self.card_answers();
        for item in news {
            match item {
                crate::devices::News::Printed { job, result } => {
                    let mut st = self.state.borrow_mut();
                    // A job from a session that has ended changes nothing on screen.
                    if st.printout == Printout::Printing(job) {
                        st.printout = if result.is_ok() {
                            Printout::Printed
                        } else {
                            Printout::Failed
                        };
                    }
                    drop(st);
                    if let Some(d) = self.devices.borrow().as_ref() {
                        d.check_printer();
                    }
                }
                crate::devices::News::Printer(health) => self.staff.borrow_mut().printer = Some(health),
                crate::devices::News::Card(event) => self.card_event(event),
            }
        }
        self.render_all();
    }

    /// Types `text` (keys from a physical keyboard that were not a card scan) into the field
    /// the visitor is on, as the on-screen keyboard would.
    pub(crate) fn type_text(&self, text: &str) {
        let page = self.state.borrow().page;
        if !matches!(page, Page::Question | Page::Track | Page::TicketAppointment) {
            return;
        }
        for c in text.chars() {
            let action = if c == '\n' {
                KeyAction::Enter
            } else {
                KeyAction::Insert(c.to_string())
            };
            self.apply_key(action);
        }
    }

    pub(crate) fn render_keyboard(&self) {
        let st = self.state.borrow();
        // The staff PIN pad speaks the staff's language; every other keyboard the visitor's.
        let names_in = if matches!(st.page, Page::StaffPin | Page::Staff) {
            st.ctx.config.staff.locale.as_str()
        } else {
            st.locale.as_str()
        };
        let rows: Vec<KeyRow> = st
            .layout
            .rows(&st.locale, st.shifted)
            .into_iter()
            .map(|r| {
                let mut offset = 0;
                let keys: Vec<Key> = r
                    .into_iter()
                    .map(|k| {
                        // The keys that are not letters are named in the visitor's language.
                        let named = match k.action {
                            KeyAction::Enter => Some("key-enter"),
                            KeyAction::Space => Some("key-space"),
                            KeyAction::Backspace => Some("key-backspace"),
                            KeyAction::Shift => Some("key-shift"),
                            KeyAction::SwitchScript => Some("key-switch"),
                            _ => None,
                        };
                        let key = Key {
                            label: s(k.label),
                            a11y: named.map_or_else(|| s(k.a11y), |id| s(st.ctx.translations.text(names_in, id, &[]))),
                            width: k.width as i32,
                            offset,
                        };
                        offset += k.width as i32;
                        key
                    })
                    .collect();
                KeyRow {
                    keys: model(keys),
                    units: offset,
                }
            })
            .collect();
        self.with_window(|w| w.global::<Keyboard>().set_rows(model(rows)));
    }

    /// Show or hide the "more time?" warning from the idle count.
    pub fn render_timeout(&self) {
        let st = self.state.borrow();
        let k = &st.ctx.config.kiosk;
        let left = k.idle_timeout_secs.saturating_sub(st.idle_secs);
        let shown = st.in_session() && st.idle_secs > 0 && left <= k.idle_warning_secs;
        self.with_window(|w| {
            let g = w.global::<Timeout>();
            g.set_shown(shown);
            g.set_title(st.t("timeout-title"));
            g.set_body(st.ta("timeout-body", &[("seconds", ArgValue::Num(left as i64))]));
            g.set_more_time(st.t("timeout-more-time"));
            g.set_clear(st.t("timeout-clear"));
        });
    }
}

/// The menu entry that opens "Track an enquiry" rather than a form.
const TRACK_ID: &str = "__track";

impl Controller {
    fn open_track(&self) {
        {
            let mut st = self.state.borrow_mut();
            st.page = Page::Track;
            st.track = None;
            st.layout = Layout::Postcode;
            st.shifted = false;
        }
        self.with_window(|w| {
            w.global::<Track>().set_text(SharedString::new());
            w.global::<Keyboard>().set_shown(true);
        });
        self.render_all();
        self.with_window(|w| w.invoke_scroll_top());
    }

    fn leave_track(&self) {
        self.state.borrow_mut().page = Page::Menu;
        self.with_window(|w| w.global::<Keyboard>().set_shown(false));
        self.render_all();
    }

    /// Look the typed reference up in this kiosk's outbox and say what happened to it.
    pub fn track_find(&self) {
        let typed = self
            .window
            .upgrade()
            .map(|w| w.global::<Track>().get_text().to_string())
            .unwrap_or_default();
        let error = |id: &str| TrackView {
            message: id.to_owned(),
            ..TrackView::default()
        };
        let view = match onestop::reference::Reference::parse(&typed) {
            Err(onestop::reference::ReferenceError::Length) => error("track-error-length"),
            Err(onestop::reference::ReferenceError::Character) => error("track-error-character"),
            Err(onestop::reference::ReferenceError::Check) => error("track-error-check"),
            Ok(r) => {
                let st = self.state.borrow();
                match st.store.submission(&r) {
                    Ok(Some(sub)) => match sub.state.as_str() {
                        "acknowledged" => {
                            let crm_id = sub.crm_id.unwrap_or_default();
                            let id = sub.submission_id.to_string();
                            let status = st.store.cached_status(&id).unwrap_or_else(|e| {
                                tracing::error!("track: the cached status could not be read: {e}");
                                None
                            });
                            // A token is not yet the CRM's id: nothing to ask about.
                            let waiting_for = match (&*self.lookup.borrow(), crm_id.starts_with("token:")) {
                                (Some(lookup), false) if !crm_id.is_empty() => lookup.ask(&id, &crm_id),
                                _ => None,
                            };
                            TrackView {
                                message: "track-sent".into(),
                                crm_id: crm_id.strip_prefix("token:").map(|_| String::new()).unwrap_or(crm_id),
                                status,
                                waiting_for,
                                unreachable: false,
                            }
                        }
                        "parked" => error("track-parked"),
                        _ => error("track-pending"),
                    },
                    Ok(None) => error("track-not-found"),
                    Err(e) => {
                        tracing::error!("track: {e}");
                        error("track-not-found")
                    }
                }
            }
        };
        self.state.borrow_mut().track = Some(view);
        self.render_track();
    }

    /// Use the kiosk's database directly (snapshots and tests set up states with it).
    pub fn with_store<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&self.state.borrow().store)
    }

    /// Give the background worker to this controller: from now on "Track an enquiry" asks the
    /// CRM about sent forms.
    pub fn set_status_lookup(&self, lookup: crate::lookup::StatusLookup) {
        *self.lookup.borrow_mut() = Some(lookup);
    }

    /// Take in the CRM's answers that have arrived: cache each, and show the one the visitor
    /// is waiting for. Called when the worker wakes the UI thread (and by tests).
    pub fn status_arrived(&self) {
        let answers = match &*self.lookup.borrow() {
            Some(lookup) => lookup.arrived(),
            None => return,
        };
        for answer in answers {
            let mut st = self.state.borrow_mut();
            let fresh = match &answer.result {
                Ok(status) => match st.store.record_status(&answer.submission_id, status) {
                    Ok(()) => st.store.cached_status(&answer.submission_id).ok().flatten(),
                    Err(e) => {
                        tracing::error!("track: the status could not be cached: {e}");
                        None
                    }
                },
                Err(reason) => {
                    tracing::info!("track: could not ask the CRM: {reason}");
                    None
                }
            };
            let Some(view) = st.track.as_mut().filter(|v| v.waiting_for == Some(answer.ticket)) else {
                continue;
            };
            view.waiting_for = None;
            view.unreachable = answer.result.is_err();
            if fresh.is_some() {
                view.status = fresh;
            }
        }
        self.render_track();
    }

    fn render_track(&self) {
        let st = self.state.borrow();
        let (message, is_error) = match &st.track {
            Some(view) => (track_text(&st, view), view.message.starts_with("track-error")),
            None => (SharedString::new(), false),
        };
        self.with_window(|w| {
            let g = w.global::<Track>();
            g.set_title(st.t("track-title"));
            g.set_hint(st.t("track-hint"));
            g.set_label(st.t("track-label"));
            g.set_find(st.t("track-find"));
            g.set_message(message);
            g.set_is_error(is_error);
        });
    }
}

/// A timestamp as a date a visitor reads, e.g. `20/11/2026` (in the time's own offset).
fn day(rfc3339: &str) -> String {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| format!("{:02}/{:02}/{}", t.day(), u8::from(t.month()), t.year()))
        .unwrap_or_default()
}

/// Everything "Track an enquiry" says about one reference, a paragraph per line.
fn track_text(st: &State, view: &TrackView) -> SharedString {
    use onestop::crm::status::StatusState;
    let mut lines = vec![
        st.ta(&view.message, &[("crm", ArgValue::Str(&view.crm_id))])
            .to_string(),
    ];
    if let Some(cached) = &view.status {
        let s = &cached.status;
        lines.push(match &s.state {
            StatusState::Open => st.t("track-status-open").to_string(),
            StatusState::Closed => st.t("track-status-closed").to_string(),
            StatusState::Other(word) => st
                .ta("track-status-other", &[("status", ArgValue::Str(word))])
                .to_string(),
        });
        if let Some(expected) = s.expected.as_deref().filter(|_| s.state != StatusState::Closed) {
            lines.push(
                st.ta("track-status-expected", &[("date", ArgValue::Str(&day(expected)))])
                    .to_string(),
            );
        }
        if let Some(notes) = &s.notes {
            lines.push(
                st.ta("track-status-notes", &[("notes", ArgValue::Str(notes))])
                    .to_string(),
            );
        }
    }
    if view.waiting_for.is_some() {
        lines.push(st.t("track-checking").to_string());
    } else if view.unreachable {
        lines.push(st.t("track-offline").to_string());
    }
    if let Some(cached) = view.status.as_ref().filter(|_| view.waiting_for.is_none()) {
        lines.push(
            st.ta("track-checked", &[("date", ArgValue::Str(&day(&cached.checked_at)))])
                .to_string(),
        );
    }
    lines.join("\n\n").into()
}

/// An answer as the check page shows it, in the visitor's language.
fn display_answer(st: &State, form: &FormDef, q: &onestop::forms::Question, raw: Option<&Json>) -> String {
    let Some(raw) = raw else {
        return st.t("check-not-answered").to_string();
    };
    let opt = |o: &str| st.ft(&form.id, &q.id, Some(&format!("opt-{o}")));
    match q.kind {
        FieldKind::SingleChoice => raw.as_str().map(opt).unwrap_or_default(),
        FieldKind::MultipleChoice => raw
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(opt)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        FieldKind::YesNo => match raw {
            Json::Bool(true) => st.t("yes").to_string(),
            Json::String(v) if v == "yes" => st.t("yes").to_string(),
            _ => st.t("no").to_string(),
        },
        FieldKind::Consent => st.t("consent-agree").to_string(),
        FieldKind::Date => {
            let g = |k: &str| raw.get(k).and_then(Json::as_str).unwrap_or("").trim().to_owned();
            raw.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| format!("{} / {} / {}", g("day"), g("month"), g("year")))
        }
        FieldKind::Address => {
            let g = |k: &str| raw.get(k).and_then(Json::as_str).unwrap_or("").trim().to_owned();
            let street = format!("{} {}", g("house"), g("street"));
            [street.trim().to_owned(), g("town"), g("postcode").to_uppercase()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        }
        _ => raw.as_str().map(str::to_owned).unwrap_or_else(|| raw.to_string()),
    }
}

/// A random session id (never stored beyond the draft row, never shown).
fn uuid_like() -> String {
    onestop::reference::SubmissionId::new().to_string()
}

impl Controller {
    /// Jump straight to a form with given answers, at `question` (or wherever the answers lead):
    /// used by `kiosk snapshot` and tests to reach any screen without tapping through.
    pub fn goto(&self, form_id: &str, answers: onestop::forms::Answers, question: Option<&str>) {
        {
            let mut st = self.state.borrow_mut();
            let Some(form) = st.ctx.forms.get(form_id).cloned() else {
                return;
            };
            let mut walk = Walk::resume(Arc::new(form), answers);
            if let Some(q) = question {
                walk.change(q);
            }
            st.walk = Some(walk);
            st.session_id = uuid_like();
        }
        self.enter_step();
    }

    /// Pretend the visitor has been idle this many seconds (snapshots and tests).
    pub fn set_idle(&self, secs: u64) {
        self.state.borrow_mut().idle_secs = secs;
        self.render_timeout();
    }

    /// Flip the keyboard between the visitor's script and Latin, as the switch key does.
    pub fn switch_script(&self) {
        {
            let mut st = self.state.borrow_mut();
            let locale = st.locale.clone();
            st.layout = st.layout.toggled(&locale);
        }
        self.render_keyboard();
    }
}
