//! What the page says about one ticket, already in its language: the words both the first render
//! and each live update (the JSON the page's script redraws from) are made of. It chooses and
//! formats messages; it writes no HTML (see [`super::html`]).

use crate::i18n::{ArgValue, FALLBACK, Translations};
use crate::queue::mobile::{MoreTime, Phase, TicketStatus};
use serde::Serialize;

/// The page's texts for one status. Serialised as the update JSON: the page's script reads these
/// names, so keep them in step with [`super::assets::SCRIPT`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Texts {
    /// `waiting`, `called`, `serving`, `parked`, `done` or `missed`: the page's look.
    pub phase: &'static str,
    /// The counter, when called or being seen.
    pub counter: Option<u32>,
    /// Times called again, so a recall is noticed even when its words do not change.
    pub recalls: u32,
    /// The document title: the called line while called, else the ticket.
    pub title: String,
    /// "Your turn: go to counter 2", or empty.
    pub called: String,
    /// Where the ticket is ("You are 3rd in the queue"), or what happened to it.
    pub main: String,
    /// The estimate ("About 12 minutes"), or empty.
    pub sub: String,
    /// "Then: Council Tax", one per service still to come.
    pub then: Vec<String>,
    /// The out-of-date warning, or empty.
    pub stale: String,
    /// `offered`, `used` or `no`.
    pub more: &'static str,
    /// What "I need more time" does ("It moves you back 3 places, once."), or empty.
    pub more_hint: String,
}

/// The locale tag the page speaks: the ticket's if bundled, else en-GB.
pub fn page_tag<'a>(tr: &'a Translations, status: &TicketStatus) -> &'a str {
    tr.get(&status.locale)
        .or_else(|| tr.get(FALLBACK))
        .map_or(FALLBACK, |l| l.tag.as_str())
}

/// One `mobile-*` (or other `queue.ftl`) message in `tag`.
pub fn msg(tr: &Translations, tag: &str, id: &str, args: &[(&str, ArgValue)]) -> String {
    tr.file_text(tag, "queue.ftl", id, args)
}

/// A service's name in `tag`, or its id where `queue.ftl` names it nowhere.
pub fn service_name(tr: &Translations, tag: &str, id: &str) -> String {
    let key = format!("queue-service-{id}");
    let s = msg(tr, tag, &key, &[]);
    if s == key { id.to_owned() } else { s }
}

fn num(n: u32) -> ArgValue<'static> {
    ArgValue::Num(i64::from(n))
}

/// Everything the page says about `status`.
pub fn texts(tr: &Translations, status: &TicketStatus) -> Texts {
    let tag = page_tag(tr, status);
    let m = |id: &str, args: &[(&str, ArgValue)]| msg(tr, tag, id, args);
    let ticket_title = m("mobile-page-title", &[("ticket", ArgValue::Str(&status.label))]);
    let mut t = Texts {
        phase: "waiting",
        counter: None,
        recalls: 0,
        title: ticket_title.clone(),
        called: String::new(),
        main: String::new(),
        sub: String::new(),
        then: Vec::new(),
        stale: if status.stale {
            m("mobile-stale", &[])
        } else {
            String::new()
        },
        more: "no",
        more_hint: String::new(),
    };
    match status.phase {
        Phase::Waiting { position, wait_minutes } => {
            t.main = if position <= 1 {
                m("mobile-next", &[])
            } else {
                m("mobile-position", &[("position", num(position))])
            };
            t.sub = match wait_minutes {
                Some(w) => m("mobile-wait", &[("minutes", num(w))]),
                None => m("mobile-no-counter", &[]),
            };
        }
        Phase::Called { counter, recalls } => {
            t.phase = "called";
            t.counter = Some(counter);
            t.recalls = recalls;
            let id = if recalls > 0 {
                "mobile-recalled"
            } else {
                "mobile-called"
            };
            t.called = m(id, &[("counter", num(counter))]);
            t.title = t.called.clone();
        }
        Phase::Serving { counter } => {
            t.phase = "serving";
            t.counter = Some(counter);
            t.main = m("mobile-serving", &[("counter", num(counter))]);
        }
        Phase::Parked => {
            t.phase = "parked";
            t.main = m("mobile-parked", &[]);
        }
        Phase::Done => {
            t.phase = "done";
            t.main = m("mobile-done", &[]);
        }
        Phase::Missed => {
            t.phase = "missed";
            t.main = m("mobile-missed", &[]);
        }
    }
    // What follows matters until the visit is over.
    if !matches!(status.phase, Phase::Done | Phase::Missed) {
        t.then = status
            .next_services
            .iter()
            .map(|s| m("mobile-then", &[("service", ArgValue::Str(&service_name(tr, tag, s)))]))
            .collect();
    }
    match status.more_time {
        MoreTime::Offered { places } => {
            t.more = "offered";
            t.more_hint = m("mobile-more-time-hint", &[("places", num(places))]);
        }
        MoreTime::Used => t.more = "used",
        MoreTime::No => {}
    }
    t
}
