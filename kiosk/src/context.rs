//! Everything the kiosk loads once at start: configuration, forms, translations and the data
//! folder. Embedded defaults fill every gap, so a fresh machine needs no files. The UI and the
//! CLI commands both start from a [`Context`].

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
        let forms = load_tree(
            config.kiosk.forms_dir.as_deref(),
            "forms",
            |f: Vec<(&str, &str)>| Catalogue::load(f),
            onestop::embedded::form_files(),
        )?;
        let translations = load_tree(
            config.kiosk.locales_dir.as_deref(),
            "translations",
            |f: Vec<(&str, &str)>| Translations::load(f),
            onestop::embedded::locale_files(),
        )?;
        for id in &config.kiosk.menu {
            if forms.get(id).is_none() {
                bail!("kiosk.menu names \"{id}\", but there is no such form (see `kiosk forms list`)");
            }
        }
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

    /// Forms in menu order: the configured order first, then the rest by id.
    pub fn menu(&self) -> Vec<&onestop::forms::FormDef> {
        let menu = &self.config.kiosk.menu;
        let mut out: Vec<_> = menu.iter().filter_map(|id| self.forms.get(id)).collect();
        out.extend(self.forms.all().filter(|f| !menu.contains(&f.id)));
        out
    }

    /// Where the data key lives: the configured file, or `kiosk.key` in the data folder.
    pub fn key_path(&self) -> PathBuf {
        match self.config.kiosk.key_file.as_str() {
            "" => self.data_dir.join("kiosk.key"),
            path => PathBuf::from(path),
        }
    }

    /// The data key (created on first run).
    ///
    /// # Panics
    /// If the key file cannot be read or created; for tests.
    pub fn open_key(&self) -> Key {
        Key::load_or_create(&self.key_path()).expect("the data key")
    }

    /// Open the kiosk database, creating the data folder if needed.
    pub fn open_store(&self) -> Result<Store> {
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("could not create the data folder {}", self.data_dir.display()))?;
        Ok(Store::open(
            &self.data_dir.join("kiosk.db"),
            Key::load_or_create(&self.key_path())?,
        )?)
    }
}

/// Load forms or translations from `dir` if configured, else from the embedded files.
fn load_tree<T, E: std::fmt::Display>(
    dir: Option<&Path>,
    what: &str,
    load: impl for<'a> Fn(Vec<(&'a str, &'a str)>) -> Result<T, Vec<E>>,
    embedded: &'static [(&'static str, &'static str)],
) -> Result<T> {
    match dir {
        Some(dir) => {
            let files = onestop::embedded::read_tree(dir)
                .with_context(|| format!("could not read {what} from {}", dir.display()))?;
            let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
            load(pairs).map_err(|errs| list_error(what, &errs))
        }
        None => load(embedded.to_vec()).map_err(|errs| list_error(&format!("bundled {what}"), &errs)),
    }
}

fn list_error<E: std::fmt::Display>(what: &str, errs: &[E]) -> anyhow::Error {
    let lines: Vec<String> = errs.iter().map(|e| format!("  {e}")).collect();
    anyhow::anyhow!("the {what} have {} problem(s):\n{}", errs.len(), lines.join("\n"))
}
