//! Asking the CRM about a request in the background, for "Track an enquiry": one worker thread
//! with its own small runtime takes questions and hands back answers, so the screen never waits
//! on the network. The shell caches what comes back; the app shows it.

use onestop::crm::Connector;
use onestop::crm::status::CrmStatus;
use std::sync::mpsc;
use std::time::Duration;

/// A question for the worker.
struct Job {
    ticket: u64,
    submission_id: String,
    crm_id: String,
}

/// The worker's answer to one question.
#[derive(Debug)]
pub struct Answer {
    /// Which question this answers (see [`StatusLookup::ask`]).
    pub ticket: u64,
    /// The submission asked about.
    pub submission_id: String,
    /// What the CRM said, or why it could not be asked.
    pub result: Result<CrmStatus, String>,
}

/// The background worker's handle.
pub struct StatusLookup {
    jobs: mpsc::Sender<Job>,
    next_ticket: std::cell::Cell<u64>,
}

impl StatusLookup {
    /// Start a worker for `connector`, if that kind of CRM can be asked about a request at all
    /// (the webhook contract has no status call). Each question gives up after `timeout`;
    /// `sink` takes each answer on the worker thread (the shell's one answer channel). Give it a
    /// connector of its own: an HTTP client's pooled connections belong to the runtime that
    /// opened them, and stall if another runtime uses them.
    pub fn start(
        connector: Connector,
        timeout: Duration,
        sink: impl Fn(Answer) + Send + 'static,
    ) -> std::io::Result<Option<StatusLookup>> {
        if matches!(connector, Connector::Webhook(_)) {
            return Ok(None);
        }
        let (jobs, job_rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("status-lookup".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                    Ok(r) => r,
                    Err(e) => return tracing::error!("the status lookup could not start: {e}"),
                };
                // Ends when the shell (and its sender) is dropped.
                while let Ok(job) = job_rx.recv() {
                    let asked =
                        runtime.block_on(async { tokio::time::timeout(timeout, connector.status(&job.crm_id)).await });
                    let result = match asked {
                        Ok(Some(r)) => r,
                        Ok(None) => Err("this CRM cannot be asked about a request".to_owned()),
                        Err(_) => Err(format!("no answer from the CRM within {} s", timeout.as_secs())),
                    };
                    let answer = Answer {
                        ticket: job.ticket,
                        submission_id: job.submission_id,
                        result,
                    };
                    sink(answer);
                }
            })?;
        Ok(Some(StatusLookup {
            jobs,
            next_ticket: std::cell::Cell::new(1),
        }))
    }

    /// Ask about `crm_id` (the CRM's id of `submission_id`); returns the ticket its answer will
    /// carry, or `None` if the worker has stopped.
    pub fn ask(&self, submission_id: &str, crm_id: &str) -> Option<u64> {
        let ticket = self.next_ticket.get();
        self.next_ticket.set(ticket + 1);
        self.jobs
            .send(Job {
                ticket,
                submission_id: submission_id.to_owned(),
                crm_id: crm_id.to_owned(),
            })
            .ok()
            .map(|_| ticket)
    }
}
