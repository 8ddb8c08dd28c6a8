//! # Speech: what the queue board and the kiosk share
//!
//! - [`voices`]: which voice speaks a locale, and which voice names are accepted.
//! - [`pcm`]: samples and their WAV files.

pub mod pcm;
pub mod voices;

pub use pcm::{Pcm, WavError};
pub use voices::{is_voice_name, voice_for};
