//! The hub's wire protocol, version 1 (`docs/QUEUE.md`): the JSON messages between the hub and
//! its clients, and parsers that turn any frame, however hostile, into a message or a
//! [`ProtocolError`] with an error code to send back. Do not change these types' serialised
//! shape without bumping [`VERSION`]: boards and counters in the field speak it. Who may send
//! what is the server's business, not this module's.

use super::engine::{Command, QueueError, Sequenced, Snapshot};
use serde::{Deserialize, Serialize};

/// The protocol version every message carries as `"v"`.
pub const VERSION: u32 = 1;

/// Largest frame a client may send (bytes).
pub const MAX_CLIENT_FRAME: usize = 16 * 1024;

/// Largest frame a client accepts from the hub: a snapshot of a busy day fits many times over.
pub const MAX_HUB_FRAME: usize = 16 * 1024 * 1024;

/// What a client is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Issues tickets.
    Kiosk,
    /// Shows and speaks calls; read-only.
    Board,
    /// A staff desk: acts for its own counter.
    Counter,
}

/// The first message from a client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hello {
    /// What the client is.
    pub role: Role,
    /// The counter, for a counter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<u32>,
    /// The staff token (counters), or the kiosk token (kiosks, when the site sets one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The last seq the client saw. The hub answers with a full snapshot either way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u64>,
    /// The client's name (a kiosk sends its host name): the identity the hub limits ticket
    /// issuing by, across reconnects, and names to staff. At most [`MAX_NAME`] printable
    /// characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Longest client name in a hello.
pub const MAX_NAME: usize = 64;

impl Hello {
    /// A board's hello (add its name with [`Hello::named`]).
    pub fn board() -> Hello {
        Hello {
            role: Role::Board,
            counter: None,
            token: None,
            since: None,
            name: None,
        }
    }

    /// A kiosk's hello, with the site's kiosk token if it has one.
    pub fn kiosk(token: Option<String>) -> Hello {
        Hello {
            role: Role::Kiosk,
            counter: None,
            token,
            since: None,
            name: None,
        }
    }

    /// This hello with the client's `name` (see [`Hello::name`]).
    pub fn named(mut self, name: impl Into<String>) -> Hello {
        self.name = Some(name.into());
        self
    }

    /// Why `name` cannot be used, if it cannot.
    pub fn name_problem(&self) -> Option<String> {
        let name = self.name.as_deref()?;
        if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
            Some(format!(
                "a client's name must be 1 to {MAX_NAME} printable characters (a host name)"
            ))
        } else {
            None
        }
    }

    /// A counter's hello with its staff token.
    pub fn counter(counter: u32, token: impl Into<String>) -> Hello {
        Hello {
            role: Role::Counter,
            counter: Some(counter),
            token: Some(token.into()),
            since: None,
            name: None,
        }
    }
}

/// Client → hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum ClientMessage {
    /// Who I am; first, within the hello timeout.
    Hello(Hello),
    /// Carry out an engine command.
    Command {
        /// The client's number for it, echoed in the `result` or `error`.
        id: u64,
        /// The command.
        command: Command,
    },
    /// Send me a snapshot again (after a gap).
    Resync,
    /// A board's state, for staff (boards only): sent after each welcome and on change.
    Status(DeviceStatus),
    /// Kiosks only, after an `issue`: text this ticket's visitor at `phone` (GOV.UK Notify)
    /// when their turn is near and when called. Answered by a `result` without events or an
    /// `error` (`sms-off`, or `bad-message` for a number that is not a UK mobile).
    Sms(SmsRequest),
}

/// A visitor's number for queue texts, given at the kiosk with their consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsRequest {
    /// The client's number for it, echoed in the `result` or `error`.
    pub id: u64,
    /// The ticket's id (from its `issued` event).
    pub ticket: u64,
    /// The number as typed (`07700 900123`, `+44 7700 900123`); its `Debug` hides it.
    pub phone: super::sms::Phone,
    /// The visitor agreed to be texted; must be `true`.
    pub consent: bool,
}

/// What a board reports of itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceStatus {
    /// Why calls are not heard (no sound device, no espeak-ng…), for staff; `None`: they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
}

/// Longest `sound` text the hub keeps.
pub const MAX_STATUS_TEXT: usize = 300;

/// One board as staff see it, in a [`HubMessage::Boards`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardReport {
    /// The board's name from its hello, or its address.
    pub name: String,
    /// What it reported.
    pub status: DeviceStatus,
}

/// Why a message was refused, as a stable code clients can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// Not JSON, or not a JSON object.
    BadJson,
    /// `v` missing or not [`VERSION`].
    BadVersion,
    /// Frame over [`MAX_CLIENT_FRAME`].
    TooLarge,
    /// `type` missing or not one this version knows.
    UnknownType,
    /// A known type with missing or wrong fields.
    BadMessage,
    /// Something other than `hello` came first.
    HelloFirst,
    /// Wrong or missing token, or an unknown counter.
    Unauthorised,
    /// The role may not send that command.
    Forbidden,
    /// Over the message rate.
    RateLimited,
    /// The engine refused the command (see `reason`).
    Refused,
    /// The hub could not store the events; nothing changed.
    Unavailable,
    /// The hub does not send texts (`[queue.sms]` is not set up).
    SmsOff,
}

/// Hub → client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum HubMessage {
    /// The whole state, after `hello` and after `resync`.
    Welcome {
        /// The state at `snapshot.seq`.
        snapshot: Box<Snapshot>,
    },
    /// One change, in order.
    Event {
        /// The event.
        event: Sequenced,
    },
    /// A command was carried out; its events are stored.
    Result {
        /// The command's `id`.
        id: u64,
        /// The events it caused (also sent as `event` messages, before this).
        events: Vec<Sequenced>,
        /// For an `issue` at a hub that serves mobile ticket pages: the new ticket's page, for
        /// its QR code. Sent to the kiosk that asked only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ticket_url: Option<String>,
    },
    /// Refused; the state is unchanged.
    Error {
        /// The command's `id`, when the error is about a command.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<u64>,
        /// What kind of refusal.
        code: ErrorCode,
        /// For a person: what went wrong and what to do.
        message: String,
        /// For `refused`: the engine's reason, for clients that act on it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<QueueError>,
    },
    /// To counters: the connected boards that report a problem, whenever that list changes.
    Boards {
        /// The boards, by name.
        boards: Vec<BoardReport>,
    },
}

/// A frame that is not a valid message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// Too big to read.
    #[error("the message is {0} bytes; the limit is {limit} bytes", limit = MAX_CLIENT_FRAME)]
    TooLarge(usize),
    /// Not a JSON object.
    #[error("the message is not a JSON object: {0}")]
    BadJson(String),
    /// Wrong or missing version.
    #[error("this hub speaks protocol version {VERSION}, the message says {0}; update the client")]
    BadVersion(String),
    /// Unknown type.
    #[error("the message type {0} is not known in protocol version {VERSION}")]
    UnknownType(String),
    /// Wrong fields.
    #[error("the {kind} message is not valid: {detail}")]
    BadMessage {
        /// The type.
        kind: String,
        /// What is wrong.
        detail: String,
    },
}

impl ProtocolError {
    /// The code to send back.
    pub fn code(&self) -> ErrorCode {
        match self {
            ProtocolError::TooLarge(_) => ErrorCode::TooLarge,
            ProtocolError::BadJson(_) => ErrorCode::BadJson,
            ProtocolError::BadVersion(_) => ErrorCode::BadVersion,
            ProtocolError::UnknownType(_) => ErrorCode::UnknownType,
            ProtocolError::BadMessage { .. } => ErrorCode::BadMessage,
        }
    }
}

const CLIENT_TYPES: &[&str] = &["hello", "command", "resync", "status", "sms"];
const HUB_TYPES: &[&str] = &["welcome", "event", "result", "error", "boards"];

/// Parse a client's frame, checking size, JSON, version and type, in that order.
pub fn parse_client(text: &str) -> Result<ClientMessage, ProtocolError> {
    parse(text, MAX_CLIENT_FRAME, CLIENT_TYPES)
}

/// Parse a hub's frame (a client's side), with the same checks.
pub fn parse_hub(text: &str) -> Result<HubMessage, ProtocolError> {
    parse(text, MAX_HUB_FRAME, HUB_TYPES)
}

fn parse<T: serde::de::DeserializeOwned>(text: &str, max: usize, types: &[&str]) -> Result<T, ProtocolError> {
    if text.len() > max {
        return Err(ProtocolError::TooLarge(text.len()));
    }
    let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| ProtocolError::BadJson(e.to_string()))?;
    let obj = value
        .as_object_mut()
        .ok_or_else(|| ProtocolError::BadJson("expected an object like {\"v\": 1, \"type\": …}".into()))?;
    match obj.remove("v") {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        Some(other) => return Err(ProtocolError::BadVersion(short(&other.to_string()))),
        None => return Err(ProtocolError::BadVersion("nothing (\"v\" is missing)".into())),
    }
    let kind = match obj.get("type") {
        Some(serde_json::Value::String(s)) if types.contains(&s.as_str()) => s.clone(),
        Some(other) => return Err(ProtocolError::UnknownType(short(&other.to_string()))),
        None => return Err(ProtocolError::UnknownType("(missing)".into())),
    };
    serde_json::from_value(value).map_err(|e| ProtocolError::BadMessage {
        kind,
        detail: short(&e.to_string()),
    })
}

/// At most 80 characters of something hostile, for an error message.
fn short(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_owned()
    } else {
        s.chars().take(80).chain("…".chars()).collect()
    }
}

/// `msg` as a frame, with `"v"`.
pub fn to_frame<T: Serialize>(msg: &T) -> String {
    #[derive(Serialize)]
    struct Versioned<'a, T> {
        v: u32,
        #[serde(flatten)]
        msg: &'a T,
    }
    serde_json::to_string(&Versioned { v: VERSION, msg }).expect("protocol messages always serialise")
}

/// An `error` frame.
pub fn error_frame(id: Option<u64>, code: ErrorCode, message: impl Into<String>) -> String {
    to_frame(&HubMessage::Error {
        id,
        code,
        message: message.into(),
        reason: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_with_their_version() {
        let msgs = [
            ClientMessage::Hello(Hello::counter(3, "secret")),
            ClientMessage::Command {
                id: 7,
                command: Command::CallNext { counter: 3 },
            },
            ClientMessage::Resync,
            ClientMessage::Status(DeviceStatus {
                sound: Some("no sound device".into()),
            }),
            ClientMessage::Status(DeviceStatus::default()),
        ];
        for m in msgs {
            let f = to_frame(&m);
            assert!(f.contains("\"v\":1"), "{f}");
            assert_eq!(parse_client(&f).unwrap(), m);
        }
        let f = r#"{"v":1,"type":"command","id":1,"command":{"command":"issue","service":"housing","priority":false,"appointment":null}}"#;
        assert!(matches!(parse_client(f).unwrap(), ClientMessage::Command { id: 1, .. }));
    }

    #[test]
    fn hostile_frames_get_the_right_code() {
        let cases = [
            ("{", ErrorCode::BadJson),
            ("[1,2]", ErrorCode::BadJson),
            ("\"hello\"", ErrorCode::BadJson),
            (r#"{"type":"hello","role":"board"}"#, ErrorCode::BadVersion),
            (r#"{"v":2,"type":"hello","role":"board"}"#, ErrorCode::BadVersion),
            (r#"{"v":"1","type":"hello","role":"board"}"#, ErrorCode::BadVersion),
            (r#"{"v":1,"type":"welcome"}"#, ErrorCode::UnknownType),
            (r#"{"v":1,"type":7}"#, ErrorCode::UnknownType),
            (r#"{"v":1}"#, ErrorCode::UnknownType),
            (r#"{"v":1,"type":"hello","role":"admin"}"#, ErrorCode::BadMessage),
            (
                r#"{"v":1,"type":"hello","role":"board","extra":1}"#,
                ErrorCode::BadMessage,
            ),
            (
                r#"{"v":1,"type":"command","id":-1,"command":{"command":"new-day"}}"#,
                ErrorCode::BadMessage,
            ),
            (
                r#"{"v":1,"type":"command","id":1,"command":{"command":"explode"}}"#,
                ErrorCode::BadMessage,
            ),
        ];
        for (frame, code) in cases {
            assert_eq!(parse_client(frame).unwrap_err().code(), code, "{frame}");
        }
        let big = format!(
            r#"{{"v":1,"type":"hello","role":"board","token":"{}"}}"#,
            "x".repeat(MAX_CLIENT_FRAME)
        );
        assert_eq!(parse_client(&big).unwrap_err(), ProtocolError::TooLarge(big.len()));
    }

    #[test]
    fn sms_messages_parse_and_hostile_ones_are_refused_without_quoting_the_number() {
        let f = r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":"07700 900456","consent":true}"#;
        let m = parse_client(f).unwrap();
        let ClientMessage::Sms(r) = &m else { panic!("{m:?}") };
        assert_eq!(
            (r.id, r.ticket, r.consent, r.phone.expose()),
            (4, 12, true, "07700 900456")
        );
        assert!(!format!("{m:?}").contains("900456"), "Debug hides the number");
        assert_eq!(parse_client(&to_frame(&m)).unwrap(), m);
        let cases = [
            // Missing consent, a number as a number, too long, extra fields, no id, bad ticket.
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":"07700 900456"}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":7700900123,"consent":true}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":"07700 900456 07700 900456 07700 900456","consent":true}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":"07700 900456","consent":true,"x":1}"#,
            r#"{"v":1,"type":"sms","ticket":12,"phone":"07700 900456","consent":true}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":-1,"phone":"07700 900456","consent":true}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":"07700 900456","consent":"yes"}"#,
            r#"{"v":1,"type":"sms","id":4,"ticket":12,"phone":["07700 900456"],"consent":true}"#,
        ];
        for frame in cases {
            let e = parse_client(frame).unwrap_err();
            assert_eq!(e.code(), ErrorCode::BadMessage, "{frame}");
            assert!(!e.to_string().contains("900456"), "{e}");
        }
        let huge = format!(
            r#"{{"v":1,"type":"sms","id":4,"ticket":12,"phone":"{}","consent":true}}"#,
            "7".repeat(MAX_CLIENT_FRAME)
        );
        assert_eq!(parse_client(&huge).unwrap_err().code(), ErrorCode::TooLarge);
        // Non-digits parse (the hub answers bad-message with the id, saying what a UK mobile
        // looks like): the kiosk must hear which request was refused.
        let f = r#"{"v":1,"type":"sms","id":5,"ticket":12,"phone":"call me","consent":true}"#;
        let ClientMessage::Sms(r) = parse_client(f).unwrap() else {
            panic!()
        };
        assert!(r.phone.uk_mobile().is_err());
    }

    #[test]
    fn error_messages_quote_little_of_what_they_were_sent() {
        let frame = format!(r#"{{"v":"{}","type":"hello"}}"#, "9".repeat(5000));
        let msg = parse_client(&frame).unwrap_err().to_string();
        assert!(msg.len() < 300, "{msg}");
        assert!(msg.contains("update the client"), "{msg}");
    }
}
