//! A visitor's access settings and the keypad's state for one visit: whether a keypad has been
//! used (the focus ring shows), whether speech is on, what has focus, what was last said (so a
//! change is said once), the volume, and the low layout. Reset at every visit's end.

/// The keypad, speech and layout state of a visit.
#[derive(Debug, Clone, Default)]
pub struct Access {
    /// A keypad or keyboard key has moved focus this visit: the focus ring shows.
    pub keypad: bool,
    /// Focus changes and new screens are spoken.
    pub speaking: bool,
    /// The focused element's id.
    pub focus: String,
    /// The page (and dialog) focus was placed on: a new one places it afresh.
    pub placed: Option<(u64, u8)>,
    /// The focused element as last described, to say only what changed.
    pub said: Option<super::focus::Element>,
    /// The problems last said.
    pub alert: String,
    /// Digits on the PIN pad last counted ("digit entered" for each new one).
    pub pin_len: usize,
    /// Volume, 0 to 100.
    pub volume: u8,
    /// The low layout.
    pub low: bool,
    /// Speech is in English because the visitor's language has no voice: the screen says so.
    pub english_voice_note: bool,
}
