//! The kiosk database's files on disk are private: `kiosk.db` is created 0600 before SQLite
//! opens it (SQLite gives its `-wal` and `-shm` files the database file's mode), a file left
//! readable by an older kiosk is tightened at open, and the data folder is created 0700. What is
//! *in* the files is the rest of [`crate::store`]'s job.

use std::path::Path;

/// Create the data folder `dir` (and its parents) if missing; the folder itself 0700.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Create `path` empty with mode 0600 if it does not exist.
pub(crate) fn create_private(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Take group and other access away from `db` and its `-wal` and `-shm` files, where they
/// exist (a database written by a kiosk from before this was 0644). Returns the files changed.
pub(crate) fn tighten(db: &Path) -> std::io::Result<Vec<String>> {
    let mut changed = Vec::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for suffix in ["", "-wal", "-shm"] {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            let path = Path::new(&name);
            let Ok(meta) = std::fs::symlink_metadata(path) else {
                continue;
            };
            if meta.is_file() && meta.permissions().mode() & 0o077 != 0 {
                let mode = meta.permissions().mode() & 0o700;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
                changed.push(path.display().to_string());
            }
        }
    }
    #[cfg(not(unix))]
    let _ = db;
    Ok(changed)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_database_its_wal_and_shm_and_the_folder_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("a/data");
        create_private_dir(&data).unwrap();
        assert_eq!(mode(&data), 0o700);
        let db = data.join("kiosk.db");
        let store = crate::store::Store::open(&db, crate::store::Key::random()).unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let p = data.join(format!("kiosk.db{suffix}"));
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
        drop(store);
    }

    #[test]
    fn files_left_readable_by_an_older_kiosk_are_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kiosk.db");
        drop(crate::store::Store::open(&db, crate::store::Key::random()).unwrap());
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(tighten(&db).unwrap(), vec![db.display().to_string()]);
        assert_eq!(mode(&db), 0o600);
        assert!(tighten(&db).unwrap().is_empty(), "once");
    }
}
