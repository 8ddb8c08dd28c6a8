//! "Track an enquiry": the reference typed, what this kiosk's outbox says of it, and what the
//! CRM last said, with a question to the CRM in flight when it can be asked.

use onestop::reference::{Reference, ReferenceError};
use onestop::store::status::CachedStatus;

/// What the outbox holds for a reference (the shell reads it; the app decides what to say).
#[derive(Debug, Clone)]
pub enum Found {
    /// No such reference here.
    NotFound,
    /// Kept, not yet taken by the CRM.
    Pending,
    /// The CRM refused it; staff have it.
    Parked,
    /// The CRM took it.
    Sent {
        /// The submission.
        submission_id: String,
        /// The CRM's id (or `token:…` while the CRM has not given one).
        crm_id: String,
        /// What the CRM last said, from the cache.
        status: Option<CachedStatus>,
    },
}

/// What the screen shows for the last reference looked up.
#[derive(Debug, Clone, Default)]
pub struct TrackView {
    /// The main message id, e.g. `track-sent`, or an error's.
    pub message: String,
    /// The CRM's id, for `track-sent`.
    pub crm_id: String,
    /// What the CRM last said.
    pub status: Option<CachedStatus>,
    /// The question to the CRM in flight.
    pub waiting_for: Option<u64>,
    /// The last question could not be answered (offline, or the CRM failed).
    pub unreachable: bool,
}

/// "Track an enquiry"'s state.
#[derive(Debug, Clone, Default)]
pub struct TrackState {
    /// The reference as typed.
    pub text: String,
    /// What was found for it.
    pub view: Option<TrackView>,
}

/// The typed text as a reference, or the message id of what is wrong with it.
pub fn parse(typed: &str) -> Result<Reference, &'static str> {
    Reference::parse(typed).map_err(|e| match e {
        ReferenceError::Length => "track-error-length",
        ReferenceError::Character => "track-error-character",
        ReferenceError::Check => "track-error-check",
    })
}

/// Just a message.
pub fn message(id: &str) -> TrackView {
    TrackView {
        message: id.to_owned(),
        ..TrackView::default()
    }
}
