//! Which espeak-ng voice speaks a locale, and which voice names the engine accepts at all. Pure:
//! whether espeak-ng really has a voice is only known when the engine asks it.

/// The espeak-ng voice for a locale, or `None` where espeak-ng has none (Somali, in 1.51).
/// Chinese uses `cmn-latn-pinyin`: in 1.51 the plain `cmn` voice reads most characters as their
/// pinyin spelled out in English with the tone's number ("号" as "hey-ah-four").
pub fn voice_for(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "en-GB" => "en-gb",
        "ur" => "ur",
        "ar" => "ar",
        "pl" => "pl",
        "ro" => "ro",
        "pa" => "pa",
        "gu" => "gu",
        "bn" => "bn",
        "hi" => "hi",
        "zh-Hans" => "cmn-latn-pinyin",
        _ => return None,
    })
}

/// The longest voice name accepted (espeak-ng's own are under 20 characters, with a variant).
const MAX_VOICE: usize = 40;

/// Whether `name` can be a voice: 1 to 40 ASCII letters, digits, `-`, `_` and `+` (a variant,
/// as in `en-gb+f3`). Anything else is refused before it reaches espeak-ng or a file name, so a
/// name can never be a path (`../x`) or carry a NUL.
pub fn is_voice_name(name: &str) -> bool {
    (1..=MAX_VOICE).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_but_somali_has_a_voice() {
        for locale in crate::embedded::translations().unwrap().all() {
            assert_eq!(voice_for(&locale.tag).is_some(), locale.tag != "so", "{}", locale.tag);
        }
    }

    #[test]
    fn every_voice_for_a_locale_is_a_voice_name() {
        for tag in ["en-GB", "ur", "ar", "pl", "ro", "pa", "gu", "bn", "hi", "zh-Hans"] {
            assert!(is_voice_name(voice_for(tag).unwrap()), "{tag}");
        }
        assert!(is_voice_name("en-gb+f3"));
        assert!(is_voice_name("en_GB"));
    }

    #[test]
    fn hostile_voice_names_are_refused() {
        for name in [
            "",
            "../etc/passwd",
            "en/gb",
            "en gb",
            "en\0gb",
            "en-gb.wav",
            "ﺍﺭﺩﻭ",
            &"a".repeat(41),
        ] {
            assert!(!is_voice_name(name), "{name:?}");
        }
    }
}
