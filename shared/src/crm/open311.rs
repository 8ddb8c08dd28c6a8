//! The Open311 GeoReport v2 connector: each submission becomes a form-encoded `POST
//! requests.json`, with fields mapped by the form's `[crm]` table and our reference in the
//! description (`… [Ref K7QF-9M2A]`). GeoReport has no idempotency, so any attempt after the
//! first starts by reconciling: `GET requests.json?service_code=…&start_date=…` and look for our
//! reference. A request that did arrive is then acknowledged rather than sent twice. A card the
//! visitor used goes as `attribute[card_number]` and `attribute[card_verified]` (`true`/`false`).

use super::http::{client, read};
use super::reply::{Reply, open311};
use crate::forms::Value;
use crate::forms::schema::CrmMapping;
use crate::outbox::Outcome;
use crate::store::delivery::Outgoing;
use std::time::Duration;

/// A configured GeoReport v2 endpoint.
#[derive(Debug, Clone)]
pub struct Open311 {
    base: String,
    api_key: String,
    jurisdiction_id: String,
    client: reqwest::Client,
}

/// `application/x-www-form-urlencoded` encoding of one name or value.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The text of one answer as a CRM field takes it (option ids for choices).
fn field_text(v: &Value) -> Vec<String> {
    match v {
        Value::Text(s) | Value::Date(s) | Value::Choice(s) | Value::Email(s) | Value::Phone(s) | Value::Postcode(s) => {
            vec![s.clone()]
        }
        Value::Number(n) => vec![n.to_string()],
        Value::Choices(cs) => cs.clone(),
        Value::YesNo(b) | Value::Consent(b) => vec![if *b { "yes" } else { "no" }.into()],
        Value::Address(a) => {
            let line = [
                format!("{} {}", a.house, a.street).trim().to_owned(),
                a.town.clone(),
                a.postcode.clone(),
            ];
            vec![
                line.into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        }
    }
}

/// The marker that lets reconciliation find our request again.
pub fn reference_marker(reference: &str) -> String {
    format!("[Ref {reference}]")
}

/// The form fields of a `POST requests.json` for one submission.
pub fn request_fields(
    mapping: &CrmMapping,
    out: &Outgoing,
    api_key: &str,
    jurisdiction_id: &str,
) -> Vec<(String, String)> {
    let mut fields = vec![(
        "service_code".to_owned(),
        mapping.service_code.clone().unwrap_or_else(|| out.form_id.clone()),
    )];
    for (qid, target) in &mapping.fields {
        let Some(v) = out.answers.values.get(qid) else { continue };
        let texts: Vec<String> = field_text(v)
            .iter()
            .map(|t| mapping.crm_value(qid, t).to_owned())
            .collect();
        // A multiple choice is a multivaluelist even when one option is ticked.
        if (texts.len() > 1 || matches!(v, Value::Choices(_))) && target.starts_with("attribute[") {
            // multivaluelist: attribute[code][]=a&attribute[code][]=b
            fields.extend(texts.into_iter().map(|t| (format!("{target}[]"), t)));
        } else {
            fields.push((target.clone(), texts.join(", ")));
        }
    }
    if let Some(identity) = &out.identity {
        // The card goes as two attributes, whichever service: the CRM matches the customer by it.
        fields.push(("attribute[card_number]".into(), identity.card.clone()));
        fields.push(("attribute[card_verified]".into(), identity.verified.to_string()));
    }
    let mut description: Vec<String> = mapping
        .description
        .iter()
        .filter_map(|qid| out.answers.values.get(qid).map(|v| (qid, v)))
        .flat_map(|(qid, v)| {
            field_text(v)
                .into_iter()
                .map(move |t| mapping.crm_value(qid, &t).to_owned())
        })
        .filter(|t| !t.is_empty())
        .collect();
    description.push(reference_marker(&out.reference));
    fields.push(("description".into(), description.join("\n")));
    if !api_key.is_empty() {
        fields.push(("api_key".into(), api_key.to_owned()));
    }
    if !jurisdiction_id.is_empty() {
        fields.push(("jurisdiction_id".into(), jurisdiction_id.to_owned()));
    }
    fields
}

impl Open311 {
    /// An endpoint whose base URL ends before `requests.json` (e.g. `https://crm.example/open311/v2/`).
    pub fn new(base: &str, api_key: &str, jurisdiction_id: &str, timeout: Duration) -> Result<Open311, String> {
        let client = client(base, timeout)?;
        let base = if base.ends_with('/') {
            base.to_owned()
        } else {
            format!("{base}/")
        };
        Ok(Open311 {
            base,
            api_key: api_key.to_owned(),
            jurisdiction_id: jurisdiction_id.to_owned(),
            client,
        })
    }

    /// Deliver one submission (reconciling first if an earlier attempt may have arrived).
    /// `out.attempts` counts this attempt too (it is recorded before sending).
    pub async fn send(&self, mapping: &CrmMapping, out: &Outgoing) -> Outcome {
        if out.attempts > 1 || out.reconcile_first {
            match self.reconcile(mapping, out).await {
                Ok(Some(id)) => return Outcome::Duplicate { crm_id: Some(id) },
                Ok(None) => {}
                // If we cannot tell, do not risk a second copy: try again later.
                Err(reason) => {
                    return Outcome::Transient {
                        reason,
                        retry_after_ms: None,
                    };
                }
            }
        }
        let fields = request_fields(mapping, out, &self.api_key, &self.jurisdiction_id);
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        let result = self
            .client
            .post(format!("{}requests.json", self.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", &out.submission_id)
            .body(body.join("&"))
            .send()
            .await;
        match read(result).await {
            Ok((status, ctype, retry_after, bytes)) => open311(
                &Reply {
                    status,
                    content_type: ctype.as_deref(),
                    retry_after: retry_after.as_deref(),
                    body: &bytes,
                },
                time::OffsetDateTime::now_utc().unix_timestamp(),
            ),
            Err(reason) => Outcome::Transient {
                reason,
                retry_after_ms: None,
            },
        }
    }

    /// Ask what id a token became: `GET tokens/{token}.json`. `Ok(None)` while the CRM has not
    /// yet given one.
    pub async fn resolve_token(&self, token: &str) -> Result<Option<String>, String> {
        let url = format!("{}tokens/{}.json", self.base, encode(token));
        let (status, _, _, bytes) = read(self.client.get(url).send().await).await?;
        if !(200..300).contains(&status) {
            return Err(format!("HTTP {status} for token {token}"));
        }
        let v: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| "the token reply is not JSON".to_owned())?;
        let first = v.as_array().and_then(|a| a.first()).unwrap_or(&v);
        Ok(match first.get("service_request_id") {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    }

    /// What the CRM says about request `id` now: `GET requests/{id}.json`.
    pub async fn status(&self, id: &str) -> Result<super::status::CrmStatus, String> {
        let mut url = format!("{}requests/{}.json", self.base, encode(id));
        if !self.jurisdiction_id.is_empty() {
            url.push_str(&format!("?jurisdiction_id={}", encode(&self.jurisdiction_id)));
        }
        let (status, _, _, bytes) = read(self.client.get(url).send().await).await?;
        if !(200..300).contains(&status) {
            return Err(format!("HTTP {status} while asking about request {id}"));
        }
        super::status::parse(id, &bytes).map_err(|e| e.to_string())
    }

    /// Look for our reference among the service's requests since shortly before we submitted.
    async fn reconcile(&self, mapping: &CrmMapping, out: &Outgoing) -> Result<Option<String>, String> {
        let service = mapping.service_code.clone().unwrap_or_else(|| out.form_id.clone());
        let since = time::OffsetDateTime::parse(&out.created_at, &time::format_description::well_known::Rfc3339)
            .map(|t| t - time::Duration::hours(1))
            .ok()
            .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
            .unwrap_or_default();
        let mut url = format!(
            "{}requests.json?service_code={}&start_date={}",
            self.base,
            encode(&service),
            encode(&since)
        );
        if !self.jurisdiction_id.is_empty() {
            url.push_str(&format!("&jurisdiction_id={}", encode(&self.jurisdiction_id)));
        }
        let (status, _, _, bytes) = read(self.client.get(url).send().await).await?;
        if !(200..300).contains(&status) {
            return Err(format!(
                "HTTP {status} while checking whether an earlier attempt arrived"
            ));
        }
        let list: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| "the request list is not JSON".to_owned())?;
        let marker = reference_marker(&out.reference);
        Ok(list.as_array().into_iter().flatten().find_map(|r| {
            let desc = r.get("description").and_then(|d| d.as_str()).unwrap_or("");
            desc.contains(&marker).then(|| match r.get("service_request_id") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            })
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{Answers, Today, validate};

    fn outgoing(form_id: &str, answers: &str) -> (CrmMapping, Outgoing) {
        let forms = crate::embedded::forms().unwrap();
        let form = forms.get(form_id).unwrap();
        let answers: Answers = serde_json::from_str(answers).unwrap();
        let valid = validate(form, &answers, Today::now()).unwrap();
        let out = Outgoing {
            submission_id: "0190-test".into(),
            reference: "K7QF-9M2A".into(),
            form_id: form_id.into(),
            form_version: form.version,
            locale: "en-GB".into(),
            created_at: "2026-11-23T10:00:00Z".into(),
            attempts: 0,
            answers: valid,
            identity: None,
            reconcile_first: false,
        };
        (form.crm.clone(), out)
    }

    #[test]
    fn fields_follow_the_forms_mapping_and_carry_our_reference() {
        let (mapping, out) = outgoing(
            "missed-bin",
            r#"{"bin-type": "garden", "address": {"postcode": "le1 1aa", "house": "12", "street": "High Street", "town": "Leicester"}, "bin-out-by-7am": "yes", "details": "Lorry came early & left."}"#,
        );
        let f = request_fields(&mapping, &out, "KEY", "leicester.gov.uk");
        let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("service_code"), Some("missed-bin"));
        assert_eq!(get("address_string"), Some("12 High Street, Leicester, LE1 1AA"));
        assert_eq!(get("attribute[bin_type]"), Some("garden"));
        assert_eq!(get("attribute[bin_out_by_7am]"), Some("yes"));
        assert_eq!(get("description"), Some("Lorry came early & left.\n[Ref K7QF-9M2A]"));
        assert_eq!(
            (get("api_key"), get("jurisdiction_id")),
            (Some("KEY"), Some("leicester.gov.uk"))
        );
    }

    #[test]
    fn a_card_goes_as_two_attributes_and_no_card_as_none() {
        let (mapping, mut out) = outgoing(
            "street-problem",
            r#"{"problem":"pothole","location":"outside 12 High Street"}"#,
        );
        let attributes = |out: &Outgoing| -> Vec<(String, String)> {
            request_fields(&mapping, out, "", "")
                .into_iter()
                .filter(|(k, _)| k.starts_with("attribute[card"))
                .collect()
        };
        assert_eq!(attributes(&out), vec![], "no card, no card attributes");
        let card = crate::card::CardNumber::parse("21234001234567").unwrap();
        out.identity = Some(crate::card::identity::Identity::read_at_kiosk(&card, "sip2", false));
        let pair = |n: &str, v: &str| (n.to_owned(), v.to_owned());
        assert_eq!(
            attributes(&out),
            vec![
                pair("attribute[card_number]", "21234001234567"),
                pair("attribute[card_verified]", "false")
            ]
        );
        out.identity
            .as_mut()
            .unwrap()
            .apply(crate::card::identity::Verdict::Valid);
        assert!(attributes(&out).contains(&pair("attribute[card_verified]", "true")));
        let body: Vec<String> = request_fields(&mapping, &out, "", "")
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        assert!(
            body.join("&").contains("attribute%5Bcard_number%5D=21234001234567"),
            "form-encoded like every other attribute"
        );
    }

    #[test]
    fn several_choices_become_a_multivaluelist() {
        let (mut mapping, out) = outgoing(
            "bulky-collection",
            r#"{"items": ["sofa", "fridge-freezer"], "address": {"postcode": "LE1 1AA", "house": "1", "street": "A Road"}, "contact-method": "email", "email": "a@example.org"}"#,
        );
        mapping.fields.insert("items".into(), "attribute[items]".into());
        let f = request_fields(&mapping, &out, "", "");
        let items: Vec<&str> = f
            .iter()
            .filter(|(k, _)| k == "attribute[items][]")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(items, ["sofa", "fridge-freezer"]);
        assert!(!f.iter().any(|(k, _)| k == "api_key"), "no empty api_key");
    }

    #[test]
    fn option_ids_are_sent_as_the_crms_own_values() {
        let (mut mapping, out) = outgoing(
            "bulky-collection",
            r#"{"items": ["sofa"], "address": {"postcode": "LE1 1AA", "house": "1", "street": "A Road"}, "contact-method": "email", "email": "a@example.org"}"#,
        );
        mapping.fields.insert("items".into(), "attribute[items]".into());
        mapping.values.insert(
            "items".into(),
            [("sofa".to_owned(), "Large item: sofa".to_owned())].into(),
        );
        let f = request_fields(&mapping, &out, "", "");
        let items: Vec<&str> = f
            .iter()
            .filter(|(k, _)| k == "attribute[items][]")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(items, ["Large item: sofa"], "one ticked option is still a list: {f:?}");
    }

    #[test]
    fn form_encoding_escapes_everything_but_the_safe_set() {
        assert_eq!(encode("a b&c=d/é[]"), "a+b%26c%3Dd%2F%C3%A9%5B%5D");
    }
}
