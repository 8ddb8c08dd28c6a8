//! Asking the CRM about a request in the background, for "Track an enquiry": each question is a
//! task on the kiosk's one runtime ([`crate::shell::workers::io_runtime`]), so the screen never
//! waits on the network. The shell caches what comes back; the app shows it.

use onestop::crm::Connector;
use onestop::crm::status::CrmStatus;
use std::sync::Arc;
use std::time::Duration;

/// The answer to one question.
#[derive(Debug)]
pub struct Answer {
    /// Which question this answers (see [`StatusLookup::ask`]).
    pub ticket: u64,
    /// The submission asked about.
    pub submission_id: String,
    /// What the CRM said, or why it could not be asked.
    pub result: Result<CrmStatus, String>,
}

/// Asks the CRM, on a runtime it was given.
pub struct StatusLookup {
    connector: Arc<Connector>,
    timeout: Duration,
    runtime: tokio::runtime::Handle,
    sink: Arc<dyn Fn(Answer) + Send + Sync>,
}

impl StatusLookup {
    /// Ask through `connector`, if that kind of CRM can be asked about a request at all (the
    /// webhook contract has no status call). Each question is a task on `runtime` and gives up
    /// after `timeout`; `sink` takes each answer (the shell's one answer channel). The
    /// connector's HTTP client then lives on that runtime, as its pooled connections must.
    pub fn start(
        connector: Connector,
        timeout: Duration,
        runtime: tokio::runtime::Handle,
        sink: impl Fn(Answer) + Send + Sync + 'static,
    ) -> Option<StatusLookup> {
        if !connector.has_status() {
            return None;
        }
        Some(StatusLookup {
            connector: Arc::new(connector),
            timeout,
            runtime,
            sink: Arc::new(sink),
        })
    }

    /// Ask about `crm_id` (the CRM's id of `submission_id`); the answer carries `ticket`, the
    /// app's number for the question.
    pub fn ask(&self, ticket: u64, submission_id: &str, crm_id: &str) {
        let (connector, sink, timeout) = (self.connector.clone(), self.sink.clone(), self.timeout);
        let (submission_id, crm_id) = (submission_id.to_owned(), crm_id.to_owned());
        self.runtime.spawn(async move {
            let asked = tokio::time::timeout(timeout, connector.status(&crm_id)).await;
            let result = match asked {
                Ok(Some(r)) => r,
                Ok(None) => Err("this CRM cannot be asked about a request".to_owned()),
                Err(_) => Err(format!("no answer from the CRM within {} s", timeout.as_secs())),
            };
            sink(Answer {
                ticket,
                submission_id,
                result,
            });
        });
    }
}
