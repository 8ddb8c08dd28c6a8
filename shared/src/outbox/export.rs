//! Hand-delivery bundles: the file `kiosk outbox export` writes when a bus cannot get online for
//! days, and `kiosk outbox import` reads on a machine that can. A bundle holds the unsent
//! submissions whole (ids, references, answers), so the receiving kiosk forwards them under the
//! same idempotency keys and references: nothing is sent twice, whichever side sends first.
//!
//! Bundles are **encrypted by default** with a passphrase (Argon2id, then XChaCha20-Poly1305):
//! they carry names, addresses, phone numbers and card numbers on a USB stick that can be lost. A plain
//! bundle is only for a council that carries it on an already-encrypted device; it says so in
//! its first line. Reading and writing the store is [`crate::store::handover`]'s job.

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

/// The format's name, first in every bundle.
pub const FORMAT: &str = "onestop-outbox-export";
/// The largest bundle read: 10,000 submissions of a few KiB each fit many times over.
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;
/// The most submissions in one bundle.
pub const MAX_SUBMISSIONS: usize = 100_000;
/// The shortest passphrase accepted for writing.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Argon2id cost: 64 MiB and 3 passes. An export is rare, so it can afford to be slow to guess.
const KDF_MEMORY_KIB: u32 = 64 * 1024;
const KDF_PASSES: u32 = 3;
/// The associated data binding the ciphertext to this format and version.
const AAD: &[u8] = b"onestop-outbox-export v1";

/// One unsent submission, whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exported {
    /// The idempotency key (UUIDv7).
    pub submission_id: String,
    /// The visitor's reference.
    pub reference: String,
    /// The form filled in, and its version.
    pub form_id: String,
    /// The form's version.
    pub form_version: u32,
    /// The visitor's language.
    pub locale: String,
    /// When "Send" was tapped (RFC 3339 UTC).
    pub submitted_at: String,
    /// The answers as validated at the kiosk.
    pub answers: crate::forms::ValidAnswers,
    /// `pending` or `parked` at export time.
    pub state: String,
    /// Attempts the exporting kiosk made.
    pub attempts: u32,
    /// Its last delivery error, if any.
    pub last_error: Option<String>,
    /// The card the visitor used, if any. Absent from version 1 bundles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<crate::card::identity::Identity>,
}

/// The contents of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always [`FORMAT`].
    pub format: String,
    /// Format version: 1, or 2 when a submission carries a card's identity. Writing sets it
    /// from the contents (see [`Bundle::needed_version`]).
    pub version: u32,
    /// When it was written.
    pub exported_at: String,
    /// The submissions.
    pub submissions: Vec<Exported>,
}

/// The newest bundle format version this kiosk reads and writes.
pub const VERSION: u32 = 2;

impl Bundle {
    /// The oldest format version that holds this bundle: 2 when any submission carries a card's
    /// identity, so that a kiosk that only knows version 1 says to import it with a newer kiosk
    /// rather than refusing a field it does not know (or, worse, dropping the card); 1 otherwise,
    /// so older kiosks still read every bundle without a card.
    pub fn needed_version(&self) -> u32 {
        if self.submissions.iter().any(|e| e.identity.is_some()) {
            2
        } else {
            1
        }
    }

    /// This bundle with the version its contents need.
    fn versioned(&self) -> Bundle {
        Bundle {
            version: self.needed_version(),
            ..self.clone()
        }
    }
}

/// The encryption envelope (everything but the ciphertext is public).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sealed {
    format: String,
    version: u32,
    encrypted: bool,
    kdf: String,
    memory_kib: u32,
    passes: u32,
    salt: String,
    nonce: String,
    ciphertext: String,
}

/// A plain bundle's envelope.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Plain {
    format: String,
    version: u32,
    encrypted: bool,
    warning: String,
    bundle: Bundle,
}

/// Why a bundle could not be written or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExportError {
    /// Too short to protect personal data.
    #[error("the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    /// Not a bundle at all.
    #[error("this file is not an Onestop outbox export ({0})")]
    NotABundle(String),
    /// Bigger than any real bundle.
    #[error("the file is larger than {} MiB; it is not a bundle this kiosk wrote", MAX_BUNDLE_BYTES >> 20)]
    TooLarge,
    /// A version this kiosk does not read.
    #[error(
        "the bundle is format version {0}; this kiosk reads versions 1 and {VERSION}. Import it with a newer kiosk"
    )]
    Version(u32),
    /// Encrypted, and no passphrase was given.
    #[error("the bundle is encrypted: give its passphrase")]
    NeedPassphrase,
    /// Wrong passphrase, or the file was changed.
    #[error("the passphrase is wrong, or the file was changed or damaged after export")]
    Open,
    /// The KDF could not run (its parameters are out of range).
    #[error("the bundle's key settings are out of range: {0}")]
    Kdf(String),
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).expect("the operating system's random source");
    b
}

fn derive(passphrase: &str, salt: &[u8], memory_kib: u32, passes: u32) -> Result<XChaCha20Poly1305, ExportError> {
    // Bounded so a hostile file cannot make the importer allocate gigabytes or spin for hours.
    if !(8 * 1024..=256 * 1024).contains(&memory_kib) || !(1..=10).contains(&passes) {
        return Err(ExportError::Kdf(format!("memory {memory_kib} KiB, {passes} passes")));
    }
    let params = argon2::Params::new(memory_kib, passes, 1, Some(32)).map_err(|e| ExportError::Kdf(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| ExportError::Kdf(e.to_string()))?;
    Ok(XChaCha20Poly1305::new(&key.into()))
}

/// Write `bundle` encrypted under `passphrase`, at the version its contents need.
pub fn write_encrypted(bundle: &Bundle, passphrase: &str) -> Result<String, ExportError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ExportError::WeakPassphrase);
    }
    let bundle = &bundle.versioned();
    let salt: [u8; 16] = random();
    let nonce: [u8; 24] = random();
    let cipher = derive(passphrase, &salt, KDF_MEMORY_KIB, KDF_PASSES)?;
    let plain = serde_json::to_vec(bundle).expect("a bundle serialises");
    let ciphertext = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: &plain, aad: AAD })
        .expect("encryption of an in-memory buffer");
    let sealed = Sealed {
        format: FORMAT.into(),
        version: bundle.version,
        encrypted: true,
        kdf: "argon2id".into(),
        memory_kib: KDF_MEMORY_KIB,
        passes: KDF_PASSES,
        salt: b64().encode(salt),
        nonce: b64().encode(nonce),
        ciphertext: b64().encode(ciphertext),
    };
    Ok(serde_json::to_string_pretty(&sealed).expect("an envelope serialises") + "\n")
}

/// Write `bundle` in plain JSON, with a warning inside it, at the version its contents need.
pub fn write_plain(bundle: &Bundle) -> String {
    let bundle = bundle.versioned();
    let plain = Plain {
        format: FORMAT.into(),
        version: bundle.version,
        encrypted: false,
        warning: "NOT ENCRYPTED: this file holds visitors' personal data and card numbers. Keep it on an encrypted device and delete it once imported.".into(),
        bundle,
    };
    serde_json::to_string_pretty(&plain).expect("a bundle serialises") + "\n"
}

/// Read a bundle, encrypted (then `passphrase` is needed) or plain.
pub fn read(text: &[u8], passphrase: Option<&str>) -> Result<Bundle, ExportError> {
    if text.len() > MAX_BUNDLE_BYTES {
        return Err(ExportError::TooLarge);
    }
    let head: serde_json::Value =
        serde_json::from_slice(text).map_err(|e| ExportError::NotABundle(format!("not JSON: {e}")))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ExportError::NotABundle(
            "no \"format\": \"onestop-outbox-export\"".into(),
        ));
    }
    let version = match head.get("version").and_then(|v| v.as_u64()) {
        Some(v @ 1..=2) => v as u32,
        Some(v) => return Err(ExportError::Version(u32::try_from(v).unwrap_or(u32::MAX))),
        None => return Err(ExportError::NotABundle("no version".into())),
    };
    let bundle = match head.get("encrypted").and_then(|e| e.as_bool()) {
        Some(false) => {
            let plain: Plain = serde_json::from_value(head).map_err(|e| ExportError::NotABundle(e.to_string()))?;
            plain.bundle
        }
        Some(true) => {
            let sealed: Sealed = serde_json::from_value(head).map_err(|e| ExportError::NotABundle(e.to_string()))?;
            let passphrase = passphrase.ok_or(ExportError::NeedPassphrase)?;
            if sealed.kdf != "argon2id" {
                return Err(ExportError::Kdf(format!("unknown key derivation \"{}\"", sealed.kdf)));
            }
            let bytes = |s: &str| {
                b64()
                    .decode(s)
                    .map_err(|_| ExportError::NotABundle("bad base64".into()))
            };
            let (salt, nonce, ciphertext) = (bytes(&sealed.salt)?, bytes(&sealed.nonce)?, bytes(&sealed.ciphertext)?);
            let nonce: [u8; 24] = nonce
                .try_into()
                .map_err(|_| ExportError::NotABundle("bad nonce".into()))?;
            if !(8..=64).contains(&salt.len()) {
                return Err(ExportError::NotABundle("bad salt".into()));
            }
            let cipher = derive(passphrase, &salt, sealed.memory_kib, sealed.passes)?;
            let plain = cipher
                .decrypt(
                    &XNonce::from(nonce),
                    Payload {
                        msg: &ciphertext,
                        aad: AAD,
                    },
                )
                .map_err(|_| ExportError::Open)?;
            serde_json::from_slice(&plain).map_err(|e| ExportError::NotABundle(e.to_string()))?
        }
        None => return Err(ExportError::NotABundle("no \"encrypted\" flag".into())),
    };
    // The outer version is not under the seal: the inner one, which is, must agree with it.
    if bundle.format != FORMAT || bundle.version != version {
        return Err(ExportError::NotABundle("inner format or version".into()));
    }
    if version == 1 && bundle.needed_version() > 1 {
        return Err(ExportError::NotABundle("a version 1 bundle cannot carry cards".into()));
    }
    if bundle.submissions.len() > MAX_SUBMISSIONS {
        return Err(ExportError::TooLarge);
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle() -> Bundle {
        let forms = crate::embedded::forms().unwrap();
        let raw: crate::forms::Answers =
            serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
        let form = forms.get("street-problem").unwrap();
        let answers = crate::forms::validate(form, &raw, crate::forms::Today::now()).unwrap();
        Bundle {
            format: FORMAT.into(),
            version: 1,
            exported_at: "2026-11-23T08:00:00Z".into(),
            submissions: vec![Exported {
                submission_id: "0193a0c2-0000-7000-8000-000000000001".into(),
                reference: "K7QF-9M2A".into(),
                form_id: "street-problem".into(),
                form_version: 1,
                locale: "ur".into(),
                submitted_at: "2026-11-22T10:00:00Z".into(),
                answers,
                state: "pending".into(),
                attempts: 3,
                last_error: Some("could not reach the CRM".into()),
                identity: None,
            }],
        }
    }

    #[test]
    fn an_encrypted_bundle_round_trips_and_hides_its_contents() {
        let text = write_encrypted(&bundle(), "correct horse battery").unwrap();
        assert!(!text.contains("High Street") && !text.contains("K7QF"), "{text}");
        assert_eq!(read(text.as_bytes(), Some("correct horse battery")).unwrap(), bundle());
        assert_eq!(
            read(text.as_bytes(), Some("wrong horse battery!")),
            Err(ExportError::Open)
        );
        assert_eq!(read(text.as_bytes(), None), Err(ExportError::NeedPassphrase));
    }

    #[test]
    fn a_changed_byte_or_a_swapped_setting_is_caught() {
        let text = write_encrypted(&bundle(), "correct horse battery").unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let ct = v["ciphertext"].as_str().unwrap().to_owned();
        let mut raw = b64().decode(&ct).unwrap();
        raw[10] ^= 1;
        v["ciphertext"] = b64().encode(&raw).into();
        let tampered = serde_json::to_vec(&v).unwrap();
        assert_eq!(read(&tampered, Some("correct horse battery")), Err(ExportError::Open));
        // A hostile file asking for 100 GiB of KDF memory is refused before any allocation.
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["memory_kib"] = (100u64 << 20).into();
        let greedy = serde_json::to_vec(&v).unwrap();
        assert!(matches!(
            read(&greedy, Some("correct horse battery")),
            Err(ExportError::Kdf(_))
        ));
    }

    #[test]
    fn a_plain_bundle_says_so_and_round_trips() {
        let text = write_plain(&bundle());
        assert!(text.contains("NOT ENCRYPTED"));
        assert_eq!(read(text.as_bytes(), None).unwrap(), bundle());
    }

    fn with_card() -> Bundle {
        let mut b = bundle();
        let card = crate::card::CardNumber::parse("21234001234567").unwrap();
        b.submissions[0].identity = Some(crate::card::identity::Identity::read_at_kiosk(&card, "sip2", false));
        b
    }

    #[test]
    fn a_bundle_without_cards_stays_version_1_and_one_with_a_card_is_version_2() {
        let plain = write_plain(&bundle());
        assert!(!plain.contains("identity"), "nothing new for an older kiosk to refuse");
        assert_eq!(read(plain.as_bytes(), None).unwrap().version, 1);
        let mut asked_for_1 = with_card();
        asked_for_1.version = 1;
        let text = write_plain(&asked_for_1);
        let head: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            (head["version"].as_u64(), head["bundle"]["version"].as_u64()),
            (Some(2), Some(2))
        );
        assert_eq!(
            read(text.as_bytes(), None).unwrap().submissions,
            with_card().submissions
        );
        let sealed = write_encrypted(&with_card(), "correct horse battery").unwrap();
        assert!(!sealed.contains("21234001234567"));
        let back = read(sealed.as_bytes(), Some("correct horse battery")).unwrap();
        assert_eq!((back.version, back.submissions), (2, with_card().submissions));
    }

    #[test]
    fn a_card_under_a_version_1_label_or_a_mismatched_version_is_refused() {
        let text = write_plain(&with_card());
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["version"] = 1.into();
        v["bundle"]["version"] = 1.into();
        let err = read(&serde_json::to_vec(&v).unwrap(), None).unwrap_err();
        assert!(
            matches!(err, ExportError::NotABundle(ref m) if m.contains("cannot carry cards")),
            "{err:?}"
        );
        let mut v: serde_json::Value = serde_json::from_str(&write_plain(&bundle())).unwrap();
        v["version"] = 2.into();
        let err = read(&serde_json::to_vec(&v).unwrap(), None).unwrap_err();
        assert!(
            matches!(err, ExportError::NotABundle(ref m) if m.contains("inner")),
            "{err:?}"
        );
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert_eq!(write_encrypted(&bundle(), "short"), Err(ExportError::WeakPassphrase));
    }

    #[test]
    fn hostile_files_get_clear_errors() {
        for (text, want) in [
            (&b""[..], "not JSON"),
            (b"<html>", "not JSON"),
            (b"[]", "format"),
            (br#"{"format":"something-else","version":1}"#, "format"),
            (br#"{"format":"onestop-outbox-export"}"#, "no version"),
            (br#"{"format":"onestop-outbox-export","version":1}"#, "encrypted"),
            (br#"{"format":"onestop-outbox-export","version":1,"encrypted":false}"#, "missing field"),
            (
                br#"{"format":"onestop-outbox-export","version":1,"encrypted":true,"kdf":"argon2id","memory_kib":65536,"passes":3,"salt":"!!","nonce":"","ciphertext":""}"#,
                "base64",
            ),
        ] {
            let err = read(text, Some("correct horse battery")).unwrap_err();
            assert!(matches!(err, ExportError::NotABundle(ref m) if m.contains(want)), "{err:?} for {want}");
        }
        assert_eq!(
            read(br#"{"format":"onestop-outbox-export","version":7}"#, None),
            Err(ExportError::Version(7))
        );
        assert_eq!(
            read(&vec![b' '; MAX_BUNDLE_BYTES + 1], None),
            Err(ExportError::TooLarge)
        );
    }
}
