//! The programs the announcer runs, and nothing else: finding espeak-ng and a sound player,
//! synthesising SSML into samples, putting a part's file together (the chime if wanted, then the
//! speech), and playing a WAV file to its end. Which part to play, and when, is the announcer's.

use crate::board::audio::{Pcm, chime};
use crate::board::speech::Utterance;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// espeak-ng's output rate; the chime is made at the same rate so they join into one file.
pub(super) const RATE: u32 = 22_050;

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
