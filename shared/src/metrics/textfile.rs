//! The node_exporter textfile-collector route, for kiosks that must not listen on a port: the
//! scrape's text is written to a temporary file in the same folder, flushed to disk, and renamed
//! over the `.prom` file, so node_exporter never reads half a file. The temporary name does not
//! end in `.prom`, so node_exporter never reads it either. How often to write is the caller's
//! ([`run`] on its own thread does it every period until shut down).

use crate::shutdown::Shutdown;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Replace `path` with `text` in one rename. The folder must exist (node_exporter's package
/// makes it); the file is readable by all (0644), as node_exporter runs as its own user.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "the textfile path names no file"))?;
    let temp: PathBuf = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&temp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            f.set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Write `scrape()` to `path` now and then every `every` until `shutdown`. A failed write is
/// logged (once per kind of error in a row) and tried again next period; the stale file stays,
/// and its modification time tells the fleet (`node_textfile_mtime_seconds`).
pub fn run(path: &Path, every: Duration, scrape: impl Fn() -> String, shutdown: &Shutdown) {
    let mut last_error: Option<std::io::ErrorKind> = None;
    loop {
        match write_atomically(path, &scrape()) {
            Ok(()) => last_error = None,
            Err(e) => {
                if last_error != Some(e.kind()) {
                    tracing::error!(
                        "the metrics file {} could not be written: {e}; check that its folder exists and this user may write there",
                        path.display()
                    );
                }
                last_error = Some(e.kind());
            }
        }
        let started = std::time::Instant::now();
        while started.elapsed() < every {
            if shutdown.is_signalled() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100).min(every));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_whole_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("onestop.prom");
        write_atomically(&path, "a 1\n").unwrap();
        write_atomically(&path, "a 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a 2\n");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["onestop.prom"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644);
        }
    }

    #[test]
    fn a_missing_folder_is_an_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("absent/onestop.prom");
        assert!(write_atomically(&path, "a 1\n").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_reader_never_sees_half_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("onestop.prom");
        let big_a = "a 1\n".repeat(50_000);
        let big_b = "b 2\n".repeat(50_000);
        write_atomically(&path, &big_a).unwrap();
        let reader = {
            let path = path.clone();
            let (a, b) = (big_a.clone(), big_b.clone());
            std::thread::spawn(move || {
                for _ in 0..200 {
                    let seen = std::fs::read_to_string(&path).unwrap();
                    assert!(seen == a || seen == b, "a torn read of {} bytes", seen.len());
                }
            })
        };
        for i in 0..100 {
            write_atomically(&path, if i % 2 == 0 { &big_b } else { &big_a }).unwrap();
        }
        reader.join().unwrap();
    }

    #[test]
    fn run_writes_at_once_and_stops_when_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("onestop.prom");
        let (stop, shutdown) = crate::shutdown::channel();
        let p = path.clone();
        let writer = std::thread::spawn(move || run(&p, Duration::from_secs(3600), || "x 1\n".into(), &shutdown));
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while !path.exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "x 1\n");
        stop.signal();
        writer.join().unwrap();
    }
}
