//! Running under systemd: telling the service manager we are ready, alive or stopping
//! ([`notify`], the `sd_notify` datagram protocol, without libsystemd), and a watchdog that pings
//! only while every part that must stay alive has beaten recently ([`watchdog`]). Logging to the
//! journal is [`crate::logging`]'s. Nothing here does anything when `NOTIFY_SOCKET` is unset, so a
//! kiosk run from a terminal behaves as before.

pub mod notify;
pub mod watchdog;

pub use notify::{Notifier, NotifyError};
pub use watchdog::{Heartbeat, Watchdog};

/// A test-only hook: the number of milliseconds in environment variable `name`, if set. The
/// binaries read `ONESTOP_TEST_STALL_UI_AFTER_MS` and `ONESTOP_TEST_STALL_FORWARDER_AFTER_MS` to
/// block their UI event loop or forwarder on purpose, so the watchdog tests can watch the pings
/// stop. Nothing sets them in production; unset or unparsable, nothing happens.
pub fn test_stall_after(name: &str) -> Option<std::time::Duration> {
    let ms: u64 = std::env::var(name).ok()?.trim().parse().ok()?;
    Some(std::time::Duration::from_millis(ms))
}
