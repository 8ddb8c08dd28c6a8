//! Everything the kiosk loads once at start: configuration, forms (bundled, plus the CRM's cached
//! catalogue), translations and the data folder. Embedded defaults fill every gap, so a fresh
//! machine needs no files. The UI and the CLI commands both start from a [`Context`].

mod crm_forms;

use anyhow::{Context as _, Result, bail};
use onestop::config::Config;
use onestop::forms::Catalogue;
use onestop::i18n::Translations;
use onestop::store::{Key, Store};
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
    /// Ids of the forms from the CRM's cached catalogue, in the CRM's order.
    pub crm_forms: Vec<String>,
    /// `--create-database`: make a new empty database beside an existing key (a new kiosk whose
    /// key was provisioned), rather than refusing to start.
    pub create_database: bool,
    /// The site's opening hours (`[hours]`, checked at load).
    pub hours: onestop::hours::Hours,
}

impl Context {
    /// Load from an optional config file and data folder; missing pieces come from the
    /// embedded defaults. Any problem is an error that says what to fix.
    pub fn load(config_path: Option<&Path>, data_dir: Option<&Path>) -> Result<Context> {
        let config = match config_path {
            Some(p) => {
                // The error names the file and says what is wrong: no context to add.
                let text = onestop::bounded::read_text(p, onestop::bounded::MAX_CONFIG_BYTES)?;
                Config::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
            }
            None => Config::defaults(),
        };
        let form_files = read_tree(
            config.kiosk.forms_dir.as_deref(),
            "kiosk.forms_dir",
            onestop::embedded::form_files(),
        )?;
        let locale_files = read_tree(
            config.kiosk.locales_dir.as_deref(),
            "kiosk.locales_dir",
            onestop::embedded::locale_files(),
        )?;
        let (what_forms, what_locales) = match (&config.kiosk.forms_dir, &config.kiosk.locales_dir) {
            (None, None) => ("bundled forms", "bundled translations"),
            (None, Some(_)) => ("bundled forms", "translations"),
            (Some(_), None) => ("forms", "bundled translations"),
            (Some(_), Some(_)) => ("forms", "translations"),
        };
        let mut forms = Catalogue::load(pairs(&form_files)).map_err(|errs| list_error(what_forms, &errs))?;
        let mut translations =
            Translations::load(pairs(&locale_files)).map_err(|errs| list_error(what_locales, &errs))?;
        let data_dir = match data_dir {
            Some(d) => d.to_owned(),
            None => directories::ProjectDirs::from("uk.org", "Onestop", "onestop")
                .map(|d| d.data_dir().to_owned())
                .context("could not find a data folder for this user; pass --data-dir DIR")?,
        };
        let mut crm_forms = Vec::new();
        if config.crm.kind == onestop::config::CrmKind::Open311 {
            let cached = crm_forms::cached(&data_dir, &key_path(&config, &data_dir));
            if let Some(merged) = crm_forms::merge(&form_files, &locale_files, &forms, cached) {
                (forms, translations, crm_forms) = merged;
            }
        }
        for id in &config.kiosk.menu {
            if forms.get(id).is_some() {
                continue;
            }
            if id.starts_with(onestop::crm::catalogue::FORM_PREFIX) {
                // A CRM service may be missing until the catalogue is first read: not fatal.
                tracing::warn!("kiosk.menu names \"{id}\", which the cached CRM catalogue does not have (yet)");
            } else {
                bail!("kiosk.menu names \"{id}\", but there is no such form (see `kiosk forms list`)");
            }
        }
        let named = config.kiosk.locales.iter().map(|t| ("kiosk.locales", t));
        for (key, tag) in named.chain([("staff.locale", &config.staff.locale)]) {
            if translations.get(tag).is_none() {
                bail!(
                    "{key} names \"{tag}\", but there is no translation for it (have: {})",
                    translations
                        .all()
                        .map(|l| l.tag.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
        }
        let hours = config.hours.schedule()?;
        Ok(Context {
            hours,
            config,
            forms: Arc::new(forms),
            translations: Arc::new(translations),
            data_dir,
            crm_forms,
            create_database: false,
        })
    }

    /// Forms in menu order: the configured order first, then the other bundled forms by id,
    /// then the CRM's services in the CRM's order.
    pub fn menu(&self) -> Vec<&onestop::forms::FormDef> {
        let menu = &self.config.kiosk.menu;
        let mut out: Vec<_> = menu.iter().filter_map(|id| self.forms.get(id)).collect();
        out.extend(
            self.forms
                .all()
                .filter(|f| !menu.contains(&f.id) && !self.crm_forms.contains(&f.id)),
        );
        out.extend(
            self.crm_forms
                .iter()
                .filter(|id| !menu.contains(id))
                .filter_map(|id| self.forms.get(id)),
        );
        out
    }

    /// Whether a form came from the CRM's catalogue (its words exist in en-GB only).
    pub fn is_crm_form(&self, id: &str) -> bool {
        self.crm_forms.iter().any(|f| f == id)
    }

    /// Where the data key lives: the configured file, or `kiosk.key` in the data folder.
    pub fn key_path(&self) -> PathBuf {
        key_path(&self.config, &self.data_dir)
    }

    /// The data key (created on first run).
    ///
    /// # Panics
    /// If the key file cannot be read or created; for tests.
    pub fn open_key(&self) -> Key {
        Key::load_or_create(&self.key_path()).expect("the data key")
    }

    /// Open the kiosk database with its key, creating the data folder (0700) if needed. A
    /// missing key beside sealed data, a key that is not the database's, or a missing database
    /// beside a key is refused with what to restore ([`Store::open_data`]).
    pub fn open_store(&self) -> Result<Store> {
        self.store_opener()()
    }

    /// [`Context::open_store`] for another thread (the forwarder, the catalogue refresher):
    /// the paths and flags it needs, and nothing else of the context.
    pub fn store_opener(&self) -> impl Fn() -> Result<Store> + Send + 'static {
        let (data_dir, key) = (self.data_dir.clone(), self.key_path());
        let missing = if self.create_database {
            onestop::store::MissingDatabase::Create
        } else {
            onestop::store::MissingDatabase::Refuse
        };
        move || {
            onestop::store::files::create_private_dir(&data_dir)
                .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
            Ok(Store::open_data(&data_dir.join("kiosk.db"), &key, missing)?)
        }
    }
}

/// The key file: the configured one, or `kiosk.key` in the data folder.
fn key_path(config: &Config, data_dir: &Path) -> PathBuf {
    match config.kiosk.key_file.as_str() {
        "" => data_dir.join("kiosk.key"),
        path => PathBuf::from(path),
    }
}

/// The form or locale files in `dir` if configured (by the config key `key`), else the embedded
/// ones. The error names the file or folder; the key says where it was configured.
fn read_tree(dir: Option<&Path>, key: &str, embedded: &'static [(&'static str, &'static str)]) -> Result<Files> {
    match dir {
        Some(dir) => onestop::embedded::read_tree(dir).with_context(|| key.to_owned()),
        None => Ok(embedded.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()),
    }
}

/// (relative path, contents) of form or locale files.
pub(crate) type Files = Vec<(String, String)>;

/// Borrowed pairs, as the loaders take them.
pub(crate) fn pairs(files: &Files) -> Vec<(&str, &str)> {
    files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect()
}

pub(crate) fn list_error<E: std::fmt::Display>(what: &str, errs: &[E]) -> anyhow::Error {
    let lines: Vec<String> = errs.iter().map(|e| format!("  {e}")).collect();
    anyhow::anyhow!("the {what} have {} problem(s):\n{}", errs.len(), lines.join("\n"))
}
