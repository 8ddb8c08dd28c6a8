//! A real `systemd-journald` for tests, where systemd is not PID 1 (a CI container): journald
//! started in a private mount namespace (`unshare --mount`, root only) with fresh tmpfs over
//! `/run/systemd/journal`, `/run/log` and `/var/log/journal`, so it listens on the standard
//! socket path the binaries (tracing-journald) write to without touching the machine's own
//! journal; programs run inside that namespace with `nsenter`, and `journalctl -o export`
//! reads back what it stored, parsed here into entries. Only built with the `journald` feature
//! (Debian: systemd, util-linux).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One journal entry: field name → value (binary values lossily as text).
pub type Entry = BTreeMap<String, String>;

/// A journald in its own mount namespace; killed (with its namespace) when dropped.
pub struct Journal {
    child: Child,
}

impl Drop for Journal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const SETUP: &str = "set -e
for d in /run/systemd/journal /run/log /var/log/journal; do mkdir -p $d; mount -t tmpfs tmpfs $d; done
exec /lib/systemd/systemd-journald";

impl Journal {
    /// Start journald in a new mount namespace and wait for its socket.
    pub fn start() -> Journal {
        let child = Command::new("unshare")
            .args(["--mount", "--propagation", "private", "--", "sh", "-c", SETUP])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("unshare runs (util-linux)");
        let journal = Journal { child };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !journal
            .inside("test")
            .args(["-S", "/run/systemd/journal/socket"])
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(
                Instant::now() < deadline,
                "systemd-journald did not start in a private mount namespace (needs root, unshare and systemd)"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        journal
    }

    /// `program` to run inside the journal's mount namespace (add its arguments).
    pub fn inside(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new("nsenter");
        c.arg(format!("--mount=/proc/{}/ns/mnt", self.child.id()))
            .arg("--")
            .arg(program);
        c
    }

    /// Every entry journald has stored whose `SYSLOG_IDENTIFIER` is `identifier`.
    pub fn entries(&self, identifier: &str) -> Vec<Entry> {
        // Make journald write out what it holds before reading the files.
        let _ = self.inside("journalctl").arg("--sync").stderr(Stdio::null()).status();
        let out = self
            .inside("journalctl")
            .args(["-o", "export", "--no-pager"])
            .arg(format!("SYSLOG_IDENTIFIER={identifier}"))
            .output()
            .expect("journalctl runs");
        assert!(
            out.status.success(),
            "journalctl failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        parse_export(&out.stdout)
    }
}

/// Parse journalctl's export format: entries separated by an empty line; each field is
/// `NAME=value\n`, or `NAME\n` + a little-endian u64 length + the bytes + `\n` for binary values.
pub fn parse_export(mut bytes: &[u8]) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut entry = Entry::new();
    while !bytes.is_empty() {
        let end = bytes.iter().position(|b| *b == b'\n').unwrap_or(bytes.len());
        let line = &bytes[..end];
        if line.is_empty() {
            if !entry.is_empty() {
                entries.push(std::mem::take(&mut entry));
            }
            bytes = &bytes[(end + 1).min(bytes.len())..];
            continue;
        }
        if let Some(eq) = line.iter().position(|b| *b == b'=') {
            entry.insert(
                String::from_utf8_lossy(&line[..eq]).into_owned(),
                String::from_utf8_lossy(&line[eq + 1..]).into_owned(),
            );
            bytes = &bytes[(end + 1).min(bytes.len())..];
        } else {
            let name = String::from_utf8_lossy(line).into_owned();
            let rest = &bytes[end + 1..];
            let len = u64::from_le_bytes(rest[..8].try_into().expect("a length")) as usize;
            entry.insert(name, String::from_utf8_lossy(&rest[8..8 + len]).into_owned());
            bytes = &rest[(8 + len + 1).min(rest.len())..];
        }
    }
    if !entry.is_empty() {
        entries.push(entry);
    }
    entries
}

/// Whether any field of any entry contains `text`.
pub fn anywhere(entries: &[Entry], text: &str) -> bool {
    entries.iter().any(|e| e.values().any(|v| v.contains(text)))
}

/// A kiosk command run inside the journal's namespace, logging to it.
pub fn kiosk_inside(journal: &Journal, dir: &Path, cfg: &Path) -> Command {
    let mut c = journal.inside(crate::binary("kiosk"));
    c.arg("--config")
        .arg(cfg)
        .arg("--data-dir")
        .arg(dir)
        .env("ONESTOP_LOG", "journald")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_text_and_binary_fields_are_read() {
        let mut bytes = b"MESSAGE=hello\nF_STATE=acknowledged\n\nMESSAGE\n".to_vec();
        bytes.extend_from_slice(&5u64.to_le_bytes());
        bytes.extend_from_slice(b"a\nb c\nPRIORITY=5\n\n");
        let e = parse_export(&bytes);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0]["F_STATE"], "acknowledged");
        assert_eq!(e[1]["MESSAGE"], "a\nb c");
        assert_eq!(e[1]["PRIORITY"], "5");
    }
}
