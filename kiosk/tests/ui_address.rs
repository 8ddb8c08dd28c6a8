//! The address question in a real kiosk window with the council's gazetteer in its data folder:
//! in English a visitor types the postcode, picks their flat from "Select your address" and the
//! stored answer carries its UPRN; in Urdu (mirrored) "My address is not listed" opens the boxes
//! and the answer says `uprn: null`.

mod common;

use kiosk::ui::Page;
use onestop::reference::Reference;
use slint::ComponentHandle as _;

/// The project's sample LLPG extract: flats, a suffix, a range and a named building at LE1 1AA
/// (out of order on purpose), and two houses at LE2 2BB.
const LLPG: &str = include_str!("../../assets/gazetteer/sample-llpg.csv");

/// The address answer of the submission made in `locale`.
fn address_of(k: &common::Kiosk, locale: &str) -> serde_json::Value {
    let store = k.store();
    let rows = store.submissions().unwrap();
    let last = rows.iter().find(|r| r.locale == locale).expect("a submission");
    let payload = store
        .submission_payload(&Reference::parse(&last.reference).unwrap())
        .unwrap()
        .unwrap();
    serde_json::to_value(&payload.values["address"]).unwrap()["value"].clone()
}

/// From the language list to the address question of the missed-bin form.
fn to_address(k: &common::Kiosk, locale: &str) {
    let name = k.ctx.translations.get(locale).unwrap().info.name.clone();
    k.tap(&name);
    k.tap(&k.form_text(locale, "missed-bin", "title", None));
    k.tap(&k.form_text(locale, "missed-bin", "bin-type", Some("opt-recycling")));
    k.tap(&k.text(locale, "continue"));
    assert_eq!(k.page(), Page::Question);
}

/// From the question after the address to "Send", and back to the start.
fn finish_form(k: &common::Kiosk, locale: &str) {
    k.tap(&k.text(locale, "yes"));
    k.tap(&k.text(locale, "continue"));
    k.tap(&k.text(locale, "continue"));
    assert_eq!(k.page(), Page::Check);
    k.tap(&k.text(locale, "send"));
    assert_eq!(k.page(), Page::Confirm);
}

#[test]
fn a_visitor_picks_their_flat_in_english_and_types_an_unlisted_home_in_urdu() {
    let k = common::start_with_gazetteer(LLPG);

    // English: the postcode alone, then the list in reading order, then the flat.
    to_address(&k, "en-GB");
    let hint = format!(
        "{}\n{}",
        k.text("en-GB", "address-find-hint"),
        k.text("en-GB", "postcode-hint")
    );
    assert!(k.shows(&hint), "the page says the address will be found");
    assert!(
        !k.shows(&k.text("en-GB", "address-house")),
        "no house box before the lookup"
    );
    k.type_into(&k.form_text("en-GB", "missed-bin", "address", None), "le1 1aa");
    k.tap(&k.text("en-GB", "continue"));
    assert!(k.shows(&k.text("en-GB", "address-select")));
    let order = [
        "2 High Street",
        "4 High Street",
        "4A High Street",
        "10 High Street",
        "Flat 1, 12 High Street",
        "Flat 2, 12 High Street",
        "14-16 High Street",
        "Rose Court, High Street",
    ];
    let listed: Vec<String> = order
        .into_iter()
        .map(|label| {
            let found = k.find(label);
            assert!(!found.is_empty(), "{label} is listed");
            format!("{label} at y={}", found[0].absolute_position().y)
        })
        .collect();
    let ys: Vec<f32> = order.iter().map(|l| k.find(l)[0].absolute_position().y).collect();
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "sorted as a person reads them: {listed:?}"
    );
    assert!(!k.shows("7 Back Lane"), "only the postcode asked");
    k.tap("Flat 1, 12 High Street");
    k.tap(&k.text("en-GB", "continue"));
    finish_form(&k, "en-GB");
    let address = address_of(&k, "en-GB");
    assert_eq!(address["uprn"], 100_030_000_101u64, "{address}");
    assert_eq!(address["usrn"], 2_700_123u64);
    assert_eq!(address["house"], "Flat 1, 12");
    let lat = address["location"]["lat"].as_f64().unwrap();
    assert!((52.0..53.0).contains(&lat), "a place in Leicester: {address}");

    // Urdu: mirrored; the list, then "My address is not listed" and the boxes.
    k.controller.finish();
    to_address(&k, "ur");
    assert!(k.window.global::<kiosk::ui::Theme>().get_rtl());
    k.type_into(&k.form_text("ur", "missed-bin", "address", None), "LE1 1AA");
    k.tap(&k.text("ur", "continue"));
    assert!(k.shows(&k.text("ur", "address-select")));
    k.tap(&k.text("ur", "address-not-listed"));
    k.tap(&k.text("ur", "continue"));
    assert!(k.shows(&k.text("ur", "address-enter")));
    let postcode = k.field(&k.text("ur", "address-postcode"));
    assert_eq!(postcode.accessible_value().unwrap(), "LE1 1AA", "the postcode is kept");
    k.type_into(&k.text("ur", "address-house"), "12B");
    k.type_into(&k.text("ur", "address-street"), "High Street");
    k.tap(&k.text("ur", "continue"));
    finish_form(&k, "ur");
    let address = address_of(&k, "ur");
    assert!(address["uprn"].is_null(), "typed by hand: {address}");
    assert_eq!(address["house"], "12B");
}
