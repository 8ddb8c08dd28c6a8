//! The kiosk's pure app layer: everything the visitor or staff member sees and has typed, as one
//! [`App`] value, changed only by [`update`] with a [`Msg`], which returns the [`Effect`]s for the
//! shell to run. No Slint, no threads, no sockets, no clock: the [`Env`] brings the time, the
//! configuration and what the workers know. The views in [`view`] turn an `App` into plain
//! structs of words, so what a screen shows (and will say) comes from one place.
//!
//! - [`nav`]: the screen, the back stack, the keyboard and scroll decisions.
//! - [`session`]: language, idle count, the [`session::Epoch`].
//! - [`form`], [`track`], [`ticket`], [`card`], [`staff`]: one feature's state and steps each.
//! - [`effect`]: what the shell is asked to do.
//! - [`help`]: "I need help" and its banner.
//! - [`hours`]: whether the site is closed now, and when it opens, in the visitor's words.

pub mod access;
pub mod act;
pub mod address;
pub mod card;
pub mod effect;
pub mod focus;
mod focus_ticket;
pub mod form;
pub mod help;
pub mod hours;
pub mod moves;
pub mod nav;
pub mod rate;
pub mod session;
pub mod sms;
pub mod speak;
pub mod staff;
mod steps_access;
mod steps_card;
mod steps_more;
mod steps_staff;
mod steps_ticket;
mod steps_visit;
pub mod ticket;
pub mod track;
pub mod typing;
mod update;
pub mod view;

#[cfg(test)]
mod script;
#[cfg(test)]
mod script_access;
#[cfg(test)]
mod script_address;
#[cfg(test)]
mod script_help;
#[cfg(test)]
mod script_hours;
#[cfg(test)]
mod script_queue;
#[cfg(test)]
mod script_sms;

pub use effect::Effect;
pub use nav::Screen;
pub use session::Epoch;
pub use update::{Msg, update};

use crate::context::Context;
use onestop::forms::Today;
use std::sync::Arc;

/// The menu entry that opens "Track an enquiry" rather than a form.
pub const TRACK_ID: &str = "__track";
/// The menu entry that opens "Take a ticket" rather than a form.
pub const TICKET_ID: &str = "__ticket";

/// How the visit's printout is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Printout {
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

/// Everything the kiosk shows, and everything typed.
#[derive(Debug, Default)]
pub struct App {
    /// The screen and the way back.
    pub nav: nav::Nav,
    /// This visit's settings and epoch.
    pub session: session::Session,
    /// The on-screen keyboard.
    pub typing: typing::Typing,
    /// The form in progress.
    pub form: form::FormState,
    /// "Track an enquiry".
    pub track: track::TrackState,
    /// "Take a ticket".
    pub ticket: ticket::TicketFlow,
    /// "I need help".
    pub help: help::HelpState,
    /// Signing in with a card.
    pub card: card::CardFlow,
    /// The staff screen (it outlives visits, but not its own closing).
    pub staff: staff::StaffState,
    /// The receipt or ticket printing for this visit.
    pub printout: Printout,
    /// The last number given to a job or a question: never reused, so a late answer is known.
    pub counter: u64,
    /// The keypad, speech and the low layout.
    pub access: access::Access,
    /// What "How was this?" rates.
    pub rate: Option<rate::Rated>,
}

/// What a card reader's provider can do here (from the shell's card desk).
#[derive(Debug, Clone, Copy, Default)]
pub struct CardInfo {
    /// The provider's name (`sip2`, `crm`), or none: cards are only shown to staff.
    pub provider: Option<&'static str>,
    /// Whether a card needs its PIN.
    pub needs_pin: bool,
}

/// What the app reads from outside: configuration, words, the time, and the workers' state.
pub struct Env<'a> {
    /// Configuration, forms and translations.
    pub ctx: &'a Context,
    /// Today, for dates in answers.
    pub today: Today,
    /// Now, in Unix seconds (the staff clock; the opening hours are kept against it).
    pub now: i64,
    /// The local time now, for what is printed.
    pub local_now: time::OffsetDateTime,
    /// The queue's replica, when the hub is reachable; `has_queue` says whether there is one.
    pub queue: Option<Arc<onestop::queue::Engine>>,
    /// Whether this site has a queue at all ("Take a ticket" on the menu).
    pub has_queue: bool,
    /// The queue's kiosk options.
    pub queue_options: crate::queue_link::QueueKioskOptions,
    /// The name this kiosk gives the hub in its hello (its host name), when it gives one.
    pub kiosk_name: Option<String>,
    /// Whether a printer is configured (a receipt can be promised).
    pub printer: bool,
    /// Cards.
    pub card: CardInfo,
    /// Whether "Track an enquiry" can ask the CRM about a sent form.
    pub status_lookup: bool,
    /// Whether the kiosk holds the council's gazetteer (addresses are picked by postcode).
    pub addresses: bool,
}

impl App {
    /// A fresh kiosk at the welcome screen.
    pub fn new(ctx: &Context) -> App {
        let mut app = App {
            staff: staff::StaffState::new(&ctx.config),
            ..App::default()
        };
        app.start_visit(ctx);
        app
    }

    /// The first configured language (the welcome screen greets in it).
    fn first_locale(ctx: &Context) -> String {
        ctx.config
            .kiosk
            .locales
            .first()
            .cloned()
            .unwrap_or_else(|| "en-GB".into())
    }

    fn start_visit(&mut self, ctx: &Context) {
        let locale = Self::first_locale(ctx);
        self.typing = typing::Typing::for_locale(&locale);
        self.session = session::Session {
            locale,
            large_text: ctx.config.kiosk.large_text,
            epoch: self.session.epoch,
            ..Default::default()
        };
        let a = &ctx.config.access;
        self.access = access::Access {
            speaking: a.speech == onestop::config::SpeechStart::Always,
            volume: a.volume,
            low: a.low_layout,
            ..Default::default()
        };
        self.rate = None;
        self.nav.go(Screen::Welcome);
    }

    /// Forget everything about the visit: answers, typed text, card, ticket, language, the staff
    /// screen's contents. A new epoch starts, so late answers for this visit are dropped. The
    /// shell renders every page after this: nothing is cleared by hand.
    pub fn wipe(&mut self, ctx: &Context) -> Vec<Effect> {
        let mut effects = Vec::new();
        if !self.form.session_id.is_empty() {
            effects.push(Effect::DeleteDraft(self.form.session_id.clone()));
        }
        self.form = form::FormState::default();
        self.track = track::TrackState::default();
        self.ticket = ticket::TicketFlow::default();
        self.help = help::HelpState::default();
        self.card.wipe();
        self.staff.lock();
        self.printout = Printout::None;
        // Speech stops with the visit: whatever is being said is cut, and the next visitor
        // starts at the configured volume.
        if self.access.speaking {
            effects.push(Effect::Hush);
        }
        if self.access.volume != ctx.config.access.volume {
            effects.push(Effect::Volume(ctx.config.access.volume));
        }
        self.session.epoch = Epoch(self.session.epoch.0 + 1);
        self.start_visit(ctx);
        effects
    }

    /// Whether a visitor (or staff member) is mid-way through something worth a timeout warning.
    pub fn in_session(&self) -> bool {
        self.nav.screen() != Screen::Welcome || self.form.walk.is_some()
    }

    /// A new number for a job or a question.
    pub fn next_number(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    /// Whether the visit holds anything from a card (its number, or details found or agreed to).
    pub fn holds_card_details(&self) -> bool {
        self.card.holds_details()
    }

    /// Whether the on-screen keyboard shows now.
    pub fn keyboard_shown(&self) -> bool {
        match self.nav.screen() {
            Screen::Question => self
                .form
                .kind()
                .and_then(|k| form::input_kind(k, self.form.part))
                .is_some(),
            s => s.has_keyboard(),
        }
    }
}
