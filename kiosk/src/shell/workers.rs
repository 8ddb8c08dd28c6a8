//! The shell's workers and links: the devices' worker (printer, card readers' events), the card
//! lookup's worker, the CRM status lookup, the staff PIN check, the queue link, and the background
//! forwarder's wake and health. Each turns a request into an [`Answer`] sent through the shell's
//! one [`Sink`], which wakes the UI thread once; the shell turns answers into
//! [`crate::app::Msg`]s. None decides anything.

use crate::app::{CardInfo, Epoch};
use crate::queue_link::{QueueKioskOptions, QueueLink};
use onestop::card::CardNumber;
use onestop::card::identity::{Outcome, Pin, Provider};
use onestop::config::Config;
use onestop::staff::PinHash;
use std::rc::Rc;
use std::sync::{Arc, mpsc};

/// The kiosk's one tokio runtime: the CRM status lookup's tasks and the card provider's HTTP
/// lookups run on it (two worker threads; the kiosk's network work is a question at a time).
pub fn io_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("kiosk-io")
        .enable_all()
        .build()
}

/// A worker's answer, on its way to the UI thread.
pub enum Answer {
    /// The printer or a card reader.
    News(crate::devices::News),
    /// A card lookup.
    Card(CardAnswer),
    /// The CRM about a sent form.
    Status(crate::lookup::Answer),
    /// The staff PIN check `n`: right or not.
    StaffPin {
        /// The check.
        n: u64,
        /// Right PIN.
        ok: bool,
    },
}

/// Where every worker sends its answers: one channel, and a wake for the UI thread.
#[derive(Clone)]
pub struct Sink {
    tx: mpsc::Sender<Answer>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Sink {
    /// A sink into `tx` that runs `wake` after each answer.
    pub fn new(tx: mpsc::Sender<Answer>, wake: impl Fn() + Send + Sync + 'static) -> Sink {
        Sink {
            tx,
            wake: Arc::new(wake),
        }
    }

    /// Send one answer and wake the UI thread (nothing when the shell has gone).
    pub fn send(&self, answer: Answer) {
        if self.tx.send(answer).is_ok() {
            (self.wake)();
        }
    }
}

/// A question for the card lookup's worker.
pub(crate) struct CardJob {
    pub(crate) epoch: Epoch,
    pub(crate) ticket: u64,
    pub(crate) card: CardNumber,
    pub(crate) pin: Option<Pin>,
}

/// Its answer.
pub struct CardAnswer {
    pub(crate) epoch: Epoch,
    pub(crate) ticket: u64,
    pub(crate) outcome: Outcome,
}

/// The card provider and the worker that asks it.
#[derive(Default)]
pub struct CardDesk {
    /// The provider's name; none: cards are only shown to staff.
    pub provider: Option<&'static str>,
    /// Whether a card needs its PIN.
    pub needs_pin: bool,
    pub(crate) jobs: Option<mpsc::Sender<CardJob>>,
}

impl CardDesk {
    /// A desk for `provider` (none: cards are only shown to staff), with its worker, which sends
    /// each answer to `sink`.
    pub fn start(provider: Option<Arc<dyn Provider>>, sink: Sink) -> std::io::Result<CardDesk> {
        let Some(provider) = provider else {
            return Ok(CardDesk::default());
        };
        let (jobs, job_rx) = mpsc::channel::<CardJob>();
        let (name, needs_pin) = (provider.name(), provider.needs_pin());
        std::thread::Builder::new().name("card-lookup".into()).spawn(move || {
            while let Ok(job) = job_rx.recv() {
                let outcome = provider.lookup(&job.card, job.pin.as_ref());
                drop(job.pin);
                // Structured for the journal: the card masked, the outcome's kind, never the
                // holder's details or the PIN.
                let state = match &outcome {
                    onestop::card::identity::Outcome::Found(_) => "found",
                    onestop::card::identity::Outcome::WrongPin => "wrong-pin",
                    onestop::card::identity::Outcome::NotFound => "not-found",
                    onestop::card::identity::Outcome::Blocked => "blocked",
                    onestop::card::identity::Outcome::Unreachable(_) => "unreachable",
                };
                tracing::info!(device = name, card = %job.card.masked(), state, "card looked up");
                let answer = CardAnswer {
                    epoch: job.epoch,
                    ticket: job.ticket,
                    outcome,
                };
                sink.send(Answer::Card(answer));
            }
        })?;
        Ok(CardDesk {
            provider: Some(name),
            needs_pin,
            jobs: Some(jobs),
        })
    }
}

/// Everything the shell hands work to.
pub struct Workers {
    /// The printer's worker and the readers' events.
    pub devices: Option<crate::devices::Devices>,
    /// The card provider's worker.
    pub card: CardDesk,
    /// Asks the CRM about sent forms, when it can be asked.
    pub lookup: Option<crate::lookup::StatusLookup>,
    /// The site's queue.
    pub queue: Option<Rc<dyn QueueLink>>,
    /// Its kiosk options.
    pub queue_options: QueueKioskOptions,
    /// The name this kiosk gives the hub in its hello, when it gives one.
    pub kiosk_name: Option<String>,
    /// Wakes the background forwarder ("Send now", "Retry").
    pub forwarder_wake: Option<Arc<tokio::sync::Notify>>,
    /// How the background forwarder is doing.
    pub forwarder_health: Option<Arc<onestop::outbox::forwarder::Health>>,
    /// The staff clock (Unix seconds): tests move it past a lockout.
    pub clock: Rc<dyn Fn() -> i64>,
    /// The staff PIN's hash.
    pub pin_hash: Option<PinHash>,
    /// Speech.
    pub voice: super::voice::Voice,
    /// The council's gazetteer for the address question (tests stand one in).
    pub addresses: Option<Arc<onestop::gazetteer::Shared>>,
}

impl Workers {
    /// None started yet.
    pub fn new(config: &Config) -> Workers {
        Workers {
            devices: None,
            card: CardDesk::default(),
            lookup: None,
            queue: None,
            queue_options: QueueKioskOptions::default(),
            kiosk_name: None,
            forwarder_wake: None,
            forwarder_health: None,
            clock: Rc::new(|| time::OffsetDateTime::now_utc().unix_timestamp()),
            pin_hash: config.staff.pin(),
            voice: super::voice::Voice::new(&config.access),
            addresses: None,
        }
    }

    /// The queue's replica, when the hub is reachable.
    pub fn queue_view(&self) -> Option<Arc<onestop::queue::Engine>> {
        let link = self.queue.as_ref()?;
        link.view().filter(|(_, connected)| *connected).map(|(e, _)| e)
    }

    /// What the card provider can do.
    pub fn card_info(&self) -> CardInfo {
        CardInfo {
            provider: self.card.provider,
            needs_pin: self.card.needs_pin,
        }
    }
}

impl super::Shell {
    /// Start using the devices' worker and the card desk.
    pub fn set_devices(self: &std::rc::Rc<Self>, devices: crate::devices::Devices, card: CardDesk) {
        {
            let mut w = self.workers.borrow_mut();
            w.devices = Some(devices);
            w.card = card;
        }
        self.render();
    }

    /// From now on "Track an enquiry" asks the CRM about sent forms.
    pub fn set_status_lookup(&self, lookup: crate::lookup::StatusLookup) {
        self.workers.borrow_mut().lookup = Some(lookup);
    }

    /// Connect "Take a ticket" to the site's queue. Without this the menu has no ticket card.
    pub fn set_queue(&self, link: Rc<dyn QueueLink>, options: QueueKioskOptions) {
        {
            let mut w = self.workers.borrow_mut();
            w.queue = Some(link);
            w.queue_options = options;
        }
        self.render();
    }

    /// The name this kiosk gives the hub in its hello: its own call for help is found by it.
    pub fn set_kiosk_name(&self, name: Option<String>) {
        self.workers.borrow_mut().kiosk_name = name;
    }

    /// "Send now" and "Retry" wake the background forwarder through this.
    pub fn set_forwarder_wake(&self, wake: Arc<tokio::sync::Notify>) {
        self.workers.borrow_mut().forwarder_wake = Some(wake);
    }

    /// The staff screen shows the background forwarder's own faults and restarts from this.
    pub fn set_forwarder_health(&self, health: Arc<onestop::outbox::forwarder::Health>) {
        self.workers.borrow_mut().forwarder_health = Some(health);
    }

    /// Use this clock (Unix seconds) for the staff lockout and the opening hours: tests jump past
    /// a lock, or to opening time, with it.
    pub fn set_staff_clock(&self, clock: impl Fn() -> i64 + 'static) {
        self.workers.borrow_mut().clock = Rc::new(clock);
    }
}
