//! The queue hub's scrape: per service, tickets issued and called today, tickets waiting and the
//! longest wait now; open counters; connected boards, counters and kiosks; the build.
//! [`HubFigures::of`] reads them off the engine (in memory, on the hub's owner thread, which owns
//! it); [`render`] is pure. Serving them is the hub's (`crate::queue::server`).

use super::{BuildInfo, FloatGauge, encode, registry};
use crate::queue::engine::{Engine, TicketState};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;

/// One service's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceFigures {
    /// The service id (`housing`).
    pub service: String,
    /// Tickets issued today.
    pub issued: u64,
    /// Tickets called at least once today (by the service they are in now).
    pub called: u64,
    /// Tickets waiting now.
    pub waiting: u64,
    /// The longest wait among them now, in seconds (0 with none waiting).
    pub longest_wait_secs: f64,
}

/// Clients connected now, by the role their hello gave.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clients {
    /// Big-screen boards.
    pub boards: u64,
    /// Staff counters.
    pub counters: u64,
    /// Kiosks.
    pub kiosks: u64,
}

/// Everything one hub scrape shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HubFigures {
    /// Per service, in the config's order.
    pub services: Vec<ServiceFigures>,
    /// Counters open now.
    pub open_counters: u64,
    /// Who is connected.
    pub clients: Clients,
}

impl HubFigures {
    /// The figures of `engine` at `now_ms` (Unix ms); `clients` is filled in by the server.
    pub fn of(engine: &Engine, now_ms: i64) -> HubFigures {
        let services = engine
            .config()
            .services
            .iter()
            .map(|s| {
                let mine = || engine.tickets().filter(|t| t.service == s.id);
                let waiting = engine.waiting_in(&s.id);
                let oldest = waiting.iter().map(|t| t.arrived_ms).min();
                ServiceFigures {
                    service: s.id.clone(),
                    issued: u64::from(engine.issued_today(&s.id)),
                    called: mine().filter(|t| t.first_called_ms.is_some()).count() as u64,
                    waiting: mine().filter(|t| t.state == TicketState::Waiting).count() as u64,
                    longest_wait_secs: oldest.map_or(0.0, |at| (now_ms - at).max(0) as f64 / 1000.0),
                }
            })
            .collect();
        HubFigures {
            services,
            open_counters: engine.open_counters().count() as u64,
            clients: Clients::default(),
        }
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ServiceLabel {
    service: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RoleLabel {
    role: &'static str,
}

/// A whole scrape, as text.
pub fn render(f: &HubFigures, build: &BuildInfo) -> String {
    let mut r = registry(build);
    let issued = Family::<ServiceLabel, Counter>::default();
    r.register(
        "queue_tickets_issued",
        "Tickets issued today per service (starts again from 0 when the day resets)",
        issued.clone(),
    );
    let called = Family::<ServiceLabel, Gauge>::default();
    r.register(
        "queue_tickets_called_today",
        "Tickets called to a counter at least once today, per service they are in now",
        called.clone(),
    );
    let waiting = Family::<ServiceLabel, Gauge>::default();
    r.register(
        "queue_waiting_tickets",
        "Tickets waiting now per service",
        waiting.clone(),
    );
    let longest = Family::<ServiceLabel, FloatGauge>::default();
    r.register(
        "queue_longest_wait_seconds",
        "How long the longest-waiting ticket of each service has waited (0 with none waiting)",
        longest.clone(),
    );
    for s in &f.services {
        let label = ServiceLabel {
            service: s.service.clone(),
        };
        issued.get_or_create(&label).inc_by(s.issued);
        called.get_or_create(&label).set(s.called as i64);
        waiting.get_or_create(&label).set(s.waiting as i64);
        longest.get_or_create(&label).set(s.longest_wait_secs);
    }
    let open = Gauge::<i64>::default();
    open.set(f.open_counters as i64);
    r.register("queue_open_counters", "Counters open now", open);
    let clients = Family::<RoleLabel, Gauge>::default();
    r.register(
        "queue_connected_clients",
        "Clients connected to the hub now, by role (after their hello)",
        clients.clone(),
    );
    for (role, n) in [
        ("board", f.clients.boards),
        ("counter", f.clients.counters),
        ("kiosk", f.clients.kiosks),
    ] {
        clients.get_or_create(&RoleLabel { role }).set(n as i64);
    }
    encode(&r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::sample as value;
    use crate::queue::engine::Command;

    fn engine() -> Engine {
        let config = crate::config::Config::defaults().queue.site();
        Engine::new(config)
    }

    #[test]
    fn the_service_group_counts_issued_called_waiting_and_the_longest_wait() {
        let mut e = engine();
        let t0 = 1_764_900_000_000;
        for (i, service) in ["housing", "housing", "housing", "general"].into_iter().enumerate() {
            let issue = Command::Issue {
                service: service.into(),
                priority: false,
                appointment: None,
                also: Vec::new(),
                locale: None,
            };
            e.apply(&issue, t0 + i as i64 * 60_000).unwrap();
        }
        e.apply(&Command::Open { counter: 1 }, t0 + 300_000).unwrap();
        e.apply(&Command::CallNext { counter: 1 }, t0 + 310_000).unwrap();
        let f = HubFigures::of(&e, t0 + 600_000);
        let text = render(&f, &BuildInfo::of("hub"));
        assert!(
            text.contains("# TYPE onestop_queue_tickets_issued_total counter\n"),
            "{text}"
        );
        assert_eq!(
            value(&text, "onestop_queue_tickets_issued_total{service=\"housing\"}"),
            Some(3.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_tickets_issued_total{service=\"general\"}"),
            Some(1.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_tickets_issued_total{service=\"council-tax\"}"),
            Some(0.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_tickets_called_today{service=\"housing\"}"),
            Some(1.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_waiting_tickets{service=\"housing\"}"),
            Some(2.0)
        );
        // The first housing ticket was called; the second arrived at t0 + 1 min, 9 min ago.
        assert_eq!(
            value(&text, "onestop_queue_longest_wait_seconds{service=\"housing\"}"),
            Some(540.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_longest_wait_seconds{service=\"council-tax\"}"),
            Some(0.0)
        );
        assert_eq!(value(&text, "onestop_queue_open_counters"), Some(1.0));
    }

    #[test]
    fn the_clients_group_counts_each_role() {
        let f = HubFigures {
            clients: Clients {
                boards: 2,
                counters: 3,
                kiosks: 1,
            },
            ..HubFigures::default()
        };
        let text = render(&f, &BuildInfo::of("hub"));
        assert_eq!(
            value(&text, "onestop_queue_connected_clients{role=\"board\"}"),
            Some(2.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_connected_clients{role=\"counter\"}"),
            Some(3.0)
        );
        assert_eq!(
            value(&text, "onestop_queue_connected_clients{role=\"kiosk\"}"),
            Some(1.0)
        );
        assert!(text.contains("onestop_build_info{component=\"hub\""), "{text}");
    }
}
