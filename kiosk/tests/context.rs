//! Loading the kiosk's configuration, forms and translations: embedded defaults, a site's own
//! folders, and clear errors for a bad file.

use kiosk::context::Context;

fn load_with(config: &str) -> anyhow::Result<Context> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, config).unwrap();
    Context::load(Some(&path), Some(dir.path()))
}

#[test]
fn defaults_load_every_form_and_the_menu_in_the_configured_order() {
    let ctx = Context::load(None, Some(std::path::Path::new("/nonexistent-data-dir"))).unwrap();
    let menu: Vec<&str> = ctx.menu().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(menu.len(), ctx.forms.len());
    assert_eq!(menu[0], "missed-bin");
    assert_eq!(*menu.last().unwrap(), "feedback");
}

#[test]
fn a_menu_naming_an_unknown_form_is_refused() {
    let e = load_with("[kiosk]\nmenu = [\"missed-bin\", \"parking-fine\"]\n")
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("kiosk.menu") && e.contains("parking-fine"), "{e}");
}

#[test]
fn a_locale_without_translations_is_refused() {
    let e = load_with("[kiosk]\nlocales = [\"en-GB\", \"fr\"]\n")
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("\"fr\""), "{e}");
    let e = load_with("[staff]\nlocale = \"cy\"\n").err().unwrap().to_string();
    assert!(e.contains("staff.locale names \"cy\""), "{e}");
    let ok = load_with("[staff]\nlocale = \"pl\"\n").unwrap();
    assert_eq!(ok.config.staff.locale, "pl");
}

#[test]
fn a_site_forms_folder_with_a_broken_form_lists_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let forms = dir.path().join("forms");
    std::fs::create_dir(&forms).unwrap();
    std::fs::write(
        forms.join("bad.toml"),
        "id = \"bad\"\nversion = 1\ncategory = \"x\"\n[[question]]\nid = \"q\"\ntype = \"colour\"\n",
    )
    .unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!("[kiosk]\nmenu = []\nforms_dir = {:?}\n", forms.display().to_string()),
    )
    .unwrap();
    let e = format!("{:#}", Context::load(Some(&cfg), Some(dir.path())).err().unwrap());
    assert!(e.contains("bad.toml") && e.contains("colour"), "{e}");
}

#[test]
fn a_missing_config_file_says_which() {
    let e = format!(
        "{:#}",
        Context::load(Some(std::path::Path::new("/no/such/kiosk.toml")), None)
            .err()
            .unwrap()
    );
    assert!(e.contains("/no/such/kiosk.toml"), "{e}");
}
