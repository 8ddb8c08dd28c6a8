//! The idle timeout: a warning with "I need more time" before the end, then a wipe of the draft
//! and every trace of the answers on screen.

mod common;

use kiosk::ui::Page;
use slint::ComponentHandle as _;
use std::time::Duration;

fn wait(secs: u64) {
    for _ in 0..secs {
        i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(1));
    }
}

#[test]
fn an_idle_session_is_warned_then_wiped() {
    let k = common::start();
    let cfg = k.ctx.config.kiosk.clone();
    k.tap("English");
    k.tap(&k.form_text("en-GB", "missed-bin", "title", None));
    k.tap(&k.form_text("en-GB", "missed-bin", "bin-type", Some("opt-food")));
    k.tap("Continue");
    k.type_into("Postcode", "LE1 1AA");
    assert_eq!(k.store().draft_count().unwrap(), 1);

    wait(cfg.idle_timeout_secs - cfg.idle_warning_secs - 1);
    assert!(!k.shows("I need more time"), "no warning yet");
    wait(2);
    assert!(k.shows("I need more time"), "warned at least 30 s before the end");
    k.tap("I need more time");
    assert!(!k.shows("I need more time"), "warning dismissed");
    assert_eq!(k.page(), Page::Question, "still on the form");

    // Finish the form up to the check page, then walk away.
    k.type_into("House number or name", "7");
    k.type_into("Street", "Mill Lane");
    k.tap("Continue");
    k.tap("Yes");
    k.tap("Continue");
    k.tap("Continue");
    assert_eq!(k.page(), Page::Check);
    use slint::Model as _;
    assert!(k.window.global::<kiosk::ui::Check>().get_rows().row_count() > 0);

    wait(cfg.idle_timeout_secs + 1);
    assert_eq!(k.page(), Page::Welcome);
    assert_eq!(
        k.window.global::<kiosk::ui::Check>().get_rows().row_count(),
        0,
        "check rows wiped"
    );
    assert_eq!(
        k.window.global::<kiosk::ui::Question>().get_options().row_count(),
        0,
        "options wiped"
    );
    assert_eq!(k.store().draft_count().unwrap(), 0, "draft wiped");
    let q = k.window.global::<kiosk::ui::Question>();
    assert_eq!(q.get_f0(), "", "typed text wiped from the UI");
    assert_eq!(k.store().outbox_count().unwrap(), 0, "nothing was sent");
}
