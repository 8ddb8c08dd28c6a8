//! Text made safe to hand to espeak-ng as plain UTF-8: what a visitor typed can hold anything,
//! and espeak-ng gives some characters meaning even outside SSML (Ctrl-A starts one of its
//! embedded commands, a NUL ends the text). Pure; the engine calls it just before synthesis.

use std::ffi::CString;

/// The most text one utterance speaks, in bytes (about 1,300 words; a screen's page is far less).
pub const MAX_TEXT: usize = 8 * 1024;

/// `text` as the C string espeak-ng reads: every control character (NUL, Ctrl-A, escape,
/// newline…) becomes a space, bidi marks and isolates (which Fluent puts around placeables in
/// right-to-left locales) are dropped, and text longer than [`MAX_TEXT`] bytes is cut at a
/// character boundary. The flag says whether it was cut.
pub fn for_espeak(text: &str) -> (CString, bool) {
    let mut out = String::with_capacity(text.len().min(MAX_TEXT));
    let mut cut = false;
    for c in text.chars() {
        if is_bidi_mark(c) {
            continue;
        }
        let c = if c.is_control() { ' ' } else { c };
        if out.len() + c.len_utf8() > MAX_TEXT {
            cut = true;
            break;
        }
        out.push(c);
    }
    // No NUL is left, so this cannot fail; an empty string is the fallback all the same.
    (CString::new(out).unwrap_or_default(), cut)
}

/// Left-to-right and right-to-left marks, embeddings, overrides and isolates.
fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        for_espeak(s).0.into_string().unwrap()
    }

    #[test]
    fn plain_text_passes_unchanged_in_any_script() {
        assert_eq!(text("Postcode, edit text, LE1 1AA"), "Postcode, edit text, LE1 1AA");
        assert_eq!(text("پوسٹ کوڈ، متن لکھیں"), "پوسٹ کوڈ، متن لکھیں");
        assert!(!for_espeak("ਨਾਮ").1);
    }

    #[test]
    fn control_characters_become_spaces_so_no_embedded_command_or_nul_gets_through() {
        assert_eq!(text("a\u{1}80S b"), "a 80S b");
        assert_eq!(text("a\0b\u{1b}[31mc\r\nd\te"), "a b [31mc  d e");
        assert_eq!(text("\u{85}\u{9f}"), "  ");
    }

    #[test]
    fn markup_stays_as_text_for_espeak_to_read_out() {
        // SSML is never turned on, so these are just characters; nothing is removed.
        assert_eq!(
            text("<speak><audio src=\"x\"/></speak> [[h@l'oU]]"),
            "<speak><audio src=\"x\"/></speak> [[h@l'oU]]"
        );
    }

    #[test]
    fn bidi_marks_and_isolates_are_dropped() {
        assert_eq!(text("\u{2068}A 42\u{2069}، کاؤنٹر\u{200F} 3\u{202E}"), "A 42، کاؤنٹر 3");
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let (c, cut) = for_espeak(&"ب".repeat(MAX_TEXT));
        assert!(cut);
        assert_eq!(c.as_bytes().len(), MAX_TEXT);
        assert!(std::str::from_utf8(c.as_bytes()).is_ok());
        let (c, cut) = for_espeak(&format!("{}é", "a".repeat(MAX_TEXT - 1)));
        assert!(cut);
        assert_eq!(c.as_bytes().len(), MAX_TEXT - 1);
        assert!(!for_espeak(&"a".repeat(MAX_TEXT)).1);
    }
}
