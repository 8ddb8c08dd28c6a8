//! The CRM's form catalogue, mapped: an Open311 `services.json` list and each service's
//! `services/{code}.json` definition become *generated form files*, a definition in TOML and its
//! en-GB Fluent words, which then go through the very loader bundled forms use. So hostile CRM
//! data meets the same checks, and a service that cannot be mapped is skipped with a reason,
//! never breaking the kiosk. CRM text is made safe by `safe.rs`. Pure: fetching is
//! [`super::services`]' job, caching (and versions) the store's (`store::catalogue`).

use crate::forms::FieldKind;
use crate::forms::check::check_crm_form_translations;
use crate::forms::schema::{MAX_OPTIONS, MAX_QUESTIONS, parse_form};
use crate::i18n::Translations;
use serde_json::Value as Json;
use std::collections::BTreeSet;

mod safe;

pub use safe::{clean, literal};
use safe::{cut, flag, make_id, slug, text};

/// Services taken from one list; a touchscreen menu longer than this is unusable anyway.
pub const MAX_SERVICES: usize = 200;
/// Attributes a definition may list (asked or informational); more is a hostile reply.
pub const MAX_ATTRIBUTES: usize = 1000;
/// Questions asked from attributes: the form's limit less our location and description.
pub const MAX_ASKED: usize = MAX_QUESTIONS - 2;
/// Service codes, attribute codes and value keys longer than this are not codes.
const MAX_CODE_CHARS: usize = 200;
/// Titles, question texts and option names are cut to this many characters.
const MAX_NAME_CHARS: usize = 150;
/// Summaries and hints are cut to this many characters.
const MAX_TEXT_CHARS: usize = 600;
/// Every generated form id starts so: bundled forms never need to.
pub const FORM_PREFIX: &str = "crm-";
/// The question id of the place (sent as `address_string`).
pub const LOCATION: &str = "location";
/// The question id of the free text (sent as the request's `description`).
pub const DESCRIPTION: &str = "description";

/// One usable entry of `services.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// The CRM's `service_code`, exactly as given.
    pub code: String,
    /// The form id it gets here: `crm-` and a sanitised code.
    pub form_id: String,
    /// `service_name`, cleaned for display.
    pub name: String,
    /// `description`, cleaned for display (may be empty).
    pub description: String,
    /// `group`, sanitised into a category.
    pub category: String,
    /// `metadata = true`: the service has a definition to fetch.
    pub metadata: bool,
}

/// A service (or list entry) left out, and why, for staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The service code, or `entry N` when it has none.
    pub service_code: String,
    /// What was wrong.
    pub reason: String,
}

/// `services.json`, read: the services to offer and the entries left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceList {
    /// In the CRM's order.
    pub services: Vec<Service>,
    /// Entries that could not be used.
    pub skipped: Vec<Skipped>,
}

/// The generated form files of one service.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    /// The CRM's service code.
    pub service_code: String,
    /// The generated form's id.
    pub form_id: String,
    /// The service's name, for listings.
    pub name: String,
    /// Whether it came from a service definition (else it is description-only).
    pub has_definition: bool,
    /// Attributes left out or shown as hints, said for staff.
    pub notes: Vec<String>,
    /// The definition without its `version`, which the cache decides.
    table: toml::Table,
    /// The en-GB Fluent file: `locales/en-GB/forms/<form_id>.ftl`.
    pub ftl: String,
}

impl Generated {
    /// The definition file's text at `version`.
    pub fn form_toml(&self, version: u32) -> String {
        let mut t = self.table.clone();
        t.insert("version".into(), toml::Value::Integer(i64::from(version)));
        toml::to_string(&t).expect("a table of strings, numbers and arrays serialises")
    }
}

/// Read `services.json`. `Err` means the whole reply is unusable (and a cache must be kept);
/// a bad entry only lands in [`ServiceList::skipped`].
pub fn parse_service_list(bytes: &[u8]) -> Result<ServiceList, String> {
    let json: Json = serde_json::from_slice(bytes).map_err(|_| "services.json is not JSON".to_owned())?;
    let Json::Array(items) = json else {
        return Err("services.json is not a JSON list of services".into());
    };
    let mut list = ServiceList::default();
    let mut codes = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for (n, item) in items.iter().enumerate() {
        let Some(code) = item.get("service_code").and_then(text).filter(|c| !c.trim().is_empty()) else {
            list.skipped.push(Skipped {
                service_code: format!("entry {}", n + 1),
                reason: "it has no service_code".into(),
            });
            continue;
        };
        let skip = |reason: String| Skipped {
            service_code: clean(&code, 60),
            reason,
        };
        if code.chars().count() > MAX_CODE_CHARS {
            list.skipped.push(skip(format!(
                "the service_code is longer than {MAX_CODE_CHARS} characters"
            )));
        } else if !codes.insert(code.clone()) {
            list.skipped
                .push(skip("the service_code is listed twice; the first is kept".into()));
        } else if list.services.len() == MAX_SERVICES {
            list.skipped
                .push(skip(format!("the kiosk offers at most {MAX_SERVICES} services")));
        } else {
            let name = clean(
                &item.get("service_name").and_then(text).unwrap_or_default(),
                MAX_NAME_CHARS,
            );
            list.services.push(Service {
                form_id: make_id(FORM_PREFIX, "s-", &code, &mut ids),
                name: if name.is_empty() {
                    clean(&code, MAX_NAME_CHARS)
                } else {
                    name
                },
                description: clean(
                    &item.get("description").and_then(text).unwrap_or_default(),
                    MAX_TEXT_CHARS,
                ),
                category: Some(slug(&item.get("group").and_then(text).unwrap_or_default(), 30))
                    .filter(|c| !c.is_empty())
                    .unwrap_or_else(|| "crm".into()),
                metadata: flag(item.get("metadata")).unwrap_or(false),
                code,
            });
        }
    }
    Ok(list)
}

/// One attribute of a definition, read.
struct Attribute {
    code: String,
    kind: Option<FieldKind>,
    datatype: String,
    required: bool,
    variable: bool,
    order: i64,
    text: String,
    hint: String,
    values: Vec<(String, String)>,
}

/// Map one service onto generated form files: from its definition (`services/{code}.json`), or,
/// with `None` (no definition, or it 404s), a description-only form. `Err` says why the
/// service cannot be offered.
pub fn map_service(service: &Service, definition: Option<&[u8]>) -> Result<Generated, String> {
    let mut notes = Vec::new();
    let attributes = match definition {
        Some(bytes) => read_attributes(bytes, &mut notes)?,
        None => Vec::new(),
    };
    let mut questions: Vec<toml::Value> = Vec::new();
    let mut ftl = String::from(
        "# Generated from the CRM's Open311 service definition by `kiosk catalogue refresh`: do not edit.\n",
    );
    ftl.push_str(&format!("title = {}\n", literal(&service.name)));
    let summary = if service.description.is_empty() {
        &service.name
    } else {
        &service.description
    };
    ftl.push_str(&format!("summary = {}\n\n", literal(summary)));
    let mut fields = toml::Table::new();
    let mut values = toml::Table::new();
    let mut taken: BTreeSet<String> = [LOCATION.to_owned(), DESCRIPTION.to_owned()].into();

    questions.push(question(LOCATION, FieldKind::Address, true, &[]));
    fields.insert(LOCATION.into(), "address_string".into());
    push_message(&mut ftl, LOCATION, "Where is it?", "Location", "", &[]);

    let mut info: Vec<String> = Vec::new();
    for a in attributes {
        if !a.variable {
            if !a.text.is_empty() {
                info.push(a.text.clone());
            }
            continue;
        }
        let kind = a.kind.expect("variable attributes have a kind");
        let qid = make_id("", "q-", &a.code, &mut taken);
        let mut options = Vec::new();
        let mut labels = Vec::new();
        let mut to_crm = toml::Table::new();
        let mut option_ids = BTreeSet::new();
        for (key, name) in &a.values {
            let oid = make_id("", "v-", key, &mut option_ids);
            to_crm.insert(oid.clone(), key.clone().into());
            labels.push((oid.clone(), name.clone()));
            options.push(oid);
        }
        questions.push(question(&qid, kind, a.required, &options));
        fields.insert(qid.clone(), format!("attribute[{}]", a.code).into());
        if !to_crm.is_empty() {
            values.insert(qid.clone(), toml::Value::Table(to_crm));
        }
        let mut hint = std::mem::take(&mut info);
        if !a.hint.is_empty() {
            hint.push(a.hint.clone());
        }
        let text = if a.text.is_empty() {
            clean(&a.code, MAX_NAME_CHARS)
        } else {
            a.text.clone()
        };
        push_message(
            &mut ftl,
            &qid,
            &text,
            &cut(&text, 40),
            &clean(&hint.join(" "), MAX_TEXT_CHARS),
            &labels,
        );
    }

    let described = definition.is_some();
    questions.push(question(DESCRIPTION, FieldKind::LongText, !described, &[]));
    let (ask, check) = if described {
        ("Is there anything else we should know?", "More details")
    } else {
        ("Describe the problem or request", "Details")
    };
    // Informational attributes after the last question are read with the free text.
    push_message(
        &mut ftl,
        DESCRIPTION,
        ask,
        check,
        &clean(&info.join(" "), MAX_TEXT_CHARS),
        &[],
    );

    let mut crm = toml::Table::new();
    crm.insert("service_code".into(), service.code.clone().into());
    crm.insert("description".into(), toml::Value::Array(vec![DESCRIPTION.into()]));
    crm.insert("fields".into(), toml::Value::Table(fields));
    if !values.is_empty() {
        crm.insert("values".into(), toml::Value::Table(values));
    }
    let mut table = toml::Table::new();
    table.insert("id".into(), service.form_id.clone().into());
    table.insert("category".into(), service.category.clone().into());
    table.insert("question".into(), toml::Value::Array(questions));
    table.insert("crm".into(), toml::Value::Table(crm));
    let generated = Generated {
        service_code: service.code.clone(),
        form_id: service.form_id.clone(),
        name: service.name.clone(),
        has_definition: described,
        notes,
        table,
        ftl,
    };
    check_generated(&generated)?;
    Ok(generated)
}

/// Load the generated files exactly as the kiosk will: a definition that does not parse, or
/// words that do not, are refused here rather than at start-up.
pub fn check_generated(g: &Generated) -> Result<(), String> {
    check_files(&g.form_id, &g.form_toml(1), &g.ftl).map(|_| ())
}

/// Check one generated (or cached) form's files on their own, as the loaders will read them:
/// the definition parses with id `form_id`, and its en-GB words parse and are complete.
pub fn check_files(form_id: &str, form_toml: &str, ftl: &str) -> Result<crate::forms::FormDef, String> {
    let form = parse_form(form_toml).map_err(|problems| {
        let first: Vec<String> = problems.iter().take(3).map(|p| p.to_string()).collect();
        format!("the generated form does not load: {}", first.join("; "))
    })?;
    if form.id != form_id {
        return Err(format!("the generated form has id \"{}\", not \"{form_id}\"", form.id));
    }
    let info = crate::embedded::locale_files()
        .iter()
        .find(|(p, _)| *p == "en-GB/locale.toml")
        .map_or("", |(_, t)| *t);
    let path = format!("en-GB/forms/{form_id}.ftl");
    let translations = Translations::load([("en-GB/locale.toml", info), ("en-GB/kiosk.ftl", ""), (&path, ftl)])
        .map_err(|errors| format!("the generated words do not load: {}", errors[0]))?;
    match check_crm_form_translations(&form, &translations).first() {
        Some(problem) => Err(format!("the generated words are incomplete: {problem}")),
        None => Ok(form),
    }
}

/// The attributes of a definition, ordered, with those the kiosk cannot ask left out (noted),
/// or why the service cannot be offered at all.
fn read_attributes(bytes: &[u8], notes: &mut Vec<String>) -> Result<Vec<Attribute>, String> {
    let json: Json = serde_json::from_slice(bytes).map_err(|_| "its definition is not JSON".to_owned())?;
    // Some servers wrap the definition in a one-element list.
    let def = match &json {
        Json::Array(a) if a.len() == 1 => &a[0],
        other => other,
    };
    let items = match def.get("attributes") {
        Some(Json::Array(items)) => items.as_slice(),
        None | Some(Json::Null) if def.is_object() => &[],
        _ => return Err("its definition is not an object with a list of attributes".into()),
    };
    if items.len() > MAX_ATTRIBUTES {
        return Err(format!(
            "its definition has {} attributes; the kiosk takes at most {MAX_ATTRIBUTES}",
            items.len()
        ));
    }
    let mut out: Vec<Attribute> = Vec::new();
    let mut codes = BTreeSet::new();
    for (n, item) in items.iter().enumerate() {
        let variable = flag(item.get("variable")).unwrap_or(true);
        let required = variable && flag(item.get("required")).unwrap_or(false);
        let code = item.get("code").and_then(text).unwrap_or_default();
        let name = if code.is_empty() {
            format!("attribute {}", n + 1)
        } else {
            clean(&code, 60)
        };
        // An optional attribute we cannot ask is left out; a required one would only earn a
        // rejection from the CRM, so the service is not offered.
        let mut unusable = |reason: String| {
            if required {
                Err(format!("required {name} {reason}"))
            } else {
                notes.push(format!("{name} left out: it {reason}"));
                Ok(())
            }
        };
        if !item.is_object() {
            unusable("is not an object".into())?;
            continue;
        }
        if variable && (code.trim().is_empty() || code.chars().count() > MAX_CODE_CHARS) {
            unusable(format!("has no usable code (1 to {MAX_CODE_CHARS} characters)"))?;
            continue;
        }
        if variable && !codes.insert(code.clone()) {
            unusable("repeats an earlier attribute's code".into())?;
            continue;
        }
        let datatype = item.get("datatype").and_then(text).unwrap_or_default();
        let kind = match datatype.to_ascii_lowercase().as_str() {
            "string" => Some(FieldKind::ShortText),
            "number" => Some(FieldKind::Number),
            "datetime" => Some(FieldKind::Date),
            "text" => Some(FieldKind::LongText),
            "singlevaluelist" => Some(FieldKind::SingleChoice),
            "multivaluelist" => Some(FieldKind::MultipleChoice),
            _ => None,
        };
        if variable && kind.is_none() {
            unusable(format!(
                "has datatype \"{}\", which the kiosk cannot ask",
                clean(&datatype, 30)
            ))?;
            continue;
        }
        let mut values = Vec::new();
        if variable && kind.is_some_and(FieldKind::has_options) {
            let mut keys = BTreeSet::new();
            for v in item.get("values").and_then(Json::as_array).into_iter().flatten() {
                let Some(key) = v
                    .get("key")
                    .and_then(text)
                    .filter(|k| k.chars().count() <= MAX_CODE_CHARS)
                else {
                    continue;
                };
                if keys.insert(key.clone()) {
                    let label = clean(&v.get("name").and_then(text).unwrap_or_default(), MAX_NAME_CHARS);
                    let label = if label.is_empty() {
                        clean(&key, MAX_NAME_CHARS)
                    } else {
                        label
                    };
                    values.push((key, label));
                }
            }
            if values.len() < 2 || values.len() > MAX_OPTIONS {
                unusable(format!(
                    "has {} usable values; a choice needs 2 to {MAX_OPTIONS}",
                    values.len()
                ))?;
                continue;
            }
        }
        let order = item.get("order").and_then(Json::as_i64).unwrap_or(i64::MAX);
        out.push(Attribute {
            code,
            kind,
            datatype,
            required,
            variable,
            order,
            text: clean(
                &item.get("description").and_then(text).unwrap_or_default(),
                MAX_NAME_CHARS,
            ),
            hint: clean(
                &item.get("datatype_description").and_then(text).unwrap_or_default(),
                MAX_TEXT_CHARS,
            ),
            values,
        });
    }
    let asked = out.iter().filter(|a| a.variable).count();
    if asked > MAX_ASKED {
        return Err(format!(
            "its definition asks {asked} questions; a kiosk form may ask at most {MAX_ASKED}"
        ));
    }
    // Stable: attributes with equal (or no) order keep the CRM's order.
    out.sort_by_key(|a| a.order);
    for a in out.iter().filter(|a| !a.variable) {
        notes.push(format!("{} ({}) is shown as a hint", clean(&a.code, 60), a.datatype));
    }
    Ok(out)
}

fn question(id: &str, kind: FieldKind, required: bool, options: &[String]) -> toml::Value {
    let mut q = toml::Table::new();
    q.insert("id".into(), id.into());
    q.insert("type".into(), kind.name().into());
    q.insert("required".into(), required.into());
    if !options.is_empty() {
        q.insert(
            "options".into(),
            toml::Value::Array(options.iter().map(|o| o.as_str().into()).collect()),
        );
    }
    toml::Value::Table(q)
}

/// One question's message: its text, `.check`, optional `.hint`, and `.opt-*` per option.
fn push_message(ftl: &mut String, id: &str, text: &str, check: &str, hint: &str, options: &[(String, String)]) {
    ftl.push_str(&format!("{id} = {}\n", literal(text)));
    if !hint.is_empty() {
        ftl.push_str(&format!("    .hint = {}\n", literal(hint)));
    }
    ftl.push_str(&format!("    .check = {}\n", literal(check)));
    for (oid, label) in options {
        ftl.push_str(&format!("    .opt-{oid} = {}\n", literal(label)));
    }
    ftl.push('\n');
}
