//! The imperative shell around the pure [`crate::app`]: the only code that touches Slint. It owns
//! the database (the "Send" commit stays synchronous, so a confirmation only follows a commit),
//! the window, the timers and the workers. [`Shell::dispatch`] is the one way in: update the app,
//! run the effects (whose answers come back as more messages), then render every page whole.
//!
//! - [`bind`]: one binder per page: callbacks to messages, and the page's view to its adapter.
//! - [`keys`]: keys from a physical keyboard or a scanner (card scans told from typing).
//! - [`effects`]: running an [`Effect`] against the database and the workers.
//! - [`voice`]: speech, started the first time something is said.
//! - [`workers`]: the devices, the card lookup, the status lookup, the queue, the forwarder.

pub mod bind;
mod effects;
pub mod keys;
pub mod voice;
pub mod workers;

use crate::app::{self, App, Env, Msg};
use crate::context::Context;
use crate::ui::KioskWindow;
use onestop::store::Store;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The shell: the app, the database, the window and the workers.
pub struct Shell {
    /// The app's whole state (tests and snapshots read and set it directly).
    pub app: RefCell<App>,
    pub(crate) ctx: Rc<Context>,
    store: RefCell<Store>,
    window: slint::Weak<KioskWindow>,
    /// The workers and links (tests and snapshots stand some in).
    pub workers: RefCell<workers::Workers>,
    keys: RefCell<keys::Keys>,
    /// Types keys held back as a possible scan once no scanner could still be sending them.
    flush: slint::Timer,
    taps: keys::Taps,
    /// Every worker's answers, in one channel; [`Shell::sink`] hands out its other end.
    inbox: std::sync::mpsc::Receiver<workers::Answer>,
    sink: workers::Sink,
    queue: RefCell<VecDeque<Msg>>,
    busy: Cell<bool>,
    rendered_scroll: Cell<u64>,
}

impl Shell {
    /// Wire every callback of `window` to a new shell and show the welcome screen.
    pub fn setup(window: &KioskWindow, ctx: Rc<Context>, store: Store) -> Rc<Shell> {
        let (tx, inbox) = std::sync::mpsc::channel();
        let weak = slint::ComponentHandle::as_weak(window);
        // One wake for every worker: the UI thread then collects whatever has arrived.
        let sink = workers::Sink::new(tx, move || {
            let _ = weak
                .upgrade_in_event_loop(|w| slint::ComponentHandle::global::<crate::ui::Devices>(&w).invoke_arrived());
        });
        let shell = Rc::new(Shell {
            app: RefCell::new(App::new(&ctx)),
            workers: RefCell::new(workers::Workers::new(&ctx.config)),
            ctx,
            store: RefCell::new(store),
            window: slint::ComponentHandle::as_weak(window),
            keys: RefCell::default(),
            flush: slint::Timer::default(),
            taps: keys::Taps::default(),
            inbox,
            sink,
            queue: RefCell::default(),
            busy: Cell::new(false),
            rendered_scroll: Cell::new(u64::MAX),
        });
        // The council's gazetteer, once `kiosk addresses import` has made one; a new import is
        // picked up at the next visit's lookup.
        shell.workers.borrow_mut().addresses = Some(std::sync::Arc::new(onestop::gazetteer::Shared::new(
            &shell.ctx.data_dir.join(onestop::gazetteer::FILE_NAME),
        )));
        bind::wire(&shell, window);
        shell.render();
        shell
    }

    /// What the app reads from outside, now.
    fn env(&self) -> Env<'_> {
        let w = self.workers.borrow();
        let now = (w.clock)();
        Env {
            ctx: &self.ctx,
            today: onestop::forms::Today::now(),
            now,
            local_now: crate::clock::local_now(),
            queue: w.queue_view(),
            has_queue: w.queue.is_some(),
            queue_options: w.queue_options,
            kiosk_name: w.kiosk_name.clone(),
            printer: w.devices.as_ref().is_some_and(|d| d.printer_configured()),
            card: w.card_info(),
            status_lookup: w.lookup.is_some(),
            addresses: w.addresses.as_ref().is_some_and(|g| matches!(g.current(), Ok(Some(_)))),
        }
    }

    /// Handle `msg`: update the app, run what it asks (answers are handled in turn), render.
    pub fn dispatch(self: &Rc<Self>, msg: Msg) {
        self.queue.borrow_mut().push_back(msg);
        // A message dispatched while one is handled (a worker's answer run synchronously) waits
        // its turn in the queue.
        if self.busy.replace(true) {
            return;
        }
        let epoch = self.app.borrow().session.epoch;
        loop {
            let Some(msg) = self.queue.borrow_mut().pop_front() else {
                break;
            };
            let fx = {
                let env = self.env();
                app::update(&mut self.app.borrow_mut(), msg, &env)
            };
            for effect in fx {
                self.run(effect);
            }
        }
        self.busy.set(false);
        if self.app.borrow().session.epoch != epoch {
            // A new visit: keys held back from the last one are dropped with it.
            self.keys.borrow_mut().wipe();
        }
        self.render();
    }

    /// Copy every page's view to the window.
    pub fn render(&self) {
        let Some(w) = self.window.upgrade() else { return };
        let env = self.env();
        let app = self.app.borrow();
        let scroll = bind::render(&w, &app, &env);
        if self.rendered_scroll.replace(scroll) != scroll {
            w.invoke_scroll_top();
        }
    }

    /// Where workers send their answers (the readers, lookups and checks started beside it).
    pub fn sink(&self) -> workers::Sink {
        self.sink.clone()
    }

    /// Use the kiosk's database directly (snapshots and tests set up states with it).
    pub fn with_store<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&self.store.borrow())
    }

    /// Put the real database in place of the stand-in the kiosk started on (a full disk at
    /// start); the visitor on screen carries on.
    pub fn replace_store(&self, store: Store) {
        *self.store.borrow_mut() = store;
    }

    /// End the visit: wipe it and return to welcome.
    pub fn finish(self: &Rc<Self>) {
        self.dispatch(Msg::Finish);
    }

    /// Switch language, as a language button does.
    pub fn choose_language(self: &Rc<Self>, tag: &str) {
        self.dispatch(Msg::ChooseLanguage(tag.to_owned()));
    }

    /// Called every second by the idle timer: warn, then wipe.
    pub fn tick(self: &Rc<Self>) {
        if let Some(typed) = self.keys.borrow_mut().idle() {
            self.dispatch(Msg::Typed(typed));
        }
        self.dispatch(Msg::Tick);
    }

    /// Keys held back as a possible card scan are typed a moment after the last one, when no
    /// scanner could still be sending (its keys come a few milliseconds apart), rather than at
    /// the next one-second tick.
    fn flush_keys_soon(self: &Rc<Self>) {
        if !self.keys.borrow().holding() {
            return;
        }
        let weak = Rc::downgrade(self);
        self.flush
            .start(slint::TimerMode::SingleShot, keys::FLUSH_AFTER, move || {
                if let Some(shell) = weak.upgrade() {
                    let typed = shell.keys.borrow_mut().idle();
                    if let Some(typed) = typed {
                        shell.dispatch(Msg::Typed(typed));
                    }
                    // Held keys whose gap has not passed yet (a slow clock): try again.
                    shell.flush_keys_soon();
                }
            });
    }

    /// Jump to a form with given answers, at `question` (snapshots and tests).
    pub fn goto(self: &Rc<Self>, form_id: &str, answers: onestop::forms::Answers, question: Option<&str>) {
        {
            let env = self.env();
            self.app.borrow_mut().goto(&env, form_id, answers, question);
        }
        self.render();
    }

    /// Pretend the visitor has been idle this many seconds (snapshots and tests).
    pub fn set_idle(&self, secs: u64) {
        self.app.borrow_mut().session.idle_secs = secs;
        self.render();
    }

    /// Whether the visit holds anything from a card.
    pub fn holds_card_details(&self) -> bool {
        self.app.borrow().holds_card_details()
    }
}
