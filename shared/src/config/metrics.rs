//! The `[metrics]` table: whether and where the kiosk and the queue hub show their figures to a
//! Prometheus scraper (an HTTP `/metrics` on a bind, the hub's own listener) or to node_exporter
//! (a textfile-collector file). Parsing and checking only; serving and writing are
//! `crate::metrics`'s.

use super::ConfigError;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;

/// `[metrics]`. Everything is off by default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// The kiosk serves `GET /metrics` here (`127.0.0.1:9464`, or a LAN address); empty: it
    /// listens on no port.
    pub bind: String,
    /// The kiosk writes its figures to this node_exporter textfile-collector file (a `.prom`
    /// name, replaced atomically); empty: no file.
    pub textfile: String,
    /// Seconds between textfile writes.
    pub textfile_every_secs: u64,
    /// `queue-display serve` answers `GET /metrics` on the hub's own listener.
    pub hub: bool,
    /// Seconds between the kiosk's printer checks while metrics are on (0: only when staff look
    /// or a job prints), so a printer out of paper shows before a visitor finds it.
    pub printer_check_secs: u64,
}

impl MetricsConfig {
    /// `bind` as an address, or `None` when empty. The error names the key and the value.
    pub fn bind_addr(&self) -> Result<Option<SocketAddr>, ConfigError> {
        let bind = self.bind.trim();
        if bind.is_empty() {
            return Ok(None);
        }
        bind.parse().map(Some).map_err(|_| {
            ConfigError::Invalid(format!(
                "metrics.bind is \"{bind}\"; write an address and port like \"127.0.0.1:9464\" (or leave it empty for no listener)"
            ))
        })
    }

    /// `textfile` as a path, or `None` when empty.
    pub fn textfile_path(&self) -> Option<PathBuf> {
        let t = self.textfile.trim();
        (!t.is_empty()).then(|| PathBuf::from(t))
    }

    /// Whether the kiosk gathers figures at all.
    pub fn kiosk_on(&self) -> bool {
        !self.bind.trim().is_empty() || !self.textfile.trim().is_empty()
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if let Some(addr) = self.bind_addr()?
            && addr.port() == 0
        {
            return Err(ConfigError::Invalid(format!(
                "metrics.bind is \"{}\"; name a port (Prometheus must know where to scrape)",
                self.bind.trim()
            )));
        }
        if let Some(path) = self.textfile_path() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !path.is_absolute() || !name.ends_with(".prom") || name.starts_with('.') {
                return Err(ConfigError::Invalid(format!(
                    "metrics.textfile is \"{}\"; write an absolute path to a file ending in .prom (node_exporter reads only those), e.g. \"/var/lib/node_exporter/textfile_collector/onestop.prom\"",
                    self.textfile.trim()
                )));
            }
        }
        if !(1..=3600).contains(&self.textfile_every_secs) {
            return Err(ConfigError::Invalid(
                "metrics.textfile_every_secs must be from 1 to 3600".into(),
            ));
        }
        if self.printer_check_secs != 0 && self.printer_check_secs < 10 {
            return Err(ConfigError::Invalid(
                "metrics.printer_check_secs must be 0 (off) or at least 10".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn with(table: &str) -> Result<Config, String> {
        Config::from_toml(&format!("[metrics]\n{table}\n")).map_err(|e| e.to_string())
    }

    #[test]
    fn metrics_are_off_by_default() {
        let m = Config::defaults().metrics;
        assert!(!m.kiosk_on());
        assert!(!m.hub);
        assert_eq!(m.bind_addr().unwrap(), None);
        assert_eq!(m.textfile_path(), None);
    }

    #[test]
    fn a_loopback_or_lan_bind_is_taken() {
        let c = with("bind = \"127.0.0.1:9464\"").unwrap();
        assert_eq!(c.metrics.bind_addr().unwrap().unwrap().port(), 9464);
        assert!(c.metrics.kiosk_on());
        assert!(with("bind = \"192.168.1.20:9464\"").is_ok());
        assert!(with("bind = \"[::1]:9464\"").is_ok());
    }

    #[test]
    fn a_bad_bind_names_the_key_and_the_value() {
        for bad in ["localhost", "127.0.0.1", "9464", "127.0.0.1:99999", "host:9464"] {
            let e = with(&format!("bind = \"{bad}\"")).unwrap_err();
            assert!(e.contains("metrics.bind") && e.contains(bad), "{e}");
        }
        let e = with("bind = \"127.0.0.1:0\"").unwrap_err();
        assert!(e.contains("metrics.bind") && e.contains("port"), "{e}");
    }

    #[test]
    fn the_textfile_must_be_an_absolute_prom_file() {
        assert!(with("textfile = \"/var/lib/node_exporter/textfile_collector/onestop.prom\"").is_ok());
        for bad in [
            "onestop.prom",
            "/var/lib/x/onestop.txt",
            "/var/lib/x/",
            "/var/lib/x/.prom",
        ] {
            let e = with(&format!("textfile = \"{bad}\"")).unwrap_err();
            assert!(e.contains("metrics.textfile"), "{bad}: {e}");
        }
    }

    #[test]
    fn intervals_out_of_range_are_refused() {
        assert!(
            with("textfile_every_secs = 0")
                .unwrap_err()
                .contains("textfile_every_secs")
        );
        assert!(
            with("printer_check_secs = 3")
                .unwrap_err()
                .contains("printer_check_secs")
        );
        assert!(with("printer_check_secs = 0").is_ok());
        assert!(with("unknown = 1").unwrap_err().contains("unknown"));
    }
}
