//! The desk's words drawn from the replica beside the ticket itself: open help calls from the
//! kiosks, who is booked next, booked times in the site's local clock, what comes next in a visit
//! of several services, and the boards that cannot be heard. Pure (no Slint, no clock of its own):
//! [`super::desk`] passes the time in and copies the results into the window.

use onestop::queue::engine::HelpCall;
use onestop::queue::{Engine, Ticket};

/// Help calls the banner lists at most; the rest are counted ("+2 more").
pub const SHOWN_HELP: usize = 3;

/// Appointments "Booked next" lists at most.
pub const SHOWN_BOOKED: usize = 5;

/// One open help call as the banner shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    /// The call's id, for [`onestop::queue::Command::AckHelp`].
    pub id: u64,
    /// "Help needed at kiosk-foyer (2 min ago)".
    pub text: String,
}

/// The open help calls, oldest first (at most [`SHOWN_HELP`]), and "+N more" for the rest
/// (empty when none are left out).
pub fn help(engine: &Engine, now_ms: i64) -> (Vec<HelpLine>, String) {
    let open: Vec<&HelpCall> = engine.open_help().collect();
    let shown = open
        .iter()
        .take(SHOWN_HELP)
        .map(|h| HelpLine {
            id: h.id,
            text: format!("Help needed at {} ({})", h.kiosk, ago(now_ms - h.at_ms)),
        })
        .collect();
    let more = match open.len().saturating_sub(SHOWN_HELP) {
        0 => String::new(),
        n => format!("+{n} more"),
    };
    (shown, more)
}

/// "just now", "1 min ago", "12 min ago" (rounded to the nearest minute, as waits are).
fn ago(ms: i64) -> String {
    match (ms.max(0) + 30_000) / 60_000 {
        0 => "just now".into(),
        m => format!("{m} min ago"),
    }
}

/// The kiosk of help call `id`, if the replica holds it.
pub fn help_kiosk(engine: &Engine, id: u64) -> Option<String> {
    engine.help_calls().find(|h| h.id == id).map(|h| h.kiosk.clone())
}

/// Unix ms as the site's wall clock ("10:30"), in the zone of the hub's opening hours.
pub fn clock(engine: &Engine, ms: i64) -> String {
    let t = engine.config().hours.local(ms.div_euclid(1000));
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// One booking in "Booked next".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookedLine {
    /// "10:30", local.
    pub time: String,
    /// The booking reference.
    pub reference: String,
    /// The service's name for staff.
    pub service: String,
}

/// The appointments for `counter`'s services not yet checked in, soonest first (at most
/// [`SHOWN_BOOKED`]).
pub fn booked(engine: &Engine, counter: u32, now_ms: i64, names: &dyn Fn(&str) -> String) -> Vec<BookedLine> {
    engine
        .booked_next(counter, now_ms)
        .into_iter()
        .take(SHOWN_BOOKED)
        .map(|a| BookedLine {
            time: clock(engine, a.at_ms),
            reference: a.reference.clone(),
            service: names(&a.service),
        })
        .collect()
}

/// "appt 10:30" for a ticket that checked in for a booking the hub listed; "appointment" when
/// its booking is not in the list; `None` for other tickets.
pub fn appointment(engine: &Engine, t: &Ticket) -> Option<String> {
    let reference = t.appointment.as_deref()?;
    let at = engine.appointments().and_then(|list| {
        list.into_iter()
            .find(|a| a.reference.eq_ignore_ascii_case(reference))
            .map(|a| a.at_ms)
    });
    Some(match at {
        Some(ms) => format!("appt {}", clock(engine, ms)),
        None => "appointment".into(),
    })
}

/// "Then: Council Tax" (or "Then: Council Tax, Housing") when the visit has services still to
/// come after this one; empty otherwise.
pub fn then(t: &Ticket, names: &dyn Fn(&str) -> String) -> String {
    if t.next_services.is_empty() {
        return String::new();
    }
    let next: Vec<String> = t.next_services.iter().map(|s| names(s)).collect();
    format!("Then: {}", next.join(", "))
}

/// What staff should know of the boards: the ones that cannot be heard, and why; empty when
/// all can.
pub fn boards(boards: &[onestop::queue::protocol::BoardReport]) -> String {
    let silent: Vec<String> = boards
        .iter()
        .filter_map(|b| {
            b.status
                .sound
                .as_ref()
                .map(|why| format!("board {}: calls are shown but not spoken ({why})", b.name))
        })
        .collect();
    if silent.is_empty() {
        String::new()
    } else {
        format!("Check the sound: {}", silent.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use onestop::queue::engine::Appointment;
    use onestop::queue::protocol::{BoardReport, DeviceStatus};
    use onestop::queue::{Command, QueueConfig};

    const T0: i64 = 1_796_378_400_000; // Friday 4 December 2026, 10:00 GMT

    fn engine() -> Engine {
        Engine::new(QueueConfig::example())
    }

    fn run(e: &mut Engine, c: Command, at: i64) {
        e.apply(&c, at).expect("accepted");
    }

    #[test]
    fn staff_hear_only_of_boards_that_cannot_be_heard() {
        let board = |name: &str, sound: Option<&str>| BoardReport {
            name: name.into(),
            status: DeviceStatus {
                sound: sound.map(str::to_owned),
            },
        };
        assert_eq!(boards(&[]), "");
        assert_eq!(boards(&[board("foyer", None)]), "");
        assert_eq!(
            boards(&[
                board("foyer", None),
                board("first-floor", Some("no sound device")),
                board("library", Some("espeak-ng is not installed")),
            ]),
            "Check the sound: board first-floor: calls are shown but not spoken (no sound device); \
             board library: calls are shown but not spoken (espeak-ng is not installed)"
        );
    }

    #[test]
    fn open_help_calls_oldest_first_three_at_most_and_acked_ones_go() {
        let mut e = engine();
        for (i, k) in ["kiosk-foyer", "kiosk-2", "kiosk-3", "kiosk-4", "kiosk-5"]
            .iter()
            .enumerate()
        {
            run(&mut e, Command::CallHelp { kiosk: (*k).into() }, T0 + i as i64 * 60_000);
        }
        let (lines, more) = help(&e, T0 + 4 * 60_000);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Help needed at kiosk-foyer (4 min ago)",
                "Help needed at kiosk-2 (3 min ago)",
                "Help needed at kiosk-3 (2 min ago)"
            ]
        );
        assert_eq!(more, "+2 more");
        run(
            &mut e,
            Command::AckHelp {
                counter: 2,
                help: lines[0].id,
            },
            T0 + 5 * 60_000,
        );
        let (lines, more) = help(&e, T0 + 5 * 60_000);
        assert_eq!(lines[0].text, "Help needed at kiosk-2 (4 min ago)");
        assert_eq!(more, "+1 more");
        assert_eq!(help_kiosk(&e, 1).as_deref(), Some("kiosk-foyer"));
        let (_, more) = help(&engine(), T0);
        assert_eq!(more, "");
    }

    #[test]
    fn booked_next_and_checked_in_tickets_show_the_local_time() {
        let mut e = engine();
        let booking = |reference: &str, minutes: i64, service: &str| Appointment {
            reference: reference.into(),
            at_ms: T0 + minutes * 60_000,
            service: service.into(),
        };
        run(
            &mut e,
            Command::SetAppointments {
                appointments: vec![
                    booking("HX-1", 30, "housing"),
                    booking("CT-1", 15, "council-tax"),
                    booking("GN-1", 45, "general"),
                ],
            },
            T0,
        );
        let names = |id: &str| id.to_uppercase();
        let list = booked(&e, 1, T0, &names);
        assert_eq!(
            list,
            [
                BookedLine {
                    time: "10:30".into(),
                    reference: "HX-1".into(),
                    service: "HOUSING".into()
                },
                BookedLine {
                    time: "10:45".into(),
                    reference: "GN-1".into(),
                    service: "GENERAL".into()
                },
            ],
            "counter 1 serves housing and general, soonest first"
        );
        run(
            &mut e,
            Command::Issue {
                service: "housing".into(),
                priority: false,
                appointment: Some("HX-1".into()),
                also: vec!["council-tax".into()],
                locale: None,
            },
            T0 + 60_000,
        );
        let t = e.ticket(1).unwrap().clone();
        assert_eq!(appointment(&e, &t).as_deref(), Some("appt 10:30"));
        assert_eq!(booked(&e, 1, T0, &names).len(), 1, "HX-1 checked in");
        assert_eq!(then(&t, &names), "Then: COUNCIL-TAX");
        // Summer: BST.
        assert_eq!(clock(&e, 1_782_208_800_000), "11:00", "23 June 2026, 10:00 UTC");
    }
}
