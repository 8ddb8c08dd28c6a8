//! Merging the CRM's cached forms into the bundled ones when the kiosk's context loads: each
//! checked alone, so one bad row never stops the kiosk, and a service a bundled form already
//! serves is not offered twice. The refresh that fills the cache is `crate::catalogue`'s.

use super::{Files, list_error, pairs};
use anyhow::Result;
use onestop::crm::catalogue::check_files;
use onestop::forms::Catalogue;
use onestop::i18n::Translations;
use onestop::store::Store;
use onestop::store::catalogue::CachedForm;
use std::path::Path;

/// The cached CRM forms, if the kiosk database exists; a database that cannot be read is
/// logged and treated as having none (the bundled forms still work).
pub(crate) fn cached(data_dir: &Path, key_path: &Path) -> Vec<CachedForm> {
    let db = data_dir.join("kiosk.db");
    if !db.exists() {
        return Vec::new();
    }
    // Never makes a key: a missing or wrong one is refused here, and said again when the kiosk
    // opens its database for real.
    let read = || -> Result<Vec<CachedForm>> {
        Ok(Store::open_data(&db, key_path, onestop::store::MissingDatabase::Refuse)?.crm_catalogue()?)
    };
    read().unwrap_or_else(|e| {
        tracing::error!("the CRM's cached forms could not be read, so only bundled forms are offered: {e:#}");
        Vec::new()
    })
}

/// Bundled files plus the usable cached CRM forms, loaded together: (forms, translations, CRM
/// form ids in the CRM's order). `None` when there is nothing to add or the whole fails to load.
pub(crate) fn merge(
    form_files: &Files,
    locale_files: &Files,
    bundled: &Catalogue,
    cached: Vec<CachedForm>,
) -> Option<(Catalogue, Translations, Vec<String>)> {
    let mut forms = form_files.clone();
    let mut locales = locale_files.clone();
    let mut ids = Vec::new();
    for c in cached {
        if bundled.get(&c.form_id).is_some() {
            tracing::warn!(
                form = c.form_id,
                "a bundled form has the CRM service's form id; the bundled one is offered"
            );
            continue;
        }
        // A bundled form already sends to this service (its `[crm] service_code`, or its id when
        // it names none): the menu offers the bundled one only, not the same thing twice.
        if let Some(b) = bundled
            .all()
            .find(|f| f.crm.service_code.as_deref().unwrap_or(&f.id) == c.service_code)
        {
            tracing::info!(
                form = c.form_id,
                bundled = b.id,
                "the CRM service {} is served by a bundled form; the bundled one is offered",
                c.service_code
            );
            continue;
        }
        match check_files(&c.form_id, &c.form_toml, &c.ftl) {
            Ok(_) => {
                forms.push((format!("{}.toml", c.form_id), c.form_toml));
                locales.push((format!("en-GB/forms/{}.ftl", c.form_id), c.ftl));
                ids.push(c.form_id);
            }
            Err(e) => tracing::error!(form = c.form_id, "cached CRM form not offered: {e}"),
        }
    }
    if ids.is_empty() {
        return None;
    }
    let loaded = Catalogue::load(pairs(&forms))
        .map_err(|errs| list_error("forms with the CRM's catalogue", &errs))
        .and_then(|f| {
            Translations::load(pairs(&locales))
                .map(|t| (f, t))
                .map_err(|errs| list_error("translations with the CRM's catalogue", &errs))
        });
    match loaded {
        Ok((f, t)) => Some((f, t, ids)),
        Err(e) => {
            tracing::error!("only bundled forms are offered: {e:#}");
            None
        }
    }
}
