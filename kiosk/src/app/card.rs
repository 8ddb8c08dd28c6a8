//! Signing in with a library or council card: a read during a visit asks for the card's PIN when
//! the provider needs one, the shell's worker looks it up, and the details wait on the consent
//! page. Nothing is filled in until the visitor agrees; the card, the PIN and the details go at
//! the end of the visit. Offline, the card is kept as unverified and sent with the form.

use onestop::card::CardNumber;
use onestop::card::identity::{Identity, Person, PinAttempts, wipe as wipe_string};
use serde_json::json;

/// One visit's card, and the PIN tries per card (those outlive visits).
#[derive(Debug, Default)]
pub struct CardFlow {
    /// The card read.
    pub card: Option<CardNumber>,
    /// Digits typed on the pad (never shown: dots only).
    pub typed: String,
    /// The lookup in flight.
    pub checking: Option<u64>,
    /// The pad's message id, whether it is an error, and a number for it.
    pub pad_message: Option<(String, bool, i64)>,
    /// Details found, waiting for the visitor's yes or no.
    pub found: Option<Person>,
    /// Details the visitor agreed to use.
    pub agreed: Option<Person>,
    /// What the submission will carry.
    pub identity: Option<Identity>,
    /// The notice on the form pages (a message id).
    pub notice: Option<String>,
    /// Wrong PINs per card (kept across visits: a lockout is not undone by starting again).
    pub attempts: PinAttempts,
}

impl Drop for CardFlow {
    fn drop(&mut self) {
        wipe_string(&mut self.typed);
    }
}

impl CardFlow {
    /// Forget this visit's card, PIN and details; the PIN tries stay.
    pub fn wipe(&mut self) {
        wipe_string(&mut self.typed);
        self.card = None;
        self.checking = None;
        self.pad_message = None;
        self.found = None;
        self.agreed = None;
        self.identity = None;
        self.notice = None;
    }

    /// Whether the visit holds anything from a card.
    pub fn holds_details(&self) -> bool {
        self.card.is_some() || self.found.is_some() || self.agreed.is_some() || self.identity.is_some()
    }

    /// The lines the consent page lists: name, address, email, phone.
    pub fn detail_lines(&self) -> Vec<String> {
        let Some(p) = &self.found else { return Vec::new() };
        let name = p.name.clone().or_else(|| {
            Some(
                format!(
                    "{} {}",
                    p.first_name.clone().unwrap_or_default(),
                    p.last_name.clone().unwrap_or_default()
                )
                .trim()
                .to_owned(),
            )
        });
        [name, p.address.clone(), p.email.clone(), p.phone.clone()]
            .into_iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// A digit from any script a visitor's keyboard may type (Arabic-Indic, Urdu's Extended
/// Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati) as its ASCII digit; PINs are numbers.
pub fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let zeros = ['\u{0660}', '\u{06F0}', '\u{0966}', '\u{09E6}', '\u{0A66}', '\u{0AE6}'];
    zeros.iter().find_map(|&zero| {
        let d = (c as u32).checked_sub(zero as u32)?;
        (d < 10).then(|| char::from(b'0' + d as u8))
    })
}

/// The form questions a card's details may fill, by the Open311 field each maps to.
pub fn prefill_values(form: &onestop::forms::FormDef, person: &Person) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for (question, field) in &form.crm.fields {
        let value = match field.as_str() {
            "first_name" => person.first_name.clone().map(|v| json!(v)),
            "last_name" => person.last_name.clone().map(|v| json!(v)),
            "email" => person.email.clone().map(|v| json!(v)),
            "phone" => person.phone.clone().map(|v| json!(v)),
            "address_string" => person.address.as_deref().map(address_value),
            _ => None,
        };
        if let Some(v) = value {
            out.push((question.clone(), v));
        }
    }
    out
}

/// One address line ("12 High Street, Leicester LE1 1AA") as the address question's parts: the
/// postcode found at the end, the house number at the start, the rest as street and town.
pub fn address_value(line: &str) -> serde_json::Value {
    let mut rest = line.trim().trim_end_matches(',').to_owned();
    let mut postcode = String::new();
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() >= 2 {
        let candidate = format!("{} {}", words[words.len() - 2], words[words.len() - 1]).to_uppercase();
        if let Some(pc) = onestop::forms::normalize::uk_postcode(&candidate) {
            postcode = pc;
            rest = words[..words.len() - 2].join(" ");
        }
    }
    let mut parts: Vec<String> = rest
        .split(',')
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let first = if parts.is_empty() {
        String::new()
    } else {
        parts.remove(0)
    };
    let (house, street) = match first.split_once(' ') {
        Some((h, st)) if h.chars().next().is_some_and(|c| c.is_ascii_digit()) => (h.to_owned(), st.to_owned()),
        _ => (String::new(), first),
    };
    let town = parts.join(", ");
    json!({ "postcode": postcode, "house": house, "street": street, "town": town })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_from_every_script_are_pin_digits() {
        assert_eq!(ascii_digit('7'), Some('7'));
        assert_eq!(ascii_digit('۴'), Some('4')); // Urdu
        assert_eq!(ascii_digit('٣'), Some('3')); // Arabic
        assert_eq!(ascii_digit('९'), Some('9')); // Devanagari
        assert_eq!(ascii_digit('૦'), Some('0')); // Gujarati
        assert_eq!(ascii_digit('a'), None);
        assert_eq!(ascii_digit('\u{06FA}'), None);
    }

    #[test]
    fn one_address_line_becomes_the_address_parts() {
        let v = address_value("12 High Street, Leicester LE1 1AA");
        assert_eq!(v["postcode"], "LE1 1AA");
        assert_eq!(v["house"], "12");
        assert_eq!(v["street"], "High Street");
        assert_eq!(v["town"], "Leicester");
        let v = address_value("Flat B, Rose Court");
        assert_eq!(v["postcode"], "");
        assert_eq!(v["street"], "Flat B");
        assert_eq!(v["town"], "Rose Court");
    }
}
