//! The closed kiosk for `kiosk snapshot`: the welcome screen, the menu and the ticket page
//! outside opening hours. A config with no opening hours (always open) is drawn with sample ones
//! (weekdays 09:00-17:00), and the kiosk's clock is pinned: open for every other screen, half an
//! hour before an opening for these, so the pictures do not depend on when they were taken.

use crate::app::Msg;
use crate::context::Context;
use crate::shell::Shell;
use anyhow::Result;
use onestop::hours::{Hours, HoursText};
use std::rc::Rc;

/// Wednesday 13 January 2027, 12:00 UTC: where the search for an open and a closed time starts.
const START: i64 = 1_799_841_600;

/// `ctx` with its own opening hours, or sample ones if it is always open.
pub fn with_hours(ctx: &Context) -> Result<Context> {
    let hours = if ctx.hours.is_always_open() {
        let weekday = Some("09:00-17:00".to_owned());
        let text = HoursText {
            time_zone: "Europe/London".into(),
            week: [
                weekday.clone(),
                weekday.clone(),
                weekday.clone(),
                weekday.clone(),
                weekday,
                Some("closed".into()),
                Some("closed".into()),
            ],
            ..Default::default()
        };
        Hours::parse(&text, "hours")?
    } else {
        ctx.hours.clone()
    };
    Ok(Context {
        config: ctx.config.clone(),
        forms: ctx.forms.clone(),
        translations: ctx.translations.clone(),
        data_dir: ctx.data_dir.clone(),
        crm_forms: ctx.crm_forms.clone(),
        create_database: ctx.create_database,
        hours,
    })
}

/// An open instant, and one half an hour before an opening (closed), for `hours`.
pub fn times(hours: &Hours) -> Result<(i64, i64)> {
    let open = hours
        .next_opening(START)
        .ok_or_else(|| anyhow::anyhow!("the opening hours never open: nothing to draw"))?
        .at;
    let mut t = open;
    while hours.is_open(t) {
        t += 60;
    }
    let next = hours.next_opening(t).map_or(t, |o| o.at);
    let closed = if hours.is_open(next - 1_800) { t } else { next - 1_800 };
    Ok((open, closed))
}

/// Draw the closed screens at `closed`, then set the clock back to `open`.
pub fn run(
    c: &Rc<Shell>,
    tag: &str,
    (open, closed): (i64, i64),
    shot: &mut impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    c.set_staff_clock(move || closed);
    c.finish();
    shot("closed")?;
    c.choose_language(tag);
    shot("closed-menu")?;
    c.dispatch(Msg::OpenService(crate::app::TICKET_ID.into()));
    shot("closed-ticket")?;
    c.set_staff_clock(move || open);
    c.finish();
    Ok(())
}
