//! The form schema: what a form definition file may say, and loading it into a [`FormDef`] that is
//! known to be well-formed. Loading reports *every* problem it finds at once, each with a clear
//! message, so `kiosk forms check` can list them all. Whether the words exist in every locale is
//! not checked here (see [`super::check`]); what answers are valid is [`super::validate`]'s job.

use crate::pictures::Diagram;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The largest definition file we accept; real forms are a few KiB.
pub const MAX_DEFINITION_BYTES: usize = 256 * 1024;
/// A kiosk form with more questions than this is a design mistake, and a hostile file's bomb.
pub const MAX_QUESTIONS: usize = 100;
/// Options in one choice question; a touchscreen shows a handful.
pub const MAX_OPTIONS: usize = 50;
/// Ids are short: they become Fluent message ids and database keys.
pub const MAX_ID_LEN: usize = 40;

/// The type of a question, which decides its widget, keyboard and validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// One line of text.
    ShortText,
    /// Several lines of text.
    LongText,
    /// A whole number.
    Number,
    /// A calendar date (day, month, year).
    Date,
    /// Exactly one of the options.
    SingleChoice,
    /// Any number of the options, within `min_selected..=max_selected`.
    MultipleChoice,
    /// Yes or no.
    YesNo,
    /// An email address.
    Email,
    /// A UK telephone number.
    UkPhone,
    /// A UK postcode, normalised to `LE1 1AA` style.
    UkPostcode,
    /// Postcode, house number or name, street and town.
    Address,
    /// A tick that must be given to go on (when required).
    Consent,
}

impl FieldKind {
    /// Every kind, for listings and tests.
    pub const ALL: [FieldKind; 12] = [
        FieldKind::ShortText,
        FieldKind::LongText,
        FieldKind::Number,
        FieldKind::Date,
        FieldKind::SingleChoice,
        FieldKind::MultipleChoice,
        FieldKind::YesNo,
        FieldKind::Email,
        FieldKind::UkPhone,
        FieldKind::UkPostcode,
        FieldKind::Address,
        FieldKind::Consent,
    ];

    /// The name used in definition files, e.g. `uk-postcode`.
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::ShortText => "short-text",
            FieldKind::LongText => "long-text",
            FieldKind::Number => "number",
            FieldKind::Date => "date",
            FieldKind::SingleChoice => "single-choice",
            FieldKind::MultipleChoice => "multiple-choice",
            FieldKind::YesNo => "yes-no",
            FieldKind::Email => "email",
            FieldKind::UkPhone => "uk-phone",
            FieldKind::UkPostcode => "uk-postcode",
            FieldKind::Address => "address",
            FieldKind::Consent => "consent",
        }
    }

    /// Choice questions carry `options`.
    pub fn has_options(self) -> bool {
        matches!(self, FieldKind::SingleChoice | FieldKind::MultipleChoice)
    }

    /// The option ids a `show_if` may name for this kind, beyond its declared options.
    fn implicit_options(self) -> &'static [&'static str] {
        match self {
            FieldKind::YesNo => &["yes", "no"],
            FieldKind::Consent => &["yes"],
            _ => &[],
        }
    }
}

/// Show a question only when an earlier answer is one of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The id of an earlier question.
    pub question: String,
    /// Option ids (or `yes`/`no`) that make the question show.
    pub any_of: Vec<String>,
}

/// A whole-answer regular expression, compiled once at load.
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: regex_lite::Regex,
}

impl Pattern {
    /// Compile `source` so that it must match the whole answer.
    pub fn new(source: &str) -> Result<Self, String> {
        let regex = regex_lite::RegexBuilder::new(&format!("^(?:{source})$"))
            .size_limit(1 << 20)
            .nest_limit(50)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Pattern {
            source: source.to_owned(),
            regex,
        })
    }

    /// The pattern as written in the definition.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether the whole of `text` matches.
    pub fn matches(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

/// One question: one screen of the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Unique within its form; the Fluent message id of its text.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: FieldKind,
    /// Must it be answered? Optional questions are marked "(optional)".
    pub required: bool,
    /// Fewest characters (text kinds).
    pub min_length: Option<usize>,
    /// Most characters (text kinds); defaults per kind.
    pub max_length: Option<usize>,
    /// Smallest whole number.
    pub min: Option<i64>,
    /// Largest whole number.
    pub max: Option<i64>,
    /// The whole answer must match (short text).
    pub pattern: Option<Pattern>,
    /// Option ids (choice kinds), in display order.
    pub options: Vec<String>,
    /// Fewest options ticked (multiple choice).
    pub min_selected: Option<usize>,
    /// Most options ticked (multiple choice).
    pub max_selected: Option<usize>,
    /// Earliest date allowed, in days from today (negative is the past).
    pub earliest_days: Option<i64>,
    /// Latest date allowed, in days from today.
    pub latest_days: Option<i64>,
    /// Show only when an earlier answer matches.
    pub show_if: Option<Condition>,
    /// Option id → the icon shown beside its words (choice kinds): a name in
    /// [`crate::pictures::icon_names`]. Options without one show words only.
    pub icons: BTreeMap<String, &'static str>,
    /// The picture whose regions choose options (choice kinds); each region names one of this
    /// question's options, and options without a region are offered as words below it.
    pub diagram: Option<&'static Diagram>,
}

impl Question {
    /// The most characters a text answer may have: the definition's, or the kind's default.
    pub fn max_chars(&self) -> usize {
        self.max_length.unwrap_or(match self.kind {
            FieldKind::LongText => 1000,
            FieldKind::Email => 254,
            _ => 100,
        })
    }

    /// The name of the icon beside `option`'s words, if it has one; its SVG is
    /// [`crate::pictures::icon`].
    pub fn icon(&self, option: &str) -> Option<&'static str> {
        self.icons.get(option).copied()
    }
}

/// How a form's answers map onto a CRM request (used by the forwarder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrmMapping {
    /// The CRM's service code, e.g. Open311 `service_code`.
    #[serde(default)]
    pub service_code: Option<String>,
    /// Free-text questions joined into the request's description.
    #[serde(default)]
    pub description: Vec<String>,
    /// Question id → CRM field, e.g. `address` → `address_string`.
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
    /// Question id → (option id → the CRM's own value), for CRMs whose value keys are not valid
    /// option ids (`"1"`, `"Large item"`). Options not listed are sent as their id.
    #[serde(default)]
    pub values: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// Whether the description also carries a labelled block of every answer (default true): a
    /// CRM that silently drops fields still gets everything the visitor said. Off for a form
    /// whose CRM keeps every mapped field and wants the description short.
    #[serde(default = "yes")]
    pub answers_in_description: bool,
}

impl Default for CrmMapping {
    fn default() -> Self {
        CrmMapping {
            service_code: None,
            description: Vec::new(),
            fields: Default::default(),
            values: Default::default(),
            answers_in_description: true,
        }
    }
}

impl CrmMapping {
    /// What the CRM calls `answer` (an option id, or any other answer text) of question `question`.
    pub fn crm_value<'a>(&'a self, question: &str, answer: &'a str) -> &'a str {
        self.values
            .get(question)
            .and_then(|m| m.get(answer))
            .map_or(answer, String::as_str)
    }
}

/// A form definition that loaded without problems.
#[derive(Debug, Clone, PartialEq)]
pub struct FormDef {
    /// Unique among forms; also the file name and the Fluent file name.
    pub id: String,
    /// Recorded with every submission.
    pub version: u32,
    /// Menu grouping.
    pub category: String,
    /// Menu pictogram name, if any.
    pub icon: Option<String>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    /// CRM mapping, if given.
    pub crm: CrmMapping,
}

impl FormDef {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Where the question with this id stands in the form.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

/// One thing wrong with a definition, said so a form author can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `form`, or `question "bin-type"`, or `question 3`.
    pub place: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// The raw shape of a question in TOML, before checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(rename = "type")]
    kind: FieldKind,
    #[serde(default = "yes")]
    required: bool,
    min_length: Option<usize>,
    max_length: Option<usize>,
    min: Option<i64>,
    max: Option<i64>,
    pattern: Option<String>,
    #[serde(default)]
    options: Vec<String>,
    min_selected: Option<usize>,
    max_selected: Option<usize>,
    earliest_days: Option<i64>,
    latest_days: Option<i64>,
    show_if: Option<Condition>,
    icons: Option<BTreeMap<String, String>>,
    diagram: Option<String>,
}

fn yes() -> bool {
    true
}

/// Whether `id` is a valid form, question or option id: lowercase ASCII letters and digits in
/// hyphen-separated words, starting with a letter. Such ids are safe as Fluent ids, file names and
/// SQL keys alike.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parse and check a definition. On failure, every problem found is returned, not just the first.
pub fn parse_form(text: &str) -> Result<FormDef, Vec<Problem>> {
    let form_problem = |message: String| Problem {
        place: "form".into(),
        message,
    };
    if text.len() > MAX_DEFINITION_BYTES {
        return Err(vec![form_problem(format!(
            "the file is {} bytes; a form definition may be at most {MAX_DEFINITION_BYTES} bytes",
            text.len()
        ))]);
    }
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        vec![form_problem(format!(
            "not valid TOML: {}",
            crate::toml_errors::syntax(&e, text)
        ))]
    })?;
    let mut problems = Vec::new();
    // `line L, column C: ` of a top-level key's value, for problems found after parsing.
    let at = |key: &str| match crate::toml_errors::locate(text, &[key], false) {
        Some(offset) => {
            let (line, col) = crate::toml_errors::line_col(text, offset);
            format!("line {line}, column {col}: ")
        }
        None => String::new(),
    };

    let take_str = |key: &str, problems: &mut Vec<Problem>| match table.get(key) {
        Some(toml::Value::String(s)) => Some(s.clone()),
        Some(other) => {
            problems.push(form_problem(format!(
                "{}`{key}` must be a string, not {}",
                at(key),
                other.type_str()
            )));
            None
        }
        None => {
            problems.push(form_problem(format!("`{key}` is missing")));
            None
        }
    };
    let id = take_str("id", &mut problems);
    let category = take_str("category", &mut problems);
    if let Some(id) = &id
        && !is_valid_id(id)
    {
        problems.push(form_problem(format!(
            "id \"{}\" must be lowercase letters, digits and single hyphens, at most {MAX_ID_LEN} characters",
            truncate(id)
        )));
    }
    let version = match table.get("version") {
        Some(toml::Value::Integer(v)) if (1..=i64::from(u32::MAX)).contains(v) => Some(*v as u32),
        Some(_) => {
            problems.push(form_problem(format!(
                "{}`version` must be a whole number from 1",
                at("version")
            )));
            None
        }
        None => {
            problems.push(form_problem("`version` is missing".into()));
            None
        }
    };
    let icon = match table.get("icon") {
        Some(toml::Value::String(s)) => Some(s.clone()),
        Some(_) => {
            problems.push(form_problem(format!("{}`icon` must be a string", at("icon"))));
            None
        }
        None => None,
    };
    for key in table.keys() {
        if !["id", "version", "category", "icon", "question", "crm"].contains(&key.as_str()) {
            problems.push(form_problem(format!(
                "unknown key `{}` (expected id, version, category, icon, question, crm)",
                truncate(key)
            )));
        }
    }
    let crm = match table.get("crm") {
        Some(v) => match CrmMapping::deserialize(v.clone()) {
            Ok(c) => c,
            Err(e) => {
                problems.push(Problem {
                    place: "crm".into(),
                    message: crate::toml_errors::value(&e, text, &["crm"]),
                });
                CrmMapping::default()
            }
        },
        None => CrmMapping::default(),
    };

    let raw_questions = match table.get("question") {
        Some(toml::Value::Array(items)) => items.as_slice(),
        Some(_) => {
            problems.push(form_problem(format!(
                "{}`question` must be an array of tables: write each as [[question]]",
                at("question")
            )));
            &[]
        }
        None => {
            problems.push(form_problem("the form has no [[question]]".into()));
            &[]
        }
    };
    if raw_questions.len() > MAX_QUESTIONS {
        problems.push(form_problem(format!(
            "{} questions; a form may have at most {MAX_QUESTIONS}",
            raw_questions.len()
        )));
    }
    let mut questions: Vec<Question> = Vec::new();
    for (n, raw) in raw_questions.iter().take(MAX_QUESTIONS).enumerate() {
        let place = match raw.get("id").and_then(|v| v.as_str()) {
            Some(qid) => format!("question \"{}\"", truncate(qid)),
            None => format!("question {}", n + 1),
        };
        match RawQuestion::deserialize(raw.clone()) {
            Ok(rq) => {
                // Kept even with problems, so later questions' duplicate and condition checks
                // see it; any problem fails the whole load anyway.
                let q = check_question(rq, &questions, &place, &mut problems);
                questions.push(q);
            }
            Err(e) => problems.push(Problem {
                place,
                message: crate::toml_errors::value(&e, text, &["question", &n.to_string()]),
            }),
        }
    }
    check_crm_names(&crm, &questions, raw_questions.len(), &mut problems);
    if problems.is_empty() {
        Ok(FormDef {
            id: id.unwrap_or_default(),
            version: version.unwrap_or(1),
            category: category.unwrap_or_default(),
            icon,
            questions,
            crm,
        })
    } else {
        Err(problems)
    }
}

fn check_crm_names(crm: &CrmMapping, questions: &[Question], declared: usize, problems: &mut Vec<Problem>) {
    // Only meaningful when every question loaded; otherwise we would blame the mapping.
    if questions.len() != declared.min(MAX_QUESTIONS) {
        return;
    }
    for qid in crm.description.iter().chain(crm.fields.keys()) {
        if !questions.iter().any(|q| &q.id == qid) {
            problems.push(Problem {
                place: "crm".into(),
                message: format!("names question \"{}\", which the form does not have", truncate(qid)),
            });
        }
    }
    for (qid, map) in &crm.values {
        let Some(q) = questions.iter().find(|q| &q.id == qid) else {
            problems.push(Problem {
                place: "crm".into(),
                message: format!(
                    "values names question \"{}\", which the form does not have",
                    truncate(qid)
                ),
            });
            continue;
        };
        for opt in map.keys().filter(|o| !q.options.contains(o)) {
            problems.push(Problem {
                place: "crm".into(),
                message: format!(
                    "values.{qid} names option \"{}\", which question \"{qid}\" does not have",
                    truncate(opt)
                ),
            });
        }
    }
}

fn check_question(rq: RawQuestion, earlier: &[Question], place: &str, problems: &mut Vec<Problem>) -> Question {
    let mut bad = |message: String| {
        problems.push(Problem {
            place: place.to_owned(),
            message,
        })
    };
    let kind = rq.kind;
    if !is_valid_id(&rq.id) {
        bad("id must be lowercase letters, digits and single hyphens, at most 40 characters".into());
    }
    if earlier.iter().any(|q| q.id == rq.id) {
        bad(format!("duplicate id \"{}\": every question needs its own", rq.id));
    }
    let text_kind = matches!(kind, FieldKind::ShortText | FieldKind::LongText | FieldKind::Email);
    let not_for = |key: &str| format!("`{key}` does not apply to a {} question", kind.name());
    if (rq.min_length.is_some() || rq.max_length.is_some()) && !text_kind {
        bad(not_for(if rq.min_length.is_some() {
            "min_length"
        } else {
            "max_length"
        }));
    }
    if let (Some(lo), Some(hi)) = (rq.min_length, rq.max_length)
        && lo > hi
    {
        bad(format!("min_length {lo} is more than max_length {hi}"));
    }
    if rq.max_length == Some(0) {
        bad("max_length must be at least 1".into());
    }
    if rq.max_length.is_some_and(|m| m > 100_000) {
        bad("max_length may be at most 100000 characters".into());
    }
    if (rq.min.is_some() || rq.max.is_some()) && kind != FieldKind::Number {
        bad(not_for(if rq.min.is_some() { "min" } else { "max" }));
    }
    if let (Some(lo), Some(hi)) = (rq.min, rq.max)
        && lo > hi
    {
        bad(format!("min {lo} is more than max {hi}"));
    }
    let pattern = match (&rq.pattern, kind) {
        (None, _) => None,
        (Some(p), FieldKind::ShortText) => match Pattern::new(p) {
            Ok(p) => Some(p),
            Err(e) => {
                bad(format!("pattern is not a valid regular expression: {}", first_line(&e)));
                None
            }
        },
        (Some(_), _) => {
            bad(not_for("pattern"));
            None
        }
    };
    if kind.has_options() {
        if rq.options.len() < 2 {
            bad("a choice question needs at least 2 options".into());
        }
        if rq.options.len() > MAX_OPTIONS {
            bad(format!("{} options; at most {MAX_OPTIONS}", rq.options.len()));
        }
        for (i, opt) in rq.options.iter().enumerate() {
            if !is_valid_id(opt) {
                bad(format!(
                    "option \"{}\" must be lowercase letters, digits and single hyphens",
                    truncate(opt)
                ));
            }
            if rq.options[..i].contains(opt) {
                bad(format!("option \"{opt}\" is listed twice"));
            }
        }
    } else if !rq.options.is_empty() {
        bad(not_for("options"));
    }
    let pictures = super::choice_pictures::check(rq.icons.as_ref(), rq.diagram.as_deref(), kind, &rq.options, &mut bad);
    if (rq.min_selected.is_some() || rq.max_selected.is_some()) && kind != FieldKind::MultipleChoice {
        bad(not_for("min_selected/max_selected"));
    }
    if let Some(hi) = rq.max_selected {
        if hi == 0 {
            bad("max_selected must be at least 1".into());
        }
        if kind == FieldKind::MultipleChoice && hi > rq.options.len() {
            bad(format!(
                "max_selected {hi} is more than the {} options",
                rq.options.len()
            ));
        }
        if rq.min_selected.is_some_and(|lo| lo > hi) {
            bad("min_selected is more than max_selected".into());
        }
    }
    if (rq.earliest_days.is_some() || rq.latest_days.is_some()) && kind != FieldKind::Date {
        bad(not_for("earliest_days/latest_days"));
    }
    if let (Some(lo), Some(hi)) = (rq.earliest_days, rq.latest_days)
        && lo > hi
    {
        bad("earliest_days is after latest_days".into());
    }
    for days in [rq.earliest_days, rq.latest_days].into_iter().flatten() {
        if days.abs() > 365 * 150 {
            bad("earliest_days/latest_days must be within 150 years of today".into());
        }
    }
    if let Some(cond) = &rq.show_if {
        match earlier.iter().find(|q| q.id == cond.question) {
            None if cond.question == rq.id => bad("show_if cannot depend on the question itself".into()),
            None => bad(format!(
                "show_if names \"{}\", which is not an earlier question (conditions may only look back)",
                truncate(&cond.question)
            )),
            Some(target) => {
                if !target.kind.has_options() && target.kind.implicit_options().is_empty() {
                    bad(format!(
                        "show_if names \"{}\", a {} question; conditions need a choice, yes-no or consent question",
                        target.id,
                        target.kind.name()
                    ));
                } else {
                    if cond.any_of.is_empty() {
                        bad("show_if.any_of must list at least one option".into());
                    }
                    for opt in &cond.any_of {
                        if !target.options.contains(opt) && !target.kind.implicit_options().contains(&opt.as_str()) {
                            bad(format!(
                                "show_if option \"{}\" is not an option of \"{}\"",
                                truncate(opt),
                                target.id
                            ));
                        }
                    }
                }
            }
        }
    }
    Question {
        id: rq.id,
        kind,
        required: rq.required,
        min_length: rq.min_length,
        max_length: rq.max_length,
        min: rq.min,
        max: rq.max,
        pattern,
        options: rq.options,
        min_selected: rq.min_selected,
        max_selected: rq.max_selected,
        earliest_days: rq.earliest_days,
        latest_days: rq.latest_days,
        show_if: rq.show_if,
        icons: pictures.icons,
        diagram: pictures.diagram,
    }
}

/// Hostile ids can be megabytes long; keep messages readable.
pub(super) fn truncate(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if clean.chars().count() < s.chars().count() {
        format!("{clean}…")
    } else {
        clean
    }
}

fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or(s).trim()
}
