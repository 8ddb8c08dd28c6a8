//! A visitor fills the missed-bin form in English, end to end, through the real UI.

mod common;

#[test]
fn a_visitor_reports_a_missed_bin_in_english() {
    let k = common::start();
    k.walk_missed_bin("en-GB");
    use slint::ComponentHandle as _;
    assert!(!k.window.global::<kiosk::ui::Theme>().get_rtl());
    k.tap(&k.text("en-GB", "confirm-finish"));
    // "How was this?": one tap is counted for the form and today, with nothing about the visit.
    assert_eq!(k.page(), kiosk::ui::Page::Rate);
    k.tap(&k.text("en-GB", "rate-4"));
    assert_eq!(k.page(), kiosk::ui::Page::Welcome);
    let today = kiosk::clock::local_now().date().to_string();
    let counted = k.store().ratings_on(&today).unwrap();
    assert_eq!(counted.len(), 1, "{counted:?}");
    assert_eq!(
        counted[0].subject,
        onestop::store::ratings::Subject::Form("missed-bin".into())
    );
    assert_eq!(counted[0].counts, [0, 0, 0, 1, 0]);
}
