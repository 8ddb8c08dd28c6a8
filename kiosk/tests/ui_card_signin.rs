//! A library member signs in with their card while joining the library: the card is read (the
//! simulated reader), a wrong PIN is refused with the tries left, the right PIN shows the consent
//! page with what the card holds, and only after "Yes" are the name fields filled in. The PIN is
//! shown as dots only. Finishing the visit forgets the card.

mod common;

use kiosk::ui::Page;
use std::io::Write;

#[test]
fn a_card_fills_in_the_form_only_after_the_visitor_agrees() {
    let url = common::lookup::start();
    let dir = tempfile::tempdir().unwrap();
    let reader = dir.path().join("reader.txt");
    std::fs::write(&reader, "").unwrap();
    let k = common::start_with_config(&format!(
        "[cards]\nidentity = \"crm\"\ncrm_url = \"{url}\"\ncrm_key = \"k\"\nsimulated = \"{}\"\n",
        reader.display()
    ));
    let _readers = k.start_devices();
    let en = "en-GB";
    let name = k.ctx.translations.get(en).unwrap().info.name.clone();
    k.tap(&name);
    assert!(k.shows(&k.text(en, "card-hint")), "the menu says cards can be used");
    k.tap(&k.form_text(en, "library-join", "title", None));
    assert_eq!(k.page(), Page::Question);

    let tap = |line: &str| {
        let mut f = std::fs::OpenOptions::new().append(true).open(&reader).unwrap();
        writeln!(f, "{line}").unwrap();
    };
    tap(&format!("tap {}", common::lookup::CARD));
    k.wait_for(&k.text(en, "card-pin-title"));
    assert_eq!(k.page(), Page::CardPin);

    k.keys("9999");
    use slint::ComponentHandle as _;
    let card = k.window.global::<kiosk::ui::Card>();
    assert_eq!(card.get_pin_dots(), "●●●●", "dots only");
    assert!(!format!("{:?}", card.get_pin_typed()).contains("9999"));
    k.keys("\n");
    let wrong = k
        .ctx
        .translations
        .text(en, "card-pin-wrong", &[("left", onestop::i18n::ArgValue::Num(2))]);
    k.wait_for(&wrong);
    assert!(!k.shows("Amina"), "nothing shown for a wrong PIN");

    k.keys("1234\n");
    k.wait_for(&k.text(en, "card-consent-title"));
    assert_eq!(k.page(), Page::CardConsent);
    assert!(k.shows("Amina Begum"), "the details are listed before use");
    k.tap(&k.text(en, "card-consent-yes"));
    assert_eq!(k.page(), Page::Question);
    let question = k.window.global::<kiosk::ui::Question>();
    assert_eq!(question.get_f0(), "Amina", "the first name is filled in after agreeing");
    assert!(k.shows(&k.text(en, "card-used")));

    // Leaving forgets the card and the details.
    k.controller.finish();
    assert_eq!(k.page(), Page::Welcome);
    assert!(
        !k.controller.holds_card_details(),
        "the card and its details are forgotten"
    );
}
