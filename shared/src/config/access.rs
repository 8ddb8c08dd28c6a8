//! The `[access]` table: speech (when it starts, where it plays, how loud), the low layout and the
//! reach band it keeps controls in, and the keypad's key map. Parsing and checking only; the
//! kiosk's app layer decides what each key does and what is said.

use super::ConfigError;
use super::choices::{SpeechSink, SpeechStart};
use serde::Deserialize;
use std::path::PathBuf;

/// What a keypad key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyRole {
    /// Focus the element before, in reading order.
    Up,
    /// Focus the element after.
    Down,
    /// Within a group (choices, a keyboard row): towards the left.
    Left,
    /// Within a group: towards the right.
    Right,
    /// Press what has focus.
    Activate,
    /// Back (or close a dialog).
    Back,
    /// Say where the visitor is and what they can do.
    Help,
    /// Louder.
    Louder,
    /// Quieter.
    Quieter,
    /// Read the whole page aloud.
    Listen,
}

/// `[access.keys]`: the key names for each role.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyMap {
    /// Previous element.
    pub up: Vec<String>,
    /// Next element.
    pub down: Vec<String>,
    /// Left within a group.
    pub left: Vec<String>,
    /// Right within a group.
    pub right: Vec<String>,
    /// Press.
    pub activate: Vec<String>,
    /// Back.
    pub back: Vec<String>,
    /// Where am I.
    pub help: Vec<String>,
    /// Volume up.
    pub louder: Vec<String>,
    /// Volume down.
    pub quieter: Vec<String>,
    /// Read the page.
    pub listen: Vec<String>,
}

impl KeyMap {
    fn table(&self) -> [(KeyRole, &Vec<String>); 10] {
        [
            (KeyRole::Up, &self.up),
            (KeyRole::Down, &self.down),
            (KeyRole::Left, &self.left),
            (KeyRole::Right, &self.right),
            (KeyRole::Activate, &self.activate),
            (KeyRole::Back, &self.back),
            (KeyRole::Help, &self.help),
            (KeyRole::Louder, &self.louder),
            (KeyRole::Quieter, &self.quieter),
            (KeyRole::Listen, &self.listen),
        ]
    }

    /// What the key called `name` does, if anything.
    pub fn role(&self, name: &str) -> Option<KeyRole> {
        self.table()
            .into_iter()
            .find(|(_, names)| names.iter().any(|n| n == name))
            .map(|(role, _)| role)
    }

    fn check(&self) -> Result<(), ConfigError> {
        let mut seen: Vec<(&str, KeyRole)> = Vec::new();
        for (role, names) in self.table() {
            for n in names {
                if n.is_empty() || n.chars().count() > 16 {
                    return Err(ConfigError::Invalid(format!(
                        "access.keys: {n:?} is not a key name; use names like \"Up\", \"F1\" or a character like \"+\""
                    )));
                }
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == n) {
                    return Err(ConfigError::Invalid(format!(
                        "access.keys: the key {n:?} is given to both {other:?} and {role:?}; give each key one job"
                    )));
                }
                seen.push((n, role));
            }
        }
        for role in [KeyRole::Up, KeyRole::Down, KeyRole::Activate, KeyRole::Back] {
            if self.table().iter().any(|(r, names)| *r == role && names.is_empty()) {
                return Err(ConfigError::Invalid(format!(
                    "access.keys: {role:?} has no key; a keypad visitor could not get round the screen"
                )));
            }
        }
        Ok(())
    }
}

/// The `[access]` table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessConfig {
    /// When speech starts.
    pub speech: SpeechStart,
    /// Where it plays.
    pub speech_sink: SpeechSink,
    /// The ALSA device for `alsa`.
    pub speech_device: String,
    /// The folder for `files`.
    pub speech_dir: PathBuf,
    /// The volume at the start of a visit, 0 to 100.
    pub volume: u8,
    /// Start each visit in the low layout.
    pub low_layout: bool,
    /// The height of the screen's bottom edge above the floor.
    pub screen_bottom_mm: f32,
    /// One pixel's height on the screen.
    pub pixel_pitch_mm: f32,
    /// The lowest reachable height.
    pub reach_low_mm: f32,
    /// The highest reachable height.
    pub reach_high_mm: f32,
    /// The keypad's keys.
    pub keys: KeyMap,
}

impl AccessConfig {
    /// The rows of a screen `height` pixels tall that lie within the reach band, as (top,
    /// bottom) from the screen's top edge; the whole screen when it all lies within reach.
    pub fn reach_rows(&self, height: u32) -> (u32, u32) {
        let h = height as f32;
        let row_at = |mm: f32| (h - (mm - self.screen_bottom_mm) / self.pixel_pitch_mm).clamp(0.0, h);
        let top = row_at(self.reach_high_mm);
        let bottom = row_at(self.reach_low_mm);
        (top.round() as u32, bottom.round() as u32)
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if self.volume > 100 {
            return Err(ConfigError::Invalid(format!(
                "access.volume is {}; give 0 to 100",
                self.volume
            )));
        }
        if self.speech_sink == SpeechSink::Files && self.speech_dir.as_os_str().is_empty() {
            return Err(ConfigError::Invalid(
                "access.speech_sink is \"files\" but access.speech_dir is empty; name a folder".into(),
            ));
        }
        let finite = [
            self.screen_bottom_mm,
            self.pixel_pitch_mm,
            self.reach_low_mm,
            self.reach_high_mm,
        ]
        .iter()
        .all(|v| v.is_finite() && *v >= 0.0);
        if !finite || !(0.05..=5.0).contains(&self.pixel_pitch_mm) {
            return Err(ConfigError::Invalid(
                "access: screen_bottom_mm and the reach band must be positive millimetres, and pixel_pitch_mm from 0.05 to 5"
                    .into(),
            ));
        }
        if self.reach_low_mm + 300.0 > self.reach_high_mm {
            return Err(ConfigError::Invalid(format!(
                "access: the reach band {} to {} mm is less than 300 mm tall; the page cannot fit in it",
                self.reach_low_mm, self.reach_high_mm
            )));
        }
        self.keys.check()
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn the_reach_band_of_the_default_portrait_screen_leaves_its_top_out() {
        let a = Config::defaults().access;
        let (top, bottom) = a.reach_rows(1920);
        // 1200 mm is (1200 - 700) / 0.311 = 1608 px above the bottom edge.
        assert_eq!((top, bottom), (312, 1920));
        // A screen mounted low enough is all within reach.
        let low = Config::from_toml("[access]\nscreen_bottom_mm = 750\npixel_pitch_mm = 0.2\n")
            .unwrap()
            .access;
        assert_eq!(low.reach_rows(1080), (0, 1080));
    }

    #[test]
    fn the_default_keys_cover_arrows_tab_enter_escape_f1_and_volume() {
        use super::KeyRole::*;
        let k = Config::defaults().access.keys;
        for (name, role) in [
            ("Up", Up),
            ("Tab", Down),
            ("BackTab", Up),
            ("Left", Left),
            ("Enter", Activate),
            ("Escape", Back),
            ("Backspace", Back),
            ("F1", Help),
            ("?", Help),
            ("+", Louder),
            ("-", Quieter),
        ] {
            assert_eq!(k.role(name), Some(role), "{name}");
        }
        assert_eq!(k.role("a"), None);
    }

    #[test]
    fn bad_access_settings_are_refused_with_the_reason() {
        for (toml, want) in [
            ("[access]\nvolume = 101\n", "0 to 100"),
            ("[access]\nspeech = \"loud\"\n", "keypad"),
            ("[access]\nspeech_sink = \"files\"\n", "speech_dir"),
            ("[access]\npixel_pitch_mm = 0.0\n", "pixel_pitch_mm"),
            ("[access]\nreach_low_mm = 1000\n", "300 mm"),
            ("[access.keys]\nhelp = [\"Up\"]\n", "one job"),
            ("[access.keys]\nactivate = []\n", "Activate has no key"),
            ("[access.keys]\nup = [\"\"]\n", "not a key name"),
        ] {
            let e = Config::from_toml(toml).unwrap_err().to_string();
            assert!(e.contains(want), "{toml}: {e}");
        }
    }
}
