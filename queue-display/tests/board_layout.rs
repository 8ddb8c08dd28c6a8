//! The board's layout under Slint's testing backend, at the sizes it is hung at: `--fullscreen`
//! and `--size 1080x1920` reach the window, portrait stacks the calls above the services and
//! landscape sets them side by side (and a window resized at run time follows), every ticket
//! still called is in "Now calling", and the service rows, with Polish names long enough to
//! wrap, never overlap one another or run off the screen, mirrored in Urdu.

use i_slint_backend_testing::ElementHandle;
use queue_display::board::demo::Hub;
use queue_display::board::feed::BoardInput;
use queue_display::board::screen::{Screen, Size};
use queue_display::ui::BoardWindow;
use slint::ComponentHandle as _;
use std::sync::Arc;

/// An element's box on the window: left, top, right, bottom.
#[derive(Debug, Clone, Copy)]
struct Rect(f32, f32, f32, f32);

impl Rect {
    fn of(e: &ElementHandle) -> Rect {
        let (p, s) = (e.absolute_position(), e.size());
        Rect(p.x, p.y, p.x + s.width, p.y + s.height)
    }
    fn overlaps(&self, o: &Rect) -> bool {
        self.0 < o.2 && o.0 < self.2 && self.1 < o.3 && o.1 < self.3
    }
    fn inside(&self, o: &Rect) -> bool {
        self.0 >= o.0 - 0.5 && self.1 >= o.1 - 0.5 && self.2 <= o.2 + 0.5 && self.3 <= o.3 + 0.5
    }
    fn centre_x(&self) -> f32 {
        (self.0 + self.2) / 2.0
    }
}

fn all(window: &BoardWindow, id: &str) -> Vec<ElementHandle> {
    ElementHandle::find_by_element_id(window, id).collect()
}

fn one(window: &BoardWindow, id: &str) -> Rect {
    let found = all(window, id);
    assert_eq!(found.len(), 1, "{id} shown once");
    Rect::of(&found[0])
}

fn settle() {
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
}

/// Every service card on the screen, each within the window and clear of the others, its three
/// texts inside it, clear of each other, with the name at the reading start edge. Returns the
/// cards' boxes, top to bottom.
fn service_rows_fit(window: &BoardWindow, screen: Rect, rtl: bool) -> Vec<Rect> {
    let mut cards: Vec<Rect> = ElementHandle::find_by_element_type_name(window, "ServiceCard")
        .map(|e| Rect::of(&e))
        .collect();
    cards.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(cards.len(), 3, "one card per service");
    for (i, c) in cards.iter().enumerate() {
        assert!(c.inside(&screen), "card {i} {c:?} is on the screen {screen:?}");
        for d in &cards[i + 1..] {
            assert!(!c.overlaps(d), "cards {c:?} and {d:?} overlap");
        }
    }
    let texts = |id: &str| -> Vec<Rect> {
        let mut t: Vec<Rect> = all(window, id).iter().map(Rect::of).collect();
        t.sort_by(|a, b| a.1.total_cmp(&b.1));
        assert_eq!(t.len(), 3, "{id} on every card");
        t
    };
    let (names, waiting, waits) = (
        texts("ServiceCard::name"),
        texts("ServiceCard::waiting"),
        texts("ServiceCard::wait"),
    );
    for (i, card) in cards.iter().enumerate() {
        let row = [names[i], waiting[i], waits[i]];
        for (j, t) in row.iter().enumerate() {
            assert!(t.inside(card), "text {j} {t:?} of card {i} is inside it {card:?}");
            for u in &row[j + 1..] {
                assert!(!t.overlaps(u), "texts {t:?} and {u:?} of card {i} overlap");
            }
        }
        let (name, wait) = (names[i].centre_x(), waits[i].centre_x());
        assert_eq!(name > wait, rtl, "the name is at the reading start edge (rtl: {rtl})");
    }
    cards
}

#[test]
fn the_board_fits_portrait_and_landscape_screens_in_long_and_mirrored_languages() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let tr = Arc::new(onestop::embedded::translations().unwrap());
    let (window, board) = queue_display::board::init(tr.clone(), vec!["pl".into(), "ur".into()]).unwrap();
    let portrait = Screen {
        fullscreen: true,
        size: Some(Size {
            width: 1080,
            height: 1920,
        }),
    };
    portrait.apply(window.window());
    window.show().unwrap();
    assert!(window.window().is_fullscreen(), "--fullscreen reaches the window");
    assert_eq!(window.window().size(), slint::PhysicalSize::new(1080, 1920));

    // A042 called at counter 1 and C001 at counter 3, both still on their way; B001 served at 2.
    let hub = Hub::morning();
    board.update(
        BoardInput {
            engine: Some(Arc::new(hub.engine.clone())),
            connected: true,
        },
        hub.log.clone(),
    );
    settle();
    let screen = Rect(0.0, 0.0, 1080.0, 1920.0);

    // Portrait: the calls across the top, the services below them, all on the screen.
    let big = one(&window, "NowPanel::now-label");
    assert!(
        big.inside(&screen) && big.3 < 960.0,
        "the call is in the top half: {big:?}"
    );
    assert!(
        (big.centre_x() - 540.0).abs() < 20.0,
        "centred across the width: {big:?}"
    );
    let still_called: Vec<_> = all(&window, "NowLine::label")
        .iter()
        .map(|e| e.accessible_label().unwrap().to_string())
        .collect();
    assert_eq!(still_called, ["C001"], "C001 is still called too, under A042");
    let cards = service_rows_fit(&window, screen, false);
    assert!(cards[0].1 > big.3, "the services are under the call");
    // "Podatek lokalny (Council Tax)" cannot fit one line of its column: it wraps, not elides.
    let names = all(&window, "ServiceCard::name");
    let height_of = |label: &str| {
        let e = names
            .iter()
            .find(|e| e.accessible_label().unwrap() == label)
            .unwrap_or_else(|| panic!("{label} shown"));
        e.size().height
    };
    let (long, short) = (height_of("Podatek lokalny (Council Tax)"), height_of("Mieszkalnictwo"));
    assert!(long > short * 1.5, "the long name takes two lines: {long} vs {short}");

    // Turned to landscape while running: the call and the lists side by side.
    window.window().set_size(slint::PhysicalSize::new(1920, 1080));
    settle();
    let screen = Rect(0.0, 0.0, 1920.0, 1080.0);
    let big = one(&window, "NowPanel::now-label");
    assert!(
        big.inside(&screen) && big.2 <= 960.0,
        "the call on the left half: {big:?}"
    );
    let cards = service_rows_fit(&window, screen, false);
    assert!(
        cards.iter().all(|c| c.0 >= 960.0),
        "the services on the right half: {cards:?}"
    );

    // Urdu mirrors it all: the call on the right, each service's name at its right-hand edge.
    board.next_locale();
    settle();
    let big = one(&window, "NowPanel::now-label");
    assert!(big.0 >= 960.0, "the call on the right half: {big:?}");
    let cards = service_rows_fit(&window, screen, true);
    assert!(
        cards.iter().all(|c| c.2 <= 960.0),
        "the services on the left half: {cards:?}"
    );

    // And back to portrait, in Urdu.
    window.window().set_size(slint::PhysicalSize::new(1080, 1920));
    settle();
    let screen = Rect(0.0, 0.0, 1080.0, 1920.0);
    assert!(one(&window, "NowPanel::now-label").3 < 960.0);
    service_rows_fit(&window, screen, true);
}
