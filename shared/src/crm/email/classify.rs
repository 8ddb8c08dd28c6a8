//! What an SMTP attempt's result means for its outbox row: a 2xx after DATA is received, a 4xx
//! is retried, a 5xx is parked with the server's words scrubbed of personal data, and anything
//! without a reply (a timeout, a TLS failure, a dropped connection, even one after the message
//! was sent) is retried: the resend carries the same Message-ID, so the mailbox can tell it is
//! the same message. Pure: sending is [`super::Mailer`]'s job.

use crate::outbox::Outcome;

/// The longest piece of the server's text kept for staff.
const SERVER_TEXT_CHARS: usize = 160;

/// An SMTP server's reply, as far as classifying it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The three-digit code.
    pub code: u16,
    /// The reply's text, every line joined by spaces.
    pub text: String,
}

/// What went wrong short of a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// No reply within the timeout.
    Timeout,
    /// The TLS handshake failed (a certificate not trusted, a wrong name, no common cipher).
    Tls,
    /// The server did not offer STARTTLS, so nothing was sent.
    NoStarttls,
    /// The connection could not be made, or was lost (perhaps after the message went).
    Connection,
}

/// The outcome of one attempt to send the message `message_id`: `Ok` is the server's final
/// reply to the message, `Err` what happened instead.
pub fn outcome(result: Result<Reply, (Option<Reply>, Failure, String)>, message_id: &str) -> Outcome {
    let (reply, failure, detail) = match result {
        Ok(r) if (200..300).contains(&r.code) => {
            return Outcome::Accepted {
                crm_id: message_id.to_owned(),
                dropped: None,
            };
        }
        Ok(r) => (Some(r), Failure::Connection, String::new()),
        Err(e) => e,
    };
    if let Some(r) = reply {
        let said = scrub(&r.text);
        let reason = format!("SMTP {}: {said}", r.code);
        return match r.code {
            // 530, 534, 535, 538: the login itself was refused; retrying would only lock the
            // account.
            530 | 534 | 535 | 538 => Outcome::Permanent {
                reason: format!(
                    "SMTP {}: the mail server refused the kiosk's login; check crm.email.username and its password ({said})",
                    r.code
                ),
            },
            500..=599 => Outcome::Permanent { reason },
            _ => Outcome::Transient {
                reason,
                retry_after_ms: None,
            },
        };
    }
    let reason = match failure {
        Failure::Timeout => {
            "the mail server timed out (the message may have arrived; a resend has the same Message-ID)".to_owned()
        }
        Failure::Tls => format!(
            "TLS with the mail server failed, so nothing was sent: {}",
            scrub(&detail)
        ),
        Failure::NoStarttls => {
            "the mail server did not offer STARTTLS, so nothing was sent (crm.email.tls requires it)".to_owned()
        }
        Failure::Connection => format!(
            "the connection to the mail server failed or was lost (the message may have arrived; a resend has the same Message-ID): {}",
            scrub(&detail)
        ),
    };
    Outcome::Transient {
        reason,
        retry_after_ms: None,
    }
}

/// A server's words with what may be personal data taken out: anything with an `@` (a
/// recipient, a sender), `<…>` (an address or an id), and runs of five or more digits (a card
/// number, a phone number, a UPRN); on one line, cut at a word.
pub fn scrub(text: &str) -> String {
    let mut words = Vec::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let digits = word.chars().filter(char::is_ascii_digit).count();
        let longest_run = word
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        let word = if word.contains('@') || word.contains('<') || word.contains('>') {
            "[address]"
        } else if longest_run >= 5 || digits >= 8 {
            "[number]"
        } else {
            word
        };
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        if len + word.len() + 1 > SERVER_TEXT_CHARS {
            words.push("…".to_owned());
            break;
        }
        len += word.len() + 1;
        words.push(word);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(code: u16, text: &str) -> Result<Reply, (Option<Reply>, Failure, String)> {
        Ok(Reply {
            code,
            text: text.into(),
        })
    }

    fn failed(failure: Failure, detail: &str) -> Result<Reply, (Option<Reply>, Failure, String)> {
        Err((None, failure, detail.into()))
    }

    #[test]
    fn a_2xx_is_received_under_the_message_id() {
        assert_eq!(
            outcome(reply(250, "2.0.0 Ok: queued as 4F2A1"), "onestop.x@council.gov.uk"),
            Outcome::Accepted {
                crm_id: "onestop.x@council.gov.uk".into(),
                dropped: None
            }
        );
    }

    #[test]
    fn a_4xx_retries_and_a_5xx_parks() {
        let t = outcome(reply(451, "4.3.0 Temporary lookup failure"), "m");
        assert!(
            matches!(&t, Outcome::Transient { reason, .. } if reason == "SMTP 451: 4.3.0 Temporary lookup failure"),
            "{t:?}"
        );
        let p = outcome(reply(554, "5.7.1 Message rejected as spam"), "m");
        assert!(
            matches!(&p, Outcome::Permanent { reason } if reason.starts_with("SMTP 554: 5.7.1")),
            "{p:?}"
        );
    }

    #[test]
    fn a_refused_login_parks_and_says_what_to_check() {
        let p = outcome(reply(535, "5.7.8 Authentication credentials invalid"), "m");
        let Outcome::Permanent { reason } = p else {
            panic!("{p:?}")
        };
        assert!(reason.contains("refused the kiosk's login") && reason.contains("crm.email.username"));
    }

    #[test]
    fn a_5xx_echoing_the_recipient_or_content_is_scrubbed() {
        let p = outcome(
            reply(
                550,
                "5.1.1 <ali.khan@example.org>: Recipient address rejected: card 21234001234567 tel 07700900123",
            ),
            "m",
        );
        let Outcome::Permanent { reason } = p else {
            panic!("{p:?}")
        };
        assert!(!reason.contains("ali.khan") && !reason.contains("21234001234567") && !reason.contains("07700900123"));
        assert!(
            reason.starts_with("SMTP 550: 5.1.1 [address] Recipient address rejected"),
            "{reason}"
        );
        let long = scrub(&"word ".repeat(200));
        assert!(long.chars().count() <= SERVER_TEXT_CHARS + 2 && long.ends_with('…'));
        assert_eq!(scrub("line\r\none\u{7}"), "line one");
    }

    #[test]
    fn no_reply_is_retried_whatever_happened() {
        for f in [Failure::Timeout, Failure::Tls, Failure::NoStarttls, Failure::Connection] {
            let t = outcome(failed(f, "unexpected EOF from a@b.c"), "m");
            let Outcome::Transient { reason, .. } = &t else {
                panic!("{f:?}: {t:?}")
            };
            assert!(!reason.contains("a@b.c"), "{reason}");
        }
        let t = outcome(failed(Failure::NoStarttls, ""), "m");
        assert!(matches!(&t, Outcome::Transient { reason, .. } if reason.contains("did not offer STARTTLS")));
    }
}
