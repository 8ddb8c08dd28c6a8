//! Encryption at rest for personal data in the kiosk database: drafts' answers and outbox
//! payloads are sealed with XChaCha20-Poly1305 under a key kept in its own file (mode 0600,
//! created on first run), never in the database. Each value is bound to its row id, so a sealed
//! payload cannot be moved to another row. What to seal is the store's choice, not this module's.

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::path::Path;

/// Marks a sealed value and its format version.
const PREFIX: &str = "v1:";

/// The data key.
#[derive(Clone)]
pub struct Key(XChaCha20Poly1305);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// A key or sealed value that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The key file could not be read or written.
    #[error("the data key file {path}: {source}. It must be readable by the kiosk user only (mode 0600)")]
    KeyFile {
        /// Its path.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The key file is not 32 bytes.
    #[error(
        "the data key file {0} is damaged (it must hold exactly 32 bytes); restore it from backup — without it the stored answers cannot be read"
    )]
    KeyLength(String),
    /// The key file can be read by others.
    #[error("the data key file {0} can be read by other users; run `chmod 600` on it")]
    KeyMode(String),
    /// A sealed value failed authentication: wrong key, or the data was changed.
    #[error("stored personal data could not be decrypted (wrong key file, or the database was altered)")]
    Open,
}

impl Key {
    /// A fresh random key (tests, in-memory stores).
    pub fn random() -> Key {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        Key::from_bytes(bytes)
    }

    fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(XChaCha20Poly1305::new(&bytes.into()))
    }

    /// Load the key at `path`, creating it (mode 0600) on first run. A kiosk opens its data
    /// through [`crate::store::Store::open_data`], which creates a key only for a database with
    /// nothing sealed in it; this is for tools and tests.
    pub fn load_or_create(path: &Path) -> Result<Key, CryptoError> {
        match Key::load(path)? {
            Some(key) => Ok(key),
            None => Key::create(path),
        }
    }

    /// Load the key at `path`; `None` when there is no such file.
    pub fn load(path: &Path) -> Result<Option<Key>, CryptoError> {
        let err = |source| CryptoError::KeyFile {
            path: path.display().to_string(),
            source,
        };
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(err(e)),
        };
        let meta = file.metadata().map_err(err)?;
        if !meta.is_file() {
            return Err(CryptoError::KeyLength(path.display().to_string()));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(CryptoError::KeyMode(path.display().to_string()));
            }
        }
        // Read one byte more than a key: a longer file is as wrong as a shorter one, and a link
        // to an endless device is never read to its end.
        let mut bytes = Vec::with_capacity(33);
        std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, 33), &mut bytes).map_err(err)?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| CryptoError::KeyLength(path.display().to_string()))?;
        Ok(Some(Key::from_bytes(bytes)))
    }

    /// Create a new random key at `path` (mode 0600). If another process created one first,
    /// that key is the one returned.
    pub fn create(path: &Path) -> Result<Key, CryptoError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        write_private(path, &bytes).map_err(|source| CryptoError::KeyFile {
            path: path.display().to_string(),
            source,
        })?;
        // Read back: if another process won the race, its key is the one in force.
        Key::load(path)?.ok_or_else(|| CryptoError::KeyFile {
            path: path.display().to_string(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "vanished just after it was created"),
        })
    }

    /// Seal `plain`, bound to `row` (its id), as text for a TEXT column.
    pub fn seal(&self, plain: &str, row: &str) -> String {
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut nonce).expect("the operating system's random source");
        let nonce = XNonce::from(nonce);
        let sealed = self
            .0
            .encrypt(
                &nonce,
                Payload {
                    msg: plain.as_bytes(),
                    aad: row.as_bytes(),
                },
            )
            .expect("encryption of an in-memory buffer cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        format!(
            "{PREFIX}{}",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(out)
        )
    }

    /// Open a value sealed by [`Key::seal`] for the same `row`.
    pub fn open(&self, sealed: &str, row: &str) -> Result<String, CryptoError> {
        let body = sealed.strip_prefix(PREFIX).ok_or(CryptoError::Open)?;
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(body)
            .map_err(|_| CryptoError::Open)?;
        if bytes.len() < 24 + 16 {
            return Err(CryptoError::Open);
        }
        let (nonce, ct) = bytes.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().expect("24 bytes");
        let plain = self
            .0
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: ct,
                    aad: row.as_bytes(),
                },
            )
            .map_err(|_| CryptoError::Open)?;
        String::from_utf8(plain).map_err(|_| CryptoError::Open)
    }

    /// Whether `value` is sealed (rather than plain text from before encryption).
    pub fn is_sealed(value: &str) -> bool {
        value.starts_with(PREFIX)
    }
}

/// Create `path` with `bytes`, readable by the owner only. The key is written in full to a
/// temporary file first and then hard-linked into place: a crash mid-write never leaves a short
/// key file, and if another process created the key first, that key is kept and ours dropped
/// (linking never overwrites), so two kiosks starting at once cannot seal with different keys.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("key"),
        std::process::id()
    ));
    let _ = std::fs::remove_file(&tmp);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let result = (|| {
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_for_their_row_and_key() {
        let k = Key::random();
        let s = k.seal("{\"name\":\"Ali Khan\"}", "row-1");
        assert!(Key::is_sealed(&s));
        assert!(!s.contains("Ali"));
        assert_eq!(k.open(&s, "row-1").unwrap(), "{\"name\":\"Ali Khan\"}");
        assert!(k.open(&s, "row-2").is_err(), "bound to its row");
        assert!(Key::random().open(&s, "row-1").is_err(), "bound to its key");
        // Change one character in the middle of the ciphertext to a different one.
        let mut chars: Vec<char> = s.chars().collect();
        let mid = chars.len() / 2;
        chars[mid] = if chars[mid] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        assert!(k.open(&tampered, "row-1").is_err());
        assert!(k.open("plain text", "row-1").is_err());
        assert!(k.open("v1:!!!", "row-1").is_err());
        assert!(k.open("v1:", "row-1").is_err());
    }

    #[test]
    fn the_same_text_seals_differently_each_time() {
        let k = Key::random();
        assert_ne!(k.seal("x", "r"), k.seal("x", "r"));
    }

    #[test]
    fn the_key_file_is_created_private_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.key");
        let k1 = Key::load_or_create(&path).unwrap();
        let sealed = k1.seal("hello", "r");
        let k2 = Key::load_or_create(&path).unwrap();
        assert_eq!(k2.open(&sealed, "r").unwrap(), "hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(matches!(Key::load_or_create(&path), Err(CryptoError::KeyMode(_))));
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        std::fs::write(&path, b"short").unwrap();
        assert!(matches!(Key::load_or_create(&path), Err(CryptoError::KeyLength(_))));
    }
}
