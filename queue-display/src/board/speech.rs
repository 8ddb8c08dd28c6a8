//! What the board says for a call, and in which espeak-ng voice: the Fluent message
//! (`queue-speech-call`/`-recall` in `queue.ftl`) per configured locale, with the ticket label
//! split into letters and a number ("A042" → "A 42") so espeak-ng says "forty-two", not
//! "zero four two". Pure text; making sound is [`super::announcer`]'s job.

use onestop::i18n::{ArgValue, Translations};

/// The espeak-ng voice for a locale, or `None` where espeak-ng has none (Somali, in 1.51).
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
        "zh-Hans" => "cmn",
        _ => return None,
    })
}

/// A label as it should be spoken: capital letters one by one, then the number without its
/// leading zeros: `A042` → `A 42`, `AB007` → `A B 7`. Anything that is not an ASCII letter or
/// digit is dropped (labels come over the network), and a label of more than 12 characters is
/// cut there. `None` if nothing speakable is left.
pub fn spoken_label(label: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, parts: &mut Vec<String>| {
        if !digits.is_empty() {
            let trimmed = digits.trim_start_matches('0');
            parts.push(if trimmed.is_empty() { "0" } else { trimmed }.to_owned());
            digits.clear();
        }
    };
    for c in label.chars().take(12) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c.is_ascii_alphabetic() {
            flush(&mut digits, &mut parts);
            parts.push(c.to_ascii_uppercase().to_string());
        }
    }
    flush(&mut digits, &mut parts);
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// One thing to say: the text and the voice to say it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The locale the text is in.
    pub tag: String,
    /// The espeak-ng voice.
    pub voice: &'static str,
    /// The words, with no bidi control characters.
    pub text: String,
}

/// The announcement of `label` to `counter` in `tag`, as text for espeak-ng.
pub fn announcement_text(tr: &Translations, tag: &str, label: &str, counter: u32, recall: bool) -> String {
    let ticket = spoken_label(label).unwrap_or_default();
    let id = if recall {
        "queue-speech-recall"
    } else {
        "queue-speech-call"
    };
    let args = [
        ("ticket", ArgValue::Str(&ticket)),
        ("counter", ArgValue::Num(counter.into())),
    ];
    let text = tr.file_text(tag, "queue.ftl", id, &args);
    // Fluent wraps placeables in isolation marks in RTL locales: fine on screen, noise to a
    // synthesiser.
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// What to say for one call, one utterance per configured locale, in the order configured. A
/// locale with no espeak-ng voice is said in English instead (logged), once, and not at all
/// if English is configured too.
pub fn plan(tr: &Translations, locales: &[String], label: &str, counter: u32, recall: bool) -> Vec<Utterance> {
    let mut out: Vec<Utterance> = Vec::new();
    for tag in locales {
        let (tag, voice) = match voice_for(tag) {
            Some(v) => (tag.as_str(), v),
            None => {
                tracing::info!(locale = %tag, "espeak-ng has no voice for this language; the call is spoken in English instead");
                ("en-GB", "en-gb")
            }
        };
        if out.iter().any(|u| u.tag == tag) {
            continue;
        }
        out.push(Utterance {
            tag: tag.to_owned(),
            voice,
            text: announcement_text(tr, tag, label, counter, recall),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr() -> Translations {
        onestop::embedded::translations().unwrap()
    }

    #[test]
    fn labels_are_spoken_as_letters_then_a_number() {
        assert_eq!(spoken_label("A042").as_deref(), Some("A 42"));
        assert_eq!(spoken_label("A001").as_deref(), Some("A 1"));
        assert_eq!(spoken_label("AB007").as_deref(), Some("A B 7"));
        assert_eq!(spoken_label("C1234").as_deref(), Some("C 1234"));
        assert_eq!(spoken_label("A000").as_deref(), Some("A 0"));
    }

    #[test]
    fn hostile_labels_lose_what_cannot_be_spoken() {
        assert_eq!(spoken_label("-v xx; rm").as_deref(), Some("V X X R M"));
        assert_eq!(spoken_label("A\u{202E}0\u{0}42").as_deref(), Some("A 42"));
        assert_eq!(spoken_label(&"9".repeat(10_000)).unwrap().len(), 12);
        assert_eq!(spoken_label("٤٢ !!"), None);
        assert_eq!(spoken_label(""), None);
    }

    #[test]
    fn the_english_call_says_the_number_as_a_number() {
        let t = tr();
        assert_eq!(
            announcement_text(&t, "en-GB", "A042", 3, false),
            "Ticket A 42, please go to counter 3."
        );
        assert_eq!(
            announcement_text(&t, "en-GB", "A042", 3, true),
            "Recall. Ticket A 42, please go to counter 3 now."
        );
    }

    #[test]
    fn every_locale_says_the_ticket_and_counter_with_no_bidi_marks() {
        let t = tr();
        for locale in t.all() {
            for recall in [false, true] {
                let s = announcement_text(&t, &locale.tag, "B007", 12, recall);
                assert!(s.contains("B 7") && s.contains("12"), "{}: {s}", locale.tag);
                assert!(!s.contains("007") && !s.contains("queue-"), "{}: {s}", locale.tag);
                assert!(
                    !s.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
                    "{}",
                    locale.tag
                );
            }
            let call = announcement_text(&t, &locale.tag, "B007", 12, false);
            let recall = announcement_text(&t, &locale.tag, "B007", 12, true);
            assert_ne!(call, recall, "{} says a recall differently", locale.tag);
            if locale.tag != "en-GB" {
                assert_ne!(
                    call,
                    announcement_text(&t, "en-GB", "B007", 12, false),
                    "{} is translated",
                    locale.tag
                );
            }
        }
    }

    #[test]
    fn every_locale_but_somali_has_a_voice() {
        for locale in tr().all() {
            assert_eq!(voice_for(&locale.tag).is_some(), locale.tag != "so", "{}", locale.tag);
        }
    }

    #[test]
    fn the_plan_follows_the_configured_order_and_somali_falls_back_to_english_once() {
        let t = tr();
        let tags = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let plan1 = plan(&t, &tags(&["ur", "so", "zh-Hans"]), "A042", 3, false);
        let voices: Vec<_> = plan1.iter().map(|u| (u.tag.as_str(), u.voice)).collect();
        assert_eq!(voices, [("ur", "ur"), ("en-GB", "en-gb"), ("zh-Hans", "cmn")]);
        assert!(plan1[1].text.starts_with("Ticket A 42"));
        let plan2 = plan(&t, &tags(&["en-GB", "so", "pl"]), "A042", 3, true);
        let voices: Vec<_> = plan2.iter().map(|u| u.voice).collect();
        assert_eq!(voices, ["en-gb", "pl"], "English is said once");
        assert!(plan2[1].text.starts_with("Ponowne wezwanie"));
    }
}
