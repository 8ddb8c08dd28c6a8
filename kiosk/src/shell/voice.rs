//! The kiosk's voice: one [`Speaker`] (libespeak-ng on a thread of its own), started the first
//! time something is to be said, so a kiosk whose visitors never use the keypad or "Listen"
//! never loads the library. Where it speaks comes from `[access]`. A speaker that cannot speak
//! says why once in the log; the visit carries on.

use onestop::config::{AccessConfig, SpeechSink};
use onestop::speech::{Settings, Sink, Speaker, Status};
use std::cell::OnceCell;

/// The speaker, once started.
pub struct Voice {
    settings: Settings,
    speaker: OnceCell<Option<Speaker>>,
}

impl Voice {
    /// A voice for this configuration, not started.
    pub fn new(access: &AccessConfig) -> Voice {
        let sink = match access.speech_sink {
            SpeechSink::Alsa => Sink::Alsa {
                device: access.speech_device.clone(),
            },
            SpeechSink::Files => Sink::Files {
                dir: access.speech_dir.clone(),
            },
            SpeechSink::Off => Sink::Off,
        };
        Voice {
            settings: Settings {
                sink,
                volume: access.volume,
                rate_wpm: 160,
            },
            speaker: OnceCell::new(),
        }
    }

    /// The speaker, started now if it was not (`None` when speech is off).
    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker
            .get_or_init(|| {
                if self.settings.sink == Sink::Off {
                    return None;
                }
                let speaker = Speaker::start(self.settings.clone());
                if let Status::Off(why) = speaker.status() {
                    tracing::warn!("speech is off: {why}");
                }
                Some(speaker)
            })
            .as_ref()
    }

    /// Say `text` in `voice`, cutting whatever is being said.
    pub fn say(&self, voice: &str, text: &str) {
        if let Some(s) = self.speaker() {
            s.say(voice, text);
        }
    }

    /// Stop speaking (only if speech ever started).
    pub fn hush(&self) {
        if let Some(Some(s)) = self.speaker.get() {
            s.stop();
        }
    }

    /// The volume for what is said next.
    pub fn volume(&self, percent: u8) {
        if let Some(Some(s)) = self.speaker.get() {
            s.set_volume(percent);
        }
    }
}
