//! The staff PIN pad and the staff screen as plain structs, in the staff language: counts by
//! state, the CRM contact, the rows (those needing staff first), the devices.

use super::Words;
use crate::app::staff::{MAX_ROWS, Notice, PadMessage};
use crate::app::{App, Env};
use crate::clock::{clock_text, human_age, unix_of};
use onestop::i18n::ArgValue;
use onestop::store::{StaffRow, StaffState};

/// The PIN pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffPinView {
    /// Heading and hint.
    pub title: String,
    /// Under it.
    pub hint: String,
    /// A dot per digit.
    pub dots: String,
    /// "3 digits typed".
    pub typed: String,
    /// What the pad says.
    pub message: String,
    /// It is an error.
    pub error: bool,
    /// The check is running.
    pub checking: bool,
    /// A PIN is set.
    pub enabled: bool,
    /// "Unlock".
    pub unlock: String,
    /// "Close".
    pub close: String,
}

/// `unix` as staff read it, in the staff language.
pub(super) fn staff_time(w: &Words, unix: i64, now: i64) -> String {
    let months = w.staff("staff-months", &[]);
    let months: Vec<&str> = months.split_whitespace().collect();
    clock_text(unix, now, |day, month, time| {
        let name = months.get(usize::from(month) - 1).copied().unwrap_or("?");
        w.staff(
            "staff-date-time",
            &[
                ("day", ArgValue::Num(day.into())),
                ("month", ArgValue::Str(name)),
                ("time", ArgValue::Str(time)),
            ],
        )
    })
}

/// The PIN pad.
pub fn staff_pin(app: &App, env: &Env) -> StaffPinView {
    let w = Words::of(app, env);
    let s = &app.staff;
    let n = s.typed.0.chars().count();
    let message = match &s.message {
        PadMessage::None => String::new(),
        PadMessage::Disabled => w.staff("staff-disabled", &[]),
        PadMessage::Locked(until) => {
            let time = staff_time(&w, *until, env.now);
            w.staff("staff-pin-locked", &[("time", ArgValue::Str(&time))])
        }
        PadMessage::Length => w.staff("staff-pin-length", &[]),
        PadMessage::Checking => w.staff("staff-pin-checking", &[]),
        PadMessage::Wrong(tries) => w.staff("staff-pin-wrong", &[("tries", ArgValue::Num(i64::from(*tries)))]),
        PadMessage::DbWrite(e) => w.staff("staff-db-write-failed", &[("error", ArgValue::Str(e))]),
        PadMessage::DbRead(e) => w.staff("staff-db-read-failed", &[("error", ArgValue::Str(e))]),
        PadMessage::CheckFailed(e) => w.staff("staff-pin-check-failed", &[("error", ArgValue::Str(e))]),
    };
    StaffPinView {
        title: w.staff("staff-pin-title", &[]),
        hint: w.staff("staff-pin-hint", &[]),
        dots: vec!["●"; n].join(" "),
        typed: w.staff("staff-pin-typed", &[("count", ArgValue::Num(n as i64))]),
        message,
        error: !matches!(s.message, PadMessage::None | PadMessage::Checking),
        checking: s.checking.is_some(),
        enabled: s.enabled,
        unlock: w.staff("staff-pin-unlock", &[]),
        close: w.staff("staff-close", &[]),
    }
}

/// A count by state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffCountView {
    /// The state.
    pub label: String,
    /// How many.
    pub count: String,
}

/// A submission's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffItemView {
    /// The reference.
    pub reference: String,
    /// The form's title.
    pub form: String,
    /// Its state in words.
    pub state: String,
    /// Age, attempts, next attempt.
    pub details: String,
    /// The last error.
    pub error: String,
    /// Parked: "Retry" shows.
    pub parked: bool,
    /// "Retry ABC-123".
    pub retry_label: String,
}

/// The staff screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StaffView {
    /// Heading.
    pub title: String,
    /// Counts by state.
    pub counts: Vec<StaffCountView>,
    /// "Connection to the CRM".
    pub connectivity_title: String,
    /// Its lines.
    pub connectivity: String,
    /// All is well.
    pub connectivity_ok: bool,
    /// "Send now", "Refresh".
    pub send_now: String,
    /// "Refresh".
    pub refresh: String,
    /// After an action.
    pub notice: String,
    /// "Submissions".
    pub rows_title: String,
    /// "None yet", or "200 of 1,204 shown".
    pub rows_note: String,
    /// The rows.
    pub rows: Vec<StaffItemView>,
    /// "Devices".
    pub devices_title: String,
    /// A line per device.
    pub devices: String,
    /// Every device is well.
    pub devices_ok: bool,
    /// "Print a test page".
    pub print_test: String,
    /// "Visitor ratings today".
    pub ratings_title: String,
    /// One line per form or service rated today, or "none yet".
    pub ratings: String,
}

/// The staff screen: blank until it has been read, and again once it is closed.
pub fn staff(app: &App, env: &Env) -> StaffView {
    let w = Words::of(app, env);
    let s = &app.staff;
    let now = env.now;
    let Some(loaded) = s.loaded.as_ref() else {
        return StaffView::default();
    };
    let now_text = time::OffsetDateTime::from_unix_timestamp(now)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default();
    // Each row judged once, those needing staff first (a stable sort).
    let mut rows: Vec<(&StaffRow, bool)> = loaded
        .rows
        .iter()
        .map(|r| (r, r.needs_attention(&now_text, s.attention_after)))
        .collect();
    rows.sort_by_key(|(_, needs)| !needs);
    let attention = rows.iter().filter(|(_, needs)| *needs).count();
    let counts = StaffState::ALL
        .iter()
        .map(|state| StaffCountView {
            label: w.staff(&format!("staff-count-{}", state.name()), &[]),
            count: rows.iter().filter(|(r, _)| r.state == *state).count().to_string(),
        })
        .collect();
    let rows_note = if rows.len() > MAX_ROWS {
        w.staff(
            "staff-rows-more",
            &[
                ("shown", ArgValue::Num(MAX_ROWS as i64)),
                ("total", ArgValue::Num(rows.len() as i64)),
            ],
        )
    } else if rows.is_empty() {
        w.staff("staff-rows-empty", &[])
    } else {
        String::new()
    };
    let (lines, crm_ok) = super::staff_lines::connectivity(&w, s, loaded, attention, now);
    let (device_lines, devices_ok) = super::staff_lines::devices(&w, s, now);
    let notice = match (&s.notice, &loaded.error) {
        (_, Some(e)) => w.staff("staff-db-read-failed", &[("error", ArgValue::Str(e))]),
        (Notice::None, None) => String::new(),
        (Notice::Text(id, "", _), None) => w.staff(id, &[]),
        (Notice::Text(id, arg, value), None) => w.staff(id, &[(arg, ArgValue::Str(value))]),
        (Notice::Count(id, n), None) => w.staff(id, &[("count", ArgValue::Num(*n))]),
    };
    StaffView {
        title: w.staff("staff-title", &[]),
        counts,
        connectivity_title: w.staff("staff-connectivity-title", &[]),
        connectivity: lines.join("\n"),
        connectivity_ok: crm_ok && attention == 0,
        send_now: w.staff("staff-send-now", &[]),
        refresh: w.staff("staff-refresh", &[]),
        notice,
        rows_title: w.staff("staff-rows-title", &[]),
        rows_note,
        rows: rows
            .iter()
            .take(MAX_ROWS)
            .map(|(r, needs)| item(&w, env, r, now, *needs))
            .collect(),
        devices_title: w.staff("staff-devices-title", &[]),
        devices: device_lines.join("\n"),
        devices_ok,
        print_test: w.staff("staff-print-test", &[]),
        ratings_title: w.staff("staff-ratings-title", &[]),
        ratings: ratings(&w, env, &loaded.ratings),
    }
}

/// Today's ratings as lines: the form's title or the service's name, how many, the average.
fn ratings(w: &Words, env: &Env, rated: &[(crate::app::rate::Rated, [u32; 5])]) -> String {
    use crate::app::rate::Rated;
    if rated.is_empty() {
        return w.staff("staff-ratings-none", &[]);
    }
    let locale = &env.ctx.config.staff.locale;
    rated
        .iter()
        .map(|(subject, counts)| {
            let name = match subject {
                Rated::Form(id) => env.ctx.translations.form_text(locale, id, "title", None),
                Rated::Service(id) => super::service_name(env, locale, id),
            };
            let count: u32 = counts.iter().sum();
            let total: u32 = counts.iter().zip(1..).map(|(n, score)| n * score).sum();
            let average = format!("{:.1}", f64::from(total) / f64::from(count.max(1)));
            w.staff(
                "staff-ratings-line",
                &[
                    ("subject", ArgValue::Str(&name)),
                    ("count", ArgValue::Num(i64::from(count))),
                    ("average", ArgValue::Str(&average)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn item(w: &Words, env: &Env, r: &StaffRow, now: i64, attention: bool) -> StaffItemView {
    let age = unix_of(&r.created_at).map_or_else(|| "?".to_owned(), |t| human_age(now - t));
    let mut details = vec![
        w.staff("staff-row-age", &[("age", ArgValue::Str(&age))]),
        w.staff(
            "staff-row-attempts",
            &[("attempts", ArgValue::Num(i64::from(r.attempts)))],
        ),
    ];
    if matches!(r.state, StaffState::Pending | StaffState::Retrying)
        && let Some(t) = r.next_attempt_at.as_deref().and_then(unix_of)
        && t > now
    {
        let time = staff_time(w, t, now);
        details.push(w.staff("staff-row-next", &[("time", ArgValue::Str(&time))]));
    }
    let locale = &env.ctx.config.staff.locale;
    let form = env.ctx.translations.form_text(locale, &r.form_id, "title", None);
    let state = w.staff(&format!("staff-state-{}", r.state.name()), &[]);
    let state = if attention && r.state == StaffState::Retrying {
        let since = r.failing_since.as_deref().and_then(unix_of).unwrap_or(now);
        let ago = human_age(now - since);
        w.staff(
            "staff-state-attention",
            &[("state", ArgValue::Str(&state)), ("for", ArgValue::Str(&ago))],
        )
    } else {
        state
    };
    StaffItemView {
        reference: r.reference.clone(),
        form,
        state,
        details: details.join(" · "),
        error: r
            .last_error
            .as_deref()
            .map(|e| w.staff("staff-row-error", &[("error", ArgValue::Str(e))]))
            .unwrap_or_default(),
        parked: r.state == StaffState::Parked,
        retry_label: w.staff("staff-retry", &[("reference", ArgValue::Str(&r.reference))]),
    }
}
