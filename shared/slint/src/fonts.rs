//! The bundled Noto fonts, compiled into the binary and handed to Slint as an ordered fallback
//! chain, so every locale renders on a machine with no fonts installed and mixed-script text
//! (a Latin postcode inside an Urdu sentence) still finds a font. Slint takes fallbacks only as
//! files (`SLINT_FONT_PATH`), so the fonts are written once to a cache folder. The bytes and their
//! order live in the core, [`onestop::fonts::BUNDLED`], so the binary carries each font once.

use anyhow::{Context as _, Result};
use onestop::fonts::BUNDLED;
use std::path::{Path, PathBuf};

/// Where the font files go: the user's cache folder, else the temp folder.
fn cache_dir() -> PathBuf {
    let base = directories::ProjectDirs::from("uk.org", "Onestop", "onestop")
        .map(|d| d.cache_dir().to_owned())
        .unwrap_or_else(std::env::temp_dir);
    base.join(format!("fonts-{}", env!("CARGO_PKG_VERSION")))
}

/// Write the fonts (where missing or different) into `dir` and return their paths in order.
pub fn write_fonts(dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create the font folder {}", dir.display()))?;
    let mut paths = Vec::with_capacity(BUNDLED.len());
    for (name, bytes) in BUNDLED {
        let path = dir.join(name);
        let same = std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64);
        if !same {
            // Write beside, then rename: a second kiosk starting at once never reads half a font.
            let tmp = dir.join(format!(".{name}.{}", std::process::id()));
            std::fs::write(&tmp, bytes).with_context(|| format!("could not write {}", tmp.display()))?;
            std::fs::rename(&tmp, &path)?;
        }
        paths.push(path);
    }
    Ok(paths)
}

/// Make the bundled fonts Slint's fallback chain. Call before the first window is created,
/// while the process has one thread. An operator's own `SLINT_FONT_PATH` is kept, after ours.
pub fn install() -> Result<()> {
    let paths = write_fonts(&cache_dir())?;
    let mut all: Vec<PathBuf> = paths;
    if let Some(existing) = std::env::var_os("SLINT_FONT_PATH") {
        all.extend(std::env::split_paths(&existing));
    }
    let joined = std::env::join_paths(all).context("font paths cannot contain the path separator")?;
    // SAFETY: called at start-up before any other thread exists (main has spawned none, and
    // Slint has not started), so no other code can be reading the environment concurrently.
    unsafe { std::env::set_var("SLINT_FONT_PATH", joined) };
    Ok(())
}
