//! The hub's event log: its own SQLite file (`queue.db`, WAL, `synchronous=FULL`, its own
//! `PRAGMA user_version` migrations, apart from the kiosk's database). Events are appended with
//! their sequence numbers in one transaction *before* anyone is told of them; on start the log is
//! read back whole, checked, and replayed into an [`Engine`]. Deciding what to append is the
//! engine's job; telling clients is the server's.

use super::config::QueueConfig;
use super::engine::{Engine, Event, Sequenced};
use rusqlite::{Connection, params};
use std::path::{Path, PathBuf};

/// Schema migrations for `queue.db`, applied in order; `PRAGMA user_version` counts them.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE events (
        seq   INTEGER PRIMARY KEY NOT NULL CHECK (seq > 0),
        at_ms INTEGER NOT NULL,
        body  TEXT NOT NULL
    ) STRICT;",
    // Daily summaries forwarded to the CRM: one row per local date once it is done with.
    "CREATE TABLE summaries (
        date    TEXT PRIMARY KEY NOT NULL,
        outcome TEXT NOT NULL,          -- 'sent', or 'refused: <the CRM's reason>'
        at      TEXT NOT NULL
    ) STRICT;",
    // Queue texts: each waiting ticket's sealed mobile number and what it was sent, deleted when
    // the ticket is done and all at the new day (see server::sms).
    super::server::sms::TABLE,
];

/// A queue log failure, said so that staff know what to do.
#[derive(Debug, thiserror::Error)]
pub enum QueueStoreError {
    /// The file could not be opened or set up.
    #[error(
        "could not open the queue log {path}: {source}. Check the data folder exists and is writable, and the disk is not full"
    )]
    Open {
        /// The file.
        path: String,
        /// The cause.
        source: rusqlite::Error,
    },
    /// Written by a newer Onestop.
    #[error(
        "the queue log is at schema version {found}, newer than this hub understands ({known}); install the newer queue-display or move queue.db aside"
    )]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Latest this build knows.
        known: i64,
    },
    /// A row that cannot be read back, or a hole in the sequence.
    #[error(
        "the queue log is damaged at event {seq}: {reason}. Stop the hub, keep a copy of queue.db for support, then move it aside to start an empty queue (today's tickets are lost)"
    )]
    Corrupt {
        /// The sequence number where the damage is.
        seq: u64,
        /// What is wrong.
        reason: String,
    },
    /// Appending would break the sequence (a bug in the caller, never a disk problem).
    #[error("event {got} cannot follow event {last} in the queue log; nothing was written")]
    OutOfOrder {
        /// The last stored seq.
        last: u64,
        /// The seq offered.
        got: u64,
    },
    /// A query failed (disk full, I/O error…).
    #[error("the queue log could not be written or read: {0}. Check the disk is not full")]
    Sql(#[from] rusqlite::Error),
}

/// The open event log.
pub struct QueueStore {
    conn: Connection,
    path: Option<PathBuf>,
    /// Seq of the last stored event, so appends can be checked without a query.
    last: u64,
}

impl std::fmt::Debug for QueueStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueueStore")
            .field("path", &self.path)
            .field("last", &self.last)
            .finish()
    }
}

impl QueueStore {
    /// Open (or create) the log at `path` (by convention `queue.db` in the data folder).
    pub fn open(path: &Path) -> Result<QueueStore, QueueStoreError> {
        let open = |source| QueueStoreError::Open {
            path: path.display().to_string(),
            source,
        };
        let conn = Connection::open(path).map_err(open)?;
        let mut s = QueueStore::setup(conn).map_err(|e| match e {
            QueueStoreError::Sql(source) => open(source),
            other => other,
        })?;
        s.path = Some(path.to_owned());
        Ok(s)
    }

    /// A private in-memory log, for tests.
    pub fn open_in_memory() -> Result<QueueStore, QueueStoreError> {
        QueueStore::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<QueueStore, QueueStoreError> {
        // FULL: an event is on disk before any client hears of it, so a kill -9 never loses a
        // ticket someone was shown.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let known = MIGRATIONS.len() as i64;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > known {
            return Err(QueueStoreError::TooNew { found, known });
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let tx = conn.unchecked_transaction()?;
            tx.execute_batch(m)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit()?;
        }
        let last: i64 = conn.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))?;
        Ok(QueueStore {
            conn,
            path: None,
            last: last as u64,
        })
    }

    /// The file's path (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The local dates whose daily summary is done with (sent, or refused by the CRM).
    pub fn summaries_done(&self) -> Result<std::collections::BTreeSet<String>, QueueStoreError> {
        Ok(crate::store::days_done::done(&self.conn, "summaries")?)
    }

    /// Note that the summary for `date` is done with: `sent`, or `refused: …` (not retried).
    pub fn record_summary(&self, date: &str, outcome: &str) -> Result<(), QueueStoreError> {
        Ok(crate::store::days_done::record(&self.conn, "summaries", date, outcome)?)
    }

    /// Seq of the last stored event (0: empty).
    pub fn last_seq(&self) -> u64 {
        self.last
    }

    /// Store `events` in one transaction: all or none. They must continue the sequence without a
    /// gap. Returns once the commit is on disk.
    pub fn append(&mut self, events: &[Sequenced]) -> Result<(), QueueStoreError> {
        let mut expect = self.last;
        for e in events {
            if e.seq != expect + 1 {
                return Err(QueueStoreError::OutOfOrder {
                    last: expect,
                    got: e.seq,
                });
            }
            expect = e.seq;
        }
        if events.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare_cached("INSERT INTO events (seq, at_ms, body) VALUES (?1, ?2, ?3)")?;
            for e in events {
                let body = serde_json::to_string(&e.event).expect("events always serialise");
                st.execute(params![e.seq as i64, e.at_ms, body])?;
            }
        }
        tx.commit()?;
        self.last = expect;
        Ok(())
    }

    /// The whole log, in order, checked: seqs run 1, 2, 3… and every body is an [`Event`].
    pub fn load(&self) -> Result<Vec<Sequenced>, QueueStoreError> {
        let mut st = self.conn.prepare("SELECT seq, at_ms, body FROM events ORDER BY seq")?;
        let mut rows = st.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let expect = out.len() as u64 + 1;
            let seq: i64 = r.get(0)?;
            if seq as u64 != expect {
                return Err(QueueStoreError::Corrupt {
                    seq: expect,
                    reason: format!("the next stored event is {seq}: events are missing"),
                });
            }
            let at_ms: i64 = r.get(1).map_err(|e| QueueStoreError::Corrupt {
                seq: expect,
                reason: format!("its time is not a number ({e})"),
            })?;
            let body: String = r.get(2).map_err(|e| QueueStoreError::Corrupt {
                seq: expect,
                reason: format!("its body is not text ({e})"),
            })?;
            let event: Event = serde_json::from_str(&body).map_err(|e| QueueStoreError::Corrupt {
                seq: expect,
                reason: format!("its body is not a queue event ({e})"),
            })?;
            out.push(Sequenced {
                seq: expect,
                at_ms,
                event,
            });
        }
        Ok(out)
    }

    /// The log replayed into an engine over `config` (today's config, which may differ from the
    /// one the events were decided under: tickets for a removed service stay until the day ends).
    pub fn replay(&self, config: QueueConfig) -> Result<(Engine, Option<Sequenced>), QueueStoreError> {
        let log = self.load()?;
        let last = log.last().cloned();
        Ok((Engine::replay(config, &log), last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::engine::{Command, TicketState};

    fn run(store: &mut QueueStore, e: &mut Engine, c: Command, now: i64) -> Vec<Sequenced> {
        let seqd = e.apply(&c, now).unwrap();
        store.append(&seqd).unwrap();
        seqd
    }

    fn issue(service: &str) -> Command {
        Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        }
    }

    #[test]
    fn a_reopened_log_replays_to_the_same_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("queue.db");
        let mut store = QueueStore::open(&path).unwrap();
        let mut e = Engine::new(QueueConfig::example());
        run(&mut store, &mut e, issue("housing"), 1_000);
        run(&mut store, &mut e, issue("general"), 2_000);
        run(&mut store, &mut e, Command::CallNext { counter: 1 }, 3_000);
        run(&mut store, &mut e, Command::Start { counter: 1 }, 4_000);
        drop(store);
        let store = QueueStore::open(&path).unwrap();
        assert_eq!(store.last_seq(), e.seq());
        let (replayed, last) = store.replay(QueueConfig::example()).unwrap();
        assert_eq!(replayed, e);
        assert_eq!(last.unwrap().at_ms, 4_000);
    }

    #[test]
    fn an_append_that_skips_or_repeats_a_seq_writes_nothing() {
        let mut store = QueueStore::open_in_memory().unwrap();
        let ev = |seq| Sequenced {
            seq,
            at_ms: 1,
            event: Event::DayStarted,
        };
        store.append(&[ev(1)]).unwrap();
        let e = store.append(&[ev(2), ev(4)]).unwrap_err();
        assert!(matches!(e, QueueStoreError::OutOfOrder { last: 2, got: 4 }), "{e}");
        assert!(store.append(&[ev(1)]).is_err());
        assert_eq!(store.load().unwrap(), vec![ev(1)]);
    }

    #[test]
    fn a_damaged_row_is_a_clear_error_naming_the_event() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("queue.db");
        let mut store = QueueStore::open(&path).unwrap();
        let mut e = Engine::new(QueueConfig::example());
        run(&mut store, &mut e, issue("housing"), 1_000);
        run(&mut store, &mut e, issue("housing"), 2_000);
        drop(store);
        let raw = Connection::open(&path).unwrap();
        raw.execute("UPDATE events SET body = '{\"event\":\"issu' WHERE seq = 2", [])
            .unwrap();
        drop(raw);
        let msg = QueueStore::open(&path).unwrap().load().unwrap_err().to_string();
        assert!(msg.contains("event 2") && msg.contains("move it aside"), "{msg}");

        let raw = Connection::open(&path).unwrap();
        raw.execute("DELETE FROM events WHERE seq = 1", []).unwrap();
        drop(raw);
        let msg = QueueStore::open(&path).unwrap().load().unwrap_err().to_string();
        assert!(msg.contains("missing"), "{msg}");
    }

    #[test]
    fn a_log_from_a_newer_hub_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("queue.db");
        let raw = Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", 99).unwrap();
        drop(raw);
        let msg = QueueStore::open(&path).unwrap_err().to_string();
        assert!(msg.contains("newer") && msg.contains("99"), "{msg}");
    }

    #[test]
    fn tickets_of_a_removed_service_stay_until_the_day_ends() {
        let mut store = QueueStore::open_in_memory().unwrap();
        let mut e = Engine::new(QueueConfig::example());
        run(&mut store, &mut e, issue("housing"), 1_000);
        run(&mut store, &mut e, issue("general"), 2_000);
        run(&mut store, &mut e, Command::CallNext { counter: 3 }, 3_000);
        // The site drops housing overnight-but-not-quite: the hub restarts mid-day with it gone.
        let mut cfg = QueueConfig::example();
        cfg.services.retain(|s| s.id != "housing");
        cfg.counters[0].services.retain(|s| s != "housing");
        assert!(cfg.problems().is_empty(), "{:?}", cfg.problems());
        let (mut e2, _) = store.replay(cfg.clone()).unwrap();
        let housing = e2.tickets().find(|t| t.service == "housing").unwrap().clone();
        assert_eq!((housing.state, housing.label.as_str()), (TicketState::Waiting, "A001"));
        assert!(e2.waiting_for(1).is_empty(), "nobody calls a removed service");
        assert_eq!(e2.at_counter(3).unwrap().service, "general");
        // The day goes on under the new config, and the new day closes the orphan.
        run(&mut store, &mut e2, Command::Finish { counter: 3 }, 4_000);
        run(&mut store, &mut e2, Command::NewDay, 5_000);
        assert_eq!(e2.tickets().count(), 0);
        let (e3, _) = store.replay(cfg).unwrap();
        assert_eq!(e3, e2);
    }
}
