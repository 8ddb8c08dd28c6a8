//! Speech as samples: mono 16-bit PCM at a rate, written to and read from a WAV file. The
//! engine's [`super::Sink::Files`] writes one per utterance, and the queue board reads espeak-ng's
//! output back to join a chime and several languages into one file. No devices and no synthesis
//! here.

/// Mono 16-bit samples at a rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pcm {
    /// Samples per second.
    pub rate: u32,
    /// The samples.
    pub samples: Vec<i16>,
}

/// Why bytes are not a WAV that can be played here (PCM, mono, 16-bit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WavError(pub String);

impl std::error::Error for WavError {}

impl std::fmt::Display for WavError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a playable WAV: {}", self.0)
    }
}

impl Pcm {
    /// Length in milliseconds.
    pub fn millis(&self) -> u64 {
        self.samples.len() as u64 * 1000 / u64::from(self.rate.max(1))
    }

    /// The loudest sample's magnitude.
    pub fn peak(&self) -> u16 {
        self.samples.iter().map(|s| s.unsigned_abs()).max().unwrap_or(0)
    }

    /// The root mean square of the samples: how loud they are on average (0 for none).
    pub fn rms(&self) -> f64 {
        if self.samples.is_empty() {
            return 0.0;
        }
        let sum: f64 = self.samples.iter().map(|s| f64::from(*s).powi(2)).sum();
        (sum / self.samples.len() as f64).sqrt()
    }

    /// Append `ms` of silence.
    pub fn pause(&mut self, ms: u32) {
        let n = (u64::from(self.rate) * u64::from(ms) / 1000) as usize;
        self.samples.extend(std::iter::repeat_n(0, n));
    }

    /// As a RIFF/WAVE file (PCM, mono, 16-bit little-endian).
    pub fn to_wav(&self) -> Vec<u8> {
        let data_len = u32::try_from(self.samples.len() * 2).unwrap_or(u32::MAX - 36);
        let mut out = Vec::with_capacity(44 + data_len as usize);
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data_len).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes()); // PCM
        out.extend_from_slice(&1u16.to_le_bytes()); // mono
        out.extend_from_slice(&self.rate.to_le_bytes());
        out.extend_from_slice(&(self.rate * 2).to_le_bytes()); // bytes per second
        out.extend_from_slice(&2u16.to_le_bytes()); // block align
        out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data_len.to_le_bytes());
        for s in &self.samples {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }

    /// Read a mono 16-bit PCM WAV. A data chunk whose length runs past the end (espeak-ng
    /// streaming to stdout writes 0x7ffff000 there) is read to the end.
    pub fn from_wav(bytes: &[u8]) -> Result<Pcm, WavError> {
        let err = |m: &str| Err(WavError(m.to_owned()));
        if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
            return err("no RIFF/WAVE header");
        }
        let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let mut at = 12;
        let mut rate = None;
        while at + 8 <= bytes.len() {
            let id = &bytes[at..at + 4];
            let len = u32_at(at + 4) as usize;
            let body = at + 8;
            if id == b"fmt " {
                if len < 16 || body + 16 > bytes.len() {
                    return err("short fmt chunk");
                }
                let (format, channels, bits) = (u16_at(body), u16_at(body + 2), u16_at(body + 14));
                if (format, channels, bits) != (1, 1, 16) {
                    return err(&format!(
                        "format {format}, {channels} channel(s), {bits} bits; want PCM mono 16-bit"
                    ));
                }
                rate = Some(u32_at(body + 4));
            } else if id == b"data" {
                let Some(rate) = rate.filter(|r| (8_000..=192_000).contains(r)) else {
                    return err("data before a usable fmt chunk");
                };
                let end = body.saturating_add(len).min(bytes.len());
                let samples = bytes[body..end]
                    .chunks_exact(2)
                    .map(|b| i16::from_le_bytes([b[0], b[1]]))
                    .collect();
                return Ok(Pcm { rate, samples });
            }
            at = body.saturating_add(len).saturating_add(len & 1);
        }
        err("no data chunk")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone() -> Pcm {
        Pcm {
            rate: 22_050,
            samples: (0..2_205).map(|i| ((i % 50) * 600 - 15_000) as i16).collect(),
        }
    }

    #[test]
    fn a_wav_has_the_header_a_player_expects_and_reads_back_the_same() {
        let p = tone();
        let wav = p.to_wav();
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(
            u32::from_le_bytes(wav[4..8].try_into().unwrap()) as usize,
            wav.len() - 8
        );
        assert_eq!(u32::from_le_bytes(wav[24..28].try_into().unwrap()), 22_050);
        assert_eq!(&wav[36..40], b"data");
        assert_eq!(
            u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize,
            wav.len() - 44
        );
        assert_eq!(p.millis(), 100);
        assert_eq!(p.peak(), 15_000);
        assert!((8_000.0..9_000.0).contains(&p.rms()), "{}", p.rms());
        assert_eq!(Pcm::from_wav(&wav).unwrap(), p);
    }

    #[test]
    fn a_pause_is_that_many_milliseconds_of_silence() {
        let mut p = Pcm {
            rate: 8_000,
            samples: vec![5],
        };
        p.pause(250);
        assert_eq!(p.samples.len(), 2_001);
        assert!(p.rms() > 0.0 && p.rms() < 1.0);
        assert_eq!(
            Pcm {
                rate: 8_000,
                samples: vec![]
            }
            .rms(),
            0.0
        );
        assert!(p.samples[1..].iter().all(|s| *s == 0));
    }

    #[test]
    fn a_streamed_wav_with_an_overlong_data_length_is_read_to_its_end() {
        let mut wav = Pcm {
            rate: 22_050,
            samples: vec![1, -2, 3],
        }
        .to_wav();
        wav[40..44].copy_from_slice(&0x7fff_f000u32.to_le_bytes());
        assert_eq!(Pcm::from_wav(&wav).unwrap().samples, [1, -2, 3]);
    }

    #[test]
    fn bytes_that_are_not_a_mono_16_bit_wav_are_refused_with_the_reason() {
        let stereo = {
            let mut w = tone().to_wav();
            w[22] = 2;
            w
        };
        for (bytes, want) in [
            (b"".to_vec(), "no RIFF"),
            (b"RIFF\0\0\0\0WAVEjunk\xff\xff\xff\xff".to_vec(), "no data chunk"),
            (stereo, "2 channel(s)"),
            (
                b"RIFF\0\0\0\0WAVEdata\x04\0\0\0\0\0\0\0".to_vec(),
                "before a usable fmt",
            ),
        ] {
            let e = Pcm::from_wav(&bytes).unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
    }
}
