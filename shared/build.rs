//! Embeds `locales/` and `assets/forms/` into the crate, so the kiosk runs on a fresh machine with
//! no files beside it. Writes a table of (relative path, `include_str!`) pairs to OUT_DIR, and
//! records `git describe` for the metrics' build info.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("ftl" | "toml")) {
            out.push(path);
        }
    }
}

fn table(root: &Path, name: &str, code: &mut String) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    writeln!(
        code,
        "/// Files under `{}`.",
        root.file_name().unwrap().to_string_lossy()
    )
    .unwrap();
    writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({rel:?}, include_str!({:?})),", f.display().to_string()).unwrap();
    }
    writeln!(code, "];").unwrap();
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let top = manifest.parent().unwrap();
    let mut code = String::new();
    table(&top.join("locales"), "LOCALE_FILES", &mut code);
    table(&top.join("assets/forms"), "FORM_FILES", &mut code);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_files.rs");
    std::fs::write(out, code).unwrap();
    git_describe(top);
}

/// `git describe` of the checkout being built, for the metrics' build info (`unknown` without git
/// or outside a checkout: building never needs the network or a repository).
fn git_describe(top: &Path) {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(top)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        // Moves at every commit and checkout.
        for file in ["logs/HEAD", "HEAD"] {
            let path = Path::new(&dir).join(file);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    let describe = git(&["describe", "--tags", "--always"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=ONESTOP_GIT_DESCRIBE={describe}");
}
