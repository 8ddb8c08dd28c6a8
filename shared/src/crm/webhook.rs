//! The signed JSON webhook connector, for CRMs behind an integration layer. It POSTs a
//! versioned document with `Idempotency-Key` (the submission id) and `X-Onestop-Signature:
//! sha256=<HMAC of the body>`, and reads the answer with [`super::reply::webhook`]. Network
//! failures become transient outcomes: the forwarder retries them.

use super::http::{client, read};
use super::reply::{Reply, webhook};
use crate::forms::ValidAnswers;
use crate::outbox::Outcome;
use hmac::{KeyInit, Mac};
use serde::Serialize;
use std::time::Duration;

/// The document a webhook receives. Do not change its fields: it is serialised on the wire;
/// add a new `version` instead.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'a> {
    /// Format version of this document.
    pub version: u32,
    /// The idempotency key.
    pub submission_id: &'a str,
    /// The visitor's reference.
    pub reference: &'a str,
    /// Form id.
    pub form_id: &'a str,
    /// Form version.
    pub form_version: u32,
    /// When "Send" was tapped (RFC 3339 UTC).
    pub submitted_at: &'a str,
    /// The visitor's language.
    pub locale: &'a str,
    /// The validated answers.
    pub answers: &'a ValidAnswers,
}

/// A configured webhook.
#[derive(Debug, Clone)]
pub struct Webhook {
    url: String,
    secret: Vec<u8>,
    client: reqwest::Client,
}

/// `sha256=<hex HMAC-SHA256 of body>`.
pub fn signature(secret: &[u8], body: &[u8]) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

impl Webhook {
    /// A webhook at `url`, signing with `secret`, giving up on one attempt after `timeout`.
    pub fn new(url: &str, secret: &[u8], timeout: Duration) -> Result<Webhook, String> {
        let client = client(url, timeout)?;
        Ok(Webhook {
            url: url.to_owned(),
            secret: secret.to_vec(),
            client,
        })
    }

    /// Deliver one submission.
    pub async fn send(&self, doc: &Document<'_>) -> Outcome {
        let body = serde_json::to_vec(doc).expect("documents serialise");
        self.post_signed(doc.submission_id, body).await
    }

    /// POST any signed JSON `body` under `idempotency_key` and read the answer as a delivery
    /// outcome: the one path for submissions and the queue's daily summaries.
    pub async fn post_signed(&self, idempotency_key: &str, body: Vec<u8>) -> Outcome {
        let result = self
            .client
            .post(&self.url)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotency_key)
            .header("X-Onestop-Signature", signature(&self.secret, &body))
            .body(body)
            .send()
            .await;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        match read(result).await {
            Ok((status, content_type, retry_after, body)) => webhook(
                &Reply {
                    status,
                    content_type: content_type.as_deref(),
                    retry_after: retry_after.as_deref(),
                    body: &body,
                },
                now,
            ),
            // The request may have been committed: the idempotency key makes a retry safe.
            Err(reason) => Outcome::Transient {
                reason,
                retry_after_ms: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_in_hex() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature(b"Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn urls_must_be_http() {
        assert!(Webhook::new("ftp://crm", b"k", Duration::from_secs(5)).is_err());
        assert!(Webhook::new("https://crm.example/hook", b"k", Duration::from_secs(5)).is_ok());
    }
}
