//! The visitor's first pages as plain structs: welcome, menu, and a question.

use super::Words;
use crate::app::form::part_index;
use crate::app::{App, Env, TICKET_ID, TRACK_ID};
use onestop::forms::{FieldError, FieldKind};
use onestop::i18n::ArgValue;

/// A language button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageView {
    /// Its tag.
    pub tag: String,
    /// Its own name for itself.
    pub name: String,
    /// The font it needs.
    pub font: String,
}

/// The welcome page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WelcomeView {
    /// The greeting.
    pub title: String,
    /// "Choose your language".
    pub choose: String,
    /// The languages.
    pub languages: Vec<LanguageView>,
    /// "Closed, opens at 09:00" outside opening hours; empty while open.
    pub closed: String,
}

/// The welcome page: it greets in the current language (English before a choice).
pub fn welcome(app: &App, env: &Env) -> WelcomeView {
    let w = Words::of(app, env);
    let council = &env.ctx.config.kiosk.council_name;
    WelcomeView {
        title: w.ta("welcome-title", &[("council", ArgValue::Str(council))]),
        choose: w.t("welcome-choose-language"),
        closed: crate::app::hours::notice_now(&w, env),
        languages: env
            .ctx
            .config
            .kiosk
            .locales
            .iter()
            .filter_map(|t| env.ctx.translations.get(t))
            .map(|l| LanguageView {
                tag: l.tag.clone(),
                name: l.info.name.clone(),
                font: l.info.font.clone(),
            })
            .collect(),
    }
}

/// A menu card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceView {
    /// A form's id, or "Take a ticket" or "Track an enquiry".
    pub id: String,
    /// Its title.
    pub title: String,
    /// One line on it.
    pub summary: String,
}

/// The menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuView {
    /// The heading.
    pub title: String,
    /// Under it.
    pub hint: String,
    /// The cards: "Take a ticket" first when there is a queue, "Track an enquiry" last.
    pub services: Vec<ServiceView>,
    /// "Closed, opens at 09:00" outside opening hours; empty while open.
    pub closed: String,
}

/// The menu.
pub fn menu(app: &App, env: &Env) -> MenuView {
    let w = Words::of(app, env);
    let closed = crate::app::hours::notice_now(&w, env);
    let forms = crate::app::hours::forms_offered(env);
    let mut services: Vec<ServiceView> = env
        .ctx
        .menu()
        .into_iter()
        .filter(|_| forms)
        .map(|f| ServiceView {
            id: f.id.clone(),
            title: w.form(&f.id, "title", None),
            summary: w.form(&f.id, "summary", None),
        })
        .collect();
    if env.has_queue {
        services.insert(
            0,
            ServiceView {
                id: TICKET_ID.into(),
                title: w.t("ticket-menu-title"),
                // Closed: the card says so, and when tickets are given out again.
                summary: if closed.is_empty() {
                    w.t("ticket-menu-summary")
                } else {
                    closed.clone()
                },
            },
        );
    }
    services.push(ServiceView {
        id: TRACK_ID.into(),
        title: w.t("track-menu-title"),
        summary: w.t("track-menu-summary"),
    });
    MenuView {
        title: w.t("menu-title"),
        hint: w.t("menu-hint"),
        services,
        closed,
    }
}

/// A choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceView {
    /// Its id.
    pub id: String,
    /// Its words.
    pub label: String,
    /// Ticked.
    pub selected: bool,
    /// The icon beside its words (a name in `onestop::pictures`), or empty.
    pub icon: String,
}

/// A tappable area of a question's picture, in fractions of the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionView {
    /// The option it chooses.
    pub id: String,
    /// Its words (read aloud, and the touch target's name).
    pub label: String,
    /// Left, top, width, height.
    pub rect: [f32; 4],
    /// Its option is chosen.
    pub selected: bool,
}

/// A question's picture ("where is the problem?"): which, its shape, its areas.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramView {
    /// The picture's name in `onestop::pictures`.
    pub name: String,
    /// Width over height.
    pub aspect: f32,
    /// The areas, one per option they choose.
    pub regions: Vec<RegionView>,
}

/// An error in the summary, with the box it points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorView {
    /// What is wrong.
    pub message: String,
    /// The box.
    pub part: i32,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    /// Its kind.
    pub kind: FieldKind,
    /// The form's title.
    pub form_title: String,
    /// "Question 2 of 5".
    pub progress: String,
    /// The question.
    pub label: String,
    /// Help under it.
    pub hint: String,
    /// It may be left empty.
    pub optional: bool,
    /// Its choices.
    pub options: Vec<ChoiceView>,
    /// The error summary.
    pub errors: Vec<ErrorView>,
    /// Each box's own error.
    pub part_errors: [String; 4],
    /// Each box's label.
    pub part_labels: Vec<String>,
    /// What is in each box.
    pub fields: [String; 4],
    /// The box typed into.
    pub active_part: i32,
    /// Bumped after a failed Continue: the summary takes focus.
    pub summary_focus: u64,
    /// The question's picture, if it has one.
    pub diagram: Option<DiagramView>,
}

fn error_text(w: &Words, e: &FieldError) -> String {
    let args: Vec<(&str, ArgValue)> = e.args.iter().map(|(k, v)| (k.as_str(), ArgValue::Num(*v))).collect();
    w.ta(&e.message, &args)
}

/// The question showing (an empty view between questions).
pub fn question(app: &App, env: &Env) -> QuestionView {
    let w = Words::of(app, env);
    let f = &app.form;
    let Some((form, i)) = f.current() else {
        return QuestionView {
            kind: FieldKind::ShortText,
            form_title: String::new(),
            progress: String::new(),
            label: String::new(),
            hint: String::new(),
            optional: false,
            options: Vec::new(),
            errors: Vec::new(),
            part_errors: Default::default(),
            part_labels: Vec::new(),
            fields: Default::default(),
            active_part: 0,
            summary_focus: f.summary_focus,
            diagram: None,
        };
    };
    let q = &form.questions[i];
    let fid = &form.id;
    let (at, total) = f.walk.as_ref().map_or((1, 1), |w| w.progress());
    let picked = |o: &str| f.selected.iter().any(|v| v == o);
    let options: Vec<ChoiceView> = match q.kind {
        FieldKind::YesNo => ["yes", "no"]
            .iter()
            .map(|o| ChoiceView {
                id: (*o).into(),
                label: w.t(o),
                selected: picked(o),
                icon: String::new(),
            })
            .collect(),
        FieldKind::Consent => vec![ChoiceView {
            id: "yes".into(),
            label: w.t("consent-agree"),
            selected: picked("yes"),
            icon: String::new(),
        }],
        _ => q
            .options
            .iter()
            .map(|o| ChoiceView {
                id: o.clone(),
                label: w.form(fid, &q.id, Some(&format!("opt-{o}"))),
                selected: picked(o),
                icon: q.icon(o).unwrap_or_default().to_owned(),
            })
            .collect(),
    };
    let mut hint = w.form_opt(fid, &q.id, Some("hint")).unwrap_or_default();
    let kind_hint = match q.kind {
        FieldKind::MultipleChoice => Some(match q.max_selected {
            Some(m) => w.ta("choose-up-to", &[("max", ArgValue::Num(m as i64))]),
            None => w.t("choose-many"),
        }),
        FieldKind::Date => Some(w.t("date-hint")),
        FieldKind::UkPhone => Some(w.t("phone-hint")),
        FieldKind::UkPostcode => Some(w.t("postcode-hint")),
        _ => None,
    };
    // A form's own hint wins for choices (it usually states the limit already); format examples
    // (dates, phones, postcodes) are added under it.
    let examples = !matches!(q.kind, FieldKind::MultipleChoice);
    if let Some(k) = kind_hint
        && (hint.is_empty() || examples)
    {
        hint = if hint.is_empty() { k } else { format!("{hint}\n{k}") };
    }
    let part_labels = match q.kind {
        FieldKind::Date => vec![w.t("date-day"), w.t("date-month"), w.t("date-year"), String::new()],
        _ => vec![
            w.t("address-postcode"),
            w.t("address-house"),
            w.t("address-street"),
            w.t("address-town"),
        ],
    };
    let mut part_errors: [String; 4] = Default::default();
    for e in &f.errors {
        let p = part_index(e.part.as_deref()) as usize;
        if part_errors[p].is_empty() {
            part_errors[p] = error_text(&w, e);
        }
    }
    let mut label = w.form(fid, &q.id, None);
    let mut options = options;
    if let Some((heading, address_hint, choices)) = super::address::words(&w, f, &label) {
        (label, hint, options) = (heading, address_hint, choices);
    }
    QuestionView {
        kind: f.kind().unwrap_or(q.kind),
        form_title: w.form(fid, "title", None),
        progress: w.ta(
            "question-progress",
            &[
                ("current", ArgValue::Num(at as i64)),
                ("total", ArgValue::Num(total as i64)),
            ],
        ),
        label,
        hint,
        optional: !q.required && q.kind != FieldKind::Consent,
        errors: f
            .errors
            .iter()
            .map(|e| ErrorView {
                message: error_text(&w, e),
                part: part_index(e.part.as_deref()),
            })
            .collect(),
        part_errors,
        part_labels,
        fields: f.fields.clone(),
        active_part: f.part,
        summary_focus: f.summary_focus,
        diagram: q.diagram.map(|d| DiagramView {
            name: d.name.to_owned(),
            aspect: d.aspect,
            regions: d
                .regions
                .iter()
                .map(|r| RegionView {
                    id: r.option.to_owned(),
                    label: options
                        .iter()
                        .find(|o| o.id == r.option)
                        .map(|o| o.label.clone())
                        .unwrap_or_default(),
                    rect: [r.x, r.y, r.w, r.h],
                    selected: picked(r.option),
                })
                .collect(),
        }),
        options,
    }
}
