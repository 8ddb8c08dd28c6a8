//! Pure validation: raw answers (JSON values, as the kiosk or a script gives them) in, either
//! [`ValidAnswers`] or a list of [`FieldError`]s out. Every error names its field and carries a
//! Fluent message id from `kiosk.ftl`, so the UI can say it in the visitor's language. No I/O, no
//! clock: "today" is passed in.

use super::address::validate_address;
pub use super::address::{Address, Location};
use super::normalize;
use super::schema::{FieldKind, FormDef, Question};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::BTreeMap;
use time::{Date, Month};

/// Answers as received: question id → JSON value. Unvalidated; may be anything.
pub type Answers = BTreeMap<String, Json>;

/// Today's date, passed in so that validation stays pure and testable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub Date);

impl Today {
    /// A fixed date (tests, replays).
    ///
    /// # Panics
    /// If the date does not exist.
    pub fn fixed(year: i32, month: u8, day: u8) -> Today {
        let month = Month::try_from(month).expect("month 1-12");
        Today(Date::from_calendar_date(year, month, day).expect("a real date"))
    }

    /// Today in the machine's local time zone (UTC if the zone cannot be read).
    pub fn now() -> Today {
        let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
        Today(now.date())
    }
}

/// One validated, normalised answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Value {
    /// Short or long text, trimmed.
    Text(String),
    /// A whole number.
    Number(i64),
    /// `YYYY-MM-DD`.
    Date(String),
    /// One option id.
    Choice(String),
    /// Option ids, in the form's order.
    Choices(Vec<String>),
    /// Yes (true) or no.
    YesNo(bool),
    /// A normalised email address.
    Email(String),
    /// A normalised UK phone number.
    Phone(String),
    /// A normalised UK postcode.
    Postcode(String),
    /// A postal address.
    Address(Address),
    /// Consent given.
    Consent(bool),
}

impl Value {
    /// The option ids this answer stands for, for `show_if` conditions.
    fn matches_any(&self, any_of: &[String]) -> bool {
        let has = |s: &str| any_of.iter().any(|o| o == s);
        match self {
            Value::Choice(c) => has(c),
            Value::Choices(cs) => cs.iter().any(|c| has(c)),
            Value::YesNo(b) | Value::Consent(b) => has(if *b { "yes" } else { "no" }),
            _ => false,
        }
    }
}

/// Answers that passed validation against one version of one form. Only [`validate`] makes these,
/// so holding one proves the answers were checked. Hidden questions' answers are not in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidAnswers {
    /// The form filled in.
    pub form_id: String,
    /// Its version at the time.
    pub form_version: u32,
    /// Question id → answer, for the questions that were shown and answered.
    pub values: BTreeMap<String, Value>,
}

/// What is wrong with one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The question id (or the unknown id that was sent).
    pub field: String,
    /// Which part of a compound answer: `postcode`, `house`, `street`, `town`, `day`, `month`, `year`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Fluent message id in `kiosk.ftl`, e.g. `error-postcode`.
    pub message: String,
    /// Fluent arguments, e.g. `max` → 100.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, i64>,
}

impl FieldError {
    pub(super) fn new(field: &str, message: &str) -> FieldError {
        FieldError {
            field: field.to_owned(),
            part: None,
            message: message.to_owned(),
            args: BTreeMap::new(),
        }
    }

    pub(super) fn part(mut self, part: &str) -> FieldError {
        self.part = Some(part.to_owned());
        self
    }

    pub(super) fn arg(mut self, name: &str, value: i64) -> FieldError {
        self.args.insert(name.to_owned(), value);
        self
    }
}

/// Whether `q` is shown, given the answers so far.
pub fn is_visible(q: &Question, values: &BTreeMap<String, Value>) -> bool {
    match &q.show_if {
        None => true,
        Some(c) => values.get(&c.question).is_some_and(|v| v.matches_any(&c.any_of)),
    }
}

/// Validate a whole form's answers. Errors come in question order, unknown ids last.
pub fn validate(form: &FormDef, answers: &Answers, today: Today) -> Result<ValidAnswers, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut values = BTreeMap::new();
    for q in &form.questions {
        // Visibility depends on earlier *valid* answers; conditions only look back.
        if !is_visible(q, &values) {
            continue;
        }
        match validate_answer(q, answers.get(&q.id), today) {
            Ok(Some(v)) => {
                values.insert(q.id.clone(), v);
            }
            Ok(None) => {}
            Err(mut e) => errors.append(&mut e),
        }
    }
    for id in answers.keys() {
        if form.question(id).is_none() {
            errors.push(FieldError::new(id, "error-unknown-question"));
        }
    }
    if errors.is_empty() {
        Ok(ValidAnswers {
            form_id: form.id.clone(),
            form_version: form.version,
            values,
        })
    } else {
        Err(errors)
    }
}

/// Whether a raw answer counts as "not answered".
pub fn is_blank(raw: Option<&Json>) -> bool {
    match raw {
        None | Some(Json::Null) => true,
        Some(Json::String(s)) => s.trim().is_empty(),
        Some(Json::Array(a)) => a.is_empty(),
        Some(Json::Object(o)) => o.values().all(|v| is_blank(Some(v))),
        Some(Json::Bool(b)) => !b,
        Some(Json::Number(_)) => false,
    }
}

/// Validate one question's answer. `Ok(None)` means an optional question left blank.
pub fn validate_answer(q: &Question, raw: Option<&Json>, today: Today) -> Result<Option<Value>, Vec<FieldError>> {
    let blank = match q.kind {
        // A "no" is an answer; a missing one is not.
        FieldKind::YesNo => {
            matches!(raw, None | Some(Json::Null)) || raw.and_then(Json::as_str).is_some_and(|s| s.trim().is_empty())
        }
        _ => is_blank(raw),
    };
    if blank {
        if q.required && q.kind == FieldKind::Address {
            // Say which lines are needed, as GOV.UK does, rather than one vague error.
            return validate_address(q, &Json::Object(Default::default())).map(Some);
        }
        return if q.required {
            let message = match q.kind {
                FieldKind::Consent => "error-consent",
                FieldKind::SingleChoice | FieldKind::MultipleChoice | FieldKind::YesNo => "error-choose",
                _ => "error-required",
            };
            Err(vec![FieldError::new(&q.id, message)])
        } else {
            Ok(None)
        };
    }
    let raw = raw.expect("not blank");
    let one = |e: FieldError| Err(vec![e]);
    let wrong_type = || Err(vec![FieldError::new(&q.id, "error-wrong-type")]);
    match q.kind {
        FieldKind::ShortText | FieldKind::LongText => {
            let Some(s) = raw.as_str() else { return wrong_type() };
            let text = s.trim();
            check_text(q, text)?;
            if let Some(p) = &q.pattern
                && !p.matches(text)
            {
                return one(FieldError::new(&q.id, "error-pattern"));
            }
            Ok(Some(Value::Text(text.to_owned())))
        }
        FieldKind::Number => {
            let n = match raw {
                Json::Number(n) => n.as_i64(),
                Json::String(s) => {
                    let t = s.trim();
                    if t.len() > 20 {
                        None
                    } else {
                        t.replace(',', "").parse::<i64>().ok()
                    }
                }
                _ => return wrong_type(),
            };
            let Some(n) = n else {
                return one(FieldError::new(&q.id, "error-number"));
            };
            if let Some(min) = q.min
                && n < min
            {
                return one(FieldError::new(&q.id, "error-too-small").arg("min", min));
            }
            if let Some(max) = q.max
                && n > max
            {
                return one(FieldError::new(&q.id, "error-too-large").arg("max", max));
            }
            Ok(Some(Value::Number(n)))
        }
        FieldKind::Date => validate_date(q, raw, today).map(Some),
        FieldKind::SingleChoice => {
            let Some(s) = raw.as_str() else { return wrong_type() };
            if q.options.iter().any(|o| o == s) {
                Ok(Some(Value::Choice(s.to_owned())))
            } else {
                one(FieldError::new(&q.id, "error-choice"))
            }
        }
        FieldKind::MultipleChoice => {
            let picked: Vec<&str> = match raw {
                Json::Array(items) => {
                    let mut out = Vec::new();
                    for item in items {
                        match item.as_str() {
                            Some(s) => out.push(s),
                            None => return wrong_type(),
                        }
                    }
                    out
                }
                Json::String(s) => vec![s.as_str()],
                _ => return wrong_type(),
            };
            if picked.iter().any(|p| !q.options.iter().any(|o| o == p)) {
                return one(FieldError::new(&q.id, "error-choice"));
            }
            // In the form's order, each once: a double tap must not count twice.
            let chosen: Vec<String> = q
                .options
                .iter()
                .filter(|o| picked.contains(&o.as_str()))
                .cloned()
                .collect();
            if let Some(min) = q.min_selected
                && chosen.len() < min
            {
                return one(FieldError::new(&q.id, "error-too-few").arg("min", min as i64));
            }
            if let Some(max) = q.max_selected
                && chosen.len() > max
            {
                return one(FieldError::new(&q.id, "error-too-many").arg("max", max as i64));
            }
            Ok(Some(Value::Choices(chosen)))
        }
        FieldKind::YesNo => match raw {
            Json::Bool(b) => Ok(Some(Value::YesNo(*b))),
            Json::String(s) if s == "yes" => Ok(Some(Value::YesNo(true))),
            Json::String(s) if s == "no" => Ok(Some(Value::YesNo(false))),
            Json::String(_) => one(FieldError::new(&q.id, "error-choice")),
            _ => wrong_type(),
        },
        FieldKind::Consent => match raw {
            Json::Bool(true) => Ok(Some(Value::Consent(true))),
            Json::String(s) if s == "yes" => Ok(Some(Value::Consent(true))),
            _ => wrong_type(),
        },
        FieldKind::Email => {
            let Some(s) = raw.as_str() else { return wrong_type() };
            check_text(q, s.trim())?;
            normalize::email(s)
                .map(|e| Some(Value::Email(e)))
                .ok_or_else(|| vec![FieldError::new(&q.id, "error-email")])
        }
        FieldKind::UkPhone => {
            let Some(s) = raw.as_str() else { return wrong_type() };
            if s.chars().count() > 40 {
                return one(FieldError::new(&q.id, "error-phone"));
            }
            normalize::uk_phone(s)
                .map(|p| Some(Value::Phone(p)))
                .ok_or_else(|| vec![FieldError::new(&q.id, "error-phone")])
        }
        FieldKind::UkPostcode => {
            let Some(s) = raw.as_str() else { return wrong_type() };
            normalize::uk_postcode(s)
                .map(|p| Some(Value::Postcode(p)))
                .ok_or_else(|| vec![FieldError::new(&q.id, "error-postcode")])
        }
        FieldKind::Address => validate_address(q, raw).map(Some),
    }
}

/// Characters that have no business in a form answer: controls (bar newline and tab in long
/// text), and bidi overrides that could make a printed reference or name read differently.
pub(super) fn bad_char(kind: FieldKind, c: char) -> bool {
    let allowed_control = kind == FieldKind::LongText && (c == '\n' || c == '\t' || c == '\r');
    (c.is_control() && !allowed_control)
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn check_text(q: &Question, text: &str) -> Result<(), Vec<FieldError>> {
    // Count up to one past the limit only: a 1 MB answer is refused without walking all of it.
    let max = q.max_chars();
    let count = text.chars().take(max + 1).count();
    if count > max {
        return Err(vec![FieldError::new(&q.id, "error-too-long").arg("max", max as i64)]);
    }
    if text.chars().any(|c| bad_char(q.kind, c)) {
        return Err(vec![FieldError::new(&q.id, "error-characters")]);
    }
    if let Some(min) = q.min_length
        && count < min
    {
        return Err(vec![FieldError::new(&q.id, "error-too-short").arg("min", min as i64)]);
    }
    Ok(())
}

fn validate_date(q: &Question, raw: &Json, today: Today) -> Result<Value, Vec<FieldError>> {
    let err = |part: Option<&str>, m: &str| {
        let e = FieldError::new(&q.id, m);
        vec![match part {
            Some(p) => e.part(p),
            None => e,
        }]
    };
    let (y, m, d) = match raw {
        Json::String(s) => {
            let mut it = s.trim().splitn(3, '-');
            (
                it.next().unwrap_or(""),
                it.next().unwrap_or(""),
                it.next().unwrap_or(""),
            )
        }
        Json::Object(o) => {
            let get = |k: &str| o.get(k).and_then(Json::as_str).unwrap_or("").trim();
            for (k, v) in o {
                if !["day", "month", "year"].contains(&k.as_str()) || !v.is_string() {
                    return Err(err(None, "error-wrong-type"));
                }
            }
            (get("year"), get("month"), get("day"))
        }
        _ => return Err(err(None, "error-wrong-type")),
    };
    let num = |s: &str, part: &str, max_len: usize| -> Result<u32, Vec<FieldError>> {
        if s.is_empty() {
            return Err(err(Some(part), "error-date-part"));
        }
        if s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(Some(part), "error-date-invalid"));
        }
        s.parse().map_err(|_| err(Some(part), "error-date-invalid"))
    };
    let day = num(d, "day", 2)?;
    let month = num(m, "month", 2)?;
    let year = num(y, "year", 4)?;
    if y.len() != 4 {
        return Err(err(Some("year"), "error-date-year"));
    }
    let month = Month::try_from(month as u8).map_err(|_| err(Some("month"), "error-date-invalid"))?;
    let date =
        Date::from_calendar_date(year as i32, month, day as u8).map_err(|_| err(Some("day"), "error-date-invalid"))?;
    let days_from_today = (date - today.0).whole_days();
    if let Some(lo) = q.earliest_days
        && days_from_today < lo
    {
        return Err(vec![
            FieldError::new(
                &q.id,
                if lo == 0 {
                    "error-date-past"
                } else {
                    "error-date-too-early"
                },
            )
            .arg("days", lo),
        ]);
    }
    if let Some(hi) = q.latest_days
        && days_from_today > hi
    {
        return Err(vec![
            FieldError::new(
                &q.id,
                if hi == 0 {
                    "error-date-future"
                } else {
                    "error-date-too-late"
                },
            )
            .arg("days", hi),
        ]);
    }
    Ok(Value::Date(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )))
}
