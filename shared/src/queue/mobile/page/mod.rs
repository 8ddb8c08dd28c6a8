//! Renders a mobile ticket page: the whole HTML document in the ticket's language (one inline
//! style, one inline script, nothing fetched but its own updates), the JSON its script redraws
//! from, the Content-Security-Policy that allows exactly that, and the one "not available" page
//! for every token that is not a live ticket's. It does not route, hold tokens or stream: the
//! hub does, with these strings.
//!
//! Layout: [`texts`] chooses and formats the words, [`html`] writes them into the document,
//! [`assets`] holds the style and script.

pub mod assets;
pub mod html;
pub mod texts;

use crate::i18n::Translations;
use crate::queue::mobile::TicketStatus;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// The whole page for `status`, reached at `/t/<token>`; everything inline.
pub fn render(tr: &Translations, status: &TicketStatus, token: &str) -> String {
    html::document(tr, status, token)
}

/// One line of JSON with what the page's script needs to redraw: localised texts, the phase and
/// the counter. Sent as an SSE `data:` line and by `GET /t/<token>/status`.
pub fn update_json(tr: &Translations, status: &TicketStatus) -> String {
    let mut value = serde_json::to_value(texts::texts(tr, status)).expect("plain strings and numbers serialise");
    // The figures too, for other clients of `…/status` (and tests): the texts are for people.
    if let (super::Phase::Waiting { position, wait_minutes }, Some(map)) = (&status.phase, value.as_object_mut()) {
        map.insert("position".into(), (*position).into());
        map.insert("wait_minutes".into(), (*wait_minutes).into());
    }
    let json = value.to_string();
    // `<` only occurs inside strings here; escaped, the JSON is inert even if someone pastes it
    // into HTML. Compact serde_json output has no raw newlines, so it is one SSE data line.
    json.replace('<', "\\u003c")
}

/// The page's Content-Security-Policy: nothing but its own inline style and script (by hash),
/// and connections, form posts only to its own origin.
pub fn csp() -> String {
    static CSP: LazyLock<String> = LazyLock::new(|| {
        format!(
            "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; connect-src 'self'; \
             form-action 'self'; base-uri 'none'; frame-ancestors 'none'; img-src 'none'",
            sha256_b64(assets::SCRIPT),
            sha256_b64(assets::STYLE)
        )
    });
    CSP.clone()
}

fn sha256_b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// The body for any token that is not a live ticket's (guessed, expired, another day's): the
/// same bytes every time, so it tells nothing about which it was.
pub fn not_found() -> String {
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
     <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
     <title>Not available</title></head><body><p>This ticket page is not available. Ask at reception.</p></body></html>\n"
        .to_owned()
}

#[cfg(test)]
mod tests;
