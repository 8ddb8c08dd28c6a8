//! The kiosk's long-running background services (the forwarder, the daily ratings summary, the
//! queue hub it hosts), each on its own thread, and stopping them when the window closes:
//! [`Service::spawn`] hands the thread a [`Shutdown`] ([`every_round`]: one that works in rounds); [`stop_all`] signals every service, then
//! waits a bounded time for their threads. One that does not end in time is logged and left: the
//! process exits around it, which the outbox and the hub's log survive as they survive a power
//! cut.

use onestop::shutdown::{Shutdown, Stop};
use onestop::store::Store;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A service running on its own thread until told to stop.
#[derive(Debug)]
pub struct Service {
    /// For the log.
    name: &'static str,
    /// Tells the thread's [`Shutdown`] to stop.
    stop: Stop,
    /// Disconnects when the thread ends (returns or panics): std's `join` cannot time out.
    done: mpsc::Receiver<()>,
    /// Joined once `done` says it ended, to collect a panic.
    thread: JoinHandle<()>,
}

impl Service {
    /// Run `body` on a new thread named `name`; it must return soon after its [`Shutdown`] is
    /// signalled.
    pub fn spawn(name: &'static str, body: impl FnOnce(Shutdown) + Send + 'static) -> std::io::Result<Service> {
        let (stop, shutdown) = onestop::shutdown::channel();
        let (ended, done) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new().name(name.into()).spawn(move || {
            // Dropped when `body` returns or unwinds, which is what `done` waits for.
            let _ended = ended;
            body(shutdown);
        })?;
        Ok(Service {
            name,
            stop,
            done,
            thread,
        })
    }
}

/// A service that runs `round` at once and then every `every`, on a thread named `name` with
/// its own single-thread runtime and database connection (a connection cannot be shared between
/// a multi-thread runtime's workers). The connection is kept between rounds, and opened again
/// with `open` after a round fails (a full disk, a damaged file); a failure is logged as
/// `what: …`.
pub fn every_round(
    name: &'static str,
    what: &'static str,
    every: Duration,
    open: impl Fn() -> anyhow::Result<Store> + Send + 'static,
    mut round: impl FnMut(&tokio::runtime::Runtime, &Store, &Shutdown) -> anyhow::Result<()> + Send + 'static,
) -> std::io::Result<Service> {
    Service::spawn(name, move |shutdown| {
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => return tracing::error!("{what} could not start: {e}"),
        };
        let mut store: Option<Store> = None;
        while !shutdown.is_signalled() {
            let done = match store.take().map_or_else(&open, Ok) {
                Ok(s) => {
                    let done = round(&runtime, &s, &shutdown);
                    store = Some(s);
                    done
                }
                Err(e) => Err(e),
            };
            if let Err(e) = done {
                tracing::warn!("{what}: {e:#}; tried again in {every:?}");
                store = None;
            }
            runtime.block_on(async {
                tokio::select! {
                    _ = tokio::time::sleep(every) => {}
                    _ = shutdown.signalled() => {}
                }
            });
        }
    })
}

/// Signal every service to stop, then wait for their threads until `within` has passed in all.
/// Returns the names of those that did not stop in time (each is logged).
pub fn stop_all(services: Vec<Service>, within: Duration) -> Vec<&'static str> {
    for s in &services {
        s.stop.signal();
    }
    let deadline = Instant::now() + within;
    let mut late = Vec::new();
    for s in services {
        match s.done.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Err(mpsc::RecvTimeoutError::Timeout) => {
                tracing::warn!(
                    "the {} thread did not stop within {within:?} of the window closing; the kiosk exits without waiting for it",
                    s.name
                );
                late.push(s.name);
            }
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => match s.thread.join() {
                Ok(()) => tracing::info!("the {} thread stopped", s.name),
                Err(_) => tracing::error!("the {} thread panicked while stopping", s.name),
            },
        }
    }
    late
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_that_heed_the_signal_are_joined_and_one_that_does_not_is_named() {
        let heeds = |name| {
            Service::spawn(name, |shutdown| {
                while !shutdown.is_signalled() {
                    std::thread::sleep(Duration::from_millis(5));
                }
            })
            .unwrap()
        };
        let (release, hold) = mpsc::channel::<()>();
        let deaf = Service::spawn("deaf", move |_| {
            let _ = hold.recv();
        })
        .unwrap();
        let started = Instant::now();
        let late = stop_all(vec![heeds("first"), deaf, heeds("last")], Duration::from_millis(300));
        let took = started.elapsed();
        assert_eq!(late, ["deaf"]);
        assert!(
            took >= Duration::from_millis(300) && took < Duration::from_secs(5),
            "{took:?}"
        );
        drop(release);
    }

    #[test]
    fn a_service_that_panics_counts_as_stopped() {
        let service = Service::spawn("panics", |shutdown| {
            while !shutdown.is_signalled() {
                std::thread::sleep(Duration::from_millis(5));
            }
            panic!("while stopping");
        })
        .unwrap();
        assert!(stop_all(vec![service], Duration::from_secs(5)).is_empty());
    }
}
