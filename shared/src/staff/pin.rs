//! The staff PIN: its format (4 to 12 ASCII digits), the stricter rule for a new one (at least 6
//! digits, not one digit repeated), hashing it to an argon2id PHC string for the config file, and
//! checking a typed PIN against that string. A 4-digit PIN hashed before the stricter rule still
//! verifies. It never stores, logs or returns a PIN; counting wrong tries is
//! [`super::lockout`]'s job.

use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};

/// Memory cost of new hashes, in KiB (19 MiB: OWASP's argon2id baseline).
pub const M_COST_KIB: u32 = 19 * 1024;
/// Passes over that memory.
pub const T_COST: u32 = 2;
/// Lanes. One: a kiosk's CPU is small and the check runs beside the UI.
pub const P_COST: u32 = 1;

/// The most memory a configured hash may ask for (KiB). A hash asking for more would make every
/// PIN check slow or exhaust the kiosk's memory, so the config is refused instead.
pub const MAX_M_COST_KIB: u32 = 256 * 1024;
/// The most passes a configured hash may ask for.
pub const MAX_T_COST: u32 = 16;
/// The most lanes a configured hash may ask for.
pub const MAX_P_COST: u32 = 8;

/// Shortest PIN the pad takes (PINs set before [`MIN_NEW_DIGITS`] still work).
pub const MIN_DIGITS: usize = 4;
/// Shortest PIN that may be set now: a million guesses rather than ten thousand, for a screen
/// anyone walking past can try (five tries per lockout).
pub const MIN_NEW_DIGITS: usize = 6;
/// Longest PIN accepted.
pub const MAX_DIGITS: usize = 12;

/// Why a PIN or a hash was refused, said so that staff know what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// The PIN is not 4 to 12 digits.
    #[error("a staff PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9) and nothing else; {0}")]
    Format(String),
    /// The PIN has the right shape, but is too easy to guess to be set as a new PIN.
    #[error("a new staff PIN needs at least {MIN_NEW_DIGITS} digits, and not one digit repeated; {0}; choose another")]
    Weak(String),
    /// The configured hash is not a usable argon2id PHC string.
    #[error(
        "staff.pin_hash is not usable ({0}); run `kiosk staff hash-pin`, type the PIN, and paste the line it prints (starting $argon2id$), or set staff.pin_hash = \"\" to turn the staff screen off"
    )]
    Malformed(String),
}

/// Check a PIN's shape: 4 to 12 ASCII digits. The message never repeats the PIN.
pub fn check_format(pin: &str) -> Result<(), PinError> {
    let n = pin.chars().count();
    if let Some(c) = pin.chars().find(|c| !c.is_ascii_digit()) {
        let what = if c.is_whitespace() {
            "a space or line break".to_owned()
        } else if c.is_numeric() {
            "a digit from another script; use 0-9".to_owned()
        } else {
            "a character that is not a digit".to_owned()
        };
        return Err(PinError::Format(format!("it contains {what}")));
    }
    if n < MIN_DIGITS {
        return Err(PinError::Format(format!("it has only {n}")));
    }
    if n > MAX_DIGITS {
        return Err(PinError::Format(format!("it has {n}")));
    }
    Ok(())
}

/// Check a PIN that is about to be set: [`check_format`], then at least [`MIN_NEW_DIGITS`] digits
/// that are not all the same (`111111`). The message never repeats the PIN.
pub fn check_new(pin: &str) -> Result<(), PinError> {
    check_format(pin)?;
    let n = pin.len();
    if n < MIN_NEW_DIGITS {
        return Err(PinError::Weak(format!("it has only {n}")));
    }
    if pin.bytes().all(|b| Some(&b) == pin.as_bytes().first()) {
        return Err(PinError::Weak("it is one digit repeated".into()));
    }
    Ok(())
}

/// Hash a new PIN (see [`check_new`]) with the kiosk's parameters and a fresh random salt, as a PHC string
/// (`$argon2id$v=19$m=19456,t=2,p=1$...`) for `staff.pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).expect("the kiosk's own argon2 parameters are valid");
    hash_pin_with(pin, params)
}

/// [`hash_pin`] with chosen parameters: for measuring, and for tests that need a cheap hash.
pub fn hash_pin_with(pin: &str, params: Params) -> Result<String, PinError> {
    check_new(pin)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    argon
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| PinError::Malformed(format!("hashing failed: {e}")))
}

/// A checked `staff.pin_hash`: an argon2id PHC string with a salt, a hash, and costs the kiosk
/// can afford. Cloning it is cheap; it holds no secret a PIN could be read back from quickly.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl std::fmt::Debug for PinHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PinHash(..)")
    }
}

impl PinHash {
    /// Parse and check a PHC string from the config.
    pub fn parse(phc: &str) -> Result<PinHash, PinError> {
        let phc = phc.trim();
        let hash = PasswordHash::new(phc).map_err(|e| PinError::Malformed(format!("not a PHC string: {e}")))?;
        if hash.algorithm.as_str() != "argon2id" {
            return Err(PinError::Malformed(format!(
                "it uses {}, and the kiosk takes argon2id only",
                hash.algorithm.as_str()
            )));
        }
        if hash.salt.is_none() || hash.hash.is_none() {
            return Err(PinError::Malformed("it has no salt or no hash part".into()));
        }
        let params = Params::try_from(&hash).map_err(|e| PinError::Malformed(format!("bad parameters: {e}")))?;
        if params.m_cost() > MAX_M_COST_KIB || params.t_cost() > MAX_T_COST || params.p_cost() > MAX_P_COST {
            return Err(PinError::Malformed(format!(
                "its costs m={} t={} p={} are more than a kiosk can check quickly (at most m={MAX_M_COST_KIB} t={MAX_T_COST} p={MAX_P_COST})",
                params.m_cost(),
                params.t_cost(),
                params.p_cost()
            )));
        }
        Ok(PinHash(phc.to_owned()))
    }

    /// Whether `pin` is the PIN this was made from. A PIN of the wrong shape is simply wrong.
    /// Takes as long as the hash's costs say (see `examples/pin_verify.rs` for figures).
    pub fn verify(&self, pin: &str) -> bool {
        if check_format(pin).is_err() {
            return false;
        }
        let Ok(hash) = PasswordHash::new(&self.0) else {
            return false;
        };
        Argon2::default().verify_password(pin.as_bytes(), &hash).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cheap hash: unit tests check behaviour, not cost.
    fn cheap(pin: &str) -> String {
        hash_pin_with(pin, Params::new(64, 1, 1, None).unwrap()).unwrap()
    }

    #[test]
    fn the_right_pin_verifies_and_a_wrong_one_does_not() {
        let h = PinHash::parse(&cheap("246813")).unwrap();
        assert!(h.verify("246813"));
        assert!(!h.verify("246814"));
        assert!(!h.verify("2468130"));
        assert!(!h.verify(""));
    }

    #[test]
    fn new_hashes_are_argon2id_with_the_documented_costs_and_a_fresh_salt() {
        let a = hash_pin("123456").unwrap();
        let b = hash_pin("123456").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(PinHash::parse(&a).unwrap().verify("123456"));
        assert!(!a.contains("123456"));
    }

    #[test]
    fn pins_that_are_not_4_to_12_ascii_digits_are_refused_with_a_reason() {
        for bad in [
            "123",
            "1234567890123",
            "12a4",
            "12 34",
            "1234\n",
            "١٢٣٤",
            "",
            "+1234",
            "-123",
        ] {
            let e = hash_pin_with(bad, Params::new(64, 1, 1, None).unwrap()).unwrap_err();
            let text = e.to_string();
            assert!(text.contains("4 to 12 digits"), "{bad:?}: {text}");
            if bad.len() >= 4 {
                assert!(!text.contains(bad.trim()), "the message repeats the PIN: {text}");
            }
        }
        assert!(check_format("١٢٣٤").unwrap_err().to_string().contains("another script"));
        for good in ["0000", "123456789012"] {
            check_format(good).unwrap();
        }
    }

    #[test]
    fn a_new_pin_needs_six_digits_not_all_alike() {
        let params = || Params::new(64, 1, 1, None).unwrap();
        for weak in ["12345", "1234", "111111", "000000000000"] {
            let e = hash_pin_with(weak, params()).unwrap_err();
            assert!(matches!(e, PinError::Weak(_)), "{weak}: {e:?}");
            let text = e.to_string();
            assert!(text.contains("at least 6 digits") && !text.contains(weak), "{text}");
        }
        assert!(check_new("111111").unwrap_err().to_string().contains("repeated"));
        assert!(check_new("12345").unwrap_err().to_string().contains("only 5"));
        for good in ["112111", "000001", "987654321012"] {
            check_new(good).unwrap();
        }
    }

    #[test]
    fn a_four_digit_pin_hashed_before_the_stricter_rule_still_verifies() {
        // Built directly, as `hash_pin` no longer makes one.
        let argon = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(64, 1, 1, None).unwrap(),
        );
        let old = argon.hash_password(b"4820").unwrap().to_string();
        let h = PinHash::parse(&old).unwrap();
        assert!(h.verify("4820") && !h.verify("4821"));
    }

    #[test]
    fn a_non_digit_pin_is_wrong_without_being_hashed() {
        let h = PinHash::parse(&cheap("123490")).unwrap();
        assert!(!h.verify("1234a0"));
        assert!(!h.verify("123490 "));
    }

    #[test]
    fn malformed_or_unaffordable_hashes_are_refused_with_what_to_do() {
        let good = cheap("123490");
        let argon2i = good.replacen("$argon2id$", "$argon2i$", 1);
        let huge = good.replacen("m=64,", "m=4194304,", 1);
        let no_hash = good.rsplit_once('$').unwrap().0.to_owned();
        for bad in [
            "hunter2",
            "$argon2id$",
            "$2b$12$abcdefghijklmnopqrstuv",
            argon2i.as_str(),
            huge.as_str(),
            no_hash.as_str(),
            "$argon2id$v=19$m=zz,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        ] {
            let e = PinHash::parse(bad).unwrap_err().to_string();
            assert!(e.contains("kiosk staff hash-pin"), "{bad}: {e}");
        }
        assert!(PinHash::parse(&huge).unwrap_err().to_string().contains("m=4194304"));
        assert!(
            PinHash::parse(&format!("  {good}\n")).is_ok(),
            "surrounding space is forgiven"
        );
    }

    #[test]
    fn debug_output_hides_the_hash() {
        let h = PinHash::parse(&cheap("123490")).unwrap();
        assert_eq!(format!("{h:?}"), "PinHash(..)");
    }
}
