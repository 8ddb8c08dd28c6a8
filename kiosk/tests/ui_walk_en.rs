//! A visitor fills the missed-bin form in English, end to end, through the real UI.

mod common;

#[test]
fn a_visitor_reports_a_missed_bin_in_english() {
    let k = common::start();
    k.walk_missed_bin("en-GB");
    use slint::ComponentHandle as _;
    assert!(!k.window.global::<kiosk::ui::Theme>().get_rtl());
    k.tap(&k.text("en-GB", "confirm-finish"));
    assert_eq!(k.page(), kiosk::ui::Page::Welcome);
}
