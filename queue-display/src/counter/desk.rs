//! The desk controller: turns a staff member's buttons and keys into this counter's queue
//! commands through the [`QueueLink`], and writes the replica's state (open help calls, the
//! ticket at the counter, who is booked next, the waiting list in call order, parked tickets,
//! the connection) into the `Desk` adapter; [`super::lines`] words the help calls and bookings. It decides nothing itself: the hub (or its engine) accepts or refuses, and a
//! refusal is shown in the hub's own words.

use super::lines;
use super::link::QueueLink;
use super::ui::{Booked, Choice, CounterWindow, Desk as DeskUi, HelpRow, Row};
use onestop::queue::{Command, Engine, Event, Sequenced, Target, Ticket, TicketState};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// Now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// One counter's desk.
pub struct Desk {
    counter: u32,
    link: Rc<dyn QueueLink>,
    window: slint::Weak<CounterWindow>,
    clock: Box<dyn Fn() -> i64>,
    /// Service names staff read, by id.
    names: Box<dyn Fn(&str) -> String>,
    state: RefCell<DeskState>,
}

/// What the desk shows besides the replica.
#[derive(Default)]
struct DeskState {
    /// The last refusal or failure, as the hub (or the link) put it.
    error: String,
    /// What the last action did.
    notice: String,
    /// The picker open, if any.
    picking: Option<Picker>,
}

/// What the desk's picker (keys 1–9) chooses between.
enum Picker {
    /// Where to transfer the counter's ticket.
    Transfer(Vec<Target>),
    /// Which service to allow [`ALLOW_STEP`] more tickets today.
    AllowMore(Vec<String>),
}

/// Waiting tickets listed at most (the count says how many there are).
const SHOWN_WAITING: usize = 50;

/// Tickets one "Allow more" adds to a service's day.
pub const ALLOW_STEP: u32 = 50;

/// A service this close to its cap is flagged to staff.
const NEARLY: u32 = 20;

fn s(x: impl Into<SharedString>) -> SharedString {
    x.into()
}

fn minutes(ms: i64) -> i64 {
    (ms.max(0) + 30_000) / 60_000
}

impl Desk {
    /// Wire `window`'s callbacks to a desk for `counter` over `link`, and show the queue.
    pub fn setup(
        window: &CounterWindow,
        counter: u32,
        link: Rc<dyn QueueLink>,
        clock: Box<dyn Fn() -> i64>,
        names: Box<dyn Fn(&str) -> String>,
    ) -> Rc<Desk> {
        let desk = Rc::new(Desk {
            counter,
            link,
            window: window.as_weak(),
            clock,
            names,
            state: RefCell::default(),
        });
        let g = window.global::<DeskUi>();
        macro_rules! on {
            ($cb:ident, |$d:ident $(, $arg:ident : $t:ty)*| $body:expr) => {{
                let weak = Rc::downgrade(&desk);
                g.$cb(move |$($arg: $t),*| {
                    if let Some($d) = weak.upgrade() {
                        $body
                    }
                });
            }};
        }
        on!(on_call_next, |d| d.command(Command::CallNext { counter }));
        on!(on_recall, |d| d.command(Command::Recall { counter }));
        on!(on_start, |d| d.command(Command::Start { counter }));
        on!(on_done, |d| d.command(Command::Finish { counter }));
        on!(on_no_show, |d| d.command(Command::NoShow { counter }));
        on!(on_park, |d| d.command(Command::Park { counter }));
        on!(on_unpark, |d, i: i32| d.unpark(i));
        on!(on_transfer, |d| d.open_picker());
        on!(on_ack_help, |d, id: i32| d.command(Command::AckHelp {
            counter,
            help: u64::try_from(id).unwrap_or_default(),
        }));
        on!(on_allow_more, |d| d.open_allow_more());
        on!(on_choose, |d, i: i32| d.choose(i));
        on!(on_cancel, |d| {
            d.state.borrow_mut().picking = None;
            d.render();
        });
        desk.render();
        desk
    }

    /// Re-read the replica every half second (other desks and kiosks change the queue, and
    /// waited minutes grow). Keep the timer alive as long as the window.
    pub fn start_refresh(self: &Rc<Self>) -> slint::Timer {
        let timer = slint::Timer::default();
        let weak = Rc::downgrade(self);
        timer.start(
            slint::TimerMode::Repeated,
            std::time::Duration::from_millis(500),
            move || {
                if let Some(d) = weak.upgrade() {
                    d.render();
                }
            },
        );
        timer
    }

    fn engine(&self) -> Option<(Arc<Engine>, bool)> {
        self.link.view()
    }

    /// Send one of this counter's commands; the answer updates the error or notice line.
    pub fn command(self: &Rc<Self>, command: Command) {
        self.state.borrow_mut().picking = None;
        let weak = Rc::downgrade(self);
        self.link.send(
            command,
            Box::new(move |result| {
                if let Some(d) = weak.upgrade() {
                    d.answered(result);
                }
            }),
        );
    }

    fn answered(&self, result: Result<Vec<Sequenced>, onestop::queue::ClientError>) {
        {
            let mut st = self.state.borrow_mut();
            match result {
                Ok(events) => {
                    st.error.clear();
                    st.notice = self.describe(&events);
                }
                Err(e) => {
                    st.error = staff_words(&e);
                    st.notice.clear();
                }
            }
        }
        self.render();
    }

    /// Bring back the `index`th parked ticket (0 is the first listed).
    fn unpark(self: &Rc<Self>, index: i32) {
        let parked = self
            .engine()
            .and_then(|(e, _)| e.parked_at(self.counter).get(index.max(0) as usize).map(|t| t.id));
        match parked {
            Some(ticket) => self.command(Command::Unpark {
                counter: self.counter,
                ticket,
            }),
            None => self.local_error("No ticket is parked at this counter."),
        }
    }

    /// Open the transfer picker: the other services, then the other counters.
    fn open_picker(&self) {
        let Some((engine, _)) = self.engine() else {
            return self.local_error("The queue has not loaded yet: wait for the hub connection.");
        };
        let Some(current) = engine.at_counter(self.counter) else {
            return self.local_error("There is no ticket at this counter to transfer.");
        };
        let mut targets: Vec<Target> = engine
            .config()
            .services
            .iter()
            .filter(|d| d.id != current.service)
            .map(|d| Target::Service(d.id.clone()))
            .collect();
        targets.extend(
            engine
                .config()
                .counters
                .iter()
                .filter(|c| c.id != self.counter)
                .map(|c| Target::Counter(c.id)),
        );
        targets.truncate(9); // one key each, 1 to 9
        let mut st = self.state.borrow_mut();
        st.picking = Some(Picker::Transfer(targets));
        st.error.clear();
        drop(st);
        self.render();
    }

    /// Open the picker of this counter's services, to allow more tickets today for one.
    fn open_allow_more(&self) {
        let Some((engine, _)) = self.engine() else {
            return self.local_error("The queue has not loaded yet: wait for the hub connection.");
        };
        let mut services: Vec<String> = engine
            .config()
            .counter(self.counter)
            .map(|c| c.services.clone())
            .unwrap_or_default();
        services.truncate(9);
        let mut st = self.state.borrow_mut();
        st.picking = Some(Picker::AllowMore(services));
        st.error.clear();
        drop(st);
        self.render();
    }

    fn choose(self: &Rc<Self>, index: i32) {
        let i = index.max(0) as usize;
        let command = match &self.state.borrow().picking {
            Some(Picker::Transfer(targets)) => targets.get(i).map(|target| Command::Transfer {
                counter: self.counter,
                target: target.clone(),
            }),
            Some(Picker::AllowMore(services)) => services.get(i).map(|service| Command::AllowMore {
                counter: self.counter,
                service: service.clone(),
                more: ALLOW_STEP,
            }),
            None => None,
        };
        if let Some(command) = command {
            self.command(command);
        }
    }

    /// "Tickets today: Housing 412 of 999 · General enquiries 999 of 999, all issued", for
    /// this counter's services.
    fn tickets_today(&self, engine: &Engine) -> String {
        let Some(def) = engine.config().counter(self.counter) else {
            return String::new();
        };
        let parts: Vec<String> = def
            .services
            .iter()
            .map(|id| {
                let (issued, cap) = (engine.issued_today(id), engine.daily_cap(id));
                let flag = match engine.tickets_left(id) {
                    0 => ", all issued: press A to allow more",
                    left if left <= NEARLY => ", nearly all issued",
                    _ => "",
                };
                format!("{} {issued} of {cap}{flag}", (self.names)(id))
            })
            .collect();
        format!("Tickets today: {}", parts.join(" · "))
    }

    fn local_error(&self, message: &str) {
        {
            let mut st = self.state.borrow_mut();
            st.error = message.to_owned();
            st.notice.clear();
        }
        self.render();
    }

    fn target_text(&self, engine: &Engine, target: &Target) -> String {
        match target {
            Target::Service(id) => (self.names)(id),
            Target::Counter(c) => {
                let serves = engine
                    .config()
                    .counter(*c)
                    .map(|d| {
                        d.services
                            .iter()
                            .map(|s| (self.names)(s))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                format!("Counter {c} ({serves})")
            }
        }
    }

    /// What the events of a command did, in a line.
    fn describe(&self, events: &[Sequenced]) -> String {
        let Some((engine, _)) = self.engine() else {
            return String::new();
        };
        let label = |id: u64| {
            engine
                .ticket(id)
                .map_or_else(|| format!("ticket {id}"), |t| t.label.clone())
        };
        events
            .iter()
            .filter_map(|e| match &e.event {
                Event::Called { ticket, .. } => Some(format!("Called {}.", label(*ticket))),
                Event::Recalled { ticket, recalls } => Some(format!(
                    "Recalled {} ({recalls} of {}).",
                    label(*ticket),
                    engine.config().max_recalls
                )),
                Event::Started { ticket } => Some(format!("Serving {}.", label(*ticket))),
                Event::Finished { ticket } => Some(format!("{} is done.", label(*ticket))),
                Event::NoShowed { ticket } => Some(format!("{} is marked as a no-show.", label(*ticket))),
                Event::Parked { ticket } => Some(format!("{} is parked.", label(*ticket))),
                Event::Transferred { ticket, target } => Some(format!(
                    "{} transferred to {}, keeping their place.",
                    label(*ticket),
                    self.target_text(&engine, target)
                )),
                Event::CapRaised { service, more, .. } => Some(format!(
                    "{more} more {} tickets allowed today (up to {}).",
                    (self.names)(service),
                    engine.daily_cap(service)
                )),
                Event::HelpAcked { help, .. } => Some(format!(
                    "You answered the help call at {}.",
                    lines::help_kiosk(&engine, *help).unwrap_or_else(|| "a kiosk".into())
                )),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn row(&self, engine: &Engine, t: &Ticket, now: i64) -> Row {
        let mut detail = format!("{} min", minutes(now - t.arrived_ms));
        if let Some(appt) = lines::appointment(engine, t) {
            detail.push_str(&format!(" · {appt}"));
        } else if t.priority {
            detail.push_str(" · priority");
        }
        if t.transfers > 0 {
            detail.push_str(" · transferred");
        }
        Row {
            label: s(t.label.as_str()),
            service: s((self.names)(&t.service)),
            detail: s(detail),
            priority: t.priority,
        }
    }

    /// Write the adapter from the replica and the desk's own state.
    pub fn render(&self) {
        let Some(w) = self.window.upgrade() else { return };
        let g = w.global::<DeskUi>();
        let now = (self.clock)();
        let st = self.state.borrow();
        let view = self.engine();
        let connected = view.as_ref().is_some_and(|(_, c)| *c);
        g.set_title(s(format!("Counter {}", self.counter)));
        g.set_connected(connected);
        g.set_connection(s(match &view {
            None => "Connecting to the queue hub…",
            Some((_, true)) => "Connected",
            Some((_, false)) => "Hub not reachable: showing the last known queue",
        }));
        g.set_error(s(st.error.as_str()));
        g.set_notice(s(st.notice.as_str()));
        let Some((engine, _)) = view else {
            g.set_has_ticket(false);
            g.set_idle_hint(s("Waiting for the queue hub."));
            return;
        };
        let serves = engine
            .config()
            .counter(self.counter)
            .map(|c| {
                c.services
                    .iter()
                    .map(|id| (self.names)(id))
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .unwrap_or_else(|| format!("the hub has no counter {}", self.counter));
        g.set_serves(s(format!("Serves {serves}")));
        g.set_tickets_today(s(self.tickets_today(&engine)));
        let (help, more) = lines::help(&engine, now);
        let help: Vec<HelpRow> = help
            .into_iter()
            .map(|h| HelpRow {
                id: i32::try_from(h.id).unwrap_or(i32::MAX),
                text: s(h.text),
            })
            .collect();
        g.set_help(ModelRc::new(VecModel::from(help)));
        g.set_help_more(s(more));
        let booked: Vec<Booked> = lines::booked(&engine, self.counter, now, &self.names)
            .into_iter()
            .map(|b| Booked {
                time: s(b.time),
                reference: s(b.reference),
                service: s(b.service),
            })
            .collect();
        g.set_booked(ModelRc::new(VecModel::from(booked)));
        g.set_boards(s(lines::boards(&self.link.boards())));
        match engine.at_counter(self.counter) {
            Some(t) => {
                g.set_has_ticket(true);
                g.set_label(s(t.label.as_str()));
                g.set_service(s((self.names)(&t.service)));
                g.set_state(s(match t.state {
                    TicketState::Called => "Called: waiting for the customer",
                    TicketState::Serving => "Serving",
                    _ => "",
                }));
                let waited = minutes(t.first_called_ms.unwrap_or(now) - t.arrived_ms);
                let mut details = format!(
                    "Waited {waited} min · recalls {} of {} · transfers {}",
                    t.recalls,
                    engine.config().max_recalls,
                    t.transfers
                );
                if let Some(a) = &t.appointment {
                    details.push_str(&format!(" · appointment {a}"));
                } else if t.priority {
                    details.push_str(" · priority");
                }
                g.set_details(s(details));
                g.set_then(s(lines::then(t, &self.names)));
            }
            None => {
                g.set_has_ticket(false);
                g.set_idle_hint(s("No ticket at this counter. Press N to call the next one."));
            }
        }
        let waiting: Vec<Row> = engine
            .waiting_for(self.counter)
            .iter()
            .take(SHOWN_WAITING)
            .map(|t| self.row(&engine, t, now))
            .collect();
        let count = engine.waiting_for_count(self.counter);
        g.set_waiting_title(s(if count > waiting.len() {
            format!(
                "Waiting for this counter ({count}), in call order: the next {}",
                waiting.len()
            )
        } else {
            format!("Waiting for this counter ({count}), in call order")
        }));
        g.set_waiting(ModelRc::new(VecModel::from(waiting)));
        let parked: Vec<Row> = engine
            .parked_at(self.counter)
            .iter()
            .map(|t| self.row(&engine, t, now))
            .collect();
        g.set_parked_title(s(format!("Parked here ({})", parked.len())));
        g.set_parked(ModelRc::new(VecModel::from(parked)));
        let current = engine
            .at_counter(self.counter)
            .map(|t| t.label.clone())
            .unwrap_or_default();
        g.set_picking(st.picking.is_some());
        let labels: Vec<String> = match &st.picking {
            None => Vec::new(),
            Some(Picker::Transfer(targets)) => {
                g.set_picker_title(s(format!("Transfer {current} to… (1–9, Esc to cancel)")));
                targets.iter().map(|t| self.target_text(&engine, t)).collect()
            }
            Some(Picker::AllowMore(services)) => {
                g.set_picker_title(s(format!(
                    "Allow {ALLOW_STEP} more tickets today for… (1–9, Esc to cancel)"
                )));
                services
                    .iter()
                    .map(|id| {
                        format!(
                            "{} ({} of {} issued)",
                            (self.names)(id),
                            engine.issued_today(id),
                            engine.daily_cap(id)
                        )
                    })
                    .collect()
            }
        };
        let choices: Vec<Choice> = labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| Choice {
                key: s((i + 1).to_string()),
                label: s(label),
            })
            .collect();
        g.set_choices(ModelRc::new(VecModel::from(choices)));
    }
}

/// Why a command did not happen, as staff at the desk read it.
fn staff_words(e: &onestop::queue::ClientError) -> String {
    use onestop::queue::ClientError;
    match e {
        ClientError::Unavailable => {
            "Not sent: the queue hub cannot be reached. The desk reconnects by itself; try again shortly.".into()
        }
        ClientError::Refused(reason) => format!("The hub refused: {reason}."),
        ClientError::Rejected { message, .. } => format!("The hub refused: {message}."),
        ClientError::Lost | ClientError::Timeout => format!("{e}."),
    }
}
