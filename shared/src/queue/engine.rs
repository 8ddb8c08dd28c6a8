//! The queue engine: a pure state machine. A [`Command`] from a kiosk or a counter, checked
//! against the current [`Engine`] state at a given time, becomes zero or more [`Event`]s; the
//! state changes *only* by folding events ([`Engine::fold`]), so replaying the persisted events
//! rebuilds exactly the state before a restart. No clock, no I/O, no randomness here: the hub
//! stores the events and sends them on.

use super::config::{Policy, QueueConfig};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a ticket is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TicketState {
    /// In the queue.
    Waiting,
    /// Called to a counter, not yet there.
    Called,
    /// At the counter.
    Serving,
    /// Set aside by its counter (fetching papers, an interpreter…), to be brought back.
    Parked,
    /// Finished.
    Done,
    /// Called and did not come.
    NoShow,
}

impl TicketState {
    /// Finished one way or the other.
    pub fn is_final(self) -> bool {
        matches!(self, TicketState::Done | TicketState::NoShow)
    }
}

/// One ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    /// Unique for the hub's lifetime (not reset daily).
    pub id: u64,
    /// The service it queues for now (changes on transfer).
    pub service: String,
    /// What the visitor holds, e.g. `A042`; kept across transfers.
    pub label: String,
    /// Priority (appointment check-in, extra help).
    pub priority: bool,
    /// The appointment reference it checked in with, if any.
    pub appointment: Option<String>,
    /// When it was issued (Unix ms): its place in the queue, kept across transfers.
    pub arrived_ms: i64,
    /// Where it is.
    pub state: TicketState,
    /// The counter calling, serving or holding it; for a waiting ticket, the counter it was
    /// transferred to (only that counter calls it), if any.
    pub counter: Option<u32>,
    /// Recalls since it was last called.
    pub recalls: u32,
    /// Times transferred.
    pub transfers: u32,
    /// When it was first called (Unix ms): the wait ends here.
    pub first_called_ms: Option<i64>,
    /// When its current service began (Unix ms).
    pub serving_ms: Option<i64>,
    /// Where it queues, when not at `arrived_ms` (Unix ms): an appointment's booked time less
    /// the site's boost, or a later place after "I need more time". Priority is counted from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_ms: Option<i64>,
    /// "I need more time" was used (once per ticket).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub more_time: bool,
    /// Services still to come in this visit, in order: finishing one queues it for the next,
    /// keeping its place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_services: Vec<String>,
    /// The language the visitor chose at the kiosk (a locale tag), for its mobile page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// A booking the hub loaded for today. The visitor's name stays with the hub: it is not in the
/// log, in snapshots or on boards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// The reference the visitor checks in with (upper case).
    pub reference: String,
    /// The booked time (Unix ms).
    pub at_ms: i64,
    /// The service booked.
    pub service: String,
}

/// A visitor at a kiosk asked for help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpCall {
    /// Unique for the day.
    pub id: u64,
    /// The kiosk's name (its host name, from its hello).
    pub kiosk: String,
    /// When (Unix ms).
    pub at_ms: i64,
    /// The counter that acknowledged it, and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acked: Option<(u32, i64)>,
}

/// Where a transfer sends a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "to")]
pub enum Target {
    /// To the queue of another service.
    Service(String),
    /// To one counter, which calls it next among its own queue by arrival.
    Counter(u32),
}

/// What a kiosk or counter asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "command")]
pub enum Command {
    /// A kiosk issues a ticket.
    Issue {
        /// Service id.
        service: String,
        /// Priority (if the centre allows it for this visitor).
        priority: bool,
        /// Appointment reference, for a check-in.
        appointment: Option<String>,
        /// Further services in the same visit, in order (at most [`MAX_ALSO`]).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<String>,
        /// The visitor's language (a locale tag), for the mobile ticket page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        locale: Option<String>,
    },
    /// A counter opens (starts counting for estimated waits).
    Open {
        /// The counter.
        counter: u32,
    },
    /// A counter closes.
    Close {
        /// The counter.
        counter: u32,
    },
    /// Call the next ticket to this counter.
    CallNext {
        /// The counter.
        counter: u32,
    },
    /// Call the counter's called ticket again.
    Recall {
        /// The counter.
        counter: u32,
    },
    /// The called visitor arrived: service begins.
    Start {
        /// The counter.
        counter: u32,
    },
    /// Service finished.
    Finish {
        /// The counter.
        counter: u32,
    },
    /// The called visitor did not come.
    NoShow {
        /// The counter.
        counter: u32,
    },
    /// Set the counter's ticket aside.
    Park {
        /// The counter.
        counter: u32,
    },
    /// Bring a parked ticket back to this counter (called again).
    Unpark {
        /// The counter.
        counter: u32,
        /// The parked ticket.
        ticket: u64,
    },
    /// Send the counter's ticket elsewhere, keeping its place (arrival time).
    Transfer {
        /// The counter.
        counter: u32,
        /// Where.
        target: Target,
    },
    /// A new day: numbering starts again and unfinished tickets are closed.
    NewDay,
    /// Staff allow `more` tickets today for a service that reached (or nears) its daily cap.
    AllowMore {
        /// The counter whose staff asked.
        counter: u32,
        /// The service.
        service: String,
        /// How many more, 1 to [`MAX_ALLOW_MORE`].
        more: u32,
    },
    /// "I need more time" from the ticket's mobile page: move it back
    /// [`QueueConfig::more_time_places`] places, once.
    MoreTime {
        /// The ticket.
        ticket: u64,
    },
    /// The hub loaded today's appointments (replacing any list before).
    SetAppointments {
        /// Today's bookings.
        appointments: Vec<Appointment>,
    },
    /// A visitor at a kiosk asks for help.
    CallHelp {
        /// The kiosk (the hub puts in the name from the kiosk's hello).
        kiosk: String,
    },
    /// A counter's staff are going to the kiosk.
    AckHelp {
        /// The counter.
        counter: u32,
        /// The call.
        help: u64,
    },
}

/// Most further services one visit may add to its first (3 in all).
pub const MAX_ALSO: usize = 2;

/// Most tickets one [`Command::AllowMore`] adds.
pub const MAX_ALLOW_MORE: u32 = 1_000;

/// Something that happened; the state is the fold of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "event")]
pub enum Event {
    /// A ticket was issued.
    Issued {
        /// The new ticket, whole.
        ticket: Ticket,
    },
    /// A counter opened.
    Opened {
        /// The counter.
        counter: u32,
    },
    /// A counter closed.
    Closed {
        /// The counter.
        counter: u32,
    },
    /// A ticket was called (first time, after unpark, or after transfer).
    Called {
        /// The ticket.
        ticket: u64,
        /// To which counter.
        counter: u32,
    },
    /// Called again.
    Recalled {
        /// The ticket.
        ticket: u64,
        /// Recalls so far.
        recalls: u32,
    },
    /// Service began.
    Started {
        /// The ticket.
        ticket: u64,
    },
    /// Service finished.
    Finished {
        /// The ticket.
        ticket: u64,
    },
    /// The visitor did not come.
    NoShowed {
        /// The ticket.
        ticket: u64,
    },
    /// Set aside.
    Parked {
        /// The ticket.
        ticket: u64,
    },
    /// Sent elsewhere, back to waiting with its arrival time.
    Transferred {
        /// The ticket.
        ticket: u64,
        /// Where.
        target: Target,
    },
    /// Numbering starts again; unfinished tickets are closed.
    DayStarted,
    /// Staff raised a service's cap for today.
    CapRaised {
        /// The service.
        service: String,
        /// By how many tickets.
        more: u32,
        /// The counter whose staff did it.
        counter: u32,
    },
    /// A ticket moved back in its queue ("I need more time").
    Deferred {
        /// The ticket.
        ticket: u64,
        /// Its new place (Unix ms).
        place_ms: i64,
    },
    /// A service of a visit finished and the ticket queues for the next, keeping its place.
    Requeued {
        /// The ticket.
        ticket: u64,
        /// The service it now waits for.
        service: String,
    },
    /// Today's appointments (no names).
    AppointmentsSet {
        /// The bookings.
        appointments: Vec<Appointment>,
    },
    /// A kiosk asked for help.
    HelpCalled {
        /// The call.
        help: HelpCall,
    },
    /// A counter acknowledged a help call.
    HelpAcked {
        /// The call's id.
        help: u64,
        /// The counter.
        counter: u32,
    },
}

/// An event with its sequence number and time, as persisted and sent to clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequenced {
    /// 1, 2, 3… with no gaps: a client that sees a gap resyncs.
    pub seq: u64,
    /// When (Unix ms).
    pub at_ms: i64,
    /// What.
    pub event: Event,
}

/// Why a command was refused. The state is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "error", content = "detail")]
pub enum QueueError {
    /// No such service.
    #[error("there is no service \"{0}\"")]
    UnknownService(String),
    /// No such counter.
    #[error("there is no counter {0}")]
    UnknownCounter(u32),
    /// No such ticket, or not in the state the command needs.
    #[error("ticket {0} is not parked at this counter")]
    NotParked(u64),
    /// The counter already has a ticket called or being served.
    #[error("counter {0} already has a ticket: finish, park or transfer it first")]
    Busy(u32),
    /// The counter has no ticket to act on.
    #[error("counter {0} has no ticket called or being served")]
    Idle(u32),
    /// The command needs a called (not yet serving) ticket.
    #[error("counter {0}'s ticket is already being served")]
    AlreadyServing(u32),
    /// Nobody is waiting for this counter's services.
    #[error("nobody is waiting for counter {0}")]
    NobodyWaiting(u32),
    /// A transfer to where the ticket already is.
    #[error("the ticket is already there")]
    SamePlace,
    /// An appointment reference that is too long or not printable.
    #[error("that appointment reference is not valid")]
    BadAppointment,
    /// Too many tickets for one day.
    #[error("the day's ticket limit is reached")]
    Full,
    /// The service's tickets for today have all been issued; staff can allow more.
    #[error("all of today's tickets for \"{0}\" have been issued; staff can allow more from a counter")]
    CapReached(String),
    /// The site is closed (its opening hours): no new tickets until it opens, at `opens` local
    /// time when known. Tickets already waiting are still called.
    #[error("the site is closed{}; no tickets are issued until it opens", until(.opens))]
    Closed {
        /// When it opens next, in the site's local time.
        opens: Option<crate::hours::LocalTime>,
    },
    /// An [`Command::AllowMore`] of 0 or over [`MAX_ALLOW_MORE`].
    #[error("allow 1 to {MAX_ALLOW_MORE} more tickets at a time")]
    BadAllowance,
    /// The further services of a visit are unknown, repeated or too many.
    #[error("a visit may ask for up to 3 different services")]
    BadServices,
    /// The visitor's language tag is not a language tag.
    #[error("that language tag is not valid")]
    BadLocale,
    /// No appointment today has this reference.
    #[error("there is no appointment today with that reference")]
    UnknownAppointment,
    /// The appointment has checked in already, with this ticket.
    #[error("that appointment has checked in already, ticket {0}")]
    CheckedIn(String),
    /// "I need more time" cannot be used for this ticket now.
    #[error("more time cannot be given to this ticket now")]
    NoMoreTime,
    /// No open help call with this id.
    #[error("there is no open help call {0}")]
    NoSuchHelp(u64),
    /// A help call must name its kiosk.
    #[error("a help call must name its kiosk")]
    BadKiosk,
    /// Too many appointments for one day.
    #[error("more than {MAX_APPOINTMENTS} appointments in one day")]
    TooManyAppointments,
}

/// Most appointments a day.
pub const MAX_APPOINTMENTS: usize = 5_000;

/// " until 2026-12-07 at 09:00", or nothing when the opening is not known.
fn until(opens: &Option<crate::hours::LocalTime>) -> String {
    opens.map_or_else(String::new, |o| format!(" until {} at {}", o.date, o.clock()))
}

/// Most tickets issued per service per day (labels go up to 9999).
pub const MAX_PER_DAY: u32 = 9_999;

/// The queue's live state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    config: QueueConfig,
    /// Live tickets by id (finished ones until the day ends, for statistics and recall).
    tickets: BTreeMap<u64, Ticket>,
    /// Next number per service today.
    next_number: BTreeMap<String, u32>,
    next_id: u64,
    open: std::collections::BTreeSet<u32>,
    /// Recent service durations per service (ms), newest last, at most [`RECENT`].
    recent: BTreeMap<String, Vec<i64>>,
    /// Tickets staff allowed today beyond each service's daily cap.
    extra: BTreeMap<String, u32>,
    /// A replica's count of waiting tickets per service that its summarised snapshot left out
    /// (always empty at the hub, which holds every ticket).
    hidden: BTreeMap<String, u32>,
    /// A replica was told of a ticket its snapshot left out: it needs a fresh snapshot.
    stale: bool,
    /// Today's appointments by reference, when the hub loaded a list (`None`: no list, and a
    /// reference is taken as typed).
    bookings: Option<BTreeMap<String, Appointment>>,
    /// Today's help calls by id.
    help: BTreeMap<u64, HelpCall>,
    /// Sequence number of the last event folded.
    seq: u64,
}

/// Waiting tickets per service a summarised snapshot carries whole, in call order; the rest
/// are counted.
pub const SUMMARY_WAITING: usize = 50;
/// Finished tickets a summarised snapshot carries: the ones called most recently.
pub const SUMMARY_FINISHED: usize = 20;

/// Answered help calls a summarised snapshot carries.
pub const SUMMARY_HELP: usize = 10;

/// Service times kept per service for estimates.
const RECENT: usize = 20;

/// The whole state, as the hub sends it to a client on connect; the client folds later events
/// into [`Engine::from_snapshot`] and so holds the same state (and the same estimates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The site's configuration.
    pub config: QueueConfig,
    /// Tickets held today.
    pub tickets: Vec<Ticket>,
    /// Next number per service.
    pub next_number: BTreeMap<String, u32>,
    /// Next ticket id.
    pub next_id: u64,
    /// Open counters.
    pub open: Vec<u32>,
    /// Recent service durations per service (ms).
    pub recent: BTreeMap<String, Vec<i64>>,
    /// Tickets allowed today beyond each service's daily cap.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra_cap: BTreeMap<String, u32>,
    /// In a summarised snapshot, waiting tickets per service not in `tickets`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub waiting_beyond: BTreeMap<String, u32>,
    /// Today's appointments, when the hub has a list (a summary: those not yet checked in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointments: Option<Vec<Appointment>>,
    /// Today's help calls (a summary: the open ones and the last few answered).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub help: Vec<HelpCall>,
    /// The sequence number this state is at.
    pub seq: u64,
}

impl Engine {
    /// An empty queue. `config` must have no [`QueueConfig::problems`].
    pub fn new(config: QueueConfig) -> Engine {
        Engine {
            config,
            tickets: BTreeMap::new(),
            next_number: BTreeMap::new(),
            next_id: 1,
            open: Default::default(),
            recent: BTreeMap::new(),
            extra: BTreeMap::new(),
            hidden: BTreeMap::new(),
            stale: false,
            bookings: None,
            help: BTreeMap::new(),
            seq: 0,
        }
    }

    /// The state after `events`, in order, from empty: what a restarted hub does.
    pub fn replay<'a>(config: QueueConfig, events: impl IntoIterator<Item = &'a Sequenced>) -> Engine {
        let mut e = Engine::new(config);
        for ev in events {
            e.fold(ev);
        }
        e
    }

    /// The whole state: every ticket held.
    pub fn snapshot(&self) -> Snapshot {
        let mut s = self.snapshot_of(self.tickets.values().cloned().collect(), self.hidden.clone());
        s.appointments = self.bookings.as_ref().map(|b| b.values().cloned().collect());
        s.help = self.help.values().cloned().collect();
        s
    }

    /// The state with these tickets, and these waiting ones only counted.
    fn snapshot_of(&self, tickets: Vec<Ticket>, waiting_beyond: BTreeMap<String, u32>) -> Snapshot {
        Snapshot {
            config: self.config.clone(),
            tickets,
            next_number: self.next_number.clone(),
            next_id: self.next_id,
            open: self.open.iter().copied().collect(),
            recent: self.recent.clone(),
            extra_cap: self.extra.clone(),
            waiting_beyond,
            appointments: None,
            help: Vec::new(),
            seq: self.seq,
        }
    }

    /// The state as the hub sends it to a client, bounded however long the queue: every ticket
    /// at or held by a counter, the first [`SUMMARY_WAITING`] waiting per service (the ones
    /// counters call next) and the count of the rest, and the last [`SUMMARY_FINISHED`]
    /// finished. A replica built from it counts, estimates and shows calls as the hub does;
    /// when a counter calls a ticket it was not sent, it asks for a fresh one
    /// ([`Engine::needs_resync`]).
    pub fn summary(&self) -> Snapshot {
        let mut keep: std::collections::BTreeSet<u64> = self
            .tickets
            .values()
            .filter(|t| match t.state {
                TicketState::Called | TicketState::Serving | TicketState::Parked => true,
                // Sent to one counter, or waiting for a service no longer configured.
                TicketState::Waiting => t.counter.is_some() || self.config.service(&t.service).is_none(),
                TicketState::Done | TicketState::NoShow => false,
            })
            .map(|t| t.id)
            .collect();
        let mut beyond = self.hidden.clone();
        for def in &self.config.services {
            let waiting = self.waiting_in(&def.id);
            keep.extend(waiting.iter().take(SUMMARY_WAITING).map(|t| t.id));
            let more = u32::try_from(waiting.len().saturating_sub(SUMMARY_WAITING)).unwrap_or(u32::MAX);
            if more > 0 {
                let b = beyond.entry(def.id.clone()).or_insert(0);
                *b = b.saturating_add(more);
            }
        }
        let mut finished: Vec<&Ticket> = self.tickets.values().filter(|t| t.state.is_final()).collect();
        finished.sort_by_key(|t| std::cmp::Reverse((t.first_called_ms.unwrap_or(t.arrived_ms), t.id)));
        keep.extend(finished.iter().take(SUMMARY_FINISHED).map(|t| t.id));
        // Only the kept tickets are cloned: a summary is made on every welcome.
        let mut s = self.snapshot_of(
            keep.iter().filter_map(|id| self.tickets.get(id)).cloned().collect(),
            beyond,
        );
        s.appointments = self.bookings.as_ref().map(|b| {
            b.values()
                .filter(|a| self.checked_in(&a.reference).is_none())
                .cloned()
                .collect()
        });
        let answered: Vec<&HelpCall> = self.help.values().filter(|h| h.acked.is_some()).collect();
        s.help = self
            .help
            .values()
            .filter(|h| h.acked.is_none())
            .chain(answered.iter().rev().take(SUMMARY_HELP).copied())
            .cloned()
            .collect();
        s.help.sort_by_key(|h| h.id);
        s
    }

    /// Whether this replica was told of a ticket its summarised snapshot left out, so that
    /// what it shows may be wrong until it gets a fresh snapshot.
    pub fn needs_resync(&self) -> bool {
        self.stale
    }

    /// Tickets waiting for `service` (not those sent to one counter), including any a
    /// summarised snapshot only counted.
    pub fn waiting_count(&self, service: &str) -> usize {
        self.waiting_in(service).len() + self.hidden.get(service).map_or(0, |n| *n as usize)
    }

    /// A replica from a hub's snapshot.
    pub fn from_snapshot(s: Snapshot) -> Engine {
        Engine {
            config: s.config,
            tickets: s.tickets.into_iter().map(|t| (t.id, t)).collect(),
            next_number: s.next_number,
            next_id: s.next_id,
            open: s.open.into_iter().collect(),
            recent: s.recent,
            extra: s.extra_cap,
            hidden: s.waiting_beyond,
            stale: false,
            bookings: s
                .appointments
                .map(|v| v.into_iter().map(|a| (a.reference.clone(), a)).collect()),
            help: s.help.into_iter().map(|h| (h.id, h)).collect(),
            seq: s.seq,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &QueueConfig {
        &self.config
    }

    /// The last sequence number folded.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Every ticket held (live, and finished today).
    pub fn tickets(&self) -> impl Iterator<Item = &Ticket> {
        self.tickets.values()
    }

    /// One ticket.
    pub fn ticket(&self, id: u64) -> Option<&Ticket> {
        self.tickets.get(&id)
    }

    /// Tickets issued today for `service`.
    pub fn issued_today(&self, service: &str) -> u32 {
        self.next_number.get(service).map_or(0, |n| n.saturating_sub(1))
    }

    /// Most tickets `service` may issue today: its daily cap plus what staff allowed, at most
    /// [`MAX_PER_DAY`].
    pub fn daily_cap(&self, service: &str) -> u32 {
        let base = self
            .config
            .service(service)
            .and_then(|d| d.daily_cap)
            .unwrap_or(self.config.daily_cap);
        base.saturating_add(self.extra.get(service).copied().unwrap_or(0))
            .min(MAX_PER_DAY)
    }

    /// Tickets `service` may still issue today (0: it has reached its cap).
    pub fn tickets_left(&self, service: &str) -> u32 {
        self.daily_cap(service).saturating_sub(self.issued_today(service))
    }

    /// Counters open now.
    pub fn open_counters(&self) -> impl Iterator<Item = u32> + '_ {
        self.open.iter().copied()
    }

    /// The ticket a counter is calling or serving.
    pub fn at_counter(&self, counter: u32) -> Option<&Ticket> {
        self.tickets
            .values()
            .find(|t| t.counter == Some(counter) && matches!(t.state, TicketState::Called | TicketState::Serving))
    }

    /// When a ticket counts as having arrived, for ordering: priority ones earlier by the boost.
    fn effective_arrival(&self, t: &Ticket) -> i64 {
        let boost = if t.priority {
            i64::from(self.config.priority_boost_minutes) * 60_000
        } else {
            0
        };
        t.place_ms.unwrap_or(t.arrived_ms) - boost
    }

    /// Whether `counter` may call waiting ticket `t`.
    fn counter_takes(&self, counter: u32, t: &Ticket) -> bool {
        match t.counter {
            Some(c) => c == counter,
            None => self
                .config
                .counter(counter)
                .is_some_and(|c| c.services.contains(&t.service)),
        }
    }

    /// The tickets waiting for `counter`, in the order it would call them.
    pub fn waiting_for(&self, counter: u32) -> Vec<&Ticket> {
        let Some(def) = self.config.counter(counter) else {
            return Vec::new();
        };
        let mut v: Vec<&Ticket> = self
            .tickets
            .values()
            .filter(|t| t.state == TicketState::Waiting && self.counter_takes(counter, t))
            .collect();
        let rank = |t: &Ticket| -> usize {
            match def.policy {
                // Transferred here directly: this counter's own queue, first.
                _ if t.counter == Some(counter) => 0,
                Policy::LongestWaiting => 1,
                Policy::ServiceOrder => {
                    1 + def
                        .services
                        .iter()
                        .position(|s| *s == t.service)
                        .unwrap_or(usize::MAX - 1)
                }
            }
        };
        v.sort_by_key(|t| (rank(t), self.effective_arrival(t), t.id));
        v
    }

    /// How many tickets wait for `counter`, including any a summarised snapshot only counted.
    pub fn waiting_for_count(&self, counter: u32) -> usize {
        let hidden: usize = self.config.counter(counter).map_or(0, |d| {
            d.services
                .iter()
                .map(|s| self.hidden.get(s).map_or(0, |n| *n as usize))
                .sum()
        });
        self.waiting_for(counter).len() + hidden
    }

    /// The tickets waiting for `service`, in arrival order (priority boosted).
    pub fn waiting_in(&self, service: &str) -> Vec<&Ticket> {
        let mut v: Vec<&Ticket> = self
            .tickets
            .values()
            .filter(|t| t.state == TicketState::Waiting && t.service == service && t.counter.is_none())
            .collect();
        v.sort_by_key(|t| (self.effective_arrival(t), t.id));
        v
    }

    /// The ticket that checked in for appointment `reference` today, if any.
    pub fn checked_in(&self, reference: &str) -> Option<&Ticket> {
        self.tickets.values().find(|t| {
            t.appointment
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(reference))
        })
    }

    /// Today's appointments in booked order, when the hub loaded a list.
    pub fn appointments(&self) -> Option<Vec<&Appointment>> {
        self.bookings.as_ref().map(|b| {
            let mut v: Vec<&Appointment> = b.values().collect();
            v.sort_by_key(|a| (a.at_ms, a.reference.clone()));
            v
        })
    }

    /// Appointments for `counter`'s services not yet checked in, booked at or after `from_ms`
    /// less the grace, soonest first: who is booked next.
    pub fn booked_next(&self, counter: u32, from_ms: i64) -> Vec<&Appointment> {
        let Some(def) = self.config.counter(counter) else {
            return Vec::new();
        };
        let grace = i64::from(self.config.appointment_grace_minutes) * 60_000;
        self.appointments()
            .unwrap_or_default()
            .into_iter()
            .filter(|a| def.services.contains(&a.service))
            .filter(|a| a.at_ms + grace >= from_ms && self.checked_in(&a.reference).is_none())
            .collect()
    }

    /// Today's help calls, oldest first.
    pub fn help_calls(&self) -> impl Iterator<Item = &HelpCall> {
        self.help.values()
    }

    /// Help calls nobody has acknowledged yet, oldest first.
    pub fn open_help(&self) -> impl Iterator<Item = &HelpCall> {
        self.help.values().filter(|h| h.acked.is_none())
    }

    /// A waiting ticket's place in its own queue (its service's, or the one counter it was sent
    /// to), 1 = next; `None` when not waiting. A summarised replica counts only what it holds
    /// (the hub holds every ticket).
    pub fn position(&self, id: u64) -> Option<u32> {
        let t = self.tickets.get(&id).filter(|t| t.state == TicketState::Waiting)?;
        let at = self.queue_of(t).iter().position(|o| o.id == id)?;
        Some(u32::try_from(at + 1).unwrap_or(u32::MAX))
    }

    /// [`Engine::position`] of every waiting ticket at once (one sort per queue).
    pub fn positions(&self) -> std::collections::HashMap<u64, u32> {
        // Per queue (one counter's, or a service's): (effective arrival, id) of each ticket.
        type Queue = Vec<(i64, u64)>;
        let mut queues: BTreeMap<(Option<u32>, &str), Queue> = BTreeMap::new();
        for t in self.tickets.values().filter(|t| t.state == TicketState::Waiting) {
            let key = match t.counter {
                Some(c) => (Some(c), ""),
                None => (None, t.service.as_str()),
            };
            queues.entry(key).or_default().push((self.effective_arrival(t), t.id));
        }
        let mut out = std::collections::HashMap::new();
        for mut q in queues.into_values() {
            q.sort_unstable();
            for (i, (_, id)) in q.into_iter().enumerate() {
                out.insert(id, u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        out
    }

    /// The waiting tickets in `t`'s own queue (its service's, or its counter's), in call order.
    fn queue_of(&self, t: &Ticket) -> Vec<&Ticket> {
        let mut v: Vec<&Ticket> = self
            .tickets
            .values()
            .filter(|o| o.state == TicketState::Waiting)
            .filter(|o| match t.counter {
                Some(c) => o.counter == Some(c),
                None => o.counter.is_none() && o.service == t.service,
            })
            .collect();
        v.sort_by_key(|o| (self.effective_arrival(o), o.id));
        v
    }

    /// Parked tickets held by `counter`.
    pub fn parked_at(&self, counter: u32) -> Vec<&Ticket> {
        self.tickets
            .values()
            .filter(|t| t.state == TicketState::Parked && t.counter == Some(counter))
            .collect()
    }

    /// The estimated wait, in minutes, for a new ticket for `service`: the people ahead, times
    /// the recent mean service time, shared among the open counters that serve it. `None` while
    /// no open counter serves it: nobody is being seen, so no wait can be promised.
    pub fn estimated_wait_minutes(&self, service: &str) -> Option<u32> {
        self.wait_behind(service, self.waiting_count(service))
    }

    /// The estimated wait, in minutes, for a ticket of `service` with `ahead` people before it;
    /// `None` while no open counter serves it.
    pub fn wait_behind(&self, service: &str, ahead: usize) -> Option<u32> {
        let ahead = ahead as i64;
        let recent = self.recent.get(service).filter(|r| !r.is_empty());
        let mean_ms = recent.map_or(i64::from(self.config.default_service_minutes) * 60_000, |r| {
            r.iter().sum::<i64>() / r.len() as i64
        });
        let counters = self
            .open
            .iter()
            .filter(|c| {
                self.config
                    .counter(**c)
                    .is_some_and(|d| d.services.iter().any(|s| s == service))
            })
            .count() as i64;
        if counters == 0 {
            return None;
        }
        let minutes = (ahead * mean_ms / counters + 59_999) / 60_000;
        Some(u32::try_from(minutes).unwrap_or(u32::MAX))
    }

    /// Check `command` at `now_ms` and say what would happen. The state does not change: fold
    /// the returned events (after persisting them) to apply them.
    pub fn decide(&self, command: &Command, now_ms: i64) -> Result<Vec<Event>, QueueError> {
        let counter_known = |c: u32| self.config.counter(c).map(|_| ()).ok_or(QueueError::UnknownCounter(c));
        match command {
            Command::Issue {
                service,
                priority,
                appointment,
                also,
                locale,
            } => {
                let mut service = service;
                let mut place_ms = None;
                let mut appointment = appointment.clone();
                let mut priority = *priority || appointment.is_some();
                if let (Some(a), Some(bookings)) = (&appointment, &self.bookings) {
                    let reference = a.to_ascii_uppercase();
                    let booked = bookings.get(&reference).ok_or(QueueError::UnknownAppointment)?;
                    if let Some(t) = self.checked_in(&reference) {
                        return Err(QueueError::CheckedIn(t.label.clone()));
                    }
                    service = &booked.service;
                    priority = matches!(command, Command::Issue { priority: true, .. });
                    let grace = i64::from(self.config.appointment_grace_minutes) * 60_000;
                    if now_ms <= booked.at_ms + grace {
                        let boost = i64::from(self.config.appointment_boost_minutes) * 60_000;
                        place_ms = Some(booked.at_ms - boost);
                    }
                    appointment = Some(reference);
                }
                let def = self
                    .config
                    .service(service)
                    .ok_or_else(|| QueueError::UnknownService(service.chars().take(40).collect()))?;
                if also.len() > MAX_ALSO
                    || also
                        .iter()
                        .enumerate()
                        .any(|(i, s)| self.config.service(s).is_none() || s == service || also[..i].contains(s))
                {
                    return Err(QueueError::BadServices);
                }
                if let Some(l) = locale
                    && (l.is_empty() || l.len() > 35 || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                {
                    return Err(QueueError::BadLocale);
                }
                let now_secs = now_ms.div_euclid(1000);
                if !self.config.hours.is_open(now_secs) {
                    let opens = self.config.hours.next_opening(now_secs).map(|o| o.local);
                    return Err(QueueError::Closed { opens });
                }
                if let Some(a) = &appointment
                    && (a.is_empty() || a.len() > 20 || !a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                {
                    return Err(QueueError::BadAppointment);
                }
                let number = self.next_number.get(service.as_str()).copied().unwrap_or(1);
                if number > MAX_PER_DAY {
                    return Err(QueueError::Full);
                }
                if number > self.daily_cap(service) {
                    return Err(QueueError::CapReached(service.to_string()));
                }
                Ok(vec![Event::Issued {
                    ticket: Ticket {
                        id: self.next_id,
                        service: service.to_string(),
                        label: format!("{}{:03}", def.prefix, number),
                        priority,
                        appointment,
                        arrived_ms: now_ms,
                        state: TicketState::Waiting,
                        counter: None,
                        recalls: 0,
                        transfers: 0,
                        first_called_ms: None,
                        serving_ms: None,
                        place_ms,
                        more_time: false,
                        next_services: also.clone(),
                        locale: locale.clone(),
                    },
                }])
            }
            Command::Open { counter } => {
                counter_known(*counter)?;
                Ok(if self.open.contains(counter) {
                    vec![]
                } else {
                    vec![Event::Opened { counter: *counter }]
                })
            }
            Command::Close { counter } => {
                counter_known(*counter)?;
                if self.at_counter(*counter).is_some() {
                    return Err(QueueError::Busy(*counter));
                }
                Ok(if self.open.contains(counter) {
                    vec![Event::Closed { counter: *counter }]
                } else {
                    vec![]
                })
            }
            Command::CallNext { counter } => {
                counter_known(*counter)?;
                if self.at_counter(*counter).is_some() {
                    return Err(QueueError::Busy(*counter));
                }
                let next = self
                    .waiting_for(*counter)
                    .first()
                    .map(|t| t.id)
                    .ok_or(QueueError::NobodyWaiting(*counter))?;
                let mut events = Vec::new();
                if !self.open.contains(counter) {
                    events.push(Event::Opened { counter: *counter });
                }
                events.push(Event::Called {
                    ticket: next,
                    counter: *counter,
                });
                Ok(events)
            }
            Command::Recall { counter } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                if t.state == TicketState::Serving {
                    return Err(QueueError::AlreadyServing(*counter));
                }
                Ok(if t.recalls >= self.config.max_recalls {
                    vec![Event::NoShowed { ticket: t.id }]
                } else {
                    vec![Event::Recalled {
                        ticket: t.id,
                        recalls: t.recalls + 1,
                    }]
                })
            }
            Command::Start { counter } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                if t.state == TicketState::Serving {
                    return Err(QueueError::AlreadyServing(*counter));
                }
                Ok(vec![Event::Started { ticket: t.id }])
            }
            Command::Finish { counter } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                let mut events = vec![Event::Finished { ticket: t.id }];
                // The next service of the visit still offered today, keeping the place.
                if let Some(next) = t.next_services.iter().find(|s| self.config.service(s).is_some()) {
                    events.push(Event::Requeued {
                        ticket: t.id,
                        service: next.clone(),
                    });
                }
                Ok(events)
            }
            Command::NoShow { counter } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                if t.state == TicketState::Serving {
                    return Err(QueueError::AlreadyServing(*counter));
                }
                Ok(vec![Event::NoShowed { ticket: t.id }])
            }
            Command::Park { counter } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                Ok(vec![Event::Parked { ticket: t.id }])
            }
            Command::Unpark { counter, ticket } => {
                counter_known(*counter)?;
                if self.at_counter(*counter).is_some() {
                    return Err(QueueError::Busy(*counter));
                }
                match self.tickets.get(ticket) {
                    Some(t) if t.state == TicketState::Parked && t.counter == Some(*counter) => {
                        Ok(vec![Event::Called {
                            ticket: *ticket,
                            counter: *counter,
                        }])
                    }
                    _ => Err(QueueError::NotParked(*ticket)),
                }
            }
            Command::Transfer { counter, target } => {
                counter_known(*counter)?;
                let t = self.at_counter(*counter).ok_or(QueueError::Idle(*counter))?;
                match target {
                    Target::Service(s) => {
                        if self.config.service(s).is_none() {
                            return Err(QueueError::UnknownService(s.chars().take(40).collect()));
                        }
                    }
                    Target::Counter(c) => {
                        counter_known(*c)?;
                        if c == counter {
                            return Err(QueueError::SamePlace);
                        }
                    }
                }
                Ok(vec![Event::Transferred {
                    ticket: t.id,
                    target: target.clone(),
                }])
            }
            Command::NewDay => Ok(vec![Event::DayStarted]),
            Command::AllowMore { counter, service, more } => {
                counter_known(*counter)?;
                if self.config.service(service).is_none() {
                    return Err(QueueError::UnknownService(service.chars().take(40).collect()));
                }
                if !(1..=MAX_ALLOW_MORE).contains(more) {
                    return Err(QueueError::BadAllowance);
                }
                Ok(vec![Event::CapRaised {
                    service: service.clone(),
                    more: *more,
                    counter: *counter,
                }])
            }
            Command::MoreTime { ticket } => {
                let places = self.config.more_time_places as usize;
                let t = self
                    .tickets
                    .get(ticket)
                    .filter(|t| t.state == TicketState::Waiting && !t.more_time && places > 0)
                    .ok_or(QueueError::NoMoreTime)?;
                let queue = self.queue_of(t);
                let at = queue.iter().position(|o| o.id == t.id).ok_or(QueueError::NoMoreTime)?;
                let behind = &queue[at + 1..];
                let boost = self.effective_arrival(t) - t.place_ms.unwrap_or(t.arrived_ms);
                // Just after the ticket `places` behind (or the last), in the same reckoning.
                let place_ms = match behind.get(places.min(behind.len()).saturating_sub(1)) {
                    Some(o) => self.effective_arrival(o) - boost + i64::from(t.id < o.id),
                    None => t.place_ms.unwrap_or(t.arrived_ms),
                };
                Ok(vec![Event::Deferred {
                    ticket: *ticket,
                    place_ms,
                }])
            }
            Command::SetAppointments { appointments } => {
                if appointments.len() > MAX_APPOINTMENTS {
                    return Err(QueueError::TooManyAppointments);
                }
                for a in appointments {
                    if self.config.service(&a.service).is_none() {
                        return Err(QueueError::UnknownService(a.service.chars().take(40).collect()));
                    }
                    if a.reference.is_empty()
                        || a.reference.len() > 20
                        || !a
                            .reference
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
                    {
                        return Err(QueueError::BadAppointment);
                    }
                }
                let same = self.bookings.as_ref().is_some_and(|b| {
                    b.len() == appointments.len() && appointments.iter().all(|a| b.get(&a.reference) == Some(a))
                });
                Ok(if same {
                    vec![]
                } else {
                    vec![Event::AppointmentsSet {
                        appointments: appointments.clone(),
                    }]
                })
            }
            Command::CallHelp { kiosk } => {
                if kiosk.is_empty() || kiosk.chars().count() > 64 || kiosk.chars().any(char::is_control) {
                    return Err(QueueError::BadKiosk);
                }
                if self.open_help().any(|h| h.kiosk == *kiosk) {
                    return Ok(vec![]);
                }
                let id = self.help.keys().next_back().map_or(1, |id| id + 1);
                Ok(vec![Event::HelpCalled {
                    help: HelpCall {
                        id,
                        kiosk: kiosk.clone(),
                        at_ms: now_ms,
                        acked: None,
                    },
                }])
            }
            Command::AckHelp { counter, help } => {
                counter_known(*counter)?;
                match self.help.get(help) {
                    Some(h) if h.acked.is_none() => Ok(vec![Event::HelpAcked {
                        help: *help,
                        counter: *counter,
                    }]),
                    _ => Err(QueueError::NoSuchHelp(*help)),
                }
            }
        }
    }

    /// Decide `command` at `now_ms` and fold what it causes, numbered on from [`Engine::seq`]:
    /// the decide-then-fold step every caller that keeps its own state takes. Returns the
    /// events, as stored and sent; on a refusal the state is unchanged. (The hub decides and
    /// folds in two steps, because it must be able to go back if the log will not take them.)
    pub fn apply(&mut self, command: &Command, now_ms: i64) -> Result<Vec<Sequenced>, QueueError> {
        let events = self.decide(command, now_ms)?;
        Ok(events
            .into_iter()
            .map(|event| {
                let s = Sequenced {
                    seq: self.seq + 1,
                    at_ms: now_ms,
                    event,
                };
                self.fold(&s);
                s
            })
            .collect())
    }

    /// Apply one persisted event. Events come from [`Engine::decide`] on this same state, or
    /// from the log in order; one that no longer fits (it cannot, unless the log was edited)
    /// changes nothing.
    pub fn fold(&mut self, ev: &Sequenced) {
        self.seq = ev.seq;
        let at = ev.at_ms;
        match &ev.event {
            Event::Issued { ticket } => {
                let number = ticket.label.trim_start_matches(|c: char| c.is_ascii_uppercase());
                let number: u32 = number.parse().unwrap_or(0);
                let next = self.next_number.entry(ticket.service.clone()).or_insert(1);
                *next = (*next).max(number + 1);
                self.next_id = self.next_id.max(ticket.id + 1);
                self.tickets.insert(ticket.id, ticket.clone());
            }
            Event::Opened { counter } => {
                self.open.insert(*counter);
            }
            Event::Closed { counter } => {
                self.open.remove(counter);
            }
            Event::Called { ticket, counter } => match self.tickets.get_mut(ticket) {
                Some(t) => {
                    t.state = TicketState::Called;
                    t.counter = Some(*counter);
                    t.recalls = 0;
                    t.first_called_ms.get_or_insert(at);
                }
                // One of the waiting tickets a summarised snapshot only counted.
                None if !self.hidden.is_empty() => self.stale = true,
                None => {}
            },
            Event::Recalled { ticket, recalls } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.recalls = *recalls;
                }
            }
            Event::Started { ticket } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.state = TicketState::Serving;
                    t.serving_ms = Some(at);
                }
            }
            Event::Finished { ticket } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    if let Some(since) = t.serving_ms.filter(|_| t.state == TicketState::Serving) {
                        let r = self.recent.entry(t.service.clone()).or_default();
                        r.push((at - since).max(0));
                        if r.len() > RECENT {
                            r.remove(0);
                        }
                    }
                    t.state = TicketState::Done;
                }
            }
            Event::NoShowed { ticket } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.state = TicketState::NoShow;
                }
            }
            Event::Parked { ticket } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.state = TicketState::Parked;
                }
            }
            Event::Transferred { ticket, target } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.state = TicketState::Waiting;
                    t.transfers += 1;
                    t.recalls = 0;
                    t.serving_ms = None;
                    match target {
                        Target::Service(s) => {
                            t.service = s.clone();
                            t.counter = None;
                        }
                        Target::Counter(c) => t.counter = Some(*c),
                    }
                }
            }
            Event::DayStarted => {
                self.tickets.clear();
                self.next_number.clear();
                self.open.clear();
                self.extra.clear();
                self.hidden.clear();
                self.bookings = None;
                self.help.clear();
            }
            Event::CapRaised { service, more, .. } => {
                let extra = self.extra.entry(service.clone()).or_insert(0);
                *extra = extra.saturating_add(*more);
            }
            Event::Deferred { ticket, place_ms } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.place_ms = Some(*place_ms);
                    t.more_time = true;
                }
            }
            Event::Requeued { ticket, service } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.state = TicketState::Waiting;
                    t.next_services.retain(|s| s != service);
                    t.service = service.clone();
                    t.counter = None;
                    t.recalls = 0;
                    t.serving_ms = None;
                }
            }
            Event::AppointmentsSet { appointments } => {
                self.bookings = Some(appointments.iter().map(|a| (a.reference.clone(), a.clone())).collect());
            }
            Event::HelpCalled { help } => {
                self.help.insert(help.id, help.clone());
            }
            Event::HelpAcked { help, counter } => {
                if let Some(h) = self.help.get_mut(help) {
                    h.acked = Some((*counter, at));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
