//! Reading the CRM's form catalogue over Open311: `GET services.json`, then
//! `services/{code}.json` for each service with metadata, mapped by [`super::catalogue`]. It only
//! reads: the caller writes a [`Read`] to the cache (the store's `refresh_crm_catalogue`, which
//! keeps the cached form of a service whose definition could not be read this time). A list that
//! cannot be read gives no [`Read`] at all, so an outage, an HTML error page or a broken list
//! leaves the cache, and the menu, as they were.

use super::catalogue::{Generated, Service, Skipped, map_service, parse_service_list};
use super::http::{client, read};
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

/// The list could not be fetched or read: there is nothing to write, so the cache stays as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("could not read the CRM's service list ({0}); the cached catalogue is unchanged")]
pub struct ListError(pub String);

/// The CRM's catalogue as read just now, in the CRM's order, for the cache.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Read {
    /// One per usable service on the list.
    pub services: Vec<ReadService>,
    /// Entries of the list that could not be used, and why.
    pub skipped: Vec<Skipped>,
    /// Details for staff: attributes left out, definitions missing.
    pub notes: Vec<String>,
}

/// One service on the list, as read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadService {
    /// Mapped into form files.
    Mapped(Generated),
    /// Its definition could not be fetched or mapped this time.
    Unread {
        /// The CRM's service code, exactly as given.
        service_code: String,
        /// The form id the list gives it.
        form_id: String,
        /// What went wrong.
        reason: String,
    },
}

impl ReadService {
    /// An unread service as staff are told of it when there is no cached form to keep; `None`
    /// for a mapped one.
    pub fn as_skipped(&self) -> Option<Skipped> {
        match self {
            ReadService::Mapped(_) => None,
            ReadService::Unread {
                service_code, reason, ..
            } => Some(Skipped {
                service_code: super::catalogue::clean(service_code, 60),
                reason: reason.clone(),
            }),
        }
    }
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

    /// Read the CRM's catalogue: the list, then the definitions of the services with metadata,
    /// each mapped into form files. `Err` only when the list itself cannot be read.
    pub async fn read(&self) -> Result<Read, ListError> {
        let body = self.list().await.map_err(ListError)?;
        let list = parse_service_list(&body).map_err(ListError)?;
        let definitions = self.definitions(&list.services).await;
        let mut read = Read {
            skipped: list.skipped,
            ..Read::default()
        };
        for (service, definition) in list.services.iter().zip(definitions) {
            let mapped = match definition {
                None if service.metadata => Err("fetching its definition failed".to_owned()),
                None => map_service(service, None),
                Some(Ok(None)) => {
                    read.notes.push(format!(
                        "{}: the CRM has no definition for it (404); offered with a description only",
                        service.form_id
                    ));
                    map_service(service, None)
                }
                Some(Ok(Some(bytes))) => map_service(service, Some(&bytes)),
                Some(Err(e)) => Err(e),
            };
            read.services.push(match mapped {
                Ok(generated) => {
                    read.notes
                        .extend(generated.notes.iter().map(|n| format!("{}: {n}", generated.form_id)));
                    ReadService::Mapped(generated)
                }
                Err(reason) => ReadService::Unread {
                    service_code: service.code.clone(),
                    form_id: service.form_id.clone(),
                    reason,
                },
            });
        }
        Ok(read)
    }
}
