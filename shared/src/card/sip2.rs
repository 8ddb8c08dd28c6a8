//! SIP2 (3M Standard Interchange Protocol 2.00) as a pure codec: request frames built from values,
//! reply frames parsed into values, with the error-detection fields (`AY` sequence number, `AZ`
//! checksum) on every request and checked on every reply that carries them. No I/O: the blocking
//! client that talks to a library management system is [`super::sip2_client`].
//!
//! Only the messages a kiosk needs to sign a library card holder in are here: 93/94 Login, 99/98
//! SC/ACS status, 63/64 Patron Information, 23/24 Patron Status, and the 96/97 resend requests.
//!
//! Replies come from another system and are treated as hostile: a reply is refused with a typed
//! [`ReplyError`] (never a panic) when it is longer than 64 KiB, carries a control character
//! anywhere but a final CR/LF, lacks a fixed-length field, has a variable field over 1000 bytes,
//! or fails its checksum or sequence number. Field values are decoded as UTF-8, or as Latin-1
//! when they are not UTF-8; a C1 control character that decoding yields becomes U+FFFD. Of a
//! field sent twice the first counts, except screen messages (`AF`), which SIP2 repeats on purpose.
//!
//! Requests refuse any value SIP2 could not carry intact ([`RequestError`]): a `|` would end the
//! field early and let a typed barcode inject fields, so a barcode, PIN or configured value must be
//! printable ASCII without `|`. The `Debug` of a request masks the PIN and passwords and shows
//! only the barcode's last four characters; nothing here logs.

mod frame;
mod reply;
mod request;
#[cfg(test)]
mod tests;

pub use frame::{MAX_FIELD_LEN, MAX_MESSAGE_LEN, SeqNo, checksum};
pub use reply::{AcsStatus, LoginReply, PatronBlock, PatronReply, PatronReplyKind, Reply, ReplyError, parse_reply};
pub use request::{
    LoginRequest, MAX_REQUEST_FIELD_LEN, PatronQuery, RequestError, ScStatusRequest, TransactionDate, resend_request,
};
