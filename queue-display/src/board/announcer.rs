//! Making the calls heard: one background thread takes announcements from a bounded queue, one
//! at a time (so they never overlap and the UI never waits), synthesises each utterance with the
//! espeak-ng program (offline), puts the chime before them, and plays the result with aplay (or
//! pw-play, or paplay). A missing program or a failing sound device is a [`Sound`] state that is
//! logged and shown small on the board, never a crash.

use super::audio::{Pcm, chime};
use super::speech::Utterance;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};

/// Announcements waiting to be spoken; beyond this the newest is dropped (and logged): when
/// calls come faster than they can be said, a late one is worth less than the board's quiet.
pub const QUEUE: usize = 8;

/// espeak-ng's output rate; the chime is made at the same rate so they join into one file.
const RATE: u32 = 22_050;

/// Whether the board can be heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sound {
    /// Chime and speech work (as far as is known).
    On,
    /// Something is missing or failing: what, and what to do, for staff and the log.
    Off(String),
}

/// The programs the board uses, found on `PATH` or given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tools {
    /// espeak-ng.
    pub espeak: Option<PathBuf>,
    /// A program that plays a WAV file given as its last argument.
    pub player: Option<PathBuf>,
}

/// The first executable called `name` on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.metadata().is_ok_and(|m| m.is_file()))
}

impl Tools {
    /// espeak-ng and the first of aplay, pw-play, paplay on `PATH`.
    pub fn detect() -> Tools {
        Tools {
            espeak: which("espeak-ng"),
            player: ["aplay", "pw-play", "paplay"].into_iter().find_map(which),
        }
    }

    /// What cannot work with these tools, if anything.
    pub fn problem(&self) -> Option<String> {
        match (&self.espeak, &self.player) {
            (_, None) => Some(
                "no sound player (aplay, pw-play or paplay): install alsa-utils; calls are shown but not heard".into(),
            ),
            (None, _) => {
                Some("espeak-ng is not installed: install the espeak-ng package; calls get the chime only".into())
            }
            _ => None,
        }
    }
}

/// Say `ssml` (an SSML document, see [`super::speech`]) in `voice` with espeak-ng, into samples.
/// It goes in on stdin, so nothing in it can be taken for an option.
pub fn synthesize(espeak: &Path, voice: &str, ssml: &str) -> Result<Pcm, String> {
    let mut child = Command::new(espeak)
        .args(["-b", "1", "-m", "-v", voice, "--stdout", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", espeak.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(ssml.as_bytes())
            .map_err(|e| format!("could not hand espeak-ng the text: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("espeak-ng did not finish: {e}"))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(format!("espeak-ng failed for voice {voice}: {}", why.trim()));
    }
    Pcm::from_wav(&out.stdout).map_err(|e| format!("espeak-ng gave {e}"))
}

/// The chime if `with_chime`, then each utterance that could be synthesised, with short pauses
/// between: one file's worth of samples (empty if there is nothing to play). Failures are
/// returned beside it, to be logged and shown.
pub fn compose(espeak: Option<&Path>, with_chime: bool, utterances: &[Utterance]) -> (Pcm, Vec<String>) {
    let mut all = Pcm {
        rate: RATE,
        samples: Vec::new(),
    };
    if with_chime {
        all = chime(RATE);
        all.pause(250);
    }
    let mut problems = Vec::new();
    let Some(espeak) = espeak else {
        return (all, problems);
    };
    for (i, u) in utterances.iter().enumerate() {
        match synthesize(espeak, u.voice, &u.ssml) {
            Ok(p) if p.rate == RATE => {
                // espeak-ng ends each utterance with about 0.3 s of quiet already.
                if i > 0 {
                    all.pause(300);
                }
                all.samples.extend_from_slice(&p.samples);
            }
            Ok(p) => problems.push(format!(
                "espeak-ng voice {} spoke at {} Hz, not {RATE}",
                u.voice, p.rate
            )),
            Err(e) => problems.push(e),
        }
    }
    (all, problems)
}

/// Play a WAV file with `player`, waiting until it ends.
pub fn play(player: &Path, wav: &Path) -> Result<(), String> {
    let mut cmd = Command::new(player);
    if player.file_name().is_some_and(|n| n == "aplay") {
        cmd.arg("-q");
    }
    let out = cmd
        .arg(wav)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("could not start {}: {e}", player.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = why.lines().next().unwrap_or("no message");
        Err(format!(
            "{} could not play sound ({why}): check the speakers and the sound device",
            player.display()
        ))
    }
}

/// The handle to the announcing thread; dropping it lets the thread finish what is queued.
pub struct Announcer {
    tx: SyncSender<Vec<Utterance>>,
}

impl Announcer {
    /// Start the thread with `tools`. `on_sound` hears the state at start and whenever it
    /// changes (from the thread: it must hand over to the UI itself).
    pub fn start(tools: Tools, on_sound: impl Fn(Sound) + Send + 'static) -> std::io::Result<Announcer> {
        let (tx, rx) = sync_channel(QUEUE);
        std::thread::Builder::new()
            .name("announcer".into())
            .spawn(move || speak_loop(tools, rx, on_sound))?;
        Ok(Announcer { tx })
    }

    /// Queue one call's utterances. Never blocks; a full queue drops it, logged.
    pub fn announce(&self, utterances: Vec<Utterance>) {
        match self.tx.try_send(utterances) {
            Ok(()) => {}
            Err(TrySendError::Full(u)) => {
                tracing::warn!(said = ?u.first().map(|u| &u.ssml), "announcements are backed up; this call is shown but not spoken");
            }
            Err(TrySendError::Disconnected(_)) => tracing::error!("the announcer thread has stopped"),
        }
    }
}

fn speak_loop(tools: Tools, rx: Receiver<Vec<Utterance>>, on_sound: impl Fn(Sound)) {
    let mut state = match tools.problem() {
        Some(p) => {
            tracing::warn!("{p}");
            Sound::Off(p)
        }
        None => Sound::On,
    };
    on_sound(state.clone());
    // One file per announcer: two boards (or tests) in one process never share it.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = std::env::temp_dir().join(format!("onestop-board-{}-{n}.wav", std::process::id()));
    while let Ok(utterances) = rx.recv() {
        let Some(player) = &tools.player else { continue };
        let (pcm, mut problems) = compose(tools.espeak.as_deref(), true, &utterances);
        if let Err(e) = std::fs::write(&file, pcm.to_wav()) {
            problems.push(format!("could not write {}: {e}", file.display()));
        } else if let Err(e) = play(player, &file) {
            problems.push(e);
        }
        let now = match (problems.first(), tools.problem()) {
            (_, Some(p)) => Sound::Off(p),
            (Some(p), None) => Sound::Off(p.clone()),
            (None, None) => Sound::On,
        };
        for p in &problems {
            tracing::warn!("announcement: {p}");
        }
        if now != state {
            state = now;
            on_sound(state.clone());
        }
    }
    let _ = std::fs::remove_file(&file);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let p = dir.join(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    fn wait_for(sounds: &Arc<Mutex<Vec<Sound>>>, n: usize) -> Vec<Sound> {
        for _ in 0..500 {
            if sounds.lock().unwrap().len() >= n {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        sounds.lock().unwrap().clone()
    }

    #[test]
    fn missing_programs_are_a_state_that_says_what_to_install() {
        let none = Tools {
            espeak: None,
            player: None,
        };
        assert!(none.problem().unwrap().contains("alsa-utils"));
        let no_speech = Tools {
            espeak: None,
            player: Some("/bin/true".into()),
        };
        assert!(no_speech.problem().unwrap().contains("install the espeak-ng package"));
        let sounds = Arc::new(Mutex::new(Vec::new()));
        let s = sounds.clone();
        let a = Announcer::start(none, move |x| s.lock().unwrap().push(x)).unwrap();
        a.announce(vec![]);
        let got = wait_for(&sounds, 1);
        assert!(
            matches!(&got[0], Sound::Off(m) if m.contains("no sound player")),
            "{got:?}"
        );
    }

    #[test]
    fn announcements_play_one_after_another_chime_first_and_never_overlap() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log");
        // A player that records start and end around a pause, and keeps what it was given.
        let player = script(
            dir.path(),
            "player",
            &format!(
                "echo start >> {log}; cp \"$1\" {dir}/played-$(wc -l < {log}).wav; sleep 0.1; echo end >> {log}",
                log = log.display(),
                dir = dir.path().display()
            ),
        );
        let sounds = Arc::new(Mutex::new(Vec::new()));
        let s = sounds.clone();
        let tools = Tools {
            espeak: None,
            player: Some(player),
        };
        let a = Announcer::start(tools, move |x| s.lock().unwrap().push(x)).unwrap();
        a.announce(vec![]);
        a.announce(vec![]);
        drop(a);
        for _ in 0..300 {
            if std::fs::read_to_string(&log).unwrap_or_default().lines().count() == 4 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let lines = std::fs::read_to_string(&log).unwrap();
        assert_eq!(lines.lines().collect::<Vec<_>>(), ["start", "end", "start", "end"]);
        let played = Pcm::from_wav(&std::fs::read(dir.path().join("played-1.wav")).unwrap()).unwrap();
        assert_eq!(
            played.samples[..1000],
            chime(RATE).samples[..1000],
            "the chime comes first"
        );
        assert!(matches!(&wait_for(&sounds, 1)[0], Sound::Off(m) if m.contains("espeak-ng")));
    }

    #[test]
    fn a_failing_sound_device_is_reported_and_the_board_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let player = script(
            dir.path(),
            "player",
            "echo 'audio open error: No such device' >&2; exit 1",
        );
        // A stand-in espeak-ng that reads its text and answers with a real (short) WAV.
        let speech = dir.path().join("speech.wav");
        std::fs::write(&speech, chime(RATE).to_wav()).unwrap();
        let espeak = script(
            dir.path(),
            "espeak-ng",
            &format!("cat > /dev/null; cat {}", speech.display()),
        );
        let sounds = Arc::new(Mutex::new(Vec::new()));
        let s = sounds.clone();
        let tools = Tools {
            espeak: Some(espeak),
            player: Some(player),
        };
        let a = Announcer::start(tools, move |x| s.lock().unwrap().push(x)).unwrap();
        a.announce(vec![Utterance {
            tag: "en-GB".into(),
            voice: "en-gb",
            ssml: "<speak>A 1, counter 1.</speak>".into(),
        }]);
        let got = wait_for(&sounds, 2);
        assert_eq!(got[0], Sound::On);
        let Sound::Off(why) = &got[1] else { panic!("{got:?}") };
        assert!(
            why.contains("No such device") && why.contains("check the speakers"),
            "{why}"
        );
    }
}
