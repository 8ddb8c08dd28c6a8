//! Moving unsent submissions between kiosks by hand: listing them whole for a bundle
//! ([`crate::outbox::export`]), marking them as handed over, and taking in a bundle's
//! submissions under their original ids and references, once each.

use super::{Store, StoreError, now_text};
use crate::forms::Catalogue;
use crate::outbox::export::Exported;
use crate::reference::Reference;
use rusqlite::{OptionalExtension, params};

/// The largest answers accepted from a bundle (sealed as one value).
const MAX_ANSWERS_BYTES: usize = 256 * 1024;

/// What happened to one bundled submission on import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// New here: queued to send.
    Added,
    /// This kiosk already holds it (imported before, or it is its own): left alone.
    AlreadyHere,
    /// Not taken, and why (the rest of the bundle still is).
    Refused(String),
}

/// A submission that could not be read for a bundle: (reference, why).
pub type Unreadable = (String, String);

impl Store {
    /// Every submission not yet delivered (pending or parked) whose answers and card open; see
    /// [`Store::export_set`] for those that do not.
    pub fn exportable(&self) -> Result<Vec<Exported>, StoreError> {
        Ok(self.export_set()?.0)
    }

    /// Every submission not yet delivered (pending or parked), with its answers and card
    /// opened, and apart from them those that could not be read: (reference, why). One damaged
    /// row never keeps the others off a bundle.
    pub fn export_set(&self) -> Result<(Vec<Exported>, Vec<Unreadable>), StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT submission_id, reference, form_id, form_version, locale, created_at, state, attempts,
                    last_error, payload, identity
             FROM outbox WHERE state IN ('pending', 'parked') ORDER BY submission_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                Exported {
                    submission_id: r.get(0)?,
                    reference: r.get(1)?,
                    form_id: r.get(2)?,
                    form_version: r.get(3)?,
                    locale: r.get(4)?,
                    submitted_at: r.get(5)?,
                    state: r.get(6)?,
                    attempts: r.get(7)?,
                    last_error: r.get(8)?,
                    answers: crate::forms::ValidAnswers {
                        form_id: String::new(),
                        form_version: 0,
                        values: Default::default(),
                    },
                    identity: None,
                },
                r.get::<_, String>(9)?,
                r.get::<_, Option<String>>(10)?,
            ))
        })?;
        let mut out = Vec::new();
        let mut unreadable = Vec::new();
        for row in rows {
            let (mut e, sealed, identity) = row?;
            e.last_error = self.open_error(&e.submission_id, e.last_error.take());
            let opened = self
                .key
                .open(&sealed, &e.submission_id)
                .map_err(StoreError::from)
                .and_then(|plain| serde_json::from_str(&plain).map_err(|err| StoreError::Corrupt(err.to_string())))
                .and_then(|answers| {
                    let identity = super::outbox::open_identity(&self.key, identity.as_deref(), &e.submission_id)?;
                    Ok((answers, identity))
                });
            match opened {
                Ok((answers, identity)) => {
                    e.answers = answers;
                    e.identity = identity;
                    out.push(e);
                }
                Err(err) => unreadable.push((e.reference, err.to_string())),
            }
        }
        Ok((out, unreadable))
    }

    /// Note that these submissions left in a bundle. They stay queued here: whichever side
    /// reaches the CRM first sends them, and the other finds them there.
    pub fn mark_exported(&mut self, submission_ids: &[String]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let note = format!("exported at {}", now_text());
        for id in submission_ids {
            tx.execute(
                "UPDATE outbox SET handed_over = ?2 WHERE submission_id = ?1",
                params![id, note],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Take in one bundled submission, queued to send under its own id and reference. Checked
    /// first: a well-formed id and reference, a form this kiosk has, and answers to its
    /// questions only.
    pub fn import(&self, e: &Exported, forms: &Catalogue) -> Result<Imported, StoreError> {
        import_on(&self.conn, &self.key, e, forms)
    }

    /// Take in a whole bundle in one durable transaction (one disk flush, not one per entry):
    /// what happened to each entry, in order.
    pub fn import_all(&mut self, entries: &[Exported], forms: &Catalogue) -> Result<Vec<Imported>, StoreError> {
        let tx = self.conn.transaction()?;
        let out = entries
            .iter()
            .map(|e| import_on(&tx, &self.key, e, forms))
            .collect::<Result<Vec<_>, _>>()?;
        tx.commit()?;
        Ok(out)
    }
}

fn import_on(
    conn: &rusqlite::Connection,
    key: &super::Key,
    e: &Exported,
    forms: &Catalogue,
) -> Result<Imported, StoreError> {
    if let Some(reason) = refusal(e, forms) {
        return Ok(Imported::Refused(reason));
    }
    let here: Option<String> = conn
        .query_row(
            "SELECT submission_id FROM outbox WHERE submission_id = ?1 OR reference = ?2",
            params![e.submission_id, e.reference],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = here {
        return Ok(if id == e.submission_id {
            Imported::AlreadyHere
        } else {
            Imported::Refused(format!(
                "reference {} already belongs to another submission here",
                e.reference
            ))
        });
    }
    let payload = serde_json::to_string(&e.answers).map_err(|err| StoreError::Corrupt(err.to_string()))?;
    if payload.len() > MAX_ANSWERS_BYTES {
        return Ok(Imported::Refused("its answers are larger than any form allows".into()));
    }
    let identity = e
        .identity
        .as_ref()
        .map(|i| super::outbox::seal_identity(key, i, &e.submission_id))
        .transpose()?;
    conn.execute(
        "INSERT INTO outbox (submission_id, reference, form_id, form_version, locale, payload, created_at,
                             handed_over, identity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            e.submission_id,
            e.reference,
            e.form_id,
            e.form_version,
            e.locale,
            key.seal(&payload, &e.submission_id),
            e.submitted_at,
            format!("imported at {}", now_text()),
            identity
        ],
    )?;
    Ok(Imported::Added)
}

/// Why a bundled submission cannot be taken, if it cannot.
fn refusal(e: &Exported, forms: &Catalogue) -> Option<String> {
    let ok_id = uuid::Uuid::parse_str(&e.submission_id).is_ok_and(|u| u.get_version_num() == 7);
    if !ok_id {
        return Some("its submission id is not a UUIDv7".into());
    }
    match Reference::parse(&e.reference) {
        Ok(r) if r.as_str() == e.reference => {}
        _ => return Some("its reference is not a valid Onestop reference".into()),
    }
    if time::OffsetDateTime::parse(&e.submitted_at, &time::format_description::well_known::Rfc3339).is_err() {
        return Some("its submission time is not a date".into());
    }
    if e.locale.is_empty() || e.locale.len() > 20 || !e.locale.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Some("its language tag is malformed".into());
    }
    let Some(form) = forms.get(&e.form_id) else {
        return Some(format!(
            "form \"{}\" is not on this kiosk, so its answers cannot be mapped to the CRM",
            e.form_id.chars().take(40).collect::<String>()
        ));
    };
    if e.answers.form_id != e.form_id || e.answers.form_version != e.form_version {
        return Some("its answers are for another form".into());
    }
    if e.identity.as_ref().is_some_and(|i| !i.is_well_formed()) {
        return Some("its card identity is malformed (card number, provider, or verified against check)".into());
    }
    if let Some(q) = e.answers.values.keys().find(|q| form.question(q).is_none()) {
        return Some(format!(
            "it answers \"{}\", which form \"{}\" does not ask",
            q.chars().take(40).collect::<String>(),
            form.id
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::Transition;
    use crate::store::test_support::store_with;

    #[test]
    fn unsent_submissions_travel_whole_and_arrive_once() {
        let forms = crate::embedded::forms().unwrap();
        let (mut bus, ids) = store_with(3);
        bus.begin_attempt(&ids[0]).unwrap();
        bus.record_attempt(
            &ids[0],
            &Transition::Acknowledged {
                crm_id: Some("SR-1".into()),
                dropped: None,
            },
        )
        .unwrap();
        bus.begin_attempt(&ids[1]).unwrap();
        bus.record_attempt(&ids[1], &Transition::Parked { reason: "400".into() })
            .unwrap();
        let bundle = bus.exportable().unwrap();
        let got: Vec<(&str, &str)> = bundle
            .iter()
            .map(|e| (e.submission_id.as_str(), e.state.as_str()))
            .collect();
        assert_eq!(got, vec![(ids[1].as_str(), "parked"), (ids[2].as_str(), "pending")]);
        assert_eq!(bundle[1].answers.values.len(), 2, "answers travel opened");
        assert!(bundle.iter().all(|e| e.identity.is_none()));
        bus.mark_exported(&[ids[2].clone()]).unwrap();
        assert!(
            bus.outgoing(&ids[2]).unwrap().unwrap().reconcile_first,
            "the bus looks before it sends"
        );

        let mut office = Store::open_in_memory().unwrap();
        assert_eq!(
            office.import_all(&bundle, &forms).unwrap(),
            vec![Imported::Added, Imported::Added]
        );
        for e in &bundle {
            assert_eq!(office.import(e, &forms).unwrap(), Imported::AlreadyHere);
        }
        let out = office.outgoing(&ids[2]).unwrap().unwrap();
        assert!(out.reconcile_first, "the office looks before it sends too");
        assert_eq!(out.reference, bundle[1].reference);
        assert_eq!(out.answers, bundle[1].answers);
        // A parked one arrives pending: the office's staff and CRM get their own try.
        assert!(office.outgoing(&ids[1]).unwrap().is_some());
    }

    #[test]
    fn a_card_travels_in_the_bundle_and_is_sealed_again_on_arrival() {
        use crate::card::identity::Identity;
        let forms = crate::embedded::forms().unwrap();
        let answers = crate::store::test_support::store_with(1)
            .0
            .exportable()
            .unwrap()
            .remove(0)
            .answers;
        let card = crate::card::CardNumber::parse("21234001234567").unwrap();
        let identity = Identity::read_at_kiosk(&card, "crm", false);
        let mut bus = Store::open_in_memory().unwrap();
        let id = bus
            .submit_with_identity(&answers, "en-GB", None, Some(&identity))
            .unwrap()
            .submission_id
            .to_string();
        let bundle = bus.exportable().unwrap();
        assert_eq!(bundle[0].identity.as_ref(), Some(&identity));
        let mut office = Store::open_in_memory().unwrap();
        assert_eq!(office.import_all(&bundle, &forms).unwrap(), vec![Imported::Added]);
        assert_eq!(office.outgoing(&id).unwrap().unwrap().identity, Some(identity));
        let sealed: String = office
            .conn
            .query_row("SELECT identity FROM outbox WHERE submission_id = ?1", [&id], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(sealed.starts_with("v1:") && !sealed.contains("21234001234567"));
    }

    #[test]
    fn hostile_bundle_entries_are_refused_one_by_one_with_a_reason() {
        let forms = crate::embedded::forms().unwrap();
        let (bus, _) = store_with(1);
        let good = bus.exportable().unwrap().remove(0);
        let office = Store::open_in_memory().unwrap();
        type Spoil = Box<dyn Fn(&mut Exported)>;
        let cases: Vec<(Spoil, &str)> = vec![
            (Box::new(|e| e.submission_id = "not-a-uuid".into()), "UUIDv7"),
            (
                Box::new(|e| e.submission_id = "0b1e5a3c-2f6d-4a8b-9c0d-1e2f3a4b5c6d".into()),
                "UUIDv7",
            ),
            (Box::new(|e| e.reference = "K7QF-9M2B".into()), "reference"),
            (
                Box::new(|e| e.reference = "'; DROP TABLE outbox; --".into()),
                "reference",
            ),
            (Box::new(|e| e.submitted_at = "yesterday".into()), "time"),
            (Box::new(|e| e.locale = "ur\u{202e}".into()), "language"),
            (Box::new(|e| e.form_id = "no-such-form".into()), "not on this kiosk"),
            (Box::new(|e| e.answers.form_id = "missed-bin".into()), "another form"),
            (
                Box::new(|e| {
                    let v = e.answers.values.values().next().unwrap().clone();
                    e.answers.values.insert("injected".into(), v);
                }),
                "does not ask",
            ),
            (
                Box::new(|e| {
                    e.identity = Some(crate::card::identity::Identity {
                        card: "2123\u{202e}4".into(),
                        provider: "sip2".into(),
                        verified: false,
                        check: crate::card::identity::Check::Unchecked,
                    })
                }),
                "card identity",
            ),
            (
                Box::new(|e| {
                    let card = crate::card::CardNumber::parse("21234001234567").unwrap();
                    let mut i = crate::card::identity::Identity::read_at_kiosk(&card, "crm", false);
                    i.verified = true; // claims to be verified, but no one checked it
                    e.identity = Some(i);
                }),
                "card identity",
            ),
        ];
        for (spoil, want) in cases {
            let mut e = good.clone();
            spoil(&mut e);
            match office.import(&e, &forms).unwrap() {
                Imported::Refused(reason) => assert!(reason.contains(want), "{reason} / {want}"),
                other => panic!("{other:?} for {want}"),
            }
        }
        assert_eq!(office.outbox_count().unwrap(), 0, "nothing refused was written");
        // A reference already used here by another submission is not overwritten.
        let (here, _) = store_with(0);
        let forms2 = crate::embedded::forms().unwrap();
        let mut clash = good.clone();
        clash.submission_id = crate::reference::SubmissionId::new().to_string();
        assert_eq!(here.import(&good, &forms2).unwrap(), Imported::Added);
        assert!(matches!(here.import(&clash, &forms2).unwrap(), Imported::Refused(r) if r.contains("already belongs")));
    }
}
