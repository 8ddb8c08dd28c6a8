//! Code pages for text mode: which Unicode characters a printer's ROM font has in PC858 (Western
//! European, with € and £) and PC852 (Central European: Polish, Czech, Hungarian), and the byte for
//! each. Encoding is total or refused: a character a code page lacks makes [`encode`] return `None`,
//! so the layout rasterises the line instead. Nothing ever falls back to raw UTF-8 bytes, which a
//! printer would print as mojibake.

/// A code page the layouts may select with `ESC t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodePage {
    /// PC858: PC850 with the euro sign. English, Somali, and most Western European text.
    Pc858,
    /// PC852 (Latin-2): Polish, Czech, Slovak, Hungarian, Slovenian, Croatian.
    Pc852,
}

impl CodePage {
    /// The order layouts try them in.
    pub const ALL: [CodePage; 2] = [CodePage::Pc858, CodePage::Pc852];

    /// The `ESC t n` number on Epson TM printers (and most clones); printers that number their
    /// tables differently set theirs in `[printer.code_pages]`.
    pub fn epson_number(self) -> u8 {
        match self {
            CodePage::Pc858 => 19,
            CodePage::Pc852 => 18,
        }
    }

    /// The name used in configuration (`pc858`, `pc852`).
    pub fn name(self) -> &'static str {
        match self {
            CodePage::Pc858 => "pc858",
            CodePage::Pc852 => "pc852",
        }
    }

    fn upper_half(self) -> &'static [char; 128] {
        match self {
            CodePage::Pc858 => &PC858,
            CodePage::Pc852 => &PC852,
        }
    }

    /// The byte for one character, if this code page has it. Printable ASCII maps to itself;
    /// control characters never map (a stray ESC in a visitor's answer must not become a command).
    pub fn byte(self, c: char) -> Option<u8> {
        if (' '..='~').contains(&c) {
            return Some(c as u8);
        }
        self.upper_half().iter().position(|&u| u == c).map(|i| 0x80 + i as u8)
    }

    /// The character a byte prints as (the inverse of [`CodePage::byte`]).
    pub fn char(self, byte: u8) -> Option<char> {
        match byte {
            0x20..=0x7e => Some(byte as char),
            0x80..=0xff => Some(self.upper_half()[usize::from(byte - 0x80)]),
            _ => None,
        }
    }
}

/// Encodes all of `text` in `page`, or `None` if any character is missing from it.
pub fn encode(text: &str, page: CodePage) -> Option<Vec<u8>> {
    text.chars().map(|c| page.byte(c)).collect()
}

/// The first code page (in [`CodePage::ALL`] order) that has every character of `text`, with the
/// encoded bytes; `None` means the text must be rasterised.
pub fn encode_any(text: &str) -> Option<(CodePage, Vec<u8>)> {
    CodePage::ALL
        .iter()
        .find_map(|&page| encode(text, page).map(|bytes| (page, bytes)))
}

/// Like [`encode_any`], but keeps `current` when it has every character, so a receipt does not
/// switch code pages back and forth for nothing.
pub fn encode_prefer(text: &str, current: Option<CodePage>) -> Option<(CodePage, Vec<u8>)> {
    current
        .and_then(|page| encode(text, page).map(|bytes| (page, bytes)))
        .or_else(|| encode_any(text))
}

/// PC858, bytes 0x80 to 0xFF.
#[rustfmt::skip]
static PC858: [char; 128] = [
    '\u{00C7}', '\u{00FC}', '\u{00E9}', '\u{00E2}', '\u{00E4}', '\u{00E0}', '\u{00E5}', '\u{00E7}',
    '\u{00EA}', '\u{00EB}', '\u{00E8}', '\u{00EF}', '\u{00EE}', '\u{00EC}', '\u{00C4}', '\u{00C5}',
    '\u{00C9}', '\u{00E6}', '\u{00C6}', '\u{00F4}', '\u{00F6}', '\u{00F2}', '\u{00FB}', '\u{00F9}',
    '\u{00FF}', '\u{00D6}', '\u{00DC}', '\u{00F8}', '\u{00A3}', '\u{00D8}', '\u{00D7}', '\u{0192}',
    '\u{00E1}', '\u{00ED}', '\u{00F3}', '\u{00FA}', '\u{00F1}', '\u{00D1}', '\u{00AA}', '\u{00BA}',
    '\u{00BF}', '\u{00AE}', '\u{00AC}', '\u{00BD}', '\u{00BC}', '\u{00A1}', '\u{00AB}', '\u{00BB}',
    '\u{2591}', '\u{2592}', '\u{2593}', '\u{2502}', '\u{2524}', '\u{00C1}', '\u{00C2}', '\u{00C0}',
    '\u{00A9}', '\u{2563}', '\u{2551}', '\u{2557}', '\u{255D}', '\u{00A2}', '\u{00A5}', '\u{2510}',
    '\u{2514}', '\u{2534}', '\u{252C}', '\u{251C}', '\u{2500}', '\u{253C}', '\u{00E3}', '\u{00C3}',
    '\u{255A}', '\u{2554}', '\u{2569}', '\u{2566}', '\u{2560}', '\u{2550}', '\u{256C}', '\u{00A4}',
    '\u{00F0}', '\u{00D0}', '\u{00CA}', '\u{00CB}', '\u{00C8}', '\u{20AC}', '\u{00CD}', '\u{00CE}',
    '\u{00CF}', '\u{2518}', '\u{250C}', '\u{2588}', '\u{2584}', '\u{00A6}', '\u{00CC}', '\u{2580}',
    '\u{00D3}', '\u{00DF}', '\u{00D4}', '\u{00D2}', '\u{00F5}', '\u{00D5}', '\u{00B5}', '\u{00FE}',
    '\u{00DE}', '\u{00DA}', '\u{00DB}', '\u{00D9}', '\u{00FD}', '\u{00DD}', '\u{00AF}', '\u{00B4}',
    '\u{00AD}', '\u{00B1}', '\u{2017}', '\u{00BE}', '\u{00B6}', '\u{00A7}', '\u{00F7}', '\u{00B8}',
    '\u{00B0}', '\u{00A8}', '\u{00B7}', '\u{00B9}', '\u{00B3}', '\u{00B2}', '\u{25A0}', '\u{00A0}',
];

/// PC852, bytes 0x80 to 0xFF.
#[rustfmt::skip]
static PC852: [char; 128] = [
    '\u{00C7}', '\u{00FC}', '\u{00E9}', '\u{00E2}', '\u{00E4}', '\u{016F}', '\u{0107}', '\u{00E7}',
    '\u{0142}', '\u{00EB}', '\u{0150}', '\u{0151}', '\u{00EE}', '\u{0179}', '\u{00C4}', '\u{0106}',
    '\u{00C9}', '\u{0139}', '\u{013A}', '\u{00F4}', '\u{00F6}', '\u{013D}', '\u{013E}', '\u{015A}',
    '\u{015B}', '\u{00D6}', '\u{00DC}', '\u{0164}', '\u{0165}', '\u{0141}', '\u{00D7}', '\u{010D}',
    '\u{00E1}', '\u{00ED}', '\u{00F3}', '\u{00FA}', '\u{0104}', '\u{0105}', '\u{017D}', '\u{017E}',
    '\u{0118}', '\u{0119}', '\u{00AC}', '\u{017A}', '\u{010C}', '\u{015F}', '\u{00AB}', '\u{00BB}',
    '\u{2591}', '\u{2592}', '\u{2593}', '\u{2502}', '\u{2524}', '\u{00C1}', '\u{00C2}', '\u{011A}',
    '\u{015E}', '\u{2563}', '\u{2551}', '\u{2557}', '\u{255D}', '\u{017B}', '\u{017C}', '\u{2510}',
    '\u{2514}', '\u{2534}', '\u{252C}', '\u{251C}', '\u{2500}', '\u{253C}', '\u{0102}', '\u{0103}',
    '\u{255A}', '\u{2554}', '\u{2569}', '\u{2566}', '\u{2560}', '\u{2550}', '\u{256C}', '\u{00A4}',
    '\u{0111}', '\u{0110}', '\u{010E}', '\u{00CB}', '\u{010F}', '\u{0147}', '\u{00CD}', '\u{00CE}',
    '\u{011B}', '\u{2518}', '\u{250C}', '\u{2588}', '\u{2584}', '\u{0162}', '\u{016E}', '\u{2580}',
    '\u{00D3}', '\u{00DF}', '\u{00D4}', '\u{0143}', '\u{0144}', '\u{0148}', '\u{0160}', '\u{0161}',
    '\u{0154}', '\u{00DA}', '\u{0155}', '\u{0170}', '\u{00FD}', '\u{00DD}', '\u{0163}', '\u{00B4}',
    '\u{00AD}', '\u{02DD}', '\u{02DB}', '\u{02C7}', '\u{02D8}', '\u{00A7}', '\u{00F7}', '\u{00B8}',
    '\u{00B0}', '\u{00A8}', '\u{02D9}', '\u{0171}', '\u{0158}', '\u{0159}', '\u{25A0}', '\u{00A0}',
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn english_and_pounds_take_pc858() {
        let (page, bytes) = encode_any("Fee: £25.00 (€30)").unwrap();
        assert_eq!(page, CodePage::Pc858);
        assert_eq!(bytes[5], 0x9c); // £ in PC858
        assert!(bytes.contains(&0xd5)); // € in PC858
    }

    #[test]
    fn polish_takes_pc852() {
        let text = "Zgłoszenie przyjęte. Dziękujemy! Źródło: ŁÓDŹ, żółć";
        let (page, bytes) = encode_any(text).unwrap();
        assert_eq!(page, CodePage::Pc852);
        let back: String = bytes.iter().map(|&b| page.char(b).unwrap()).collect();
        assert_eq!(back, text);
    }

    #[test]
    fn scripts_no_code_page_has_are_refused() {
        for text in ["شکریہ", "આભાર", "ਧੰਨਵਾਦ", "धन्यवाद", "ধন্যবাদ", "谢谢", "mulțumim"]
        {
            assert_eq!(encode_any(text), None, "{text}");
        }
    }

    #[test]
    fn control_characters_never_encode() {
        for c in ['\u{1b}', '\u{1d}', '\u{10}', '\n', '\u{0}', '\u{7f}'] {
            for page in CodePage::ALL {
                assert_eq!(page.byte(c), None);
            }
        }
    }

    proptest! {
        /// Whatever a visitor types, encoded text holds no byte below 0x20 (no ESC/POS command can
        /// be smuggled in) and decodes back to exactly the text.
        #[test]
        fn encoding_is_exact_or_refused(text in ".{0,60}") {
            for page in CodePage::ALL {
                if let Some(bytes) = encode(&text, page) {
                    prop_assert!(bytes.iter().all(|&b| b >= 0x20 && b != 0x7f));
                    let back: String = bytes.iter().map(|&b| page.char(b).unwrap()).collect();
                    prop_assert_eq!(back, text.clone());
                }
            }
        }
    }
}
