//! The board's chime as samples: two sine tones, each with a soft attack and a decay. The samples
//! themselves and their WAV files are [`onestop::speech::Pcm`] (espeak-ng's output is read back
//! so a chime and several languages play as one file, one after another). No devices here.

pub use onestop::speech::{Pcm, WavError};

/// The board's chime at `rate`: a high tone then a lower one ("ding-dong", A5 then E5), each
/// rising in 10 ms and fading away, about 0.9 s in all, at about half of full scale.
pub fn chime(rate: u32) -> Pcm {
    let mut samples = Vec::new();
    for (freq, secs) in [(880.0f64, 0.4f64), (659.25, 0.5)] {
        let n = (f64::from(rate) * secs) as usize;
        for i in 0..n {
            let t = i as f64 / f64::from(rate);
            let attack = (t / 0.010).min(1.0);
            let decay = (-t * 5.0).exp();
            // A quieter octave above gives the tone a bell's brightness.
            let wave = (std::f64::consts::TAU * freq * t).sin() + 0.3 * (std::f64::consts::TAU * 2.0 * freq * t).sin();
            samples.push((wave / 1.3 * attack * decay * 0.5 * f64::from(i16::MAX)) as i16);
        }
    }
    Pcm { rate, samples }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_valid_wav_of_about_a_second_and_not_silent() {
        let c = chime(22_050);
        // The WAV layout itself is onestop::speech::pcm's to test.
        let wav = c.to_wav();
        assert!((850..=950).contains(&c.millis()), "{} ms", c.millis());
        assert!(c.peak() > 8_000 && c.peak() < i16::MAX as u16, "peak {}", c.peak());
        assert_eq!(Pcm::from_wav(&wav).unwrap(), c);
    }

    #[test]
    fn the_chime_starts_and_ends_softly_so_it_does_not_click() {
        let c = chime(22_050);
        assert!(c.samples[0].unsigned_abs() < 100);
        let tail = &c.samples[c.samples.len() - 50..];
        assert!(tail.iter().all(|s| s.unsigned_abs() < 3_000), "fades out");
        // Two tones: the first has more zero crossings per second than the second.
        let crossings = |s: &[i16]| s.windows(2).filter(|w| (w[0] < 0) != (w[1] < 0)).count();
        let split = (22_050.0 * 0.4) as usize;
        let (hi, lo) = (crossings(&c.samples[..split]), crossings(&c.samples[split..]));
        assert!(hi as f64 / 0.4 > lo as f64 / 0.5 * 1.2, "{hi} vs {lo}");
    }
}
