//! `kiosk track REF`: where one submission is, and what the council's CRM says of it, asked at
//! once and cached; offline, what it said last. The screen's "Track an enquiry" is the
//! app's; this is the same answer for staff at a terminal.

use crate::cli::connector;
use crate::context::Context;
use anyhow::Result;
use onestop::config::CrmKind;

/// Where one submission is, and what the CRM says about it now (asked at
/// once, with a short timeout, and cached); offline, what it said last and when.
pub fn track(ctx: &Context, reference: &str) -> Result<bool> {
    let Ok(parsed) = onestop::reference::Reference::parse(reference) else {
        println!("{reference}: not a reference (they look like K7QF-9M2A)");
        return Ok(false);
    };
    let store = ctx.open_store()?;
    let Some(sub) = store.submission(&parsed)? else {
        println!("{parsed}: no submission from this kiosk has that reference");
        return Ok(false);
    };
    println!("reference: {}", sub.reference);
    println!("form:      {}", sub.form_id);
    println!("sent:      {}", sub.created_at);
    let crm_id = sub.crm_id.clone().filter(|id| !id.is_empty());
    match (sub.state.as_str(), &crm_id) {
        ("acknowledged", Some(id)) if id.starts_with("token:") => {
            println!("state:     with the council, which has not given its id yet")
        }
        ("acknowledged", Some(id)) => println!("state:     with the council as {id}"),
        ("acknowledged", None) => println!("state:     with the council"),
        ("parked", _) => println!("state:     needs staff: the council's system refused it"),
        _ => println!("state:     waiting to send ({} attempt(s) so far)", sub.attempts),
    }
    if let Some(e) = &sub.last_error {
        println!("error:     {e}");
    }
    let Some(id) = crm_id.filter(|id| sub.state == "acknowledged" && !id.starts_with("token:")) else {
        return Ok(true);
    };
    let mut asked = None;
    if let Some((connector, _)) = connector(ctx)? {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let timeout = std::time::Duration::from_secs(ctx.config.crm.timeout_secs.min(10));
        asked = runtime.block_on(async {
            tokio::time::timeout(timeout, connector.status(&id))
                .await
                .ok()
                .flatten()
        });
        if asked.is_none() && ctx.config.crm.kind == CrmKind::Open311 {
            asked = Some(Err(format!("no answer within {}s", timeout.as_secs())));
        }
    }
    let fresh = matches!(asked, Some(Ok(_)));
    match asked {
        Some(Ok(status)) => {
            store.record_status(&sub.submission_id, &status)?;
            println!("council:   {} (asked just now)", status.state.as_str());
        }
        Some(Err(e)) => println!("council:   could not be asked now ({e})"),
        None => {}
    }
    if let Some(cached) = store.cached_status(&sub.submission_id)? {
        let s = &cached.status;
        if !fresh {
            println!("council:   {} (as of {})", s.state.as_str(), cached.checked_at);
        }
        if let Some(updated) = &s.updated {
            println!("updated:   {updated}");
        }
        if let Some(expected) = &s.expected {
            println!("expected:  {expected}");
        }
        if let Some(notes) = &s.notes {
            println!("note:      {notes}");
        }
    } else if !fresh {
        println!("council:   never asked from this kiosk");
    }
    Ok(true)
}
