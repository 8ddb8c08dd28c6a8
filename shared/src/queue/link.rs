//! The seam between a queue screen (the kiosk's "Take a ticket", the counter desk) and the hub:
//! [`QueueLink`], and [`HubLink`], its real implementation over [`super::Client`]. Screens run
//! on a UI thread that must never wait, so a command's answer comes back later through a
//! [`Reply`] run on that same thread: the client's task hands the result over a channel, calls
//! the screen's `wake` (which asks the UI loop to run [`pump_all`]), and `pump_all` runs the
//! reply there. No UI toolkit is named here.

use super::client::{Client, ClientError};
use super::engine::{Command, Engine, Sequenced};
use super::protocol::Hello;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::{Arc, mpsc};

/// A command's outcome, run on the UI thread: the events the hub stored, or what went wrong in
/// words for staff and logs (a visitor never sees these words).
pub type Reply = Box<dyn FnOnce(Result<Vec<Sequenced>, String>)>;

/// A screen's view of the queue hub.
pub trait QueueLink {
    /// The latest replica and whether the hub is reachable now; `None` before the first
    /// snapshot arrived.
    fn view(&self) -> Option<(Arc<Engine>, bool)>;
    /// Send `command`; `reply` runs later, or at once, on the UI thread.
    fn send(&self, command: Command, reply: Reply);
}

impl<T: QueueLink + ?Sized> QueueLink for Rc<T> {
    fn view(&self) -> Option<(Arc<Engine>, bool)> {
        (**self).view()
    }

    fn send(&self, command: Command, reply: Reply) {
        (**self).send(command, reply)
    }
}

type Answer = (u64, Result<Vec<Sequenced>, String>);

/// The hub, reached over WebSocket by a [`Client`] on a small runtime of its own.
pub struct HubLink {
    runtime: tokio::runtime::Runtime,
    client: Client,
    answers_tx: mpsc::Sender<Answer>,
    answers: mpsc::Receiver<Answer>,
    pending: RefCell<HashMap<u64, Reply>>,
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
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("queue-link")
            .enable_all()
            .build()?;
        let client = {
            let _entered = runtime.enter();
            Client::connect(url, hello)
        };
        let (answers_tx, answers) = mpsc::channel();
        let link = Rc::new(HubLink {
            runtime,
            client,
            answers_tx,
            answers,
            pending: RefCell::new(HashMap::new()),
            next: std::cell::Cell::new(1),
            wake: Arc::new(wake),
        });
        LINKS.with(|l| l.borrow_mut().push(Rc::downgrade(&link)));
        Ok(link)
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
    fn view(&self) -> Option<(Arc<Engine>, bool)> {
        let view = self.client.view().borrow().clone();
        view.engine.map(|e| (e, view.connected))
    }

    fn send(&self, command: Command, reply: Reply) {
        let id = self.next.get();
        self.next.set(id + 1);
        self.pending.borrow_mut().insert(id, reply);
        let (client, tx, wake) = (self.client.clone(), self.answers_tx.clone(), self.wake.clone());
        self.runtime.spawn(async move {
            let result = client.command(command).await.map_err(|e| match e {
                ClientError::Unavailable => format!("unavailable: {e}"),
                other => other.to_string(),
            });
            if tx.send((id, result)).is_ok() {
                wake();
            }
        });
    }
}
