//! The on-screen keyboard's state: which layout shows (the visitor's script, Latin, digits, a
//! postcode pad) and whether Shift is down. Which keyboard a box gets is decided here too.

use onestop::keyboard::{self, InputKind, Layout};

/// The keyboard's layout and Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typing {
    /// The layout showing.
    pub layout: Layout,
    /// Shift is down.
    pub shifted: bool,
}

impl Default for Typing {
    fn default() -> Typing {
        Typing {
            layout: Layout::Latin,
            shifted: false,
        }
    }
}

impl Typing {
    /// The visitor's own script.
    pub fn for_locale(locale: &str) -> Typing {
        Typing {
            layout: Layout::native(locale),
            shifted: false,
        }
    }

    /// The keyboard for a box of this kind (the visitor's script when it is not a box of its own).
    pub fn for_input(&mut self, kind: Option<InputKind>, locale: &str) {
        self.layout = kind.map_or(Layout::native(locale), |k| keyboard::layout_for(k, locale));
        self.shifted = false;
    }

    /// A fixed layout (the PIN pads, references).
    pub fn set(&mut self, layout: Layout) {
        self.layout = layout;
        self.shifted = false;
    }

    /// The language changed: a script keyboard follows it; digits and postcodes stay.
    pub fn language_changed(&mut self, locale: &str) {
        if !matches!(
            self.layout,
            Layout::Numeric | Layout::Phone | Layout::Postcode | Layout::Email
        ) {
            self.layout = Layout::native(locale);
        }
    }

    /// The switch key: the visitor's script and Latin in turn.
    pub fn switch_script(&mut self, locale: &str) {
        self.layout = self.layout.toggled(locale);
        self.shifted = false;
    }

    /// A letter went in: a one-letter Shift lets go.
    pub fn typed(&mut self) {
        if self.shifted && self.layout == Layout::Latin {
            self.shifted = false;
        }
    }
}
