//! The address question with the council's gazetteer, as plain tests over [`update`]: the
//! postcode, "Select your address", "My address is not listed", in English and in Urdu, by touch
//! and by the keypad alone, and what the stored answer carries (the UPRN, or `null`).

use super::address::{NOT_LISTED, Place};
use super::effect::Effect;
use super::script::Run;
use super::{Msg, Screen};
use onestop::config::KeyRole::*;
use onestop::forms::{Location, Value};

/// Three properties at LE1 1AA, in the order the gazetteer gives them, and one elsewhere.
fn places() -> Vec<Place> {
    let place = |uprn, house: &str, postcode: &str| Place {
        uprn,
        usrn: Some(2_700_123),
        label: format!("{house} High Street"),
        house: house.to_owned(),
        street: "High Street".into(),
        town: "Leicester".into(),
        postcode: postcode.into(),
        location: Some(Location::new(52.634, -1.1321, Some(458_600.0), Some(304_400.0))),
    };
    vec![
        place(100_030_000_002, "2", "LE1 1AA"),
        place(100_030_000_010, "10", "LE1 1AA"),
        place(100_030_000_101, "Flat 1, 12", "LE1 1AA"),
        place(100_030_000_999, "99", "LE2 2BB"),
    ]
}

fn with_gazetteer() -> Run {
    let mut k = Run::new();
    k.places = Some(places());
    k
}

/// The address answer "Send" stored.
fn stored_address(k: &Run) -> onestop::forms::Address {
    let valid = k
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::Store { valid, .. } => Some(valid.clone()),
            _ => None,
        })
        .expect("the form was sent");
    match valid.values.get("address") {
        Some(Value::Address(a)) => a.clone(),
        other => panic!("no address answer: {other:?}"),
    }
}

const TO_ADDRESS: &str = "open missed-bin > =Question > pick recycling > continue > =Question";
const AFTER_ADDRESS: &str = "=Question > pick yes > continue > continue > =Check > send > =Confirm";

#[test]
fn a_visitor_picks_their_home_and_the_form_carries_its_uprn() {
    let mut k = with_gazetteer();
    k.script(&format!("lang en-GB > {TO_ADDRESS}"))
        .script("?shows Enter the postcode and we will find the address > continue > ?shows Enter the postcode")
        .script("type le1 1aa > enter > ?shows Select your address > ?shows 3 addresses at LE1 1AA")
        .script("?shows Flat 1, 12 High Street > ?shows My address is not listed > ?hides 99 High Street")
        .script("continue > ?shows Select your address, or")
        .script("pick 100030000101 > continue")
        .script(&format!("?shows Flat 1, 12 High Street > {AFTER_ADDRESS}"));
    let a = stored_address(&k);
    assert_eq!(a.uprn, Some(100_030_000_101));
    assert_eq!(a.usrn, Some(2_700_123));
    assert_eq!(
        (a.house.as_str(), a.street.as_str(), a.postcode.as_str()),
        ("Flat 1, 12", "High Street", "LE1 1AA")
    );
    assert_eq!(a.location.and_then(|l| l.easting), Some(458_600));
}

#[test]
fn not_listed_in_urdu_types_the_address_and_sends_uprn_null() {
    let mut k = with_gazetteer();
    k.script(&format!("lang ur > {TO_ADDRESS}"))
        .script("type LE1 1AA > continue > ?shows اپنا پتہ چنیں > ?shows میرا پتہ فہرست میں نہیں ہے")
        .script(&format!("pick {NOT_LISTED} > continue > ?shows پتہ لکھیں"));
    assert_eq!(k.app.form.fields[0], "LE1 1AA", "the postcode is kept");
    // Back returns to the list, then to the postcode; forward again to the boxes.
    k.script("back > ?shows اپنا پتہ چنیں > back > =Question > ?hides اپنا پتہ چنیں")
        .script(&format!("continue > pick {NOT_LISTED} > continue"))
        .script("part 1 > type 7 > part 2 > type Back Lane > continue")
        .script(AFTER_ADDRESS);
    let a = stored_address(&k);
    assert_eq!(a.uprn, None, "typed by hand");
    assert_eq!((a.house.as_str(), a.street.as_str()), ("7", "Back Lane"));
    let wire = serde_json::to_value(&a).unwrap();
    assert!(wire["uprn"].is_null() && wire.get("uprn").is_some(), "{wire}");
}

#[test]
fn a_postcode_with_no_properties_opens_the_boxes_and_says_why() {
    let mut k = with_gazetteer();
    k.script(&format!("lang en-GB > {TO_ADDRESS}"))
        .script("type SW1A 2AA > continue > ?shows We could not find addresses at SW1A 2AA")
        .script("?shows House number or name");
    let mut k = with_gazetteer();
    k.script(&format!("lang en-GB > {TO_ADDRESS}"))
        .script("type LE1 > continue > ?shows Enter a real UK postcode");
    assert!(
        !k.effects.iter().any(|e| matches!(e, Effect::FindAddresses { .. })),
        "a bad postcode is not looked up"
    );
}

#[test]
fn change_from_the_check_page_offers_the_same_home_picked() {
    let mut k = with_gazetteer();
    k.script(&format!("lang en-GB > {TO_ADDRESS}"))
        .script("type LE1 1AA > continue > pick 100030000010 > continue > =Question > pick yes > continue")
        .script("continue > =Check > ?shows 10 High Street > change address > =Question")
        .script("?shows LE1 1AA > continue > ?shows Select your address");
    assert_eq!(
        k.app.form.selected,
        ["100030000010"],
        "the earlier pick is picked again"
    );
}

#[test]
fn the_keypad_alone_finds_and_picks_an_address_and_each_step_is_said() {
    let mut k = with_gazetteer();
    k.script(&format!("lang en-GB > {TO_ADDRESS}"));
    k.send(Msg::Key(Down));
    k.effects.clear();
    k.send(Msg::Typed("le1 1aa\n".into()));
    let said: Vec<String> = k
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::Say { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    let heard = said.join(" | ");
    assert!(heard.contains("Select your address"), "{heard}");
    assert!(heard.contains("2 High Street, radio button, 1 of 4"), "{heard}");
    for _ in 0..3 {
        k.send(Msg::Key(Down));
    }
    assert_eq!(k.app.access.focus, format!("opt:{NOT_LISTED}"));
    k.send(Msg::Key(Up));
    k.send(Msg::Key(Activate));
    assert_eq!(k.app.form.selected, ["100030000101"]);
    for _ in 0..10 {
        if k.app.access.focus == "continue" {
            break;
        }
        k.send(Msg::Key(Down));
    }
    k.send(Msg::Key(Activate));
    assert_eq!(k.app.nav.screen(), Screen::Question);
    assert!(k.app.form.errors.is_empty(), "{:?}", k.app.form.errors);
    assert!(!k.app.form.looks_up(), "on to the next question");
}
