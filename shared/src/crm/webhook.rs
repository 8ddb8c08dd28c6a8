//! The signed JSON webhook connector, for CRMs behind an integration layer. It POSTs a
//! versioned document with `Idempotency-Key` (the submission id) and `X-Onestop-Signature:
//! sha256=<HMAC of the body>`, and reads the answer with [`super::reply::webhook`]. Network
//! failures become transient outcomes: the forwarder retries them. The document's contract is
//! in docs/CRM.md.

use super::http::{client, read};
use super::reply::{Reply, webhook};
use crate::card::identity::Identity;
use crate::forms::ValidAnswers;
use crate::outbox::Outcome;
use hmac::{KeyInit, Mac};
use serde::Serialize;
use std::time::Duration;

/// The document a webhook receives (docs/CRM.md). It is serialised on the wire: never rename,
/// remove or change the meaning of a field without a new `version`. A new field that a receiver
/// may ignore (like `identity`) keeps the version, and the contract says receivers ignore fields
/// they do not know.
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
    /// The card the visitor used (`{"card", "provider", "verified", "check"}`), or `null`.
    pub identity: Option<&'a Identity>,
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
    fn the_document_carries_the_card_or_null() {
        let forms = crate::embedded::forms().unwrap();
        let raw: crate::forms::Answers =
            serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
        let answers =
            crate::forms::validate(forms.get("street-problem").unwrap(), &raw, crate::forms::Today::now()).unwrap();
        let card = crate::card::CardNumber::parse("21234001234567").unwrap();
        let identity = Identity::read_at_kiosk(&card, "sip2", true);
        let doc = |identity| Document {
            version: 1,
            submission_id: "0193a0c2-0000-7000-8000-000000000001",
            reference: "K7QF-9M2A",
            form_id: "street-problem",
            form_version: 1,
            submitted_at: "2026-11-23T10:00:00Z",
            locale: "en-GB",
            answers: &answers,
            identity,
        };
        let with = serde_json::to_value(doc(Some(&identity))).unwrap();
        assert_eq!(with["version"], 1, "an optional field keeps the version");
        assert_eq!(
            with["identity"],
            serde_json::json!({"card": "21234001234567", "provider": "sip2", "verified": true, "check": "kiosk"})
        );
        let mut keys: Vec<&str> = with.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "answers",
                "form_id",
                "form_version",
                "identity",
                "locale",
                "reference",
                "submission_id",
                "submitted_at",
                "version"
            ],
            "version 1's fields, and identity"
        );
        let without = serde_json::to_value(doc(None)).unwrap();
        assert!(without["identity"].is_null() && without.as_object().unwrap().contains_key("identity"));
    }

    #[test]
    fn an_address_carries_its_uprn_within_version_1() {
        let forms = crate::embedded::forms().unwrap();
        let raw: crate::forms::Answers = serde_json::from_str(
            r#"{"bin-type": "garden", "bin-out-by-7am": "yes", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "uprn": "100030000012", "location": {"lat": 52.634, "long": -1.1321}}}"#,
        )
        .unwrap();
        let answers =
            crate::forms::validate(forms.get("missed-bin").unwrap(), &raw, crate::forms::Today::now()).unwrap();
        let doc = Document {
            version: 1,
            submission_id: "0193a0c2-0000-7000-8000-000000000002",
            reference: "K7QF-9M2B",
            form_id: "missed-bin",
            form_version: 1,
            submitted_at: "2026-12-05T10:00:00Z",
            locale: "ur",
            answers: &answers,
            identity: None,
        };
        let wire = serde_json::to_value(doc).unwrap();
        let address = &wire["answers"]["values"]["address"]["value"];
        assert_eq!(wire["version"], 1);
        assert_eq!(address["uprn"], 100_030_000_012u64);
        assert_eq!(address["location"], serde_json::json!({"lat": 52.634, "long": -1.1321}));
        assert!(address.get("usrn").is_none(), "unknown: absent, not null");
    }

    #[test]
    fn urls_must_be_http() {
        assert!(Webhook::new("ftp://crm", b"k", Duration::from_secs(5)).is_err());
        assert!(Webhook::new("https://crm.example/hook", b"k", Duration::from_secs(5)).is_ok());
    }
}
