//! Where a kiosk's devices leave their latest state for the next scrape: the printer's health
//! and each card reader's status, as the staff screen hears them. Shared between the device
//! threads (which write) and the metrics thread (which reads); a lock held for a copy only.
//! Asking a device how it is belongs to the kiosk.

use crate::card::{ReaderKind, ReaderStatus};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A printer's state, as the fleet sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PrinterState {
    /// No printer configured.
    #[default]
    None,
    /// Configured, not heard from yet.
    Unknown,
    /// Ready to print.
    Ready {
        /// The roll is nearly finished.
        paper_low: bool,
    },
    /// Connected, but the connection cannot report status (a file).
    NoStatus,
    /// Cannot print: `paper-out`, `cover-open`, `error`, `offline` (the printer says so) or
    /// `unreachable` (it could not be asked).
    Fault(&'static str),
}

/// The latest of each device, shared.
#[derive(Debug, Clone, Default)]
pub struct DeviceBoard(Arc<Mutex<Board>>);

/// What a scrape reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Board {
    /// The printer.
    pub printer: PrinterState,
    /// Each card reader that has reported, by kind.
    pub readers: BTreeMap<&'static str, bool>,
}

/// The label a reader kind has in metrics.
pub fn reader_name(kind: ReaderKind) -> &'static str {
    match kind {
        ReaderKind::Nfc => "nfc",
        ReaderKind::Wedge => "wedge",
        ReaderKind::Simulated => "simulated",
    }
}

impl DeviceBoard {
    /// The printer's state now.
    pub fn set_printer(&self, state: PrinterState) {
        self.lock().printer = state;
    }

    /// A reader's status now.
    pub fn set_reader(&self, kind: ReaderKind, status: &ReaderStatus) {
        self.lock()
            .readers
            .insert(reader_name(kind), matches!(status, ReaderStatus::Ready));
    }

    /// A copy of everything.
    pub fn read(&self) -> Board {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Board> {
        // Plain data: still true after a panic elsewhere.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_state_of_each_device_wins() {
        let board = DeviceBoard::default();
        let writer = board.clone();
        writer.set_printer(PrinterState::Ready { paper_low: false });
        writer.set_printer(PrinterState::Fault("paper-out"));
        writer.set_reader(ReaderKind::Nfc, &ReaderStatus::Ready);
        writer.set_reader(ReaderKind::Nfc, &ReaderStatus::Unavailable("unplugged".into()));
        writer.set_reader(ReaderKind::Wedge, &ReaderStatus::Ready);
        let b = board.read();
        assert_eq!(b.printer, PrinterState::Fault("paper-out"));
        assert_eq!(b.readers.get("nfc"), Some(&false));
        assert_eq!(b.readers.get("wedge"), Some(&true));
    }
}
