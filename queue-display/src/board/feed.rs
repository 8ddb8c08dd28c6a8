//! The board's two inputs, joined: the hub client's view (engine replica + connected flag, a
//! `watch`) and its live events (a `broadcast`). [`Tracker`] keeps the recent call events and
//! turns each `Called`/`Recalled` into an [`Announcement`] once the replica holds the ticket (the
//! two channels race); [`follow`] runs it over the channels. Nothing here draws or speaks.

use onestop::queue::{Engine, Event, Sequenced};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::{broadcast, watch};

/// Call events kept for the board's "last calls" (it shows fewer).
const KEEP: usize = 50;
/// Events waiting for the replica to catch up; more means the replica is not coming.
const PENDING: usize = 32;

/// What the board needs from the hub client's `View` (`onestop::queue::client::View` has the
/// same two fields); the client's view converts into it.
#[derive(Debug, Clone, Default)]
pub struct BoardInput {
    /// The replica; kept, stale, while disconnected; `None` before the hub was first reached.
    pub engine: Option<Arc<Engine>>,
    /// Whether the hub is reachable now.
    pub connected: bool,
}

impl From<onestop::queue::View> for BoardInput {
    fn from(v: onestop::queue::View) -> BoardInput {
        BoardInput {
            engine: v.engine,
            connected: v.connected,
        }
    }
}

/// A call to be spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// The event's sequence number.
    pub seq: u64,
    /// The ticket label, e.g. `A042`.
    pub label: String,
    /// The counter.
    pub counter: u32,
    /// A repeated call.
    pub recall: bool,
    /// The service the ticket is called for (a board for some services speaks only theirs).
    pub service: String,
    /// When the board received the event (a call too old is not spoken).
    pub at: Instant,
}

/// The board's memory of the two inputs.
#[derive(Debug, Default)]
pub struct Tracker {
    input: BoardInput,
    calls: VecDeque<Sequenced>,
    /// Call events waiting for the replica, with when each was received.
    pending: VecDeque<(Sequenced, Instant)>,
}

impl Tracker {
    /// The latest view.
    pub fn input(&self) -> &BoardInput {
        &self.input
    }

    /// Recent call events, oldest first.
    pub fn calls(&mut self) -> &[Sequenced] {
        self.calls.make_contiguous()
    }

    /// A new view from the client: announce what it now explains.
    pub fn on_view(&mut self, input: BoardInput) -> Vec<Announcement> {
        self.input = input;
        self.resolve()
    }

    /// A live event from the hub.
    pub fn on_event(&mut self, ev: Sequenced) -> Vec<Announcement> {
        match ev.event {
            Event::Called { .. } | Event::Recalled { .. } => {
                self.calls.push_back(ev.clone());
                if self.calls.len() > KEEP {
                    self.calls.pop_front();
                }
                self.pending.push_back((ev, Instant::now()));
                if self.pending.len() > PENDING {
                    let lost = self.pending.pop_front();
                    tracing::warn!(?lost, "the hub's state is not arriving; an old call will not be spoken");
                }
            }
            Event::DayStarted => {
                self.calls.clear();
                self.pending.clear();
            }
            _ => {}
        }
        self.resolve()
    }

    fn resolve(&mut self) -> Vec<Announcement> {
        let Some(engine) = self.input.engine.clone() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while self.pending.front().is_some_and(|(ev, _)| ev.seq <= engine.seq()) {
            let (ev, at) = self.pending.pop_front().expect("checked");
            let (id, counter, recall) = match ev.event {
                Event::Called { ticket, counter } => (ticket, Some(counter), false),
                Event::Recalled { ticket, .. } => (ticket, None, true),
                _ => continue,
            };
            match engine.ticket(id) {
                Some(t) => match counter.or(t.counter) {
                    Some(counter) => out.push(Announcement {
                        seq: ev.seq,
                        label: t.label.clone(),
                        counter,
                        recall,
                        service: t.service.clone(),
                        at,
                    }),
                    None => tracing::warn!(ticket = id, "a recall for a ticket at no counter; not spoken"),
                },
                None => tracing::warn!(ticket = id, "a call for a ticket the hub no longer holds; not spoken"),
            }
        }
        out
    }
}

/// Follow the client until its view channel closes: after every change `on_change` sees the
/// tracker (to redraw), and `announce` gets each call to speak. `V` is the client's view type.
pub async fn follow<V>(
    mut view: watch::Receiver<V>,
    mut events: broadcast::Receiver<Sequenced>,
    mut on_change: impl FnMut(&mut Tracker),
    mut announce: impl FnMut(Announcement),
) where
    V: Clone + Into<BoardInput>,
{
    let mut tracker = Tracker::default();
    let first = view.borrow_and_update().clone().into();
    tracker.on_view(first);
    on_change(&mut tracker);
    let mut events_open = true;
    loop {
        let said = tokio::select! {
            changed = view.changed() => {
                if changed.is_err() {
                    return;
                }
                let input = view.borrow_and_update().clone().into();
                tracker.on_view(input)
            }
            ev = events.recv(), if events_open => match ev {
                Ok(ev) => tracker.on_event(ev),
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!(missed = n, "the board fell behind the hub's events; those calls are shown but not spoken");
                    Vec::new()
                }
                Err(broadcast::error::RecvError::Closed) => {
                    events_open = false;
                    Vec::new()
                }
            },
        };
        on_change(&mut tracker);
        for a in said {
            announce(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use onestop::queue::{Command, QueueConfig};

    fn hub() -> (Engine, Vec<Sequenced>) {
        let mut e = Engine::new(QueueConfig::example());
        let mut log = Vec::new();
        let mut now = 1_700_000_000_000;
        let issue = |service: &str| Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        for c in [
            issue("housing"),
            issue("housing"),
            Command::CallNext { counter: 1 },
            Command::Recall { counter: 1 },
        ] {
            now += 1000;
            log.extend(e.apply(&c, now).unwrap());
        }
        (e, log)
    }

    #[test]
    fn a_call_is_announced_once_the_replica_has_caught_up_whichever_arrives_first() {
        let (e, log) = hub();
        let mut t = Tracker::default();
        // Event first: nothing to say until the view arrives.
        let called = log.iter().find(|s| matches!(s.event, Event::Called { .. })).unwrap();
        let before = Instant::now();
        assert!(t.on_event(called.clone()).is_empty());
        std::thread::sleep(std::time::Duration::from_millis(20));
        let resolved = Instant::now();
        let said = t.on_view(BoardInput {
            engine: Some(Arc::new(e.clone())),
            connected: true,
        });
        assert_eq!(
            said,
            [Announcement {
                seq: called.seq,
                label: "A001".into(),
                counter: 1,
                recall: false,
                service: "housing".into(),
                at: said[0].at,
            }]
        );
        assert!(
            before <= said[0].at && said[0].at < resolved,
            "the call's time is when its event came, not when the replica caught up"
        );
        // View first: the recall is said at once, as a recall, at the ticket's counter.
        let recalled = log.last().unwrap().clone();
        let said = t.on_event(recalled);
        assert_eq!(
            said.iter()
                .map(|a| (a.label.as_str(), a.counter, a.recall))
                .collect::<Vec<_>>(),
            [("A001", 1, true)]
        );
        assert_eq!(t.calls().len(), 2, "both kept for the list");
    }

    #[test]
    fn a_new_day_forgets_the_calls_and_other_events_are_not_spoken() {
        let (e, log) = hub();
        let mut t = Tracker::default();
        t.on_view(BoardInput {
            engine: Some(Arc::new(e)),
            connected: true,
        });
        let issued = log[0].clone();
        assert!(t.on_event(issued).is_empty());
        t.on_event(log[3].clone());
        assert_eq!(t.calls().len(), 1);
        t.on_event(Sequenced {
            seq: 99,
            at_ms: 0,
            event: Event::DayStarted,
        });
        assert!(t.calls().is_empty());
    }

    #[tokio::test]
    async fn follow_redraws_on_each_input_and_announces_in_order() {
        let (e, log) = hub();
        let (view_tx, view_rx) = watch::channel(BoardInput::default());
        let (ev_tx, ev_rx) = broadcast::channel(16);
        let task = tokio::spawn(async move {
            let mut redraws = 0;
            let mut said = Vec::new();
            follow(view_rx, ev_rx, |_| redraws += 1, |a| said.push((a.label, a.recall))).await;
            (redraws, said)
        });
        for ev in &log {
            ev_tx.send(ev.clone()).unwrap();
        }
        tokio::task::yield_now().await;
        view_tx.send_replace(BoardInput {
            engine: Some(Arc::new(e)),
            connected: true,
        });
        tokio::task::yield_now().await;
        drop(view_tx);
        let (redraws, said) = task.await.unwrap();
        assert!(redraws >= 2, "{redraws}");
        assert_eq!(said, [("A001".to_owned(), false), ("A001".to_owned(), true)]);
    }
}
