//! A site's queue set-up, from the `[queue]` table of the config: services with their ticket
//! prefixes, counters with the services they serve and how they choose the next ticket, the
//! priority rule, recalls before a no-show, and when numbering starts again each day. Checked
//! whole at load so the engine can rely on it.

use serde::{Deserialize, Serialize};

/// One service a visitor can queue for, e.g. housing advice, with tickets A001, A002…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceDef {
    /// Stable id; its name is the Fluent message `queue-service-<id>` in `queue.ftl`.
    pub id: String,
    /// One or two capital letters printed before the number.
    pub prefix: String,
    /// Most tickets issued for it a day, before staff allow more; none: the site's
    /// [`QueueConfig::daily_cap`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_cap: Option<u32>,
}

/// How a counter picks the next ticket among its services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// Whoever has waited longest, across all its services.
    #[default]
    LongestWaiting,
    /// Its services in the order listed: the first service's queue empties first.
    ServiceOrder,
}

/// One counter (desk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterDef {
    /// The number staff and visitors see ("counter 3").
    pub id: u32,
    /// The services it serves, by id.
    pub services: Vec<String>,
    /// How it picks the next ticket.
    #[serde(default)]
    pub policy: Policy,
}

/// The queue's configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueConfig {
    /// The services, in the order the kiosk offers them.
    pub services: Vec<ServiceDef>,
    /// The counters.
    pub counters: Vec<CounterDef>,
    /// A priority ticket (appointment, extra help) counts as having arrived this many minutes
    /// earlier than it did. Large enough, and priority always goes first; 0 turns it off.
    #[serde(default = "default_boost")]
    pub priority_boost_minutes: u32,
    /// Recalls without the visitor appearing before the ticket becomes a no-show.
    #[serde(default = "default_recalls")]
    pub max_recalls: u32,
    /// Local time (HH:MM) at which numbering starts again from 1.
    #[serde(default = "default_reset")]
    pub reset_at: String,
    /// Minutes one visitor takes, assumed until there are real service times to measure.
    #[serde(default = "default_service_minutes")]
    pub default_service_minutes: u32,
    /// Most tickets issued per service a day before staff allow more (see `docs/QUEUE.md`):
    /// a flood of tickets from one misbehaving client cannot use up the numbers for the day.
    /// Left out of the serialised form at its default, for clients from before it.
    #[serde(default = "default_daily_cap", skip_serializing_if = "is_default_daily_cap")]
    pub daily_cap: u32,
    /// When tickets may be issued (the config's `[hours]`); always, by default. Left out of the
    /// serialised form when always open, for clients from before it.
    #[serde(default, skip_serializing_if = "crate::hours::Hours::is_always_open")]
    pub hours: crate::hours::Hours,
    /// "I need more time" on the mobile ticket page moves a waiting ticket back this many
    /// places, once per ticket; 0 turns it off.
    #[serde(default = "default_more_time", skip_serializing_if = "is_default_more_time")]
    pub more_time_places: u32,
    /// An appointment checked in early or on time takes its place in the queue as if it had
    /// arrived this many minutes before its booked time (0: at its booked time), so it goes
    /// ahead of walk-ins who came after that.
    #[serde(
        default = "default_appointment_boost",
        skip_serializing_if = "is_default_appointment_boost"
    )]
    pub appointment_boost_minutes: u32,
    /// Minutes after its booked time an appointment still checks in as booked; later, it
    /// queues as a walk-in from when it checks in.
    #[serde(default = "default_grace", skip_serializing_if = "is_default_grace")]
    pub appointment_grace_minutes: u32,
}

fn default_boost() -> u32 {
    30
}
fn default_more_time() -> u32 {
    3
}
fn is_default_more_time(n: &u32) -> bool {
    *n == default_more_time()
}
fn default_appointment_boost() -> u32 {
    15
}
fn is_default_appointment_boost(n: &u32) -> bool {
    *n == default_appointment_boost()
}
fn default_grace() -> u32 {
    15
}
fn is_default_grace(n: &u32) -> bool {
    *n == default_grace()
}
fn default_recalls() -> u32 {
    2
}
fn default_reset() -> String {
    "03:00".into()
}
fn default_service_minutes() -> u32 {
    8
}
/// Tickets per service a day, unless configured: three digits, as printed.
pub const DEFAULT_DAILY_CAP: u32 = 999;
fn default_daily_cap() -> u32 {
    DEFAULT_DAILY_CAP
}
fn is_default_daily_cap(n: &u32) -> bool {
    *n == DEFAULT_DAILY_CAP
}

/// Most services and counters a site may configure: a board shows them all.
pub const MAX_SERVICES: usize = 26;
/// Most counters.
pub const MAX_COUNTERS: usize = 99;

impl QueueConfig {
    /// Every problem with this configuration, or none.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.services.is_empty() {
            out.push("queue.services must list at least one service".to_owned());
        }
        if self.services.len() > MAX_SERVICES {
            out.push(format!("queue.services lists more than {MAX_SERVICES} services"));
        }
        if self.counters.len() > MAX_COUNTERS {
            out.push(format!("queue.counters lists more than {MAX_COUNTERS} counters"));
        }
        let mut seen = std::collections::HashSet::new();
        let mut prefixes = std::collections::HashSet::new();
        for s in &self.services {
            if !crate::forms::schema::is_valid_id(&s.id) {
                out.push(format!(
                    "queue service id \"{}\" must be lower-case letters, digits and -",
                    s.id
                ));
            }
            if !seen.insert(s.id.as_str()) {
                out.push(format!("queue service \"{}\" is listed twice", s.id));
            }
            if s.prefix.is_empty() || s.prefix.len() > 2 || !s.prefix.chars().all(|c| c.is_ascii_uppercase()) {
                out.push(format!(
                    "queue service \"{}\": prefix \"{}\" must be one or two capital letters",
                    s.id, s.prefix
                ));
            } else if !prefixes.insert(s.prefix.as_str()) {
                out.push(format!("queue prefix \"{}\" is used by two services", s.prefix));
            }
        }
        let mut counters = std::collections::HashSet::new();
        for c in &self.counters {
            if c.id == 0 || c.id > 999 {
                out.push(format!("queue counter {} must be numbered 1 to 999", c.id));
            }
            if !counters.insert(c.id) {
                out.push(format!("queue counter {} is listed twice", c.id));
            }
            if c.services.is_empty() {
                out.push(format!("queue counter {} serves no service", c.id));
            }
            for s in &c.services {
                if !self.services.iter().any(|d| &d.id == s) {
                    out.push(format!(
                        "queue counter {} serves \"{s}\", which is not a queue service",
                        c.id
                    ));
                }
            }
        }
        for s in &self.services {
            if !self.counters.iter().any(|c| c.services.contains(&s.id)) {
                out.push(format!("queue service \"{}\" has no counter serving it", s.id));
            }
        }
        if self.max_recalls > 10 {
            out.push("queue.max_recalls must be at most 10".to_owned());
        }
        if self.reset_minutes().is_none() {
            out.push(format!(
                "queue.reset_at \"{}\" must be a time like 03:00",
                self.reset_at
            ));
        }
        if self.more_time_places > 50 {
            out.push("queue.more_time_places must be 0 to 50".to_owned());
        }
        if self.appointment_boost_minutes > 240 {
            out.push("queue.appointment_boost_minutes must be 0 to 240".to_owned());
        }
        if self.appointment_grace_minutes > 240 {
            out.push("queue.appointment_grace_minutes must be 0 to 240".to_owned());
        }
        if !(1..=240).contains(&self.default_service_minutes) {
            out.push("queue.default_service_minutes must be 1 to 240".to_owned());
        }
        let max = crate::queue::engine::MAX_PER_DAY;
        if !(1..=max).contains(&self.daily_cap) {
            out.push(format!("queue.daily_cap must be 1 to {max}"));
        }
        for s in &self.services {
            if let Some(cap) = s.daily_cap.filter(|c| !(1..=max).contains(c)) {
                out.push(format!(
                    "queue service \"{}\": daily_cap {cap} must be 1 to {max}",
                    s.id
                ));
            }
        }
        out
    }

    /// `reset_at` as minutes after midnight.
    pub fn reset_minutes(&self) -> Option<u32> {
        let (h, m) = self.reset_at.split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60 && self.reset_at.len() == 5).then_some(h * 60 + m)
    }

    /// The service with this id.
    pub fn service(&self, id: &str) -> Option<&ServiceDef> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The counter with this number.
    pub fn counter(&self, id: u32) -> Option<&CounterDef> {
        self.counters.iter().find(|c| c.id == id)
    }

    /// A small site for tests and the embedded defaults: housing (A), council tax (B) and
    /// general enquiries (C) over three counters.
    pub fn example() -> QueueConfig {
        let svc = |id: &str, prefix: &str| ServiceDef {
            id: id.into(),
            prefix: prefix.into(),
            daily_cap: None,
        };
        let counter = |id, services: &[&str], policy| CounterDef {
            id,
            services: services.iter().map(|s| s.to_string()).collect(),
            policy,
        };
        QueueConfig {
            services: vec![svc("housing", "A"), svc("council-tax", "B"), svc("general", "C")],
            counters: vec![
                counter(1, &["housing", "general"], Policy::LongestWaiting),
                counter(2, &["council-tax", "general"], Policy::ServiceOrder),
                counter(3, &["general"], Policy::LongestWaiting),
            ],
            priority_boost_minutes: default_boost(),
            max_recalls: default_recalls(),
            reset_at: default_reset(),
            default_service_minutes: default_service_minutes(),
            daily_cap: default_daily_cap(),
            hours: crate::hours::Hours::always(),
            more_time_places: default_more_time(),
            appointment_boost_minutes: default_appointment_boost(),
            appointment_grace_minutes: default_grace(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_sound() {
        assert_eq!(QueueConfig::example().problems(), Vec::<String>::new());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut c = QueueConfig::example();
        c.services.push(ServiceDef {
            id: "Housing!".into(),
            prefix: "a1".into(),
            daily_cap: Some(0),
        });
        c.services.push(ServiceDef {
            id: "housing".into(),
            prefix: "A".into(),
            daily_cap: None,
        });
        c.daily_cap = 10_000;
        c.counters.push(CounterDef {
            id: 0,
            services: vec!["nowhere".into()],
            policy: Policy::default(),
        });
        c.counters.push(CounterDef {
            id: 1,
            services: vec![],
            policy: Policy::default(),
        });
        c.reset_at = "25:00".into();
        c.max_recalls = 50;
        let p = c.problems().join("\n");
        for want in [
            "\"Housing!\" must be lower-case",
            "prefix \"a1\"",
            "\"housing\" is listed twice",
            "prefix \"A\" is used by two",
            "counter 0 must be numbered",
            "counter 1 is listed twice",
            "counter 1 serves no service",
            "\"nowhere\", which is not",
            "\"Housing!\" has no counter",
            "max_recalls",
            "reset_at \"25:00\"",
            "queue.daily_cap must be 1 to 9999",
            "\"Housing!\": daily_cap 0",
        ] {
            assert!(p.contains(want), "missing {want:?} in\n{p}");
        }
    }
}
