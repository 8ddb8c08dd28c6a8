//! A Polish-speaking visitor fills a form from the CRM's cached catalogue through the real UI:
//! it shows after the bundled forms, its words are the CRM's English while the kiosk's own words
//! stay Polish, and the confirmation (the CRM gives no next steps) shows the kiosk's generic,
//! translated ones. The outbox row records the CRM form's version.

mod common;

use kiosk::context::Context;
use onestop::crm::catalogue::{map_service, parse_service_list};
use onestop::store::catalogue::Entry;
use slint::ComponentHandle as _;
use slint::Model as _;
use std::rc::Rc;

/// A kiosk whose data folder already holds a refreshed CRM catalogue with one service.
fn start_with_crm_catalogue() -> common::Kiosk {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    // Port 9 (discard): nothing here contacts the CRM; the cache is what is offered.
    std::fs::write(
        &cfg,
        "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:9/open311/\"\n",
    )
    .unwrap();
    let list = br#"[{"service_code": "GRAFFITI", "service_name": "Graffiti", "description": "Report graffiti", "metadata": false}]"#;
    let service = &parse_service_list(list).unwrap().services[0];
    {
        let ctx = Context::load(Some(&cfg), Some(dir.path())).unwrap();
        let mut store = ctx.open_store().unwrap();
        store
            .replace_crm_catalogue(&[Entry::Mapped(map_service(service, None).unwrap())])
            .unwrap();
    }
    let ctx = Rc::new(Context::load(Some(&cfg), Some(dir.path())).unwrap());
    let store = ctx.open_store().unwrap();
    let (window, controller) = kiosk::init(ctx.clone(), store).unwrap();
    let timer = kiosk::start_idle_timer(&controller);
    window.window().set_size(slint::LogicalSize::new(1080.0, 1920.0));
    window.show().unwrap();
    common::Kiosk {
        window,
        controller,
        ctx,
        dir,
        timer,
    }
}

#[test]
fn a_crm_form_is_walked_in_polish_chrome_and_confirmed_with_generic_next_steps() {
    let k = start_with_crm_catalogue();
    assert_eq!(k.ctx.crm_forms, ["crm-graffiti"]);
    k.tap(&k.ctx.translations.get("pl").unwrap().info.name);
    assert_eq!(k.page(), kiosk::ui::Page::Menu);
    let services = k.window.global::<kiosk::ui::Menu>().get_services();
    let ids: Vec<String> = services.iter().map(|s| s.id.to_string()).collect();
    let n = ids.len();
    assert_eq!(
        ids[n - 2],
        "crm-graffiti",
        "after the bundled forms, before tracking: {ids:?}"
    );
    assert_eq!(
        services.row_data(n - 2).unwrap().title,
        "Graffiti",
        "the CRM's English name"
    );

    k.tap("Graffiti");
    assert_eq!(k.page(), kiosk::ui::Page::Question);
    assert!(k.shows("Where is it?"), "the CRM form's words are English");
    k.type_into(&k.text("pl", "address-postcode"), "le1 1aa");
    k.type_into(&k.text("pl", "address-house"), "1");
    k.type_into(&k.text("pl", "address-street"), "Bus Station");
    k.tap(&k.text("pl", "continue"));
    assert!(k.shows("Describe the problem or request"));
    // The description is required on a description-only form.
    k.tap(&k.text("pl", "continue"));
    assert_eq!(k.page(), kiosk::ui::Page::Question, "a blank description is refused");
    let description = k.field("Describe the problem or request");
    description.set_accessible_value("Tags on the shelter");
    k.tap(&k.text("pl", "continue"));
    assert_eq!(k.page(), kiosk::ui::Page::Check);
    k.tap(&k.text("pl", "send"));
    assert_eq!(k.page(), kiosk::ui::Page::Confirm);

    let generic = k.text("pl", "confirm-next-generic");
    assert_ne!(generic, k.text("en-GB", "confirm-next-generic"), "translated");
    assert_eq!(
        k.window.global::<kiosk::ui::Confirm>().get_next_steps(),
        generic.as_str(),
        "no crm-graffiti:next-steps placeholder"
    );
    let rows = k.store().submissions().unwrap();
    assert_eq!(
        (rows[0].form_id.as_str(), rows[0].form_version, rows[0].locale.as_str()),
        ("crm-graffiti", 1, "pl")
    );
}
