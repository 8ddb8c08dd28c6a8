//! The Open311 GeoReport v2 connector: each submission becomes a form-encoded `POST
//! requests.json`, with fields mapped by the form's `[crm]` table and a description carrying the
//! visitor's words, every answer labelled and our reference last ([`super::description`]). A
//! card the visitor used goes as `attribute[card_number]` and `attribute[card_verified]`.
//!
//! GeoReport has no idempotency, so any attempt after the first starts by reconciling: `GET
//! requests.json?service_code=…&start_date=…&end_date=…` over the attempt's time window, every
//! page of it ([`super::paging`]), looking for our `[Ref …]` marker. A request that did arrive is
//! acknowledged rather than sent twice. After a 201 whose reply is the whole stored record, the
//! fields it shows were not kept are carried out for staff ([`super::dropped`]). A 404 means the
//! base URL is wrong, and the error says so with the URL tried.

use super::description::{Labels, description};
use super::dropped::dropped_fields;
use super::http::{client, read};
use super::paging::{Next, Page, Pager};
use super::reply::{Reply, open311};
use crate::crm::Outgoing;
use crate::forms::{Catalogue, FormDef, Value};
use crate::outbox::{Dropped, Outcome};
use std::sync::Arc;
use std::time::Duration;

/// A configured GeoReport v2 endpoint.
#[derive(Debug, Clone)]
pub struct Open311 {
    base: String,
    api_key: String,
    jurisdiction_id: String,
    client: reqwest::Client,
}

/// The forms an Open311 connector sends (their `[crm]` tables map the fields) and the words their
/// answers are labelled with in the description.
#[derive(Debug, Clone)]
pub struct Forms {
    /// Every form offered, bundled and from the CRM's catalogue.
    pub catalogue: Arc<Catalogue>,
    /// The council's working language's words.
    pub labels: Labels,
}

impl Forms {
    /// `catalogue`'s forms, labelled from `translations` in `locale` (the council's working
    /// language: the config's `[staff] locale`).
    pub fn new(catalogue: Arc<Catalogue>, translations: Arc<crate::i18n::Translations>, locale: &str) -> Arc<Forms> {
        Arc::new(Forms {
            catalogue,
            labels: Labels {
                translations,
                locale: locale.to_owned(),
            },
        })
    }
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
pub(super) fn field_text(v: &Value) -> Vec<String> {
    match v {
        Value::Text(s) | Value::Date(s) | Value::Choice(s) | Value::Email(s) | Value::Phone(s) | Value::Postcode(s) => {
            vec![s.clone()]
        }
        Value::Number(n) => vec![n.to_string()],
        Value::Choices(cs) => cs.clone(),
        Value::YesNo(b) | Value::Consent(b) => vec![if *b { "yes" } else { "no" }.into()],
        Value::Address(a) => vec![a.line()],
    }
}

/// GeoReport's place fields from the address the visitor picked from the gazetteer: `address_id`
/// (the UPRN: "the ID of the jurisdiction's master address repository") and `lat`/`long`, so a
/// server that needs a location gets one. The address question mapped to `address_string` wins,
/// else the form's first; a field the form's own `[crm]` table fills is left to it.
fn place_fields(form: &FormDef, out: &Outgoing, fields: &mut Vec<(String, String)>) {
    let mapped = form
        .crm
        .fields
        .iter()
        .find(|(_, t)| t.as_str() == "address_string")
        .map(|(q, _)| q.as_str());
    let in_order = form.questions.iter().map(|q| q.id.as_str());
    let address = mapped
        .into_iter()
        .chain(in_order)
        .find_map(|qid| match out.answers.values.get(qid) {
            Some(Value::Address(a)) => Some(a),
            _ => None,
        });
    let Some(address) = address else { return };
    let mut add = |name: &str, value: String| {
        if !fields.iter().any(|(n, _)| n == name) {
            fields.push((name.to_owned(), value));
        }
    };
    if let Some(uprn) = address.uprn {
        add("address_id", uprn.to_string());
    }
    if let Some(location) = address.location {
        let (lat, long) = location.texts();
        add("lat", lat);
        add("long", long);
    }
}

/// The marker that lets reconciliation find our request again.
pub fn reference_marker(reference: &str) -> String {
    format!("[Ref {reference}]")
}

/// The service code a form's requests go under.
fn service_code(form: &FormDef) -> String {
    form.crm.service_code.clone().unwrap_or_else(|| form.id.clone())
}

/// The form fields of a `POST requests.json` for one submission; with `labels`, the description
/// carries every answer (unless the form turned that off).
pub fn request_fields(
    form: &FormDef,
    out: &Outgoing,
    labels: Option<&Labels>,
    api_key: &str,
    jurisdiction_id: &str,
) -> Vec<(String, String)> {
    let mapping = &form.crm;
    let mut fields = vec![("service_code".to_owned(), service_code(form))];
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
    place_fields(form, out, &mut fields);
    if let Some(identity) = &out.identity {
        // The card goes as two attributes, whichever service: the CRM matches the customer by it.
        fields.push(("attribute[card_number]".into(), identity.card.clone()));
        fields.push(("attribute[card_verified]".into(), identity.verified.to_string()));
    }
    let marker = reference_marker(&out.reference);
    fields.push(("description".into(), description(form, &out.answers, &marker, labels)));
    if !api_key.is_empty() {
        fields.push(("api_key".into(), api_key.to_owned()));
    }
    if !jurisdiction_id.is_empty() {
        fields.push(("jurisdiction_id".into(), jurisdiction_id.to_owned()));
    }
    fields
}

/// A URL without its query, for messages.
fn shown(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// When a reply says the base URL is wrong, the message that says so and shows the URL tried:
/// a 404 that is not the server's own GeoReport error, or (for a `GET`, whose 2xx must be a
/// JSON list) a web page. A `POST`'s other odd 2xx replies are [`open311`]'s to describe.
fn wrong_url(status: u16, content_type: Option<&str>, body: &[u8], url: &str, get: bool) -> Option<String> {
    // GeoReport's own errors are `[{"code", "description"}]`: a 404 in that shape is the server
    // talking (e.g. an unknown service), not a wrong address.
    let georeport_error = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.as_array()?.first()?.get("description").cloned())
        .is_some();
    let hint = "check [crm] url: it should end just before requests.json (e.g. https://crm.example/open311/v2/)";
    if status == 404 && !georeport_error {
        return Some(format!("HTTP 404 from {}: {hint}", shown(url)));
    }
    let opening: Vec<u8> = body
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take(14)
        .map(u8::to_ascii_lowercase)
        .collect();
    let html = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("text/html"))
        || opening.starts_with(b"<!doctype html")
        || opening.starts_with(b"<html");
    if get && (200..300).contains(&status) && html {
        return Some(format!(
            "HTTP {status} from {}: a web page, not GeoReport JSON; {hint}, or a sign-in page is in the way",
            shown(url)
        ));
    }
    None
}

/// A time as GeoReport's date parameters take it: UTC, whole seconds.
fn w3c(t: time::OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
        ))
        .expect("formatting a time")
}

/// A header's text, if present and readable.
fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    let values: Vec<&str> = response
        .headers()
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
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

    /// Deliver one submission (reconciling first if an earlier attempt may have arrived), its
    /// answers labelled with `labels` in the description. `out.attempts` counts this attempt
    /// too (it is recorded before sending).
    pub async fn send(&self, form: &FormDef, labels: &Labels, out: &Outgoing) -> Outcome {
        if out.attempts > 1 || out.reconcile_first {
            match self.reconcile(form, out).await {
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
        let fields = request_fields(form, out, Some(labels), &self.api_key, &self.jurisdiction_id);
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        let url = format!("{}requests.json", self.base);
        let result = self
            .client
            .post(&url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", &out.submission_id)
            .body(body.join("&"))
            .send()
            .await;
        let (status, ctype, retry_after, bytes) = match read(result).await {
            Ok(read) => read,
            Err(reason) => {
                return Outcome::Transient {
                    reason,
                    retry_after_ms: None,
                };
            }
        };
        if let Some(reason) = wrong_url(status, ctype.as_deref(), &bytes, &url, false) {
            // Retried, so that fixing crm.url sends every waiting row without staff un-parking each.
            return Outcome::Transient {
                reason,
                retry_after_ms: None,
            };
        }
        let reply = Reply {
            status,
            content_type: ctype.as_deref(),
            retry_after: retry_after.as_deref(),
            body: &bytes,
        };
        match open311(&reply, time::OffsetDateTime::now_utc().unix_timestamp()) {
            Outcome::Accepted { crm_id, .. } => {
                let fields = dropped_fields(&fields, &bytes, &reference_marker(&out.reference));
                Outcome::Accepted {
                    crm_id,
                    dropped: (!fields.is_empty()).then(|| Dropped {
                        server: self.base.clone(),
                        fields,
                    }),
                }
            }
            other => other,
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

    /// The first page of the service's requests over the attempt's window: from an hour before
    /// "Send" to an hour from now (either clock may be off), so a busy service stays cheap.
    fn requests_url(&self, form: &FormDef, out: &Outgoing, now: time::OffsetDateTime) -> String {
        use time::format_description::well_known::Rfc3339;
        let created = time::OffsetDateTime::parse(&out.created_at, &Rfc3339).unwrap_or(now);
        let hour = time::Duration::hours(1);
        let mut url = format!(
            "{}requests.json?service_code={}&start_date={}&end_date={}",
            self.base,
            encode(&service_code(form)),
            encode(&w3c(created - hour)),
            encode(&w3c(now.max(created) + hour)),
        );
        if !self.jurisdiction_id.is_empty() {
            url.push_str(&format!("&jurisdiction_id={}", encode(&self.jurisdiction_id)));
        }
        url
    }

    /// Look for our reference among the service's requests over the attempt's window, page by
    /// page. `Err` when we cannot tell (the caller then waits rather than risk a second copy).
    async fn reconcile(&self, form: &FormDef, out: &Outgoing) -> Result<Option<String>, String> {
        let marker = reference_marker(&out.reference);
        let mut pager = Pager::new(&self.base)?;
        let mut url = self.requests_url(form, out, time::OffsetDateTime::now_utc());
        loop {
            let response = self.client.get(&url).send().await;
            let (next_page_url, link) = match &response {
                Ok(r) => (header(r, "x-next-page-url"), header(r, "link")),
                Err(_) => (None, None),
            };
            let (status, ctype, _, bytes) = read(response).await?;
            if let Some(reason) = wrong_url(status, ctype.as_deref(), &bytes, &url, true) {
                return Err(reason);
            }
            if !(200..300).contains(&status) {
                return Err(format!(
                    "HTTP {status} from {} while checking whether an earlier attempt arrived; it will look again later",
                    shown(&url)
                ));
            }
            let list: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| {
                format!(
                    "the request list from {} is not JSON; it will look again later",
                    shown(&url)
                )
            })?;
            let Some(items) = list.as_array() else {
                return Err(format!(
                    "the request list from {} is not a JSON list; it will look again later",
                    shown(&url)
                ));
            };
            let found = items.iter().find_map(|r| {
                let desc = r.get("description").and_then(|d| d.as_str()).unwrap_or("");
                desc.contains(&marker).then(|| match r.get("service_request_id") {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                })
            });
            if found.is_some() {
                return Ok(found);
            }
            let page = Page {
                url: &url,
                next_page_url: next_page_url.as_deref(),
                link: link.as_deref(),
                items: items.len(),
                digest: {
                    use std::hash::{Hash, Hasher};
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    bytes.hash(&mut h);
                    h.finish()
                },
            };
            match pager.next(page)? {
                Next::Fetch(next) => url = next,
                Next::End => return Ok(None),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{Answers, Today, validate};

    fn outgoing(form_id: &str, answers: &str) -> (FormDef, Outgoing) {
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
        (form.clone(), out)
    }

    #[test]
    fn fields_follow_the_forms_mapping_and_carry_our_reference() {
        let (form, out) = outgoing(
            "missed-bin",
            r#"{"bin-type": "garden", "address": {"postcode": "le1 1aa", "house": "12", "street": "High Street", "town": "Leicester"}, "bin-out-by-7am": "yes", "details": "Lorry came early & left."}"#,
        );
        let f = request_fields(&form, &out, None, "KEY", "leicester.gov.uk");
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
    fn a_gazetteer_address_sends_its_uprn_and_place_and_a_typed_one_does_not() {
        let (form, out) = outgoing(
            "missed-bin",
            r#"{"bin-type": "garden", "address": {"postcode": "LE1 1AA", "house": "Flat 1, 12", "street": "High Street", "town": "Leicester", "uprn": 100030000012, "usrn": 2700123, "location": {"lat": 52.634, "long": -1.1321, "easting": 458600, "northing": 304400}}, "bin-out-by-7am": "yes"}"#,
        );
        let f = request_fields(&form, &out, None, "", "");
        let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("address_id"), Some("100030000012"));
        assert_eq!((get("lat"), get("long")), (Some("52.634000"), Some("-1.132100")));
        assert_eq!(
            get("address_string"),
            Some("Flat 1, 12 High Street, Leicester, LE1 1AA")
        );
        let (form, out) = outgoing(
            "missed-bin",
            r#"{"bin-type": "garden", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street"}, "bin-out-by-7am": "yes"}"#,
        );
        let f = request_fields(&form, &out, None, "", "");
        assert!(
            !f.iter()
                .any(|(n, _)| ["address_id", "lat", "long"].contains(&n.as_str())),
            "typed by hand: no UPRN, no place"
        );
    }

    #[test]
    fn a_card_goes_as_two_attributes_and_no_card_as_none() {
        let (form, mut out) = outgoing(
            "street-problem",
            r#"{"problem":"pothole","location":"outside 12 High Street"}"#,
        );
        let attributes = |out: &Outgoing| -> Vec<(String, String)> {
            request_fields(&form, out, None, "", "")
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
        let body: Vec<String> = request_fields(&form, &out, None, "", "")
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
        let (mut form, out) = outgoing(
            "bulky-collection",
            r#"{"items": ["sofa", "fridge-freezer"], "address": {"postcode": "LE1 1AA", "house": "1", "street": "A Road"}, "contact-method": "email", "email": "a@example.org"}"#,
        );
        form.crm.fields.insert("items".into(), "attribute[items]".into());
        let f = request_fields(&form, &out, None, "", "");
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
        let (mut form, out) = outgoing(
            "bulky-collection",
            r#"{"items": ["sofa"], "address": {"postcode": "LE1 1AA", "house": "1", "street": "A Road"}, "contact-method": "email", "email": "a@example.org"}"#,
        );
        form.crm.fields.insert("items".into(), "attribute[items]".into());
        form.crm.values.insert(
            "items".into(),
            [("sofa".to_owned(), "Large item: sofa".to_owned())].into(),
        );
        let f = request_fields(&form, &out, None, "", "");
        let items: Vec<&str> = f
            .iter()
            .filter(|(k, _)| k == "attribute[items][]")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(items, ["Large item: sofa"], "one ticked option is still a list: {f:?}");
    }

    #[test]
    fn a_404_or_a_web_page_says_to_check_the_base_url_and_shows_it() {
        let url = "http://127.0.0.1:9/wrong/requests.json?service_code=x&start_date=y";
        let html = b"<!DOCTYPE html><html><body>Not Found</body></html>";
        let said = wrong_url(404, Some("text/html"), html, url, false).unwrap();
        assert_eq!(
            said,
            "HTTP 404 from http://127.0.0.1:9/wrong/requests.json: check [crm] url: it should end just before \
             requests.json (e.g. https://crm.example/open311/v2/)"
        );
        assert!(wrong_url(404, Some("application/json"), b"{\"detail\":\"Not Found\"}", url, true).is_some());
        let portal = wrong_url(200, Some("text/html; charset=utf-8"), html, url, true).unwrap();
        assert!(
            portal.contains("a web page") && portal.contains("[crm] url"),
            "{portal}"
        );
        assert_eq!(
            wrong_url(
                404,
                Some("application/json"),
                br#"[{"code":404,"description":"no such service"}]"#,
                url,
                false
            ),
            None,
            "the server's own GeoReport error is its to say"
        );
        assert_eq!(
            wrong_url(200, Some("text/html"), html, url, false),
            None,
            "a POST's 2xx is read elsewhere"
        );
        assert_eq!(
            wrong_url(201, Some("application/xml"), b"<?xml version=\"1.0\"?><x/>", url, true),
            None
        );
        assert_eq!(
            wrong_url(500, Some("text/html"), html, url, true),
            None,
            "a fault, not a wrong address"
        );
    }

    #[test]
    fn the_request_list_is_asked_for_the_attempts_window_only() {
        let (form, out) = outgoing("street-problem", r#"{"problem":"pothole","location":"here"}"#);
        let api = Open311::new("https://crm.example/open311/v2", "", "leics", Duration::from_secs(1)).unwrap();
        let now = time::macros::datetime!(2026-11-23 12:34:56.789 UTC);
        assert_eq!(
            api.requests_url(&form, &out, now),
            "https://crm.example/open311/v2/requests.json?service_code=street-problem\
             &start_date=2026-11-23T09%3A00%3A00Z&end_date=2026-11-23T13%3A34%3A56Z&jurisdiction_id=leics"
        );
    }

    /// A loopback GeoReport server listing `pages` pages of 100 requests, newest first, with our
    /// reference on the last page; each page names the next in `X-Next-Page-URL`.
    async fn paged_server(pages: usize, reference: &'static str) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
        use axum::extract::{Query, State};
        use std::collections::HashMap;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}/open311/", listener.local_addr().unwrap());
        let served = Arc::new(AtomicUsize::new(0));
        let state = (served.clone(), base.clone());
        let app = axum::Router::new()
            .route(
                "/open311/requests.json",
                axum::routing::get(
                    move |State((served, base)): State<(Arc<AtomicUsize>, String)>,
                          Query(q): Query<HashMap<String, String>>| async move {
                        served.fetch_add(1, Ordering::SeqCst);
                        let page: usize = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
                        let items: Vec<serde_json::Value> = (0..if page <= pages { 100 } else { 0 })
                            .map(|i| {
                                let n = page * 100 + i;
                                let desc = if page == pages && i == 57 {
                                    format!("Answers\n[Ref {reference}]")
                                } else {
                                    format!("someone else\n[Ref OTHR-{n:04}]")
                                };
                                serde_json::json!({"service_request_id": format!("SR-{n}"), "description": desc, "address": ""})
                            })
                            .collect();
                        let mut headers = axum::http::HeaderMap::new();
                        if page < pages {
                            let next = format!("{base}requests.json?service_code=street-problem&page={}", page + 1);
                            headers.insert("x-next-page-url", next.parse().unwrap());
                        }
                        (headers, axum::Json(items))
                    },
                ),
            )
            .with_state(state);
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (base, served)
    }

    #[tokio::test]
    async fn reconciling_finds_a_request_on_the_tenth_page() {
        let (form, mut out) = outgoing("street-problem", r#"{"problem":"pothole","location":"here"}"#);
        out.attempts = 2;
        let (base, served) = paged_server(10, "K7QF-9M2A").await;
        let api = Open311::new(&base, "", "", Duration::from_secs(5)).unwrap();
        let started = std::time::Instant::now();
        let found = api.reconcile(&form, &out).await;
        eprintln!("reconciled over 10 pages of 100 on loopback in {:?}", started.elapsed());
        assert_eq!(found, Ok(Some("SR-1057".into())));
        assert_eq!(
            served.load(std::sync::atomic::Ordering::SeqCst),
            10,
            "every page read once"
        );
        out.reference = "ZZZZ-ZZZZ".into();
        assert_eq!(api.reconcile(&form, &out).await, Ok(None), "read to the end: not there");
        assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 20, "and no further");
    }

    #[test]
    fn form_encoding_escapes_everything_but_the_safe_set() {
        assert_eq!(encode("a b&c=d/é[]"), "a+b%26c%3Dd%2F%C3%A9%5B%5D");
    }
}
