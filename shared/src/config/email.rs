//! The `[crm.email]` table: the SMTP relay a council with only a mailbox receives submissions
//! through, and which mailbox each form goes to. Parsing and checking only (TLS is never
//! optional, except to a loopback test server); reading the password file and the CA file, and
//! sending, are `crate::crm::email`'s.

use super::{ConfigError, EmailTls};
use serde::Deserialize;
use std::collections::BTreeMap;

/// `[crm.email]`, used when `[crm] kind = "email"`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailConfig {
    /// The relay's host name, as its certificate names it (`smtp.council.gov.uk`).
    pub host: String,
    /// The relay's port; 0: 465 for `implicit`, 587 for `starttls`, 25 for `none`.
    pub port: u16,
    /// `implicit`, `starttls` or `none`.
    pub tls: EmailTls,
    /// Allow `tls = "none"` to a loopback host (a test server); refused for any other host.
    pub insecure_loopback: bool,
    /// A PEM file of extra trust roots (a council relay's internal CA); empty: the machine's.
    pub ca_file: String,
    /// SMTP AUTH user; empty: no AUTH.
    pub username: String,
    /// SMTP AUTH password (or `password_file`).
    pub password: String,
    /// A file holding the SMTP AUTH password, read at start (kept out of the config file).
    pub password_file: String,
    /// The sender, `kiosk@council.gov.uk`; its domain ends each Message-ID.
    pub from: String,
    /// The mailbox a form without a route goes to.
    pub to: String,
    /// Form id → mailbox (`[crm.email.routes]`).
    pub routes: BTreeMap<String, String>,
}

/// Whether `host` is this machine (`localhost`, 127.0.0.0/8, `::1`).
pub fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost") || bare.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether `s` looks like one mailbox address: `local@domain`, no spaces, angle brackets or
/// line breaks (which could add headers), a dot-free domain allowed only for `localhost`.
pub fn is_address(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let plain = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_graphic() && !"<>(),;:\"[]\\@".contains(c));
    plain(local) && plain(domain) && !domain.starts_with('.') && !domain.ends_with('.')
}

impl EmailConfig {
    /// The port in use: the configured one, or the usual one for `tls`.
    pub fn port(&self) -> u16 {
        match (self.port, self.tls) {
            (0, EmailTls::Implicit) => 465,
            (0, EmailTls::Starttls) => 587,
            (0, EmailTls::None) => 25,
            (p, _) => p,
        }
    }

    /// Whether mail may go in clear text: only with `tls = "none"`, `insecure_loopback = true`
    /// and a loopback host.
    pub fn plain_text_allowed(&self) -> bool {
        self.tls == EmailTls::None && self.insecure_loopback && is_loopback(self.host.trim())
    }

    /// The mailbox `form_id`'s submissions go to.
    pub fn mailbox(&self, form_id: &str) -> &str {
        self.routes.get(form_id).map_or(self.to.as_str(), String::as_str)
    }

    /// The domain of `from`, which ends every Message-ID.
    pub fn from_domain(&self) -> &str {
        self.from.rsplit_once('@').map_or("onestop.invalid", |(_, d)| d)
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        let bad = |s: String| Err(ConfigError::Invalid(s));
        let host = self.host.trim();
        if host.is_empty() || host.chars().any(|c| c.is_whitespace() || c == '/') {
            return bad(format!(
                "crm.email.host is \"{}\"; name the council's SMTP relay, like \"smtp.council.gov.uk\"",
                self.host.escape_debug()
            ));
        }
        if self.tls == EmailTls::None && !self.plain_text_allowed() {
            return bad(format!(
                "crm.email.tls = \"none\" would send visitors' answers to {host} in clear text; use tls = \"implicit\" (port 465) or tls = \"starttls\" (port 587). Plain text is allowed only to a loopback host with crm.email.insecure_loopback = true, for tests"
            ));
        }
        if !is_address(&self.from) {
            return bad(format!(
                "crm.email.from is \"{}\"; write the kiosk's sender address, like \"kiosk@council.gov.uk\"",
                self.from.escape_debug()
            ));
        }
        if !is_address(&self.to) {
            return bad(format!(
                "crm.email.to is \"{}\"; write the mailbox that receives submissions, like \"contact@council.gov.uk\"",
                self.to.escape_debug()
            ));
        }
        for (form, mailbox) in &self.routes {
            if !crate::forms::schema::is_valid_id(form) || !is_address(mailbox) {
                return bad(format!(
                    "crm.email.routes has \"{}\" = \"{}\"; each line is a form id and a mailbox, like \"missed-bin\" = \"waste@council.gov.uk\"",
                    form.escape_debug(),
                    mailbox.escape_debug()
                ));
            }
        }
        let has_password = !self.password.is_empty() || !self.password_file.trim().is_empty();
        if !self.password.is_empty() && !self.password_file.trim().is_empty() {
            return bad(
                "crm.email has both password and password_file; keep one (password_file keeps it out of this file)"
                    .into(),
            );
        }
        if self.username.is_empty() == has_password {
            return bad(
                "crm.email.username and a password (password or password_file) go together: set both for SMTP AUTH, or neither"
                    .into(),
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, CrmKind};

    const GOOD: &str = "[crm]\nkind = \"email\"\n[crm.email]\nhost = \"smtp.council.gov.uk\"\ntls = \"starttls\"\nfrom = \"kiosk@council.gov.uk\"\nto = \"contact@council.gov.uk\"\n";

    fn refused(extra: &str) -> String {
        Config::from_toml(&format!("{GOOD}{extra}"))
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn an_email_crm_loads_with_its_routes_and_usual_ports() {
        let c = Config::from_toml(&format!(
            "{GOOD}[crm.email.routes]\n\"missed-bin\" = \"waste@council.gov.uk\"\n"
        ))
        .unwrap();
        assert_eq!(c.crm.kind, CrmKind::Email);
        assert_eq!(c.crm.email.port(), 587);
        assert_eq!(c.crm.email.mailbox("missed-bin"), "waste@council.gov.uk");
        assert_eq!(c.crm.email.mailbox("feedback"), "contact@council.gov.uk");
        assert_eq!(c.crm.email.from_domain(), "council.gov.uk");
        let implicit = GOOD.replace("starttls", "implicit");
        assert_eq!(Config::from_toml(&implicit).unwrap().crm.email.port(), 465);
    }

    #[test]
    fn plain_text_is_refused_except_to_loopback_when_asked_for() {
        let e = Config::from_toml(&GOOD.replace("starttls", "none"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("in clear text") && e.contains("tls = \"implicit\"") && e.contains("insecure_loopback"),
            "{e}"
        );
        let remote = format!("{}insecure_loopback = true\n", GOOD.replace("starttls", "none"));
        assert!(Config::from_toml(&remote).is_err(), "a remote host stays refused");
        let local = remote.replace("smtp.council.gov.uk", "127.0.0.1");
        assert!(Config::from_toml(&local).is_ok());
        let no_flag = GOOD
            .replace("starttls", "none")
            .replace("smtp.council.gov.uk", "localhost");
        assert!(Config::from_toml(&no_flag).is_err(), "loopback still needs the flag");
    }

    #[test]
    fn bad_addresses_routes_and_credentials_are_refused_clearly() {
        let e = Config::from_toml(&GOOD.replace("contact@council.gov.uk", "contact")).unwrap_err();
        assert!(e.to_string().contains("crm.email.to is \"contact\""), "{e}");
        let e = Config::from_toml(&GOOD.replace("kiosk@council.gov.uk", "a@b\\r\\nBcc: x@y")).unwrap_err();
        assert!(e.to_string().contains("crm.email.from"), "{e}");
        let e = refused("[crm.email.routes]\n\"Missed Bin\" = \"waste@council.gov.uk\"\n");
        assert!(e.contains("crm.email.routes"), "{e}");
        let e = refused("username = \"kiosk\"\n");
        assert!(e.contains("go together"), "{e}");
        let e = refused("username = \"kiosk\"\npassword = \"x\"\npassword_file = \"/etc/pw\"\n");
        assert!(e.contains("both password and password_file"), "{e}");
        let e = refused("hots = \"typo\"\n");
        assert!(e.contains("hots"), "unknown keys are refused: {e}");
        let e = Config::from_toml(&GOOD.replace("smtp.council.gov.uk", "")).unwrap_err();
        assert!(e.to_string().contains("crm.email.host"), "{e}");
    }

    #[test]
    fn loopback_and_addresses_are_recognised() {
        for h in ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"] {
            assert!(is_loopback(h), "{h}");
        }
        for h in ["smtp.council.gov.uk", "10.0.0.1", "localhost.evil.example"] {
            assert!(!is_loopback(h), "{h}");
        }
        assert!(is_address("waste@council.gov.uk"));
        for a in ["", "a", "@b", "a@", "a b@c", "a@b\r\nBcc: c@d", "<a@b>", "a@.b"] {
            assert!(!is_address(a), "{a:?}");
        }
    }
}
