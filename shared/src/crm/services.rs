//! Refreshing the CRM's form catalogue over Open311: `GET services.json`, then
//! `services/{code}.json` for each service with metadata, mapped by [`super::catalogue`] and
//! written to the cache in one transaction ([`crate::store::catalogue`]). Nothing changes unless
//! the list itself is read, so an outage, an HTML error page or a broken list leaves the cache,
//! and the menu, as they were; a definition that cannot be read keeps that service's cached form.

use super::catalogue::{Service, Skipped, map_service, parse_service_list};
use super::http::{client, read};
use crate::store::catalogue::{Change, Entry};
use crate::store::{Store, StoreError};
use std::sync::Arc;
use std::time::Duration;

/// Definitions fetched at once: enough to be quick, few enough not to hammer the CRM.
const IN_FLIGHT: usize = 4;

/// The discovery side of a GeoReport v2 endpoint.
#[derive(Debug, Clone)]
pub struct Services {
    base: String,
    jurisdiction_id: String,
    client: reqwest::Client,
}

/// A refresh that could not read the list: the cache is untouched.
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    /// The list could not be fetched or read.
    #[error("could not read the CRM's service list ({0}); the cached catalogue is unchanged")]
    List(String),
    /// The cache could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refresh {
    /// Per service on the new list (and those removed from it).
    pub changes: Vec<Change>,
    /// Services not offered, and why.
    pub skipped: Vec<Skipped>,
    /// Details for staff: attributes left out, definitions missing, cached forms kept.
    pub notes: Vec<String>,
}

/// Percent-encoding of one URL path segment or query value (RFC 3986 unreserved kept).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl Services {
    /// The endpoint whose base URL ends before `services.json` (the same `crm.url` as requests).
    /// Only `jurisdiction_id` is sent: discovery needs no `api_key`, and a key in a URL ends up
    /// in server logs.
    pub fn new(base: &str, jurisdiction_id: &str, timeout: Duration) -> Result<Services, String> {
        let client = client(base, timeout)?;
        let base = if base.ends_with('/') {
            base.to_owned()
        } else {
            format!("{base}/")
        };
        Ok(Services {
            base,
            jurisdiction_id: jurisdiction_id.to_owned(),
            client,
        })
    }

    fn url(&self, path: &str) -> String {
        match self.jurisdiction_id.as_str() {
            "" => format!("{}{path}", self.base),
            j => format!("{}{path}?jurisdiction_id={}", self.base, encode(j)),
        }
    }

    /// `GET services.json`: the body of a 2xx reply.
    pub async fn list(&self) -> Result<Vec<u8>, String> {
        let (status, _, _, body) = read(self.client.get(self.url("services.json")).send().await).await?;
        if !(200..300).contains(&status) {
            return Err(format!("HTTP {status} for services.json"));
        }
        Ok(body)
    }

    /// `GET services/{code}.json`: the body of a 2xx reply, or `None` on 404 (the server has no
    /// definition for it).
    pub async fn definition(&self, code: &str) -> Result<Option<Vec<u8>>, String> {
        let url = self.url(&format!("services/{}.json", encode(code)));
        let (status, _, _, body) = read(self.client.get(url).send().await).await?;
        match status {
            404 => Ok(None),
            200..=299 => Ok(Some(body)),
            _ => Err(format!("HTTP {status} for its definition")),
        }
    }

    /// The definitions of `services` (those with metadata), a few at a time, in their order.
    async fn definitions(&self, services: &[Service]) -> Vec<Option<Result<Option<Vec<u8>>, String>>> {
        let gate = Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
        let mut tasks = tokio::task::JoinSet::new();
        for (i, s) in services.iter().enumerate().filter(|(_, s)| s.metadata) {
            let (me, gate, code) = (self.clone(), gate.clone(), s.code.clone());
            tasks.spawn(async move {
                let _turn = gate.acquire_owned().await;
                (i, me.definition(&code).await)
            });
        }
        let mut out: Vec<Option<Result<Option<Vec<u8>>, String>>> = vec![None; services.len()];
        while let Some(done) = tasks.join_next().await {
            if let Ok((i, result)) = done {
                out[i] = Some(result);
            }
        }
        out
    }
}

/// Read the CRM's catalogue and replace the cached one with it, in one transaction.
pub async fn refresh(store: &mut Store, services: &Services) -> Result<Refresh, RefreshError> {
    let body = services.list().await.map_err(RefreshError::List)?;
    let list = parse_service_list(&body).map_err(RefreshError::List)?;
    let cached = store.crm_catalogue()?;
    let definitions = services.definitions(&list.services).await;
    let mut report = Refresh {
        skipped: list.skipped,
        ..Refresh::default()
    };
    let mut entries = Vec::new();
    for (service, definition) in list.services.iter().zip(definitions) {
        let mapped = match definition {
            None if service.metadata => Err("fetching its definition failed".to_owned()),
            None => map_service(service, None),
            Some(Ok(None)) => {
                report.notes.push(format!(
                    "{}: the CRM has no definition for it (404); offered with a description only",
                    service.form_id
                ));
                map_service(service, None)
            }
            Some(Ok(Some(bytes))) => map_service(service, Some(&bytes)),
            Some(Err(e)) => Err(e),
        };
        match mapped {
            Ok(generated) => {
                report
                    .notes
                    .extend(generated.notes.iter().map(|n| format!("{}: {n}", generated.form_id)));
                entries.push(Entry::Mapped(generated));
            }
            Err(reason) => match cached
                .iter()
                .find(|c| c.service_code == service.code && c.form_id == service.form_id)
            {
                Some(c) => {
                    report.notes.push(format!(
                        "{}: {reason}; the cached version {} stays",
                        c.form_id, c.version
                    ));
                    entries.push(Entry::Keep {
                        service_code: service.code.clone(),
                        form_id: service.form_id.clone(),
                    });
                }
                None => report.skipped.push(Skipped {
                    service_code: super::catalogue::clean(&service.code, 60),
                    reason,
                }),
            },
        }
    }
    report.changes = store.replace_crm_catalogue(&entries)?;
    Ok(report)
}
