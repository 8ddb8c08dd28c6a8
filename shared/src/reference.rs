//! Human-friendly references such as `K7QF-9M2A`: what a visitor reads out over the phone or
//! types at a kiosk to track an enquiry. Issued offline (random, no server needed), with no
//! look-alike characters (no 0/O, 1/I, U/V) and a check character that catches any single mistyped
//! character and any swap of two characters. Uniqueness is the store's job (a UNIQUE column and
//! a retry); the machine identity of a submission is its [`SubmissionId`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// 31 symbols: digits 2–9 and letters without I, O and U. A prime count makes the check
/// character below catch every single substitution and every transposition.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKLMNPQRSTVWXYZ";
/// Random characters before the check character. 31^7 ≈ 2.8 × 10^10 references.
pub const PAYLOAD_LEN: usize = 7;

fn value_of(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// Weighted sum modulo 31 with weights 1..=8: since 31 is prime and the weights are distinct and
/// non-zero, any one changed symbol or any two swapped symbols change the sum.
fn check_char(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .enumerate()
        .map(|(i, &c)| (i as u32 + 1) * value_of(c).expect("payload from alphabet"))
        .sum();
    // The check symbol has weight 8; 4 is 8's inverse modulo 31.
    let check = (31 - sum % 31) % 31 * 4 % 31;
    ALPHABET[check as usize]
}

/// A reference: 7 random symbols and a check symbol, shown as `XXXX-XXXX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference(String);

/// Why a typed reference was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    /// Not 8 symbols once spaces and hyphens are removed.
    #[error("a reference has 8 letters and numbers, like K7QF-9M2A")]
    Length,
    /// A character that no reference contains (e.g. 0, O, 1, I or U).
    #[error("references never contain 0, O, 1, I or U, or symbols; check what was typed")]
    Character,
    /// The check character does not fit: a typo.
    #[error("that reference has a typing mistake in it; check each character")]
    Check,
}

impl Reference {
    /// A new random reference.
    pub fn generate() -> Reference {
        let mut payload = Vec::with_capacity(PAYLOAD_LEN);
        while payload.len() < PAYLOAD_LEN {
            let mut bytes = [0u8; 16];
            getrandom::fill(&mut bytes).expect("the operating system's random source");
            // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
            payload.extend(bytes.iter().filter(|&&b| b < 248).map(|b| ALPHABET[(b % 31) as usize]));
        }
        payload.truncate(PAYLOAD_LEN);
        Reference::from_payload(&payload)
    }

    fn from_payload(payload: &[u8]) -> Reference {
        let check = check_char(payload);
        let mut s = String::with_capacity(9);
        for (i, &c) in payload.iter().chain(std::iter::once(&check)).enumerate() {
            if i == 4 {
                s.push('-');
            }
            s.push(c as char);
        }
        Reference(s)
    }

    /// Read what a person typed: case, spaces and hyphens are forgiven.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let symbols: Vec<u8> = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .map(|c| if c.is_ascii() { c as u8 } else { 0 })
            .collect();
        if symbols.len() != PAYLOAD_LEN + 1 {
            return Err(ReferenceError::Length);
        }
        if symbols.iter().any(|&c| value_of(c).is_none()) {
            return Err(ReferenceError::Character);
        }
        let (payload, check) = symbols.split_at(PAYLOAD_LEN);
        if check_char(payload) != check[0] {
            return Err(ReferenceError::Check);
        }
        Ok(Reference::from_payload(payload))
    }

    /// `K7QF-9M2A`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Reference {
    type Error = ReferenceError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Reference::parse(&s)
    }
}

impl From<Reference> for String {
    fn from(r: Reference) -> String {
        r.0
    }
}

/// The machine identity of a submission: a UUIDv7, created at "Send". It is the idempotency key
/// the CRM connectors send, so a retried delivery is recognised as the same submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SubmissionId(pub uuid::Uuid);

impl SubmissionId {
    /// A new time-ordered id.
    pub fn new() -> SubmissionId {
        SubmissionId(uuid::Uuid::now_v7())
    }
}

impl Default for SubmissionId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_references_parse_back_and_avoid_look_alikes() {
        for _ in 0..2000 {
            let r = Reference::generate();
            assert_eq!(r.as_str().len(), 9);
            assert!(!r.as_str().contains(['0', 'O', '1', 'I', 'U']));
            assert_eq!(Reference::parse(r.as_str()), Ok(r.clone()));
            assert_eq!(Reference::parse(&r.as_str().to_lowercase().replace('-', " ")), Ok(r));
        }
    }

    #[test]
    fn every_single_substitution_is_caught() {
        let r = Reference::generate();
        let s: Vec<u8> = r.as_str().bytes().filter(|&b| b != b'-').collect();
        for i in 0..s.len() {
            for &c in ALPHABET {
                if c == s[i] {
                    continue;
                }
                let mut t = s.clone();
                t[i] = c;
                assert_eq!(
                    Reference::parse(std::str::from_utf8(&t).unwrap()),
                    Err(ReferenceError::Check)
                );
            }
        }
    }

    #[test]
    fn every_transposition_is_caught() {
        for _ in 0..200 {
            let r = Reference::generate();
            let s: Vec<u8> = r.as_str().bytes().filter(|&b| b != b'-').collect();
            for i in 0..s.len() {
                for j in i + 1..s.len() {
                    if s[i] == s[j] {
                        continue;
                    }
                    let mut t = s.clone();
                    t.swap(i, j);
                    assert!(
                        Reference::parse(std::str::from_utf8(&t).unwrap()).is_err(),
                        "{r} swap {i} {j}"
                    );
                }
            }
        }
    }

    #[test]
    fn hostile_input_is_refused_with_a_reason() {
        assert_eq!(Reference::parse(""), Err(ReferenceError::Length));
        assert_eq!(Reference::parse("K7QF-9M2"), Err(ReferenceError::Length));
        assert_eq!(Reference::parse("K7QF-0M2A"), Err(ReferenceError::Character));
        assert_eq!(Reference::parse("K7QF-ØM2A"), Err(ReferenceError::Character));
        assert_eq!(Reference::parse(&"A".repeat(1_000_000)), Err(ReferenceError::Length));
    }
}
