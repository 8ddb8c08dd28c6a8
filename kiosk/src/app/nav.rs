//! Where the visitor is: one [`Screen`] and a back stack of screens to return to. It decides, for
//! every screen, whether the on-screen keyboard shows, when the page scrolls back to the top, and
//! what Back means. Nothing else switches screens.

/// Every screen the kiosk shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Choose a language; the council's greeting.
    #[default]
    Welcome,
    /// The services: forms, "Take a ticket", "Track an enquiry".
    Menu,
    /// One question of a form.
    Question,
    /// "Check your answers".
    Check,
    /// Sent: the reference.
    Confirm,
    /// "Track an enquiry".
    Track,
    /// The staff PIN pad.
    StaffPin,
    /// The staff screen.
    Staff,
    /// "Take a ticket": choose a service.
    Ticket,
    /// "Take a ticket": "Do you need anything else today?", further services for the visit.
    TicketAlso,
    /// "Take a ticket": type an appointment reference.
    TicketAppointment,
    /// The ticket, or why there is none.
    TicketIssued,
    /// "Get a text when it's your turn": the consent and a mobile number.
    TicketSms,
    /// A card's PIN pad.
    CardPin,
    /// What the card holds: use it or not.
    CardConsent,
    /// "How was this?": five faces, or Skip.
    Rate,
}

impl Screen {
    /// Whether this screen belongs to a visitor (the header offers "Language" and "Start again").
    pub fn is_visitor(self) -> bool {
        !matches!(self, Screen::Welcome | Screen::StaffPin | Screen::Staff)
    }

    /// Whether this screen is the staff's (the staff language, the staff PIN pad).
    pub fn is_staff(self) -> bool {
        matches!(self, Screen::StaffPin | Screen::Staff)
    }

    /// Whether a card read here starts signing in.
    pub fn takes_cards(self) -> bool {
        matches!(self, Screen::Menu | Screen::Question | Screen::Check)
    }

    /// Whether this screen has a text box the on-screen keyboard types into (or a pad).
    pub fn has_keyboard(self) -> bool {
        matches!(
            self,
            Screen::Question
                | Screen::Track
                | Screen::TicketAppointment
                | Screen::TicketSms
                | Screen::StaffPin
                | Screen::CardPin
        )
    }
}

/// A page's main actions, kept in a bar just above the on-screen keyboard while it shows, so the
/// keyboard never hides them; the page's own buttons give way to the bar. Each is a message id
/// for its words and an action name for [`super::Msg::Action`], the main one first.
pub fn actions(screen: Screen) -> &'static [(&'static str, &'static str)] {
    match screen {
        Screen::Question | Screen::TicketAppointment => &[("continue", "continue")],
        Screen::Track => &[("track-find", "find")],
        Screen::TicketSms => &[("ticket-sms-send", "sms-send"), ("ticket-sms-no", "sms-no")],
        Screen::CardPin => &[("continue", "card-continue"), ("card-cancel", "card-cancel")],
        Screen::StaffPin => &[("staff-pin-unlock", "unlock"), ("staff-close", "close")],
        _ => &[],
    }
}

/// The screen showing and the ones to return to.
#[derive(Debug, Clone, Default)]
pub struct Nav {
    screen: Screen,
    /// Screens left for a detour (the language list, a card's pad and consent page), most
    /// recent last: Back, or finishing the detour, returns to the last.
    stack: Vec<Screen>,
    /// Bumped whenever a new page (or question) appears: the shell scrolls to the top.
    scroll: u64,
}

impl Nav {
    /// The screen showing.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// How many times the page has been replaced (the shell scrolls to the top on a change).
    pub fn scroll(&self) -> u64 {
        self.scroll
    }

    /// Move on to `to`: the screens left for detours are forgotten.
    pub fn go(&mut self, to: Screen) {
        self.stack.clear();
        self.show(to);
    }

    /// Show `to` in place of this screen, keeping the detours (a new question of the same form).
    pub fn show(&mut self, to: Screen) {
        self.screen = to;
        self.scroll += 1;
    }

    /// A detour: show `to`, and come back here when it ends. A detour from a detour returns to
    /// where the first one started.
    pub fn detour(&mut self, to: Screen) {
        if self.stack.is_empty() {
            self.stack.push(self.screen);
        }
        self.show(to);
    }

    /// End a detour: back to where it started, or `otherwise` when there was none.
    pub fn end_detour(&mut self, otherwise: Screen) -> Screen {
        let to = self.stack.pop().unwrap_or(otherwise);
        self.stack.clear();
        self.show(to);
        to
    }

    /// Whether a detour is under way.
    pub fn in_detour(&self) -> bool {
        !self.stack.is_empty()
    }

    /// Only a scroll to the top (the error summary after a failed Continue).
    pub fn scroll_top(&mut self) {
        self.scroll += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detour_returns_where_it_started_even_from_a_second_detour() {
        let mut nav = Nav::default();
        nav.go(Screen::Question);
        nav.detour(Screen::CardPin);
        nav.detour(Screen::CardConsent);
        assert_eq!(nav.end_detour(Screen::Menu), Screen::Question);
        assert!(!nav.in_detour());
        assert_eq!(nav.end_detour(Screen::Menu), Screen::Menu);
    }

    #[test]
    fn every_change_of_page_scrolls_to_the_top() {
        let mut nav = Nav::default();
        let before = nav.scroll();
        nav.go(Screen::Menu);
        nav.show(Screen::Question);
        assert_eq!(nav.scroll(), before + 2);
    }
}
