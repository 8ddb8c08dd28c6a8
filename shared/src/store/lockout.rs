//! The staff screen's wrong-PIN lockout record, kept in SQLite so that restarting (or
//! unplugging) the kiosk does not give a guesser a fresh set of tries. What the record means is
//! [`crate::staff::lockout`]'s; this module only reads and writes its one row.

use super::{Store, StoreError};
use crate::staff::Lockout;
use rusqlite::OptionalExtension;

impl Store {
    /// The lockout record; no row yet means no wrong tries.
    pub fn lockout(&self) -> Result<Lockout, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT failures, locks, locked_until FROM staff_lockout WHERE id = 1",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, Option<i64>>(2)?)),
            )
            .optional()?;
        Ok(
            row.map_or_else(Lockout::default, |(failures, locks, locked_until)| Lockout {
                // Out-of-range numbers (a hand-edited file) clamp rather than fail: the screen must
                // still open for the right PIN.
                failures: failures.clamp(0, i64::from(u32::MAX)) as u32,
                locks: locks.clamp(0, i64::from(u32::MAX)) as u32,
                locked_until,
            }),
        )
    }

    /// Write the lockout record, durably, before the PIN it counts is checked.
    pub fn save_lockout(&self, l: &Lockout) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO staff_lockout (id, failures, locks, locked_until) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET failures = ?1, locks = ?2, locked_until = ?3",
            rusqlite::params![l.failures, l.locks, l.locked_until],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::staff::{Lockout, Status};
    use crate::store::{Key, Store};

    #[test]
    fn the_lockout_survives_closing_and_reopening_the_database_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.db");
        let key = Key::random();
        let now = 1_790_000_000;
        {
            let store = Store::open(&path, key.clone()).unwrap();
            assert_eq!(store.lockout().unwrap(), Lockout::default());
            let mut l = store.lockout().unwrap();
            for _ in 0..5 {
                l.fail(now);
                store.save_lockout(&l).unwrap();
            }
        }
        let store = Store::open(&path, key.clone()).unwrap();
        let mut l = store.lockout().unwrap();
        assert_eq!(
            l.status(now + 60),
            Status::Locked { until: now + 300 },
            "still locked after a restart"
        );
        assert_eq!(l.locks, 1);
        l.succeed();
        store.save_lockout(&l).unwrap();
        drop(store);
        assert_eq!(Store::open(&path, key).unwrap().lockout().unwrap(), Lockout::default());
    }

    #[test]
    fn a_hand_edited_row_with_silly_numbers_still_loads() {
        let store = Store::open_in_memory().unwrap();
        store
            .conn
            .execute(
                "INSERT INTO staff_lockout (id, failures, locks, locked_until) VALUES (1, -7, 99999999999, NULL)",
                [],
            )
            .unwrap();
        let l = store.lockout().unwrap();
        assert_eq!((l.failures, l.locks), (0, u32::MAX));
    }
}
