//! Property tests of the queue engine: random days of commands from kiosks and counters (many
//! refused) never lose a ticket, never put one ticket at two counters, never serve a finished
//! ticket again, always call in arrival order (priority boost and transfers included, checked
//! against an independent model), and replaying the log, or a snapshot plus the rest of the
//! log, rebuilds exactly the live state.

use onestop::queue::QueueConfig;
use onestop::queue::config::Policy;
use onestop::queue::engine::{Command, Engine, Event, Sequenced, Target, Ticket, TicketState};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const SERVICES: [&str; 3] = ["housing", "council-tax", "general"];

/// Counter 4 does not exist: commands for it must be refused.
fn counter() -> impl Strategy<Value = u32> {
    prop_oneof![8 => 1u32..=3, 1 => Just(4u32)]
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        6 => (0usize..3, any::<bool>(), prop::option::weighted(0.1, "[A-Z0-9-]{1,8}")).prop_map(|(s, priority, appointment)| Command::Issue {
            service: SERVICES[s].into(),
            priority,
            appointment,
        }),
        1 => Just(Command::Issue { service: "parking".into(), priority: false, appointment: None }),
        5 => counter().prop_map(|counter| Command::CallNext { counter }),
        2 => counter().prop_map(|counter| Command::Recall { counter }),
        3 => counter().prop_map(|counter| Command::Start { counter }),
        4 => counter().prop_map(|counter| Command::Finish { counter }),
        1 => counter().prop_map(|counter| Command::NoShow { counter }),
        1 => counter().prop_map(|counter| Command::Park { counter }),
        1 => (counter(), 1u64..40).prop_map(|(counter, ticket)| Command::Unpark { counter, ticket }),
        1 => (counter(), 0usize..3).prop_map(|(counter, s)| Command::Transfer { counter, target: Target::Service(SERVICES[s].into()) }),
        1 => (counter(), counter()).prop_map(|(counter, to)| Command::Transfer { counter, target: Target::Counter(to) }),
        1 => counter().prop_map(|counter| Command::Open { counter }),
        1 => counter().prop_map(|counter| Command::Close { counter }),
        1 => Just(Command::NewDay),
        1 => (counter(), 0usize..3, 0u32..4).prop_map(|(counter, s, more)| Command::AllowMore { counter, service: SERVICES[s].into(), more }),
    ]
}

/// The ticket `counter` should call next, worked out from the rules in `docs/QUEUE.md` rather
/// than from the engine's own ordering code.
fn expected_next(e: &Engine, counter: u32) -> Option<u64> {
    let cfg = e.config();
    let def = cfg.counter(counter)?;
    let boost = i64::from(cfg.priority_boost_minutes) * 60_000;
    e.tickets()
        .filter(|t| t.state == TicketState::Waiting)
        .filter(|t| match t.counter {
            Some(c) => c == counter,
            None => def.services.contains(&t.service),
        })
        .min_by_key(|t: &&Ticket| {
            let group = if t.counter == Some(counter) {
                0
            } else {
                match def.policy {
                    Policy::LongestWaiting => 1,
                    Policy::ServiceOrder => 1 + def.services.iter().position(|s| *s == t.service).unwrap(),
                }
            };
            (group, t.arrived_ms - if t.priority { boost } else { 0 }, t.id)
        })
        .map(|t| t.id)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_days_keep_every_rule(
        script in prop::collection::vec((command(), 0i64..180_000), 1..150),
        split in any::<prop::sample::Index>(),
    ) {
        // A small daily cap, so that random days reach it.
        let config = QueueConfig { daily_cap: 12, ..QueueConfig::example() };
        let mut e = Engine::new(config.clone());
        let mut log: Vec<Sequenced> = Vec::new();
        let mut now = 1_780_279_140_000i64;
        // Tickets issued since the last new day, with their arrival time.
        let mut alive: BTreeMap<u64, i64> = BTreeMap::new();
        let mut finished: BTreeSet<u64> = BTreeSet::new();

        for (c, step) in script {
            now += step;
            let expect = match &c {
                Command::CallNext { counter } if e.at_counter(*counter).is_none() => expected_next(&e, *counter),
                _ => None,
            };
            let before = e.clone();
            let events = match e.decide(&c, now) {
                Err(_) => {
                    prop_assert_eq!(&e, &before, "a refusal changes nothing");
                    continue;
                }
                Ok(events) => events,
            };
            for event in events {
                match &event {
                    Event::Issued { ticket } => {
                        alive.insert(ticket.id, ticket.arrived_ms);
                    }
                    Event::Called { ticket, counter } => {
                        prop_assert!(!finished.contains(ticket), "a finished ticket is never called again");
                        if let Command::CallNext { .. } = c {
                            prop_assert_eq!(Some(*ticket), expect, "counter {} calls in arrival order", counter);
                        }
                    }
                    Event::Started { ticket } | Event::Transferred { ticket, .. } | Event::Parked { ticket } | Event::Recalled { ticket, .. } => {
                        prop_assert!(!finished.contains(ticket), "a finished ticket is never served again");
                    }
                    Event::Finished { ticket } | Event::NoShowed { ticket } => {
                        prop_assert!(finished.insert(*ticket), "a ticket finishes once");
                    }
                    Event::DayStarted => alive.clear(),
                    Event::Opened { .. } | Event::Closed { .. } | Event::CapRaised { .. } => {}
                }
                let s = Sequenced { seq: e.seq() + 1, at_ms: now, event };
                e.fold(&s);
                log.push(s);
            }

            // Nothing lost: every ticket since the last new day is held, with its arrival time.
            for (id, arrived) in &alive {
                let t = e.ticket(*id);
                prop_assert!(t.is_some(), "ticket {} was lost", id);
                prop_assert_eq!(t.unwrap().arrived_ms, *arrived, "transfers keep the arrival time");
            }
            prop_assert_eq!(e.tickets().count(), alive.len());
            // No service issues more than its cap, and a refusal for the cap comes only at it.
            for s in SERVICES {
                prop_assert!(e.issued_today(s) <= e.daily_cap(s), "{} is over its cap", s);
            }
            // One ticket per counter, and a called or served ticket at one counter only.
            let mut at: BTreeMap<u32, u64> = BTreeMap::new();
            for t in e.tickets().filter(|t| matches!(t.state, TicketState::Called | TicketState::Serving)) {
                let c = t.counter.expect("a called ticket has a counter");
                prop_assert!(at.insert(c, t.id).is_none(), "counter {} holds two tickets", c);
            }
            for t in e.tickets().filter(|t| finished.contains(&t.id)) {
                prop_assert!(t.state.is_final(), "finished ticket {} came back", t.id);
            }
        }

        prop_assert_eq!(&Engine::replay(config.clone(), &log), &e, "replaying the log rebuilds the state");
        let cut = split.index(log.len() + 1);
        let snap = Engine::replay(config, &log[..cut]).snapshot();
        let snap = serde_json::from_str(&serde_json::to_string(&snap).unwrap()).unwrap();
        let mut replica = Engine::from_snapshot(snap);
        for s in &log[cut..] {
            replica.fold(s);
        }
        prop_assert_eq!(&replica, &e, "a snapshot plus the rest of the log is the same state");
    }
}
