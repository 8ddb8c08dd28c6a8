//! A visitor fills the missed-bin form in Urdu: the same walk, every label in Urdu, and the
//! layout mirrored (the Continue button sits at the right-hand, reading-start edge).

mod common;

use slint::ComponentHandle as _;

#[test]
fn a_visitor_reports_a_missed_bin_in_urdu_with_a_mirrored_layout() {
    let k = common::start();
    let name = k.ctx.translations.get("ur").unwrap().info.name.clone();
    k.tap(&name);
    assert!(
        k.window.global::<kiosk::ui::Theme>().get_rtl(),
        "Urdu turns on right-to-left"
    );
    k.tap(&k.form_text("ur", "missed-bin", "title", None));
    let cont = k.find(&k.text("ur", "continue"));
    let x = cont[0].absolute_position().x + cont[0].size().width / 2.0;
    let width = k.window.window().size().width as f32 / k.window.window().scale_factor();
    assert!(x > width / 2.0, "Continue is on the right in RTL ({x} of {width})");
    // Back to the start so the shared walk begins from the language list.
    k.controller.finish();
    k.walk_missed_bin("ur");
}
