//! Where the binaries' logs go: the systemd journal, natively with structured fields, when the
//! process runs under systemd (its stderr is the journal stream `JOURNAL_STREAM` names) or when
//! `ONESTOP_LOG=journald`; otherwise readable lines on stderr, as before. What is logged, and that
//! no personal data ever is, is each module's job (docs/OPERATIONS.md, "Logs").
//!
//! In the journal each event has `MESSAGE`, `PRIORITY`, `TARGET`, `CODE_FILE`, `CODE_LINE`,
//! `SYSLOG_IDENTIFIER` (the binary), and its own fields upper-cased with an `F_` prefix
//! (`submission = …` becomes `F_SUBMISSION`).

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// Where the logs went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// The systemd journal.
    Journal,
    /// Standard error.
    Stderr,
}

/// Whether logs should go to the journal: `ONESTOP_LOG=journald` (or `stderr`) decides; otherwise
/// yes when `JOURNAL_STREAM` (`device:inode`) is the file our stderr is, as systemd's docs say to
/// check (a shell started from a service inherits the variable but not the stream).
pub fn wants_journal() -> bool {
    match std::env::var("ONESTOP_LOG").as_deref() {
        Ok("journald") => return true,
        Ok("stderr") => return false,
        _ => {}
    }
    let Ok(stream) = std::env::var("JOURNAL_STREAM") else {
        return false;
    };
    stderr_is(&stream)
}

/// Whether `stream` (`device:inode`) names the file open on fd 2.
fn stderr_is(stream: &str) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    let Some((dev, ino)) = stream.split_once(':') else {
        return false;
    };
    let (Ok(dev), Ok(ino)) = (dev.parse::<u64>(), ino.parse::<u64>()) else {
        return false;
    };
    std::fs::metadata("/proc/self/fd/2").is_ok_and(|m| m.dev() == dev && m.ino() == ino)
}

/// Install the process's logger, filtered by `RUST_LOG` or else `default_filter` (e.g. "info"),
/// and say where it went. If the journal was wanted but its socket cannot be opened, logs go to
/// stderr (which under systemd is the journal too, as plain lines) with one line saying why.
pub fn init(default_filter: &str) -> Sink {
    let filter = || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let mut why_not = None;
    if wants_journal() {
        match tracing_journald::layer() {
            Ok(journal) => {
                let _ = tracing_subscriber::registry().with(filter()).with(journal).try_init();
                return Sink::Journal;
            }
            Err(e) => why_not = Some(e),
        }
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter())
        .with_writer(std::io::stderr)
        .try_init();
    if let Some(e) = why_not {
        tracing::warn!("the systemd journal's socket could not be opened ({e}); logging to stderr");
    }
    Sink::Stderr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_stream_that_is_not_our_stderr_is_not_taken_for_it() {
        assert!(!stderr_is("0:0"));
        assert!(!stderr_is("not a stream"));
        assert!(!stderr_is("12:"));
    }

    #[test]
    fn the_journal_stream_naming_our_own_stderr_is_recognised() {
        use std::os::unix::fs::MetadataExt as _;
        let m = std::fs::metadata("/proc/self/fd/2").unwrap();
        assert!(stderr_is(&format!("{}:{}", m.dev(), m.ino())));
    }
}
