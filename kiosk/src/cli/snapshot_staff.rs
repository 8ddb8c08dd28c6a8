//! `kiosk snapshot`'s staff screens: the PIN pad (turned off, after a wrong PIN, locked) and the
//! staff screen over the snapshot's outbox, then again with what needs staff (a row needing
//! attention, dropped fields, a forwarder fault). The screen is reached by setting the `App`
//! state directly: this is for rendering only, and no PIN is checked.

use crate::app::staff::{Loaded, PadMessage};
use crate::app::{Msg, Screen};
use crate::shell::Shell;
use anyhow::Result;
use std::rc::Rc;

/// Render the staff screens with `shot`.
pub(super) fn run(c: &Rc<Shell>, mut shot: impl FnMut(&str) -> Result<()>) -> Result<()> {
    let enabled = c.app.borrow().staff.enabled;
    c.app.borrow_mut().staff.enabled = false;
    c.dispatch(Msg::StaffShortcut);
    shot("staff-pin-disabled")?;
    {
        let mut app = c.app.borrow_mut();
        app.staff.enabled = true;
        app.staff.typed.0 = "000".into();
        app.staff.message = PadMessage::Wrong(3);
    }
    c.render();
    shot("staff-pin")?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    {
        let mut app = c.app.borrow_mut();
        onestop::card::identity::wipe(&mut app.staff.typed.0);
        app.staff.message = PadMessage::Locked(now + 300);
    }
    c.render();
    shot("staff-pin-locked")?;
    c.with_store(|store| -> Result<()> {
        // The newest three, so they show at the top.
        let rows = store.submissions()?;
        let now_ms = now * 1000;
        let outcomes = [
            onestop::outbox::Transition::Acknowledged {
                crm_id: Some("SR-1042".into()),
                dropped: None,
            },
            onestop::outbox::Transition::Parked {
                reason: "HTTP 400: attribute[bin-type] is not one of the allowed values".into(),
            },
            onestop::outbox::Transition::RetryAt {
                at: now_ms + 600_000,
                error: "HTTP 503 Service Unavailable".into(),
            },
        ];
        for (row, t) in rows.iter().zip(outcomes) {
            store.begin_attempt(&row.submission_id)?;
            store.record_attempt(&row.submission_id, &t)?;
        }
        Ok(())
    })?;
    c.app.borrow_mut().nav.go(Screen::Staff);
    c.dispatch(Msg::StaffRefresh);
    shot("staff")?;
    // The same with what needs staff: the retrying row past its attention time, a CRM that
    // dropped a field, and the database failing under the forwarder.
    c.with_store(|store| -> Result<()> {
        if let Some(first) = store.submissions()?.first() {
            let dropped = onestop::outbox::Dropped {
                server: "https://crm.example.gov.uk/open311/v2/".into(),
                fields: vec!["address_string".into(), "email".into()],
            };
            store.record_field_drops(&first.submission_id, &dropped)?;
        }
        Ok(())
    })?;
    let health = std::sync::Arc::new(onestop::outbox::forwarder::Health::default());
    health.fault("recording a delivery outcome: database or disk is full");
    let before = c.workers.borrow_mut().forwarder_health.replace(health);
    let after = std::mem::replace(&mut c.app.borrow_mut().staff.attention_after, std::time::Duration::ZERO);
    c.dispatch(Msg::StaffRefresh);
    shot("staff-attention")?;
    c.workers.borrow_mut().forwarder_health = before;
    {
        let mut app = c.app.borrow_mut();
        app.staff.attention_after = after;
        app.staff.enabled = enabled;
        app.staff.loaded = None::<Loaded>;
    }
    c.finish();
    Ok(())
}
