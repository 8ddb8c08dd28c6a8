//! The emulated PN532 (`tests/pn532/pn532_emu.py`) as a child process of a test: started on a
//! fresh pseudo-terminal, told what to do over its stdin, and killed when the handle drops. What
//! the chip answers is the script's job; this module only runs it and reads its progress lines.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

/// How long to wait for a line from the emulator before the test fails.
const WAIT: Duration = Duration::from_secs(10);

/// A running emulated PN532; killed on drop.
pub struct Pn532Emu {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// The port to open: the pty, or the `--link` symlink to it.
    port: PathBuf,
    /// InListPassiveTarget commands answered so far.
    polls: u64,
}

impl Pn532Emu {
    /// Starts the emulator with these flags (`--card 04A23B1C`, `--garbage`, `--link PATH`).
    pub fn start(flags: &[&str]) -> Pn532Emu {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("pn532/pn532_emu.py");
        let mut child = Command::new("python3")
            .arg(script)
            .args(flags)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the PN532 emulator");
        let stdout = child.stdout.take().expect("the emulator's stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let first = lines.recv_timeout(WAIT).expect("the emulator prints its pty");
        let pty = first
            .strip_prefix("pty ")
            .unwrap_or_else(|| panic!("not a pty line: {first}"));
        let port = match flags.iter().position(|f| *f == "--link") {
            Some(i) => PathBuf::from(flags[i + 1]),
            None => PathBuf::from(pty),
        };
        Pn532Emu {
            stdin: child.stdin.take(),
            child,
            lines,
            port,
            polls: 0,
        }
    }

    /// The libnfc connstring that opens this reader.
    pub fn connstring(&self) -> String {
        format!("pn532_uart:{}", self.port.display())
    }

    /// Polls answered so far.
    pub fn polls(&self) -> u64 {
        self.polls
    }

    /// Sends a command (`card 04A23B1C`, `nocard`, `garbage`, `silent`, `healthy`, `unplug`) and
    /// waits until the emulator says it took effect.
    pub fn command(&mut self, command: &str) {
        let stdin = self.stdin.as_mut().expect("the emulator's stdin is open");
        writeln!(stdin, "{command}").expect("the emulator reads its stdin");
        stdin.flush().expect("the emulator reads its stdin");
        let ok = format!("ok {command}");
        while self.next_line() != ok {}
    }

    /// Waits until the emulator has answered `n` more polls (whatever it answered).
    pub fn wait_polls(&mut self, n: u64) {
        let target = self.polls + n;
        while self.polls < target {
            self.next_line();
        }
    }

    /// Waits until the emulator has sent `n` broken answers in all.
    pub fn wait_garbage(&mut self, n: u64) {
        loop {
            let line = self.next_line();
            if let Some(count) = line.strip_prefix("garbage ")
                && count.parse::<u64>().expect("a count") >= n
            {
                return;
            }
        }
    }

    /// Kills the emulator at once (SIGKILL): its pty goes away as a yanked cable would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn next_line(&mut self) -> String {
        let line = self
            .lines
            .recv_timeout(WAIT)
            .unwrap_or_else(|e| panic!("no line from the PN532 emulator within {WAIT:?}: {e}"));
        if line.starts_with("poll ") {
            self.polls += 1;
        }
        line
    }
}

impl Drop for Pn532Emu {
    fn drop(&mut self) {
        self.stdin.take();
        self.kill();
    }
}
