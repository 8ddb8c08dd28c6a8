//! Queue texts through GOV.UK Notify, the parts with no network or database: a visitor's mobile
//! number ([`Phone`], checked and normalised to `+447…`, never shown by `Debug`), a Notify API
//! key ([`NotifyKey`], `name-<service id>-<secret>`) and the bearer token Notify wants (a JWT,
//! HS256, signed with the secret). Following the queue, storing numbers and sending are the
//! hub's job (`server::sms`); what a kiosk screen says is the kiosk's.

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// Longest phone text a kiosk may send (spaces and dashes included).
pub const MAX_PHONE: usize = 32;

/// What a UK mobile number looks like, for error messages.
pub const UK_MOBILE: &str = "a UK mobile number is 11 digits starting 07 (07700 900123) or +44 7 then 9 digits (+44 7700 900123); spaces and dashes are fine";

/// A phone number as a kiosk sent it, or once normalised. Its `Debug` never shows it, so
/// anything holding one can be logged or printed safely.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl std::fmt::Debug for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Phone(…)")
    }
}

impl<'de> serde::Deserialize<'de> for Phone {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Phone, D::Error> {
        // Through a Value so no serde error ever quotes what was sent (it may be a number).
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) if s.chars().count() <= MAX_PHONE => Ok(Phone(s)),
            serde_json::Value::String(_) => Err(serde::de::Error::custom(format!(
                "phone is longer than {MAX_PHONE} characters"
            ))),
            _ => Err(serde::de::Error::custom("phone must be text like \"07700 900123\"")),
        }
    }
}

impl Phone {
    /// A number as typed (checked later with [`Phone::uk_mobile`]).
    pub fn new(s: impl Into<String>) -> Phone {
        Phone(s.into())
    }

    /// The number in `+447…` form, or why it is not a UK mobile (never quoting it).
    pub fn uk_mobile(&self) -> Result<Phone, &'static str> {
        normalise(&self.0).map(Phone).ok_or(UK_MOBILE)
    }

    /// The text itself: for sealing and for Notify only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// `+447xxxxxxxxx` from `07xxx xxxxxx`, `+44 7xxx…`, `0044 7…` or `447…`, spaces and dashes
/// allowed; `None` for anything else.
fn normalise(s: &str) -> Option<String> {
    let mut plus = false;
    let mut digits = String::with_capacity(16);
    for (i, c) in s.trim().chars().enumerate() {
        match c {
            '+' if i == 0 => plus = true,
            ' ' | '-' => {}
            c if c.is_ascii_digit() => digits.push(c),
            _ => return None,
        }
        if digits.len() > 14 {
            return None;
        }
    }
    let national = if plus {
        digits.strip_prefix("44")?
    } else if let Some(rest) = digits.strip_prefix("0044") {
        rest
    } else if let Some(rest) = digits.strip_prefix("44") {
        rest
    } else {
        digits.strip_prefix('0')?
    };
    (national.len() == 10 && national.starts_with('7')).then(|| format!("+44{national}"))
}

/// A GOV.UK Notify API key: `<key name>-<service id>-<secret>`, both ids UUIDs (36 characters).
#[derive(Clone)]
pub struct NotifyKey {
    service_id: String,
    secret: String,
}

impl std::fmt::Debug for NotifyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifyKey")
            .field("service_id", &self.service_id)
            .finish_non_exhaustive()
    }
}

impl NotifyKey {
    /// Parse a key as Notify gives it (surrounding whitespace ignored).
    pub fn parse(key: &str) -> Result<NotifyKey, String> {
        let key = key.trim();
        let bad = || {
            "a GOV.UK Notify API key looks like name-<service id>-<secret>, the last 73 characters two UUIDs; copy it whole from Notify's \"API integration\" page".to_owned()
        };
        if key.len() < 74 || !key.is_ascii() {
            return Err(bad());
        }
        let secret = &key[key.len() - 36..];
        let service_id = &key[key.len() - 73..key.len() - 37];
        if key.as_bytes()[key.len() - 37] != b'-' || !is_uuid(secret) || !is_uuid(service_id) {
            return Err(bad());
        }
        Ok(NotifyKey {
            service_id: service_id.to_owned(),
            secret: secret.to_owned(),
        })
    }

    /// The Notify service the key belongs to.
    pub fn service_id(&self) -> &str {
        &self.service_id
    }

    /// A bearer token for a request at `now_secs` (Unix): a JWT, header `{"typ":"JWT",
    /// "alg":"HS256"}`, claims `{"iss": service id, "iat": now}`, signed with the secret.
    pub fn token(&self, now_secs: i64) -> String {
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let header = b64(br#"{"typ":"JWT","alg":"HS256"}"#);
        let claims = b64(serde_json::json!({"iss": self.service_id, "iat": now_secs})
            .to_string()
            .as_bytes());
        let signed = format!("{header}.{claims}");
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.as_bytes()).expect("HMAC takes any key length");
        mac.update(signed.as_bytes());
        format!("{signed}.{}", b64(&mac.finalize().into_bytes()))
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`…
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_mobiles_are_normalised_and_others_refused() {
        for ok in [
            "07700 900123",
            "07700900123",
            "07700-900-123",
            "+44 7700 900123",
            "+447700900123",
            "0044 7700 900123",
            " 447700900123 ",
        ] {
            assert_eq!(Phone::new(ok).uk_mobile().unwrap().expose(), "+447700900123", "{ok}");
        }
        for bad in [
            "",
            "0116 496 0123",
            "0770090012",
            "077009001234",
            "+33 6 12 34 56 78",
            "+44 116 496 0123",
            "07700 9OO123",
            "0770090012３",
            "+",
            "7700900123",
            "07700+900123",
            &"0".repeat(5000),
        ] {
            // A fixed message: it never quotes what was typed.
            assert_eq!(Phone::new(bad).uk_mobile().unwrap_err(), UK_MOBILE, "{bad}");
        }
    }

    #[test]
    fn debug_never_shows_a_number() {
        let p = Phone::new("07700 900123");
        assert_eq!(format!("{p:?}"), "Phone(…)");
        assert_eq!(format!("{:?}", Some(p)), "Some(Phone(…))");
    }

    #[test]
    fn notify_keys_parse_and_sign() {
        let key = "onestop_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
        let k = NotifyKey::parse(key).unwrap();
        assert_eq!(k.service_id(), "26785a09-ab16-4eb0-8407-a37497a57506");
        assert!(!format!("{k:?}").contains("3d844edf"));
        let t = k.token(1_700_000_000);
        let parts: Vec<&str> = t.split('.').collect();
        assert_eq!(parts.len(), 3);
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(parts[1])
            .unwrap();
        let claims: serde_json::Value = serde_json::from_slice(&claims).unwrap();
        assert_eq!(claims["iss"], "26785a09-ab16-4eb0-8407-a37497a57506");
        assert_eq!(claims["iat"], 1_700_000_000);
        let mut mac = Hmac::<Sha256>::new_from_slice(b"3d844edf-8d35-48ac-975b-e847b4f122b0").unwrap();
        mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
        let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(parts[2])
            .unwrap();
        mac.verify_slice(&sig).unwrap();
        for bad in ["", "secret", &key[..key.len() - 1], &key.replace("-3d84", "x3d84")] {
            assert!(NotifyKey::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal).into();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"
            ]
        );
    }
}
