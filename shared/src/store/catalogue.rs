//! The cached CRM catalogue: every form version generated from the CRM's services (all kept, so
//! a submission's recorded form version always names what the visitor filled), and the list on
//! offer now. A refresh replaces the list in one transaction, and a form's version goes up only
//! when its generated files change. Mapping is [`crate::crm::catalogue`]'s job; fetching,
//! [`crate::crm::services`]', whose [`Read`] the caller hands to [`Store::refresh_crm_catalogue`].

use super::{Store, StoreError, now_text};
use crate::crm::catalogue::{Generated, Skipped};
use crate::crm::services::{Read, ReadService};
use rusqlite::{OptionalExtension, params};

/// One service on offer, with its current generated files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedForm {
    /// The CRM's service code.
    pub service_code: String,
    /// The generated form's id.
    pub form_id: String,
    /// The version submissions record.
    pub version: u32,
    /// The service's name.
    pub name: String,
    /// From a service definition (else description-only).
    pub has_definition: bool,
    /// The definition file's text.
    pub form_toml: String,
    /// The en-GB words.
    pub ftl: String,
    /// When this version was last read from the CRM (RFC 3339 UTC).
    pub fetched_at: String,
}

/// One service of a refreshed list.
#[derive(Debug, Clone)]
pub enum Entry {
    /// Freshly mapped files.
    Mapped(Generated),
    /// Its definition could not be read this time: keep the cached form of this service code,
    /// if it has this form id (ids are assigned per list, so a reshuffle could move them).
    Keep {
        /// The CRM's service code.
        service_code: String,
        /// The form id the new list gives it.
        form_id: String,
    },
}

/// What a refresh did to one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// New on the menu, at this version.
    Added {
        /// Form id.
        form_id: String,
        /// Its version.
        version: u32,
    },
    /// Its generated files changed: a new version.
    Changed {
        /// Form id.
        form_id: String,
        /// The version before.
        from: u32,
        /// The new version.
        to: u32,
    },
    /// Read again, the same as before.
    Unchanged {
        /// Form id.
        form_id: String,
        /// Its version.
        version: u32,
    },
    /// Not read this time; the cached version stays.
    Kept {
        /// Form id.
        form_id: String,
        /// Its version.
        version: u32,
    },
    /// No longer in the CRM's list.
    Removed {
        /// Form id.
        form_id: String,
    },
}

/// What a refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refresh {
    /// Per service on the new list (and those removed from it).
    pub changes: Vec<Change>,
    /// Services not offered, and why.
    pub skipped: Vec<Skipped>,
    /// Details for staff: attributes left out, definitions missing, cached forms kept.
    pub notes: Vec<String>,
}

impl Store {
    /// Replace the cached catalogue with `read`, the CRM's just now, in one transaction. A
    /// service whose definition could not be read keeps its cached form, if it has one with the
    /// same code and form id; otherwise it is skipped.
    pub fn refresh_crm_catalogue(&mut self, read: Read) -> Result<Refresh, StoreError> {
        let cached = self.crm_catalogue()?;
        let mut report = Refresh {
            skipped: read.skipped,
            notes: read.notes,
            ..Refresh::default()
        };
        let mut entries = Vec::new();
        for service in read.services {
            match service {
                ReadService::Mapped(generated) => entries.push(Entry::Mapped(generated)),
                ReadService::Unread {
                    ref service_code,
                    ref form_id,
                    ref reason,
                } => match cached
                    .iter()
                    .find(|c| &c.service_code == service_code && &c.form_id == form_id)
                {
                    Some(c) => {
                        report.notes.push(format!(
                            "{}: {reason}; the cached version {} stays",
                            c.form_id, c.version
                        ));
                        entries.push(Entry::Keep {
                            service_code: service_code.clone(),
                            form_id: form_id.clone(),
                        });
                    }
                    None => report.skipped.extend(service.as_skipped()),
                },
            }
        }
        report.changes = self.replace_crm_catalogue(&entries)?;
        Ok(report)
    }

    /// The services on offer, in the CRM's order.
    pub fn crm_catalogue(&self) -> Result<Vec<CachedForm>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.service_code, s.form_id, s.version, s.name, s.has_definition, f.form_toml, f.ftl, s.fetched_at
             FROM crm_services s JOIN crm_forms f ON f.form_id = s.form_id AND f.version = s.version
             ORDER BY s.position",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CachedForm {
                service_code: r.get(0)?,
                form_id: r.get(1)?,
                version: r.get(2)?,
                name: r.get(3)?,
                has_definition: r.get(4)?,
                form_toml: r.get(5)?,
                ftl: r.get(6)?,
                fetched_at: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One generated version's files (definition, en-GB words), current or past.
    pub fn crm_form_version(&self, form_id: &str, version: u32) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT form_toml, ftl FROM crm_forms WHERE form_id = ?1 AND version = ?2",
                params![form_id, version],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// When the CRM's list was last read successfully, if ever.
    pub fn crm_catalogue_refreshed_at(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT refreshed_at FROM crm_catalogue_refresh WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Replace the services on offer with `entries` (in the CRM's order), in one transaction.
    /// A mapped form gets a new version only when its files differ from its latest one.
    pub fn replace_crm_catalogue(&mut self, entries: &[Entry]) -> Result<Vec<Change>, StoreError> {
        let now = now_text();
        let tx = self.conn.transaction()?;
        let old: Vec<(String, String, u32, String, bool, String)> = tx
            .prepare("SELECT service_code, form_id, version, name, has_definition, fetched_at FROM crm_services")?
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })?
            .collect::<Result<_, _>>()?;
        tx.execute("DELETE FROM crm_services", [])?;
        let mut changes = Vec::new();
        let mut kept_codes = Vec::new();
        for (position, entry) in entries.iter().enumerate() {
            match entry {
                Entry::Keep { service_code, form_id } => {
                    let Some((code, form_id, version, name, has_def, fetched)) =
                        old.iter().find(|o| &o.0 == service_code && &o.1 == form_id)
                    else {
                        continue;
                    };
                    tx.execute(
                        "INSERT INTO crm_services VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![code, position as i64, form_id, version, name, has_def, fetched],
                    )?;
                    kept_codes.push(code.clone());
                    changes.push(Change::Kept {
                        form_id: form_id.clone(),
                        version: *version,
                    });
                }
                Entry::Mapped(g) => {
                    let latest: Option<(u32, String, String)> = tx
                        .query_row(
                            "SELECT version, form_toml, ftl FROM crm_forms WHERE form_id = ?1
                             ORDER BY version DESC LIMIT 1",
                            [&g.form_id],
                            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                        )
                        .optional()?;
                    let was_listed = old.iter().any(|o| o.1 == g.form_id);
                    let version = match &latest {
                        Some((v, toml, ftl)) if *toml == g.form_toml(*v) && *ftl == g.ftl => *v,
                        _ => {
                            let v = latest.as_ref().map_or(1, |l| l.0 + 1);
                            tx.execute(
                                "INSERT INTO crm_forms VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                params![g.form_id, v, g.service_code, g.form_toml(v), g.ftl, now],
                            )?;
                            v
                        }
                    };
                    tx.execute(
                        "INSERT INTO crm_services VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            g.service_code,
                            position as i64,
                            g.form_id,
                            version,
                            g.name,
                            g.has_definition,
                            now
                        ],
                    )?;
                    kept_codes.push(g.service_code.clone());
                    let form_id = g.form_id.clone();
                    changes.push(match latest {
                        Some((from, ..)) if from != version => Change::Changed {
                            form_id,
                            from,
                            to: version,
                        },
                        _ if !was_listed => Change::Added { form_id, version },
                        _ => Change::Unchanged { form_id, version },
                    });
                }
            }
        }
        for (code, form_id, ..) in &old {
            if !kept_codes.contains(code) {
                changes.push(Change::Removed {
                    form_id: form_id.clone(),
                });
            }
        }
        tx.execute(
            "INSERT INTO crm_catalogue_refresh (id, refreshed_at) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at",
            [&now],
        )?;
        tx.commit()?;
        Ok(changes)
    }
}
