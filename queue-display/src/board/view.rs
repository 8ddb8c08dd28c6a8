//! What the board shows, as plain data: from the hub's engine replica, the recent call events and
//! whether the hub is reachable, a [`BoardView`] in one locale (now calling, the last calls, and
//! per service the number waiting and the estimated wait). Pure: no Slint, no clock, no I/O; the
//! board's controller copies it into the window.

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
                let ticket = engine.ticket(id)?;
                let called = ticket.state == TicketState::Called;
                let line = CallLine {
                    ticket: id,
                    label: ticket.label.clone(),
                    counter,
                    counter_text: t("queue-board-counter", &[("counter", ArgValue::Num(counter.into()))]),
                    recall: called && ticket.recalls > 0,
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
        for s in &engine.config().services {
            let name_key = format!("queue-service-{}", s.id);
            let mut name = t(&name_key, &[]);
            if name == name_key {
                name = s.id.clone();
            }
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
mod tests {
    use super::*;
    use onestop::queue::{Command, QueueConfig, Target};

    /// A hub in miniature: decide, number, fold; the call events kept as a board would get them.
    struct Hub {
        e: Engine,
        log: Vec<Sequenced>,
        now: i64,
    }

    impl Hub {
        fn new() -> Hub {
            Hub {
                e: Engine::new(QueueConfig::example()),
                log: Vec::new(),
                now: 1_700_000_000_000,
            }
        }
        fn run(&mut self, c: Command) {
            self.now += 60_000;
            let done = self.e.apply(&c, self.now).expect("command accepted");
            self.log.extend(done);
        }
        fn issue(&mut self, service: &str) {
            self.run(Command::Issue {
                service: service.into(),
                priority: false,
                appointment: None,
                also: Vec::new(),
                locale: None,
            });
        }
        fn view(&self, tag: &str) -> BoardView {
            let tr = onestop::embedded::translations().unwrap();
            BoardView::build(Some(&self.e), &self.log, true, &tr, tag, 0)
        }
    }

    fn labels(lines: &[CallLine]) -> Vec<(&str, u32)> {
        lines.iter().map(|c| (c.label.as_str(), c.counter)).collect()
    }

    #[test]
    fn every_ticket_still_called_is_now_calling_newest_first_and_those_served_are_listed() {
        let mut h = Hub::new();
        h.issue("housing");
        h.issue("council-tax");
        h.issue("general");
        h.run(Command::CallNext { counter: 1 });
        h.run(Command::Start { counter: 1 });
        h.run(Command::CallNext { counter: 2 });
        h.run(Command::CallNext { counter: 3 });
        let v = h.view("en-GB");
        assert_eq!(labels(&v.now), [("C001", 3), ("B001", 2)]);
        assert_eq!(v.now[0].counter_text, "Counter 3");
        assert!(!v.now[0].recall);
        assert_eq!(labels(&v.last), [("A001", 1)], "A001 reached counter 1");
        assert_eq!(v.link, Link::Connected);
        assert_eq!(v.words.banner, "");
    }

    #[test]
    fn tickets_called_beyond_what_now_calling_holds_head_the_last_calls() {
        let mut config = QueueConfig::example();
        let general = config.counters[2].clone();
        config.counters = (1..=6)
            .map(|id| onestop::queue::CounterDef { id, ..general.clone() })
            .collect();
        let mut h = Hub::new();
        h.e = Engine::new(config);
        for _ in 0..7 {
            h.issue("general");
        }
        h.run(Command::CallNext { counter: 1 });
        h.run(Command::Start { counter: 1 });
        for counter in 2..=6 {
            h.run(Command::CallNext { counter });
        }
        let v = h.view("en-GB");
        assert_eq!(labels(&v.now), [("C006", 6), ("C005", 5), ("C004", 4), ("C003", 3)]);
        assert_eq!(
            labels(&v.last),
            [("C002", 2), ("C001", 1)],
            "C002 is still called: it leads"
        );
    }

    #[test]
    fn a_recall_is_marked_and_comes_back_to_the_big_area() {
        let mut h = Hub::new();
        h.issue("housing");
        h.issue("council-tax");
        h.run(Command::CallNext { counter: 1 });
        h.run(Command::CallNext { counter: 2 });
        h.run(Command::Recall { counter: 1 });
        let v = h.view("en-GB");
        assert_eq!(labels(&v.now), [("A001", 1), ("B001", 2)]);
        assert!(v.now[0].recall);
        assert!(!v.now[1].recall);
    }

    #[test]
    fn a_visitor_at_the_counter_leaves_the_big_area_and_a_transfer_leaves_the_list() {
        let mut h = Hub::new();
        h.issue("housing");
        h.issue("housing");
        h.run(Command::CallNext { counter: 1 });
        h.run(Command::Start { counter: 1 });
        let v = h.view("en-GB");
        assert_eq!(v.now, [], "A001 reached counter 1");
        assert_eq!(v.last[0].label, "A001");
        h.run(Command::Transfer {
            counter: 1,
            target: Target::Service("general".into()),
        });
        let v = h.view("en-GB");
        assert!(
            v.last.is_empty(),
            "A001 is waiting again, not at counter 1: {:?}",
            v.last
        );
        assert_eq!(v.services[2].waiting, 1, "it waits for general enquiries");
    }

    #[test]
    fn a_ticket_still_called_stays_in_now_calling_after_a_later_call_came_and_went() {
        let mut h = Hub::new();
        h.issue("council-tax");
        h.issue("housing");
        h.run(Command::CallNext { counter: 2 });
        h.run(Command::CallNext { counter: 1 });
        h.run(Command::Start { counter: 1 });
        h.run(Command::Finish { counter: 1 });
        let v = h.view("en-GB");
        assert_eq!(labels(&v.now), [("B001", 2)], "B001 is still called at counter 2");
        assert_eq!(labels(&v.last), [("A001", 1)]);
    }

    #[test]
    fn calls_made_before_the_board_started_come_from_the_replica() {
        let mut h = Hub::new();
        h.issue("general");
        h.run(Command::CallNext { counter: 3 });
        let tr = onestop::embedded::translations().unwrap();
        let v = BoardView::build(Some(&h.e), &[], true, &tr, "en-GB", 0);
        assert_eq!(labels(&v.now), [("C001", 3)]);
    }

    #[test]
    fn each_service_shows_its_queue_and_estimate_in_the_locale() {
        let mut h = Hub::new();
        for counter in [1, 2] {
            h.run(Command::Open { counter });
        }
        for _ in 0..3 {
            h.issue("housing");
        }
        h.issue("general");
        let v = h.view("en-GB");
        let s: Vec<_> = v
            .services
            .iter()
            .map(|s| (s.name.as_str(), s.waiting, s.minutes, s.wait_text.as_str()))
            .collect();
        assert_eq!(
            s,
            [
                ("Housing", 3, Some(24), "About 24 min"),
                ("Council Tax", 0, Some(0), "No wait"),
                ("General enquiries", 1, Some(4), "About 4 min"),
            ]
        );
        assert_eq!(v.services[0].waiting_text, "3 waiting");
        let ur = h.view("ur");
        assert!(ur.rtl);
        assert_eq!(ur.font, "Noto Nastaliq Urdu");
        assert_eq!(ur.services[0].name, "رہائش");
        assert!(ur.services[0].waiting_text.contains('3'));
    }

    #[test]
    fn a_service_no_open_counter_serves_says_so_instead_of_a_wait() {
        let mut h = Hub::new();
        h.issue("housing");
        h.issue("council-tax");
        let v = h.view("en-GB");
        assert_eq!(
            v.services
                .iter()
                .map(|s| (s.minutes, s.wait_text.as_str()))
                .collect::<Vec<_>>(),
            [(None, "No counter open now"); 3],
            "nobody is being seen yet"
        );
        // Counter 3 serves general enquiries only; housing and council tax still have nobody.
        h.run(Command::Open { counter: 3 });
        let v = h.view("pl");
        let no_counter = v.services[0].wait_text.clone();
        assert_eq!(v.services[0].minutes, None);
        assert_eq!(v.services[1].wait_text, no_counter);
        assert_eq!(v.services[2].minutes, Some(0));
        assert_ne!(v.services[2].wait_text, no_counter);
        assert!(
            !no_counter.contains("min") && !no_counter.contains("queue-board"),
            "{no_counter}"
        );
        // Counter 1 takes housing; closing it again takes the estimate away again.
        h.run(Command::CallNext { counter: 1 });
        assert_eq!(
            h.view("en-GB").services[0].wait_text,
            "No wait",
            "A001 was called: none ahead"
        );
        h.run(Command::Finish { counter: 1 });
        h.run(Command::Close { counter: 1 });
        assert_eq!(h.view("en-GB").services[0].wait_text, "No counter open now");
    }

    #[test]
    fn a_lost_hub_keeps_the_last_state_and_says_so() {
        let mut h = Hub::new();
        h.issue("housing");
        h.run(Command::CallNext { counter: 1 });
        let tr = onestop::embedded::translations().unwrap();
        let v = BoardView::build(Some(&h.e), &h.log, false, &tr, "en-GB", 0);
        assert_eq!(v.link, Link::Reconnecting);
        assert!(v.words.banner.contains("reconnecting"), "{}", v.words.banner);
        assert_eq!(v.now[0].label, "A001", "still readable");
        let never = BoardView::build(None, &[], false, &tr, "en-GB", 0);
        assert_eq!(
            (never.link, never.now.len(), never.services.len()),
            (Link::Connecting, 0, 0)
        );
        assert!(never.words.banner.starts_with("Connecting"));
    }

    #[test]
    fn an_unknown_locale_or_service_name_falls_back_rather_than_showing_ids() {
        let mut config = QueueConfig::example();
        config.services[0].id = "parking-permits".into();
        config.counters[0].services[0] = "parking-permits".into();
        let e = Engine::new(config);
        let tr = onestop::embedded::translations().unwrap();
        let v = BoardView::build(Some(&e), &[], true, &tr, "xx-nope", 0);
        assert_eq!(v.tag, "en-GB");
        assert_eq!(v.services[0].name, "parking-permits");
    }

    #[test]
    fn outside_opening_hours_the_board_says_when_it_opens_in_each_locale() {
        let config = QueueConfig {
            hours: onestop::hours::Hours::weekdays("09:00-17:00").unwrap(),
            ..QueueConfig::example()
        };
        let mut h = Hub::new();
        h.e = Engine::new(config);
        let tr = onestop::embedded::translations().unwrap();
        // Friday 4 December 2026: 16:00 GMT open, 17:30 closed until Monday.
        let friday_4pm = 1_796_400_000;
        let view = |tag: &str, now: i64| BoardView::build(Some(&h.e), &h.log, true, &tr, tag, now);
        assert_eq!(view("en-GB", friday_4pm).words.closed, "", "open");
        let evening = friday_4pm + 90 * 60;
        assert_eq!(
            view("en-GB", evening)
                .words
                .closed
                .replace(['\u{2068}', '\u{2069}'], ""),
            "Closed, opens on Monday at 09:00"
        );
        // Monday 08:00: later the same day.
        let monday_8am = friday_4pm + 2 * 86_400 + 16 * 3_600;
        assert_eq!(
            view("en-GB", monday_8am)
                .words
                .closed
                .replace(['\u{2068}', '\u{2069}'], ""),
            "Closed, opens at 09:00"
        );
        for tag in ["pl", "ro", "so", "ur", "ar", "pa", "gu", "bn", "hi", "zh-Hans"] {
            let closed = view(tag, evening).words.closed;
            assert!(
                closed.contains("09:00") && !closed.contains("queue-board"),
                "{tag}: {closed}"
            );
            assert_ne!(closed, view("en-GB", evening).words.closed, "{tag} has its own words");
        }
        assert_eq!(
            BoardView::build(None, &[], false, &tr, "en-GB", evening).words.closed,
            ""
        );
    }
}
