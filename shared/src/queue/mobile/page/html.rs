//! The page's HTML: the texts from [`super::texts`] escaped into one fixed document with the
//! inline style and script from [`super::assets`]. Every value from outside (label, token, any
//! translation) goes through [`escape`]; the token also through [`url_part`].

use super::assets::{SCRIPT, STYLE};
use super::texts::{self, msg, page_tag, service_name};
use crate::i18n::Translations;
use crate::queue::mobile::TicketStatus;
use std::fmt::Write as _;

/// `text` safe in HTML text and in a double- or single-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `token` as one URL path segment: unreserved characters kept, every other byte
/// percent-encoded, so a token can never leave `/t/<token>`.
pub fn url_part(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    for b in token.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn hidden(shown: bool) -> &'static str {
    if shown { "" } else { " hidden" }
}

/// The whole document.
pub fn document(tr: &Translations, status: &TicketStatus, token: &str) -> String {
    let tag = page_tag(tr, status);
    let dir = if tr.get(tag).is_some_and(|l| l.is_rtl()) {
        "rtl"
    } else {
        "ltr"
    };
    let t = texts::texts(tr, status);
    let base = format!("/t/{}", url_part(token));
    let e = escape;
    let mut then = String::new();
    for s in &t.then {
        let _ = write!(then, "<li>{}</li>", e(s));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\">\
<title>{title}</title><noscript><meta http-equiv=\"refresh\" content=\"30\"></noscript>\
<style>{STYLE}</style></head>\n\
<body class=\"p-{phase}\" data-p=\"{phase}\" data-r=\"{recalls}\" data-u=\"{base}\"><main>\n\
<h1><span>{your_number}</span> <span class=\"n\">{label}</span></h1>\n\
<h2 class=\"s\">{service}</h2>\n\
<div aria-live=\"assertive\" aria-atomic=\"true\"><p id=\"c\" class=\"c\">{called}</p></div>\n\
<div aria-live=\"polite\"><p id=\"m\">{main}</p><p id=\"w\">{sub}</p></div>\n\
<ul id=\"t\">{then}</ul>\n\
<p id=\"x\" role=\"status\">{stale}</p>\n\
<form id=\"f\" method=\"post\" action=\"{base}/more-time\"{f_hidden}><p id=\"h\">{hint}</p>\
<button type=\"submit\">{more}</button></form>\n\
<p id=\"g\"{g_hidden}>{used}</p>\n\
</main><script>{SCRIPT}</script></body></html>\n",
        lang = e(tag),
        title = e(&t.title),
        phase = t.phase,
        recalls = t.recalls,
        your_number = e(&msg(tr, tag, "mobile-your-number", &[])),
        label = e(&status.label),
        service = e(&service_name(tr, tag, &status.service)),
        called = e(&t.called),
        main = e(&t.main),
        sub = e(&t.sub),
        stale = e(&t.stale),
        f_hidden = hidden(t.more == "offered"),
        hint = e(&t.more_hint),
        more = e(&msg(tr, tag, "mobile-more-time", &[])),
        g_hidden = hidden(t.more == "used"),
        used = e(&msg(tr, tag, "mobile-more-time-used", &[])),
    )
}
