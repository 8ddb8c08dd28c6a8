//! The queue: tickets from the kiosk, calls from counters, shown and spoken on boards. The
//! [`engine`] is a pure state machine over the site's [`config`]; the hub persists its events
//! and serves them to clients; [`stats`] turns the event log into daily figures.

pub mod config;
pub mod engine;
pub mod stats;

pub use config::{CounterDef, Policy, QueueConfig, ServiceDef};
pub use engine::{Command, Engine, Event, QueueError, Sequenced, Snapshot, Target, Ticket, TicketState};
