//! The printer's own account of itself: the real-time status replies (`DLE EOT 1`, `2`, `4`) read
//! into one [`PrinterStatus`], and what it means for a visitor waiting at the kiosk.
//!
//! Bit meanings are Epson's (TM series and the clones that copy them): every reply byte has bit 1
//! and bit 4 set and bit 0 and bit 7 clear, which is also how a reply is told from noise.

/// The requests, in the order [`PrinterStatus::from_replies`] expects their replies.
pub const STATUS_REQUESTS: [[u8; 3]; 3] = [[0x10, 0x04, 1], [0x10, 0x04, 2], [0x10, 0x04, 4]];

/// What the printer says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrinterStatus {
    /// Off-line (cover open, paper out, an error, or feeding).
    pub offline: bool,
    /// The cover is open.
    pub cover_open: bool,
    /// Printing stopped because the paper ran out.
    pub paper_out: bool,
    /// The roll is nearly finished: print, but tell staff.
    pub paper_low: bool,
    /// An error (cutter jam, overheated head, other).
    pub error: bool,
}

/// A status reply that is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the printer's status reply {byte:#04x} (to DLE EOT {request}) is not a status byte")]
pub struct BadStatus {
    /// The request number.
    pub request: u8,
    /// The byte received.
    pub byte: u8,
}

fn check(request: u8, byte: u8) -> Result<u8, BadStatus> {
    if byte & 0b1001_0011 == 0b0001_0010 {
        Ok(byte)
    } else {
        Err(BadStatus { request, byte })
    }
}

impl PrinterStatus {
    /// Reads the three replies to [`STATUS_REQUESTS`] (printer, off-line cause, roll paper).
    pub fn from_replies(printer: u8, offline_cause: u8, paper: u8) -> Result<PrinterStatus, BadStatus> {
        let printer = check(1, printer)?;
        let cause = check(2, offline_cause)?;
        let paper = check(4, paper)?;
        Ok(PrinterStatus {
            offline: printer & 0x08 != 0,
            cover_open: cause & 0x04 != 0,
            paper_out: cause & 0x20 != 0 || paper & 0x60 != 0,
            paper_low: paper & 0x0c != 0,
            error: cause & 0x40 != 0,
        })
    }

    /// Whether a job sent now would print.
    pub fn can_print(&self) -> bool {
        !(self.offline || self.cover_open || self.paper_out || self.error)
    }

    /// The one fault to show staff, worst first; `None` when ready (paper low is a warning).
    pub fn fault(&self) -> Option<Fault> {
        if self.paper_out {
            Some(Fault::PaperOut)
        } else if self.cover_open {
            Some(Fault::CoverOpen)
        } else if self.error {
            Some(Fault::Error)
        } else if self.offline {
            Some(Fault::Offline)
        } else {
            None
        }
    }
}

/// Why a printer cannot print, as staff are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fault {
    /// Out of paper.
    PaperOut,
    /// Cover open.
    CoverOpen,
    /// A printer error (cutter, head).
    Error,
    /// Off-line for another reason.
    Offline,
}

impl Fault {
    /// A short id (`paper-out`), used in logs, the staff screen's message ids and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            Fault::PaperOut => "paper-out",
            Fault::CoverOpen => "cover-open",
            Fault::Error => "error",
            Fault::Offline => "offline",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_healthy_printer() {
        let s = PrinterStatus::from_replies(0x12, 0x12, 0x12).unwrap();
        assert!(s.can_print());
        assert_eq!(s.fault(), None);
        assert!(!s.paper_low);
    }

    #[test]
    fn paper_out_as_emupos_and_epson_report_it() {
        // DLE EOT 4 = 0x7e: near end and end; DLE EOT 2 = 0x32: stopped at paper end.
        let s = PrinterStatus::from_replies(0x1a, 0x32, 0x7e).unwrap();
        assert!(!s.can_print());
        assert_eq!(s.fault(), Some(Fault::PaperOut));
        assert!(s.paper_low);
    }

    #[test]
    fn paper_low_still_prints() {
        let s = PrinterStatus::from_replies(0x12, 0x12, 0x1e).unwrap();
        assert!(s.can_print());
        assert!(s.paper_low);
    }

    #[test]
    fn cover_open() {
        let s = PrinterStatus::from_replies(0x1a, 0x16, 0x12).unwrap();
        assert_eq!(s.fault(), Some(Fault::CoverOpen));
    }

    #[test]
    fn noise_is_not_a_status() {
        for byte in [0x00, 0xff, 0x41, 0x13, 0x92] {
            assert!(PrinterStatus::from_replies(byte, 0x12, 0x12).is_err(), "{byte:#x}");
        }
    }
}
