//! The forwarder's record of the database's own faults (full disk, locked, I/O) in one run:
//! counted, told to staff through [`Health`], and waited out with a growing pause. A row's own
//! damage is not a fault here: that row is parked and the rest go on.

use super::Health;
use crate::store::StoreError;
use std::time::{Duration, Instant};

/// The database's own faults: counted, told to staff, and waited out with a growing pause.
pub(super) struct Faults<'a> {
    health: &'a Health,
    /// Faults in a row; 0 when the last store operation worked.
    pub(super) streak: u32,
    /// When the current streak began.
    pub(super) since: Option<Instant>,
    /// The last fault, for the report.
    pub(super) last: Option<String>,
    /// Faults met in the whole run.
    pub(super) total: usize,
}

impl<'a> Faults<'a> {
    /// None yet, told to `health`.
    pub(super) fn new(health: &'a Health) -> Faults<'a> {
        Faults {
            health,
            streak: 0,
            since: None,
            last: None,
            total: 0,
        }
    }

    /// A store operation (`what`) failed with `e`.
    pub(super) fn note(&mut self, what: &str, e: &StoreError) {
        let text = format!("{what}: {e}");
        if self.streak == 0 {
            tracing::warn!("the outbox database failed ({text}); delivery waits and tries again");
        }
        self.health.fault(&text);
        self.streak += 1;
        self.since.get_or_insert_with(Instant::now);
        self.last = Some(text);
        self.total += 1;
    }

    /// Store operations work (again).
    pub(super) fn ok(&mut self) {
        if self.streak > 0 {
            tracing::info!("the outbox database works again; delivery goes on");
            self.health.recovered();
        }
        self.streak = 0;
        self.since = None;
    }

    /// The pause before trying the database again: 250 ms doubling to 8 s, so a disk that
    /// frees up is noticed within seconds.
    pub(super) fn pause(&self) -> Option<Duration> {
        (self.streak > 0).then(|| Duration::from_millis(250u64 << self.streak.min(5).saturating_sub(1)))
    }
}
