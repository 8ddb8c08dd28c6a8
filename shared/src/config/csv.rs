//! The `[crm.csv]` table: whether the kiosk makes a daily CSV of each form's submissions, and
//! where it goes (a folder the council collects from, a mailbox), for which forms, and how many
//! finished days it catches up after being off. Parsing and checking only; building and
//! delivering the files is [`crate::daily_csv`]'s. The day is the `[hours] time_zone`'s.

use super::ConfigError;
use serde::Deserialize;
use std::path::PathBuf;

/// The most days back a kiosk catches up: a year.
pub const MAX_CATCH_UP_DAYS: u32 = 366;

/// `[crm.csv]`. Off by default: no folder and no mailbox.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsvConfig {
    /// An absolute folder the file is written into (a council's file drop); empty: none.
    pub folder: String,
    /// An email address the file is sent to as an attachment; empty: none.
    pub mailbox: String,
    /// Form ids to make files for; empty: every form.
    pub forms: Vec<String>,
    /// Finished days looked back at, today not counted: a kiosk that was off longer than this
    /// leaves the older days out (they can still be written with `kiosk csv write`).
    pub catch_up_days: u32,
}

impl CsvConfig {
    /// Whether daily files are made at all.
    pub fn on(&self) -> bool {
        self.folder_path().is_some() || self.mailbox_address().is_some()
    }

    /// `folder` as a path, or `None` when empty.
    pub fn folder_path(&self) -> Option<PathBuf> {
        let f = self.folder.trim();
        (!f.is_empty()).then(|| PathBuf::from(f))
    }

    /// `mailbox`, trimmed, or `None` when empty.
    pub fn mailbox_address(&self) -> Option<&str> {
        let m = self.mailbox.trim();
        (!m.is_empty()).then_some(m)
    }

    /// Whether `form_id` gets a daily file.
    pub fn includes(&self, form_id: &str) -> bool {
        self.forms.is_empty() || self.forms.iter().any(|f| f == form_id)
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if let Some(path) = self.folder_path()
            && !path.is_absolute()
        {
            return Err(ConfigError::Invalid(format!(
                "crm.csv.folder is \"{}\"; write an absolute folder like \"/srv/council-drop\" (or leave it empty for no folder)",
                self.folder.trim().escape_debug()
            )));
        }
        if let Some(m) = self.mailbox_address() {
            let parts: Vec<&str> = m.split('@').collect();
            let plain = m.chars().all(|c| c.is_ascii_graphic()) && !m.contains(['<', '>', ',', ';', '"']);
            if parts.len() != 2 || parts[0].is_empty() || !parts[1].contains('.') || !plain {
                return Err(ConfigError::Invalid(format!(
                    "crm.csv.mailbox is \"{}\"; write one email address like \"forms@council.gov.uk\" (or leave it empty for no mail)",
                    m.escape_debug()
                )));
            }
        }
        for id in &self.forms {
            if !crate::forms::schema::is_valid_id(id) {
                return Err(ConfigError::Invalid(format!(
                    "crm.csv.forms has \"{}\"; list form ids like \"missed-bin\" (lowercase letters, digits and hyphens)",
                    id.escape_debug()
                )));
            }
        }
        if !(1..=MAX_CATCH_UP_DAYS).contains(&self.catch_up_days) {
            return Err(ConfigError::Invalid(format!(
                "crm.csv.catch_up_days is {}; it must be from 1 to {MAX_CATCH_UP_DAYS}",
                self.catch_up_days
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn with(table: &str) -> Result<Config, String> {
        Config::from_toml(&format!("[crm.csv]\n{table}\n")).map_err(|e| e.to_string())
    }

    #[test]
    fn the_daily_csv_is_off_by_default_for_every_form() {
        let c = Config::defaults().crm.csv;
        assert!(!c.on());
        assert!(c.includes("missed-bin"));
        assert_eq!(c.folder_path(), None);
        assert_eq!(c.mailbox_address(), None);
    }

    #[test]
    fn a_folder_or_a_mailbox_turns_it_on_for_the_forms_listed() {
        let c = with("folder = \"/srv/drop\"\nforms = [\"missed-bin\"]")
            .unwrap()
            .crm
            .csv;
        assert!(c.on());
        assert!(c.includes("missed-bin") && !c.includes("street-problem"));
        let c = with("mailbox = \"forms@council.gov.uk\"").unwrap().crm.csv;
        assert_eq!(c.mailbox_address(), Some("forms@council.gov.uk"));
        assert!(c.on());
    }

    #[test]
    fn bad_values_are_refused_naming_the_key() {
        for (bad, key) in [
            ("folder = \"drop\"", "crm.csv.folder"),
            ("mailbox = \"not an address\"", "crm.csv.mailbox"),
            ("mailbox = \"a@b.uk, c@d.uk\"", "crm.csv.mailbox"),
            ("forms = [\"Missed Bin\"]", "crm.csv.forms"),
            ("catch_up_days = 0", "crm.csv.catch_up_days"),
            ("catch_up_days = 400", "crm.csv.catch_up_days"),
        ] {
            let e = with(bad).unwrap_err();
            assert!(e.contains(key), "{bad}: {e}");
        }
        let e = with("folder_path = \"/srv\"").unwrap_err();
        assert!(e.contains("folder_path"), "{e}");
    }
}
