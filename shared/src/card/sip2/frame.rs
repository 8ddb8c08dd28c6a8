//! The SIP2 frame: the checksum, sealing a request body with `AY<seq>AZ<checksum>` and CR, and
//! splitting a reply into its code, fixed part and `XXvalue|` fields after checking its size,
//! bytes and error-detection fields. What the fields mean is for `request` and `reply`.

use std::fmt;

use super::reply::ReplyError;

/// The longest reply accepted, in bytes; SIP2 messages are a few hundred bytes in practice.
pub const MAX_MESSAGE_LEN: usize = 64 * 1024;
/// The longest variable-length field value accepted in a reply, in bytes.
pub const MAX_FIELD_LEN: usize = 1000;

/// A SIP2 sequence number, `0` to `9`: the `AY` field that pairs a reply with its request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SeqNo(u8);

impl SeqNo {
    /// The first sequence number of a connection.
    pub const ZERO: SeqNo = SeqNo(0);

    /// A sequence number from a digit value; `None` above 9.
    pub fn new(n: u8) -> Option<SeqNo> {
        (n <= 9).then_some(SeqNo(n))
    }

    /// The digit's value.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The next number, wrapping from 9 to 0 as SIP2 does.
    pub fn next(self) -> SeqNo {
        SeqNo((self.0 + 1) % 10)
    }
}

impl fmt::Display for SeqNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The SIP2 checksum of `bytes` (a message up to and including the `AZ`): the two's complement
/// of the 16-bit sum of the bytes, so that the sum plus the checksum is zero.
pub fn checksum(bytes: &[u8]) -> u16 {
    let sum = bytes.iter().fold(0u16, |sum, &b| sum.wrapping_add(u16::from(b)));
    sum.wrapping_neg()
}

/// Ends a message body with the error-detection fields and CR: `AY<seq>` when `seq` is given
/// (the 97 resend request has none), then `AZ` and the checksum as 4 upper-case hex digits.
pub(crate) fn seal(mut body: Vec<u8>, seq: Option<SeqNo>) -> Vec<u8> {
    if let Some(seq) = seq {
        body.extend_from_slice(b"AY");
        body.push(b'0' + seq.0);
    }
    body.extend_from_slice(b"AZ");
    let sum = checksum(&body);
    body.extend_from_slice(format!("{sum:04X}").as_bytes());
    body.push(b'\r');
    body
}

/// One variable-length field: its two-character identifier and its raw value.
pub(crate) type Field<'a> = ([u8; 2], &'a [u8]);

/// A reply split into parts, its values still raw bytes.
#[derive(Debug)]
pub(crate) struct Frame<'a> {
    /// The two-digit message code, e.g. `*b"64"`.
    pub code: [u8; 2],
    /// Everything after the code, up to the variable fields or the trailer.
    rest: &'a [u8],
}

impl<'a> Frame<'a> {
    /// Checks a whole reply (with or without its final CR/LF) and takes off the error-detection
    /// fields: a wrong checksum is [`ReplyError::Checksum`], a sequence number other than
    /// `expected` is [`ReplyError::Sequence`]. A reply without them is accepted.
    pub fn open(bytes: &'a [u8], expected: Option<SeqNo>) -> Result<Frame<'a>, ReplyError> {
        if bytes.len() > MAX_MESSAGE_LEN {
            return Err(ReplyError::TooLong(bytes.len()));
        }
        let end = bytes
            .iter()
            .rposition(|&b| b != b'\r' && b != b'\n')
            .map_or(0, |i| i + 1);
        let body = &bytes[..end];
        if let Some(offset) = body.iter().position(|&b| b < 0x20 || b == 0x7f) {
            return Err(ReplyError::ControlCharacter { offset });
        }
        let body = strip_trailer(body, expected)?;
        match body {
            [a, b, rest @ ..] if a.is_ascii_digit() && b.is_ascii_digit() => Ok(Frame { code: [*a, *b], rest }),
            [_, _, ..] => Err(ReplyError::UnknownMessage(printable(&body[..2]))),
            _ => Err(ReplyError::TooShort),
        }
    }

    /// The fixed-length fields, in order, as ASCII text; a reply that ends before one of them is
    /// [`ReplyError::MissingField`] naming it.
    pub fn fixed<const N: usize>(&self, layout: [(&'static str, usize); N]) -> Result<[&'a str; N], ReplyError> {
        let mut out = [""; N];
        let mut at = 0;
        for (slot, (name, width)) in out.iter_mut().zip(layout) {
            let piece = self.rest.get(at..at + width).ok_or(ReplyError::MissingField(name))?;
            *slot = std::str::from_utf8(piece)
                .ok()
                .filter(|s| s.is_ascii())
                .ok_or(ReplyError::NotAscii(name))?;
            at += width;
        }
        Ok(out)
    }

    /// The variable-length fields after `fixed_len` bytes of fixed fields, in order, as
    /// (identifier, raw value). The last field's `|` may be missing, as some systems omit it.
    pub fn fields(&self, fixed_len: usize) -> Result<Vec<Field<'a>>, ReplyError> {
        let mut rest = self.rest.get(fixed_len..).unwrap_or_default();
        let mut fields = Vec::new();
        while !rest.is_empty() {
            let [a, b, tail @ ..] = rest else {
                return Err(ReplyError::BadFieldId(printable(rest)));
            };
            if !a.is_ascii_alphanumeric() || !b.is_ascii_alphanumeric() {
                return Err(ReplyError::BadFieldId(printable(&[*a, *b])));
            }
            let len = tail.iter().position(|&c| c == b'|').unwrap_or(tail.len());
            if len > MAX_FIELD_LEN {
                return Err(ReplyError::FieldTooLong {
                    id: printable(&[*a, *b]),
                    len,
                });
            }
            fields.push(([*a, *b], &tail[..len]));
            rest = tail.get(len + 1..).unwrap_or_default();
        }
        Ok(fields)
    }
}

/// Verifies and removes `AY<seq>AZ<checksum>` (or `AZ<checksum>` alone) from a reply's end. A
/// reply ending in `|` has none: its last field merely ends in `AZ` and three characters.
fn strip_trailer(body: &[u8], expected: Option<SeqNo>) -> Result<&[u8], ReplyError> {
    let Some(split) = body
        .len()
        .checked_sub(6)
        .filter(|&i| &body[i..i + 2] == b"AZ" && !body[i + 2..].contains(&b'|'))
    else {
        return Ok(body);
    };
    let digits = std::str::from_utf8(&body[split + 2..])
        .ok()
        .filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()))
        .and_then(|d| u16::from_str_radix(d, 16).ok())
        .ok_or(ReplyError::BadChecksumField)?;
    if checksum(&body[..split + 2]) != digits {
        return Err(ReplyError::Checksum);
    }
    let body = &body[..split];
    match body {
        [rest @ .., b'A', b'Y', d] if d.is_ascii_digit() => {
            let got = d - b'0';
            match expected {
                Some(want) if want.0 != got => Err(ReplyError::Sequence { expected: want.0, got }),
                _ => Ok(rest),
            }
        }
        _ => Ok(body),
    }
}

/// Bytes for an error message: ASCII as it is, anything else as `\xNN`.
pub(crate) fn printable(bytes: &[u8]) -> String {
    bytes
        .iter()
        .flat_map(|&b| std::ascii::escape_default(b))
        .map(char::from)
        .collect()
}

/// A reply's field value as text: UTF-8 when it is, otherwise Latin-1 (one byte, one character).
/// C1 control characters become U+FFFD, so no value can carry a terminal escape.
pub(crate) fn text(value: &[u8]) -> String {
    let decoded = match std::str::from_utf8(value) {
        Ok(s) => s.to_owned(),
        Err(_) => value.iter().map(|&b| char::from(b)).collect(),
    };
    decoded
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
