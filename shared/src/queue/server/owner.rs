//! The one thread that owns the [`Engine`] and the [`QueueStore`]: commands arrive over a
//! channel and are decided one after another, their events are committed to the log, and only
//! then folded for good, broadcast and answered. Commands that queue up while a commit runs are
//! decided and committed together (group commit), which is what makes the hub fast with fsync on.
//! It also starts a new day at `reset_at`. Talking WebSocket is `connection`'s job.

use super::settings::Clock;
use crate::queue::engine::{Command, Engine, Event, QueueError, Sequenced};
use crate::queue::protocol::{HubMessage, to_frame};
use crate::queue::store::{QueueStore, QueueStoreError};
use axum::extract::ws::Utf8Bytes;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::{broadcast, mpsc, oneshot};

/// One event as sent to every client: serialised once, shared by all.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub seq: u64,
    pub text: Utf8Bytes,
}

/// Why a command was not carried out.
#[derive(Debug)]
pub(crate) enum Refusal {
    Engine(QueueError),
    Unavailable(String),
}

/// Where a command's outcome goes.
pub(crate) type Answer = oneshot::Sender<Result<Vec<Sequenced>, Refusal>>;

/// What the owner is asked.
pub(crate) enum Msg {
    Command {
        command: Command,
        reply: Answer,
    },
    /// A welcome frame for the state now, with its seq.
    Snapshot {
        reply: oneshot::Sender<Frame>,
    },
    /// The whole engine as stored (for the mobile pages' replica).
    Engine {
        reply: oneshot::Sender<Engine>,
    },
    /// One ticket as stored (for a kiosk's `sms`), `None` when it is not today's.
    Ticket {
        id: u64,
        reply: oneshot::Sender<Option<crate::queue::engine::Ticket>>,
    },
    /// The figures for a metrics scrape, of what is stored.
    Figures {
        reply: oneshot::Sender<crate::metrics::hub::HubFigures>,
    },
    /// Look whether the day is over.
    Tick,
    /// Beat the watchdog's heartbeat: this thread is alive and its queue drains.
    Beat,
    /// Finish what is queued and stop.
    Stop,
}

/// Most commands decided in one commit.
const BATCH: usize = 256;

pub(crate) struct Owner {
    pub engine: Engine,
    pub store: QueueStore,
    pub clock: Clock,
    pub events: broadcast::Sender<Frame>,
    pub seq: Arc<AtomicU64>,
    /// When the last event happened and whether it was a new day.
    pub last: Option<(i64, bool)>,
    /// Beaten at each [`Msg::Beat`] (systemd's watchdog, under `queue-display serve`).
    pub heartbeat: Option<Arc<crate::systemd::Heartbeat>>,
}

impl Owner {
    /// Serve `rx` until [`Msg::Stop`] or every sender is gone. An error means the log cannot be
    /// written *or* read back, so the hub must stop rather than guess its state.
    pub fn run(mut self, mut rx: mpsc::Receiver<Msg>) -> Result<(), QueueStoreError> {
        let mut welcome: Option<Frame> = None;
        self.new_day_if_due()?;
        while let Some(first) = rx.blocking_recv() {
            let mut batch = vec![first];
            while batch.len() < BATCH {
                match rx.try_recv() {
                    Ok(m) => batch.push(m),
                    Err(_) => break,
                }
            }
            let mut pending: Vec<Sequenced> = Vec::new();
            let mut replies = Vec::new();
            let mut stop = false;
            for msg in batch {
                match msg {
                    Msg::Command { command, reply } => {
                        let now = self.clock.now_ms();
                        match self.engine.decide(&command, now) {
                            Err(e) => {
                                let _ = reply.send(Err(Refusal::Engine(e)));
                            }
                            Ok(events) => {
                                let start = pending.len();
                                self.apply(events, now, &mut pending);
                                replies.push((reply, start..pending.len()));
                            }
                        }
                    }
                    Msg::Snapshot { reply } => {
                        // A snapshot shows only what is stored: commit what is decided first.
                        self.flush(&mut pending, &mut replies)?;
                        let seq = self.engine.seq();
                        let frame = match &welcome {
                            Some(f) if f.seq == seq => f.clone(),
                            _ => {
                                let f = Frame {
                                    seq,
                                    text: to_frame(&HubMessage::Welcome {
                                        snapshot: Box::new(self.engine.summary()),
                                    })
                                    .into(),
                                };
                                welcome = Some(f.clone());
                                f
                            }
                        };
                        let _ = reply.send(frame);
                    }
                    Msg::Engine { reply } => {
                        self.flush(&mut pending, &mut replies)?;
                        let _ = reply.send(self.engine.clone());
                    }
                    Msg::Ticket { id, reply } => {
                        self.flush(&mut pending, &mut replies)?;
                        let _ = reply.send(self.engine.ticket(id).cloned());
                    }
                    Msg::Figures { reply } => {
                        self.flush(&mut pending, &mut replies)?;
                        let figures = crate::metrics::hub::HubFigures::of(&self.engine, self.clock.now_ms());
                        let _ = reply.send(figures);
                    }
                    Msg::Tick => {
                        self.flush(&mut pending, &mut replies)?;
                        self.new_day_if_due()?;
                    }
                    Msg::Beat => {
                        if let Some(h) = &self.heartbeat {
                            h.beat();
                        }
                    }
                    Msg::Stop => stop = true,
                }
            }
            self.flush(&mut pending, &mut replies)?;
            if stop {
                break;
            }
        }
        Ok(())
    }

    /// Fold `events` provisionally (so later commands in the batch see them), numbering them.
    fn apply(&mut self, events: Vec<Event>, now: i64, pending: &mut Vec<Sequenced>) {
        for event in events {
            let s = Sequenced {
                seq: self.engine.seq() + 1,
                at_ms: now,
                event,
            };
            self.engine.fold(&s);
            pending.push(s);
        }
    }

    /// Commit `pending`, then tell everyone; on failure, go back to what the log holds and
    /// answer `unavailable`.
    fn flush(
        &mut self,
        pending: &mut Vec<Sequenced>,
        replies: &mut Vec<(Answer, std::ops::Range<usize>)>,
    ) -> Result<(), QueueStoreError> {
        if pending.is_empty() {
            for (reply, _) in replies.drain(..) {
                let _ = reply.send(Ok(Vec::new()));
            }
            return Ok(());
        }
        match self.store.append(pending) {
            Ok(()) => {
                for s in pending.iter() {
                    // Structured for the journal: the event's kind and counter, never a
                    // ticket's whole contents.
                    let fields = serde_json::to_value(&s.event).unwrap_or_default();
                    tracing::info!(
                        seq = s.seq,
                        event = fields["event"].as_str().unwrap_or("?"),
                        counter = fields["counter"].as_u64(),
                        "queue event stored"
                    );
                    let text = to_frame(&HubMessage::Event { event: s.clone() });
                    // No receivers is fine: nobody is connected.
                    let _ = self.events.send(Frame {
                        seq: s.seq,
                        text: text.into(),
                    });
                }
                let last = pending.last().expect("not empty");
                self.last = Some((last.at_ms, last.event == Event::DayStarted));
                self.seq.store(last.seq, Ordering::SeqCst);
                for (reply, range) in replies.drain(..) {
                    let _ = reply.send(Ok(pending[range].to_vec()));
                }
                pending.clear();
                Ok(())
            }
            Err(e) => {
                tracing::error!("queue log append failed, commands refused: {e}");
                let msg = format!("the hub could not store this; nothing changed ({e})");
                for (reply, _) in replies.drain(..) {
                    let _ = reply.send(Err(Refusal::Unavailable(msg.clone())));
                }
                pending.clear();
                // The transaction rolled back: the log is the truth.
                let (engine, _) = self.store.replay(self.engine.config().clone())?;
                self.engine = engine;
                Ok(())
            }
        }
    }

    /// Start a new day if the last event was on an earlier business day (and was not itself
    /// the start of a day).
    fn new_day_if_due(&mut self) -> Result<(), QueueStoreError> {
        let now = self.clock.now_ms();
        let reset = self.engine.config().reset_minutes().unwrap_or(0);
        let due = self.last.is_some_and(|(at, was_new_day)| {
            !was_new_day && self.clock.day_of(at, reset) < self.clock.day_of(now, reset)
        });
        if due {
            tracing::info!("a new queue day starts: numbering begins again");
            let mut pending = Vec::new();
            self.apply(vec![Event::DayStarted], now, &mut pending);
            self.flush(&mut pending, &mut Vec::new())?;
        }
        Ok(())
    }
}
