//! `BoardView::build`'s tests: calls, services, the link, opening hours, locales.

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
