//! "How was this?": the one-tap rating at the end of a visit (after a form's confirmation and
//! after a ticket), five labelled faces or Skip. What is rated is the form or queue service, and
//! nothing about the visitor: the shell stores only a count for the day.

use super::effect::Effect;
use super::view::Words;
use super::{App, Env, Screen};

/// What a rating is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rated {
    /// A form, by its id.
    Form(String),
    /// A queue service, by its id.
    Service(String),
}

/// The faces' scores and words, in the order shown: very good (5) first.
pub fn faces(w: &Words) -> Vec<(u8, String)> {
    (1..=5u8).rev().map(|n| (n, w.t(&format!("rate-{n}")))).collect()
}

impl App {
    /// "Finish" on the confirmation or the ticket: ask how it was, or end the visit when there
    /// is nothing to rate.
    pub(super) fn done(&mut self, env: &Env, fx: &mut Vec<Effect>) {
        let rated = match self.nav.screen() {
            Screen::Confirm => self.form.receipt.as_ref().map(|(_, form)| Rated::Form(form.clone())),
            Screen::TicketIssued => self.ticket.issued.as_ref().map(|i| Rated::Service(i.service.clone())),
            _ => None,
        };
        match rated {
            Some(r) => {
                self.rate = Some(r);
                self.nav.go(Screen::Rate);
            }
            None => fx.extend(self.wipe(env.ctx)),
        }
    }

    /// A face (1 to 5), or Skip (0): stored or not, then the visit ends.
    pub(super) fn rated(&mut self, score: u8, env: &Env, fx: &mut Vec<Effect>) {
        if self.nav.screen() != Screen::Rate {
            return;
        }
        if let (Some(subject), 1..=5) = (self.rate.take(), score) {
            fx.push(Effect::Rate { subject, score });
        }
        // A visitor listening hears the visit end: "Thank you", after speech is stopped.
        let thanks = self.access.speaking.then(|| {
            let locale = super::speak::speech_locale(&self.session.locale).to_owned();
            let voice = super::speak::voice(&locale).unwrap_or("en-gb");
            (voice, env.ctx.translations.text(&locale, "rate-thanks", &[]))
        });
        fx.extend(self.wipe(env.ctx));
        if let Some((voice, text)) = thanks {
            fx.push(Effect::Say { voice, text });
        }
    }
}
