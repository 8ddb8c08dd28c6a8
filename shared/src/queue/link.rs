//! The seam between a queue screen (the kiosk's "Take a ticket", the counter desk) and the hub:
//! [`QueueLink`], and [`HubLink`], its real implementation over [`super::Client`]. Screens run
//! on a UI thread that must never wait, so a command's answer comes back later through a
//! [`Reply`] run on that same thread: the client's task hands the result over a channel, calls
//! the screen's `wake` (which asks the UI loop to run [`pump_all`]), and `pump_all` runs the
//! reply there. [`LocalQueue`] is a real in-process [`Engine`] behind the same seam, for UI
//! tests, snapshots and trying a screen without a hub. No UI toolkit is named here.

use super::client::{Client, ClientError, Done};
use super::config::QueueConfig;
use super::engine::{Command, Engine, Sequenced};
use super::protocol::{BoardReport, ErrorCode, Hello};
use super::sms::Phone;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::{Arc, mpsc};

/// A command's outcome, run on the UI thread: the events the hub stored, or why not (each
/// screen words that for its own readers).
pub type Reply = Box<dyn FnOnce(Result<Vec<Sequenced>, ClientError>)>;

/// An issue's outcome, run on the UI thread: with the events, the ticket's mobile page address
/// when the hub serves them.
pub type IssueReply = Box<dyn FnOnce(Result<Done, ClientError>)>;

/// An `sms` request's outcome, run on the UI thread.
pub type SmsReply = Box<dyn FnOnce(Result<(), ClientError>)>;

/// The answer of a hub that sends no texts.
fn sms_off() -> ClientError {
    ClientError::Rejected {
        code: ErrorCode::SmsOff,
        message: "this hub sends no queue texts".into(),
    }
}

/// A screen's view of the queue hub.
pub trait QueueLink {
    /// The latest replica and whether the hub is reachable now; `None` before the first
    /// snapshot arrived.
    fn view(&self) -> Option<(Arc<Engine>, bool)>;
    /// Send `command`; `reply` runs later, or at once, on the UI thread.
    fn send(&self, command: Command, reply: Reply);
    /// Send an `issue`; the reply also has the ticket's mobile page address, if any.
    fn issue(&self, command: Command, reply: IssueReply) {
        self.send(
            command,
            Box::new(move |r| {
                reply(r.map(|events| Done {
                    events,
                    ticket_url: None,
                }))
            }),
        );
    }
    /// The boards the hub knows and what they report (for counters).
    fn boards(&self) -> Vec<BoardReport> {
        Vec::new()
    }
    /// Ask the hub to text `phone` about `ticket` (the visitor agreed: consent is sent). By
    /// default the link sends no texts and answers `sms-off`.
    fn sms(&self, ticket: u64, phone: String, reply: SmsReply) {
        let _ = (ticket, phone);
        reply(Err(sms_off()));
    }
}

impl<T: QueueLink + ?Sized> QueueLink for Rc<T> {
    fn view(&self) -> Option<(Arc<Engine>, bool)> {
        (**self).view()
    }

    fn boards(&self) -> Vec<BoardReport> {
        (**self).boards()
    }

    fn send(&self, command: Command, reply: Reply) {
        (**self).send(command, reply)
    }

    fn issue(&self, command: Command, reply: IssueReply) {
        (**self).issue(command, reply)
    }

    fn sms(&self, ticket: u64, phone: String, reply: SmsReply) {
        (**self).sms(ticket, phone, reply)
    }
}

type Answer = (u64, Result<Done, ClientError>);

/// The hub, reached over WebSocket by a [`Client`] on a small runtime of its own, or on one the
/// caller lends (the kiosk's one runtime).
pub struct HubLink {
    /// The runtime made for this link, if it was not lent one (kept alive with the link).
    _own: Option<tokio::runtime::Runtime>,
    runtime: tokio::runtime::Handle,
    client: Client,
    answers_tx: mpsc::Sender<Answer>,
    answers: mpsc::Receiver<Answer>,
    pending: RefCell<HashMap<u64, IssueReply>>,
    next: std::cell::Cell<u64>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

thread_local! {
    /// The links created on this (UI) thread, for [`pump_all`].
    static LINKS: RefCell<Vec<Weak<HubLink>>> = const { RefCell::new(Vec::new()) };
}

/// Run the replies that have arrived for every [`HubLink`] made on this thread. The UI calls it
/// when woken (e.g. from `slint::invoke_from_event_loop`), and may call it any time.
pub fn pump_all() {
    let links: Vec<Rc<HubLink>> = LINKS.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|w| w.strong_count() > 0);
        l.iter().filter_map(Weak::upgrade).collect()
    });
    for link in links {
        link.pump();
    }
}

impl HubLink {
    /// Start connecting to the hub at `url` as `hello` says. `wake` runs on a background thread
    /// each time an answer arrives; it should make the UI thread call [`pump_all`].
    pub fn start(url: &str, hello: Hello, wake: impl Fn() + Send + Sync + 'static) -> std::io::Result<Rc<HubLink>> {
        let own = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("queue-link")
            .enable_all()
            .build()?;
        let handle = own.handle().clone();
        Ok(Self::start_with(Some(own), handle, url, hello, wake))
    }

    /// [`Self::start`], on `runtime` rather than one of its own.
    pub fn start_on(
        runtime: tokio::runtime::Handle,
        url: &str,
        hello: Hello,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> Rc<HubLink> {
        Self::start_with(None, runtime, url, hello, wake)
    }

    fn start_with(
        own: Option<tokio::runtime::Runtime>,
        runtime: tokio::runtime::Handle,
        url: &str,
        hello: Hello,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> Rc<HubLink> {
        let client = {
            let _entered = runtime.enter();
            Client::connect(url, hello)
        };
        let (answers_tx, answers) = mpsc::channel();
        let link = Rc::new(HubLink {
            _own: own,
            runtime,
            client,
            answers_tx,
            answers,
            pending: RefCell::new(HashMap::new()),
            next: std::cell::Cell::new(1),
            wake: Arc::new(wake),
        });
        LINKS.with(|l| l.borrow_mut().push(Rc::downgrade(&link)));
        link
    }

    /// The client, e.g. for a board's live events.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Run the replies that have arrived.
    pub fn pump(&self) {
        for (id, result) in self.answers.try_iter() {
            let reply = self.pending.borrow_mut().remove(&id);
            if let Some(reply) = reply {
                reply(result);
            }
        }
    }
}

impl QueueLink for HubLink {
    fn boards(&self) -> Vec<BoardReport> {
        self.client.boards().borrow().clone()
    }

    fn view(&self) -> Option<(Arc<Engine>, bool)> {
        let view = self.client.view().borrow().clone();
        view.engine.map(|e| (e, view.connected))
    }

    fn send(&self, command: Command, reply: Reply) {
        self.issue(command, Box::new(move |r| reply(r.map(|d| d.events))));
    }

    fn issue(&self, command: Command, reply: IssueReply) {
        let id = self.next.get();
        self.next.set(id + 1);
        self.pending.borrow_mut().insert(id, reply);
        let (client, tx, wake) = (self.client.clone(), self.answers_tx.clone(), self.wake.clone());
        self.runtime.spawn(async move {
            let result = client.command_done(command).await;
            if tx.send((id, result)).is_ok() {
                wake();
            }
        });
    }

    fn sms(&self, ticket: u64, phone: String, reply: SmsReply) {
        let id = self.next.get();
        self.next.set(id + 1);
        self.pending
            .borrow_mut()
            .insert(id, Box::new(move |r| reply(r.map(|_| ()))));
        let (client, tx, wake) = (self.client.clone(), self.answers_tx.clone(), self.wake.clone());
        self.runtime.spawn(async move {
            let result = client.sms(ticket, &phone).await.map(|()| Done {
                events: Vec::new(),
                ticket_url: None,
            });
            drop(phone);
            if tx.send((id, result)).is_ok() {
                wake();
            }
        });
    }
}

/// A queue held in this process: a real [`Engine`] that decides and folds with sequence
/// numbers, as the hub does, minus storage and network. `set_connected(false)` makes it behave
/// like an unreachable hub (every command fails with "unavailable").
pub struct LocalQueue {
    engine: RefCell<Arc<Engine>>,
    connected: Cell<bool>,
    clock: Box<dyn Fn() -> i64>,
    /// Mobile page addresses for issued tickets, as a hub serving them gives.
    pages: RefCell<Option<super::server::MobileHub>>,
    /// Whether it sends texts ([`LocalQueue::with_texts`]).
    texts: Cell<bool>,
    /// The numbers given for texts, by ticket id, normalised (a second replaces the first).
    phones: RefCell<Vec<(u64, Phone)>>,
}

impl LocalQueue {
    /// An empty queue with `config`, on the system clock.
    pub fn new(config: QueueConfig) -> LocalQueue {
        LocalQueue::with_clock(config, Box::new(now_ms))
    }

    /// An empty queue with `config` and its own clock (Unix ms), so tests control time.
    pub fn with_clock(config: QueueConfig, clock: Box<dyn Fn() -> i64>) -> LocalQueue {
        LocalQueue {
            engine: RefCell::new(Arc::new(Engine::new(config))),
            connected: Cell::new(true),
            clock,
            pages: RefCell::new(None),
            texts: Cell::new(false),
            phones: RefCell::new(Vec::new()),
        }
    }

    /// Send texts (`true`: numbers are checked and kept, see [`Self::phones`]) or answer
    /// `sms-off`, as a hub without Notify does (the default).
    pub fn with_texts(self, texts: bool) -> LocalQueue {
        self.texts.set(texts);
        self
    }

    /// The numbers given for texts, by ticket id, normalised to `+447…` (for tests; `Debug`
    /// shows no number).
    pub fn phones(&self) -> Vec<(u64, Phone)> {
        self.phones.borrow().clone()
    }

    /// Give issued tickets mobile page addresses, as a hub serving them does.
    pub fn with_pages(self, pages: super::server::MobileHub) -> LocalQueue {
        *self.pages.borrow_mut() = Some(pages);
        self
    }

    /// Pretend the hub went away (`false`) or came back.
    pub fn set_connected(&self, connected: bool) {
        self.connected.set(connected);
    }

    /// Carry out `command` now, as the hub would: decide, then fold each event with the next
    /// sequence number. Tests and snapshots also use it to act as a counter.
    pub fn apply(&self, command: &Command) -> Result<Vec<Sequenced>, ClientError> {
        if !self.connected.get() {
            return Err(ClientError::Unavailable);
        }
        let now = (self.clock)();
        let mut engine = (**self.engine.borrow()).clone();
        let out = engine.apply(command, now).map_err(ClientError::Refused)?;
        *self.engine.borrow_mut() = Arc::new(engine);
        Ok(out)
    }

    /// The current state.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine.borrow().clone()
    }
}

impl QueueLink for LocalQueue {
    fn view(&self) -> Option<(Arc<Engine>, bool)> {
        Some((self.engine(), self.connected.get()))
    }

    fn send(&self, command: Command, reply: Reply) {
        reply(self.apply(&command));
    }

    fn issue(&self, command: Command, reply: IssueReply) {
        reply(self.apply(&command).map(|events| {
            let ticket_url = self.pages.borrow().as_ref().and_then(|p| {
                events.iter().find_map(|s| match &s.event {
                    super::engine::Event::Issued { ticket } => Some(p.url(ticket.id)),
                    _ => None,
                })
            });
            Done { events, ticket_url }
        }));
    }

    fn sms(&self, ticket: u64, phone: String, reply: SmsReply) {
        reply(self.take_phone(ticket, Phone::new(phone)));
    }
}

impl LocalQueue {
    /// What the hub does with an `sms` request, minus sealing and sending.
    fn take_phone(&self, ticket: u64, phone: Phone) -> Result<(), ClientError> {
        if !self.connected.get() {
            return Err(ClientError::Unavailable);
        }
        if !self.texts.get() {
            return Err(sms_off());
        }
        let bad = |message: &str| ClientError::Rejected {
            code: ErrorCode::BadMessage,
            message: message.into(),
        };
        let phone = phone.uk_mobile().map_err(bad)?;
        let waiting = self
            .engine()
            .ticket(ticket)
            .is_some_and(|t| matches!(t.state, super::TicketState::Waiting));
        if !waiting {
            return Err(bad("that ticket is not waiting"));
        }
        let mut phones = self.phones.borrow_mut();
        phones.retain(|(t, _)| *t != ticket);
        phones.push((ticket, phone));
        Ok(())
    }
}

/// Now, in Unix milliseconds.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::Event;

    #[test]
    fn a_local_queue_numbers_events_and_refuses_when_disconnected() {
        let q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000));
        let issue = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        let first = q.apply(&issue).unwrap();
        assert_eq!(first[0].seq, 1);
        assert!(matches!(&first[0].event, Event::Issued { ticket } if ticket.label == "A001"));
        let refused = q.apply(&Command::Recall { counter: 1 }).unwrap_err();
        assert_eq!(refused, ClientError::Refused(crate::queue::QueueError::Idle(1)));
        q.set_connected(false);
        assert_eq!(q.apply(&issue).unwrap_err(), ClientError::Unavailable);
        assert_eq!(q.engine().seq(), 1, "nothing changed while disconnected or refused");
        assert_eq!(q.view().map(|(_, c)| c), Some(false));
    }

    fn sms_answer(q: &LocalQueue, ticket: u64, phone: &str) -> Result<(), ClientError> {
        let out = Rc::new(RefCell::new(None));
        let o = out.clone();
        q.sms(ticket, phone.into(), Box::new(move |r| *o.borrow_mut() = Some(r)));
        out.take().expect("a local queue answers at once")
    }

    fn code(r: Result<(), ClientError>) -> Option<ErrorCode> {
        match r {
            Err(ClientError::Rejected { code, .. }) => Some(code),
            _ => None,
        }
    }

    #[test]
    fn a_local_queue_keeps_uk_mobiles_for_waiting_tickets_only_when_texts_are_on() {
        let issue = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        let off = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000));
        off.apply(&issue).unwrap();
        assert_eq!(code(sms_answer(&off, 1, "07700 900123")), Some(ErrorCode::SmsOff));
        assert!(off.phones().is_empty());

        let q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000)).with_texts(true);
        q.apply(&issue).unwrap();
        assert_eq!(code(sms_answer(&q, 1, "12345")), Some(ErrorCode::BadMessage));
        assert_eq!(
            code(sms_answer(&q, 99, "07700 900123")),
            Some(ErrorCode::BadMessage),
            "no such ticket"
        );
        assert!(q.phones().is_empty());
        assert_eq!(sms_answer(&q, 1, "07700 900123"), Ok(()));
        assert_eq!(sms_answer(&q, 1, "+44 7700-900124"), Ok(()));
        let phones = q.phones();
        assert_eq!(phones.len(), 1, "a second number replaces the first");
        assert_eq!(phones[0].0, 1);
        assert_eq!(phones[0].1.expose(), "+447700900124");
        assert!(!format!("{phones:?}").contains("7700"), "Debug shows no number");
        q.set_connected(false);
        assert_eq!(sms_answer(&q, 1, "07700 900123"), Err(ClientError::Unavailable));
    }

    #[test]
    fn a_link_sends_no_texts_by_default() {
        struct Bare;
        impl QueueLink for Bare {
            fn view(&self) -> Option<(Arc<Engine>, bool)> {
                None
            }
            fn send(&self, _: Command, reply: Reply) {
                reply(Err(ClientError::Unavailable));
            }
        }
        let out = Rc::new(RefCell::new(None));
        let o = out.clone();
        Bare.sms(1, "07700 900123".into(), Box::new(move |r| *o.borrow_mut() = Some(r)));
        assert_eq!(code(out.take().unwrap()), Some(ErrorCode::SmsOff));
    }
}
