//! The `sd_notify` protocol: newline-separated `KEY=VALUE` lines in one datagram to the Unix
//! socket named by `NOTIFY_SOCKET` (a path, or `@name` for an abstract socket). This module only
//! sends; what to say and when is the caller's.

use std::os::unix::net::{SocketAddr, UnixDatagram};
use std::time::Duration;

/// Why a notification socket cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// `NOTIFY_SOCKET` is neither an absolute path nor `@name`.
    #[error("NOTIFY_SOCKET={0:?} is not a socket path: it must start with / (a file) or @ (an abstract socket)")]
    BadAddress(String),
    /// The socket could not be made or the datagram not sent.
    #[error("could not tell systemd through {socket}: {error}")]
    Io {
        /// The `NOTIFY_SOCKET` value.
        socket: String,
        /// What failed.
        error: std::io::Error,
    },
}

/// Where notifications go; cheap to clone and safe to share between threads.
#[derive(Debug, Clone)]
pub struct Notifier {
    /// The `NOTIFY_SOCKET` value, for messages.
    name: String,
    addr: std::sync::Arc<SocketAddr>,
}

impl Notifier {
    /// The notifier `NOTIFY_SOCKET` names, `Ok(None)` when it is unset or empty (not under
    /// systemd, or the unit is not `Type=notify`).
    pub fn from_env() -> Result<Option<Notifier>, NotifyError> {
        match std::env::var("NOTIFY_SOCKET") {
            Ok(s) if !s.is_empty() => Notifier::to(&s).map(Some),
            _ => Ok(None),
        }
    }

    /// A notifier for the socket `name` (`/path` or `@abstract`).
    pub fn to(name: &str) -> Result<Notifier, NotifyError> {
        let bad = || NotifyError::BadAddress(name.to_owned());
        let addr = if let Some(abstract_name) = name.strip_prefix('@') {
            use std::os::linux::net::SocketAddrExt;
            SocketAddr::from_abstract_name(abstract_name.as_bytes()).map_err(|_| bad())?
        } else if name.starts_with('/') {
            SocketAddr::from_pathname(name).map_err(|_| bad())?
        } else {
            return Err(bad());
        };
        Ok(Notifier {
            name: name.to_owned(),
            addr: std::sync::Arc::new(addr),
        })
    }

    /// Send `lines` (e.g. `"READY=1\nSTATUS=…"`) as one datagram. A newline inside a value would
    /// start a new assignment, so callers pass only text they made.
    pub fn send(&self, lines: &str) -> Result<(), NotifyError> {
        let io = |error| NotifyError::Io {
            socket: self.name.clone(),
            error,
        };
        let socket = UnixDatagram::unbound().map_err(io)?;
        // systemd reads at once; never let a full queue hold up the UI or the pinger.
        socket.set_write_timeout(Some(Duration::from_secs(1))).map_err(io)?;
        socket.send_to_addr(lines.as_bytes(), &self.addr).map_err(io)?;
        Ok(())
    }

    /// `READY=1` with a status line.
    pub fn ready(&self, status: &str) -> Result<(), NotifyError> {
        self.send(&format!("READY=1\nSTATUS={}", one_line(status)))
    }

    /// `STOPPING=1` with a status line.
    pub fn stopping(&self, status: &str) -> Result<(), NotifyError> {
        self.send(&format!("STOPPING=1\nSTATUS={}", one_line(status)))
    }

    /// `WATCHDOG=1`: still alive.
    pub fn watchdog(&self) -> Result<(), NotifyError> {
        self.send("WATCHDOG=1")
    }
}

/// `text` with line breaks turned into spaces, so it stays one assignment.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_socket_receives_each_notification_as_one_datagram() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let listener = UnixDatagram::bind(&path).unwrap();
        let n = Notifier::to(path.to_str().unwrap()).unwrap();
        n.ready("listening on\nws://x").unwrap();
        n.watchdog().unwrap();
        let mut buf = [0u8; 256];
        let len = listener.recv(&mut buf).unwrap();
        assert_eq!(&buf[..len], b"READY=1\nSTATUS=listening on ws://x");
        let len = listener.recv(&mut buf).unwrap();
        assert_eq!(&buf[..len], b"WATCHDOG=1");
    }

    #[test]
    fn an_abstract_socket_is_named_with_an_at_sign() {
        use std::os::linux::net::SocketAddrExt;
        let name = format!("onestop-notify-test-{}", std::process::id());
        let addr = SocketAddr::from_abstract_name(name.as_bytes()).unwrap();
        let listener = UnixDatagram::bind_addr(&addr).unwrap();
        Notifier::to(&format!("@{name}")).unwrap().stopping("bye").unwrap();
        let mut buf = [0u8; 64];
        let len = listener.recv(&mut buf).unwrap();
        assert_eq!(&buf[..len], b"STOPPING=1\nSTATUS=bye");
    }

    #[test]
    fn a_relative_name_is_refused_with_what_it_must_look_like() {
        let e = Notifier::to("run/notify").unwrap_err().to_string();
        assert!(e.contains("must start with / (a file) or @"), "{e}");
    }

    #[test]
    fn a_socket_nobody_listens_on_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone");
        let e = Notifier::to(path.to_str().unwrap()).unwrap().watchdog().unwrap_err();
        assert!(e.to_string().contains("gone"), "{e}");
    }
}
