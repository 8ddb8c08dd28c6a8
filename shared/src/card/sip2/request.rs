//! SIP2 requests as values that are valid by construction: 93 Login, 99 SC Status, 63 Patron
//! Information and 23 Patron Status (from one [`PatronQuery`]), and 97 Request ACS Resend. Every
//! value is checked when the request is made, so turning one into a frame cannot fail.

use std::fmt;

use time::{OffsetDateTime, UtcOffset};

use super::frame::{SeqNo, seal};

/// The longest value a request field may carry, in bytes (SIP2's own limit for a field).
pub const MAX_REQUEST_FIELD_LEN: usize = 255;

/// Why a request could not be made. Names the field, never its value (it may be a PIN).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// A `|`, CR, LF, other control character or non-ASCII character: SIP2 cannot carry it
    /// intact, and a `|` would let the value inject fields.
    #[error("the {0} has a character SIP2 cannot carry (only printable ASCII without `|`); check it")]
    BadCharacter(&'static str),
    /// Longer than [`MAX_REQUEST_FIELD_LEN`].
    #[error("the {0} is longer than {max} characters", max = MAX_REQUEST_FIELD_LEN)]
    TooLong(&'static str),
    /// Empty where a value is needed (a barcode, a PIN that was given).
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// A date outside the years 0 to 9999, which the 4-digit year cannot hold.
    #[error("the transaction date's year {0} does not fit SIP2's 4 digits; check the clock")]
    DateOutOfRange(i32),
}

/// Checks one value for a request field.
fn field(name: &'static str, value: &str, required: bool) -> Result<String, RequestError> {
    if required && value.is_empty() {
        return Err(RequestError::Empty(name));
    }
    if value.len() > MAX_REQUEST_FIELD_LEN {
        return Err(RequestError::TooLong(name));
    }
    if !value.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'|') {
        return Err(RequestError::BadCharacter(name));
    }
    Ok(value.to_owned())
}

/// Appends `id`, `value` and the field delimiter.
fn put(body: &mut Vec<u8>, id: &str, value: &str) {
    body.extend_from_slice(id.as_bytes());
    body.extend_from_slice(value.as_bytes());
    body.push(b'|');
}

/// A value as `Debug` shows it: `***` when set, `""` when empty.
fn masked(value: &str) -> &'static str {
    if value.is_empty() { "\"\"" } else { "***" }
}

/// SIP2's 18-character transaction date, `YYYYMMDDZZZZHHMMSS`: UTC as `   Z`, any other offset
/// as that local time with a blank zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransactionDate(String);

impl TransactionDate {
    /// The date for an instant; the caller passes the clock in, so building a request is pure.
    pub fn new(at: OffsetDateTime) -> Result<TransactionDate, RequestError> {
        if !(0..=9999).contains(&at.year()) {
            return Err(RequestError::DateOutOfRange(at.year()));
        }
        let zone = if at.offset() == UtcOffset::UTC { "   Z" } else { "    " };
        Ok(TransactionDate(format!(
            "{:04}{:02}{:02}{zone}{:02}{:02}{:02}",
            at.year(),
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        )))
    }

    /// The 18 characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// 93 Login: the kiosk's own account at the library system.
#[derive(Clone, PartialEq, Eq)]
pub struct LoginRequest {
    user: String,
    password: String,
    location: String,
}

impl LoginRequest {
    /// A login as `user` with `password`, at location code `location` (may be empty).
    pub fn new(user: &str, password: &str, location: &str) -> Result<LoginRequest, RequestError> {
        Ok(LoginRequest {
            user: field("login user", user, true)?,
            password: field("login password", password, false)?,
            location: field("location code", location, false)?,
        })
    }

    /// The frame: `9300CN<user>|CO<password>|CP<location>|AY<seq>AZ<checksum>` and CR (plain-text
    /// user id and password algorithms).
    pub fn to_frame(&self, seq: SeqNo) -> Vec<u8> {
        let mut body = b"9300".to_vec();
        put(&mut body, "CN", &self.user);
        put(&mut body, "CO", &self.password);
        put(&mut body, "CP", &self.location);
        seal(body, Some(seq))
    }
}

impl fmt::Debug for LoginRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginRequest")
            .field("user", &self.user)
            .field("password", &format_args!("{}", masked(&self.password)))
            .field("location", &self.location)
            .finish()
    }
}

/// 99 SC Status: tells the library system the kiosk is working and asks for its status (98).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScStatusRequest {
    /// The widest line the kiosk's printer prints, 0 to 999 characters.
    pub max_print_width: u16,
}

impl ScStatusRequest {
    /// The frame: status OK (`0`), the print width, protocol version `2.00`.
    pub fn to_frame(&self, seq: SeqNo) -> Vec<u8> {
        let body = format!("990{:03}2.00", self.max_print_width.min(999));
        seal(body.into_bytes(), Some(seq))
    }
}

/// The question "who is this card holder, and is this their PIN?", sent as 63 Patron Information
/// or 23 Patron Status.
#[derive(Clone, PartialEq, Eq)]
pub struct PatronQuery {
    date: TransactionDate,
    institution: String,
    barcode: String,
    terminal_password: String,
    pin: Option<String>,
}

impl PatronQuery {
    /// A query for the card `barcode` at `institution`, with the PIN the visitor typed (`None`:
    /// no PIN is sent, and the library system does not say whether one is right).
    pub fn new(
        date: TransactionDate,
        institution: &str,
        barcode: &str,
        terminal_password: &str,
        pin: Option<&str>,
    ) -> Result<PatronQuery, RequestError> {
        Ok(PatronQuery {
            date,
            institution: field("institution id", institution, false)?,
            barcode: field("card number", barcode, true)?,
            terminal_password: field("terminal password", terminal_password, false)?,
            pin: pin.map(|pin| field("PIN", pin, true)).transpose()?,
        })
    }

    /// 63 Patron Information: language `000` (unknown), the date, a blank summary (no item
    /// lists), then `AO`, `AA`, `AC` and, with a PIN, `AD`.
    pub fn to_patron_information(&self, seq: SeqNo) -> Vec<u8> {
        let mut body = format!("63000{}{:10}", self.date.as_str(), "").into_bytes();
        self.put_patron_fields(&mut body);
        if let Some(pin) = &self.pin {
            put(&mut body, "AD", pin);
        }
        seal(body, Some(seq))
    }

    /// 23 Patron Status: like 63 without the summary; `AD` is required there, so it is sent empty
    /// when there is no PIN.
    pub fn to_patron_status(&self, seq: SeqNo) -> Vec<u8> {
        let mut body = format!("23000{}", self.date.as_str()).into_bytes();
        self.put_patron_fields(&mut body);
        put(&mut body, "AD", self.pin.as_deref().unwrap_or_default());
        seal(body, Some(seq))
    }

    /// The card number the query asks about.
    pub fn barcode(&self) -> &str {
        &self.barcode
    }

    fn put_patron_fields(&self, body: &mut Vec<u8>) {
        put(body, "AO", &self.institution);
        put(body, "AA", &self.barcode);
        put(body, "AC", &self.terminal_password);
    }
}

impl fmt::Debug for PatronQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tail: String = self
            .barcode
            .chars()
            .skip(self.barcode.len().saturating_sub(4))
            .collect();
        let barcode = format!("{}{tail}", "•".repeat(self.barcode.len() - tail.len()));
        f.debug_struct("PatronQuery")
            .field("date", &self.date.as_str())
            .field("institution", &self.institution)
            .field("barcode", &barcode)
            .field(
                "terminal_password",
                &format_args!("{}", masked(&self.terminal_password)),
            )
            .field(
                "pin",
                &format_args!("{}", if self.pin.is_some() { "Some(***)" } else { "None" }),
            )
            .finish()
    }
}

/// 97 Request ACS Resend: asks the library system to send its last reply again (after a reply
/// failed its checksum). It carries a checksum but no sequence number.
pub fn resend_request() -> Vec<u8> {
    seal(b"97".to_vec(), None)
}
