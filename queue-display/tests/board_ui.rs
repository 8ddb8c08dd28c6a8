//! The board under Slint's testing backend, driven by a real engine: a call shows in the big
//! area with its counter, a recall is marked there, a lost hub brings up the banner while the
//! call stays readable, Urdu mirrors the layout, and a board that cannot be heard tells
//! visitors so in their language without ever showing the fault.

use i_slint_backend_testing::{ElementHandle, ElementRoot as _};
use onestop::queue::Command;
use queue_display::board::announcer::Sound;
use queue_display::board::demo::Hub;
use queue_display::board::feed::BoardInput;
use slint::ComponentHandle as _;
use std::sync::{Arc, Mutex};

fn one(window: &queue_display::ui::BoardWindow, id: &str) -> ElementHandle {
    let found: Vec<_> = ElementHandle::find_by_element_id(window, id).collect();
    assert_eq!(found.len(), 1, "{id} shown once");
    found[0].clone()
}

fn labelled(window: &queue_display::ui::BoardWindow, label: &str) -> usize {
    ElementHandle::find_by_accessible_label(window, label).count()
}

/// What is logged on this thread while it is held, as text.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    fn capture(&self) -> tracing::subscriber::DefaultGuard {
        let log = self.clone();
        tracing::subscriber::set_default(
            tracing_subscriber::fmt()
                .with_ansi(false)
                .with_writer(move || log.clone())
                .finish(),
        )
    }
    fn count(&self, text: &str) -> usize {
        String::from_utf8_lossy(&self.0.lock().unwrap()).matches(text).count()
    }
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

    // No sound card: the fault is the controller's to report to staff, never the screen's.
    let fault = "ALSA lib confmisc.c:855:(snd_func_card_inum) cannot find card '0'";
    let silent = tr.file_text("ur", "queue.ftl", "queue-board-silent", &[]);
    assert_eq!(labelled(&window, &silent), 0, "nothing to say while the board is heard");
    let log = Log::default();
    let logging = log.capture();
    board.set_sound(Sound::Off(fault.into()));
    show(&hub, true);
    board.set_sound(Sound::Off(fault.into()));
    show(&hub, true);
    assert_eq!(log.count(fault), 1, "logged once, not on every update");
    drop(logging);
    assert_eq!(board.sound(), Sound::Off(fault.into()), "kept for staff");
    assert_eq!(labelled(&window, &silent), 1, "visitors are told in their language");
    let technical = window
        .root_element()
        .query_descendants()
        .match_predicate(|e| {
            e.accessible_label()
                .is_some_and(|l| l.contains("ALSA") || l.contains("card"))
        })
        .find_all();
    assert!(technical.is_empty(), "the fault is not on the screen");
    board.next_locale();
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    let en = tr.file_text("en-GB", "queue.ftl", "queue-board-silent", &[]);
    assert_eq!(labelled(&window, &en), 1, "and in English on the English page");
    board.set_sound(Sound::On);
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    assert_eq!(labelled(&window, &en), 0, "gone once the board is heard again");
    assert_eq!(board.sound(), Sound::On);
}
