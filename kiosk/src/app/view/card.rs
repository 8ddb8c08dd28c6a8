//! The card's words: the hint on the menu, the notice on the form pages, the PIN pad (dots only)
//! and the consent page.

use super::Words;
use crate::app::{App, Env, Screen};
use onestop::i18n::ArgValue;

/// Everything the card pages and notices show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    /// "Have a library card? Tap or scan it" on the menu.
    pub hint: String,
    /// What happened to the last card.
    pub notice: String,
    /// The pad's heading and hint.
    pub pin_title: String,
    /// Under it.
    pub pin_hint: String,
    /// A dot per digit.
    pub pin_dots: String,
    /// "3 digits typed".
    pub pin_typed: String,
    /// What the pad says.
    pub pin_message: String,
    /// It is an error.
    pub pin_error: bool,
    /// A lookup is in flight.
    pub checking: bool,
    /// "Continue".
    pub pin_continue: String,
    /// "Cancel".
    pub cancel: String,
    /// The consent page's heading and body.
    pub consent_title: String,
    /// What agreeing means.
    pub consent_body: String,
    /// What the card's provider holds, a line each.
    pub details: Vec<String>,
    /// "Use these details".
    pub yes: String,
    /// "Do not use them".
    pub no: String,
}

/// The card's words.
pub fn card(app: &App, env: &Env) -> CardView {
    let w = Words::of(app, env);
    let flow = &app.card;
    let digits = flow.typed.chars().count();
    CardView {
        hint: if env.card.provider.is_some() && app.nav.screen() == Screen::Menu && flow.identity.is_none() {
            w.t("card-hint")
        } else {
            String::new()
        },
        notice: flow.notice.as_deref().map_or_else(String::new, |id| w.t(id)),
        pin_title: w.t("card-pin-title"),
        pin_hint: w.t("card-pin-hint"),
        pin_dots: "●".repeat(digits),
        pin_typed: w.ta("card-pin-typed", &[("count", ArgValue::Num(digits as i64))]),
        pin_message: match &flow.pad_message {
            Some((id, _, n)) if id == "card-pin-wrong" => w.ta(id, &[("left", ArgValue::Num(*n))]),
            Some((id, _, _)) => w.t(id),
            None => String::new(),
        },
        pin_error: flow.pad_message.as_ref().is_some_and(|(_, e, _)| *e),
        checking: flow.checking.is_some(),
        pin_continue: w.t("continue"),
        cancel: w.t("card-cancel"),
        consent_title: w.t("card-consent-title"),
        consent_body: w.t("card-consent-body"),
        details: flow.detail_lines(),
        yes: w.t("card-consent-yes"),
        no: w.t("card-consent-no"),
    }
}
