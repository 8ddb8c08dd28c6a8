//! Daily queue statistics from the hub's event log: per service and day, tickets issued, mean
//! and 90th-percentile wait (issued to first called), visits served (every Done the counter
//! accepted, Start pressed or not) and their mean length (from Start, else from the call),
//! no-shows and transfers; and the CSV that `queue-display stats` writes. Pure: give it events,
//! get figures. A day is the local date a ticket was issued, in the offset given.

use super::engine::{Event, Sequenced};
use std::collections::BTreeMap;
use time::{Date, OffsetDateTime, UtcOffset};

/// One service's figures for one day.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct ServiceDay {
    /// The local date.
    pub date: String,
    /// The service id.
    pub service: String,
    /// Tickets issued for it that day (a transferred ticket counts where it was issued).
    pub tickets: u32,
    /// Of them, priority tickets.
    pub priority: u32,
    /// Tickets called at least once.
    pub called: u32,
    /// Mean wait to the first call, whole seconds.
    pub mean_wait_secs: Option<u64>,
    /// 90th percentile of that wait (nearest rank), whole seconds.
    pub p90_wait_secs: Option<u64>,
    /// Services finished under this service (a transferred ticket counts where it was served).
    pub served: u32,
    /// Mean service time, whole seconds.
    pub mean_service_secs: Option<u64>,
    /// No-shows.
    pub no_shows: u32,
    /// Transfers out of this service.
    pub transfers: u32,
    /// Appointments booked for it that day (from the hub's list).
    pub appointments: u32,
    /// Of them, never checked in: appointment no-shows.
    pub appointment_no_shows: u32,
}

/// One counter's figures for one day.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct CounterDay {
    /// The local date.
    pub date: String,
    /// The counter.
    pub counter: u32,
    /// Visits it finished.
    pub served: u32,
    /// Their mean length, whole seconds (from Start, else from the call).
    pub mean_service_secs: Option<u64>,
    /// Tickets it called that did not come.
    pub no_shows: u32,
    /// Help calls from kiosks it acknowledged.
    pub help_acked: u32,
    /// Mean time from a kiosk's help call to this counter's acknowledgement, whole seconds.
    pub mean_help_ack_secs: Option<u64>,
}

#[derive(Default)]
struct CounterAcc {
    services: Vec<i64>,
    no_shows: u32,
    acks: Vec<i64>,
}

#[derive(Default)]
struct Acc {
    tickets: u32,
    priority: u32,
    waits: Vec<i64>,
    services: Vec<i64>,
    no_shows: u32,
    transfers: u32,
    appointments: u32,
    appointment_no_shows: u32,
}

struct Live {
    day: Date,
    issued_service: String,
    service: String,
    arrived: i64,
    called: bool,
    /// When it was last called at a counter in its current service (the visitor walks up then).
    called_at: Option<i64>,
    serving_since: Option<i64>,
    /// The counter that last called it.
    counter: Option<u32>,
}

fn local_day(ms: i64, offset: UtcOffset) -> Date {
    OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(offset)
        .date()
}

fn mean(v: &[i64]) -> Option<u64> {
    (!v.is_empty()).then(|| (v.iter().map(|x| x.max(&0)).sum::<i64>() / v.len() as i64 / 1000) as u64)
}

fn p90(v: &[i64]) -> Option<u64> {
    if v.is_empty() {
        return None;
    }
    let mut s = v.to_vec();
    s.sort_unstable();
    // Nearest rank: the smallest value with at least 90% of the values at or below it.
    let rank = (s.len() * 9).div_ceil(10).max(1);
    Some((s[rank - 1].max(0) / 1000) as u64)
}

/// Figures for every service and day that appear in `events`, ordered by date then service.
pub fn daily(events: &[Sequenced], offset: UtcOffset) -> Vec<ServiceDay> {
    walk(events, offset).0
}

/// Figures for every counter and day that appear in `events`, ordered by date then counter.
pub fn counters(events: &[Sequenced], offset: UtcOffset) -> Vec<CounterDay> {
    walk(events, offset).1
}

/// Today's booked appointments, checked off as they check in, until the day ends.
#[derive(Default)]
struct Bookings {
    day: Option<Date>,
    /// Reference → service, not yet checked in.
    waiting: BTreeMap<String, String>,
    /// References checked in today.
    checked: std::collections::BTreeSet<String>,
}

impl Bookings {
    /// The day is over (or the list was replaced): whoever never came is an appointment no-show.
    fn close(&mut self, acc: &mut BTreeMap<(Date, String), Acc>) {
        self.checked.clear();
        if let Some(day) = self.day.take() {
            for service in std::mem::take(&mut self.waiting).into_values() {
                acc.entry((day, service)).or_default().appointment_no_shows += 1;
            }
        }
    }
}

fn walk(events: &[Sequenced], offset: UtcOffset) -> (Vec<ServiceDay>, Vec<CounterDay>) {
    let mut acc: BTreeMap<(Date, String), Acc> = BTreeMap::new();
    let mut desks: BTreeMap<(Date, u32), CounterAcc> = BTreeMap::new();
    let mut live: BTreeMap<u64, Live> = BTreeMap::new();
    let mut help: BTreeMap<u64, i64> = BTreeMap::new();
    let mut booked = Bookings::default();
    for ev in events {
        match &ev.event {
            Event::Issued { ticket } => {
                let day = local_day(ticket.arrived_ms, offset);
                let a = acc.entry((day, ticket.service.clone())).or_default();
                a.tickets += 1;
                a.priority += u32::from(ticket.priority);
                live.insert(
                    ticket.id,
                    Live {
                        day,
                        issued_service: ticket.service.clone(),
                        service: ticket.service.clone(),
                        arrived: ticket.arrived_ms,
                        called: false,
                        called_at: None,
                        serving_since: None,
                        counter: None,
                    },
                );
                if let Some(a) = &ticket.appointment {
                    booked.waiting.remove(a);
                    booked.checked.insert(a.clone());
                }
            }
            Event::Called { ticket, counter } => {
                if let Some(t) = live.get_mut(ticket) {
                    t.called_at = Some(ev.at_ms);
                    t.counter = Some(*counter);
                }
                if let Some(t) = live.get_mut(ticket)
                    && !t.called
                {
                    t.called = true;
                    let wait = ev.at_ms - t.arrived;
                    acc.entry((t.day, t.issued_service.clone()))
                        .or_default()
                        .waits
                        .push(wait);
                }
            }
            Event::Started { ticket } => {
                if let Some(t) = live.get_mut(ticket) {
                    t.serving_since = Some(ev.at_ms);
                }
            }
            // Done straight from "called" (staff who never press Start) is a visit served too,
            // timed from the call, so the figures agree with what the counter did.
            Event::Finished { ticket } => {
                if let Some(t) = live.get_mut(ticket)
                    && let Some(since) = t.serving_since.take().or(t.called_at.take())
                {
                    acc.entry((t.day, t.service.clone()))
                        .or_default()
                        .services
                        .push(ev.at_ms - since);
                    if let Some(c) = t.counter {
                        desks.entry((t.day, c)).or_default().services.push(ev.at_ms - since);
                    }
                }
            }
            Event::NoShowed { ticket } => {
                if let Some(t) = live.get(ticket) {
                    acc.entry((t.day, t.service.clone())).or_default().no_shows += 1;
                    if let Some(c) = t.counter {
                        desks.entry((t.day, c)).or_default().no_shows += 1;
                    }
                }
            }
            // The visit's next service: a new queue, its wait already counted at the first call.
            Event::Requeued { ticket, service } => {
                if let Some(t) = live.get_mut(ticket) {
                    t.service = service.clone();
                    t.serving_since = None;
                    t.called_at = None;
                }
            }
            Event::AppointmentsSet { appointments } => {
                let day = local_day(ev.at_ms, offset);
                booked.day = Some(day);
                booked.waiting.clear();
                let mut per: BTreeMap<&str, u32> = BTreeMap::new();
                for a in appointments {
                    *per.entry(a.service.as_str()).or_default() += 1;
                    // Checked in before this list was replaced: not waiting.
                    if !booked.checked.contains(&a.reference) {
                        booked.waiting.insert(a.reference.clone(), a.service.clone());
                    }
                }
                for (service, n) in per {
                    // A replaced list replaces the day's count.
                    acc.entry((day, service.to_owned())).or_default().appointments = n;
                }
            }
            Event::HelpCalled { help: h } => {
                help.insert(h.id, h.at_ms);
            }
            Event::HelpAcked { help: id, counter } => {
                if let Some(at) = help.remove(id) {
                    desks
                        .entry((local_day(at, offset), *counter))
                        .or_default()
                        .acks
                        .push(ev.at_ms - at);
                }
            }
            Event::Transferred { ticket, target } => {
                if let Some(t) = live.get_mut(ticket) {
                    acc.entry((t.day, t.service.clone())).or_default().transfers += 1;
                    t.serving_since = None;
                    t.called_at = None;
                    if let super::engine::Target::Service(s) = target {
                        t.service = s.clone();
                    }
                }
            }
            Event::DayStarted => {
                live.clear();
                help.clear();
                booked.close(&mut acc);
            }
            Event::Recalled { .. }
            | Event::Parked { .. }
            | Event::Opened { .. }
            | Event::Closed { .. }
            | Event::CapRaised { .. }
            | Event::Deferred { .. } => {}
        }
    }
    // The last day's list is still open: nobody is a no-show until that day ends.
    let services = acc
        .into_iter()
        .map(|((day, service), a)| ServiceDay {
            date: day.to_string(),
            service,
            tickets: a.tickets,
            priority: a.priority,
            called: a.waits.len() as u32,
            mean_wait_secs: mean(&a.waits),
            p90_wait_secs: p90(&a.waits),
            served: a.services.len() as u32,
            mean_service_secs: mean(&a.services),
            no_shows: a.no_shows,
            transfers: a.transfers,
            appointments: a.appointments,
            appointment_no_shows: a.appointment_no_shows,
        })
        .collect();
    let counters = desks
        .into_iter()
        .map(|((day, counter), d)| CounterDay {
            date: day.to_string(),
            counter,
            served: d.services.len() as u32,
            mean_service_secs: mean(&d.services),
            no_shows: d.no_shows,
            help_acked: d.acks.len() as u32,
            mean_help_ack_secs: mean(&d.acks),
        })
        .collect();
    (services, counters)
}

/// The figures as CSV with a header row; empty figures are empty cells.
pub fn csv(rows: &[ServiceDay]) -> String {
    let opt = |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut out = String::from(
        "date,service,tickets,priority,called,mean_wait_secs,p90_wait_secs,served,mean_service_secs,no_shows,transfers,appointments,appointment_no_shows\n",
    );
    for r in rows {
        // Service ids are checked at config load (lower-case letters, digits, -): no quoting needed.
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            r.date,
            r.service,
            r.tickets,
            r.priority,
            r.called,
            opt(r.mean_wait_secs),
            opt(r.p90_wait_secs),
            r.served,
            opt(r.mean_service_secs),
            r.no_shows,
            r.transfers,
            r.appointments,
            r.appointment_no_shows
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::{Command, Engine, QueueConfig, Target};

    /// Drive a real engine, logging what it decides, at the given minutes past a base time.
    struct Day {
        e: Engine,
        log: Vec<Sequenced>,
    }

    const BASE: i64 = 1_795_000_000_000; // a November 2026 morning, UTC

    impl Day {
        fn at(&mut self, minute: i64, c: Command) {
            let now = BASE + minute * 60_000;
            let done = self.e.apply(&c, now).unwrap();
            self.log.extend(done);
        }
    }

    fn issue(service: &str, priority: bool) -> Command {
        Command::Issue {
            service: service.into(),
            priority,
            appointment: None,
            also: Vec::new(),
            locale: None,
        }
    }

    #[test]
    fn waits_services_no_shows_and_transfers_are_counted_where_they_happen() {
        let mut d = Day {
            e: Engine::new(QueueConfig::example()),
            log: vec![],
        };
        d.at(0, issue("housing", false)); // A001
        d.at(1, issue("housing", true)); // A002, priority
        d.at(2, issue("housing", false)); // A003
        d.at(10, Command::CallNext { counter: 1 }); // A002 (boosted): waited 9 min
        d.at(11, Command::Start { counter: 1 });
        d.at(16, Command::Finish { counter: 1 }); // served 5 min
        d.at(20, Command::CallNext { counter: 1 }); // A001: waited 20 min
        d.at(21, Command::Start { counter: 1 });
        d.at(
            22,
            Command::Transfer {
                counter: 1,
                target: Target::Service("general".into()),
            },
        );
        d.at(30, Command::CallNext { counter: 3 }); // A001 again: not a second wait
        d.at(31, Command::Start { counter: 3 });
        d.at(43, Command::Finish { counter: 3 }); // served 12 min under general
        d.at(50, Command::CallNext { counter: 1 }); // A003: waited 48 min
        for m in 51..=53 {
            d.at(m, Command::Recall { counter: 1 }); // the third recall is a no-show
        }
        let rows = daily(&d.log, UtcOffset::UTC);
        let housing = rows.iter().find(|r| r.service == "housing").unwrap();
        assert_eq!(
            (housing.tickets, housing.priority, housing.called, housing.served),
            (3, 1, 3, 1)
        );
        assert_eq!(housing.mean_wait_secs, Some((9 + 20 + 48) * 60 / 3));
        assert_eq!(housing.p90_wait_secs, Some(48 * 60));
        assert_eq!(housing.mean_service_secs, Some(5 * 60));
        assert_eq!((housing.no_shows, housing.transfers), (1, 1));
        let general = rows.iter().find(|r| r.service == "general").unwrap();
        assert_eq!(
            (general.tickets, general.served, general.mean_service_secs),
            (0, 1, Some(12 * 60))
        );
        let text = csv(&rows);
        assert!(text.starts_with("date,service,tickets"));
        assert!(
            text.contains(&format!("{},general,0,0,0,,,1,720,0,0,0,0\n", housing.date)),
            "{text}"
        );
        // Per counter: counter 1 served A002 and lost A003; counter 3 served A001.
        let desks = counters(&d.log, UtcOffset::UTC);
        let at = |c: u32| desks.iter().find(|r| r.counter == c).unwrap();
        assert_eq!(
            (at(1).served, at(1).mean_service_secs, at(1).no_shows),
            (1, Some(5 * 60), 1)
        );
        assert_eq!(
            (at(3).served, at(3).mean_service_secs, at(3).no_shows),
            (1, Some(12 * 60), 0)
        );
    }

    #[test]
    fn appointment_no_shows_and_help_answer_times_are_counted() {
        use crate::queue::engine::Appointment;
        let mut d = Day {
            e: Engine::new(QueueConfig::example()),
            log: vec![],
        };
        let booking = |r: &str, m: i64| Appointment {
            reference: r.into(),
            at_ms: BASE + m * 60_000,
            service: "housing".into(),
        };
        d.at(
            0,
            Command::SetAppointments {
                appointments: vec![booking("A-1", 30), booking("A-2", 60), booking("A-3", 90)],
            },
        );
        d.at(
            25,
            Command::Issue {
                service: "housing".into(),
                priority: false,
                appointment: Some("A-1".into()),
                also: Vec::new(),
                locale: None,
            },
        );
        d.at(26, Command::CallHelp { kiosk: "k1".into() });
        d.at(28, Command::AckHelp { counter: 2, help: 1 });
        d.at(40, Command::CallHelp { kiosk: "k1".into() });
        d.at(44, Command::AckHelp { counter: 2, help: 2 });
        // Not yet a no-show while the day is open.
        let open = daily(&d.log, UtcOffset::UTC);
        assert_eq!((open[0].appointments, open[0].appointment_no_shows), (3, 0));
        d.at(24 * 60, Command::NewDay);
        let rows = daily(&d.log, UtcOffset::UTC);
        let housing = rows.iter().find(|r| r.service == "housing").unwrap();
        assert_eq!((housing.appointments, housing.appointment_no_shows), (3, 2));
        let desks = counters(&d.log, UtcOffset::UTC);
        let two = desks.iter().find(|r| r.counter == 2).unwrap();
        assert_eq!((two.help_acked, two.mean_help_ack_secs), (2, Some(3 * 60)));
    }

    #[test]
    fn every_path_to_done_counts_as_served_as_the_counter_did() {
        let mut d = Day {
            e: Engine::new(QueueConfig::example()),
            log: vec![],
        };
        for _ in 0..5 {
            d.at(0, issue("housing", false));
        }
        // Called, then Done at once: no Start pressed.
        d.at(10, Command::CallNext { counter: 1 });
        d.at(13, Command::Finish { counter: 1 }); // 3 min from the call
        // Called, started, done.
        d.at(20, Command::CallNext { counter: 1 });
        d.at(21, Command::Start { counter: 1 });
        d.at(25, Command::Finish { counter: 1 }); // 4 min from Start
        // Called, recalled, done.
        d.at(30, Command::CallNext { counter: 1 });
        d.at(31, Command::Recall { counter: 1 });
        d.at(36, Command::Finish { counter: 1 }); // 6 min from the call
        // Called, transferred, called in the new service, done without Start there.
        d.at(40, Command::CallNext { counter: 1 });
        d.at(
            41,
            Command::Transfer {
                counter: 1,
                target: Target::Service("general".into()),
            },
        );
        d.at(50, Command::CallNext { counter: 3 });
        d.at(52, Command::Finish { counter: 3 }); // 2 min under general
        let finishes = d
            .log
            .iter()
            .filter(|e| matches!(e.event, Event::Finished { .. }))
            .count();
        assert_eq!(finishes, 4, "the counter finished four visits");
        let rows = daily(&d.log, UtcOffset::UTC);
        let served: u32 = rows.iter().map(|r| r.served).sum();
        assert_eq!(served as usize, finishes, "stats agree with the counter: {rows:?}");
        let housing = rows.iter().find(|r| r.service == "housing").unwrap();
        assert_eq!(housing.served, 3);
        assert_eq!(housing.mean_service_secs, Some((3 + 4 + 6) * 60 / 3));
        let general = rows.iter().find(|r| r.service == "general").unwrap();
        assert_eq!((general.served, general.mean_service_secs), (1, Some(2 * 60)));
    }

    #[test]
    fn days_follow_the_local_offset_and_an_empty_log_gives_nothing() {
        assert!(daily(&[], UtcOffset::UTC).is_empty());
        let mut d = Day {
            e: Engine::new(QueueConfig::example()),
            log: vec![],
        };
        // 23:30 UTC is already tomorrow at UTC+1.
        let late = 23 * 60 + 30 - (BASE / 60_000) % (24 * 60);
        d.at(late, issue("general", false));
        let utc = daily(&d.log, UtcOffset::UTC)[0].date.clone();
        let plus_one = daily(&d.log, UtcOffset::from_hms(1, 0, 0).unwrap())[0].date.clone();
        assert_ne!(utc, plus_one);
    }

    #[test]
    fn nearest_rank_percentile() {
        let secs = |v: &[i64]| v.iter().map(|s| s * 1000).collect::<Vec<_>>();
        assert_eq!(p90(&secs(&[5])), Some(5));
        assert_eq!(p90(&secs(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10])), Some(9));
        assert_eq!(
            p90(&secs(&[10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])),
            Some(1),
            "rank 10 of 11"
        );
        assert_eq!(p90(&secs(&[10, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1])), Some(10));
        assert_eq!(p90(&[]), None);
    }
}
