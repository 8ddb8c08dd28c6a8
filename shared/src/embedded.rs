//! The bundled forms and translations, compiled into the binary by `build.rs`, and the same
//! loading from a folder on disk when the config points at one. This is the only place that
//! reads form and locale files; parsing them is [`crate::forms`]' and [`crate::i18n`]'s job.

use crate::bounded::{self, ReadError};
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

/// The most `.ftl`/`.toml` files a forms or locales folder may hold. The bundled locales have
/// about 130; a council with a dozen more languages and forms stays well under this.
pub const MAX_TREE_FILES: usize = 2_000;
/// The most folder entries looked at in all (including files we skip), so a folder of millions of
/// unrelated files cannot stall start-up.
pub const MAX_TREE_ENTRIES: usize = 20_000;
/// The most bytes all the files of a folder may hold together. The bundled locales are about
/// 430 KiB.
pub const MAX_TREE_BYTES: u64 = 16 * 1024 * 1024;
/// How many folders deep files may sit below the root. Locales use two (`<tag>/forms/<id>.ftl`);
/// the bound also stops a symlink loop of folders.
pub const MAX_TREE_DEPTH: usize = 4;

/// Read every `.ftl`/`.toml` file below `root` as (relative path, contents), sorted by path.
/// Each file is read through [`crate::bounded`] (regular files only, at most
/// [`bounded::MAX_FTL_BYTES`] or [`bounded::MAX_FORM_BYTES`]); the folder as a whole is held to
/// the `MAX_TREE_*` limits. Files that are not UTF-8 are an error naming the file, never skipped.
pub fn read_tree(root: &Path) -> Result<Vec<(String, String)>, ReadError> {
    let mut walk = Walk {
        root,
        out: Vec::new(),
        entries: 0,
        bytes: 0,
    };
    walk.dir(root, 0)?;
    walk.out.sort();
    Ok(walk.out)
}

struct Walk<'a> {
    root: &'a Path,
    out: Vec<(String, String)>,
    entries: usize,
    bytes: u64,
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path, depth: usize) -> Result<(), ReadError> {
        let io = |error| ReadError::Io {
            path: dir.to_owned(),
            error,
        };
        let too_many = |path: &Path, message: String| ReadError::Tree {
            path: path.to_owned(),
            message,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            self.entries += 1;
            if self.entries > MAX_TREE_ENTRIES {
                return Err(too_many(
                    self.root,
                    format!(
                        "more than {MAX_TREE_ENTRIES} entries in all; point the kiosk at a folder holding only forms or translations"
                    ),
                ));
            }
            paths.push(entry.map_err(io)?.path());
        }
        // Sorted, so the same folder always gives the same first error.
        paths.sort();
        for path in paths {
            // Follows symlinks, as an operator may link a locale in; MAX_TREE_DEPTH ends loops.
            let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
            let limit = match path.extension().and_then(|e| e.to_str()) {
                _ if is_dir => {
                    if depth + 1 > MAX_TREE_DEPTH {
                        return Err(too_many(
                            &path,
                            format!(
                                "more than {MAX_TREE_DEPTH} folders deep; is there a symlink loop? Forms and translations sit at most two folders down"
                            ),
                        ));
                    }
                    self.dir(&path, depth + 1)?;
                    continue;
                }
                Some("ftl") => bounded::MAX_FTL_BYTES,
                Some("toml") => bounded::MAX_FORM_BYTES,
                _ => continue,
            };
            if self.out.len() >= MAX_TREE_FILES {
                return Err(too_many(
                    self.root,
                    format!(
                        "more than {MAX_TREE_FILES} .ftl and .toml files; point the kiosk at a folder holding only forms or translations"
                    ),
                ));
            }
            let text = bounded::read_text(&path, limit)?;
            self.bytes += text.len() as u64;
            if self.bytes > MAX_TREE_BYTES {
                return Err(too_many(
                    self.root,
                    format!(
                        "its files hold more than {MAX_TREE_BYTES} bytes in all; point the kiosk at a folder holding only forms or translations"
                    ),
                ));
            }
            let rel = path
                .strip_prefix(self.root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            self.out.push((rel, text));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_is_read_sorted_with_relative_paths_and_other_files_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("en-GB/forms")).unwrap();
        std::fs::write(dir.path().join("en-GB/kiosk.ftl"), "a = A\n").unwrap();
        std::fs::write(dir.path().join("en-GB/forms/x.ftl"), "b = B\n").unwrap();
        std::fs::write(dir.path().join("en-GB/notes.txt"), "not read").unwrap();
        let files = read_tree(dir.path()).unwrap();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["en-GB/forms/x.ftl", "en-GB/kiosk.ftl"]);
    }

    #[test]
    fn a_symlink_to_dev_zero_in_a_tree_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
        let e = read_tree(dir.path()).unwrap_err().to_string();
        assert!(e.contains("zero.toml") && e.contains("character device"), "{e}");
    }

    #[test]
    fn a_symlink_loop_of_folders_ends_in_an_error_naming_the_depth() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("a/loop")).unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("a/loop2")).unwrap();
        let e = read_tree(dir.path()).unwrap_err().to_string();
        assert!(e.contains("folders deep") && e.contains("symlink loop"), "{e}");
    }

    #[test]
    fn a_tree_with_too_many_files_or_bytes_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..=MAX_TREE_FILES {
            std::fs::write(dir.path().join(format!("f{n}.ftl")), "").unwrap();
        }
        let e = read_tree(dir.path()).unwrap_err().to_string();
        assert!(e.contains(&format!("more than {MAX_TREE_FILES}")), "{e}");

        let dir = tempfile::tempdir().unwrap();
        let big = "x".repeat(bounded::MAX_FTL_BYTES as usize);
        for n in 0..=(MAX_TREE_BYTES / bounded::MAX_FTL_BYTES) {
            std::fs::write(dir.path().join(format!("f{n}.ftl")), &big).unwrap();
        }
        let e = read_tree(dir.path()).unwrap_err().to_string();
        assert!(e.contains(&format!("more than {MAX_TREE_BYTES} bytes")), "{e}");
    }
}
