//! The engine's thread: it alone loads and uses libespeak-ng, takes the handles' requests in
//! order (keeping only the newest when several wait), and sends each utterance's samples to the
//! sink as they are made. Interruption is the handles' job (they move the current id and kill
//! the player); this thread notices at the next chunk and tidies up.

use super::espeak::{Espeak, Library};
use super::player::{self, Player};
use super::{Parts, Settings, Shared, Sink, Spoken, Status, text, voices};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};

/// A request from a handle.
pub(super) enum Command {
    /// Say `text` in `voice`; `asked` is when `say` was called.
    Say {
        id: u64,
        voice: String,
        text: String,
        asked: Instant,
    },
    /// Silence.
    Stop,
}

/// The library, initialised by the first engine that could and kept for the life of the process
/// (see [`super::espeak`] on why it is never terminated); held by the one engine using it.
static LIBRARY: Mutex<Option<Espeak>> = Mutex::new(None);

/// Milliseconds of samples per callback: small, so a cut is noticed soon and sound starts early.
const CHUNK_MS: u16 = 20;

/// Silence written after each utterance so aplay, which reads whole periods (a quarter of its
/// 100 ms buffer), plays the utterance's last samples now rather than before the next one.
const TAIL_MS: u32 = 30;

/// Where this engine's samples go.
enum Output {
    Alsa(Player),
    Files(PathBuf),
}

/// The engine's state on its thread.
struct Engine<'a> {
    espeak: &'a Espeak,
    out: Output,
    shared: Arc<Shared>,
    rate_wpm: u32,
    /// The voice espeak-ng has loaded, so switching is done only when it changes.
    voice: Option<String>,
}

/// Run the engine until every handle is gone. `started` is told once the status is known (or
/// the engine has to wait for another to end).
pub(super) fn run(
    shared: Arc<Shared>,
    rx: Receiver<Command>,
    settings: Settings,
    parts: Parts,
    started: SyncSender<()>,
) {
    block_sigpipe();
    let library = match Library::open(&parts.library) {
        Ok(l) => l,
        Err(why) => {
            shared.set_status(Status::Off(why));
            let _ = started.try_send(());
            return;
        }
    };
    let Some((mut owned, waited)) = take_library(&rx, &shared, &started) else {
        return;
    };
    if owned.is_none() {
        match library.initialise(CHUNK_MS, "en") {
            Ok(e) => *owned = Some(e),
            Err(why) => {
                shared.set_status(Status::Off(why));
                let _ = started.try_send(());
                return;
            }
        }
    }
    let Some(espeak) = owned.as_ref() else { return };
    espeak.set_rate(settings.rate_wpm);
    let out = match settings.sink {
        Sink::Alsa { device } => Output::Alsa(Player::new(
            parts.player,
            device,
            espeak.rate,
            Arc::clone(&shared.playing),
        )),
        Sink::Files { dir } => Output::Files(dir),
        Sink::Off => return,
    };
    let mut engine = Engine {
        espeak,
        out,
        shared,
        rate_wpm: settings.rate_wpm,
        voice: None,
    };
    let status = engine.prepare_output().and_then(|()| match &mut engine.out {
        // A player that cannot open its device exits at once; say so now, not at the first word.
        Output::Alsa(p) => p.survives(Duration::from_millis(150)),
        Output::Files(_) => Ok(()),
    });
    engine
        .shared
        .set_status(status.map_or_else(Status::Off, |()| Status::Ready));
    let _ = started.try_send(());
    let mut waited = waited.into_iter();
    while let Some(mut cmd) = waited.next().or_else(|| rx.recv().ok()) {
        for newer in waited.by_ref().chain(rx.try_iter()) {
            engine.skip(cmd);
            cmd = newer;
        }
        match cmd {
            Command::Say { id, voice, text, asked } => engine.say(id, voice, text, asked),
            Command::Stop => engine.stop(),
        }
    }
    tracing::debug!("speech engine ends");
}

/// The library for this engine alone, and the requests that came while another engine had it;
/// `None` if every handle went away meanwhile.
fn take_library(
    rx: &Receiver<Command>,
    shared: &Shared,
    started: &SyncSender<()>,
) -> Option<(MutexGuard<'static, Option<Espeak>>, Vec<Command>)> {
    let (mut waited, mut told) = (Vec::new(), false);
    loop {
        match LIBRARY.try_lock() {
            Ok(g) => return Some((g, waited)),
            Err(TryLockError::Poisoned(p)) => return Some((p.into_inner(), waited)),
            Err(TryLockError::WouldBlock) => {}
        }
        if !told {
            told = true;
            shared.set_status(Status::Off(
                "waiting for the other speech engine in this program to stop".into(),
            ));
            let _ = started.try_send(());
        }
        // Polled, not blocked on, so dropping this engine's handles is never held up by the other.
        match rx.recv_timeout(Duration::from_millis(20)) {
            Ok(cmd) => waited.push(cmd),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
}

/// Make writes to a dead player's pipe fail with EPIPE on this thread instead of raising
/// SIGPIPE (whatever the program does with the signal elsewhere).
fn block_sigpipe() {
    // SAFETY: an emptied signal set with one signal added, applied to this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

impl Engine<'_> {
    /// Get the sink ready: the player started, the folder made.
    fn prepare_output(&mut self) -> Result<(), String> {
        match &mut self.out {
            Output::Alsa(p) => p.ready(),
            Output::Files(dir) => std::fs::create_dir_all(&*dir)
                .map_err(|e| format!("could not make the speech folder {}: {e}", dir.display())),
        }
    }

    /// A request overtaken by a newer one before it started.
    fn skip(&self, cmd: Command) {
        if let Command::Say { id, voice, asked, .. } = cmd {
            self.shared.publish(unsaid(id, voice, asked, true));
        }
    }

    /// Silence: kill the player if it may still be sounding, and have a fresh one ready.
    fn stop(&mut self) {
        if let Output::Alsa(p) = &mut self.out {
            player::silence(&self.shared.playing);
            let status = p.ready();
            self.shared
                .set_status(status.map_or_else(Status::Off, |()| Status::Ready));
        }
    }

    /// Speak one utterance, unless it has been overtaken already.
    fn say(&mut self, id: u64, voice: String, text: String, asked: Instant) {
        if self.shared.current.load(Ordering::SeqCst) != id {
            return self.shared.publish(unsaid(id, voice, asked, true));
        }
        if !voices::is_voice_name(&voice) {
            tracing::warn!(id, voice_len = voice.len(), "not a voice name; nothing said");
            return self.shared.publish(unsaid(id, String::new(), asked, false));
        }
        if self.voice.as_deref() != Some(voice.as_str()) {
            if self.espeak.set_voice(&voice).is_err() {
                tracing::warn!(id, %voice, "espeak-ng has no such voice; nothing said");
                self.voice = None;
                return self.shared.publish(unsaid(id, voice, asked, false));
            }
            self.espeak.set_rate(self.rate_wpm);
            self.voice = Some(voice.clone());
        }
        self.espeak.set_volume(self.shared.volume.load(Ordering::Relaxed));
        let bytes = text.len();
        let (c_text, cut_text) = text::for_espeak(&text);
        drop(text);
        if cut_text {
            tracing::debug!(id, bytes, "text cut to {} bytes", text::MAX_TEXT);
        }
        if let Err(why) = self.prepare_output() {
            self.shared.set_status(Status::Off(why));
            return self.shared.publish(unsaid(id, voice, asked, false));
        }

        let Engine {
            espeak, out, shared, ..
        } = self;
        let mut made: Vec<i16> = Vec::new();
        let (mut first, mut samples, mut cut, mut player_gone): (Option<Instant>, usize, bool, bool) =
            (None, 0, false, false);
        let result = espeak.synth(&c_text, &mut |chunk: &[i16]| {
            if shared.current.load(Ordering::SeqCst) != id {
                cut = true;
                return false;
            }
            let chunk = if first.is_none() { after_lead_in(chunk) } else { chunk };
            if chunk.is_empty() {
                return true;
            }
            match out {
                Output::Files(_) => made.extend_from_slice(chunk),
                Output::Alsa(p) => {
                    if p.write(chunk).is_err() {
                        // Killed by a handle (the id moved), or it died by itself.
                        cut = shared.current.load(Ordering::SeqCst) != id;
                        player_gone = !cut;
                        return false;
                    }
                }
            }
            first.get_or_insert_with(Instant::now);
            samples += chunk.len();
            true
        });
        drop(c_text);
        if let Err(code) = result
            && !cut
            && !player_gone
        {
            tracing::warn!(id, %voice, code, "espeak-ng could not say the text");
        }

        let mut file = None;
        let status = match &mut self.out {
            Output::Alsa(p) if player_gone => Err(p.why_dead()),
            Output::Alsa(p) if cut => {
                if samples > 0 {
                    p.kill();
                }
                p.ready()
            }
            Output::Alsa(p) => {
                let tail = vec![0; (self.espeak.rate * TAIL_MS / 1000) as usize];
                let _ = p.write(&tail);
                Ok(())
            }
            Output::Files(dir) => {
                let path = dir.join(format!("{id:06}-{voice}.wav"));
                let wav = super::Pcm {
                    rate: self.espeak.rate,
                    samples: made,
                }
                .to_wav();
                match std::fs::write(&path, wav) {
                    Ok(()) => {
                        file = Some(path);
                        Ok(())
                    }
                    Err(e) => Err(format!("could not write speech to {}: {e}", path.display())),
                }
            }
        };
        self.shared
            .set_status(status.map_or_else(Status::Off, |()| Status::Ready));
        let first_ms = first.map(|f: Instant| f.duration_since(asked).as_secs_f64() * 1e3);
        tracing::debug!(id, %voice, bytes, samples, cut, first_ms, "spoken");
        self.shared.publish(Spoken {
            id,
            voice,
            asked,
            first_sample: first,
            samples,
            interrupted: cut,
            file,
        });
    }
}

/// `chunk` without the exact silence espeak-ng starts an utterance with (12 to 50 ms, the closure
/// of a first "p"): nothing is heard in it, and a keypad user hears the first word that much
/// sooner.
fn after_lead_in(chunk: &[i16]) -> &[i16] {
    let start = chunk.iter().position(|s| *s != 0).unwrap_or(chunk.len());
    &chunk[start..]
}

/// The record of an utterance that made no sound.
fn unsaid(id: u64, voice: String, asked: Instant, interrupted: bool) -> Spoken {
    Spoken {
        id,
        voice,
        asked,
        first_sample: None,
        samples: 0,
        interrupted,
        file: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_silence_before_the_first_sound_is_dropped() {
        assert_eq!(after_lead_in(&[0, 0, 0, 3, 0, -1]), [3, 0, -1]);
        assert_eq!(after_lead_in(&[-1, 0]), [-1, 0]);
        assert!(after_lead_in(&[0; 441]).is_empty());
        assert!(after_lead_in(&[]).is_empty());
    }
}
