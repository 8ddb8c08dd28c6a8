//! The form a visitor is filling in: the walk through its questions (`onestop::forms::Walk`), the
//! text typed in each box of the current question, the choices ticked, the errors shown, and
//! the answer in the shape validation takes. Pure: the shell copies it to the screen.

use onestop::forms::{FieldError, FieldKind, FormDef, Step, Walk};
use onestop::keyboard::InputKind;
use serde_json::{Value as Json, json};

/// One form in progress (none between forms).
#[derive(Debug, Default)]
pub struct FormState {
    /// The walk, from the first question to "Check your answers".
    pub walk: Option<Walk>,
    /// The draft's id: random, never shown.
    pub session_id: String,
    /// The boxes of the current question: one, or day/month/year, or postcode/house/street/town.
    pub fields: [String; 4],
    /// The box typed into.
    pub part: i32,
    /// Choices ticked on the current question.
    pub selected: Vec<String>,
    /// What is wrong with the last Continue.
    pub errors: Vec<FieldError>,
    /// Bumped after a failed Continue: the error summary takes focus.
    pub summary_focus: u64,
    /// "Send" could not store the form.
    pub send_failed: bool,
    /// After "Send": the reference and the form's id.
    pub receipt: Option<(String, String)>,
    /// Addresses are looked up in the council's gazetteer (the kiosk holds one).
    pub lookup: bool,
    /// The address question's stage, with a gazetteer.
    pub address: super::address::AddressStep,
}

/// What the keyboard types for this kind (and part of a compound answer).
pub fn input_kind(k: FieldKind, part: i32) -> Option<InputKind> {
    match k {
        FieldKind::ShortText | FieldKind::LongText => Some(InputKind::Text),
        FieldKind::Number => Some(InputKind::Number),
        FieldKind::Date => Some(InputKind::Date),
        FieldKind::Email => Some(InputKind::Email),
        FieldKind::UkPhone => Some(InputKind::Phone),
        FieldKind::UkPostcode => Some(InputKind::Postcode),
        FieldKind::Address if part == 0 => Some(InputKind::Postcode),
        FieldKind::Address => Some(InputKind::Text),
        _ => None,
    }
}

/// The box an error belongs to.
pub fn part_index(part: Option<&str>) -> i32 {
    match part {
        Some("postcode" | "day") => 0,
        Some("house" | "month") => 1,
        Some("street" | "year") => 2,
        Some("town") => 3,
        _ => 0,
    }
}

/// The last box of a question of this kind: Enter moves through the boxes up to it.
pub fn last_part(kind: FieldKind) -> i32 {
    match kind {
        FieldKind::Address => 3,
        FieldKind::Date => 2,
        _ => 0,
    }
}

impl FormState {
    /// The form and the index of the question showing (none on "Check your answers").
    pub fn current(&self) -> Option<(&FormDef, usize)> {
        let w = self.walk.as_ref()?;
        match w.step() {
            Step::Question(i) => Some((w.form().as_ref(), i)),
            Step::Check => None,
        }
    }

    /// The kind the question showing shows as (an address looked up in the gazetteer shows as
    /// a postcode box, then a list, then the address boxes: [`super::address`]).
    pub fn kind(&self) -> Option<FieldKind> {
        self.current().map(|(f, i)| self.shown_as(f.questions[i].kind))
    }

    /// Put the saved answer of the current question into the boxes and choices.
    pub fn load(&mut self) {
        self.part = 0;
        self.fields = Default::default();
        self.selected.clear();
        let Some((form, i)) = self.current() else { return };
        let q = &form.questions[i];
        let kind = q.kind;
        let raw = self
            .walk
            .as_ref()
            .and_then(|w| w.answer(&q.id))
            .cloned()
            .unwrap_or(Json::Null);
        let text = |v: &Json, k: &str| v.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
        let mut f: [String; 4] = Default::default();
        let mut selected = Vec::new();
        match kind {
            FieldKind::Date => {
                if let Some(sv) = raw.as_str() {
                    let p: Vec<&str> = sv.split('-').collect();
                    if p.len() == 3 {
                        f = [p[2].into(), p[1].into(), p[0].into(), String::new()];
                    }
                } else {
                    f = [
                        text(&raw, "day"),
                        text(&raw, "month"),
                        text(&raw, "year"),
                        String::new(),
                    ];
                }
            }
            FieldKind::Address if self.lookup => {
                self.load_address(&raw);
                return;
            }
            FieldKind::Address => {
                f = [
                    text(&raw, "postcode"),
                    text(&raw, "house"),
                    text(&raw, "street"),
                    text(&raw, "town"),
                ]
            }

            FieldKind::SingleChoice | FieldKind::YesNo => {
                if let Some(v) = raw.as_str() {
                    selected.push(v.to_owned());
                } else if let Some(b) = raw.as_bool() {
                    selected.push(if b { "yes" } else { "no" }.to_owned());
                }
            }
            FieldKind::MultipleChoice => {
                selected = raw
                    .as_array()
                    .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default();
            }
            FieldKind::Consent => {
                if raw == Json::Bool(true) {
                    selected.push("yes".into());
                }
            }
            _ => {
                f[0] = match &raw {
                    Json::String(s) => s.clone(),
                    Json::Number(n) => n.to_string(),
                    _ => String::new(),
                }
            }
        }
        self.fields = f;
        self.selected = selected;
    }

    /// The answer on screen as raw JSON, in the shape validation takes.
    pub fn collect(&self) -> Option<Json> {
        if self.looks_up() {
            return Some(self.collect_address());
        }
        let kind = self.kind()?;
        let [f0, f1, f2, f3] = &self.fields;
        Some(match kind {
            FieldKind::Date => {
                if f0.trim().is_empty() && f1.trim().is_empty() && f2.trim().is_empty() {
                    Json::Null
                } else {
                    json!({"day": f0, "month": f1, "year": f2})
                }
            }
            FieldKind::Address => json!({"postcode": f0, "house": f1, "street": f2, "town": f3}),
            FieldKind::SingleChoice | FieldKind::YesNo => self.selected.first().map_or(Json::Null, |v| json!(v)),
            FieldKind::MultipleChoice => json!(self.selected),
            FieldKind::Consent => json!(self.selected.iter().any(|v| v == "yes")),
            _ => json!(f0),
        })
    }

    /// Keep what is on screen without checking it (a language switch, a detour, Back).
    pub fn keep_typed(&mut self) {
        if let Some(raw) = self.collect()
            && let Some(w) = self.walk.as_mut()
        {
            w.keep(raw);
        }
    }

    /// Tick or untick a choice: radios replace, checkboxes toggle.
    pub fn toggle(&mut self, id: &str) {
        let Some(kind) = self.kind() else { return };
        if kind == FieldKind::MultipleChoice || kind == FieldKind::Consent {
            if let Some(p) = self.selected.iter().position(|v| v == id) {
                self.selected.remove(p);
            } else {
                self.selected.push(id.to_owned());
            }
        } else {
            self.selected = vec![id.to_owned()];
        }
    }

    /// The text of box `part`.
    pub fn field_mut(&mut self, part: i32) -> &mut String {
        &mut self.fields[part.clamp(0, 3) as usize]
    }
}
