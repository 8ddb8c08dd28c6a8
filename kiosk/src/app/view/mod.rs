//! Pure view builders: an [`App`] and its [`Env`] become plain structs of words and lists, one
//! per page and one for the chrome (header, keyboard, timeout, "Start again?"). The shell copies
//! each whole struct to the screen; nothing else decides what a page says.

mod address;
mod answers;
mod card;
mod chrome;
mod pages;
mod rate;
mod staff;
mod staff_lines;
mod ticket;

pub use answers::{CheckRowView, CheckView, ConfirmView, TrackPageView, check, confirm, track};
pub use card::{CardView, card};
pub use chrome::{ActionView, ChromeView, KeyRowView, KeyView, chrome};
pub use pages::{
    ChoiceView, DiagramView, ErrorView, LanguageView, MenuView, QuestionView, RegionView, ServiceView, WelcomeView,
    menu, question, welcome,
};
pub use rate::{RateView, rate};
pub use staff::{StaffCountView, StaffItemView, StaffPinView, StaffView, staff, staff_pin};
pub use ticket::{AlsoView, QueueServiceView, TicketView, ticket};

use super::{App, Env};
use onestop::i18n::ArgValue;

/// The words of one language.
pub struct Words<'a> {
    env: &'a Env<'a>,
    locale: &'a str,
}

impl<'a> Words<'a> {
    /// The visitor's words (the staff's on the staff screens).
    pub fn of(app: &'a App, env: &'a Env<'a>) -> Words<'a> {
        Words {
            env,
            locale: &app.session.locale,
        }
    }

    /// A message.
    pub fn t(&self, id: &str) -> String {
        self.env.ctx.translations.text(self.locale, id, &[])
    }

    /// A message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        self.env.ctx.translations.text(self.locale, id, args)
    }

    /// A form's own text.
    pub fn form(&self, form: &str, id: &str, attr: Option<&str>) -> String {
        self.env.ctx.translations.form_text(self.locale, form, id, attr)
    }

    /// A form's own text, if it has it.
    pub fn form_opt(&self, form: &str, id: &str, attr: Option<&str>) -> Option<String> {
        self.env.ctx.translations.form_text_opt(self.locale, form, id, attr)
    }

    /// A staff screen message (`staff.ftl`, in the staff language).
    pub fn staff(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        let locale = &self.env.ctx.config.staff.locale;
        self.env.ctx.translations.file_text(locale, "staff.ftl", id, args)
    }
}

/// A queue service's name in `locale` (its id when this kiosk has no words for it).
pub fn service_name(env: &Env, locale: &str, id: &str) -> String {
    let key = format!("ticket-service-{id}");
    let text = env.ctx.translations.text(locale, &key, &[]);
    if text == key { id.to_owned() } else { text }
}

/// The printer line of the confirmation or ticket page: `prefix` is `print-receipt` or
/// `print-ticket`; the flag says it failed.
pub fn print_note(app: &App, w: &Words, prefix: &str) -> (String, bool) {
    use super::Printout;
    match app.printout {
        Printout::None => (String::new(), false),
        Printout::Printing(_) => (w.t(&format!("{prefix}-printing")), false),
        Printout::Printed => (w.t(&format!("{prefix}-done")), false),
        Printout::Failed => (w.t(&format!("{prefix}-failed")), true),
    }
}
