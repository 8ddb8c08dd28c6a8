//! What pressing a focused element does: an [`Act`] for each kind of control, and the
//! [`Msg`] it sends (the same one a tap sends), so the keypad and the touchscreen do one thing.

use super::Msg;

/// What pressing an element does: the message it sends (each variant mirrors one of [`Msg`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// [`Msg::ShowLanguages`].
    ShowLanguages,
    /// [`Msg::ToggleLargeText`].
    ToggleLargeText,
    /// Read the page aloud.
    Listen,
    /// The low layout on or off.
    ToggleLow,
    /// [`Msg::StartAgain`].
    StartAgain,
    /// [`Msg::StayInVisit`].
    Stay,
    /// [`Msg::Finish`].
    Finish,
    /// [`Msg::MoreTime`].
    MoreTime,
    /// [`Msg::Done`].
    Done,
    /// [`Msg::ChooseLanguage`].
    Language(String),
    /// [`Msg::OpenService`].
    Service(String),
    /// [`Msg::Toggle`].
    Toggle(String),
    /// [`Msg::FocusPart`]: a text box (pressing it keeps typing there).
    Part(i32),
    /// [`Msg::Press`].
    Press(i32, i32),
    /// [`Msg::Action`].
    Action(String),
    /// [`Msg::Back`].
    Back,
    /// [`Msg::Continue`].
    Continue,
    /// [`Msg::Change`].
    Change(String),
    /// [`Msg::Send`].
    Send,
    /// [`Msg::TicketTake`].
    Take(String),
    /// [`Msg::TicketExtraHelp`].
    ExtraHelp,
    /// [`Msg::TicketAppointment`].
    Appointment,
    /// [`Msg::Sms`].
    Sms(super::sms::SmsMsg),
    /// [`Msg::TicketAlso`].
    Also(String),
    /// [`Msg::TicketAlsoDone`].
    AlsoDone,
    /// [`Msg::CallHelp`].
    CallHelp,
    /// [`Msg::HelpDismiss`].
    HelpDismiss,
    /// [`Msg::TicketBack`].
    TicketBack,
    /// [`Msg::CardConsent`].
    Consent(bool),
    /// A face on "How was this?" (1 to 5), or 0 to skip.
    Rate(u8),
    /// A staff button, by its action name.
    Staff(&'static str),
}

impl Act {
    /// The message pressing it sends.
    pub fn msg(&self) -> Msg {
        match self.clone() {
            Act::ShowLanguages => Msg::ShowLanguages,
            Act::ToggleLargeText => Msg::ToggleLargeText,
            Act::Listen => Msg::Listen,
            Act::ToggleLow => Msg::ToggleLow,
            Act::StartAgain => Msg::StartAgain,
            Act::Stay => Msg::StayInVisit,
            Act::Finish => Msg::Finish,
            Act::MoreTime => Msg::MoreTime,
            Act::Done => Msg::Done,
            Act::Language(t) => Msg::ChooseLanguage(t),
            Act::Service(id) => Msg::OpenService(id),
            Act::Toggle(id) => Msg::Toggle(id),
            Act::Part(p) => Msg::FocusPart(p),
            Act::Press(r, c) => Msg::Press(r, c),
            Act::Action(a) => Msg::Action(a),
            Act::Back => Msg::Back,
            Act::Continue => Msg::Continue,
            Act::Change(id) => Msg::Change(id),
            Act::Send => Msg::Send,
            Act::Take(id) => Msg::TicketTake(id),
            Act::ExtraHelp => Msg::TicketExtraHelp,
            Act::Appointment => Msg::TicketAppointment,
            Act::Also(id) => Msg::TicketAlso(id),
            Act::Sms(step) => Msg::Sms(step),
            Act::AlsoDone => Msg::TicketAlsoDone,
            Act::CallHelp => Msg::CallHelp,
            Act::HelpDismiss => Msg::HelpDismiss,
            Act::TicketBack => Msg::TicketBack,
            Act::Consent(yes) => Msg::CardConsent(yes),
            Act::Rate(n) => Msg::Rate(n),
            Act::Staff(name) => match name {
                "refresh" => Msg::StaffRefresh,
                "send-now" => Msg::StaffSendNow,
                "print-test" => Msg::StaffPrintTest,
                _ => Msg::StaffClose,
            },
        }
    }
}
