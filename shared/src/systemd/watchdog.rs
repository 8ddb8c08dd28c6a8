//! The watchdog: a pinger thread that sends `WATCHDOG=1` every half of `WATCHDOG_USEC`, but only
//! while every [`Heartbeat`] it watches has beaten within that half. Each part that must stay
//! alive (the kiosk's UI event loop, its forwarder; the hub's runtime and engine thread) beats
//! from its own loop; one that hangs stops the pings, the pinger logs which, and systemd restarts
//! the service. Beating is the parts' job; this module only watches.

use super::Notifier;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// One part's sign of life: the last time it beat.
#[derive(Debug)]
pub struct Heartbeat {
    /// For the log ("the UI event loop").
    name: &'static str,
    /// When it was made; beats are stored as milliseconds since.
    origin: Instant,
    last_ms: AtomicU64,
}

impl Heartbeat {
    /// A heartbeat for the part `name`, counted as having just beaten.
    pub fn new(name: &'static str) -> Arc<Heartbeat> {
        Arc::new(Heartbeat {
            name,
            origin: Instant::now(),
            last_ms: AtomicU64::new(0),
        })
    }

    /// The part is alive now.
    pub fn beat(&self) {
        let ms = self.origin.elapsed().as_millis() as u64;
        self.last_ms.fetch_max(ms, Ordering::Relaxed);
    }

    /// How long since it last beat.
    pub fn age(&self) -> Duration {
        let now = self.origin.elapsed().as_millis() as u64;
        Duration::from_millis(now.saturating_sub(self.last_ms.load(Ordering::Relaxed)))
    }

    /// The part's name.
    pub fn name(&self) -> &'static str {
        self.name
    }
}

/// How often a part should beat for a watchdog of `interval`: an eighth of it, at most a second,
/// so a beat is never the reason a ping is missed.
pub fn beat_every(interval: Duration) -> Duration {
    (interval / 8).clamp(Duration::from_millis(10), Duration::from_secs(1))
}

/// The watchdog interval in `WATCHDOG_USEC`, if it is meant for this process: `WATCHDOG_PID`
/// unset, ours, or our parent's (under `cage` the compositor is the unit's main process and the
/// kiosk its child, with `NotifyAccess=all`).
pub fn interval_from_env() -> Option<Duration> {
    interval_for(
        std::env::var("WATCHDOG_USEC").ok().as_deref(),
        std::env::var("WATCHDOG_PID").ok().as_deref(),
        std::process::id(),
        std::os::unix::process::parent_id(),
    )
}

/// [`interval_from_env`] on given values: `usec` and `pid` as the environment has them.
pub fn interval_for(usec: Option<&str>, pid: Option<&str>, me: u32, parent: u32) -> Option<Duration> {
    let usec: u64 = usec?.trim().parse().ok()?;
    if usec == 0 {
        return None;
    }
    if let Some(pid) = pid {
        let pid: u32 = pid.trim().parse().ok()?;
        if pid != me && pid != parent {
            return None;
        }
    }
    Some(Duration::from_micros(usec))
}

/// Whether to ping now: the first part that has not beaten within `limit`, if any.
pub fn stale(beats: &[Arc<Heartbeat>], limit: Duration) -> Option<(&Heartbeat, Duration)> {
    beats
        .iter()
        .map(|b| (b.as_ref(), b.age()))
        .find(|(_, age)| *age > limit)
}

/// The running pinger; it stops when dropped.
#[derive(Debug)]
pub struct Watchdog {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    /// Ping `notifier` every `interval / 2` while every one of `beats` has beaten within
    /// `interval / 2`. Returns at once; the pings run on their own thread.
    pub fn start(notifier: Notifier, interval: Duration, beats: Vec<Arc<Heartbeat>>) -> std::io::Result<Watchdog> {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let half = interval / 2;
        let thread = std::thread::Builder::new().name("watchdog".into()).spawn(move || {
            let mut was_stale: Option<&'static str> = None;
            while !stopped.load(Ordering::Relaxed) {
                match stale(&beats, half) {
                    None => {
                        if let Some(name) = was_stale.take() {
                            tracing::warn!(part = name, "{name} is alive again; watchdog pings resume");
                        }
                        if let Err(e) = notifier.watchdog() {
                            tracing::warn!("{e}");
                        }
                    }
                    Some((part, age)) => {
                        if was_stale != Some(part.name()) {
                            tracing::error!(
                                part = part.name(),
                                stalled_ms = age.as_millis() as u64,
                                "{} has not answered for {age:.1?}; the watchdog stops pinging so systemd restarts this service",
                                part.name()
                            );
                            was_stale = Some(part.name());
                        }
                    }
                }
                // Short naps, so a drop does not wait a whole half-interval.
                let until = Instant::now() + half;
                while !stopped.load(Ordering::Relaxed) && Instant::now() < until {
                    std::thread::sleep((until - Instant::now()).min(Duration::from_millis(100)));
                }
            }
        })?;
        Ok(Watchdog {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixDatagram;

    #[test]
    fn the_interval_is_taken_only_when_it_is_meant_for_us_or_our_parent() {
        let s = Duration::from_secs(30);
        assert_eq!(interval_for(Some("30000000"), None, 10, 1), Some(s));
        assert_eq!(interval_for(Some("30000000"), Some("10"), 10, 1), Some(s));
        assert_eq!(
            interval_for(Some("30000000"), Some("1"), 10, 1),
            Some(s),
            "cage is our parent"
        );
        assert_eq!(interval_for(Some("30000000"), Some("77"), 10, 1), None);
        assert_eq!(interval_for(Some("0"), None, 10, 1), None);
        assert_eq!(interval_for(Some("soon"), None, 10, 1), None);
        assert_eq!(interval_for(None, Some("10"), 10, 1), None);
    }

    #[test]
    fn a_part_that_stops_beating_stops_the_pings_and_they_resume_when_it_beats_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let listener = UnixDatagram::bind(&path).unwrap();
        listener.set_read_timeout(Some(Duration::from_millis(600))).unwrap();
        let notifier = Notifier::to(path.to_str().unwrap()).unwrap();
        let (alive, hung) = (Heartbeat::new("alive"), Heartbeat::new("hung"));
        let keep = alive.clone();
        let beating = Arc::new(AtomicBool::new(true));
        let go = beating.clone();
        let beater = std::thread::spawn(move || {
            while go.load(Ordering::Relaxed) {
                keep.beat();
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        hung.beat();
        let dog = Watchdog::start(notifier, Duration::from_millis(400), vec![alive.clone(), hung.clone()]).unwrap();
        let mut buf = [0u8; 32];
        let len = listener.recv(&mut buf).expect("a first ping while both are fresh");
        assert_eq!(&buf[..len], b"WATCHDOG=1");
        // `hung` never beats again: within a few intervals the pings stop altogether.
        std::thread::sleep(Duration::from_millis(450));
        while listener.recv(&mut buf).is_ok() {}
        assert!(listener.recv(&mut buf).is_err(), "no ping while a part is stale");
        hung.beat();
        let len = listener.recv(&mut buf).expect("pings resume once it beats");
        assert_eq!(&buf[..len], b"WATCHDOG=1");
        drop(dog);
        beating.store(false, Ordering::Relaxed);
        beater.join().unwrap();
    }
}
