//! A hub in miniature, in-process: a real [`Engine`] that numbers and folds its own events.
//! `queue-display board --demo` runs a day's cycle on it (tickets issued, called, recalled,
//! served, and now and then the connection "lost"), so the board can be seen and heard without
//! a hub; the snapshots and UI tests build their scenes with it.

use super::feed::BoardInput;
use onestop::queue::{Command, Engine, QueueConfig, Sequenced};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// An engine that numbers its events, as the hub does.
pub struct Hub {
    /// The state.
    pub engine: Engine,
    /// Every event so far.
    pub log: Vec<Sequenced>,
    /// The hub's clock (Unix ms).
    pub now: i64,
}

impl Default for Hub {
    fn default() -> Hub {
        Hub {
            engine: Engine::new(QueueConfig::example()),
            log: Vec::new(),
            now: 1_767_600_000_000,
        }
    }
}

impl Hub {
    /// Carry out `command` `minutes` after the last one; the events it caused (none if refused).
    pub fn run(&mut self, minutes: i64, command: Command) -> Vec<Sequenced> {
        self.now += minutes * 60_000;
        let Ok(out) = self.engine.apply(&command, self.now) else {
            return Vec::new();
        };
        self.log.extend(out.iter().cloned());
        out
    }

    /// Issue a walk-in ticket for `service`.
    pub fn issue(&mut self, service: &str) -> Vec<Sequenced> {
        self.run(
            1,
            Command::Issue {
                service: service.into(),
                priority: false,
                appointment: None,
                also: Vec::new(),
                locale: None,
            },
        )
    }

    /// A morning at the example site: 41 housing visitors served at counter 1, a queue for each
    /// service, B001 being served at counter 2, C001 and then A042 called (at counters 3 and 1).
    pub fn morning() -> Hub {
        let mut h = Hub::default();
        for _ in 0..41 {
            h.issue("housing");
            h.run(1, Command::CallNext { counter: 1 });
            h.run(1, Command::Start { counter: 1 });
            h.run(6, Command::Finish { counter: 1 });
        }
        for s in [
            "housing",
            "housing",
            "housing",
            "council-tax",
            "council-tax",
            "general",
            "general",
        ] {
            h.issue(s);
        }
        h.run(1, Command::CallNext { counter: 2 });
        h.run(1, Command::Start { counter: 2 });
        h.run(1, Command::CallNext { counter: 3 });
        h.run(1, Command::CallNext { counter: 1 });
        h
    }
}

/// Start the demo cycle on `rt`: a call or a change every `step`, a lost connection for a
/// while every twelve steps. The channels are the ones the hub client gives.
pub fn start(
    rt: &tokio::runtime::Handle,
    step: Duration,
) -> (watch::Receiver<BoardInput>, broadcast::Receiver<Sequenced>) {
    let mut hub = Hub::morning();
    let (view_tx, view_rx) = watch::channel(BoardInput {
        engine: Some(Arc::new(hub.engine.clone())),
        connected: true,
    });
    let (ev_tx, ev_rx) = broadcast::channel(256);
    rt.spawn(async move {
        let services = ["housing", "council-tax", "general"];
        for round in 0u64.. {
            tokio::time::sleep(step).await;
            let counter = (round % 3) as u32 + 1;
            let mut events = hub.issue(services[(round % 3) as usize]);
            events.extend(match round % 4 {
                // A visitor who does not come hears their number again.
                3 => hub.run(1, Command::Recall { counter }),
                _ => {
                    let mut e = hub.run(1, Command::Finish { counter });
                    e.extend(hub.run(1, Command::Start { counter }));
                    e.extend(hub.run(0, Command::Finish { counter }));
                    e.extend(hub.run(0, Command::CallNext { counter }));
                    e
                }
            });
            // While "disconnected" the board keeps the state it last had, as with a real hub.
            let connected = round % 12 < 10;
            let engine = match connected {
                true => Some(Arc::new(hub.engine.clone())),
                false => view_tx.borrow().engine.clone(),
            };
            view_tx.send_replace(BoardInput { engine, connected });
            if connected {
                for e in events {
                    let _ = ev_tx.send(e);
                }
            }
            if view_tx.is_closed() {
                break;
            }
        }
    });
    (view_rx, ev_rx)
}
