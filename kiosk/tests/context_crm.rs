//! The CRM's cached forms at kiosk start: merged after the bundled ones only for an Open311 CRM,
//! and never able to stop the kiosk: a damaged cached row, a bundled form with the same id, or a
//! menu naming a service not yet cached each leave the rest working.

use kiosk::context::Context;
use onestop::crm::catalogue::{map_service, parse_service_list};
use onestop::store::catalogue::Entry;
use std::path::{Path, PathBuf};

const OPEN311: &str = "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:9/open311/\"\n";

fn config(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A data folder holding a cached catalogue of two description-only services.
fn cached_catalogue() -> tempfile::TempDir {
    cached_catalogue_of(
        br#"[{"service_code": "GRAFFITI", "service_name": "Graffiti"}, {"service_code": "DOG", "service_name": "Dog fouling"}]"#,
    )
}

/// A data folder holding a cached catalogue of the services in `list` (a services.json body).
fn cached_catalogue_of(list: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let entries: Vec<Entry> = parse_service_list(list)
        .unwrap()
        .services
        .iter()
        .map(|s| Entry::Mapped(map_service(s, None).unwrap()))
        .collect();
    let ctx = Context::load(Some(&config(dir.path(), OPEN311)), Some(dir.path())).unwrap();
    ctx.open_store().unwrap().replace_crm_catalogue(&entries).unwrap();
    dir
}

#[test]
fn cached_crm_forms_follow_the_bundled_ones_and_pass_forms_check() {
    let dir = cached_catalogue();
    let ctx = Context::load(Some(&config(dir.path(), OPEN311)), Some(dir.path())).unwrap();
    assert_eq!(ctx.crm_forms, ["crm-graffiti", "crm-dog"]);
    let menu: Vec<&str> = ctx.menu().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        menu[menu.len() - 2..],
        ["crm-graffiti", "crm-dog"],
        "in the CRM's order, last"
    );
    assert!(
        kiosk::cli::forms_check(&ctx, None).unwrap(),
        "English-only CRM forms do not fail the check"
    );
}

#[test]
fn cached_crm_forms_are_offered_only_with_an_open311_crm() {
    let dir = cached_catalogue();
    let ctx = Context::load(Some(&config(dir.path(), "[crm]\nkind = \"none\"\n")), Some(dir.path())).unwrap();
    assert!(ctx.crm_forms.is_empty());
    assert!(ctx.forms.get("crm-graffiti").is_none());
}

#[test]
fn a_damaged_cached_form_is_left_out_and_the_rest_offered() {
    let dir = cached_catalogue();
    let db = rusqlite::Connection::open(dir.path().join("kiosk.db")).unwrap();
    db.execute(
        "UPDATE crm_forms SET form_toml = 'id = \"crm-graffiti\"\n[[question]' WHERE form_id = 'crm-graffiti'",
        [],
    )
    .unwrap();
    db.execute(
        "UPDATE crm_forms SET ftl = 'title = { \"unclosed' WHERE form_id = 'crm-dog'",
        [],
    )
    .unwrap();
    let ctx = Context::load(Some(&config(dir.path(), OPEN311)), Some(dir.path())).unwrap();
    assert!(ctx.crm_forms.is_empty(), "{:?}", ctx.crm_forms);
    assert!(ctx.forms.get("missed-bin").is_some(), "the bundled forms still load");
}

#[test]
fn a_bundled_form_wins_over_a_crm_service_with_its_id() {
    let dir = cached_catalogue();
    let forms = dir.path().join("forms");
    std::fs::create_dir(&forms).unwrap();
    std::fs::write(
        forms.join("crm-graffiti.toml"),
        "id = \"crm-graffiti\"\nversion = 7\ncategory = \"streets\"\n[[question]]\nid = \"where\"\ntype = \"short-text\"\n",
    )
    .unwrap();
    let cfg = format!(
        "{OPEN311}[kiosk]\nmenu = []\nforms_dir = {:?}\n",
        forms.display().to_string()
    );
    let ctx = Context::load(Some(&config(dir.path(), &cfg)), Some(dir.path())).unwrap();
    assert_eq!(ctx.crm_forms, ["crm-dog"]);
    assert_eq!(ctx.forms.get("crm-graffiti").unwrap().version, 7);
}

#[test]
fn a_menu_naming_a_crm_service_not_yet_cached_still_starts() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = format!("{OPEN311}[kiosk]\nmenu = [\"missed-bin\", \"crm-pothole\"]\n");
    let ctx = Context::load(Some(&config(dir.path(), &cfg)), Some(dir.path())).unwrap();
    assert_eq!(ctx.menu()[0].id, "missed-bin");
    assert!(!dir.path().join("kiosk.db").exists(), "loading creates no database");
}

#[test]
fn a_crm_service_a_bundled_form_already_serves_is_not_offered_twice() {
    // street-problem.toml sends to service "street-problem"; missed-bin.toml to "missed-bin".
    let dir = cached_catalogue_of(
        br#"[{"service_code": "street-problem", "service_name": "Report a street problem"},
             {"service_code": "GRAFFITI", "service_name": "Graffiti"},
             {"service_code": "missed-bin", "service_name": "Missed bin"}]"#,
    );
    let ctx = Context::load(Some(&config(dir.path(), OPEN311)), Some(dir.path())).unwrap();
    assert_eq!(
        ctx.crm_forms,
        ["crm-graffiti"],
        "only the service no bundled form serves"
    );
    let menu: Vec<&str> = ctx.menu().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(menu.iter().filter(|id| **id == "street-problem").count(), 1, "{menu:?}");
    let to_street = ctx
        .menu()
        .iter()
        .filter(|f| f.crm.service_code.as_deref().unwrap_or(&f.id) == "street-problem")
        .count();
    assert_eq!(to_street, 1, "one menu entry sends to the service: {menu:?}");
}
