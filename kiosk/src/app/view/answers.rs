//! The visitor's later pages as plain structs: "Check your answers" (every answer in the
//! visitor's words), the confirmation, and "Track an enquiry".

use super::{Words, print_note};
use crate::app::track::TrackView;
use crate::app::{App, Env};
use onestop::forms::{FieldKind, FormDef, Question};
use onestop::i18n::ArgValue;
use serde_json::Value as Json;

/// A row of "Check your answers".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRowView {
    /// The question's id.
    pub id: String,
    /// The question, short.
    pub label: String,
    /// The answer.
    pub value: String,
    /// "Change".
    pub change_label: String,
}

/// "Check your answers".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckView {
    /// The heading.
    pub title: String,
    /// The form's title.
    pub form_title: String,
    /// The answers.
    pub rows: Vec<CheckRowView>,
    /// "Now send your form".
    pub send_heading: String,
    /// What sending means.
    pub send_body: String,
    /// "Send".
    pub send: String,
    /// The form could not be stored.
    pub error: String,
}

/// "Check your answers" (empty when no form is in progress).
pub fn check(app: &App, env: &Env) -> CheckView {
    let w = Words::of(app, env);
    let (form_title, rows) = match app.form.walk.as_ref() {
        Some(walk) => {
            let form = walk.form();
            let rows = walk
                .visible()
                .iter()
                .map(|&i| {
                    let q = &form.questions[i];
                    CheckRowView {
                        id: q.id.clone(),
                        label: w.form(&form.id, &q.id, Some("check")),
                        value: display_answer(&w, form, q, walk.answer(&q.id)),
                        change_label: w.t("check-change"),
                    }
                })
                .collect();
            (w.form(&form.id, "title", None), rows)
        }
        None => (String::new(), Vec::new()),
    };
    CheckView {
        title: w.t("check-title"),
        form_title,
        rows,
        send_heading: w.t("check-send-heading"),
        send_body: w.t("check-send-body"),
        send: w.t("send"),
        error: if app.form.send_failed {
            w.t("error-send-failed")
        } else {
            String::new()
        },
    }
}

/// The confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmView {
    /// Title, reference label, reference, "write it down", "what happens next", the next steps,
    /// and Finish.
    pub title: String,
    /// "Your reference".
    pub reference_label: String,
    /// The reference.
    pub reference: String,
    /// "Write it down".
    pub write_down: String,
    /// "What happens next".
    pub next_heading: String,
    /// The form's next steps.
    pub next_steps: String,
    /// "Finish".
    pub finish: String,
    /// The printer's line.
    pub print_note: String,
    /// Printing failed.
    pub print_failed: bool,
}

/// The confirmation (empty words for the reference before a Send).
pub fn confirm(app: &App, env: &Env) -> ConfirmView {
    let w = Words::of(app, env);
    let (reference, next_steps) = match &app.form.receipt {
        // Forms from the CRM's catalogue have no next steps of their own.
        Some((reference, form)) => (
            reference.clone(),
            w.form_opt(form, "next-steps", None)
                .unwrap_or_else(|| w.t("confirm-next-generic")),
        ),
        None => (String::new(), String::new()),
    };
    let (print_note, print_failed) = print_note(app, &w, "print-receipt");
    ConfirmView {
        title: w.t("confirm-title"),
        reference_label: w.t("confirm-reference"),
        reference,
        write_down: w.t("confirm-write-down"),
        next_heading: w.t("confirm-next"),
        next_steps,
        finish: w.t("confirm-finish"),
        print_note,
        print_failed,
    }
}

/// "Track an enquiry".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackPageView {
    /// Heading, hint, the box's label, Find.
    pub title: String,
    /// Under the heading.
    pub hint: String,
    /// The box's label.
    pub label: String,
    /// "Find".
    pub find: String,
    /// What is typed.
    pub text: String,
    /// The answer, or what is wrong with what was typed.
    pub message: String,
    /// The message is an error.
    pub is_error: bool,
}

/// "Track an enquiry".
pub fn track(app: &App, env: &Env) -> TrackPageView {
    let w = Words::of(app, env);
    let (message, is_error) = match &app.track.view {
        Some(view) => (track_text(&w, view), view.message.starts_with("track-error")),
        None => (String::new(), false),
    };
    TrackPageView {
        title: w.t("track-title"),
        hint: w.t("track-hint"),
        label: w.t("track-label"),
        find: w.t("track-find"),
        text: app.track.text.clone(),
        message,
        is_error,
    }
}

/// A timestamp as a date a visitor reads, e.g. `20/11/2026` (in the time's own offset).
fn day(rfc3339: &str) -> String {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| format!("{:02}/{:02}/{}", t.day(), u8::from(t.month()), t.year()))
        .unwrap_or_default()
}

/// Everything "Track an enquiry" says about one reference, a paragraph per line.
fn track_text(w: &Words, view: &TrackView) -> String {
    use onestop::crm::status::StatusState;
    let mut lines = vec![w.ta(&view.message, &[("crm", ArgValue::Str(&view.crm_id))])];
    if let Some(cached) = &view.status {
        let s = &cached.status;
        lines.push(match &s.state {
            StatusState::Open => w.t("track-status-open"),
            StatusState::Closed => w.t("track-status-closed"),
            StatusState::Other(word) => w.ta("track-status-other", &[("status", ArgValue::Str(word))]),
        });
        if let Some(expected) = s.expected.as_deref().filter(|_| s.state != StatusState::Closed) {
            lines.push(w.ta("track-status-expected", &[("date", ArgValue::Str(&day(expected)))]));
        }
        if let Some(notes) = &s.notes {
            lines.push(w.ta("track-status-notes", &[("notes", ArgValue::Str(notes))]));
        }
    }
    if view.waiting_for.is_some() {
        lines.push(w.t("track-checking"));
    } else if view.unreachable {
        lines.push(w.t("track-offline"));
    }
    if let Some(cached) = view.status.as_ref().filter(|_| view.waiting_for.is_none()) {
        lines.push(w.ta("track-checked", &[("date", ArgValue::Str(&day(&cached.checked_at)))]));
    }
    lines.join("\n\n")
}

/// An answer as the check page shows it, in the visitor's language.
fn display_answer(w: &Words, form: &FormDef, q: &Question, raw: Option<&Json>) -> String {
    let Some(raw) = raw else {
        return w.t("check-not-answered");
    };
    let opt = |o: &str| w.form(&form.id, &q.id, Some(&format!("opt-{o}")));
    let part = |k: &str| raw.get(k).and_then(Json::as_str).unwrap_or("").trim().to_owned();
    match q.kind {
        FieldKind::SingleChoice => raw.as_str().map(opt).unwrap_or_default(),
        FieldKind::MultipleChoice => raw
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(opt)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        FieldKind::YesNo => match raw {
            Json::Bool(true) => w.t("yes"),
            Json::String(v) if v == "yes" => w.t("yes"),
            _ => w.t("no"),
        },
        FieldKind::Consent => w.t("consent-agree"),
        FieldKind::Date => raw
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| format!("{} / {} / {}", part("day"), part("month"), part("year"))),
        FieldKind::Address => {
            let street = format!("{} {}", part("house"), part("street"));
            [street.trim().to_owned(), part("town"), part("postcode").to_uppercase()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        }
        _ => raw.as_str().map(str::to_owned).unwrap_or_else(|| raw.to_string()),
    }
}
