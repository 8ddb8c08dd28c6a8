//! Talking to council CRMs: reading their replies ([`reply`]) into delivery outcomes, and the
//! connectors that send one submission each: the signed JSON [`webhook`], Open311 GeoReport v2
//! ([`open311`]: the request's [`description`], reading request lists page by page in
//! [`paging`], and noticing fields a server did not keep in [`dropped`]), and, for a council with
//! only a mailbox, one [`email`] per submission over SMTP; and what a CRM says about a request it
//! holds ([`status`]). [`Connector`] is what the forwarder and "Track an enquiry" hold. The form
//! catalogue a CRM offers is mapped in [`catalogue`] and fetched in [`services`]. The daily
//! documents sent beside submissions (the queue's figures, a kiosk's [`ratings`]) share their
//! keys, due days and outcomes in [`daily`]. Everything here speaks HTTP (or SMTP) and nothing
//! else: reading a submission from the store and recording what the CRM said is the caller's job
//! (the forwarder, the catalogue refresher, the daily senders), so a connector can be tested with
//! no database at all.

pub mod catalogue;
pub mod daily;
pub mod description;
pub mod dropped;
pub mod email;
pub mod http;
pub mod open311;
pub mod paging;
pub mod ratings;
pub mod reply;
pub mod services;
pub mod status;
pub mod webhook;

use crate::outbox::Outcome;
use std::sync::Arc;

/// One submission as a [`Connector`] sends it: its metadata and its opened answers. The forwarder
/// reads it from the store; a connector only reads it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// Idempotency key.
    pub submission_id: String,
    /// Human reference.
    pub reference: String,
    /// Form id.
    pub form_id: String,
    /// Form version.
    pub form_version: u32,
    /// The visitor's language.
    pub locale: String,
    /// When "Send" was tapped.
    pub created_at: String,
    /// Attempts so far.
    pub attempts: u32,
    /// The answers, decrypted.
    pub answers: crate::forms::ValidAnswers,
    /// The card the visitor used, decrypted; `None` when they used none.
    pub identity: Option<crate::card::identity::Identity>,
    /// It travelled in a hand-delivery bundle, so another machine may have sent it already:
    /// a connector without idempotency must look for it at the CRM before sending.
    pub reconcile_first: bool,
}

impl Outgoing {
    /// The submission as the webhook's JSON document (version 1), which the email connector
    /// attaches too.
    pub fn document(&self) -> webhook::Document<'_> {
        webhook::Document {
            version: 1,
            submission_id: &self.submission_id,
            reference: &self.reference,
            form_id: &self.form_id,
            form_version: self.form_version,
            submitted_at: &self.created_at,
            locale: &self.locale,
            answers: &self.answers,
            identity: self.identity.as_ref(),
        }
    }
}

/// A configured CRM.
#[derive(Debug, Clone)]
pub enum Connector {
    /// Signed JSON webhook.
    Webhook(webhook::Webhook),
    /// Open311 GeoReport v2, with the forms whose `[crm]` tables map the fields and the words
    /// that label their answers in the description.
    Open311(open311::Open311, Arc<open311::Forms>),
    /// One email per submission through the council's SMTP relay.
    Email(email::Email),
}

impl Connector {
    /// Deliver one submission.
    pub async fn send(&self, out: &Outgoing) -> Outcome {
        match self {
            Connector::Webhook(hook) => hook.send(&out.document()).await,
            Connector::Open311(api, forms) => match forms.catalogue.get(&out.form_id) {
                Some(form) => api.send(form, &forms.labels, out).await,
                // The form is gone from this kiosk's catalogue: staff must decide.
                None => Outcome::Permanent {
                    reason: format!(
                        "form \"{}\" is no longer on this kiosk; its CRM mapping is unknown",
                        out.form_id
                    ),
                },
            },
            Connector::Email(mail) => mail.send(out).await,
        }
    }

    /// Whether this kind of CRM can be asked what became of a request (Open311 can; a webhook
    /// contract and a mailbox cannot).
    pub fn has_status(&self) -> bool {
        matches!(self, Connector::Open311(..))
    }

    /// What the CRM says about request `crm_id` now. `None` when this kind of CRM cannot be
    /// asked (the webhook contract has no status call).
    pub async fn status(&self, crm_id: &str) -> Option<Result<status::CrmStatus, String>> {
        match self {
            Connector::Webhook(_) | Connector::Email(_) => None,
            Connector::Open311(api, _) => Some(api.status(crm_id).await),
        }
    }
}
