//! The keypad and speech, as plain tests over [`update`]: a whole form and a rating with the
//! keypad's keys alone, in English and in Urdu, what is said at each step, focus order against
//! reading order, the Somali fallback, and (a property test) that no PIN digit is ever said.

use super::effect::Effect;
use super::focus::{self, Role};
use super::script::Run;
use super::{Msg, Screen};
use onestop::config::KeyRole::{self, *};
use proptest::prelude::*;

impl Run {
    /// Press keypad keys.
    fn keys(&mut self, roles: &[KeyRole]) -> &mut Run {
        for r in roles {
            self.send(Msg::Key(*r));
        }
        self
    }

    /// Everything said since the last call, with its voice.
    fn said(&mut self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        self.effects.retain(|e| match e {
            Effect::Say { voice, text } => {
                out.push((*voice, text.clone()));
                false
            }
            _ => true,
        });
        out
    }

    /// The last thing said.
    fn last_said(&mut self) -> String {
        self.said().pop().map(|(_, t)| t).unwrap_or_default()
    }

    /// The focused element's id.
    fn focus(&self) -> &str {
        &self.app.access.focus
    }

    /// Down until `id` has focus (at most 80 presses).
    fn down_to(&mut self, id: &str) -> &mut Run {
        for _ in 0..80 {
            if self.focus() == id {
                return self;
            }
            self.send(Msg::Key(Down));
        }
        panic!("{id} never took focus; the list is {:?}", self.ids());
    }

    fn ids(&self) -> Vec<String> {
        focus::elements(&self.app, &self.env())
            .into_iter()
            .map(|e| e.id)
            .collect()
    }
}

#[test]
fn a_missed_bin_form_with_the_keypad_alone_in_english_is_spoken_at_every_step() {
    let mut k = Run::new();
    // The first key wakes the keypad: the screen and what has focus are said, nothing moves.
    k.keys(&[Down]);
    let first = k.said();
    // Each language is said in its own voice as it is reached.
    k.keys(&[Down]);
    assert_eq!(k.said(), [("pl", "Polski".to_owned())]);
    k.keys(&[Up]);
    k.said();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].0, "en-gb");
    assert!(first[0].1.contains("Choose your language"), "{first:?}");
    assert!(first[0].1.contains("English, radio button, 1 of 11"), "{first:?}");
    assert_eq!(k.focus(), "lang:en-GB");
    k.keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Menu);
    let menu = k.last_said();
    assert!(menu.contains("Report a missed bin"), "{menu}");
    assert!(menu.ends_with("button"), "{menu}");
    k.keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Question);
    let q = k.last_said();
    assert!(q.contains("Question 1 of"), "{q}");
    assert!(q.contains("radio button, 1 of 4, not selected"), "{q}");
    k.keys(&[Down]);
    assert!(
        k.last_said()
            .contains("Recycling (blue bin), radio button, 2 of 4, not selected")
    );
    k.keys(&[Activate]);
    assert_eq!(k.last_said(), "selected");
    k.down_to("continue").keys(&[Activate]);
    // The address: focus in the postcode box; what is typed is said back, Enter moves on.
    assert_eq!(k.focus(), "box:0");
    assert!(k.last_said().contains("Postcode, edit text, blank"));
    k.send(Msg::Typed("le1 1aa".into()));
    assert_eq!(k.last_said(), "le1 1aa");
    k.keys(&[Activate]);
    assert_eq!(k.focus(), "box:1", "Enter in a box moves focus with the box typed into");
    k.send(Msg::Typed("12".into()));
    k.keys(&[Activate]);
    k.send(Msg::Typed("Zebra Street".into()));
    k.keys(&[Activate, Activate, Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Question);
    assert!(k.app.form.errors.is_empty(), "{:?}", k.app.form.errors);
    // Yes or no, then the optional details, left empty: Continue is in the bar above the keyboard.
    k.keys(&[Activate]).down_to("continue").keys(&[Activate]);
    k.down_to("act:continue").keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Check);
    k.said();
    assert_eq!(k.focus(), "change:bin-type");
    k.keys(&[Down, Down, Down, Down]);
    assert_eq!(
        k.focus(),
        "send",
        "four answers, then Send (the keys-only window test counts on it)"
    );
    k.keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Confirm);
    let confirm = k.last_said();
    assert!(
        confirm.contains("A B C D 2 3 4 5"),
        "the reference is spelled: {confirm}"
    );
    k.keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Rate);
    assert!(k.last_said().contains("How was this?"));
    assert_eq!(k.focus(), "rate:5");
    k.keys(&[Down, Activate]);
    assert!(
        k.effects
            .iter()
            .any(|e| matches!(e, Effect::Rate { score: 4, subject: super::rate::Rated::Form(f) } if f == "missed-bin"))
    );
    // The visit is over: speech stops, the keypad sleeps until its next key.
    assert_eq!(k.app.nav.screen(), Screen::Welcome);
    assert!(k.effects.iter().any(|e| matches!(e, Effect::Hush)));
    assert!(!k.app.access.speaking && !k.app.access.keypad);
}

#[test]
fn in_urdu_the_keypad_speaks_urdu_in_the_urdu_voice_and_left_right_follow_the_mirror() {
    let mut k = Run::new();
    k.script("lang ur > open missed-bin");
    k.keys(&[Down]);
    let said = k.said();
    assert_eq!(said[0].0, "ur");
    let urdu = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(urdu(&said[0].1), "{said:?}");
    assert!(!said[0].1.contains("radio button"), "roles in Urdu too: {said:?}");
    assert_eq!(k.focus(), "opt:general");
    // Right is towards the reading start in a right-to-left page: back round to the last.
    k.keys(&[Right]);
    assert_eq!(k.focus(), "opt:food");
    k.keys(&[Left]);
    assert_eq!(k.focus(), "opt:general");
    k.keys(&[Activate]).down_to("continue").keys(&[Activate]);
    assert_eq!(k.app.nav.screen(), Screen::Question);
    assert_eq!(k.focus(), "box:0");
    // On the keyboard, left and right are the keys' own order in every language.
    k.down_to("key:1:0");
    k.keys(&[Right]);
    assert_eq!(k.focus(), "key:1:1");
    k.keys(&[Down]);
    assert!(k.focus().starts_with("key:2:"), "down a row: {}", k.focus());
}

#[test]
fn somali_is_read_in_english_and_the_screen_says_so() {
    let mut k = Run::new();
    k.script("lang so");
    k.send(Msg::Listen);
    let said = k.said();
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].0, "en-gb");
    assert!(said[0].1.contains("Report a missed bin"), "English words: {said:?}");
    let note = super::view::chrome(&k.app, &k.env()).voice_note;
    assert_eq!(note, k.ctx.translations.text("so", "speech-in-english", &[]));
    assert!(!note.is_empty());
}

#[test]
fn listen_reads_the_whole_page_without_the_keypad() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin");
    k.send(Msg::Listen);
    let page = k.last_said();
    for words in [
        "Question 1 of",
        "General waste",
        "Recycling",
        "Garden waste",
        "Food waste",
        "Continue",
    ] {
        assert!(page.contains(words), "{words} missing from {page}");
    }
    assert!(!k.app.access.keypad, "Listen does not turn the keypad on");
    assert!(!page.contains("button"), "Listen reads words, not roles");
}

#[test]
fn focus_order_is_reading_order_on_every_screen_and_the_same_in_rtl() {
    for locale in ["en-GB", "ur"] {
        let mut k = Run::new();
        k.script(&format!("lang {locale} > open missed-bin"));
        let ids = k.ids();
        let header = ["hdr:language", "hdr:large", "hdr:low", "hdr:listen", "hdr:again"];
        assert_eq!(&ids[..5], header, "{locale}: the header first, in its reading order");
        assert_eq!(
            &ids[5..10],
            ["back", "opt:general", "opt:recycling", "opt:garden", "opt:food"],
            "{locale}"
        );
        assert_eq!(ids.last().map(String::as_str), Some("continue"), "{locale}");
        // Tab order walks the same list, and wraps.
        let n = ids.len();
        let mut at = focus::first(&focus::elements(&k.app, &k.env()));
        let list = focus::elements(&k.app, &k.env());
        for _ in 0..n {
            let next = focus::step(&list, at, focus::Move::Down);
            assert_eq!(next, (at + 1) % n);
            at = next;
        }
        // A question with boxes: the boxes, then the bar above the keyboard, then its rows.
        k.script("pick general > continue");
        let ids = k.ids();
        let boxes: Vec<&str> = ids
            .iter()
            .map(String::as_str)
            .filter(|i| i.starts_with("box:"))
            .collect();
        assert_eq!(boxes, ["box:0", "box:1", "box:2", "box:3"], "{locale}");
        let bar = ids.iter().position(|i| i == "act:continue").expect("the bar");
        assert!(ids.iter().position(|i| i == "box:3").unwrap() < bar);
        assert!(ids[bar + 1].starts_with("key:0:"), "{locale}: {ids:?}");
    }
}

#[test]
fn every_screen_has_something_to_focus_and_every_element_a_name() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > pick general > continue");
    for e in focus::elements(&k.app, &k.env()) {
        assert!(!e.label.is_empty() || e.role == Role::PinKey, "{e:?} has no words");
    }
    k.script("start-again");
    let ids = k.ids();
    assert_eq!(ids, ["dlg:stay", "dlg:leave"], "a dialog holds focus alone");
    k.keys(&[Back]);
    assert!(!k.app.session.leaving, "Back in the dialog is No");
}

#[test]
fn skipping_the_rating_stores_nothing_and_ends_the_visit() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > pick general > continue");
    k.app.form = Default::default();
    k.app.form.receipt = Some(("ABCD-2345".into(), "missed-bin".into()));
    k.app.nav.go(Screen::Confirm);
    k.send(Msg::Done);
    assert_eq!(k.app.nav.screen(), Screen::Rate);
    k.send(Msg::Rate(0));
    assert_eq!(k.app.nav.screen(), Screen::Welcome);
    assert!(!k.effects.iter().any(|e| matches!(e, Effect::Rate { .. })));
    // A rating on a page that is not the rating page is nothing.
    k.send(Msg::Rate(5));
    assert!(!k.effects.iter().any(|e| matches!(e, Effect::Rate { .. })));
}

#[test]
fn the_first_key_wakes_speech_only_when_the_config_allows() {
    let mut k = Run::with_config("[access]\nspeech = \"never\"\n");
    k.keys(&[Down, Down]);
    assert!(k.app.access.keypad, "the ring shows");
    assert!(k.said().is_empty(), "but nothing is said");
    let mut k = Run::with_config("[access]\nspeech = \"always\"\n");
    k.script("lang en-GB");
    assert!(
        k.last_said().contains("Report a missed bin"),
        "spoken from the first screen"
    );
}

#[test]
fn volume_keys_change_the_volume_within_bounds_and_say_so_without_numbers() {
    let mut k = Run::new();
    k.keys(&[Down]);
    k.said();
    for _ in 0..5 {
        k.keys(&[Louder]);
    }
    assert_eq!(k.app.access.volume, 100);
    assert_eq!(k.last_said(), "Louder");
    assert!(k.effects.iter().any(|e| matches!(e, Effect::Volume(100))));
    for _ in 0..12 {
        k.keys(&[Quieter]);
    }
    assert_eq!(k.app.access.volume, 0);
}

/// A card PIN pad, reached with a card read on the menu.
fn on_the_card_pad() -> Run {
    let mut k = Run::with_config("[cards]\nidentity = \"sip2\"\npin = true\n[cards.sip2]\naddr = \"127.0.0.1:6001\"\n");
    k.card = super::CardInfo {
        provider: Some("sip2"),
        needs_pin: true,
    };
    k.script("lang en-GB");
    k.send(Msg::Card(onestop::card::CardEvent::Read {
        reader: onestop::card::ReaderKind::Wedge,
        number: onestop::card::CardNumber::parse("29912345678").expect("a card"),
    }));
    assert_eq!(k.app.nav.screen(), Screen::CardPin);
    k
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever is typed and however the pad is walked, nothing said on it carries a digit.
    #[test]
    fn no_pin_digit_is_ever_said(
        pin in "[0-9]{4,12}",
        walk in proptest::collection::vec(0u8..8, 0..30),
    ) {
        let mut k = on_the_card_pad();
        let mut steps = vec![Msg::Key(Down)];
        for (i, d) in pin.chars().enumerate() {
            steps.push(Msg::CardKey(onestop::keyboard::KeyAction::Insert(d.to_string())));
            if let Some(step) = walk.get(i) {
                steps.push(Msg::Key([Up, Down, Left, Right, Help, Louder, Quieter, Listen][*step as usize]));
            }
        }
        steps.extend([Msg::Key(Activate), Msg::CardPinContinue]);
        for msg in steps {
            let was_on_pad = k.app.nav.screen() == Screen::CardPin;
            k.send(msg);
            let on_pad = was_on_pad && k.app.nav.screen() == Screen::CardPin;
            for (_, text) in k.said() {
                // Nothing said on the pad has a digit; nothing said anywhere has the PIN.
                prop_assert!(!on_pad || !text.chars().any(|c| c.is_numeric()), "said on the pad: {text:?}");
                prop_assert!(!text.contains(&pin), "the PIN was said: {text:?}");
            }
        }
        for e in &k.effects {
            prop_assert!(!format!("{e:?}").contains(&pin), "{e:?}");
        }
    }
}
