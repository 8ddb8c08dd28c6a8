//! What the board shows, as plain data: from the hub's engine replica, the recent call events and
//! whether the hub is reachable, a [`BoardView`] in one locale (now calling, the last calls, and
//! per service the number waiting and the estimated wait). Pure: no Slint, no clock, no I/O; the
//! board's controller copies it into the window.

use super::services::{self, Services};
use onestop::i18n::{ArgValue, Translations};
use onestop::queue::{Engine, Event, Sequenced, TicketState};

/// How many earlier calls the board lists beside the current ones.
pub const LAST_CALLS: usize = 6;

/// The most calls "Now calling" shows (the newest large, the others beneath it); tickets still
/// called beyond these head the last calls instead, so none is ever hidden.
pub const NOW_CALLING: usize = 4;

/// One call to a counter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallLine {
    /// The engine's ticket id.
    pub ticket: u64,
    /// What the visitor holds, e.g. `A042`.
    pub label: String,
    /// The counter it was called to.
    pub counter: u32,
    /// "Counter 3", in the view's locale.
    pub counter_text: String,
    /// Called again and still not at the counter.
    pub recall: bool,
    /// The service the ticket is called for (its id).
    pub service: String,
    /// "then Council Tax" in the view's locale when the visit has a service still to come;
    /// else empty.
    pub then: String,
}

/// One service's queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceLine {
    /// The Fluent message naming it, `queue-service-<id>`.
    pub name_key: String,
    /// Its name in the view's locale (its id where no locale names it).
    pub name: String,
    /// Tickets waiting for it.
    pub waiting: usize,
    /// The estimated wait for a new ticket, in minutes; `None` while no open counter serves it.
    pub minutes: Option<u32>,
    /// "3 waiting", in the view's locale.
    pub waiting_text: String,
    /// "About 24 min", or "No counter open now", in the view's locale.
    pub wait_text: String,
}

/// The state of the link to the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Live.
    Connected,
    /// Lost; what is shown is the last state known.
    Reconnecting,
    /// Never reached yet: nothing to show.
    Connecting,
}

/// Everything on the board, in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardView {
    /// The locale's tag.
    pub tag: String,
    /// Mirror the layout.
    pub rtl: bool,
    /// The bundled font family for the locale's script.
    pub font: String,
    /// Every ticket called to an open counter whose visitor has not reached it yet, newest
    /// first (at most [`NOW_CALLING`]): the first is shown large.
    pub now: Vec<CallLine>,
    /// The other calls, newest first: tickets still called beyond [`NOW_CALLING`] first, then
    /// those whose visitor came (or was sent on).
    pub last: Vec<CallLine>,
    /// Every service, in the site's order.
    pub services: Vec<ServiceLine>,
    /// The link to the hub.
    pub link: Link,
    /// Fixed words: headings, the recall mark, the empty state and the connection banner.
    pub words: Words,
}

/// The board's fixed words in the view's locale.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words {
    /// "Now calling".
    pub now_calling: String,
    /// "Recall".
    pub recall: String,
    /// "Last calls".
    pub last_calls: String,
    /// "Waiting now".
    pub services: String,
    /// "Please wait to be called".
    pub no_calls: String,
    /// Empty when connected, else why the board may be out of date.
    pub banner: String,
    /// "Calls are not read out at the moment…": for visitors, when the board cannot be heard.
    pub silent: String,
    /// Outside the site's opening hours (as the hub's snapshot gives them): "Closed, opens at
    /// 09:00"; empty while open or before the hub was reached.
    pub closed: String,
}

/// A message from `queue.ftl`.
pub fn text(tr: &Translations, tag: &str, id: &str, args: &[(&str, ArgValue)]) -> String {
    tr.file_text(tag, "queue.ftl", id, args)
}

/// Every call known, newest first, one line per ticket: from `events` (`Called`/`Recalled`,
/// oldest first) and, for calls made before this board started, from the replica's called
/// tickets. A ticket sent back to waiting (transfer, park) or that did not come is left out.
pub fn calls(engine: &Engine, events: &[Sequenced]) -> Vec<(i64, u64, u32)> {
    let mut out: Vec<(i64, u64, u32)> = Vec::new();
    for ev in events.iter().rev() {
        let (ticket, counter) = match &ev.event {
            Event::Called { ticket, counter } => (*ticket, Some(*counter)),
            Event::Recalled { ticket, .. } => (*ticket, None),
            _ => continue,
        };
        if out.iter().any(|(_, t, _)| *t == ticket) {
            continue;
        }
        let Some(t) = engine.ticket(ticket) else { continue };
        let counter = match t.state {
            TicketState::Called | TicketState::Serving => t.counter,
            TicketState::Done => counter.or(t.counter),
            _ => None,
        };
        if let Some(c) = counter {
            out.push((ev.at_ms, ticket, c));
        }
    }
    for t in engine.tickets() {
        if t.state == TicketState::Called
            && !out.iter().any(|(_, id, _)| *id == t.id)
            && let (Some(c), Some(at)) = (t.counter, t.first_called_ms)
        {
            out.push((at, t.id, c));
        }
    }
    // Stable: among equal times the event order (newest first) stands.
    out.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
    out
}

/// "Closed, opens at 09:00" in `tag` when `hours` are closed at `now` (Unix seconds), else empty.
pub fn closed_words(hours: &onestop::hours::Hours, now: i64, tr: &Translations, tag: &str) -> String {
    if hours.is_open(now) {
        return String::new();
    }
    match hours.next_opening(now) {
        None => text(tr, tag, "queue-board-closed", &[]),
        Some(o) => {
            let today = hours.local(now).date();
            let (clock, date) = (o.local.clock(), o.local.date_text());
            text(
                tr,
                tag,
                "queue-board-closed-opens",
                &[
                    ("when", ArgValue::Str(o.local.when(today))),
                    ("time", ArgValue::Str(&clock)),
                    ("date", ArgValue::Str(&date)),
                ],
            )
        }
    }
}

impl BoardView {
    /// The board for `tag` from the replica (`None` before the hub was first reached), the recent
    /// call events (oldest first), whether the hub is reachable now, and the time (Unix seconds:
    /// for the site's opening hours).
    pub fn build(
        engine: Option<&Engine>,
        events: &[Sequenced],
        connected: bool,
        tr: &Translations,
        tag: &str,
        now: i64,
    ) -> BoardView {
        BoardView::build_for(engine, events, connected, tr, tag, now, &Services::All)
    }

    /// [`BoardView::build`] showing only the calls and queues of `services` (a board per area).
    pub fn build_for(
        engine: Option<&Engine>,
        events: &[Sequenced],
        connected: bool,
        tr: &Translations,
        tag: &str,
        now: i64,
        services: &Services,
    ) -> BoardView {
        let locale = tr.get(tag).unwrap_or_else(|| tr.fallback());
        let tag = locale.tag.as_str();
        let t = |id: &str, args: &[(&str, ArgValue)]| text(tr, tag, id, args);
        let link = match (connected, engine.is_some()) {
            (true, _) => Link::Connected,
            (false, true) => Link::Reconnecting,
            (false, false) => Link::Connecting,
        };
        let words = Words {
            now_calling: t("queue-board-now-calling", &[]),
            recall: t("queue-board-recall", &[]),
            last_calls: t("queue-board-last-calls", &[]),
            services: t("queue-board-services", &[]),
            no_calls: t("queue-board-no-calls", &[]),
            banner: match link {
                Link::Connected => String::new(),
                Link::Reconnecting => t("queue-board-offline", &[]),
                Link::Connecting => t("queue-board-connecting", &[]),
            },
            silent: t("queue-board-silent", &[]),
            closed: engine.map_or_else(String::new, |e| closed_words(&e.config().hours, now, tr, tag)),
        };
        let mut view = BoardView {
            tag: tag.to_owned(),
            rtl: locale.is_rtl(),
            font: locale.info.font.clone(),
            now: Vec::new(),
            last: Vec::new(),
            services: Vec::new(),
            link,
            words,
        };
        let Some(engine) = engine else { return view };
        // Called and not there yet, at a counter that is open: the visitor should be on the way.
        let open: Vec<u32> = engine.open_counters().collect();
        let (mut now, earlier): (Vec<_>, Vec<_>) = calls(engine, events)
            .into_iter()
            .filter_map(|(_, id, counter)| {
                let ticket = engine.ticket(id).filter(|t| services.shows(&t.service))?;
                let called = ticket.state == TicketState::Called;
                let line = CallLine {
                    ticket: id,
                    label: ticket.label.clone(),
                    counter,
                    counter_text: t("queue-board-counter", &[("counter", ArgValue::Num(counter.into()))]),
                    recall: called && ticket.recalls > 0,
                    service: ticket.service.clone(),
                    then: services::then(tr, tag, ticket),
                };
                Some((called && open.contains(&counter), line))
            })
            .partition(|(calling, _)| *calling);
        let more = now.split_off(now.len().min(NOW_CALLING));
        view.now = now.into_iter().map(|(_, l)| l).collect();
        view.last = more
            .into_iter()
            .chain(earlier)
            .map(|(_, l)| l)
            .take(LAST_CALLS)
            .collect();
        for s in engine.config().services.iter().filter(|s| services.shows(&s.id)) {
            let name_key = format!("queue-service-{}", s.id);
            let name = services::name(tr, tag, &s.id);
            let waiting = engine.waiting_count(&s.id);
            let minutes = engine.estimated_wait_minutes(&s.id);
            view.services.push(ServiceLine {
                waiting_text: t(
                    "queue-board-waiting",
                    &[("count", ArgValue::Num(i64::try_from(waiting).unwrap_or(i64::MAX)))],
                ),
                wait_text: match minutes {
                    Some(m) => t("queue-board-wait", &[("minutes", ArgValue::Num(m.into()))]),
                    None => t("queue-board-no-counter", &[]),
                },
                name_key,
                name,
                waiting,
                minutes,
            });
        }
        view
    }
}

#[cfg(test)]
mod tests;
