//! The site's kiosk token when the config sets none: made at the hub's first start and kept in
//! `queue-kiosk.token` in its data folder (0600), so a fresh install is never open to anyone on
//! the LAN who wants tickets. `queue-display serve` reads it for the hub; a standalone kiosk for
//! both its hub and itself; other kiosks are given it in `[queue] kiosk_token`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The file's name in the data folder.
pub const FILE: &str = "queue-kiosk.token";

/// Why the token could not be read or made.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The file could not be read or written.
    #[error("the secret file {path} could not be {doing}: {source}")]
    Io {
        /// Which file.
        path: PathBuf,
        /// "read" or "created".
        doing: &'static str,
        /// Why.
        source: std::io::Error,
    },
    /// The file holds something that is not a usable token.
    #[error(
        "the secret file {0} does not hold a token of {min} characters or more; delete it to make a new one (for queue-kiosk.token, then give kiosks the new one)",
        min = crate::config::MIN_TOKEN_LEN
    )]
    Unusable(PathBuf),
}

/// The token in `dir`'s [`FILE`], made (32 random hex digits, 0600) if there is none yet.
/// Returns it and whether it was made just now.
pub fn load_or_create(dir: &Path) -> Result<(String, bool), TokenError> {
    secret_file(dir, FILE)
}

/// A secret of 32 random hex digits in `dir`'s `file`, made (0600, written whole then renamed)
/// if there is none yet; a damaged one is an error, never silently replaced. Returns it and
/// whether it was made just now.
pub fn secret_file(dir: &Path, file: &str) -> Result<(String, bool), TokenError> {
    let path = dir.join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let token = text.trim();
            if token.chars().count() < crate::config::MIN_TOKEN_LEN || token.chars().any(char::is_whitespace) {
                return Err(TokenError::Unusable(path));
            }
            return Ok((token.to_owned(), false));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(TokenError::Io {
                path,
                doing: "read",
                source,
            });
        }
    }
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let io = |source| TokenError::Io {
        path: path.clone(),
        doing: "created",
        source,
    };
    // Written whole to a private temporary file, then renamed: a crash leaves no half token.
    let tmp = dir.join(format!("{file}.tmp"));
    let _ = std::fs::remove_file(&tmp);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(io)?;
    f.write_all(format!("{token}\n").as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)?;
    Ok((token, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_start_makes_a_private_token_and_later_starts_keep_it() {
        let dir = tempfile::tempdir().unwrap();
        let (a, made) = load_or_create(dir.path()).unwrap();
        assert!(made);
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (b, made) = load_or_create(dir.path()).unwrap();
        assert!(!made);
        assert_eq!(a, b);
        let (c, _) = load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        assert_ne!(a, c, "each hub its own");
    }

    #[test]
    fn a_damaged_token_file_is_refused_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "short\n").unwrap();
        let e = load_or_create(dir.path()).unwrap_err().to_string();
        assert!(e.contains("delete it to make a new one"), "{e}");
        assert_eq!(std::fs::read_to_string(dir.path().join(FILE)).unwrap(), "short\n");
    }
}
