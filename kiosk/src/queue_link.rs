//! The kiosk's seam to the site's queue hub: [`QueueLink`] is all "Take a ticket" needs (the
//! replica of the queue, whether the hub is reachable, and a way to send `Issue`), so the screens
//! do not care how the hub is reached. [`LocalQueue`] is a real in-process [`Engine`] behind the
//! same seam, for tests, snapshots and trying the kiosk without a hub. It stops there: talking
//! WebSocket to a hub is `onestop::queue::link::HubLink`'s job (see [`crate::queue_hub`]).

pub use onestop::queue::link::{QueueLink, Reply};
use onestop::queue::{Command, Engine, QueueConfig, Sequenced};
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// Kiosk-side queue options, from the site's `[queue]` settings once that table exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueKioskOptions {
    /// Offer "I need extra help" (a priority ticket) on the ticket screen. Off by default: a
    /// centre turns it on when its reception agrees to see those visitors first.
    pub extra_help: bool,
}

/// A queue held in this process: a real [`Engine`] that decides and folds with sequence
/// numbers, as the hub does, minus storage and network. `set_connected(false)` makes it behave
/// like an unreachable hub (every command fails with "unavailable").
pub struct LocalQueue {
    engine: RefCell<Arc<Engine>>,
    connected: Cell<bool>,
    clock: Box<dyn Fn() -> i64>,
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
        }
    }

    /// Pretend the hub went away (`false`) or came back.
    pub fn set_connected(&self, connected: bool) {
        self.connected.set(connected);
    }

    /// Carry out `command` now, as the hub would: decide, then fold each event with the next
    /// sequence number. Tests and snapshots also use it to act as a counter.
    pub fn apply(&self, command: &Command) -> Result<Vec<Sequenced>, String> {
        if !self.connected.get() {
            return Err("unavailable: the queue hub cannot be reached".into());
        }
        let now = (self.clock)();
        let mut engine = (**self.engine.borrow()).clone();
        let events = engine.decide(command, now).map_err(|e| format!("refused: {e}"))?;
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

/// Now, in Unix milliseconds.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use onestop::queue::Event;

    #[test]
    fn a_local_queue_numbers_events_and_refuses_when_disconnected() {
        let q = LocalQueue::with_clock(QueueConfig::example(), Box::new(|| 1_700_000_000_000));
        let issue = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
        };
        let first = q.apply(&issue).unwrap();
        assert_eq!(first[0].seq, 1);
        assert!(matches!(&first[0].event, Event::Issued { ticket } if ticket.label == "A001"));
        let refused = q.apply(&Command::Recall { counter: 1 }).unwrap_err();
        assert!(refused.contains("no ticket called"), "{refused}");
        q.set_connected(false);
        assert!(q.apply(&issue).unwrap_err().starts_with("unavailable"));
        assert_eq!(q.engine().seq(), 1, "nothing changed while disconnected or refused");
        assert_eq!(q.view().map(|(_, c)| c), Some(false));
    }
}
