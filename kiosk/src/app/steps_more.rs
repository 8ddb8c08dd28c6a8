//! "Track an enquiry": its steps and the workers' answers for it.

use super::effect::Effect;
use super::session::Epoch;
use super::track::{self, Found, TrackView};
use super::{App, Env, Screen};

impl App {
    /// Find: check the typed reference, then ask the shell what the outbox holds.
    pub(super) fn track_find(&mut self, fx: &mut Vec<Effect>) {
        match track::parse(&self.track.text) {
            Err(id) => self.track.view = Some(track::message(id)),
            Ok(reference) => fx.push(Effect::FindReference {
                epoch: self.session.epoch,
                reference,
            }),
        }
    }

    /// What the outbox holds: say it, and ask the CRM for news when it can be asked.
    pub(super) fn found(&mut self, epoch: Epoch, found: Found, env: &Env, fx: &mut Vec<Effect>) {
        if epoch != self.session.epoch || self.nav.screen() != Screen::Track {
            return;
        }
        self.track.view = Some(match found {
            Found::NotFound => track::message("track-not-found"),
            Found::Pending => track::message("track-pending"),
            Found::Parked => track::message("track-parked"),
            Found::Sent {
                submission_id,
                crm_id,
                status,
            } => {
                // A token is not yet the CRM's id: nothing to ask about.
                let token = crm_id.starts_with("token:");
                let waiting_for = (env.status_lookup && !token && !crm_id.is_empty()).then(|| {
                    let ticket = self.next_number();
                    fx.push(Effect::AskStatus {
                        ticket,
                        submission_id,
                        crm_id: crm_id.clone(),
                    });
                    ticket
                });
                TrackView {
                    message: "track-sent".into(),
                    crm_id: if token { String::new() } else { crm_id },
                    status,
                    waiting_for,
                    unreachable: false,
                }
            }
        });
    }

    /// The CRM's answer (already cached by the shell): shown if the visitor still waits for it.
    pub(super) fn status_arrived(
        &mut self,
        ticket: u64,
        status: Option<onestop::store::status::CachedStatus>,
        unreachable: bool,
    ) {
        let Some(view) = self.track.view.as_mut().filter(|v| v.waiting_for == Some(ticket)) else {
            return;
        };
        view.waiting_for = None;
        view.unreachable = unreachable;
        if status.is_some() {
            view.status = status;
        }
    }
}
