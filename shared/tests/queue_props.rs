//! Property tests of the queue engine: random days of commands from kiosks and counters (many
//! refused) never lose a ticket, never put one ticket at two counters, never serve a finished
//! ticket again, always call in arrival order (priority boost and transfers included, checked
//! against an independent model), and replaying the log, or a snapshot plus the rest of the
//! log, rebuilds exactly the live state. Visits of several services go through them in order
//! keeping their place; "I need more time" moves a ticket back, never forward; appointments
//! overtake walk-ins only as far as the configured rule allows.

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
        6 => (0usize..3, any::<bool>(), prop::option::weighted(0.1, "[A-Z0-9-]{1,8}"), prop::collection::vec(0usize..3, 0..3)).prop_map(|(s, priority, appointment, also)| Command::Issue {
            service: SERVICES[s].into(),
            priority,
            appointment,
            also: also.into_iter().map(|a| SERVICES[a].to_string()).collect(),
            locale: None,
        }),
        2 => (1u64..40).prop_map(|ticket| Command::MoreTime { ticket }),
        1 => (0usize..3).prop_map(|k| Command::CallHelp { kiosk: format!("kiosk-{k}") }),
        1 => (counter(), 1u64..5).prop_map(|(counter, help)| Command::AckHelp { counter, help }),
        1 => Just(Command::Issue { service: "parking".into(), priority: false, appointment: None, also: Vec::new(), locale: None }),
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
            (
                group,
                t.place_ms.unwrap_or(t.arrived_ms) - if t.priority { boost } else { 0 },
                t.id,
            )
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
            let mut just_finished = None;
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
                        prop_assert!(finished.insert(*ticket), "a ticket finishes once per service");
                        just_finished = Some(*ticket);
                    }
                    Event::Requeued { ticket, service } => {
                        prop_assert_eq!(just_finished, Some(*ticket), "only a visit that just finished a service goes on");
                        let was = before.ticket(*ticket).unwrap();
                        prop_assert_eq!(Some(service), was.next_services.first(), "services in the order asked for");
                        finished.remove(ticket);
                    }
                    Event::Deferred { ticket, place_ms } => {
                        let was = before.ticket(*ticket).unwrap();
                        prop_assert!(!was.more_time, "more time once");
                        prop_assert!(*place_ms >= was.place_ms.unwrap_or(was.arrived_ms), "more time never moves a ticket forward");
                    }
                    Event::DayStarted => {
                        alive.clear();
                        finished.clear();
                    }
                    Event::Opened { .. }
                    | Event::Closed { .. }
                    | Event::CapRaised { .. }
                    | Event::AppointmentsSet { .. }
                    | Event::HelpCalled { .. }
                    | Event::HelpAcked { .. } => {}
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

/// One day at a one-service site: walk-ins and appointment check-ins at random times, then the
/// counter calls everyone. An appointment checked in by its booked time plus the grace is called
/// before a walk-in only if that walk-in came after the booked time less the boost; a late one
/// is a walk-in and overtakes nobody.
fn appointment_day(walk_ins: Vec<i64>, bookings: Vec<(i64, i64)>, boost: u32, grace: u32) -> Result<(), TestCaseError> {
    use onestop::queue::engine::Appointment;
    let config = QueueConfig {
        appointment_boost_minutes: boost,
        appointment_grace_minutes: grace,
        priority_boost_minutes: 0,
        ..QueueConfig::example()
    };
    let base = 1_780_279_140_000i64;
    let mut e = Engine::new(config);
    let appointments: Vec<Appointment> = bookings
        .iter()
        .enumerate()
        .map(|(i, (at, _))| Appointment {
            reference: format!("APT-{i}"),
            at_ms: base + at * 60_000,
            service: "housing".into(),
        })
        .collect();
    e.apply(
        &Command::SetAppointments {
            appointments: appointments.clone(),
        },
        base,
    )
    .unwrap();
    // Arrivals in time order: (minute, Some(booking index) or None for a walk-in).
    let mut arrivals: Vec<(i64, Option<usize>)> = walk_ins.iter().map(|m| (*m, None)).collect();
    arrivals.extend(
        bookings
            .iter()
            .enumerate()
            .map(|(i, (at, early))| (at + early, Some(i))),
    );
    arrivals.sort_by_key(|(m, b)| (*m, *b));
    for (minute, booking) in arrivals {
        let c = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: booking.map(|i| format!("apt-{i}")),
            also: Vec::new(),
            locale: None,
        };
        e.apply(&c, base + minute * 60_000).unwrap();
    }
    let mut order = Vec::new();
    while e
        .apply(&Command::CallNext { counter: 1 }, base + 10_000 * 60_000)
        .is_ok()
    {
        let t = e.at_counter(1).unwrap().clone();
        order.push(t);
        e.apply(&Command::Finish { counter: 1 }, base + 10_000 * 60_000)
            .unwrap();
    }
    prop_assert_eq!(order.len(), walk_ins.len() + bookings.len(), "everyone is called");
    let grace_ms = i64::from(grace) * 60_000;
    for (i, a) in order.iter().enumerate() {
        let Some(reference) = &a.appointment else { continue };
        let booked = appointments.iter().find(|b| &b.reference == reference).unwrap();
        let late = a.arrived_ms > booked.at_ms + grace_ms;
        for w in order[i + 1..]
            .iter()
            .filter(|w| w.appointment.is_none() && w.arrived_ms < a.arrived_ms)
        {
            // `a` overtook `w`, which came first.
            if late {
                prop_assert!(false, "a late appointment {} overtook walk-in {}", a.label, w.label);
            }
            let limit = booked.at_ms - i64::from(boost) * 60_000;
            prop_assert!(
                w.arrived_ms >= limit,
                "{} (booked {}, boost {boost}) overtook {} who came at {}, before {limit}",
                a.label,
                booked.at_ms,
                w.label,
                w.arrived_ms
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn appointments_overtake_walk_ins_only_as_the_rule_allows(
        walk_ins in prop::collection::vec(0i64..240, 0..25),
        // (booked minute, minutes early (-) or late (+) at check-in)
        bookings in prop::collection::vec((30i64..240, -60i64..60), 0..12),
        boost in 0u32..40,
        grace in 0u32..30,
    ) {
        appointment_day(walk_ins, bookings, boost, grace)?;
    }

    #[test]
    fn a_visit_of_several_services_goes_through_them_in_order_keeping_its_place(
        first in 0usize..3,
        also in prop::collection::vec(0usize..3, 0..3),
        others in prop::collection::vec((0usize..3, 1i64..30), 0..12),
    ) {
        let mut also: Vec<&str> = also.into_iter().map(|i| SERVICES[i]).filter(|s| *s != SERVICES[first]).collect();
        also.dedup();
        if also.len() == 2 && also[0] == also[1] {
            also.pop();
        }
        let base = 1_780_279_140_000i64;
        let mut e = Engine::new(QueueConfig::example());
        let visit = Command::Issue {
            service: SERVICES[first].into(),
            priority: false,
            appointment: None,
            also: also.iter().map(|s| s.to_string()).collect(),
            locale: None,
        };
        let me = match &e.apply(&visit, base).unwrap()[0].event {
            Event::Issued { ticket } => ticket.id,
            other => panic!("{other:?}"),
        };
        // Others arrive after, for any service.
        for (s, m) in &others {
            let c = Command::Issue { service: SERVICES[*s].into(), priority: false, appointment: None, also: Vec::new(), locale: None };
            e.apply(&c, base + m * 60_000).unwrap();
        }
        let mut served: Vec<String> = Vec::new();
        let now = base + 100 * 60_000;
        // Counters 1..3 serve whoever they would call; the visit is served at each step as soon
        // as it is at a counter, and is always first in its queue (it came first).
        for _ in 0..50 {
            let t = e.ticket(me).unwrap().clone();
            if t.state.is_final() {
                break;
            }
            prop_assert_eq!(t.arrived_ms, base, "the visit keeps its arrival time");
            prop_assert_eq!(e.position(me), Some(1), "the visit stays first in its queue");
            let counter = (1..=3).find(|c| e.waiting_for(*c).first().map(|t| t.id) == Some(me)).unwrap();
            e.apply(&Command::CallNext { counter }, now).unwrap();
            served.push(e.ticket(me).unwrap().service.clone());
            e.apply(&Command::Finish { counter }, now).unwrap();
        }
        let mut want = vec![SERVICES[first].to_string()];
        want.extend(also.iter().map(|s| s.to_string()));
        prop_assert_eq!(served, want);
    }
}
