//! Talking to council CRMs: reading their replies ([`reply`]) into delivery outcomes, and the
//! connectors that send one submission each: the signed JSON [`webhook`] and Open311 GeoReport
//! v2 ([`open311`]). [`Connector`] is what the forwarder holds. The form catalogue a CRM offers
//! is mapped in [`catalogue`] and fetched in [`services`].

pub mod catalogue;
pub mod http;
pub mod open311;
pub mod reply;
pub mod services;
pub mod webhook;

use crate::forms::Catalogue;
use crate::outbox::Outcome;
use crate::store::delivery::Outgoing;
use std::sync::Arc;

/// A configured CRM.
#[derive(Debug, Clone)]
pub enum Connector {
    /// Signed JSON webhook.
    Webhook(webhook::Webhook),
    /// Open311 GeoReport v2, with the forms whose `[crm]` tables map the fields.
    Open311(open311::Open311, Arc<Catalogue>),
}

impl Connector {
    /// Deliver one submission.
    pub async fn send(&self, out: &Outgoing) -> Outcome {
        match self {
            Connector::Webhook(hook) => {
                let doc = webhook::Document {
                    version: 1,
                    submission_id: &out.submission_id,
                    reference: &out.reference,
                    form_id: &out.form_id,
                    form_version: out.form_version,
                    submitted_at: &out.created_at,
                    locale: &out.locale,
                    answers: &out.answers,
                };
                hook.send(&doc).await
            }
            Connector::Open311(api, forms) => match forms.get(&out.form_id) {
                Some(form) => api.send(&form.crm, out).await,
                // The form is gone from this kiosk's catalogue: staff must decide.
                None => Outcome::Permanent {
                    reason: format!(
                        "form \"{}\" is no longer on this kiosk; its CRM mapping is unknown",
                        out.form_id
                    ),
                },
            },
        }
    }
}
