//! Which services a board shows (`--services housing,general`: a big office runs one board per
//! area) and how a service is named on it, including the "then Council Tax" line under a ticket
//! whose visit goes on to another service. Pure: [`super::view`] asks it what to keep, and the
//! board's runner asks it which calls to speak. It does not read the hub; the ids are checked
//! against the hub's configuration by [`Services::check`] once the replica arrives.

use onestop::i18n::{ArgValue, Translations};
use onestop::queue::{QueueConfig, Ticket};

/// The services a board shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Services {
    /// Every service (no `--services`).
    #[default]
    All,
    /// Only these service ids.
    Only(Vec<String>),
}

impl Services {
    /// From `--services` (already split at commas): empty means all. Ids are trimmed, empty
    /// ones dropped, duplicates kept once.
    pub fn from_args(ids: &[String]) -> Services {
        let mut only: Vec<String> = Vec::new();
        for id in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            if !only.iter().any(|o| o == id) {
                only.push(id.to_owned());
            }
        }
        if only.is_empty() {
            Services::All
        } else {
            Services::Only(only)
        }
    }

    /// Whether calls and the queue of service `id` are shown (and calls spoken).
    pub fn shows(&self, id: &str) -> bool {
        match self {
            Services::All => true,
            Services::Only(ids) => ids.iter().any(|s| s == id),
        }
    }

    /// Whether announcement `a` is spoken: only calls the board shows are.
    pub fn speaks(&self, a: &super::feed::Announcement) -> bool {
        self.shows(&a.service)
    }

    /// An error naming the first id the hub's `config` does not have, and listing the ones it
    /// does.
    pub fn check(&self, config: &QueueConfig) -> Result<(), String> {
        let Services::Only(ids) = self else { return Ok(()) };
        match ids.iter().find(|id| config.service(id).is_none()) {
            None => Ok(()),
            Some(unknown) => {
                let have: Vec<&str> = config.services.iter().map(|s| s.id.as_str()).collect();
                Err(format!(
                    "--services: the hub has no service \"{unknown}\" (it has: {})",
                    have.join(", ")
                ))
            }
        }
    }
}

/// Service `id`'s name in `tag` (`queue-service-<id>`), or the id where no locale names it.
pub fn name(tr: &Translations, tag: &str, id: &str) -> String {
    let key = format!("queue-service-{id}");
    let name = super::view::text(tr, tag, &key, &[]);
    if name == key { id.to_owned() } else { name }
}

/// "then Council Tax" in `tag` when `ticket`'s visit has another service to come; else empty.
pub fn then(tr: &Translations, tag: &str, ticket: &Ticket) -> String {
    match ticket.next_services.first() {
        None => String::new(),
        Some(next) => super::view::text(
            tr,
            tag,
            "queue-board-then",
            &[("service", ArgValue::Str(&name(tr, tag, next)))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::view::BoardView;
    use super::*;
    use onestop::queue::{Command, Engine, Sequenced};

    fn strip(s: &str) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn issue(e: &mut Engine, log: &mut Vec<Sequenced>, service: &str, also: &[&str], at: i64) {
        let c = Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: also.iter().map(|s| (*s).to_owned()).collect(),
            locale: None,
        };
        log.extend(e.apply(&c, at).unwrap());
    }

    /// Housing, council tax and general called at counters 1, 2 and 3; housing goes on to
    /// council tax.
    fn morning() -> (Engine, Vec<Sequenced>) {
        let mut e = Engine::new(QueueConfig::example());
        let mut log = Vec::new();
        let t0 = 1_700_000_000_000;
        issue(&mut e, &mut log, "housing", &["council-tax"], t0);
        issue(&mut e, &mut log, "council-tax", &[], t0 + 1);
        issue(&mut e, &mut log, "general", &[], t0 + 2);
        issue(&mut e, &mut log, "general", &[], t0 + 3);
        for (i, counter) in [1, 2, 3].into_iter().enumerate() {
            log.extend(e.apply(&Command::CallNext { counter }, t0 + 10 + i as i64).unwrap());
        }
        (e, log)
    }

    #[test]
    fn arguments_make_a_filter_and_unknown_ids_are_named_with_the_ones_there_are() {
        assert_eq!(Services::from_args(&[]), Services::All);
        assert_eq!(Services::from_args(&[" ".into()]), Services::All);
        let only = Services::from_args(&["housing".into(), "general".into(), "housing".into()]);
        assert_eq!(only, Services::Only(vec!["housing".into(), "general".into()]));
        assert!(only.shows("housing") && only.shows("general") && !only.shows("council-tax"));
        assert!(Services::All.shows("anything"));
        let config = QueueConfig::example();
        assert_eq!(only.check(&config), Ok(()));
        assert_eq!(Services::All.check(&config), Ok(()));
        assert_eq!(
            Services::from_args(&["housing".into(), "parking".into()]).check(&config),
            Err("--services: the hub has no service \"parking\" (it has: housing, council-tax, general)".into())
        );
    }

    #[test]
    fn a_filtered_board_shows_only_its_services_calls_and_queues() {
        let (e, log) = morning();
        let tr = onestop::embedded::translations().unwrap();
        let only = Services::from_args(&["housing".into(), "general".into()]);
        let v = BoardView::build_for(Some(&e), &log, true, &tr, "en-GB", 0, &only);
        let now: Vec<(&str, u32)> = v.now.iter().map(|c| (c.label.as_str(), c.counter)).collect();
        assert_eq!(now, [("C001", 3), ("A001", 1)], "B001 at counter 2 is another area's");
        let names: Vec<&str> = v.services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Housing", "General enquiries"]);
        assert_eq!(v.services[1].waiting, 1);
        let all = BoardView::build(Some(&e), &log, true, &tr, "en-GB", 0);
        assert_eq!((all.now.len(), all.services.len()), (3, 3));
        assert_eq!(
            BoardView::build_for(Some(&e), &log, true, &tr, "en-GB", 0, &Services::All),
            all
        );
    }

    #[test]
    fn only_the_calls_a_filtered_board_shows_are_spoken() {
        let (e, log) = morning();
        let mut t = super::super::feed::Tracker::default();
        for ev in &log {
            t.on_event(ev.clone());
        }
        let said = t.on_view(super::super::feed::BoardInput {
            engine: Some(std::sync::Arc::new(e)),
            connected: true,
        });
        let only = Services::from_args(&["housing".into(), "general".into()]);
        let spoken: Vec<&str> = said
            .iter()
            .filter(|a| only.speaks(a))
            .map(|a| a.label.as_str())
            .collect();
        assert_eq!(said.len(), 3);
        assert_eq!(spoken, ["A001", "C001"]);
    }

    #[test]
    fn a_ticket_going_on_to_another_service_says_which_in_the_locale() {
        let (e, log) = morning();
        let tr = onestop::embedded::translations().unwrap();
        let v = BoardView::build(Some(&e), &log, true, &tr, "en-GB", 0);
        let a = v.now.iter().find(|c| c.label == "A001").unwrap();
        assert_eq!(strip(&a.then), "then Council Tax");
        assert_eq!(a.service, "housing");
        assert!(v.now.iter().filter(|c| c.label != "A001").all(|c| c.then.is_empty()));
        for tag in ["ar", "bn", "gu", "hi", "pa", "pl", "ro", "so", "ur", "zh-Hans"] {
            let v = BoardView::build(Some(&e), &log, true, &tr, tag, 0);
            let then = &v.now.iter().find(|c| c.label == "A001").unwrap().then;
            let service = name(&tr, tag, "council-tax");
            assert!(
                then.contains(&service) && !then.contains("queue-board") && strip(then) != "then Council Tax",
                "{tag}: {then}"
            );
        }
    }
}
