//! The on-screen keyboard's Enter on a question of several boxes (the address, a date) moves to
//! the next box and continues only from the last, as a visitor expects; and the keys that are
//! not letters are named in the visitor's language, for headphones and screen readers.

mod common;

use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use kiosk::ui::{Page, Question};
use slint::ComponentHandle as _;

/// Press the on-screen key named `name`.
fn press(k: &common::Kiosk, name: &str) {
    let keys: Vec<_> = ElementHandle::find_by_accessible_label(&k.window, name)
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .collect();
    assert!(!keys.is_empty(), "no key named {name:?}");
    keys[0].invoke_accessible_default_action();
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
}

#[test]
fn enter_moves_through_the_address_and_keys_are_named_in_the_visitors_language() {
    let k = common::start();
    for locale in ["en-GB", "ur"] {
        let t = |id: &str| k.text(locale, id);
        k.controller.finish();
        let name = k.ctx.translations.get(locale).unwrap().info.name.clone();
        k.tap(&name);
        k.tap(&k.form_text(locale, "missed-bin", "title", None));
        k.tap(&k.form_text(locale, "missed-bin", "bin-type", Some("opt-recycling")));
        k.tap(&t("continue"));
        if k.shows(&t("keyboard-show")) {
            k.tap(&t("keyboard-show"));
        }
        // The special keys say what they are in the visitor's language.
        for id in ["key-enter", "key-space", "key-backspace"] {
            assert!(k.shows(&t(id)), "{locale}: the {id} key is named {:?}", t(id));
        }
        let q = k.window.global::<Question>();
        k.type_into(&t("address-postcode"), "LE1 1AA");
        k.type_into(&t("address-house"), "12");
        k.type_into(&t("address-street"), "High Street");
        assert_eq!(q.get_active_part(), 0);
        for next in 1..=3 {
            press(&k, &t("key-enter"));
            assert_eq!(k.page(), Page::Question, "{locale}: Enter did not send the page");
            assert_eq!(q.get_active_part(), next, "{locale}: Enter moved to the next box");
        }
        // From the last box (the town, optional), Enter continues.
        press(&k, &t("key-enter"));
        assert!(k.shows(&t("yes")), "{locale}: on to the next question");
    }
}
