//! The one long-lived `aplay` process [`super::Sink::Alsa`] plays through: raw samples on its
//! stdin as they are made, a small device buffer, and a kill to silence it at once (a new one is
//! started for what comes next). Its pid is shared with the [`super::Speaker`] handles so that
//! `say` and `stop` can silence it from the caller's thread while the engine's thread is busy;
//! starting, writing and reaping stay on the engine's thread. What to play is not decided here.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// aplay's device buffer: small, so a kill leaves little unsaid and sound starts soon.
const BUFFER_US: u32 = 100_000;

/// What the handles need to silence the player.
#[derive(Debug, Default)]
pub(super) struct Playing {
    /// The live (not yet reaped) player's pid, so a kill never reaches a recycled pid.
    pid: Option<u32>,
    /// Until when it may still be sounding: `None` when nothing was written since it started.
    sounding_until: Option<Instant>,
    /// It was killed; the engine reaps it and starts another.
    killed: bool,
}

/// The shared side of the player, held by the handles and the engine.
pub(super) type Shared = Mutex<Playing>;

/// Kill the player if it may be sounding. Returns whether it did. Called from any thread.
pub(super) fn silence(shared: &Shared) -> bool {
    let mut p = shared.lock().unwrap_or_else(PoisonError::into_inner);
    let sounding = p.sounding_until.is_some_and(|t| Instant::now() < t);
    match p.pid {
        Some(pid) if sounding && !p.killed => {
            // SAFETY: kill(2) with a pid of our own unreaped child (the engine clears `pid` under
            // this lock before it reaps).
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
            p.killed = true;
            true
        }
        _ => false,
    }
}

/// A started player.
struct Running {
    child: Child,
    stdin: ChildStdin,
    /// The thread reading its stderr, joined once it has exited so its last line is in.
    drain: Option<JoinHandle<()>>,
}

/// The engine's side: the process, its stdin, and its last words on stderr.
pub(super) struct Player {
    program: PathBuf,
    device: String,
    rate: u32,
    shared: Arc<Shared>,
    child: Option<Running>,
    last_error: Arc<Mutex<String>>,
    /// When what was written so far will have been played, if anything was.
    ends_at: Option<Instant>,
}

impl Player {
    /// A player for `device` at `rate`, not started yet.
    pub(super) fn new(program: PathBuf, device: String, rate: u32, shared: Arc<Shared>) -> Player {
        Player {
            program,
            device,
            rate,
            shared,
            child: None,
            last_error: Arc::default(),
            ends_at: None,
        }
    }

    /// Make sure a player runs that is not sounding anything old: reap a killed or dead one and
    /// start a new one. The error says why none runs (to show staff).
    pub(super) fn ready(&mut self) -> Result<(), String> {
        let stale = {
            let p = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
            p.killed || self.child.is_none()
        };
        let exited = match &mut self.child {
            Some(r) => !matches!(r.child.try_wait(), Ok(None)),
            None => false,
        };
        if stale || exited {
            self.reap();
            self.start()?;
        }
        Ok(())
    }

    /// Start aplay reading raw samples from its stdin.
    fn start(&mut self) -> Result<(), String> {
        let mut child = Command::new(&self.program)
            .args(["-q", "-D", &self.device, "-t", "raw", "-f", "S16_LE", "-c", "1"])
            .arg(format!("-r{}", self.rate))
            .arg(format!("--buffer-time={BUFFER_US}"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!(
                    "the sound player {} could not start ({e}): install alsa-utils",
                    self.program.display()
                )
            })?;
        let (Some(stdin), Some(stderr)) = (child.stdin.take(), child.stderr.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err("the sound player gave no pipes".into());
        };
        // Its stderr is drained so it never blocks on a full pipe; the last line says why it died.
        let last = Arc::clone(&self.last_error);
        let drained = std::thread::Builder::new()
            .name("speech-player-stderr".into())
            .spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    let line = line.trim();
                    if !line.is_empty() {
                        *last.lock().unwrap_or_else(PoisonError::into_inner) = line.chars().take(200).collect();
                    }
                }
            });
        if drained.is_err() {
            tracing::warn!("could not start the thread that reads the sound player's errors");
        }
        let pid = child.id();
        let mut p = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
        *p = Playing {
            pid: Some(pid),
            sounding_until: None,
            killed: false,
        };
        drop(p);
        self.child = Some(Running {
            child,
            stdin,
            drain: drained.ok(),
        });
        self.ends_at = None;
        Ok(())
    }

    /// Wait up to `within` to see that it does not exit by itself (as aplay does when its
    /// device cannot be opened); the error says why it did.
    pub(super) fn survives(&mut self, within: Duration) -> Result<(), String> {
        let end = Instant::now() + within;
        while Instant::now() < end {
            let Some(r) = &mut self.child else { return Ok(()) };
            if !matches!(r.child.try_wait(), Ok(None)) {
                return Err(self.why_dead());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(())
    }

    /// Write samples for it to play. An error means the player is gone (killed or died).
    pub(super) fn write(&mut self, samples: &[i16]) -> Result<(), ()> {
        let Some(r) = &mut self.child else { return Err(()) };
        let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        r.stdin.write_all(&bytes).map_err(|_| ())?;
        let now = Instant::now();
        let len = Duration::from_secs_f64(samples.len() as f64 / f64::from(self.rate));
        // Playing starts once written (the pipe is fast) unless older samples are still queued.
        let ends = self.ends_at.filter(|t| *t > now).unwrap_or(now) + len;
        self.ends_at = Some(ends);
        let margin = Duration::from_micros(u64::from(BUFFER_US) * 2);
        self.shared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .sounding_until = Some(ends + margin);
        Ok(())
    }

    /// Kill it now and reap it (the next [`Player::ready`] starts another).
    pub(super) fn kill(&mut self) {
        self.reap();
    }

    /// Why the player stopped, from its last line on stderr, for staff.
    pub(super) fn why_dead(&mut self) -> String {
        let status = self.reap();
        let last = std::mem::take(&mut *self.last_error.lock().unwrap_or_else(PoisonError::into_inner));
        let said = if last.is_empty() { "no message".to_owned() } else { last };
        format!(
            "the sound player stopped ({}: {said}): check the sound device {:?} and the speakers",
            status.unwrap_or_else(|| "still running".into()),
            self.device
        )
    }

    /// Forget the shared pid, kill the process and wait for it. Its exit status, if it had one.
    fn reap(&mut self) -> Option<String> {
        *self.shared.lock().unwrap_or_else(PoisonError::into_inner) = Playing::default();
        let Running {
            mut child,
            stdin,
            drain,
        } = self.child.take()?;
        drop(stdin);
        let _ = child.kill();
        let status = child.wait().ok().map(|s| s.to_string());
        if let Some(d) = drain {
            let _ = d.join();
        }
        status
    }
}

impl Drop for Player {
    fn drop(&mut self) {
        self.reap();
    }
}
