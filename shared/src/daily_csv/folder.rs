//! The folder delivery step: write a daily CSV into a council's file drop so that a reader never
//! sees half a file and a crash never leaves two. The bytes go to a hidden temporary file in the
//! same folder, are flushed to disk, then renamed to the file's fixed name and the folder itself
//! flushed. Writing the same file again replaces it with the same name and bytes. The file is
//! made readable by its group (mode 0640): give the folder the collector's group.

use super::CsvFile;
use crate::outbox::Outcome;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Write `file` into `folder` under its name; `Accepted` with the path once it is there and on
/// disk, `Transient` with the reason otherwise (a missing or read-only folder, a full disk), so
/// the day is tried again later.
pub fn write_into(folder: &Path, file: &CsvFile) -> Outcome {
    match write(folder, file) {
        Ok(path) => Outcome::Accepted {
            crm_id: path.display().to_string(),
            dropped: None,
        },
        Err(e) => Outcome::Transient {
            reason: format!(
                "could not write {} into {}: {e}; check the folder exists, is writable by the kiosk user and the disk has room",
                file.filename,
                folder.display()
            ),
            retry_after_ms: None,
        },
    }
}

fn write(folder: &Path, file: &CsvFile) -> std::io::Result<PathBuf> {
    let target = folder.join(&file.filename);
    let temp = folder.join(format!(".{}.part", file.filename));
    let result = (|| {
        let mut out = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o640)
            .open(&temp)?;
        out.write_all(&file.bytes)?;
        out.sync_all()?;
        drop(out);
        std::fs::rename(&temp, &target)?;
        File::open(folder)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map(|()| target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> CsvFile {
        let date = time::macros::date!(2026 - 11 - 23);
        CsvFile {
            kiosk: "library-1".into(),
            form_id: "missed-bin".into(),
            date,
            filename: super::super::file_name("library-1", "missed-bin", date),
            bytes: b"\xEF\xBB\xBFreference\r\n".to_vec(),
        }
    }

    #[test]
    fn writing_the_same_file_twice_leaves_one_file_with_its_bytes_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        for _ in 0..2 {
            assert!(matches!(write_into(dir.path(), &file()), Outcome::Accepted { .. }));
        }
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["onestop-library-1-missed-bin-2026-11-23.csv"]);
        assert_eq!(std::fs::read(dir.path().join(&names[0])).unwrap(), file().bytes);
    }

    #[test]
    fn a_missing_folder_is_tried_again_later_and_says_which() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("not-mounted");
        match write_into(&gone, &file()) {
            Outcome::Transient { reason, .. } => assert!(reason.contains("not-mounted"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_host_name_cannot_make_a_path() {
        let date = time::macros::date!(2026 - 11 - 23);
        assert_eq!(
            super::super::file_name("../Etc/Bus 2", "missed-bin", date),
            "onestop----etc-bus-2-missed-bin-2026-11-23.csv"
        );
    }
}
