//! Checks that span files: does every locale have every word a form needs, and every message
//! en-GB has? Used by `kiosk forms check`, by the tests, and at kiosk start-up (a gap is logged and
//! shown in en-GB rather than blank). Single-file definition problems are [`super::schema`]'s job.

use super::schema::{FormDef, Problem};
use crate::i18n::{FALLBACK, Translations};
use std::collections::BTreeSet;

/// The message keys (`id` or `id.attr`) a form's `.ftl` must have, whatever the locale.
pub fn required_keys(form: &FormDef) -> Vec<String> {
    let mut keys = vec!["title".to_owned(), "summary".to_owned(), "next-steps".to_owned()];
    for q in &form.questions {
        keys.push(q.id.clone());
        keys.push(format!("{}.check", q.id));
        for opt in &q.options {
            keys.push(format!("{}.opt-{opt}", q.id));
        }
    }
    keys
}

/// Every translation gap for one form: keys the form needs that a locale lacks, keys en-GB has
/// that a locale lacks, and messages that fail to format. Empty means complete.
pub fn check_form_translations(form: &FormDef, translations: &Translations) -> Vec<Problem> {
    let file = format!("forms/{}.ftl", form.id);
    let fallback_keys: BTreeSet<String> = translations.fallback().keys(&file).into_iter().collect();
    let mut wanted: BTreeSet<String> = required_keys(form).into_iter().collect();
    wanted.extend(fallback_keys);
    let mut problems = Vec::new();
    for locale in translations.all() {
        let have: BTreeSet<String> = locale.keys(&file).into_iter().collect();
        if have.is_empty() {
            problems.push(Problem {
                place: format!("locale {}", locale.tag),
                message: format!(
                    "{file} is missing: the form cannot be shown in {}",
                    locale.info.english_name
                ),
            });
            continue;
        }
        let missing: Vec<&String> = wanted.difference(&have).collect();
        if !missing.is_empty() {
            problems.push(Problem {
                place: format!("locale {}", locale.tag),
                message: format!("{file} lacks {}: {}", missing.len(), join(&missing)),
            });
        }
        for key in have.intersection(&wanted) {
            let (id, attr) = split_key(key);
            if translations.form_text_opt(&locale.tag, &form.id, id, attr).is_none() && locale.tag != FALLBACK {
                problems.push(Problem {
                    place: format!("locale {}", locale.tag),
                    message: format!("{file}: {key} does not format"),
                });
            }
        }
    }
    problems
}

/// The en-GB words of a form generated from the CRM's catalogue: the CRM speaks English only,
/// so other locales show these words in en-GB (with the kiosk's own words translated), and it
/// gives no `next-steps`, so the kiosk shows its generic `confirm-next-generic` instead.
pub fn check_crm_form_translations(form: &FormDef, translations: &Translations) -> Vec<Problem> {
    let file = format!("forms/{}.ftl", form.id);
    let place = || format!("locale {FALLBACK}");
    let have: BTreeSet<String> = translations.fallback().keys(&file).into_iter().collect();
    if have.is_empty() {
        return vec![Problem {
            place: place(),
            message: format!("{file} is missing: run `kiosk catalogue refresh`"),
        }];
    }
    let mut problems = Vec::new();
    let missing: Vec<String> = required_keys(form)
        .into_iter()
        .filter(|k| k != "next-steps" && !have.contains(k))
        .collect();
    if !missing.is_empty() {
        problems.push(Problem {
            place: place(),
            message: format!(
                "{file} lacks {}: {}",
                missing.len(),
                join(&missing.iter().collect::<Vec<_>>())
            ),
        });
    }
    for key in &have {
        let (id, attr) = split_key(key);
        if translations.form_text_opt(FALLBACK, &form.id, id, attr).is_none() {
            problems.push(Problem {
                place: place(),
                message: format!("{file}: {key} does not format"),
            });
        }
    }
    problems
}

/// Every kiosk message en-GB has must exist and format in every locale.
pub fn check_kiosk_translations(translations: &Translations) -> Vec<Problem> {
    let wanted: BTreeSet<String> = translations.fallback().keys("kiosk.ftl").into_iter().collect();
    let mut problems = Vec::new();
    for locale in translations.all() {
        let have: BTreeSet<String> = locale.keys("kiosk.ftl").into_iter().collect();
        let missing: Vec<&String> = wanted.difference(&have).collect();
        if !missing.is_empty() {
            problems.push(Problem {
                place: format!("locale {}", locale.tag),
                message: format!("kiosk.ftl lacks {}: {}", missing.len(), join(&missing)),
            });
        }
        let extra: Vec<&String> = have.difference(&wanted).collect();
        if !extra.is_empty() {
            problems.push(Problem {
                place: format!("locale {}", locale.tag),
                message: format!(
                    "kiosk.ftl has {} message(s) en-GB does not (typo?): {}",
                    extra.len(),
                    join(&extra)
                ),
            });
        }
    }
    problems
}

/// `id.attr` → (`id`, Some(`attr`)).
pub fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    }
}

fn join(keys: &[&String]) -> String {
    let shown: Vec<&str> = keys.iter().take(8).map(|k| k.as_str()).collect();
    let more = keys.len().saturating_sub(8);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
