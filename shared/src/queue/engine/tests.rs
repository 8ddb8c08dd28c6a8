//! The engine's unit tests: each rule of `docs/QUEUE.md` on a small scripted day, the daily cap,
//! and summarised snapshots against the hub's whole state.

use super::*;

struct Q {
    e: Engine,
    log: Vec<Sequenced>,
    now: i64,
}

impl Q {
    fn new() -> Q {
        Q {
            e: Engine::new(QueueConfig::example()),
            log: Vec::new(),
            now: 1_700_000_000_000,
        }
    }
    fn run(&mut self, c: Command) -> Result<Vec<Event>, QueueError> {
        self.now += 60_000;
        let done = self.e.apply(&c, self.now)?;
        let events = done.iter().map(|s| s.event.clone()).collect();
        self.log.extend(done);
        Ok(events)
    }
    fn issue(&mut self, service: &str, priority: bool) -> u64 {
        match &self
            .run(Command::Issue {
                service: service.into(),
                priority,
                appointment: None,
                also: Vec::new(),
                locale: None,
            })
            .unwrap()[..]
        {
            [Event::Issued { ticket }] => ticket.id,
            other => panic!("{other:?}"),
        }
    }
    fn call(&mut self, counter: u32) -> u64 {
        self.run(Command::CallNext { counter }).unwrap();
        self.e.at_counter(counter).unwrap().id
    }
    fn label(&self, id: u64) -> &str {
        &self.e.ticket(id).unwrap().label
    }
}

#[test]
fn numbers_run_per_service_with_their_prefix() {
    let mut q = Q::new();
    let a = [
        q.issue("housing", false),
        q.issue("housing", false),
        q.issue("council-tax", false),
    ];
    assert_eq!([q.label(a[0]), q.label(a[1]), q.label(a[2])], ["A001", "A002", "B001"]);
}

#[test]
fn the_longest_waiting_is_called_first_and_priority_goes_ahead_by_the_boost() {
    let mut q = Q::new();
    let first = q.issue("housing", false);
    let general = q.issue("general", false);
    let extra_help = q.issue("housing", true);
    // Counter 1 serves housing and general, longest waiting first: priority boosted 30 min.
    assert_eq!(q.call(1), extra_help);
    q.run(Command::Finish { counter: 1 }).unwrap();
    assert_eq!(q.call(1), first);
    q.run(Command::Finish { counter: 1 }).unwrap();
    assert_eq!(q.call(1), general);
}

#[test]
fn service_order_counters_empty_their_first_service_first() {
    let mut q = Q::new();
    let general = q.issue("general", false);
    let tax = q.issue("council-tax", false);
    assert_eq!(q.call(2), tax, "counter 2 lists council-tax before general");
    q.run(Command::Finish { counter: 2 }).unwrap();
    assert_eq!(q.call(2), general);
}

#[test]
fn recalls_end_in_a_no_show() {
    let mut q = Q::new();
    let t = q.issue("housing", false);
    q.call(1);
    assert_eq!(
        q.run(Command::Recall { counter: 1 }).unwrap(),
        vec![Event::Recalled { ticket: t, recalls: 1 }]
    );
    assert_eq!(
        q.run(Command::Recall { counter: 1 }).unwrap(),
        vec![Event::Recalled { ticket: t, recalls: 2 }]
    );
    assert_eq!(
        q.run(Command::Recall { counter: 1 }).unwrap(),
        vec![Event::NoShowed { ticket: t }]
    );
    assert_eq!(q.e.ticket(t).unwrap().state, TicketState::NoShow);
    assert_eq!(q.run(Command::Recall { counter: 1 }), Err(QueueError::Idle(1)));
}

#[test]
fn a_transfer_keeps_the_customers_place() {
    let mut q = Q::new();
    let early = q.issue("housing", false);
    let later = q.issue("general", false);
    assert_eq!(q.call(1), early);
    q.run(Command::Start { counter: 1 }).unwrap();
    // Counter 1 sends them to general enquiries: they arrived before `later`, so go first.
    q.run(Command::Transfer {
        counter: 1,
        target: Target::Service("general".into()),
    })
    .unwrap();
    let t = q.e.ticket(early).unwrap();
    assert_eq!(
        (t.state, t.label.as_str(), t.transfers),
        (TicketState::Waiting, "A001", 1)
    );
    assert_eq!(q.call(3), early);
    q.run(Command::Finish { counter: 3 }).unwrap();
    assert_eq!(q.call(3), later);
}

#[test]
fn a_transfer_to_a_counter_is_called_only_there_and_first() {
    let mut q = Q::new();
    let waiting = q.issue("council-tax", false);
    let moved = q.issue("housing", false);
    assert_eq!(q.call(1), moved);
    q.run(Command::Transfer {
        counter: 1,
        target: Target::Counter(2),
    })
    .unwrap();
    assert!(q.e.waiting_for(1).is_empty(), "counter 1 no longer calls it");
    assert_eq!(q.call(2), moved, "counter 2's own transfer goes first");
    q.run(Command::Finish { counter: 2 }).unwrap();
    assert_eq!(q.call(2), waiting);
}

#[test]
fn park_and_unpark_bring_the_ticket_back_to_its_counter() {
    let mut q = Q::new();
    let t = q.issue("housing", false);
    let other = q.issue("housing", false);
    q.call(1);
    q.run(Command::Park { counter: 1 }).unwrap();
    assert_eq!(q.call(1), other);
    assert_eq!(
        q.run(Command::Unpark { counter: 1, ticket: t }),
        Err(QueueError::Busy(1))
    );
    q.run(Command::Finish { counter: 1 }).unwrap();
    assert_eq!(
        q.run(Command::Unpark { counter: 2, ticket: t }),
        Err(QueueError::NotParked(t))
    );
    q.run(Command::Unpark { counter: 1, ticket: t }).unwrap();
    assert_eq!(q.e.at_counter(1).unwrap().id, t);
}

#[test]
fn refused_commands_change_nothing() {
    let mut q = Q::new();
    q.issue("housing", false);
    let before = q.e.clone();
    for c in [
        Command::CallNext { counter: 42 },
        Command::CallNext { counter: 2 },
        Command::Recall { counter: 1 },
        Command::Start { counter: 1 },
        Command::Issue {
            service: "nope".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        },
        Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: Some("x".repeat(100)),
            also: Vec::new(),
            locale: None,
        },
        Command::Unpark { counter: 1, ticket: 99 },
    ] {
        assert!(q.run(c).is_err());
    }
    assert_eq!(q.e, before);
}

#[test]
fn estimates_follow_measured_service_times_and_open_counters() {
    let mut q = Q::new();
    for _ in 0..3 {
        q.issue("housing", false);
    }
    assert_eq!(q.e.estimated_wait_minutes("housing"), None, "no counter open");
    q.run(Command::Open { counter: 2 }).unwrap();
    assert_eq!(
        q.e.estimated_wait_minutes("housing"),
        None,
        "counter 2 does not serve housing"
    );
    q.run(Command::Open { counter: 1 }).unwrap();
    // Nothing measured: 3 ahead × 8 min default.
    assert_eq!(q.e.estimated_wait_minutes("housing"), Some(24));
    q.call(1);
    q.run(Command::Start { counter: 1 }).unwrap();
    q.run(Command::Finish { counter: 1 }).unwrap(); // served in 1 minute (the test clock's step)
    assert_eq!(
        q.e.estimated_wait_minutes("housing"),
        Some(2),
        "2 ahead × 1 min on 1 open counter"
    );
    q.run(Command::Close { counter: 1 }).unwrap();
    assert_eq!(q.e.estimated_wait_minutes("housing"), None, "its only counter closed");
}

#[test]
fn a_new_day_starts_numbering_again() {
    let mut q = Q::new();
    q.issue("housing", false);
    q.run(Command::NewDay).unwrap();
    let t = q.issue("housing", false);
    assert_eq!(q.label(t), "A001");
    assert!(t > 1, "ids stay unique across days");
}

#[test]
fn replaying_the_log_rebuilds_the_state() {
    let mut q = Q::new();
    let t = q.issue("housing", false);
    q.issue("general", true);
    q.call(1);
    q.run(Command::Start { counter: 1 }).unwrap();
    q.run(Command::Transfer {
        counter: 1,
        target: Target::Service("general".into()),
    })
    .unwrap();
    q.call(3);
    q.run(Command::Park { counter: 3 }).unwrap();
    assert_eq!(Engine::replay(QueueConfig::example(), &q.log), q.e);
    let json = serde_json::to_string(&q.log).unwrap();
    let back: Vec<Sequenced> = serde_json::from_str(&json).unwrap();
    assert_eq!(Engine::replay(QueueConfig::example(), &back), q.e);
    assert!(q.e.ticket(t).is_some());
    // A client's replica: a snapshot half-way, then the rest of the events.
    let mut replica = Engine::replay(QueueConfig::example(), &q.log[..3]).snapshot();
    replica = serde_json::from_str(&serde_json::to_string(&replica).unwrap()).unwrap();
    let mut replica = Engine::from_snapshot(replica);
    for ev in &q.log[3..] {
        replica.fold(ev);
    }
    assert_eq!(replica, q.e);
}

#[test]
fn a_service_stops_at_its_daily_cap_until_staff_allow_more() {
    let mut q = Q::new();
    q.e = Engine::new(QueueConfig {
        daily_cap: 3,
        ..QueueConfig::example()
    });
    for _ in 0..3 {
        q.issue("housing", false);
    }
    let issue = |service: &str| Command::Issue {
        service: service.into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: None,
    };
    assert_eq!(q.run(issue("housing")), Err(QueueError::CapReached("housing".into())));
    assert_eq!((q.e.issued_today("housing"), q.e.daily_cap("housing")), (3, 3));
    // Other services keep their own count.
    q.issue("general", false);
    let allow = |more| Command::AllowMore {
        counter: 1,
        service: "housing".into(),
        more,
    };
    assert_eq!(q.run(allow(0)), Err(QueueError::BadAllowance));
    assert_eq!(q.run(allow(MAX_ALLOW_MORE + 1)), Err(QueueError::BadAllowance));
    q.run(allow(2)).unwrap();
    assert_eq!(q.e.daily_cap("housing"), 5);
    q.issue("housing", false);
    q.issue("housing", false);
    assert!(q.run(issue("housing")).is_err());
    // A replica from a snapshot knows the allowance.
    let replica = Engine::from_snapshot(q.e.snapshot());
    assert_eq!(replica.daily_cap("housing"), 5);
    // A new day starts from the configured cap again.
    q.run(Command::NewDay).unwrap();
    assert_eq!(q.e.daily_cap("housing"), 3);
    assert_eq!(q.e.issued_today("housing"), 0);
    // A service's own cap wins over the site's.
    let mut c = QueueConfig::example();
    c.services[1].daily_cap = Some(1);
    let mut q = Q::new();
    q.e = Engine::new(c);
    q.issue("council-tax", false);
    assert_eq!(
        q.run(issue("council-tax")),
        Err(QueueError::CapReached("council-tax".into()))
    );
    assert_eq!(q.e.daily_cap("housing"), crate::queue::config::DEFAULT_DAILY_CAP);
}

#[test]
fn a_summary_is_bounded_and_a_replica_from_it_counts_as_the_hub_does() {
    let mut q = Q::new();
    q.e = Engine::new(QueueConfig {
        daily_cap: MAX_PER_DAY,
        ..QueueConfig::example()
    });
    for _ in 0..30 {
        q.issue("general", false);
    }
    // All 30 served and finished at counter 3.
    for _ in 0..30 {
        q.run(Command::CallNext { counter: 3 }).unwrap();
        q.run(Command::Finish { counter: 3 }).unwrap();
    }
    for _ in 0..3_000 {
        q.issue("housing", false);
    }
    q.run(Command::CallNext { counter: 1 }).unwrap();
    let whole = serde_json::to_string(&q.e.snapshot()).unwrap().len();
    let summary = q.e.summary();
    let size = serde_json::to_string(&summary).unwrap().len();
    assert!(size < 40_000 && whole > 20 * size, "summary {size} B, whole {whole} B");
    let housing = summary.tickets.iter().filter(|t| t.service == "housing").count();
    // The called one and the next 50.
    assert_eq!(housing, 1 + SUMMARY_WAITING);
    assert_eq!(summary.waiting_beyond.get("housing"), Some(&(2_999 - 50)));
    let finished = summary.tickets.iter().filter(|t| t.state.is_final()).count();
    assert_eq!(finished, SUMMARY_FINISHED);

    let mut replica = Engine::from_snapshot(summary);
    for s in ["housing", "general", "council-tax"] {
        assert_eq!(replica.waiting_count(s), q.e.waiting_count(s), "{s}");
        assert_eq!(replica.estimated_wait_minutes(s), q.e.estimated_wait_minutes(s), "{s}");
        assert_eq!(replica.issued_today(s), q.e.issued_today(s), "{s}");
    }
    assert_eq!(replica.at_counter(1), q.e.at_counter(1));
    // The replica follows the hub through the 50 it holds...
    let mut seen = q.log.len();
    let mut follow = |q: &mut Q, replica: &mut Engine| {
        q.run(Command::Finish { counter: 1 }).unwrap();
        q.run(Command::CallNext { counter: 1 }).unwrap();
        for ev in &q.log[seen..] {
            replica.fold(ev);
        }
        seen = q.log.len();
    };
    for _ in 0..SUMMARY_WAITING {
        follow(&mut q, &mut replica);
        assert!(!replica.needs_resync());
        assert_eq!(
            replica.at_counter(1).map(|t| &t.label),
            q.e.at_counter(1).map(|t| &t.label)
        );
        assert_eq!(replica.waiting_count("housing"), q.e.waiting_count("housing"));
    }
    // ...and knows when the next call is one it was only told the count of.
    follow(&mut q, &mut replica);
    assert!(replica.needs_resync());
    let fresh = Engine::from_snapshot(q.e.summary());
    assert_eq!(fresh.at_counter(1), q.e.at_counter(1));
    assert!(!fresh.needs_resync());
}

#[test]
fn more_time_moves_a_ticket_back_its_places_once() {
    let mut q = Q::new();
    let ids: Vec<u64> = (0..6).map(|_| q.issue("housing", false)).collect();
    assert_eq!(q.e.position(ids[1]), Some(2));
    q.run(Command::MoreTime { ticket: ids[1] }).unwrap();
    // Three places back: behind A003, A004 and A005.
    let order: Vec<u64> = q.e.waiting_in("housing").iter().map(|t| t.id).collect();
    assert_eq!(order, [ids[0], ids[2], ids[3], ids[4], ids[1], ids[5]]);
    assert_eq!(q.e.position(ids[1]), Some(5));
    assert_eq!(q.run(Command::MoreTime { ticket: ids[1] }), Err(QueueError::NoMoreTime));
    // Near the end it goes last; a called ticket cannot.
    q.run(Command::MoreTime { ticket: ids[4] }).unwrap();
    assert_eq!(q.e.waiting_in("housing").last().unwrap().id, ids[4]);
    let called = q.call(1);
    assert_eq!(q.run(Command::MoreTime { ticket: called }), Err(QueueError::NoMoreTime));
    // A site that turns it off.
    q.e = Engine::new(QueueConfig {
        more_time_places: 0,
        ..QueueConfig::example()
    });
    let t = q.issue("housing", false);
    assert_eq!(q.run(Command::MoreTime { ticket: t }), Err(QueueError::NoMoreTime));
}

#[test]
fn a_visit_goes_on_to_its_next_service_keeping_its_arrival() {
    let mut q = Q::new();
    let visit = match &q
        .run(Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: vec!["council-tax".into()],
            locale: Some("ur".into()),
        })
        .unwrap()[..]
    {
        [Event::Issued { ticket }] => ticket.clone(),
        other => panic!("{other:?}"),
    };
    let later = q.issue("council-tax", false);
    assert_eq!(q.call(1), visit.id);
    let events = q.run(Command::Finish { counter: 1 }).unwrap();
    assert_eq!(
        events,
        [
            Event::Finished { ticket: visit.id },
            Event::Requeued {
                ticket: visit.id,
                service: "council-tax".into()
            }
        ]
    );
    let t = q.e.ticket(visit.id).unwrap();
    assert_eq!(
        (t.state, t.service.as_str(), t.arrived_ms),
        (TicketState::Waiting, "council-tax", visit.arrived_ms)
    );
    assert!(t.next_services.is_empty());
    assert_eq!(t.locale.as_deref(), Some("ur"));
    // It came before B001, so it is called first.
    assert_eq!(q.call(2), visit.id);
    q.run(Command::Finish { counter: 2 }).unwrap();
    assert_eq!(q.e.ticket(visit.id).unwrap().state, TicketState::Done);
    assert_eq!(q.call(2), later);
    // Bad further services are refused.
    for also in [
        vec!["parking"],
        vec!["housing"],
        vec!["general", "general"],
        vec!["general", "council-tax", "general"],
    ] {
        let c = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: also.iter().map(|s| s.to_string()).collect(),
            locale: None,
        };
        assert_eq!(q.run(c), Err(QueueError::BadServices), "{also:?}");
    }
}

#[test]
fn appointments_check_in_by_reference_once_and_late_ones_are_walk_ins() {
    let mut q = Q::new();
    let at = q.now + 30 * 60_000;
    q.run(Command::SetAppointments {
        appointments: vec![
            Appointment {
                reference: "HX-1".into(),
                at_ms: at,
                service: "council-tax".into(),
            },
            Appointment {
                reference: "HX-2".into(),
                at_ms: q.now - 60 * 60_000,
                service: "housing".into(),
            },
        ],
    })
    .unwrap();
    let check_in = |r: &str| Command::Issue {
        service: "general".into(),
        priority: false,
        appointment: Some(r.into()),
        also: Vec::new(),
        locale: None,
    };
    assert_eq!(q.run(check_in("NOPE")), Err(QueueError::UnknownAppointment));
    let [Event::Issued { ticket }] = &q.run(check_in("hx-1")).unwrap()[..] else {
        panic!()
    };
    // The booked service, placed at the booked time less the boost, not a priority ticket.
    assert_eq!(ticket.service, "council-tax");
    assert_eq!(ticket.place_ms, Some(at - 15 * 60_000));
    assert!(!ticket.priority);
    assert_eq!(q.run(check_in("HX-1")), Err(QueueError::CheckedIn("B001".into())));
    // An hour late: a walk-in from now.
    let [Event::Issued { ticket }] = &q.run(check_in("HX-2")).unwrap()[..] else {
        panic!()
    };
    assert_eq!((ticket.place_ms, ticket.priority), (None, false));
    assert_eq!(q.e.booked_next(1, q.now).len(), 0);
    // The same list again changes nothing.
    let list = q.e.appointments().unwrap().into_iter().cloned().collect();
    assert_eq!(q.run(Command::SetAppointments { appointments: list }), Ok(vec![]));
}

#[test]
fn a_help_call_is_one_per_kiosk_until_a_counter_answers() {
    let mut q = Q::new();
    let call = || Command::CallHelp {
        kiosk: "library-1".into(),
    };
    let [Event::HelpCalled { help }] = &q.run(call()).unwrap()[..] else {
        panic!()
    };
    assert_eq!(q.run(call()), Ok(vec![]), "a second press while open adds nothing");
    assert_eq!(q.e.open_help().count(), 1);
    q.run(Command::AckHelp {
        counter: 2,
        help: help.id,
    })
    .unwrap();
    assert_eq!(
        q.run(Command::AckHelp {
            counter: 1,
            help: help.id
        }),
        Err(QueueError::NoSuchHelp(help.id))
    );
    assert_eq!(q.e.open_help().count(), 0);
    assert_eq!(q.e.help_calls().next().unwrap().acked.map(|a| a.0), Some(2));
    assert!(q.run(call()).unwrap().len() == 1, "a new call after the answer");
    assert_eq!(
        q.run(Command::CallHelp { kiosk: String::new() }),
        Err(QueueError::BadKiosk)
    );
    // Replicas agree.
    let replica = Engine::from_snapshot(serde_json::from_str(&serde_json::to_string(&q.e.summary()).unwrap()).unwrap());
    assert_eq!(replica.open_help().count(), 1);
}
