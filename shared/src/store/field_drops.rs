//! Fields a CRM accepted without keeping, flagged for staff once per form, server and field
//! (`crm_field_drops`): recorded when an acknowledgement carries them, listed for the staff
//! screen and `kiosk outbox list`. Deciding what was dropped is [`crate::crm::dropped`]'s job.

use super::{Store, StoreError, now_text};
use crate::outbox::Dropped;
use rusqlite::params;

/// The fields one CRM did not keep for one form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDrops {
    /// The form.
    pub form_id: String,
    /// The CRM's base URL.
    pub server: String,
    /// The fields, in the order first seen.
    pub fields: Vec<String>,
    /// The submission whose reply first showed a drop.
    pub first_reference: String,
    /// When (RFC 3339 UTC).
    pub first_seen_at: String,
}

impl FieldDrops {
    /// One line for staff: `form bulky-collection at https://…: address_string, email`.
    pub fn line(&self) -> String {
        format!(
            "form {} at {}: {} (first seen on {})",
            self.form_id,
            self.server,
            self.fields.join(", "),
            self.first_reference
        )
    }
}

impl Store {
    /// Flag the fields `dropped` names for the form of `submission_id`; a field already flagged
    /// for that form and server stays as first seen. Returns how many were new.
    pub fn record_field_drops(&self, submission_id: &str, dropped: &Dropped) -> Result<usize, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO crm_field_drops (form_id, server, field, first_reference, first_seen_at)
             SELECT form_id, ?2, ?3, reference, ?4 FROM outbox WHERE submission_id = ?1",
        )?;
        let now = now_text();
        let mut added = 0;
        for field in &dropped.fields {
            added += stmt.execute(params![submission_id, dropped.server, field, now])?;
        }
        Ok(added)
    }

    /// Every flag, one entry per form and server, oldest first.
    pub fn field_drops(&self) -> Result<Vec<FieldDrops>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT form_id, server, field, first_reference, first_seen_at FROM crm_field_drops
             ORDER BY first_seen_at, rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out: Vec<FieldDrops> = Vec::new();
        for row in rows {
            let (form_id, server, field, first_reference, first_seen_at) = row?;
            match out.iter_mut().find(|d| d.form_id == form_id && d.server == server) {
                Some(d) => d.fields.push(field),
                None => out.push(FieldDrops {
                    form_id,
                    server,
                    fields: vec![field],
                    first_reference,
                    first_seen_at,
                }),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::outbox::{Dropped, Transition};
    use crate::store::test_support::store_with;

    fn ack(server: &str, fields: &[&str]) -> Transition {
        Transition::Acknowledged {
            crm_id: Some("SR-1".into()),
            dropped: Some(Dropped {
                server: server.into(),
                fields: fields.iter().map(|f| f.to_string()).collect(),
            }),
        }
    }

    #[test]
    fn drops_are_flagged_once_per_form_server_and_field() {
        let (store, ids) = store_with(3);
        let a = "https://crm.example/open311/";
        assert!(
            store
                .record_attempt(&ids[0], &ack(a, &["address_string", "email"]))
                .unwrap()
        );
        store
            .record_attempt(&ids[1], &ack(a, &["address_string", "attribute[problem]"]))
            .unwrap();
        store
            .record_attempt(&ids[2], &ack("https://other.example/", &["email"]))
            .unwrap();
        let drops = store.field_drops().unwrap();
        assert_eq!(drops.len(), 2, "{drops:?}");
        assert_eq!(
            (drops[0].form_id.as_str(), drops[0].server.as_str()),
            ("street-problem", a)
        );
        assert_eq!(drops[0].fields, ["address_string", "email", "attribute[problem]"]);
        let first = store.submissions().unwrap();
        let first_ref = &first.iter().find(|s| s.submission_id == ids[0]).unwrap().reference;
        assert_eq!(
            &drops[0].first_reference, first_ref,
            "the first submission that showed it"
        );
        assert_eq!(drops[1].fields, ["email"]);
        assert!(
            drops[0]
                .line()
                .starts_with("form street-problem at https://crm.example/open311/: address_string, email")
        );
    }

    #[test]
    fn an_acknowledgement_without_drops_flags_nothing() {
        let (store, ids) = store_with(1);
        let plain = Transition::Acknowledged {
            crm_id: Some("SR-1".into()),
            dropped: None,
        };
        assert!(store.record_attempt(&ids[0], &plain).unwrap());
        assert_eq!(store.field_drops().unwrap(), vec![]);
        assert_eq!(
            store
                .record_field_drops(
                    "no-such-submission",
                    &Dropped {
                        server: "x".into(),
                        fields: vec!["email".into()]
                    }
                )
                .unwrap(),
            0,
            "an unknown submission flags nothing"
        );
    }
}
