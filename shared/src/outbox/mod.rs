//! Delivering the outbox to the CRM. [`plan`] is pure: given the rows, the time and whether we
//! are online, it says what to send now and when to look again; [`outcome`] turns what the CRM
//! answered into the row's next state (acknowledged, retry at T with capped exponential backoff
//! and jitter, or parked). [`forwarder`] carries a plan out against a CRM, and [`tracking`]
//! keeps what the CRM says about delivered requests current.

pub mod export;
pub mod forwarder;
pub mod outcome;
pub mod plan;
pub mod tracking;

pub use outcome::{Backoff, Dropped, Outcome, Transition, transition};
pub use plan::{Action, Connectivity, Row, RowState, plan};
