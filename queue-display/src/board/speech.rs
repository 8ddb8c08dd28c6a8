//! What the board says for a call, and in which espeak-ng voice: the Fluent message
//! (`queue-speech-call`/`-recall` in `queue.ftl`, just the ticket and the counter) per configured
//! locale, as SSML for espeak-ng. The ticket label is split into letters and a number ("A042" →
//! "A 42") so espeak-ng says "forty-two", not "zero four two", and the letters are marked
//! `<say-as interpret-as="characters">` so each is said as a letter ("ay"), never as a word (the
//! English article "a", the Polish "w" and "z", the Romanian "e"). Pure text; making sound is
//! [`super::announcer`]'s job.

use onestop::i18n::{ArgValue, Translations};

pub use onestop::speech::voice_for;

/// A run of a label: capital letters, or a number without its leading zeros.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Run {
    Letters(String),
    Number(String),
}

/// The runs of a label. Anything that is not an ASCII letter or digit is dropped (labels come
/// over the network), and a label of more than 12 characters is cut there.
fn runs(label: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for c in label.chars().take(12) {
        if c.is_ascii_digit() {
            match out.last_mut() {
                Some(Run::Number(n)) => n.push(c),
                _ => out.push(Run::Number(c.to_string())),
            }
        } else if c.is_ascii_alphabetic() {
            let c = c.to_ascii_uppercase();
            match out.last_mut() {
                Some(Run::Letters(l)) => l.push(c),
                _ => out.push(Run::Letters(c.to_string())),
            }
        }
    }
    for r in &mut out {
        if let Run::Number(n) = r {
            let trimmed = n.trim_start_matches('0');
            *n = if trimmed.is_empty() { "0" } else { trimmed }.to_owned();
        }
    }
    out
}

/// A label as it should be spoken: capital letters one by one, then the number without its
/// leading zeros: `A042` → `A 42`, `AB007` → `A B 7`. Only ASCII letters and digits are kept, and
/// only of the first 12 characters. `None` if nothing speakable is left.
pub fn spoken_label(label: &str) -> Option<String> {
    let words: Vec<String> = runs(label)
        .into_iter()
        .flat_map(|r| match r {
            Run::Letters(l) => l.chars().map(String::from).collect(),
            Run::Number(n) => vec![n],
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`spoken_label`] as SSML: each run of letters said as letters, `AB007` →
/// `<say-as interpret-as="characters">AB</say-as> 7`. Nothing but ASCII letters and digits
/// comes from the label, so it cannot add markup.
pub fn ssml_label(label: &str) -> Option<String> {
    let words: Vec<String> = runs(label)
        .into_iter()
        .map(|r| match r {
            Run::Letters(l) => format!("<say-as interpret-as=\"characters\">{l}</say-as>"),
            Run::Number(n) => n,
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `text` with the characters XML gives meaning to escaped.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// One thing to say: the words and the voice to say them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The locale the words are in.
    pub tag: String,
    /// The espeak-ng voice.
    pub voice: &'static str,
    /// The words as an SSML document for `espeak-ng -m` ([`announcement_ssml`]).
    pub ssml: String,
}

/// Where the ticket goes in the message while the rest is made safe (a private-use character,
/// which no translation has).
const TICKET: char = '\u{E000}';

/// The message for a call in `tag`, with [`TICKET`] where the ticket goes.
fn message(tr: &Translations, tag: &str, counter: u32, recall: bool) -> String {
    let id = if recall {
        "queue-speech-recall"
    } else {
        "queue-speech-call"
    };
    let ticket = TICKET.to_string();
    let args = [
        ("ticket", ArgValue::Str(&ticket)),
        ("counter", ArgValue::Num(counter.into())),
    ];
    let text = tr.file_text(tag, "queue.ftl", id, &args);
    // Fluent wraps placeables in isolation marks in RTL locales: fine on screen, noise to a
    // synthesiser.
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// The announcement of `label` to `counter` in `tag`, as plain words ("A 42, counter 3.").
pub fn announcement_text(tr: &Translations, tag: &str, label: &str, counter: u32, recall: bool) -> String {
    let ticket = spoken_label(label).unwrap_or_default();
    message(tr, tag, counter, recall).replace(TICKET, &ticket)
}

/// The announcement of `label` to `counter` in `tag`, as an SSML document for espeak-ng: the
/// words escaped, the ticket's letters marked to be said as letters.
pub fn announcement_ssml(tr: &Translations, tag: &str, label: &str, counter: u32, recall: bool) -> String {
    let ticket = ssml_label(label).unwrap_or_default();
    let words = xml_escape(&message(tr, tag, counter, recall)).replace(TICKET, &ticket);
    format!("<speak>{words}</speak>")
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
            ssml: announcement_ssml(tr, tag, label, counter, recall),
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
    fn in_ssml_each_run_of_letters_is_said_as_letters() {
        let chars = |l: &str| format!("<say-as interpret-as=\"characters\">{l}</say-as>");
        assert_eq!(ssml_label("A042"), Some(format!("{} 42", chars("A"))));
        assert_eq!(ssml_label("ab007"), Some(format!("{} 7", chars("AB"))));
        assert_eq!(ssml_label("A1B2"), Some(format!("{} 1 {} 2", chars("A"), chars("B"))));
        assert_eq!(ssml_label("0042"), Some("42".into()));
        assert_eq!(ssml_label("<>&"), None);
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
    fn the_english_call_is_just_the_ticket_and_the_counter() {
        let t = tr();
        assert_eq!(announcement_text(&t, "en-GB", "A042", 3, false), "A 42, counter 3.");
        assert_eq!(
            announcement_text(&t, "en-GB", "A042", 3, true),
            "A 42, counter 3, again."
        );
        assert_eq!(
            announcement_ssml(&t, "en-GB", "A042", 3, false),
            "<speak><say-as interpret-as=\"characters\">A</say-as> 42, counter 3.</speak>"
        );
    }

    #[test]
    fn a_hostile_label_adds_no_markup_and_translations_are_escaped() {
        let t = tr();
        let s = announcement_ssml(&t, "en-GB", "</say-as><audio src=x>&A1", 3, false);
        assert_eq!(
            s,
            "<speak><say-as interpret-as=\"characters\">SAYASAU</say-as>, counter 3.</speak>"
        );
        assert_eq!(xml_escape("R&D <3 \"'"), "R&amp;D &lt;3 &quot;&apos;");
        // Punjabi's "'ਤੇ"-style apostrophes and every other locale's words come out escaped.
        for locale in t.all() {
            let s = announcement_ssml(&t, &locale.tag, "B007", 12, true);
            let inner = s
                .strip_prefix("<speak>")
                .and_then(|s| s.strip_suffix("</speak>"))
                .unwrap();
            let without_ticket = inner.replace("<say-as interpret-as=\"characters\">B</say-as>", "");
            assert!(
                !without_ticket.contains(['<', '>', '\'', '"', TICKET]),
                "{}: {s}",
                locale.tag
            );
        }
    }

    #[test]
    fn every_locale_says_the_ticket_and_counter_briefly_with_no_bidi_marks() {
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
                // Short: the ticket, the counter and a word or two (the old phrases were 35 to
                // 80 characters).
                assert!(s.chars().count() <= 40, "{}: {s}", locale.tag);
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
    fn the_plan_follows_the_configured_order_and_somali_falls_back_to_english_once() {
        let t = tr();
        let tags = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let plan1 = plan(&t, &tags(&["ur", "so", "zh-Hans"]), "A042", 3, false);
        let voices: Vec<_> = plan1.iter().map(|u| (u.tag.as_str(), u.voice)).collect();
        assert_eq!(
            voices,
            [("ur", "ur"), ("en-GB", "en-gb"), ("zh-Hans", "cmn-latn-pinyin")]
        );
        assert!(plan1[1].ssml.contains("</say-as> 42, counter 3."), "{}", plan1[1].ssml);
        let plan2 = plan(&t, &tags(&["en-GB", "so", "pl"]), "A042", 3, true);
        let voices: Vec<_> = plan2.iter().map(|u| u.voice).collect();
        assert_eq!(voices, ["en-gb", "pl"], "English is said once");
        assert!(
            plan2[1].ssml.ends_with("stanowisko 3, ponownie.</speak>"),
            "{}",
            plan2[1].ssml
        );
    }
}
