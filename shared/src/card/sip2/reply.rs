//! SIP2 replies read into values: 94 Login, 98 ACS Status, 64 Patron Information, 24 Patron
//! Status and 96 Request SC Resend, with a typed [`ReplyError`] for every way a reply can be
//! wrong. [`PatronReply::to_frame`] writes a patron reply back out, for test servers and
//! round-trip tests.

use std::fmt;

use super::frame::{Field, Frame, SeqNo, printable, seal, text};
use super::request::{MAX_REQUEST_FIELD_LEN, RequestError};

/// Why a reply was refused. A person reading it learns what was wrong with the reply; the
/// caller learns from [`ReplyError::is_retryable`] whether asking again may help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    /// Longer than [`super::MAX_MESSAGE_LEN`].
    #[error("the reply is {0} bytes long; the most accepted is {max}", max = super::MAX_MESSAGE_LEN)]
    TooLong(usize),
    /// Not even a two-character message code.
    #[error("the reply is too short to carry a message code")]
    TooShort,
    /// A control character (other than the final CR/LF): not text SIP2 sends.
    #[error("the reply has a control character at byte {offset}")]
    ControlCharacter {
        /// Where, counting from 0.
        offset: usize,
    },
    /// A message code a kiosk does not expect (or no code at all).
    #[error("the reply is message `{0}`, which a kiosk does not expect")]
    UnknownMessage(String),
    /// The reply ends before one of its fixed-length fields.
    #[error("the reply ends before its fixed field \"{0}\"")]
    MissingField(&'static str),
    /// A fixed-length field has non-ASCII bytes.
    #[error("the reply's fixed field \"{0}\" is not ASCII")]
    NotAscii(&'static str),
    /// A variable field whose identifier is not two letters or digits.
    #[error("the reply has a field with the identifier `{0}`, which is not two letters or digits")]
    BadFieldId(String),
    /// A variable field longer than [`super::MAX_FIELD_LEN`].
    #[error("the reply's field {id} is {len} bytes long; the most accepted is {max}", max = super::MAX_FIELD_LEN)]
    FieldTooLong {
        /// The field's identifier.
        id: String,
        /// Its length in bytes.
        len: usize,
    },
    /// `AZ` not followed by four hex digits.
    #[error("the reply's checksum field is not four hex digits")]
    BadChecksumField,
    /// The checksum does not match: the reply was damaged on the way.
    #[error("the reply's checksum is wrong (damaged on the way); ask again")]
    Checksum,
    /// The reply answers another request than the one sent.
    #[error("the reply has sequence number {got} but answers request {expected}; ask again")]
    Sequence {
        /// The request's sequence number.
        expected: u8,
        /// The reply's.
        got: u8,
    },
    /// A one-character flag with a value SIP2 does not define.
    #[error("the reply's {field} is `{value}`, which SIP2 does not define")]
    BadFlag {
        /// The flag's name.
        field: &'static str,
        /// What it held.
        value: String,
    },
}

impl ReplyError {
    /// Whether asking for the reply again may help: a damaged reply or a mismatched sequence
    /// number may be a one-off; anything else the library system would send again the same way.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ReplyError::Checksum | ReplyError::Sequence { .. })
    }
}

/// A block on a patron: one of the 14 positions of SIP2's patron status field, set with `Y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)] // the names are the SIP2 specification's
pub enum PatronBlock {
    ChargePrivilegesDenied,
    RenewalPrivilegesDenied,
    RecallPrivilegesDenied,
    HoldPrivilegesDenied,
    CardReportedLost,
    TooManyItemsCharged,
    TooManyItemsOverdue,
    TooManyRenewals,
    TooManyClaimsOfItemsReturned,
    TooManyItemsLost,
    ExcessiveOutstandingFines,
    ExcessiveOutstandingFees,
    RecallOverdue,
    TooManyItemsBilled,
}

impl PatronBlock {
    /// Every block, in the order of the patron status field's positions.
    pub const ALL: [PatronBlock; 14] = [
        PatronBlock::ChargePrivilegesDenied,
        PatronBlock::RenewalPrivilegesDenied,
        PatronBlock::RecallPrivilegesDenied,
        PatronBlock::HoldPrivilegesDenied,
        PatronBlock::CardReportedLost,
        PatronBlock::TooManyItemsCharged,
        PatronBlock::TooManyItemsOverdue,
        PatronBlock::TooManyRenewals,
        PatronBlock::TooManyClaimsOfItemsReturned,
        PatronBlock::TooManyItemsLost,
        PatronBlock::ExcessiveOutstandingFines,
        PatronBlock::ExcessiveOutstandingFees,
        PatronBlock::RecallOverdue,
        PatronBlock::TooManyItemsBilled,
    ];
}

/// 94 Login response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginReply {
    /// The library system accepted the kiosk's login.
    pub ok: bool,
}

/// 98 ACS Status: the library system's state and abilities (the parts a kiosk uses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcsStatus {
    /// The library system is online.
    pub online: bool,
    /// It accepts transactions the kiosk stored while it was offline.
    pub offline_ok: bool,
    /// Its SIP version, e.g. `2.00`.
    pub protocol_version: String,
    /// `AO`: its institution id.
    pub institution: Option<String>,
    /// `AM`: the library's name.
    pub library_name: Option<String>,
    /// `BX`: which messages it supports, as 16 `Y`/`N`.
    pub supported_messages: Option<String>,
    /// `AF`: text to show, lines joined with `\n`.
    pub screen_message: Option<String>,
}

/// Which message a [`PatronReply`] came as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatronReplyKind {
    /// 64, answering 63 Patron Information.
    Information,
    /// 24, answering 23 Patron Status.
    Status,
}

/// 64 Patron Information or 24 Patron Status: who the card holder is, and whether their card and
/// PIN are good. `valid_patron` and `valid_password` are separate answers; `None` means the
/// library system did not say, which is never a yes.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct PatronReply {
    /// The positions set in the patron status field.
    pub blocks: Vec<PatronBlock>,
    /// The patron's language, 3 digits (`000` unknown).
    pub language: String,
    /// The library system's transaction date, 18 characters.
    pub transaction_date: String,
    /// `AO`: institution id.
    pub institution: Option<String>,
    /// `AA`: the card number the reply is about.
    pub barcode: Option<String>,
    /// `AE`: personal name.
    pub name: Option<String>,
    /// `BD`: home address.
    pub address: Option<String>,
    /// `BE`: e-mail address.
    pub email: Option<String>,
    /// `BF`: home phone number.
    pub phone: Option<String>,
    /// `BL`: the card belongs to a patron the library knows (`Y`/`N`).
    pub valid_patron: Option<bool>,
    /// `CQ`: the PIN sent was right (`Y`/`N`).
    pub valid_password: Option<bool>,
    /// `AF`: text to show, lines joined with `\n`.
    pub screen_message: Option<String>,
}

impl fmt::Debug for PatronReply {
    /// Shows which personal fields are present, not what they hold.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let present = |v: &Option<String>| if v.is_some() { "Some(…)" } else { "None" };
        f.debug_struct("PatronReply")
            .field("blocks", &self.blocks)
            .field("language", &self.language)
            .field("transaction_date", &self.transaction_date)
            .field("institution", &self.institution)
            .field("barcode", &format_args!("{}", present(&self.barcode)))
            .field("name", &format_args!("{}", present(&self.name)))
            .field("address", &format_args!("{}", present(&self.address)))
            .field("email", &format_args!("{}", present(&self.email)))
            .field("phone", &format_args!("{}", present(&self.phone)))
            .field("valid_patron", &self.valid_patron)
            .field("valid_password", &self.valid_password)
            .field("screen_message", &self.screen_message)
            .finish()
    }
}

/// A reply the kiosk understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// 94.
    Login(LoginReply),
    /// 98.
    AcsStatus(AcsStatus),
    /// 64.
    PatronInformation(PatronReply),
    /// 24.
    PatronStatus(PatronReply),
    /// 96: the library system could not read the last request and asks for it again.
    ResendRequest,
}

impl Reply {
    /// The message code, for error messages.
    pub fn code(&self) -> &'static str {
        match self {
            Reply::Login(_) => "94",
            Reply::AcsStatus(_) => "98",
            Reply::PatronInformation(_) => "64",
            Reply::PatronStatus(_) => "24",
            Reply::ResendRequest => "96",
        }
    }
}

const STATUS_LAYOUT: [(&str, usize); 3] = [("patron status", 14), ("language", 3), ("transaction date", 18)];
const INFO_LAYOUT: [(&str, usize); 9] = [
    ("patron status", 14),
    ("language", 3),
    ("transaction date", 18),
    ("hold items count", 4),
    ("overdue items count", 4),
    ("charged items count", 4),
    ("fine items count", 4),
    ("recall items count", 4),
    ("unavailable holds count", 4),
];
const ACS_LAYOUT: [(&str, usize); 10] = [
    ("online status", 1),
    ("checkin ok", 1),
    ("checkout ok", 1),
    ("ACS renewal policy", 1),
    ("status update ok", 1),
    ("offline ok", 1),
    ("timeout period", 3),
    ("retries allowed", 3),
    ("date/time sync", 18),
    ("protocol version", 4),
];

/// Reads one reply (with or without its final CR). With `expected`, a reply whose sequence number
/// differs is [`ReplyError::Sequence`]; a wrong checksum is always [`ReplyError::Checksum`].
pub fn parse_reply(bytes: &[u8], expected: Option<SeqNo>) -> Result<Reply, ReplyError> {
    let frame = Frame::open(bytes, expected)?;
    match &frame.code {
        b"94" => {
            let [ok] = frame.fixed([("ok", 1)])?;
            match ok {
                "1" => Ok(Reply::Login(LoginReply { ok: true })),
                "0" => Ok(Reply::Login(LoginReply { ok: false })),
                other => Err(ReplyError::BadFlag {
                    field: "login ok flag",
                    value: other.to_owned(),
                }),
            }
        }
        b"98" => acs_status(&frame),
        b"64" => patron(&frame, PatronReplyKind::Information).map(Reply::PatronInformation),
        b"24" => patron(&frame, PatronReplyKind::Status).map(Reply::PatronStatus),
        b"96" => Ok(Reply::ResendRequest),
        code => Err(ReplyError::UnknownMessage(printable(code))),
    }
}

/// The variable fields of a reply, looked up by identifier.
struct Fields<'a>(Vec<Field<'a>>);

impl Fields<'_> {
    /// The first field `id`, as trimmed text; `None` when absent or blank.
    fn first(&self, id: &[u8; 2]) -> Option<String> {
        let (_, raw) = self.0.iter().find(|(i, _)| i == id)?;
        Some(text(raw).trim().to_owned()).filter(|s| !s.is_empty())
    }

    /// Every non-blank field `id`, joined with `\n`.
    fn lines(&self, id: &[u8; 2]) -> Option<String> {
        let lines: Vec<String> = self
            .0
            .iter()
            .filter(|(i, _)| i == id)
            .map(|(_, raw)| text(raw).trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// A `Y`/`N` field; anything else is `None`, which no caller may read as yes.
    fn yes_no(&self, id: &[u8; 2]) -> Option<bool> {
        match self.0.iter().find(|(i, _)| i == id)?.1 {
            b"Y" => Some(true),
            b"N" => Some(false),
            _ => None,
        }
    }
}

/// The bytes a fixed layout takes.
fn width(layout: &[(&str, usize)]) -> usize {
    layout.iter().map(|(_, w)| w).sum()
}

fn acs_status(frame: &Frame<'_>) -> Result<Reply, ReplyError> {
    let fixed = frame.fixed(ACS_LAYOUT)?;
    let fields = Fields(frame.fields(width(&ACS_LAYOUT))?);
    Ok(Reply::AcsStatus(AcsStatus {
        online: fixed[0] == "Y",
        offline_ok: fixed[5] == "Y",
        protocol_version: fixed[9].to_owned(),
        institution: fields.first(b"AO"),
        library_name: fields.first(b"AM"),
        supported_messages: fields.first(b"BX"),
        screen_message: fields.lines(b"AF"),
    }))
}

fn patron(frame: &Frame<'_>, kind: PatronReplyKind) -> Result<PatronReply, ReplyError> {
    let (status, language, date, fixed_len) = match kind {
        PatronReplyKind::Information => {
            let f = frame.fixed(INFO_LAYOUT)?;
            (f[0], f[1], f[2], width(&INFO_LAYOUT))
        }
        PatronReplyKind::Status => {
            let [status, language, date] = frame.fixed(STATUS_LAYOUT)?;
            (status, language, date, width(&STATUS_LAYOUT))
        }
    };
    let fields = Fields(frame.fields(fixed_len)?);
    Ok(PatronReply {
        blocks: status
            .bytes()
            .zip(PatronBlock::ALL)
            .filter(|(flag, _)| *flag == b'Y')
            .map(|(_, block)| block)
            .collect(),
        language: language.to_owned(),
        transaction_date: date.to_owned(),
        institution: fields.first(b"AO"),
        barcode: fields.first(b"AA"),
        name: fields.first(b"AE"),
        address: fields.first(b"BD"),
        email: fields.first(b"BE"),
        phone: fields.first(b"BF"),
        valid_patron: fields.yes_no(b"BL"),
        valid_password: fields.yes_no(b"CQ"),
        screen_message: fields.lines(b"AF"),
    })
}

impl PatronReply {
    /// The reply as a frame, as a library system would send it: with `seq`, the error-detection
    /// fields too. The item counts of a 64 are blank (they are not kept). Values must be text SIP2
    /// can carry (no `|`, no control characters, at most 255 bytes; screen message lines split on
    /// `\n`); language and date (ASCII) are cut or padded to 3 and 18 characters.
    pub fn to_frame(&self, kind: PatronReplyKind, seq: Option<SeqNo>) -> Result<Vec<u8>, RequestError> {
        let status: String = PatronBlock::ALL
            .iter()
            .map(|b| if self.blocks.contains(b) { 'Y' } else { ' ' })
            .collect();
        let code = match kind {
            PatronReplyKind::Information => "64",
            PatronReplyKind::Status => "24",
        };
        let mut body = format!("{code}{status}{:3.3}{:18.18}", self.language, self.transaction_date);
        if kind == PatronReplyKind::Information {
            body.push_str(&" ".repeat(width(&INFO_LAYOUT[STATUS_LAYOUT.len()..])));
        }
        let flag = |v: Option<bool>| v.map(|yes| if yes { "Y" } else { "N" });
        let screen_lines = self.screen_message.iter().flat_map(|m| m.split('\n'));
        let fields = [
            ("AO", self.institution.as_deref().or(Some(""))),
            ("AA", self.barcode.as_deref().or(Some(""))),
            ("AE", self.name.as_deref().or(Some(""))),
            ("BL", flag(self.valid_patron)),
            ("CQ", flag(self.valid_password)),
            ("BD", self.address.as_deref()),
            ("BE", self.email.as_deref()),
            ("BF", self.phone.as_deref()),
        ]
        .into_iter()
        .filter_map(|(id, v)| v.map(|v| (id, v)))
        .chain(screen_lines.map(|line| ("AF", line)));
        for (id, value) in fields {
            if value.len() > MAX_REQUEST_FIELD_LEN {
                return Err(RequestError::TooLong("reply field"));
            }
            if value.chars().any(|c| c == '|' || c.is_control()) {
                return Err(RequestError::BadCharacter("reply field"));
            }
            body.push_str(id);
            body.push_str(value);
            body.push('|');
        }
        Ok(match seq {
            Some(seq) => seal(body.into_bytes(), Some(seq)),
            None => [body.into_bytes(), b"\r".to_vec()].concat(),
        })
    }
}
