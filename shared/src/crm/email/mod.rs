//! The email connector, for councils with only a mailbox: [`Mailer`] sends any [`Mail`] through
//! the council's SMTP relay, always over TLS (implicit, or STARTTLS that must be offered; plain
//! text only to a loopback test server), and reads the reply into an [`Outcome`]
//! ([`classify`]). [`Email`] is the [`super::Connector`] side: one message per submission
//! ([`message`], whose text is [`body`]'s) to the form's mailbox. Reading the outbox and
//! recording outcomes is the forwarder's job; the daily CSV reports use [`Mailer`] directly.

pub mod body;
pub mod classify;
pub mod message;

use crate::config::{EmailConfig, EmailTls};
use crate::crm::{Outgoing, open311::Forms};
use crate::hours::Zone;
use crate::outbox::Outcome;
use classify::{Failure, Reply};
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::error::Error as _;
use std::sync::Arc;
use std::time::Duration;

/// One email to send.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mail {
    /// The mailbox.
    pub to: String,
    /// The Subject (one line).
    pub subject: String,
    /// The Message-ID without `<>`, e.g. `onestop.<submission id>@<from domain>`: the same on a
    /// resend, so the mailbox can drop the copy.
    pub message_id: String,
    /// The text, UTF-8 plain text.
    pub body: String,
    /// Files after the text.
    pub attachments: Vec<Attachment>,
    /// More headers (`X-Onestop-Reference`, …), name and value; a line break in a value is
    /// dropped.
    pub headers: Vec<(String, String)>,
    /// The `Date` header; `None`: the moment of sending. A resend must repeat it: Exchange
    /// recognises a duplicate by Message-ID and Date together.
    pub date: Option<std::time::SystemTime>,
}

/// A file attached to a [`Mail`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its name, e.g. `onestop-K7QF-9M2A.json`.
    pub filename: String,
    /// Its MIME type, e.g. `application/json`.
    pub content_type: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The council's SMTP relay, ready to send. Cheap to clone: the transport is shared.
#[derive(Clone)]
pub struct Mailer {
    transport: Arc<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    /// The whole attempt's limit, beyond lettre's per-read one: a server that trickles a reply
    /// must not hold a forwarder slot for ever.
    timeout: Duration,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

/// The name this machine says hello with: its host name, else lettre's address literal.
fn hello_name() -> ClientId {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .map_or_else(ClientId::default, ClientId::Domain)
}

impl Mailer {
    /// A mailer for the relay in `cfg` (already checked by the config loader), giving up on one
    /// attempt after `timeout`. Reads `password_file` and `ca_file` now; a missing or unreadable
    /// one is an error naming it.
    pub fn new(cfg: &EmailConfig, timeout: Duration) -> Result<Mailer, String> {
        let host = cfg.host.trim();
        if cfg.tls == EmailTls::None && !cfg.plain_text_allowed() {
            return Err(format!(
                "crm.email.tls = \"none\" is refused for {host}: visitors' answers never travel in clear text"
            ));
        }
        let mut tls = TlsParameters::builder(host.to_owned());
        if !cfg.ca_file.trim().is_empty() {
            let pem = std::fs::read(cfg.ca_file.trim())
                .map_err(|e| format!("crm.email.ca_file \"{}\" cannot be read: {e}", cfg.ca_file.trim()))?;
            let cert = Certificate::from_pem(&pem).map_err(|e| {
                format!(
                    "crm.email.ca_file \"{}\" is not a PEM certificate: {e}",
                    cfg.ca_file.trim()
                )
            })?;
            tls = tls.add_root_certificate(cert);
        }
        let tls = tls
            .build_rustls()
            .map_err(|e| format!("TLS for crm.email.host \"{host}\" cannot be set up: {e}"))?;
        let tls = match cfg.tls {
            EmailTls::Implicit => Tls::Wrapper(tls),
            EmailTls::Starttls => Tls::Required(tls),
            EmailTls::None => Tls::None,
        };
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|e| format!("crm.email.from \"{}\" is not an address: {e}", cfg.from.escape_debug()))?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(cfg.port())
            .tls(tls)
            .hello_name(hello_name())
            .timeout(Some(timeout));
        if !cfg.username.is_empty() {
            let password = if cfg.password_file.trim().is_empty() {
                cfg.password.clone()
            } else {
                let path = cfg.password_file.trim();
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("crm.email.password_file \"{path}\" cannot be read: {e}"))?;
                text.trim_end_matches(['\r', '\n']).to_owned()
            };
            builder = builder.credentials(Credentials::new(cfg.username.clone(), password));
        }
        Ok(Mailer {
            transport: Arc::new(builder.build()),
            from,
            timeout,
        })
    }

    /// Send `mail` once and say what became of it. Never panics and never retries by itself:
    /// the outbox decides when to try again.
    pub async fn send(&self, mail: &Mail) -> Outcome {
        let message = match message::to_lettre(&self.from, mail) {
            Ok(m) => m,
            Err(reason) => return Outcome::Permanent { reason },
        };
        let attempt = self.transport.send(message);
        // lettre's timeout is per read or write; this bounds the whole conversation.
        let result = match tokio::time::timeout(self.timeout.saturating_mul(3), attempt).await {
            Err(_) => Err((None, Failure::Timeout, String::new())),
            Ok(Ok(response)) => Ok(Reply {
                code: response.code().to_string().parse().unwrap_or(250),
                text: response.message().collect::<Vec<_>>().join(" "),
            }),
            Ok(Err(e)) => Err(failure(&e)),
        };
        classify::outcome(result, &mail.message_id)
    }
}

/// A lettre error as a reply (a 4xx or 5xx) or what happened instead.
fn failure(e: &lettre::transport::smtp::Error) -> (Option<Reply>, Failure, String) {
    let detail = e.source().map(|s| s.to_string()).unwrap_or_default();
    if let Some(code) = e.status() {
        let reply = Reply {
            code: code.to_string().parse().unwrap_or(554),
            text: detail.clone(),
        };
        return (Some(reply), Failure::Connection, detail);
    }
    let text = e.to_string();
    let lower = text.to_ascii_lowercase();
    // lettre reports a failed handshake (an untrusted certificate) as a connection error.
    let handshake = ["certificate", "handshake", "tls", "alert"]
        .iter()
        .any(|w| lower.contains(w));
    let failure = if e.is_timeout() {
        Failure::Timeout
    } else if e.is_tls() || (handshake && !lower.contains("starttls")) {
        Failure::Tls
    } else if e.is_client() && text.contains("STARTTLS") {
        Failure::NoStarttls
    } else {
        Failure::Connection
    };
    (None, failure, text)
}

/// The email [`super::Connector`]: one message per submission, to the form's mailbox.
#[derive(Debug, Clone)]
pub struct Email {
    mailer: Mailer,
    config: Arc<EmailConfig>,
    forms: Arc<Forms>,
    zone: Zone,
}

impl Email {
    /// Submissions from `forms` (labelled in `forms.labels`' language, times in `zone`) through
    /// `mailer` to the mailboxes in `config`.
    pub fn new(mailer: Mailer, config: &EmailConfig, forms: Arc<Forms>, zone: Zone) -> Email {
        Email {
            mailer,
            config: Arc::new(config.clone()),
            forms,
            zone,
        }
    }

    /// The message `out` becomes.
    pub fn mail(&self, out: &Outgoing) -> Mail {
        let form = self.forms.catalogue.get(&out.form_id);
        let how = message::Addressing {
            to: self.config.mailbox(&out.form_id),
            domain: self.config.from_domain(),
            labels: &self.forms.labels,
            zone: self.zone,
        };
        message::submission_mail(out, form, &how)
    }

    /// Deliver one submission.
    pub async fn send(&self, out: &Outgoing) -> Outcome {
        self.mailer.send(&self.mail(out)).await
    }
}

#[cfg(test)]
mod tests;
