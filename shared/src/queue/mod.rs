//! The queue: tickets from the kiosk, calls from counters, shown and spoken on boards. The
//! [`engine`] is a pure state machine over the site's [`config`]; the hub ([`server`]) persists
//! its events in its own log ([`store`]) and serves them over the versioned [`protocol`] to
//! [`client`]s, which keep replicas (screens reach it through [`link`]); [`stats`] turns the event log into daily figures, which [`summary`] sends to the CRM; [`appointments`] loads the day's bookings from CSV or iCalendar exports; [`sms`] holds what queue texts through GOV.UK Notify need that is not the hub's.

pub mod appointments;
pub mod client;
pub mod config;
pub mod engine;
pub mod link;
pub mod mobile;
pub mod protocol;
pub mod server;
pub mod sms;
pub mod stats;
pub mod store;
pub mod summary;

pub use client::{Client, ClientError, Done, View};
pub use config::{CounterDef, Policy, QueueConfig, ServiceDef};
pub use engine::{Command, Engine, Event, QueueError, Sequenced, Snapshot, Target, Ticket, TicketState};
pub use protocol::{Hello, Role};
pub use store::QueueStore;
