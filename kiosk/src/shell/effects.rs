//! Running the app's [`Effect`]s: database writes and reads here (synchronously, so "Send" is
//! confirmed only after its commit), everything slow handed to a worker. Answers go back in
//! through [`Shell::dispatch`] as messages carrying the visit's epoch.

use super::Shell;
use crate::app::effect::StaffPin;
use crate::app::staff::{Loaded, Notice, PadMessage};
use crate::app::track::Found;
use crate::app::{Effect, Msg};
use onestop::staff::Status;
use std::rc::Rc;

impl Shell {
    pub(super) fn run(self: &Rc<Self>, effect: Effect) {
        match effect {
            Effect::Say { voice, text } => self.workers.borrow().voice.say(voice, &text),
            Effect::Hush => self.workers.borrow().voice.hush(),
            Effect::Volume(v) => self.workers.borrow().voice.volume(v),
            Effect::Rate { subject, score } => {
                let (date, subject) = (crate::clock::local_now().date().to_string(), rated(subject));
                if let Err(e) = self.store.borrow().record_rating(&date, &subject, score) {
                    tracing::error!("could not count a rating: {e}");
                }
            }
            Effect::SaveDraft(draft) => {
                if let Err(e) = self.store.borrow().save_draft(&draft) {
                    tracing::error!("could not save the draft: {e}");
                }
            }
            Effect::DeleteDraft(id) => {
                if let Err(e) = self.store.borrow().delete_draft(&id) {
                    tracing::error!("could not delete a draft: {e}");
                }
            }
            Effect::Store {
                epoch,
                valid,
                locale,
                session,
                identity,
            } => {
                let result = self
                    .store
                    .borrow_mut()
                    .submit_with_identity(&valid, &locale, Some(&session), identity.as_ref())
                    .map(|r| r.reference.as_str().to_owned())
                    .map_err(|e| e.to_string());
                self.dispatch(Msg::Stored { epoch, result });
            }
            Effect::Print { id, job } => {
                let queued = self.workers.borrow().devices.as_ref().is_some_and(|d| d.print(id, job));
                if !queued {
                    self.dispatch(Msg::Printed { id, ok: false });
                }
            }
            Effect::FindReference { epoch, reference } => {
                let found = self.find(&reference);
                self.dispatch(Msg::Found { epoch, found });
            }
            Effect::FindAddresses { epoch, postcode } => {
                let found = match self.workers.borrow().addresses.as_ref() {
                    Some(g) => g
                        .lookup(&postcode)
                        .map(|ps| ps.iter().map(crate::app::address::Place::of).collect())
                        .map_err(|e| e.to_string()),
                    None => Ok(Vec::new()),
                };
                self.dispatch(Msg::AddressesFound { epoch, postcode, found });
            }
            Effect::AskStatus {
                ticket,
                submission_id,
                crm_id,
            } => match self.workers.borrow().lookup.as_ref() {
                Some(lookup) => lookup.ask(ticket, &submission_id, &crm_id),
                None => self.dispatch(Msg::StatusArrived {
                    ticket,
                    status: None,
                    unreachable: false,
                }),
            },
            Effect::IssueTicket {
                epoch,
                command,
                minutes,
            } => {
                let Some(link) = self.workers.borrow().queue.clone() else {
                    return;
                };
                let weak = Rc::downgrade(self);
                link.issue(
                    command,
                    Box::new(move |result| {
                        if let Some(shell) = weak.upgrade() {
                            shell.dispatch(Msg::TicketAnswer { epoch, minutes, result });
                        }
                    }),
                );
            }
            Effect::SendSms { epoch, ticket, phone } => {
                let Some(link) = self.workers.borrow().queue.clone() else {
                    return;
                };
                let weak = Rc::downgrade(self);
                link.sms(
                    ticket,
                    phone.expose().to_owned(),
                    Box::new(move |result| {
                        if let Some(shell) = weak.upgrade() {
                            shell.dispatch(Msg::SmsAnswer { epoch, result });
                        }
                    }),
                );
            }
            Effect::CallHelp { epoch, kiosk } => {
                let Some(link) = self.workers.borrow().queue.clone() else {
                    return;
                };
                let weak = Rc::downgrade(self);
                link.send(
                    onestop::queue::Command::CallHelp { kiosk },
                    Box::new(move |result| {
                        if let Some(shell) = weak.upgrade() {
                            shell.dispatch(Msg::HelpAnswer { epoch, result });
                        }
                    }),
                );
            }
            Effect::LookupCard {
                epoch,
                ticket,
                card,
                pin,
            } => {
                let job = super::workers::CardJob {
                    epoch,
                    ticket,
                    card,
                    pin,
                };
                let sent = self
                    .workers
                    .borrow()
                    .card
                    .jobs
                    .as_ref()
                    .is_some_and(|j| j.send(job).is_ok());
                if !sent {
                    let outcome =
                        onestop::card::identity::Outcome::Unreachable("the card lookup is not running".into());
                    self.dispatch(Msg::CardAnswer { epoch, ticket, outcome });
                }
            }
            Effect::CheckStaffPin { n, pin } => self.check_staff_pin(n, pin),
            Effect::ReadStaffLockout => {
                let now = (self.workers.borrow().clock)();
                let locked = match self.store.borrow().lockout().map(|mut l| l.status(now)) {
                    Ok(Status::Locked { until }) => Some(until),
                    _ => None,
                };
                self.dispatch(Msg::StaffPinLocked(locked));
            }
            Effect::LoadStaff => {
                let loaded = self.load_staff();
                self.dispatch(Msg::StaffLoaded(loaded));
            }
            Effect::Unpark(reference) => {
                let notice = match self.store.borrow().unpark(&reference) {
                    Ok(true) => {
                        tracing::info!(reference, "staff un-parked a submission");
                        self.wake_forwarder();
                        Notice::Text("staff-retried", "reference", reference)
                    }
                    Ok(false) => Notice::Text("staff-retry-failed", "reference", reference),
                    Err(e) => Notice::Text("staff-db-write-failed", "error", e.to_string()),
                };
                self.dispatch(Msg::StaffNotice(notice));
            }
            Effect::SendNow => {
                let notice = match self.store.borrow().send_now() {
                    Ok(n) => {
                        self.wake_forwarder();
                        Notice::Count("staff-sent-now", n as i64)
                    }
                    Err(e) => Notice::Text("staff-db-write-failed", "error", e.to_string()),
                };
                self.dispatch(Msg::StaffNotice(notice));
            }
            Effect::CheckPrinter => {
                if let Some(d) = self.workers.borrow().devices.as_ref() {
                    d.check_printer();
                }
            }
        }
    }

    fn wake_forwarder(&self) {
        if let Some(w) = &self.workers.borrow().forwarder_wake {
            w.notify_one();
        }
    }

    /// What the outbox holds for a reference.
    fn find(&self, reference: &onestop::reference::Reference) -> Found {
        let store = self.store.borrow();
        match store.submission(reference) {
            Ok(Some(sub)) => match sub.state.as_str() {
                "acknowledged" => {
                    let submission_id = sub.submission_id.to_string();
                    let status = store.cached_status(&submission_id).unwrap_or_else(|e| {
                        tracing::error!("track: the cached status could not be read: {e}");
                        None
                    });
                    Found::Sent {
                        submission_id,
                        crm_id: sub.crm_id.unwrap_or_default(),
                        status,
                    }
                }
                "parked" => Found::Parked,
                _ => Found::Pending,
            },
            Ok(None) => Found::NotFound,
            Err(e) => {
                tracing::error!("track: {e}");
                Found::NotFound
            }
        }
    }

    /// Count the try durably, then check the PIN on a worker; without a durable count there is
    /// no lockout, so a failed count refuses rather than checks.
    fn check_staff_pin(self: &Rc<Self>, n: u64, pin: StaffPin) {
        let Some(hash) = self.workers.borrow().pin_hash.clone() else {
            return;
        };
        let now = (self.workers.borrow().clock)();
        let counted = {
            let store = self.store.borrow();
            store.lockout().and_then(|mut l| {
                if let Status::Locked { until } = l.status(now) {
                    return Ok(Err(until));
                }
                l.fail(now);
                store.save_lockout(&l).map(Ok)
            })
        };
        match counted {
            Ok(Ok(())) => {}
            Ok(Err(until)) => return self.dispatch(Msg::StaffPinFault(PadMessage::Locked(until))),
            Err(e) => {
                tracing::error!("could not record a staff PIN try: {e}");
                return self.dispatch(Msg::StaffPinFault(PadMessage::DbWrite(e.to_string())));
            }
        }
        let sink = self.sink.clone();
        let spawned = std::thread::Builder::new().name("pin-check".into()).spawn(move || {
            let ok = hash.verify(&pin.0);
            drop(pin);
            sink.send(super::workers::Answer::StaffPin { n, ok });
        });
        if let Err(e) = spawned {
            tracing::error!("could not start the PIN check: {e}");
            self.dispatch(Msg::StaffPinFault(PadMessage::CheckFailed(e.to_string())));
        }
    }

    /// The PIN check's answer: the lockout after it, then the app.
    fn staff_checked(self: &Rc<Self>, n: u64, ok: bool) {
        let now = (self.workers.borrow().clock)();
        let after = {
            let store = self.store.borrow();
            store.lockout().and_then(|mut l| {
                if ok {
                    l.succeed();
                    store.save_lockout(&l)?;
                }
                Ok(l.status(now))
            })
        };
        let after = after.map_err(|e| e.to_string());
        self.dispatch(Msg::StaffPinChecked { n, ok, after });
    }

    /// Read the outbox and the CRM contact record for the staff screen.
    fn load_staff(&self) -> Loaded {
        let store = self.store.borrow();
        let mut loaded = Loaded::default();
        match (store.staff_rows(), store.crm_contact()) {
            (Ok(rows), Ok(contact)) => {
                loaded.rows = rows;
                loaded.contact = contact;
            }
            (Err(e), _) | (_, Err(e)) => {
                tracing::error!("staff screen: {e}");
                loaded.error = Some(e.to_string());
            }
        }
        loaded.drops = store
            .field_drops()
            .unwrap_or_else(|e| {
                tracing::error!("staff screen: the CRM's dropped fields could not be read: {e}");
                Vec::new()
            })
            .iter()
            .map(|d| d.line())
            .collect();
        let today = crate::clock::local_now().date().to_string();
        loaded.ratings = store
            .ratings_on(&today)
            .unwrap_or_else(|e| {
                tracing::error!("staff screen: today's ratings could not be read: {e}");
                Vec::new()
            })
            .into_iter()
            .map(|r| (rated_back(r.subject), r.counts))
            .collect();
        loaded.forwarder = self.workers.borrow().forwarder_health.as_ref().map(|h| {
            let r = h.report();
            (r.last_fault.filter(|_| r.faulty), r.restarts)
        });
        loaded
    }

    /// Take in every answer that has arrived from the workers (the one wake's handler; tests
    /// call it too). Not the visitor's activity: the idle timer goes on.
    pub fn arrived(self: &Rc<Self>) {
        use super::workers::Answer;
        let answers: Vec<Answer> = self.inbox.try_iter().collect();
        for answer in answers {
            match answer {
                Answer::News(news) => self.dispatch(match news {
                    crate::devices::News::Printed { job, result } => Msg::Printed {
                        id: job,
                        ok: result.is_ok(),
                    },
                    crate::devices::News::Printer(health) => Msg::PrinterHealth(health),
                    crate::devices::News::Card(event) => Msg::Card(event),
                }),
                Answer::Card(a) => self.dispatch(Msg::CardAnswer {
                    epoch: a.epoch,
                    ticket: a.ticket,
                    outcome: a.outcome,
                }),
                Answer::Status(a) => self.status_arrived(a),
                Answer::StaffPin { n, ok } => self.staff_checked(n, ok),
            }
        }
        self.render();
    }

    /// The CRM's answer about a sent form: cache it, and show it if it is the one awaited.
    fn status_arrived(self: &Rc<Self>, answer: crate::lookup::Answer) {
        let fresh = match &answer.result {
            Ok(status) => {
                let store = self.store.borrow();
                match store.record_status(&answer.submission_id, status) {
                    Ok(()) => store.cached_status(&answer.submission_id).ok().flatten(),
                    Err(e) => {
                        tracing::error!("track: the status could not be cached: {e}");
                        None
                    }
                }
            }
            Err(reason) => {
                tracing::info!("track: could not ask the CRM: {reason}");
                None
            }
        };
        self.dispatch(Msg::StatusArrived {
            ticket: answer.ticket,
            status: fresh,
            unreachable: answer.result.is_err(),
        });
    }
}

/// A rating's subject as the store keeps it.
fn rated(r: crate::app::rate::Rated) -> onestop::store::ratings::Subject {
    use crate::app::rate::Rated;
    use onestop::store::ratings::Subject;
    match r {
        Rated::Form(id) => Subject::Form(id),
        Rated::Service(id) => Subject::Service(id),
    }
}

/// A stored rating's subject as the app names it.
fn rated_back(s: onestop::store::ratings::Subject) -> crate::app::rate::Rated {
    use crate::app::rate::Rated;
    use onestop::store::ratings::Subject;
    match s {
        Subject::Form(id) => Rated::Form(id),
        Subject::Service(id) => Rated::Service(id),
    }
}
