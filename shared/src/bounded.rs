//! Reading one file the kiosk was pointed at (the config file, a form, a translation) without
//! trusting it: a FIFO must not block start-up, a device must not be read, and no file may be
//! read past its limit whatever its metadata says. This module reads single files; walking a
//! folder of them is [`crate::embedded::read_tree`]'s job, and parsing is the caller's.

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// The most a config file may hold. The documented example is under 8 KiB; a megabyte leaves room
/// for long comments and many queue services while keeping a wrong path from eating memory.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// The most a form definition may hold: the same bound [`crate::forms::parse_form`] applies (the
/// bundled forms are about 1 KiB each).
pub const MAX_FORM_BYTES: u64 = crate::forms::schema::MAX_DEFINITION_BYTES as u64;
/// The most one translation file (`.ftl`, `locale.toml`) may hold. The largest bundled one is
/// under 20 KiB; 256 KiB is over ten times that, and keeps parsing and checking it quick.
pub const MAX_FTL_BYTES: u64 = 256 * 1024;

/// Why a file could not be read. Each message names the file and what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// It could not be opened or read.
    #[error("could not read {}: {error}; check the path and its permissions", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said. Not a `source`: the message already says it, once.
        error: std::io::Error,
    },
    /// It is a FIFO, a device, a socket or a folder.
    #[error("{} is {kind}, not a regular file; point the kiosk at a plain file", path.display())]
    NotAFile {
        /// The file.
        path: PathBuf,
        /// What it is instead, e.g. `a FIFO (named pipe)`.
        kind: &'static str,
    },
    /// It holds more than its limit.
    #[error("{} is larger than the {limit} bytes the kiosk reads from such a file; it is probably not the file you meant", path.display())]
    TooBig {
        /// The file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// It is not UTF-8 text.
    #[error("{} is not UTF-8 text; save it as UTF-8", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// A folder of forms or translations breaks one of the limits on the whole folder.
    #[error("{}: {message}", path.display())]
    Tree {
        /// The folder or file where the limit was reached.
        path: PathBuf,
        /// Which limit, and what to do.
        message: String,
    },
}

/// Read a whole file of at most `limit` bytes as UTF-8 text. See [`read_bytes`].
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_bytes(path, limit)?).map_err(|_| ReadError::NotUtf8 { path: path.to_owned() })
}

/// Read a whole regular file of at most `limit` bytes. The file is opened without blocking (a FIFO
/// cannot stall the caller), the opened handle is checked to be a regular file (so a symlink to
/// `/dev/zero` is refused), and at most `limit + 1` bytes are read whatever its size claims.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io = |error| ReadError::Io {
        path: path.to_owned(),
        error,
    };
    let file = match open(path) {
        Ok(f) => f,
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        Err(e) => {
            return Err(match std::fs::metadata(path).ok().and_then(|m| kind_of(&m)) {
                Some(kind) => ReadError::NotAFile {
                    path: path.to_owned(),
                    kind,
                },
                None => io(e),
            });
        }
    };
    let meta = file.metadata().map_err(io)?;
    if let Some(kind) = kind_of(&meta) {
        return Err(ReadError::NotAFile {
            path: path.to_owned(),
            kind,
        });
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooBig {
            path: path.to_owned(),
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever.
    // O_NOCTTY: a terminal device must never become the kiosk's controlling terminal.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// What a file is when it is not a regular file, for the message; `None` for a regular file.
fn kind_of(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(e: ReadError) -> String {
        e.to_string()
    }

    #[test]
    fn a_small_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ftl");
        std::fs::write(&p, "hello = Hello\n").unwrap();
        assert_eq!(read_text(&p, 14).unwrap(), "hello = Hello\n");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_naming_file_and_limit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.ftl");
        std::fs::write(&p, vec![b'a'; 101]).unwrap();
        let e = message(read_text(&p, 100).unwrap_err());
        assert!(e.contains("big.ftl") && e.contains("100 bytes"), "{e}");
        assert!(read_text(&p, 101).is_ok(), "exactly the limit is allowed");
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ftl");
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
        // Nobody ever opens it for writing: a blocking open would never return.
        let e = message(read_text(&p, 100).unwrap_err());
        assert!(e.contains("x.ftl") && e.contains("FIFO"), "{e}");
    }

    #[test]
    fn a_symlink_to_dev_zero_is_refused_as_a_device() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
        let e = message(read_bytes(&p, MAX_FORM_BYTES).unwrap_err());
        assert!(e.contains("zero.toml") && e.contains("character device"), "{e}");
    }

    #[test]
    fn a_folder_a_socket_and_a_missing_file_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let e = message(read_text(dir.path(), 100).unwrap_err());
        assert!(e.contains("a folder"), "{e}");
        let sock = dir.path().join("s.ftl");
        let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let e = message(read_text(&sock, 100).unwrap_err());
        assert!(e.contains("s.ftl") && e.contains("a socket"), "{e}");
        let e = message(read_text(&dir.path().join("none.toml"), 100).unwrap_err());
        assert!(e.contains("none.toml") && e.contains("check the path"), "{e}");
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("latin1.ftl");
        std::fs::write(&p, b"caf\xe9 = x\n").unwrap();
        let e = message(read_text(&p, 100).unwrap_err());
        assert!(e.contains("latin1.ftl") && e.contains("UTF-8"), "{e}");
    }
}
