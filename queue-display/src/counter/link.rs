//! The counter desk's seam to the site's queue hub: [`QueueLink`] gives the desk a replica of
//! the queue, whether the hub is reachable, and a way to send this counter's commands.
//! [`LocalQueue`] is a real in-process [`Engine`] behind the same seam (decide, then fold with
//! sequence numbers, as the hub does), for tests, snapshots and `counter --local`. Talking
//! WebSocket to a hub is `onestop::queue::link::HubLink`'s job (`counter --hub`).

pub use onestop::queue::link::{QueueLink, Reply};
use onestop::queue::{Command, Engine, QueueConfig, Sequenced};
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// A queue held in this process, as the hub would hold it, minus storage and network.
pub struct LocalQueue {
    engine: RefCell<Arc<Engine>>,
    connected: Cell<bool>,
    clock: Box<dyn Fn() -> i64>,
}

impl LocalQueue {
    /// An empty queue with `config`, on the system clock.
    pub fn new(config: QueueConfig) -> LocalQueue {
        LocalQueue::with_clock(config, Box::new(super::desk::now_ms))
    }

    /// An empty queue with `config` and its own clock (Unix ms).
    pub fn with_clock(config: QueueConfig, clock: Box<dyn Fn() -> i64>) -> LocalQueue {
        LocalQueue {
            engine: RefCell::new(Arc::new(Engine::new(config))),
            connected: Cell::new(true),
            clock,
        }
    }

    /// Pretend the hub went away (`false`) or came back.
    pub fn set_connected(&self, connected: bool) {
        self.connected.set(connected);
    }

    /// Carry out `command` now, as the hub would. Tests also use it to act as a kiosk.
    pub fn apply(&self, command: &Command) -> Result<Vec<Sequenced>, String> {
        if !self.connected.get() {
            return Err(
                "Not sent: the queue hub cannot be reached. The desk reconnects by itself; try again shortly.".into(),
            );
        }
        let now = (self.clock)();
        let mut engine = (**self.engine.borrow()).clone();
        let events = engine
            .decide(command, now)
            .map_err(|e| format!("The hub refused: {e}."))?;
        let mut out = Vec::with_capacity(events.len());
        for event in events {
            let s = Sequenced {
                seq: engine.seq() + 1,
                at_ms: now,
                event,
            };
            engine.fold(&s);
            out.push(s);
        }
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
}
