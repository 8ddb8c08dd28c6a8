//! The board under Slint's testing backend, driven by a real engine: a call shows in the big
//! area with its counter, a recall is marked there, a lost hub brings up the banner while the
//! call stays readable, and Urdu mirrors the layout.

use i_slint_backend_testing::ElementHandle;
use onestop::queue::Command;
use queue_display::board::demo::Hub;
use queue_display::board::feed::BoardInput;
use slint::ComponentHandle as _;
use std::sync::Arc;

fn one(window: &queue_display::ui::BoardWindow, id: &str) -> ElementHandle {
    let found: Vec<_> = ElementHandle::find_by_element_id(window, id).collect();
    assert_eq!(found.len(), 1, "{id} shown once");
    found[0].clone()
}

fn labelled(window: &queue_display::ui::BoardWindow, label: &str) -> usize {
    ElementHandle::find_by_accessible_label(window, label).count()
}

#[test]
fn a_call_shows_big_a_recall_is_marked_and_a_lost_hub_says_so() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let tr = Arc::new(onestop::embedded::translations().unwrap());
    let (window, board) = queue_display::board::init(tr.clone(), vec!["en-GB".into(), "ur".into()]).unwrap();
    window.window().set_size(slint::LogicalSize::new(1920.0, 1080.0));
    window.show().unwrap();
    let mut hub = Hub::default();
    let show = |hub: &Hub, connected: bool| {
        board.update(
            BoardInput {
                engine: Some(Arc::new(hub.engine.clone())),
                connected,
            },
            hub.log.clone(),
        );
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    };
    hub.issue("housing");
    hub.issue("council-tax");
    hub.run(1, Command::CallNext { counter: 1 });
    hub.run(1, Command::CallNext { counter: 2 });
    show(&hub, true);

    let big = one(&window, "NowPanel::now-label");
    assert_eq!(
        big.accessible_label().unwrap(),
        "B001",
        "the newest call is the big one"
    );
    assert!(big.size().height > 200.0, "in large type: {:?}", big.size());
    assert_eq!(
        one(&window, "NowPanel::now-counter").accessible_label().unwrap(),
        "Counter 2"
    );
    assert_eq!(labelled(&window, "Recall"), 0);
    let offline = tr.file_text("en-GB", "queue.ftl", "queue-board-offline", &[]);
    assert_eq!(labelled(&window, &offline), 0, "no banner while connected");

    hub.run(1, Command::Recall { counter: 1 });
    show(&hub, true);
    assert_eq!(one(&window, "NowPanel::now-label").accessible_label().unwrap(), "A001");
    assert_eq!(
        one(&window, "NowPanel::now-counter").accessible_label().unwrap(),
        "Counter 1"
    );
    assert_eq!(
        one(&window, "RecallBadge::recall-badge").accessible_label().unwrap(),
        "Recall",
        "the recall is marked in the big area"
    );

    show(&hub, false);
    assert_eq!(labelled(&window, &offline), 1, "the banner says the hub is lost");
    assert_eq!(
        one(&window, "NowPanel::now-label").accessible_label().unwrap(),
        "A001",
        "the last call stays readable"
    );

    // The next language: Urdu, mirrored: the big call sits on the right-hand, reading-start side.
    board.next_locale();
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    assert!(window.global::<queue_display::ui::Board>().get_rtl());
    let big = one(&window, "NowPanel::now-label");
    let centre = big.absolute_position().x + big.size().width / 2.0;
    assert!(centre > 960.0, "Urdu puts the call on the right: {centre}");
    let ur_offline = tr.file_text("ur", "queue.ftl", "queue-board-offline", &[]);
    assert_eq!(labelled(&window, &ur_offline), 1);
}
