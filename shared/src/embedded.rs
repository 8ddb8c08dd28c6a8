//! The bundled forms and translations, compiled into the binary by `build.rs`, and the same
//! loading from a folder on disk when the config points at one. This is the only place that
//! reads form and locale files; parsing them is [`crate::forms`]' and [`crate::i18n`]'s job.

use crate::forms::{Catalogue, CatalogueError};
use crate::i18n::{LocaleError, Translations};
use std::path::Path;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));
}

/// The embedded `locales/` tree: (`<tag>/<path>`, contents).
pub fn locale_files() -> &'static [(&'static str, &'static str)] {
    generated::LOCALE_FILES
}

/// The embedded `assets/forms/` files: (`<id>.toml`, contents).
pub fn form_files() -> &'static [(&'static str, &'static str)] {
    generated::FORM_FILES
}

/// The bundled translations.
pub fn translations() -> Result<Translations, Vec<LocaleError>> {
    Translations::load(locale_files().iter().copied())
}

/// The bundled forms.
pub fn forms() -> Result<Catalogue, Vec<CatalogueError>> {
    Catalogue::load(form_files().iter().copied())
}

/// Read every `.ftl`/`.toml` file below `root` as (relative path, contents), sorted by path.
/// Files that are not UTF-8 are an error naming the file, never silently skipped.
pub fn read_tree(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("ftl" | "toml")) {
                let bytes = std::fs::read(&path)?;
                let text = String::from_utf8(bytes).map_err(|_| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!("{} is not UTF-8 text", path.display()),
                    )
                })?;
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, text));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    out.sort();
    Ok(out)
}
