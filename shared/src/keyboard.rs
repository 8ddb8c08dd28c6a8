//! The on-screen keyboard as data: which keys each layout has, in which row, how wide, and what a
//! tap does to the text being typed. It stops there: drawing the keys, holding the shift state
//! (and dropping it after a letter), key repeat and validating the typed value belong to the
//! kiosk UI and to [`crate::forms`].
//!
//! - [`layout_for`] picks the layout a field opens with; [`Layout::toggled`] is what the
//!   "switch script" key does (native script ↔ Latin, offered when [`can_switch`] says so).
//! - [`Layout::rows`] lists the keys, top row first.
//! - [`apply`] is the whole editing model: the caret is always at the end.
//!
//! **Right-to-left scripts are not mirrored.** Every row is in physical left-to-right order, for
//! Arabic and Urdu too: like a physical keyboard, an Arabic one keeps ض at the top left, so the
//! UI must lay rows out left to right even on a right-to-left page. Only the text field follows
//! [`Layout::is_rtl`].
//!
//! **Sizes.** A row is at most [`ROW_UNITS`] units wide and a normal key is 2 units, so on a
//! 1080 px portrait screen a key is 90 px wide, twice the 44 px minimum touch target.
//!
//! Native-script layouts show the script's own digits; Western digits and Latin punctuation are
//! one tap away on the Latin layout.

/// The width of a full row in units: twelve normal keys.
pub const ROW_UNITS: u8 = 24;

/// Which set of keys is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// UK QWERTY with digits, punctuation and a row of accents for the locale.
    Latin,
    /// The standard Arabic (101) letter positions.
    Arabic,
    /// A phonetic Urdu layout: letters sit on their Latin sound-alikes.
    Urdu,
    /// InScript-like Hindi.
    Devanagari,
    /// InScript-like Gujarati.
    Gujarati,
    /// InScript-like Punjabi, with tippi and addak.
    Gurmukhi,
    /// InScript-like Bengali.
    Bengali,
    /// A phone-style pad: 1 2 3 / 4 5 6 / 7 8 9 / ⌫ 0 ↵.
    Numeric,
    /// The numeric pad plus "+" and space.
    Phone,
    /// Capital letters, digits and space; no shift.
    Postcode,
    /// Latin letters with `@ . - _`, ".com" and ".co.uk"; no space bar (never valid in an
    /// address) and no script switch.
    Email,
}

/// What the visitor is typing, decided by the field type (the kiosk maps its field types here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// Free text, typed in the visitor's own script.
    Text,
    /// An email address.
    Email,
    /// A telephone number.
    Phone,
    /// A UK postcode.
    Postcode,
    /// A whole number.
    Number,
    /// A date, typed as digits.
    Date,
}

impl InputKind {
    /// Every kind, for listings and tests.
    pub const ALL: [InputKind; 6] = [
        InputKind::Text,
        InputKind::Email,
        InputKind::Phone,
        InputKind::Postcode,
        InputKind::Number,
        InputKind::Date,
    ];
}

/// What a key does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeyAction {
    /// Append this text (usually one character; ".com" or Arabic "لا" are longer).
    Insert(String),
    /// Remove the last character typed; see [`apply`].
    Backspace,
    /// Append a space.
    Space,
    /// Show the other case or the less common letters ([`Layout::rows`] with `shifted`).
    Shift,
    /// Toggle between the native script and Latin ([`Layout::toggled`]).
    SwitchScript,
    /// Finish the field.
    Enter,
    /// Empty the field.
    Clear,
}

/// One key of a layout.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// What is drawn on the key. A combining mark (vowel sign, virama, haraka) is drawn on a
    /// dotted circle, e.g. "◌ि", as printed keyboards do.
    pub label: String,
    /// What a tap does.
    pub action: KeyAction,
    /// Width in units: a normal key is 2, and a row is at most [`ROW_UNITS`].
    pub width: u8,
    /// Accessible name for screen readers and tests: the inserted text ("a", "ि"), or
    /// "backspace", "space", "shift", "switch script", "enter".
    pub a11y: String,
}

/// The keys of one native script. A layer is three rows split by " | ", each row space-separated
/// keys; a leading "◌" marks a combining mark (inserted without the circle). ⇧ ⌫ ␣ ↵ ⇄ are the
/// action keys (see [`row`]).
struct Script {
    /// Drawn on the Latin layout's switch key.
    sample: &'static str,
    digits: &'static str,
    plain: &'static str,
    shifted: &'static str,
    bottom: &'static str,
}

const ARABIC: Script = Script {
    sample: "اب",
    digits: "١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ٠",
    plain: "ض ص ث ق ف غ ع ه خ ح ج د | ش س ي ب ل ا ت ن م ك ط ذ | ⇧ ئ ء ؤ ر لا ى ة و ز ظ ⌫",
    shifted: "◌َ ◌ً ◌ُ ◌ٌ لإ إ ◌ّ ؛ | ◌ِ ◌ٍ ◌ْ لأ أ | ⇧ لآ آ ؟ ⌫",
    bottom: "⇄ ، ␣ . ↵",
};
const URDU: Script = Script {
    sample: "اب",
    digits: "۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹ ۰",
    plain: "ق و ع ر ت ے ء ی ہ پ | ا س د ف گ ح ج ک ل | ⇧ ز ش چ ط ب ن م ⌫",
    shifted: "◌ْ ◌ّ ◌ٰ ڑ ٹ ◌َ ئ ◌ِ ۃ ◌ُ | آ ص ڈ أ غ ھ ض خ ؤ | ⇧ ذ ژ ث ظ ں ◌ً ؟ ⌫",
    bottom: "⇄ ، ␣ ۔ ↵",
};
const DEVANAGARI: Script = Script {
    sample: "क",
    digits: "१ २ ३ ४ ५ ६ ७ ८ ९ ०",
    plain: "◌ौ ◌ै ◌ा ◌ी ◌ू ब ह ग द ज ड ◌़ | ◌ो ◌े ◌् ◌ि ◌ु प र क त च ट ◌ृ | ⇧ ◌ं म न व ल स य ◌ॉ । ⌫",
    shifted: "औ ऐ आ ई ऊ भ ङ घ ध झ ढ ञ | ओ ए अ इ उ फ ◌ः ख थ छ ठ ऋ | ⇧ ◌ँ ण ळ श ष ऑ ◌ॅ ॥ ऽ ⌫",
    bottom: "⇄ ␣ ↵",
};
const GUJARATI: Script = Script {
    sample: "ક",
    digits: "૧ ૨ ૩ ૪ ૫ ૬ ૭ ૮ ૯ ૦",
    plain: "◌ૌ ◌ૈ ◌ા ◌ી ◌ૂ બ હ ગ દ જ ડ ◌઼ | ◌ો ◌ે ◌્ ◌િ ◌ુ પ ર ક ત ચ ટ ◌ૃ | ⇧ ◌ં મ ન વ લ સ ય ◌ૉ । ⌫",
    shifted: "ઔ ઐ આ ઈ ઊ ભ ઙ ઘ ધ ઝ ઢ ઞ | ઓ એ અ ઇ ઉ ફ ◌ઃ ખ થ છ ઠ ઋ | ⇧ ◌ઁ ણ ળ શ ષ ઑ ◌ૅ ॥ ઽ ⌫",
    bottom: "⇄ ␣ ↵",
};
const GURMUKHI: Script = Script {
    sample: "ਕ",
    digits: "੧ ੨ ੩ ੪ ੫ ੬ ੭ ੮ ੯ ੦",
    plain: "◌ੌ ◌ੈ ◌ਾ ◌ੀ ◌ੂ ਬ ਹ ਗ ਦ ਜ ਡ ◌਼ | ◌ੋ ◌ੇ ◌੍ ◌ਿ ◌ੁ ਪ ਰ ਕ ਤ ਚ ਟ ੜ | ⇧ ◌ਂ ਮ ਨ ਵ ਲ ਸ ਯ ◌ੰ ◌ੱ । ⌫",
    shifted: "ਔ ਐ ਆ ਈ ਊ ਭ ਙ ਘ ਧ ਝ ਢ ਞ | ਓ ਏ ਅ ਇ ਉ ਫ ◌ਃ ਖ ਥ ਛ ਠ | ⇧ ◌ਁ ਣ ॥ ⌫",
    bottom: "⇄ ␣ ↵",
};
const BENGALI: Script = Script {
    sample: "ক",
    digits: "১ ২ ৩ ৪ ৫ ৬ ৭ ৮ ৯ ০",
    plain: "◌ৌ ◌ৈ ◌া ◌ী ◌ূ ব হ গ দ জ ড ◌় | ◌ো ◌ে ◌্ ◌ি ◌ু প র ক ত চ ট ◌ৃ | ⇧ ◌ং ম ন ল স য ৎ । ⌫",
    shifted: "ঔ ঐ আ ঈ ঊ ভ ঙ ঘ ধ ঝ ঢ ঞ | ও এ অ ই উ ফ ◌ঃ খ থ ছ ঠ ঋ | ⇧ ◌ঁ ণ শ ষ ॥ ⌫",
    bottom: "⇄ ␣ ↵",
};

/// Latin rows; the locale's accents row goes before the last row.
const LATIN: [&str; 5] = [
    "1 2 3 4 5 6 7 8 9 0",
    "q w e r t y u i o p",
    "a s d f g h j k l '",
    "⇧ z x c v b n m , . ⌫",
    "⇄ @ ( ) ␣ - / ↵",
];
const EMAIL: [&str; 5] = [
    "1 2 3 4 5 6 7 8 9 0",
    "q w e r t y u i o p",
    "a s d f g h j k l - _",
    "⇧ z x c v b n m . ⌫",
    "@ .com .co.uk ↵",
];
const NUMERIC: [&str; 4] = ["1 2 3", "4 5 6", "7 8 9", "⌫ 0 ↵"];
const PHONE: [&str; 5] = ["1 2 3", "4 5 6", "7 8 9", "+ 0 ␣", "⌫ ↵"];
const POSTCODE: [&str; 5] = [
    "1 2 3 4 5 6 7 8 9 0",
    "Q W E R T Y U I O P",
    "A S D F G H J K L",
    "Z X C V B N M ⌫",
    "␣ ↵",
];

impl Layout {
    /// Every layout, for listings and tests.
    pub const ALL: [Layout; 11] = [
        Layout::Latin,
        Layout::Arabic,
        Layout::Urdu,
        Layout::Devanagari,
        Layout::Gujarati,
        Layout::Gurmukhi,
        Layout::Bengali,
        Layout::Numeric,
        Layout::Phone,
        Layout::Postcode,
        Layout::Email,
    ];

    /// The layout for the visitor's own script, by BCP 47 tag: "ur" → Urdu, "ar" → Arabic,
    /// "pa" → Gurmukhi, "gu" → Gujarati, "bn" → Bengali, "hi" → Devanagari; everything else
    /// (en-GB, pl, ro, so, zh-Hans) → Latin. An explicit script subtag wins, so "pa-Arab"
    /// (Shahmukhi) → Urdu and "hi-Latn" → Latin.
    pub fn native(locale: &str) -> Layout {
        let mut subtags = locale.split(['-', '_']);
        let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
        let script = subtags.find(|s| s.len() == 4).map(str::to_ascii_lowercase);
        match (script.as_deref(), language.as_str()) {
            (Some("arab") | None, "ar") => Layout::Arabic,
            (Some("arab"), _) | (None, "ur") => Layout::Urdu,
            (Some("deva"), _) | (None, "hi") => Layout::Devanagari,
            (Some("gujr"), _) | (None, "gu") => Layout::Gujarati,
            (Some("guru"), _) | (None, "pa") => Layout::Gurmukhi,
            (Some("beng"), _) | (None, "bn") => Layout::Bengali,
            _ => Layout::Latin,
        }
    }

    /// What the "switch script" key turns this layout into: Latin for a native script, the
    /// locale's native layout for Latin; the other layouts have no switch key and stay as they are.
    pub fn toggled(self, locale: &str) -> Layout {
        match self {
            Layout::Latin => Layout::native(locale),
            _ if self.script().is_some() => Layout::Latin,
            _ => self,
        }
    }

    /// True for scripts written right to left (Arabic, Urdu).
    pub fn is_rtl(&self) -> bool {
        matches!(self, Layout::Arabic | Layout::Urdu)
    }

    /// Rows of keys, top to bottom, each in physical left-to-right order, for right-to-left
    /// scripts too (keyboards are not mirrored; see the module docs). `locale` picks the Latin
    /// accents row and the switch key: "ABC" on a native layout, a native sample such as "क" on
    /// Latin when the locale's script is not Latin. `shifted` gives capitals on Latin and the
    /// less common letters, independent vowels and diacritics on native scripts; layouts
    /// without a shift key ignore it.
    pub fn rows(&self, locale: &str, shifted: bool) -> Vec<Vec<Key>> {
        let switch = match (self, Layout::native(locale).script()) {
            (Layout::Latin, Some(native)) => Some(native.sample),
            _ if self.script().is_some() => Some("ABC"),
            _ => None,
        };
        let specs: Vec<String> = match self {
            Layout::Latin => {
                let mut rows = LATIN.to_vec();
                let accents = accents(locale);
                if !accents.is_empty() {
                    rows.insert(4, accents);
                }
                rows.into_iter().map(|r| upper(r, shifted)).collect()
            }
            Layout::Email => EMAIL.iter().map(|r| upper(r, shifted)).collect(),
            Layout::Numeric => NUMERIC.map(String::from).to_vec(),
            Layout::Phone => PHONE.map(String::from).to_vec(),
            Layout::Postcode => POSTCODE.map(String::from).to_vec(),
            _ => {
                let script = self.script().expect("every other layout is a script");
                let layer = if shifted { script.shifted } else { script.plain };
                let rows = layer.split(" | ").chain([script.bottom]);
                [script.digits].into_iter().chain(rows).map(String::from).collect()
            }
        };
        let pad = matches!(self, Layout::Numeric | Layout::Phone);
        specs.iter().map(|spec| row(spec, switch, pad)).collect()
    }

    fn script(self) -> Option<&'static Script> {
        match self {
            Layout::Arabic => Some(&ARABIC),
            Layout::Urdu => Some(&URDU),
            Layout::Devanagari => Some(&DEVANAGARI),
            Layout::Gujarati => Some(&GUJARATI),
            Layout::Gurmukhi => Some(&GURMUKHI),
            Layout::Bengali => Some(&BENGALI),
            _ => None,
        }
    }
}

/// Which layout opens for a field: Email → [`Layout::Email`] (Latin letters with `@ . - _` and
/// ".com"/".co.uk" keys), Phone → Phone, Postcode → Postcode, Number and Date → Numeric,
/// Text → the native layout.
pub fn layout_for(kind: InputKind, locale: &str) -> Layout {
    match kind {
        InputKind::Text => Layout::native(locale),
        InputKind::Email => Layout::Email,
        InputKind::Phone => Layout::Phone,
        InputKind::Postcode => Layout::Postcode,
        InputKind::Number | InputKind::Date => Layout::Numeric,
    }
}

/// Whether the "switch script" key is offered: only for Text fields where the native layout is
/// not Latin (it toggles between native and Latin, see [`Layout::toggled`]).
pub fn can_switch(kind: InputKind, locale: &str) -> bool {
    kind == InputKind::Text && Layout::native(locale) != Layout::Latin
}

/// Apply a key to a text value, with the caret always at the end; returns the new text.
///
/// Insert and Space append, Clear empties, Enter, Shift and SwitchScript change nothing.
/// Backspace undoes one keystroke: it removes the last character (code point), so "क्ष" →
/// "क्" → "क" → "" and "किताब" → "किता". Every native key inserts one code point (except
/// the Arabic lam-alef keys), so this never leaves debris the visitor did not type. Zero-width
/// joiners and non-joiners (U+200D, U+200C) are removed along with the character next to them,
/// because on their own they are invisible and the key would seem dead.
///
/// Removing every trailing combining mark as well was rejected: it would also delete a vowel
/// sign or haraka typed earlier ("किताब" → "कित").
pub fn apply(text: &str, action: &KeyAction) -> String {
    match action {
        KeyAction::Insert(s) => format!("{text}{s}"),
        KeyAction::Space => format!("{text} "),
        KeyAction::Clear => String::new(),
        KeyAction::Backspace => {
            let is_joiner = |c| c == '\u{200C}' || c == '\u{200D}';
            let mut chars = text.trim_end_matches(is_joiner).chars();
            chars.next_back();
            chars.as_str().trim_end_matches(is_joiner).to_string()
        }
        KeyAction::Enter | KeyAction::Shift | KeyAction::SwitchScript => text.to_string(),
    }
}

/// The primary language subtag, lowercased.
fn language(locale: &str) -> String {
    let primary = locale.split(['-', '_']).next().unwrap_or_default();
    primary.to_ascii_lowercase()
}

/// The Latin accents row for a locale. Somali needs only the apostrophe (its glottal stop),
/// which every Latin layout has on the letter row, so it gets no accents row.
fn accents(locale: &str) -> &'static str {
    match language(locale).as_str() {
        "pl" => "ą ć ę ł ń ó ś ź ż",
        "ro" => "ă â î ș ț",
        "so" => "",
        _ => "é è ç ñ ü ö",
    }
}

/// Capitalise the one-character keys of a row spec when shifted (".com" stays as it is).
fn upper(spec: &str, shifted: bool) -> String {
    let key = |k: &str| match shifted && k.chars().count() == 1 {
        true => k.to_uppercase(),
        false => k.to_string(),
    };
    spec.split(' ').map(key).collect::<Vec<_>>().join(" ")
}

/// Build a row from its spec. ⇧ ⌫ ␣ ↵ ⇄ are action keys (⇄ dropped when `switch` is None).
/// Pads split the row evenly; otherwise ⇧ and ⌫ (2–4 units) and the space bar fill the row.
fn row(spec: &str, switch: Option<&str>, pad: bool) -> Vec<Key> {
    let tokens: Vec<&str> = spec.split(' ').filter(|t| *t != "⇄" || switch.is_some()).collect();
    let fixed_width = |t: &str| match t {
        "⇄" | "↵" => 3,
        _ if t.chars().count() > 2 => 4,
        _ => 2,
    };
    let count = |pred: fn(&str) -> bool| tokens.iter().filter(|t| pred(t)).count() as u8;
    let sides = count(|t| t == "⇧" || t == "⌫");
    let spaces = count(|t| t == "␣");
    let fixed: u8 = tokens
        .iter()
        .filter(|t| !matches!(**t, "⇧" | "⌫" | "␣"))
        .map(|t| fixed_width(t))
        .sum();
    let free = ROW_UNITS.saturating_sub(fixed);
    let side = (free / (sides + spaces).max(1)).clamp(2, 4);
    let space = free.saturating_sub(side * sides).max(2);
    let keys = tokens.iter().map(|&token| {
        let width = match token {
            _ if pad => ROW_UNITS / tokens.len() as u8,
            "⇧" | "⌫" => side,
            "␣" => space,
            _ => fixed_width(token),
        };
        let (label, action, a11y) = match token {
            "⌫" => (token, KeyAction::Backspace, "backspace"),
            "⇧" => (token, KeyAction::Shift, "shift"),
            "↵" => (token, KeyAction::Enter, "enter"),
            "␣" => (token, KeyAction::Space, "space"),
            "⇄" => (switch.unwrap_or_default(), KeyAction::SwitchScript, "switch script"),
            _ => {
                let text = token.strip_prefix('◌').unwrap_or(token);
                (token, KeyAction::Insert(text.to_string()), text)
            }
        };
        Key {
            label: label.to_string(),
            action,
            width,
            a11y: a11y.to_string(),
        }
    });
    keys.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Layout::*;

    const LOCALES: [&str; 11] = ["en-GB", "pl", "ro", "so", "zh-Hans", "ur", "ar", "pa", "gu", "bn", "hi"];

    fn keys(layout: Layout, locale: &str, shifted: bool) -> Vec<Key> {
        layout.rows(locale, shifted).into_iter().flatten().collect()
    }

    fn inserts(layout: Layout, locale: &str, shifted: bool) -> Vec<String> {
        let keys = keys(layout, locale, shifted).into_iter();
        keys.filter_map(|k| match k.action {
            KeyAction::Insert(s) => Some(s),
            _ => None,
        })
        .collect()
    }

    fn has(layout: Layout, locale: &str, shifted: bool, wanted: impl ToString) -> bool {
        inserts(layout, locale, shifted).contains(&wanted.to_string())
    }

    /// Each row as its keys' accessible names joined by spaces.
    fn names(layout: Layout, locale: &str, shifted: bool) -> Vec<String> {
        let name_row = |row: Vec<Key>| row.into_iter().map(|k| k.a11y).collect::<Vec<_>>().join(" ");
        layout.rows(locale, shifted).into_iter().map(name_row).collect()
    }

    #[test]
    fn native_layout_by_locale() {
        let cases = [
            (Urdu, "ur UR_pk pa-Arab"),
            (Arabic, "ar ar-Arab-EG"),
            (Gurmukhi, "pa pa-Guru-IN"),
            (Gujarati, "gu"),
            (Bengali, "bn"),
            (Devanagari, "hi hi-IN"),
            (Latin, "en-GB pl ro so zh-Hans hi-Latn"),
        ];
        for (want, tags) in cases {
            for tag in tags.split(' ') {
                assert_eq!(Layout::native(tag), want, "{tag}");
            }
        }
        assert_eq!(Layout::native(""), Latin);
    }

    #[test]
    fn field_kind_picks_layout_and_switch() {
        assert_eq!(layout_for(InputKind::Text, "hi"), Devanagari);
        assert_eq!(layout_for(InputKind::Text, "pl"), Latin);
        assert_eq!(layout_for(InputKind::Email, "ur"), Email);
        assert_eq!(layout_for(InputKind::Phone, "ar"), Phone);
        assert_eq!(layout_for(InputKind::Postcode, "bn"), Postcode);
        assert_eq!(layout_for(InputKind::Number, "gu"), Numeric);
        assert_eq!(layout_for(InputKind::Date, "pa"), Numeric);
        assert!(can_switch(InputKind::Text, "ur"));
        assert!(!can_switch(InputKind::Text, "en-GB"));
        assert!(!can_switch(InputKind::Email, "ur"));
        assert!(!can_switch(InputKind::Postcode, "hi"));
        assert_eq!(Latin.toggled("hi"), Devanagari);
        assert_eq!(Urdu.toggled("ur"), Latin);
        assert_eq!(Latin.toggled("pl"), Latin);
        assert_eq!(Numeric.toggled("hi"), Numeric);
        assert!(Arabic.is_rtl() && Urdu.is_rtl() && !Devanagari.is_rtl() && !Latin.is_rtl());
    }

    #[test]
    fn switch_key_shown_exactly_when_switching_is_offered() {
        let switch_label = |layout: Layout, locale, shifted| {
            let mut switches = keys(layout, locale, shifted)
                .into_iter()
                .filter(|k| k.action == KeyAction::SwitchScript);
            let first = switches.next().map(|k| k.label);
            assert!(switches.next().is_none(), "{layout:?} {locale}: two switch keys");
            first
        };
        for kind in InputKind::ALL {
            for locale in LOCALES {
                let layout = layout_for(kind, locale);
                for shifted in [false, true] {
                    let shown = switch_label(layout, locale, shifted).is_some();
                    assert_eq!(shown, can_switch(kind, locale), "{kind:?} {locale}");
                }
                if can_switch(kind, locale) {
                    assert_ne!(layout.toggled(locale), layout);
                    assert_eq!(layout.toggled(locale).toggled(locale), layout);
                }
            }
        }
        assert_eq!(switch_label(Devanagari, "hi", true).as_deref(), Some("ABC"));
        assert_eq!(switch_label(Latin, "hi", false).as_deref(), Some("क"));
        assert_eq!(switch_label(Latin, "ar", false).as_deref(), Some("اب"));
        assert_eq!(switch_label(Latin, "pa", false).as_deref(), Some("ਕ"));
    }

    #[test]
    fn every_layout_has_the_keys_it_needs() {
        for layout in Layout::ALL {
            for shifted in [false, true] {
                let actions: Vec<KeyAction> = keys(layout, "hi", shifted).into_iter().map(|k| k.action).collect();
                let n = |a: KeyAction| actions.iter().filter(|x| **x == a).count();
                assert_eq!(n(KeyAction::Backspace), 1, "{layout:?}");
                assert_eq!(n(KeyAction::Enter), 1, "{layout:?}");
                let text = layout == Latin || layout.script().is_some();
                assert_eq!(n(KeyAction::Shift), usize::from(text || layout == Email), "{layout:?}");
                let spaced = text || matches!(layout, Phone | Postcode);
                assert_eq!(n(KeyAction::Space), usize::from(spaced), "{layout:?}");
            }
        }
    }

    #[test]
    fn rows_fit_the_screen_and_keep_their_height() {
        for layout in Layout::ALL {
            for locale in LOCALES {
                let plain = layout.rows(locale, false);
                let shifted = layout.rows(locale, true);
                assert_eq!(plain.len(), shifted.len(), "{layout:?} {locale}");
                for row in plain.iter().chain(&shifted) {
                    let width: u32 = row.iter().map(|k| u32::from(k.width)).sum();
                    assert!(!row.is_empty() && width <= u32::from(ROW_UNITS), "{row:?}");
                    assert!(row.iter().all(|k| k.width >= 2 && !k.a11y.is_empty()), "{row:?}");
                }
            }
        }
    }

    #[test]
    fn native_scripts_stay_in_their_unicode_block() {
        // Indic scripts share the Devanagari dandas; Arabic uses the Latin full stop.
        let cases = [
            (Arabic, 0x0600..=0x06FF, "."),
            (Urdu, 0x0600..=0x06FF, ""),
            (Devanagari, 0x0900..=0x097F, ""),
            (Bengali, 0x0980..=0x09FF, "।॥"),
            (Gurmukhi, 0x0A00..=0x0A7F, "।॥"),
            (Gujarati, 0x0A80..=0x0AFF, "।॥"),
        ];
        for (layout, block, shared) in cases {
            for shifted in [false, true] {
                let inserts = inserts(layout, "en-GB", shifted);
                assert!(inserts.len() >= 20, "{layout:?}: only {} keys", inserts.len());
                for c in inserts.iter().flat_map(|s| s.chars()) {
                    let ok = block.contains(&u32::from(c)) || shared.contains(c);
                    assert!(ok, "{layout:?}: {c:?} U+{:04X}", u32::from(c));
                }
            }
        }
    }

    #[test]
    fn indic_layouts_have_signs_matras_and_danda() {
        let cases = [
            (Devanagari, "्ंँः़ािीुूृेैोौ।", "अआइईउऊएऐओऔ"),
            (Gujarati, "્ંઁઃ઼ાિીુૂૃેૈોૌ।", "અઆઇઈઉઊએઐઓઔ"),
            (Gurmukhi, "੍ਂਁਃ਼ੱੰਾਿੀੁੂੇੈੋੌੜ।", "ਅਆਇਈਉਊਏਐਓਔ"),
            (Bengali, "্ংঁঃ়ািীুূৃেৈোৌৎ।", "অআইঈউঊএঐওঔ"),
        ];
        for (layout, signs, vowels) in cases {
            for c in signs.chars() {
                assert!(has(layout, "", false, c) || has(layout, "", true, c), "{layout:?}: {c}");
            }
            for c in vowels.chars() {
                assert!(
                    has(layout, "", true, c) && !has(layout, "", false, c),
                    "{layout:?}: {c}"
                );
            }
        }
    }

    #[test]
    fn combining_marks_are_drawn_on_a_dotted_circle() {
        let label = |layout: Layout, shifted, text: &str| {
            let mut keys = keys(layout, "", shifted).into_iter();
            keys.find(|k| k.action == KeyAction::Insert(text.into()))
                .map(|k| k.label)
        };
        assert_eq!(label(Devanagari, false, "ि").as_deref(), Some("◌ि"));
        assert_eq!(label(Devanagari, false, "क").as_deref(), Some("क"));
        assert_eq!(label(Arabic, true, "\u{064E}").as_deref(), Some("◌\u{064E}"));
        for layout in Layout::ALL {
            for key in [keys(layout, "", false), keys(layout, "", true)].concat() {
                if let Some(mark) = key.label.strip_prefix('◌') {
                    assert_eq!(key.action, KeyAction::Insert(mark.into()));
                    assert_eq!(mark.chars().count(), 1, "{key:?}");
                }
            }
        }
    }

    #[test]
    fn arabic_and_urdu_letters() {
        let rows = names(Arabic, "ar", false);
        assert_eq!(rows[1], "ض ص ث ق ف غ ع ه خ ح ج د");
        assert!(rows[2].starts_with("ش س ي ب ل ا ت ن م ك ط"), "{}", rows[2]);
        assert!(rows[3].contains("ئ ء ؤ ر لا ى ة و ز ظ"), "{}", rows[3]);
        assert!(has(Arabic, "ar", false, "،"));
        for c in ["أ", "إ", "آ", "\u{064E}", "\u{0651}"] {
            assert!(has(Arabic, "ar", true, c) && !has(Arabic, "ar", false, c), "{c}");
        }
        let urdu = [inserts(Urdu, "ur", false), inserts(Urdu, "ur", true)].concat();
        for c in "ٹڈڑںھہےیکگپچژ۔،اآبتثجحخدذرزسشصضطظعغفقلمنوء".chars() {
            assert!(urdu.contains(&c.to_string()), "Urdu lacks {c}");
        }
        // Urdu has its own kaf, yeh and heh; the Arabic ones would break search and sorting.
        for c in ["ك", "ي", "ه"] {
            assert!(!urdu.iter().any(|s| s == c), "Urdu has Arabic {c}");
        }
    }

    #[test]
    fn latin_accents_follow_the_locale() {
        for (plain, shifted) in "ąćęłńóśźż".chars().zip("ĄĆĘŁŃÓŚŹŻ".chars()) {
            assert!(
                has(Latin, "pl", false, plain) && has(Latin, "pl", true, shifted),
                "{plain}"
            );
            assert!(!has(Latin, "en-GB", false, plain), "{plain}");
        }
        // Romanian needs comma below (U+0219, U+021B), not cedilla (U+015F, U+0163).
        assert!(has(Latin, "ro", false, '\u{0219}') && has(Latin, "ro", false, '\u{021B}'));
        assert!(has(Latin, "ro", true, '\u{0218}') && has(Latin, "ro", true, '\u{021A}'));
        assert!(!has(Latin, "ro", false, '\u{015F}') && !has(Latin, "ro", false, '\u{0163}'));
        assert!(has(Latin, "so", false, "'") && !has(Latin, "so", false, "é"));
        for locale in ["en-GB", "zh-Hans", "hi"] {
            for c in "éèçñüö".chars() {
                assert!(has(Latin, locale, false, c), "{locale} {c}");
            }
        }
        for c in ".,'-@()/10".chars() {
            assert!(has(Latin, "en-GB", false, c) && has(Latin, "en-GB", true, c), "{c}");
        }
        assert!(has(Latin, "en-GB", true, "Q") && !has(Latin, "en-GB", true, "q"));
    }

    #[test]
    fn email_numeric_phone_and_postcode_keys() {
        for c in ["@", ".", "-", "_", ".com", ".co.uk"] {
            assert!(has(Email, "ur", false, c) && has(Email, "ur", true, c), "{c}");
        }
        assert_eq!(
            names(Numeric, "", false),
            ["1 2 3", "4 5 6", "7 8 9", "backspace 0 enter"]
        );
        let phone = ["1 2 3", "4 5 6", "7 8 9", "+ 0 space", "backspace enter"];
        assert_eq!(names(Phone, "", true), phone);
        let mut postcode = inserts(Postcode, "en-GB", false);
        postcode.sort();
        let expected: Vec<String> = ('0'..='9').chain('A'..='Z').map(String::from).collect();
        assert_eq!(postcode, expected);
    }

    #[test]
    fn apply_edits_at_the_end() {
        assert_eq!(apply("caf", &KeyAction::Insert("é".into())), "café");
        assert_eq!(apply("a", &KeyAction::Space), "a ");
        assert_eq!(apply("hello", &KeyAction::Clear), "");
        for action in [KeyAction::Enter, KeyAction::Shift, KeyAction::SwitchScript] {
            assert_eq!(apply("ab", &action), "ab");
        }
        assert_eq!(apply("café", &KeyAction::Backspace), "caf");
        assert_eq!(apply("", &KeyAction::Backspace), "");
    }

    #[test]
    fn backspace_steps_back_one_keystroke() {
        let mut text = "क्ष".to_string();
        for expected in ["क्", "क", ""] {
            text = apply(&text, &KeyAction::Backspace);
            assert_eq!(text, expected);
        }
        // An earlier vowel sign survives: only the last keystroke goes.
        assert_eq!(apply("किताब", &KeyAction::Backspace), "किता");
        // Invisible joiners go with their neighbour.
        assert_eq!(apply("क्\u{200D}ष", &KeyAction::Backspace), "क्");
        assert_eq!(apply("क्\u{200D}", &KeyAction::Backspace), "क");
        assert_eq!(apply("\u{200C}", &KeyAction::Backspace), "");
    }
}
