//! Renders a mobile ticket page. A plain first version; the full page (live script, words in
//! the ticket's language) replaces it.

use super::TicketStatus;
use crate::i18n::Translations;

/// The whole HTML document.
pub fn render(_tr: &Translations, status: &TicketStatus, _token: &str) -> String {
    format!("<!doctype html><title>{}</title><p>{}", status.label, status.label)
}

/// What a live page's script redraws from.
pub fn update_json(_tr: &Translations, status: &TicketStatus) -> String {
    serde_json::to_string(status).unwrap_or_default()
}

/// The page's Content-Security-Policy.
pub fn csp() -> String {
    "default-src 'none'".into()
}

/// The body of every 404.
pub fn not_found() -> String {
    "This ticket page is not available. Ask at reception.".into()
}
