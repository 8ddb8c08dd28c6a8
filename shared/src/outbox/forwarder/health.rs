//! How the forwarder itself is doing, shared with whoever shows it (the staff screen): the last
//! fault it met in its own bookkeeping (a full disk, a locked database), whether that fault is
//! still going on, and how often the forwarder had to be restarted. The outbox rows say how
//! each *submission* is doing; this says whether the machine that sends them is.

use std::sync::Mutex;

/// What staff are told about the forwarder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HealthReport {
    /// The last store fault, cleaned for staff, and when it happened (RFC 3339 UTC).
    pub last_fault: Option<(String, String)>,
    /// Whether that fault is still going on (the last store operation failed).
    pub faulty: bool,
    /// How many times the forwarder was restarted after it ended.
    pub restarts: u32,
}

/// Shared between the forwarder's thread and the UI; cheap to update.
#[derive(Debug, Default)]
pub struct Health(Mutex<HealthReport>);

impl Health {
    /// A store operation failed with `error`.
    pub fn fault(&self, error: &str) {
        let mut h = self.lock();
        h.last_fault = Some((crate::store::error_text::clean_error(error), crate::store::now_text()));
        h.faulty = true;
    }

    /// A store operation worked again.
    pub fn recovered(&self) {
        self.lock().faulty = false;
    }

    /// The forwarder ended and was started again.
    pub fn restarted(&self) {
        self.lock().restarts += 1;
    }

    /// A copy of what there is to tell.
    pub fn report(&self) -> HealthReport {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HealthReport> {
        // A panic while holding it leaves plain data behind: still worth showing.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}
