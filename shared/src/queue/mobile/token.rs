//! Mobile ticket tokens: the unguessable part of a ticket's page address. A token is the first
//! 128 bits of HMAC-SHA-256 over the ticket's id under the hub's own key (`queue-mobile.key` in
//! its data folder, made at first start, 0600), as 32 hex digits. Nothing about tokens is stored
//! or sent to boards and counters: the hub works a ticket's token out when it issues it, and
//! looks a page's token up among today's tickets, so a ticket's page ends with its day.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The key file's name in the hub's data folder.
pub const KEY_FILE: &str = "queue-mobile.key";

/// The hub's key for ticket tokens.
#[derive(Clone)]
pub struct TicketKeys {
    key: Vec<u8>,
}

impl std::fmt::Debug for TicketKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TicketKeys(…)")
    }
}

impl TicketKeys {
    /// The key in `dir`'s [`KEY_FILE`], made if there is none (a damaged file is an error).
    pub fn load_or_create(dir: &std::path::Path) -> Result<TicketKeys, crate::queue::server::kiosk_token::TokenError> {
        let (secret, _) = crate::queue::server::kiosk_token::secret_file(dir, KEY_FILE)?;
        Ok(TicketKeys::from_secret(&secret))
    }

    /// A key from a secret (tests, and a standalone kiosk that keeps its own).
    pub fn from_secret(secret: &str) -> TicketKeys {
        TicketKeys {
            key: secret.as_bytes().to_vec(),
        }
    }

    /// Ticket `id`'s token: 32 lower-case hex digits.
    pub fn token(&self, id: u64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes a key of any length");
        mac.update(b"onestop mobile ticket\0");
        mac.update(&id.to_be_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// Whether `text` has a token's shape (32 lower-case hex digits): anything else is not
    /// looked up at all.
    pub fn well_formed(text: &str) -> bool {
        text.len() == 32 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_per_ticket_per_key_and_128_bits() {
        let a = TicketKeys::from_secret("0123456789abcdef0123456789abcdef");
        let b = TicketKeys::from_secret("fedcba9876543210fedcba9876543210");
        assert_eq!(a.token(1), a.token(1));
        assert_ne!(a.token(1), a.token(2));
        assert_ne!(a.token(1), b.token(1));
        assert!(TicketKeys::well_formed(&a.token(7)));
        assert!(!TicketKeys::well_formed("../../etc/passwd"));
        assert!(!TicketKeys::well_formed(&a.token(7).to_uppercase()));
    }

    #[test]
    fn the_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let one = TicketKeys::load_or_create(dir.path()).unwrap();
        let two = TicketKeys::load_or_create(dir.path()).unwrap();
        assert_eq!(one.token(5), two.token(5));
        std::fs::write(dir.path().join(KEY_FILE), "short\n").unwrap();
        assert!(
            TicketKeys::load_or_create(dir.path()).is_err(),
            "a damaged key is never replaced"
        );
    }
}
