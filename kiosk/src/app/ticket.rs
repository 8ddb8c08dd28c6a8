//! "Take a ticket": the visitor picks a service (optionally asking for extra help, or checking in
//! for an appointment by its reference); the hub's answer becomes the ticket page. A number is
//! only ever one the hub issued: no answer, or a refusal, shows "unavailable".

/// Longest appointment reference the hub accepts.
const MAX_APPOINTMENT: usize = 20;

/// A ticket the hub issued.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The number, e.g. `H012`.
    pub label: String,
    /// The service's id.
    pub service: String,
    /// The estimate when it was issued; `None` when the kiosk had no replica to ask.
    pub minutes: Option<u32>,
    /// A priority ticket.
    pub priority: bool,
    /// The appointment checked in for.
    pub appointment: Option<String>,
}

/// One visitor's way through the ticket screens.
#[derive(Debug, Clone, Default)]
pub struct TicketFlow {
    /// "I need extra help" is ticked.
    pub extra_help: bool,
    /// A checked reference: the next service chosen is a check-in for it.
    pub appointment: Option<String>,
    /// The reference typed on the appointment page.
    pub appointment_text: String,
    /// What was typed is not a reference.
    pub appointment_error: bool,
    /// An `Issue` is on its way: further taps wait for it.
    pub pending: bool,
    /// What the ticket page shows; `None` there means "unavailable".
    pub issued: Option<Issued>,
    /// No ticket because this service has issued all it may today.
    pub none_left: Option<String>,
    /// No ticket because the site is closed (the kiosk's hours or the hub's): when it opens,
    /// if known.
    pub closed: Option<Option<onestop::hours::LocalTime>>,
}

/// `typed` as an appointment reference the hub accepts (spaces dropped, capitals), or `None`.
pub fn appointment_reference(typed: &str) -> Option<String> {
    let r: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let ok = !r.is_empty() && r.len() <= MAX_APPOINTMENT && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(r)
}
