//! Opening hours as the kiosk shows them: whether the site is closed at the [`Env`]'s time, and
//! when it opens in the visitor's words ("Closed, opens tomorrow at 09:00"). What a closed kiosk
//! still offers (no tickets; forms only with `forms_when_closed`) is decided by the steps and
//! views that ask this; the times themselves are `onestop::hours`'.

use super::Env;
use super::view::Words;
use onestop::hours::LocalTime;
use onestop::i18n::ArgValue;

/// `None` while open; when closed, `Some` of when it opens (`None` inside: not in sight).
pub fn closed(env: &Env) -> Option<Option<LocalTime>> {
    let hours = &env.ctx.hours;
    if hours.is_open(env.now) {
        return None;
    }
    Some(hours.next_opening(env.now).map(|o| o.local))
}

/// Whether forms are on the menu now.
pub fn forms_offered(env: &Env) -> bool {
    env.ctx.config.hours.forms_when_closed || closed(env).is_none()
}

/// "Closed, opens at 09:00" (today), "… tomorrow at 09:00", "… on Tuesday at 09:00", "… on
/// 07/01/2027 at 09:00", or "Closed" when no opening is in sight.
pub fn notice(w: &Words, env: &Env, opens: Option<LocalTime>) -> String {
    let Some(o) = opens else {
        return w.t("hours-closed");
    };
    let today = env.ctx.hours.local(env.now).date();
    w.ta(
        "hours-closed-opens",
        &[
            ("when", ArgValue::Str(o.when(today))),
            ("time", ArgValue::Str(&o.clock())),
            ("date", ArgValue::Str(&o.date_text())),
        ],
    )
}

/// The notice for now: empty while open.
pub fn notice_now(w: &Words, env: &Env) -> String {
    closed(env).map_or_else(String::new, |opens| notice(w, env, opens))
}
