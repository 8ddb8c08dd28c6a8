//! Shared set-up for the UI tests: a real kiosk window under Slint's testing backend, with a
//! real SQLite file in a temp folder, driven by accessible labels as a visitor's taps would be.

#![allow(dead_code)]

use i_slint_backend_testing::ElementHandle;
use kiosk::context::Context;
use kiosk::shell::Shell;
use kiosk::ui::KioskWindow;
use onestop::store::Store;
use std::rc::Rc;

pub mod lookup;
pub mod printer;

pub struct Kiosk {
    pub window: KioskWindow,
    pub controller: Rc<Shell>,
    pub ctx: Rc<Context>,
    pub dir: tempfile::TempDir,
    pub timer: slint::Timer,
}

pub fn start() -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Rc::new(Context::load(None, Some(dir.path())).unwrap());
    launch(ctx, dir)
}

/// A kiosk like [`start`] whose data folder holds a gazetteer imported from `llpg` (an LLPG
/// extract's CSV text), as `kiosk addresses import` makes one.
pub fn start_with_gazetteer(llpg: &str) -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("llpg.csv");
    std::fs::write(&csv, llpg).unwrap();
    let target = dir.path().join(onestop::gazetteer::FILE_NAME);
    let opts = onestop::gazetteer::import::Options::new(onestop::gazetteer::Format::Llpg);
    onestop::gazetteer::import::import(&csv, &target, &opts, &mut |e| panic!("{e:?}")).unwrap();
    let ctx = Rc::new(Context::load(None, Some(dir.path())).unwrap());
    launch(ctx, dir)
}

/// The window for `ctx`, wired, sized as the kiosk's portrait screen and shown.
fn launch(ctx: Rc<Context>, dir: tempfile::TempDir) -> Kiosk {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let store = ctx.open_store().unwrap();
    let (window, controller) = kiosk::init(ctx.clone(), store).unwrap();
    let timer = kiosk::start_idle_timer(&controller);
    use slint::ComponentHandle as _;
    window.window().set_size(slint::LogicalSize::new(1080.0, 1920.0));
    window.show().unwrap();
    Kiosk {
        window,
        controller,
        ctx,
        dir,
        timer,
    }
}

impl Kiosk {
    pub fn find(&self, label: &str) -> Vec<ElementHandle> {
        ElementHandle::find_by_accessible_label(&self.window, label).collect()
    }

    pub fn tap(&self, label: &str) {
        // Buttons and options, not plain text that happens to read the same.
        let found: Vec<_> = self
            .find(label)
            .into_iter()
            .filter(|e| e.accessible_role() != Some(i_slint_backend_testing::AccessibleRole::Text))
            .collect();
        assert!(!found.is_empty(), "nothing labelled {label:?} on screen");
        found[0].invoke_accessible_default_action();
        // Let a frame pass, as the event loop would: change handlers run and new elements init.
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
        let _ = self.find("");
    }

    /// The text box labelled `label` (not the visible label text itself).
    pub fn field(&self, label: &str) -> ElementHandle {
        let found: Vec<_> = self
            .find(label)
            .into_iter()
            .filter(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::TextInput))
            .collect();
        assert!(!found.is_empty(), "no field labelled {label:?}");
        found[0].clone()
    }

    pub fn type_into(&self, label: &str, text: &str) {
        self.field(label).set_accessible_value(text);
    }

    pub fn shows(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    pub fn text(&self, locale: &str, id: &str) -> String {
        self.ctx.translations.text(locale, id, &[])
    }

    pub fn form_text(&self, locale: &str, form: &str, id: &str, attr: Option<&str>) -> String {
        self.ctx.translations.form_text(locale, form, id, attr)
    }

    pub fn store(&self) -> Store {
        Store::open(&self.dir.path().join("kiosk.db"), self.ctx.open_key()).unwrap()
    }

    pub fn page(&self) -> kiosk::ui::Page {
        use slint::ComponentHandle as _;
        self.window.global::<kiosk::ui::App>().get_page()
    }

    /// Walk the missed-bin form in `locale`: a validation error first, then a Change from the
    /// check page, then Send. Returns the reference shown.
    pub fn walk_missed_bin(&self, locale: &str) -> String {
        use kiosk::ui::Page;
        use slint::ComponentHandle as _;
        let name = self.ctx.translations.get(locale).unwrap().info.name.clone();
        self.tap(&name);
        assert_eq!(self.page(), Page::Menu);
        self.tap(&self.form_text(locale, "missed-bin", "title", None));
        assert_eq!(self.page(), Page::Question);

        // Continue with nothing chosen: the error summary appears and we stay.
        self.tap(&self.text(locale, "continue"));
        assert!(
            self.shows(&self.text(locale, "error-summary-title")),
            "error summary shown"
        );
        assert!(
            self.window.global::<kiosk::ui::Question>().get_summary_focused(),
            "focus moved to the error summary"
        );
        assert_eq!(self.page(), Page::Question);

        self.tap(&self.form_text(locale, "missed-bin", "bin-type", Some("opt-recycling")));
        self.tap(&self.text(locale, "continue"));

        self.type_into(&self.text(locale, "address-postcode"), "le1 1aa");
        self.type_into(&self.text(locale, "address-house"), "12");
        self.type_into(&self.text(locale, "address-street"), "High Street");
        self.tap(&self.text(locale, "continue"));

        self.tap(&self.text(locale, "yes"));
        self.tap(&self.text(locale, "continue"));
        self.tap(&self.text(locale, "continue")); // optional details left blank
        assert_eq!(self.page(), Page::Check);
        assert_eq!(
            self.store().draft_count().unwrap(),
            1,
            "the draft is saved after each page"
        );

        // Change the address from the check page, and come back to it.
        let change = format!(
            "{} {}",
            self.text(locale, "check-change"),
            self.form_text(locale, "missed-bin", "address", Some("check"))
        );
        self.tap(&change);
        assert_eq!(self.page(), Page::Question);
        let house = self.field(&self.text(locale, "address-house"));
        assert_eq!(house.accessible_value().unwrap(), "12", "what was typed is kept");
        self.type_into(&self.text(locale, "address-house"), "14");
        self.tap(&self.text(locale, "continue"));
        assert_eq!(self.page(), Page::Check);

        self.tap(&self.text(locale, "send"));
        assert_eq!(self.page(), Page::Confirm);
        let store = self.store();
        let rows = store.submissions().unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].locale, locale);
        assert_eq!(store.draft_count().unwrap(), 0, "send deleted the draft");
        let reference = rows[0].reference.clone();
        assert!(
            self.shows(&format!("reference {reference}")),
            "the reference is on screen"
        );
        let payload = store
            .submission_payload(&onestop::reference::Reference::parse(&reference).unwrap())
            .unwrap()
            .unwrap();
        let addr = serde_json::to_value(&payload.values["address"]).unwrap();
        assert_eq!(addr["value"]["house"], "14");
        assert_eq!(addr["value"]["postcode"], "LE1 1AA");
        reference
    }
}

/// A kiosk like [`start`], with `config` (TOML) as its configuration file.
pub fn start_with_config(config: &str) -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, config).unwrap();
    let ctx = Rc::new(Context::load(Some(&path), Some(dir.path())).unwrap());
    launch(ctx, dir)
}

impl Kiosk {
    /// Starts the devices' worker (the configured printer) for this window.
    pub fn start_devices(&self) -> kiosk::Readers {
        kiosk::start_devices(&self.controller, &self.ctx, None).unwrap()
    }

    /// Waits (up to 20 s) until `label` is on screen, collecting the devices' news as the event
    /// loop would when woken.
    pub fn wait_for(&self, label: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !self.shows(label) {
            assert!(std::time::Instant::now() < deadline, "{label:?} never showed");
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.controller.arrived();
            i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
        }
    }
}

impl Kiosk {
    /// Types `text` on a physical keyboard (or a scanner): each character pressed and released.
    pub fn keys(&self, text: &str) {
        use slint::ComponentHandle as _;
        use slint::platform::WindowEvent;
        for c in text.chars() {
            let t: slint::SharedString = c.to_string().into();
            self.window
                .window()
                .dispatch_event(WindowEvent::KeyPressed { text: t.clone() });
            self.window
                .window()
                .dispatch_event(WindowEvent::KeyReleased { text: t });
        }
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    }
}

impl Kiosk {
    /// Ctrl+Alt+S on a physical keyboard: the staff screen's shortcut.
    pub fn staff_shortcut(&self) {
        staff_shortcut(&self.window);
    }
}

/// Ctrl+Alt+S pressed and released on `w`, then a frame.
pub fn staff_shortcut(w: &KioskWindow) {
    use slint::ComponentHandle as _;
    use slint::platform::{Key, WindowEvent};
    let win = w.window();
    let press = |t: slint::SharedString| win.dispatch_event(WindowEvent::KeyPressed { text: t });
    let release = |t: slint::SharedString| win.dispatch_event(WindowEvent::KeyReleased { text: t });
    press(Key::Control.into());
    press(Key::Alt.into());
    press("s".into());
    release("s".into());
    release(Key::Alt.into());
    release(Key::Control.into());
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
}

impl Kiosk {
    /// In English, on to the missed-bin form's address question, with a tap into the postcode
    /// box (it has the keyboard focus, as for a visitor with a physical keyboard).
    pub fn tap_into_postcode_box(&self) {
        self.tap("English");
        self.tap(&self.form_text("en-GB", "missed-bin", "title", None));
        self.tap(&self.form_text("en-GB", "missed-bin", "bin-type", Some("opt-recycling")));
        self.tap(&self.text("en-GB", "continue"));
        self.field(&self.text("en-GB", "address-postcode"))
            .mock_single_click(slint::platform::PointerEventButton::Left);
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
    }
}
