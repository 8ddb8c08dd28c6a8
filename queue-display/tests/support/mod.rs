//! Shared scenarios for the integration tests and benches.

pub mod burst;
