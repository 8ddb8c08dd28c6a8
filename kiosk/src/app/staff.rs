//! The staff screen's state: the PIN pad (digits typed, the check in flight, what the pad says),
//! and what the open screen shows
//! (the outbox, the CRM contact, the devices). The PIN rules are `onestop::staff`'s; the check
//! runs on the shell's worker. The typed PIN is zeroed whenever it leaves this state.

use onestop::card::ReaderStatus;
use onestop::config::Config;
use onestop::store::{CrmContact, StaffRow};
use std::collections::BTreeMap;
use std::time::Duration;

/// The staff screen shows at most this many rows (newest first); the counts cover all.
pub const MAX_ROWS: usize = 200;
/// Seconds between refreshes of an open staff screen.
pub const REFRESH_SECS: u64 = 5;

/// What the PIN pad says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PadMessage {
    /// Nothing.
    #[default]
    None,
    /// No PIN is set: the screen is off.
    Disabled,
    /// Locked until this Unix time.
    Locked(i64),
    /// Not a PIN's length.
    Length,
    /// Being checked.
    Checking,
    /// Wrong; this many tries left.
    Wrong(u32),
    /// The database could not be written (the text is the error).
    DbWrite(String),
    /// The database could not be read.
    DbRead(String),
    /// The check could not start.
    CheckFailed(String),
}

/// A line above the staff screen's rows, after an action.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Notice {
    /// Nothing.
    #[default]
    None,
    /// A message id and its one text argument (`reference` or `error`), or none (`""`).
    Text(&'static str, &'static str, String),
    /// A message id and its `count`.
    Count(&'static str, i64),
}

/// What the shell read for the staff screen.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Every submission's delivery record, newest first.
    pub rows: Vec<StaffRow>,
    /// The CRM contact record.
    pub contact: CrmContact,
    /// Fields the CRM dropped, one line each.
    pub drops: Vec<String>,
    /// The forwarder's own fault (text, when) and restarts, when it runs.
    pub forwarder: Option<(Option<(String, String)>, u32)>,
    /// The database could not be read.
    pub error: Option<String>,
    /// Today's ratings: each form or service rated, with how many of each score (1 to 5).
    pub ratings: Vec<(super::rate::Rated, [u32; 5])>,
}

/// The staff screen's state.
#[derive(Debug, Default)]
pub struct StaffState {
    /// A staff PIN is set.
    pub enabled: bool,
    /// A CRM is configured (none is a normal set-up).
    pub crm_configured: bool,
    /// A printer is configured.
    pub printer_configured: bool,
    /// `[crm] attention_after_hours`.
    pub attention_after: Duration,
    /// Digits typed (never shown; zeroed when dropped).
    pub typed: super::effect::StaffPin,
    /// What the pad says.
    pub message: PadMessage,
    /// The check in flight.
    pub checking: Option<u64>,
    /// After an action.
    pub notice: Notice,
    /// Seconds since the screen was last read.
    pub since_refresh: u64,
    /// What the screen shows.
    pub loaded: Option<Loaded>,
    /// The printer's health, from the devices' worker; `None` until checked.
    pub printer: Option<crate::printing::Health>,
    /// Each card reader's last state.
    pub readers: BTreeMap<String, ReaderStatus>,
    /// The last card read: masked number, reader, when.
    pub last_card: Option<(String, String, i64)>,
}

impl StaffState {
    /// Closed, as configured.
    pub fn new(config: &Config) -> StaffState {
        StaffState {
            enabled: config.staff.pin().is_some(),
            crm_configured: config.crm.kind != onestop::config::CrmKind::None,
            printer_configured: config.printer.connection.is_some(),
            attention_after: config.crm.attention_after(),
            ..StaffState::default()
        }
    }

    /// Close the screen: forget what was typed and shown (the devices' state stays).
    pub fn lock(&mut self) {
        onestop::card::identity::wipe(&mut self.typed.0);
        self.checking = None;
        self.message = PadMessage::None;
        self.notice = Notice::None;
        self.loaded = None;
    }

    /// A card reader's event, for the devices panel (the number only masked).
    pub fn card_event(&mut self, event: &onestop::card::CardEvent, now: i64) {
        use onestop::card::CardEvent;
        let name = |r: &onestop::card::ReaderKind| format!("{r:?}").to_lowercase();
        match event {
            CardEvent::Read { reader, number } => {
                self.last_card = Some((number.masked(), name(reader), now));
            }
            CardEvent::Status { reader, status } => {
                self.readers.insert(name(reader), status.clone());
            }
        }
    }
}
