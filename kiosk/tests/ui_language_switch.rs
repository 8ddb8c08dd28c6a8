//! Switching language mid-form keeps every answer, including text typed but not yet sent on.
//! (Its own test binary: Slint's testing platform is set once per process.)

mod common;

#[test]
fn switching_language_mid_form_keeps_the_answers() {
    let k = common::start();
    k.tap("English");
    k.tap(&k.form_text("en-GB", "missed-bin", "title", None));
    k.tap(&k.form_text("en-GB", "missed-bin", "bin-type", Some("opt-garden")));
    k.tap("Continue");
    k.type_into("Postcode", "LE1 1AA");
    k.tap("Language");
    k.tap(&k.ctx.translations.get("ur").unwrap().info.name);
    assert_eq!(k.page(), kiosk::ui::Page::Question, "back on the same question");
    let field = k.field(&k.text("ur", "address-postcode"));
    assert_eq!(
        field.accessible_value().unwrap(),
        "LE1 1AA",
        "typed text survives the switch"
    );
    k.tap(&k.text("ur", "back"));
    let garden: Vec<_> = k
        .find(&k.form_text("ur", "missed-bin", "bin-type", Some("opt-garden")))
        .into_iter()
        .filter(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::RadioButton))
        .collect();
    assert_eq!(
        garden[0].accessible_checked(),
        Some(true),
        "earlier answer kept, now in Urdu"
    );
}
