//! A gazetteer the kiosk holds all day: it notices, with one `stat` a call, when an import has
//! replaced the file (a new inode, size or modification time) or removed it, and reopens. So a
//! kiosk running while IT imports a new gazetteer uses it from the next lookup, with no
//! restart. It stops at noticing: the lookups are [`Gazetteer`]'s.

use super::{Gazetteer, GazetteerError, Property, Street};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What identifies one version of the file.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime_ns: i128,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some(Stamp {
        dev: m.dev(),
        ino: m.ino(),
        len: m.len(),
        mtime_ns: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
    })
}

struct Current {
    /// The file's stamp when `gazetteer` was opened; `None` when there was no file.
    stamp: Option<Stamp>,
    gazetteer: Option<Arc<Gazetteer>>,
    /// Whether anything has been opened yet (the first call always opens).
    opened: bool,
}

/// The gazetteer at a path, reopened whenever an import replaces it. `Send + Sync`.
pub struct Shared {
    path: PathBuf,
    current: Mutex<Current>,
}

impl Shared {
    /// The gazetteer at `path` (usually `<data folder>/gazetteer.db`), opened on first use.
    pub fn new(path: &Path) -> Shared {
        Shared {
            path: path.to_owned(),
            current: Mutex::new(Current {
                stamp: None,
                gazetteer: None,
                opened: false,
            }),
        }
    }

    /// The gazetteer as the file is now: `None` when none has been imported. A damaged file is
    /// an error, tried again on the next call (an import may be fixing it).
    pub fn current(&self) -> Result<Option<Arc<Gazetteer>>, GazetteerError> {
        let mut cur = self.current.lock().unwrap_or_else(|p| p.into_inner());
        let now = stamp(&self.path);
        if !cur.opened || now != cur.stamp {
            cur.opened = false;
            cur.gazetteer = Gazetteer::open(&self.path)?.map(Arc::new);
            cur.stamp = now;
            cur.opened = true;
        }
        Ok(cur.gazetteer.clone())
    }

    /// [`Gazetteer::lookup`] on the current file; empty when there is none.
    pub fn lookup(&self, postcode: &str) -> Result<Vec<Property>, GazetteerError> {
        match self.current()? {
            Some(g) => g.lookup(postcode),
            None => Ok(Vec::new()),
        }
    }

    /// [`Gazetteer::streets`] on the current file; empty when there is none.
    pub fn streets(&self, postcode: &str) -> Result<Vec<Street>, GazetteerError> {
        match self.current()? {
            Some(g) => g.streets(postcode),
            None => Ok(Vec::new()),
        }
    }

    /// [`Gazetteer::by_uprn`] on the current file; `None` when there is none.
    pub fn by_uprn(&self, uprn: u64) -> Result<Option<Property>, GazetteerError> {
        match self.current()? {
            Some(g) => g.by_uprn(uprn),
            None => Ok(None),
        }
    }
}
