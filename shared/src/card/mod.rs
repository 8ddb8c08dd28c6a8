//! Card readers: every reader (NFC, keyboard-wedge barcode scanner, simulated) turns what it reads
//! into a [`CardEvent`] on a channel, and [`identity`] resolves a card number to a person;
//! [`carried`] is the card a submission takes to the CRM.
//!
//! A card number is personal data: [`CardNumber`]'s `Debug` and `Display` show only its last four
//! characters, so it cannot reach a log by accident. [`CardNumber::expose`] is the one way to the
//! whole number, used to ask the library or CRM and to forward a submission.

use std::fmt;

pub mod carried;
pub mod identity;
#[cfg(feature = "nfc")]
pub mod nfc;
pub mod simulated;
pub mod sip2;
pub mod sip2_client;
pub mod wedge;

/// A card's number: a barcode's digits or an NFC card's UID in upper-case hex.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CardNumber(String);

/// Why a card number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardNumberError {
    /// Nothing was read (an NFC poll with no card, an empty scan).
    #[error("the card number is empty")]
    Empty,
    /// Longer than any library or council card.
    #[error("the card number is {0} characters long; the most is {max}", max = CardNumber::MAX_LEN)]
    TooLong(usize),
    /// A character no card carries (control characters, spaces, punctuation other than `-`).
    #[error("the card number has a character no card carries")]
    BadCharacter,
}

impl CardNumber {
    /// The longest number accepted: library barcodes are 14 digits or fewer, NFC UIDs 10 bytes
    /// (20 hex digits); 32 leaves room for council cards without letting a flood through.
    pub const MAX_LEN: usize = 32;

    /// Checks a number read from a card: ASCII letters and digits (and `-`), 1 to
    /// [`Self::MAX_LEN`] characters, after trimming surrounding whitespace.
    pub fn parse(raw: &str) -> Result<CardNumber, CardNumberError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(CardNumberError::Empty);
        }
        let len = trimmed.chars().count();
        if len > Self::MAX_LEN {
            return Err(CardNumberError::TooLong(len));
        }
        if !trimmed.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(CardNumberError::BadCharacter);
        }
        Ok(CardNumber(trimmed.to_ascii_uppercase()))
    }

    /// A UID read by an NFC reader, as upper-case hex. An empty UID (a poll with no card) is
    /// [`CardNumberError::Empty`].
    pub fn from_uid(uid: &[u8]) -> Result<CardNumber, CardNumberError> {
        if uid.is_empty() {
            return Err(CardNumberError::Empty);
        }
        CardNumber::parse(&hex::encode_upper(uid))
    }

    /// The whole number, for the identity provider and the forwarded submission only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The number as staff see it: all but the last four characters masked (`••••••1234`).
    pub fn masked(&self) -> String {
        let n = self.0.chars().count();
        let keep = n.min(4);
        let hidden = n - keep;
        let tail: String = self.0.chars().skip(hidden).collect();
        format!("{}{tail}", "•".repeat(hidden))
    }
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CardNumber({})", self.masked())
    }
}

impl fmt::Display for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Which kind of reader produced an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReaderKind {
    /// An NFC reader through libnfc.
    Nfc,
    /// A barcode scanner that types like a keyboard.
    Wedge,
    /// The simulated reader for development and tests.
    Simulated,
}

/// Whether a reader can read now, as the staff screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderStatus {
    /// Connected and polling.
    Ready,
    /// Not there or not answering; the reader keeps trying to reconnect by itself.
    Unavailable(String),
}

/// What a reader sends to the kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEvent {
    /// A card was read.
    Read {
        /// The reader that read it.
        reader: ReaderKind,
        /// The card's number.
        number: CardNumber,
    },
    /// A reader's status changed (unplugged, replugged, failed to open).
    Status {
        /// The reader whose status changed.
        reader: ReaderKind,
        /// Its new status.
        status: ReaderStatus,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_and_masked() {
        let n = CardNumber::parse(" 21234001234567 ").unwrap();
        assert_eq!(n.expose(), "21234001234567");
        assert_eq!(n.masked(), "••••••••••4567");
        assert_eq!(format!("{n:?}"), "CardNumber(••••••••••4567)");
        assert!(!format!("{n} {n:?}").contains("2123400"));
        assert_eq!(CardNumber::parse("12").unwrap().masked(), "12");
        assert_eq!(CardNumber::parse("12345").unwrap().masked(), "•2345");
        assert_eq!(CardNumber::parse("  "), Err(CardNumberError::Empty));
        assert_eq!(CardNumber::parse("12 34"), Err(CardNumberError::BadCharacter));
        assert_eq!(CardNumber::parse("12\u{1b}[2J"), Err(CardNumberError::BadCharacter));
        assert_eq!(CardNumber::parse("١٢٣"), Err(CardNumberError::BadCharacter));
        assert_eq!(CardNumber::parse(&"9".repeat(33)), Err(CardNumberError::TooLong(33)));
        assert_eq!(CardNumber::from_uid(&[]), Err(CardNumberError::Empty));
        assert_eq!(
            CardNumber::from_uid(&[0x04, 0xa2, 0x3b, 0x1c]).unwrap().expose(),
            "04A23B1C"
        );
    }
}
