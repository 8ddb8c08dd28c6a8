//! Everything the kiosk loads once at start: configuration, forms, translations and the data
//! folder. Embedded defaults fill every gap, so a fresh machine needs no files. The UI and the
//! CLI commands both start from a [`Context`].

use anyhow::{Context as _, Result, bail};
use onestop::config::Config;
use onestop::forms::Catalogue;
use onestop::i18n::Translations;
use onestop::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Loaded configuration, forms and translations, and where the data lives.
pub struct Context {
    /// The configuration in force.
    pub config: Config,
    /// Every form offered.
    pub forms: Arc<Catalogue>,
    /// Every locale.
    pub translations: Arc<Translations>,
    /// The data folder (database, later the key file).
    pub data_dir: PathBuf,
}

impl Context {
    /// Load from an optional config file and data folder; missing pieces come from the
    /// embedded defaults. Any problem is an error that says what to fix.
    pub fn load(config_path: Option<&Path>, data_dir: Option<&Path>) -> Result<Context> {
        let config = match config_path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("could not read the config file {}", p.display()))?;
                Config::from_toml(&text).with_context(|| format!("in {}", p.display()))?
            }
            None => Config::defaults(),
        };
        let forms = match &config.kiosk.forms_dir {
            Some(dir) => {
                let files = onestop::embedded::read_tree(dir)
                    .with_context(|| format!("could not read forms from {}", dir.display()))?;
                Catalogue::load(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
                    .map_err(|errs| list_error("forms", &errs))?
            }
            None => onestop::embedded::forms().map_err(|errs| list_error("bundled forms", &errs))?,
        };
        let translations = match &config.kiosk.locales_dir {
            Some(dir) => {
                let files = onestop::embedded::read_tree(dir)
                    .with_context(|| format!("could not read translations from {}", dir.display()))?;
                Translations::load(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
                    .map_err(|errs| list_error("translations", &errs))?
            }
            None => onestop::embedded::translations().map_err(|errs| list_error("bundled translations", &errs))?,
        };
        for tag in &config.kiosk.locales {
            if translations.get(tag).is_none() {
                bail!(
                    "kiosk.locales names \"{tag}\", but there is no translation for it (have: {})",
                    translations
                        .all()
                        .map(|l| l.tag.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
        }
        let data_dir = match data_dir {
            Some(d) => d.to_owned(),
            None => directories::ProjectDirs::from("uk.org", "Onestop", "onestop")
                .map(|d| d.data_dir().to_owned())
                .context("could not find a data folder for this user; pass --data-dir DIR")?,
        };
        Ok(Context {
            config,
            forms: Arc::new(forms),
            translations: Arc::new(translations),
            data_dir,
        })
    }

    /// Open the kiosk database, creating the data folder if needed.
    pub fn open_store(&self) -> Result<Store> {
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("could not create the data folder {}", self.data_dir.display()))?;
        Ok(Store::open(&self.data_dir.join("kiosk.db"))?)
    }
}

fn list_error<E: std::fmt::Display>(what: &str, errs: &[E]) -> anyhow::Error {
    let lines: Vec<String> = errs.iter().map(|e| format!("  {e}")).collect();
    anyhow::anyhow!("the {what} have {} problem(s):\n{}", errs.len(), lines.join("\n"))
}
