//! The ticket page's QR code on the real kiosk window: a ticket taken by taps from an in-process
//! queue that serves mobile pages, the code found on the page where the visitor sees it, and
//! (where `zbarimg` is installed) the window rendered to PNG and the code read back, as a phone
//! would read it, to the ticket's own page address. The window runs on the snapshots' headless
//! software renderer rather than the testing backend, which cannot draw.

use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use kiosk::context::Context;
use kiosk::queue_link::{LocalQueue, QueueKioskOptions};
use kiosk::ui::{Page, Ticket};
use onestop::queue::QueueConfig;
use onestop::queue::mobile::TicketKeys;
use onestop::queue::server::MobileHub;
use slint::ComponentHandle as _;
use std::rc::Rc;

#[test]
fn the_ticket_pages_code_reads_back_as_the_tickets_own_page() {
    let k = Kiosk::start();
    let keys = TicketKeys::from_secret("ui-test-page-key-of-32-characters");
    let pages = MobileHub::new("http://hub.test", keys, k.ctx.translations.clone());
    let q = Rc::new(LocalQueue::new(QueueConfig::example()).with_pages(pages.clone()));
    k.controller.set_queue(q.clone(), QueueKioskOptions::default());

    k.tap("English");
    k.tap("Take a ticket");
    k.tap("Housing");
    assert_eq!(k.page(), Page::TicketAlso);
    k.tap("Council Tax");
    k.tap("Get my ticket");
    assert_eq!(k.page(), Page::TicketIssued);
    let url = q.engine().tickets().next().map(|t| pages.url(t.id)).expect("a ticket");
    assert!(k.shows("Then: Council Tax"));
    let follow = k.text("en-GB", "ticket-follow-screen");
    assert!(k.shows(&follow));

    // The code on the page: an image, labelled with what it is for, at least 240 pixels square.
    let code: Vec<ElementHandle> = k
        .find(&follow)
        .into_iter()
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Image))
        .collect();
    assert_eq!(code.len(), 1, "one code on the page");
    let size = code[0].size();
    assert!(size.width >= 240.0 && size.width == size.height, "{size:?}");
    let qr = k.window.global::<Ticket>().get_qr();
    assert_eq!(
        qr.size().width as f32,
        size.width,
        "drawn at its own pixel size, one pixel each"
    );

    let Ok(zbar) = which("zbarimg") else {
        println!("zbarimg is not installed: the code on the window was not read back");
        return;
    };
    let png = k.dir.path().join("ticket-qr.png");
    kiosk::headless::save_png(k.window.window(), &png).expect("the window renders");
    let out = std::process::Command::new(zbar)
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(&png)
        .output()
        .expect("zbarimg runs");
    let read = String::from_utf8_lossy(&out.stdout);
    assert_eq!(read.trim(), url, "the code on screen holds the ticket's page");
}

/// The kiosk window, portrait, drawn by the headless renderer, driven by accessible labels.
struct Kiosk {
    window: kiosk::ui::KioskWindow,
    controller: Rc<kiosk::shell::Shell>,
    ctx: Rc<Context>,
    dir: tempfile::TempDir,
}

impl Kiosk {
    fn start() -> Kiosk {
        let _renderer = kiosk::headless::headless(1080, 1920).expect("the headless renderer");
        let dir = tempfile::tempdir().unwrap();
        let ctx = Rc::new(Context::load(None, Some(dir.path())).unwrap());
        let store = ctx.open_store().unwrap();
        let (window, controller) = kiosk::init(ctx.clone(), store).unwrap();
        window.show().unwrap();
        Kiosk {
            window,
            controller,
            ctx,
            dir,
        }
    }

    fn find(&self, label: &str) -> Vec<ElementHandle> {
        ElementHandle::find_by_accessible_label(&self.window, label).collect()
    }

    /// Press the button or option labelled `label`, as a tap does.
    fn tap(&self, label: &str) {
        let found: Vec<_> = self
            .find(label)
            .into_iter()
            .filter(|e| e.accessible_role() != Some(AccessibleRole::Text))
            .collect();
        assert!(!found.is_empty(), "nothing labelled {label:?} on screen");
        found[0].invoke_accessible_default_action();
        slint::platform::update_timers_and_animations();
    }

    fn shows(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    fn text(&self, locale: &str, id: &str) -> String {
        self.ctx.translations.text(locale, id, &[])
    }

    fn page(&self) -> Page {
        self.window.global::<kiosk::ui::App>().get_page()
    }
}

/// Where `program` is on the `PATH`, if it is.
fn which(program: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(program))
        .find(|p| p.is_file())
        .ok_or(())
}
