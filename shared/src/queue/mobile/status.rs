//! What a mobile ticket page shows of one ticket: its number, service, where it is (position and
//! estimate, or the counter it is called to), what services follow, and whether "I need more
//! time" is still open to it. Built from the hub's engine; holds no personal data.

use crate::queue::engine::{Engine, TicketState};
use serde::{Deserialize, Serialize};

/// Where the ticket is, as the visitor needs to know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "phase")]
pub enum Phase {
    /// In the queue: `position` 1 is next. `wait_minutes` is `None` while no open counter serves
    /// the service.
    Waiting {
        /// 1 = next to be called.
        position: u32,
        /// Estimated minutes until called.
        wait_minutes: Option<u32>,
    },
    /// Called to `counter`; `recalls` > 0 when called again.
    Called {
        /// The counter to go to.
        counter: u32,
        /// Times called again.
        recalls: u32,
    },
    /// At the counter now.
    Serving {
        /// The counter.
        counter: u32,
    },
    /// Set aside by staff for a moment (fetching papers, an interpreter): they will call again.
    Parked,
    /// Finished: nothing more today.
    Done,
    /// Called and did not come: ask at reception.
    Missed,
}

/// Whether "I need more time" can still be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "more_time")]
pub enum MoreTime {
    /// Offered: it moves the ticket back `places` places.
    Offered {
        /// How many places back.
        places: u32,
    },
    /// Used already (once per ticket).
    Used,
    /// Not now (not waiting, or the site does not offer it).
    No,
}

/// One ticket as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketStatus {
    /// The number the visitor holds, e.g. `A042`.
    pub label: String,
    /// The service it queues for now (an id from `[queue] services`).
    pub service: String,
    /// Services still to come after this one, in order (ids).
    pub next_services: Vec<String>,
    /// The language the visitor chose at the kiosk (a locale tag); the page speaks it.
    pub locale: String,
    /// Where it is.
    #[serde(flatten)]
    pub phase: Phase,
    /// "I need more time".
    pub more_time: MoreTime,
    /// The hub has lost its engine (stopping): the page says it may be out of date.
    #[serde(default)]
    pub stale: bool,
}

impl TicketStatus {
    /// Ticket `id` as its page shows it, from the hub's engine; `position` is its
    /// [`Engine::position`] (from [`Engine::positions`], worked out once for every page).
    /// `None` when the engine does not hold it (another day's, or never issued).
    pub fn of(engine: &Engine, id: u64, position: Option<u32>) -> Option<TicketStatus> {
        let t = engine.ticket(id)?;
        let config = engine.config();
        let phase = match t.state {
            TicketState::Waiting => {
                let position = position.or_else(|| engine.position(id)).unwrap_or(1);
                Phase::Waiting {
                    position,
                    wait_minutes: engine.wait_behind(&t.service, position.saturating_sub(1) as usize),
                }
            }
            TicketState::Called => Phase::Called {
                counter: t.counter.unwrap_or(0),
                recalls: t.recalls,
            },
            TicketState::Serving => Phase::Serving {
                counter: t.counter.unwrap_or(0),
            },
            TicketState::Parked => Phase::Parked,
            TicketState::Done => Phase::Done,
            TicketState::NoShow => Phase::Missed,
        };
        let more_time = if t.more_time {
            MoreTime::Used
        } else if t.state == TicketState::Waiting && config.more_time_places > 0 {
            MoreTime::Offered {
                places: config.more_time_places,
            }
        } else {
            MoreTime::No
        };
        Some(TicketStatus {
            label: t.label.clone(),
            service: t.service.clone(),
            next_services: t.next_services.clone(),
            locale: t.locale.clone().unwrap_or_else(|| crate::i18n::FALLBACK.to_owned()),
            phase,
            more_time,
            stale: false,
        })
    }
}
