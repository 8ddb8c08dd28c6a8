//! The simulated card reader, for development and tests: it watches a text file and turns each
//! line appended to it into what a real reader would send. `tap 21234001234567` is a card read,
//! `unplug` and `replug` change the reader's status. Anything else is ignored with a warning.

use super::{CardEvent, CardNumber, ReaderKind, ReaderStatus};
use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// What one line of the file means, if anything.
pub fn parse_line(line: &str) -> Option<CardEvent> {
    let line = line.trim();
    let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
    match word {
        "tap" => CardNumber::parse(rest).ok().map(|number| CardEvent::Read {
            reader: ReaderKind::Simulated,
            number,
        }),
        "unplug" => Some(CardEvent::Status {
            reader: ReaderKind::Simulated,
            status: ReaderStatus::Unavailable("unplugged".into()),
        }),
        "replug" => Some(CardEvent::Status {
            reader: ReaderKind::Simulated,
            status: ReaderStatus::Ready,
        }),
        _ => None,
    }
}

/// The watching thread; dropping the handle stops it.
pub struct SimulatedReader {
    stop: Arc<AtomicBool>,
}

impl Drop for SimulatedReader {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl SimulatedReader {
    /// Watches `path` (created empty if missing; lines already in it are skipped), checking
    /// every `poll`. Sends `Ready` first.
    pub fn spawn(path: PathBuf, poll: Duration, events: mpsc::Sender<CardEvent>) -> std::io::Result<SimulatedReader> {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&path)?;
        let mut offset = file.seek(SeekFrom::End(0))?;
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        std::thread::Builder::new()
            .name("simulated-reader".into())
            .spawn(move || {
                let ready = CardEvent::Status {
                    reader: ReaderKind::Simulated,
                    status: ReaderStatus::Ready,
                };
                if events.send(ready).is_err() {
                    return;
                }
                let mut pending = String::new();
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(poll);
                    let mut chunk = Vec::new();
                    if file.seek(SeekFrom::Start(offset)).is_err() || file.read_to_end(&mut chunk).is_err() {
                        continue;
                    }
                    offset += chunk.len() as u64;
                    pending.push_str(&String::from_utf8_lossy(&chunk));
                    while let Some(end) = pending.find('\n') {
                        let line: String = pending.drain(..=end).collect();
                        match parse_line(&line) {
                            Some(event) => {
                                if events.send(event).is_err() {
                                    return;
                                }
                            }
                            None if line.trim().is_empty() => {}
                            None => tracing::warn!(
                                device = "simulated",
                                "simulated reader: ignored a line it does not understand"
                            ),
                        }
                    }
                }
            })?;
        Ok(SimulatedReader { stop })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn lines_become_events() {
        assert!(matches!(parse_line("tap 21234001234567"), Some(CardEvent::Read { .. })));
        assert!(matches!(
            parse_line("unplug"),
            Some(CardEvent::Status {
                status: ReaderStatus::Unavailable(_),
                ..
            })
        ));
        assert!(matches!(
            parse_line("replug\n"),
            Some(CardEvent::Status {
                status: ReaderStatus::Ready,
                ..
            })
        ));
        assert_eq!(parse_line("tap"), None);
        assert_eq!(parse_line("tap 12 34"), None);
        assert_eq!(parse_line("format c:"), None);
    }

    #[test]
    fn appended_lines_are_read_once_each() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reader.txt");
        std::fs::write(&path, "tap 11111111\n").unwrap(); // before start: skipped
        let (tx, rx) = mpsc::channel();
        let _reader = SimulatedReader::spawn(path.clone(), Duration::from_millis(10), tx).unwrap();
        let wait = Duration::from_secs(5);
        assert_eq!(
            rx.recv_timeout(wait).unwrap(),
            CardEvent::Status {
                reader: ReaderKind::Simulated,
                status: ReaderStatus::Ready
            }
        );
        let mut f = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"tap 21234001234567\nunp").unwrap();
        f.flush().unwrap();
        match rx.recv_timeout(wait).unwrap() {
            CardEvent::Read { number, .. } => assert_eq!(number.expose(), "21234001234567"),
            other => panic!("{other:?}"),
        }
        f.write_all(b"lug\n").unwrap();
        assert!(matches!(
            rx.recv_timeout(wait).unwrap(),
            CardEvent::Status {
                status: ReaderStatus::Unavailable(_),
                ..
            }
        ));
        assert!(rx.recv_timeout(Duration::from_millis(100)).is_err(), "nothing more");
    }
}
