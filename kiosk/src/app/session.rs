//! The visit itself: the visitor's language, how long since the last touch, the larger-text
//! choice, the "Start again?" dialog, and the [`Epoch`] that every effect and every worker answer
//! carries, so an answer meant for a visit that has ended changes nothing.

/// Which visit an effect or answer belongs to: bumped at every wipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Epoch(pub u64);

/// One visit's own settings.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// The visitor's language (the staff language on the staff screens).
    pub locale: String,
    /// Seconds since the last touch or key.
    pub idle_secs: u64,
    /// Larger text, chosen in the header.
    pub large_text: bool,
    /// "Start again?" is asked.
    pub leaving: bool,
    /// This visit.
    pub epoch: Epoch,
}

/// Whether the idle count calls for the warning, and how many seconds are left.
pub fn warning(idle_secs: u64, timeout: u64, warning: u64) -> (bool, u64) {
    let left = timeout.saturating_sub(idle_secs);
    (idle_secs > 0 && left <= warning, left)
}
