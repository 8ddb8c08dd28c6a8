//! `queue-display board`: the big screen. The hub client's two channels (a `watch` of the engine
//! replica and connection, a `broadcast` of live events) drive it: [`feed`] joins them, [`view`]
//! makes what is shown, [`Controller`] copies it into the Slint window (cycling through the
//! configured locales), and [`announcer`] chimes and speaks each call in every configured
//! language, one after another.
//!
//! - [`view`]: engine + call events + connected + locale → [`view::BoardView`] (pure).
//! - [`services`]: `--services`, the services a board shows and speaks; service names (pure).
//! - [`feed`]: the two channels joined; when to announce.
//! - [`speech`]: the words of an announcement and the espeak-ng voice per locale (pure).
//! - [`audio`]: the chime and WAV samples (pure).
//! - [`announcer`]: espeak-ng and the sound player, on their own thread.
//! - [`screen`]: `--fullscreen` and `--size`: how the window takes its screen.
//! - [`snapshot`]: the board rendered headlessly to PNG from a real engine scenario.
//! - [`demo`]: a hub in miniature in-process, until the real client lands.

pub mod announcer;
pub mod audio;
pub mod demo;
pub mod feed;
pub mod screen;
pub mod services;
pub mod snapshot;
pub mod speech;
pub mod view;

use crate::ui::{Board, BoardWindow, CallRow, ServiceRow};
use announcer::Sound;
use anyhow::{Context as _, Result, bail};
use feed::BoardInput;
use onestop::i18n::Translations;
use onestop::queue::Sequenced;
use slint::{ComponentHandle as _, ModelRc, SharedString, VecModel};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use tokio::sync::{broadcast, watch};
use view::BoardView;

/// `queue-display board` options.
#[derive(Debug, Clone, clap::Args)]
pub struct BoardArgs {
    /// A language to show and speak calls in; repeat for several, in the order to speak them
    /// (e.g. --locale en-GB --locale ur). Default en-GB.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Render the board in every --locale, landscape and portrait, to PNG files in DIR and exit.
    #[arg(long, value_name = "DIR")]
    pub snapshot_out: Option<std::path::PathBuf>,
    /// Seconds each language stays on screen before the next.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(2..=600))]
    pub rotate_secs: u64,
    /// Drive the board from a simulated hub in this process (try it without a hub).
    #[arg(long)]
    pub demo: bool,
    /// Show (and speak) only these services' calls and queues, e.g. --services housing,general
    /// (one board per area); all when not given. Ids are checked against the hub's services.
    #[arg(long, value_name = "ID,ID", value_delimiter = ',')]
    pub services: Vec<String>,
    /// The window: fullscreen, its size.
    #[command(flatten)]
    pub screen: screen::Screen,
}

/// Check the requested locales against the translations: en-GB if none, an error naming the
/// ones that exist for a tag that does not.
pub fn locales(tr: &Translations, requested: &[String]) -> Result<Vec<String>> {
    if requested.is_empty() {
        return Ok(vec![onestop::i18n::FALLBACK.to_owned()]);
    }
    let mut out: Vec<String> = Vec::new();
    for tag in requested {
        if tr.get(tag).is_none() {
            let have: Vec<&str> = tr.all().map(|l| l.tag.as_str()).collect();
            bail!("there is no locale \"{tag}\" (have: {})", have.join(", "));
        }
        if !out.contains(tag) {
            out.push(tag.clone());
        }
    }
    Ok(out)
}

struct Shown {
    input: BoardInput,
    calls: Vec<Sequenced>,
    sound: Sound,
}

/// Copies the board's state into the window in the current locale.
pub struct Controller {
    window: slint::Weak<BoardWindow>,
    tr: Arc<Translations>,
    locales: Vec<String>,
    current: Cell<usize>,
    shown: RefCell<Shown>,
    /// Now, in Unix seconds: the site's opening hours are shown against it.
    clock: RefCell<Box<dyn Fn() -> i64>>,
    /// The services shown (`--services`).
    services: RefCell<services::Services>,
    /// Why the board cannot go on (an id in `--services` the hub does not have), once known.
    refused: RefCell<Option<String>>,
}

/// How often the board looks at the clock, so "Closed" comes and goes on time.
pub const CLOCK_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

impl Controller {
    /// A controller for `window`, showing `locales` (at least one) in turn.
    pub fn new(window: &BoardWindow, tr: Arc<Translations>, locales: Vec<String>) -> Rc<Controller> {
        assert!(!locales.is_empty(), "a board shows at least one locale");
        let c = Rc::new(Controller {
            window: window.as_weak(),
            tr,
            locales,
            current: Cell::new(0),
            shown: RefCell::new(Shown {
                input: BoardInput::default(),
                calls: Vec::new(),
                sound: Sound::On,
            }),
            clock: RefCell::new(Box::new(|| time::OffsetDateTime::now_utc().unix_timestamp()) as Box<dyn Fn() -> i64>),
            services: RefCell::default(),
            refused: RefCell::new(None),
        });
        c.render();
        c
    }

    /// Show only `services` from now on.
    pub fn set_services(&self, services: services::Services) {
        *self.services.borrow_mut() = services;
        self.render();
    }

    /// Why the board stopped: the first replica named no service of `--services`.
    pub fn refused(&self) -> Option<String> {
        self.refused.borrow().clone()
    }

    /// New state from the hub. The first replica's configuration is checked against
    /// `--services`; an unknown id ends the board's event loop ([`Controller::refused`] says why).
    pub fn update(&self, input: BoardInput, calls: Vec<Sequenced>) {
        let first = self.shown.borrow().input.engine.is_none();
        if first
            && let Some(engine) = &input.engine
            && let Err(why) = self.services.borrow().check(engine.config())
        {
            tracing::error!(%why, "the board cannot show what it was asked to");
            *self.refused.borrow_mut() = Some(why);
            let _ = slint::quit_event_loop();
        }
        {
            let mut s = self.shown.borrow_mut();
            s.input = input;
            s.calls = calls;
        }
        self.render();
    }

    /// Whether the board can be heard. A change is logged, once; the screen only ever shows
    /// visitors a plain line in their language, never the fault (that is for staff).
    pub fn set_sound(&self, sound: Sound) {
        {
            let mut s = self.shown.borrow_mut();
            if s.sound == sound {
                return;
            }
            match &sound {
                Sound::Off(why) => tracing::warn!(%why, "the board cannot be heard; calls are shown only"),
                Sound::On => tracing::info!("the board can be heard again"),
            }
            s.sound = sound;
        }
        self.render();
    }

    /// Whether the board can be heard, and if not, why: for staff and the hub, not the screen.
    pub fn sound(&self) -> Sound {
        self.shown.borrow().sound.clone()
    }

    /// Read the time from `clock` (Unix seconds) from now on: tests and snapshots move it.
    pub fn set_clock(&self, clock: impl Fn() -> i64 + 'static) {
        *self.clock.borrow_mut() = Box::new(clock);
        self.render();
    }

    /// Look at the clock again (opening and closing time).
    pub fn tick(&self) {
        self.render();
    }

    /// Show the next configured locale.
    pub fn next_locale(&self) {
        self.current.set((self.current.get() + 1) % self.locales.len());
        self.render();
    }

    /// Show `tag` now (it must be one of the configured locales).
    pub fn show_locale(&self, tag: &str) {
        if let Some(i) = self.locales.iter().position(|l| l == tag) {
            self.current.set(i);
            self.render();
        }
    }

    /// What the board shows now.
    pub fn view(&self) -> BoardView {
        let s = self.shown.borrow();
        BoardView::build_for(
            s.input.engine.as_deref(),
            &s.calls,
            s.input.connected,
            &self.tr,
            &self.locales[self.current.get()],
            (self.clock.borrow())(),
            &self.services.borrow(),
        )
    }

    fn render(&self) {
        let Some(w) = self.window.upgrade() else { return };
        let v = self.view();
        let b = w.global::<Board>();
        let s = |t: &str| SharedString::from(t);
        b.set_rtl(v.rtl);
        b.set_font_family(s(&v.font));
        b.set_now_calling(s(&v.words.now_calling));
        b.set_recall(s(&v.words.recall));
        b.set_no_calls(s(&v.words.no_calls));
        b.set_last_calls(s(&v.words.last_calls));
        b.set_services_heading(s(&v.words.services));
        b.set_banner(s(&v.words.banner));
        b.set_closed(s(&v.words.closed));
        b.set_has_now(!v.now.is_empty());
        if let Some(now) = v.now.first() {
            b.set_now_label(s(&now.label));
            b.set_now_counter(s(&now.counter_text));
            b.set_now_recall(now.recall);
            b.set_now_then(s(&now.then));
        }
        let rows = |lines: &[view::CallLine]| -> ModelRc<CallRow> {
            let rows: Vec<CallRow> = lines
                .iter()
                .map(|c| CallRow {
                    label: s(&c.label),
                    counter: s(&c.counter_text),
                    recall: c.recall,
                    then: s(&c.then),
                })
                .collect();
            ModelRc::new(VecModel::from(rows))
        };
        b.set_now_more(rows(v.now.get(1..).unwrap_or_default()));
        b.set_calls(rows(&v.last));
        let services: Vec<ServiceRow> = v
            .services
            .iter()
            .map(|x| ServiceRow {
                name: s(&x.name),
                waiting: s(&x.waiting_text),
                wait: s(&x.wait_text),
            })
            .collect();
        b.set_services(ModelRc::new(VecModel::from(services)));
        b.set_silent(match &self.shown.borrow().sound {
            Sound::On => SharedString::new(),
            Sound::Off(_) => s(&v.words.silent),
        });
    }
}

/// Create the board window with its controller, showing `locales` (checked with [`locales`]).
pub fn init(tr: Arc<Translations>, locales: Vec<String>) -> Result<(BoardWindow, Rc<Controller>)> {
    let window = BoardWindow::new().context("could not create the board window")?;
    let controller = Controller::new(&window, tr, locales);
    Ok((window, controller))
}

/// Where a board's queue comes from, and where it tells whether it can be heard.
pub struct Source<V> {
    /// The hub client's `client.view()` (or the demo's).
    pub view: watch::Receiver<V>,
    /// The hub client's `client.events()`.
    pub events: broadcast::Receiver<Sequenced>,
    /// Called when the sound state changes: the hub client's `report`, for staff.
    pub report: Box<dyn Fn(&Sound) + Send>,
}

/// Run the board until its window closes, on `screen`: `source` is followed on `rt`; calls are
/// spoken through espeak-ng and the first sound player found. Call on the main thread, after
/// [`crate::fonts::install`].
pub fn run<V>(
    tr: Arc<Translations>,
    locales: Vec<String>,
    only: services::Services,
    rotate_secs: u64,
    screen: &screen::Screen,
    rt: &tokio::runtime::Handle,
    source: Source<V>,
) -> Result<()>
where
    V: Clone + Into<BoardInput> + Send + Sync + 'static,
{
    let Source { view, events, report } = source;
    let (window, controller) = init(tr.clone(), locales.clone())?;
    controller.set_services(only.clone());
    screen.apply(window.window());
    let weak = window.as_weak();
    let announcer = announcer::Announcer::start(announcer::Tools::detect(), move |sound| {
        // Staff hear of it through the hub; the public screen never shows its text.
        report(&sound);
        let _ = weak.upgrade_in_event_loop(move |w| with_controller(&w, |c| c.set_sound(sound)));
    })
    .context("could not start the announcer thread")?;
    let weak = window.as_weak();
    rt.spawn(async move {
        feed::follow(
            view,
            events,
            |tracker| {
                let (input, calls) = (tracker.input().clone(), tracker.calls().to_vec());
                let _ = weak.upgrade_in_event_loop(move |w| with_controller(&w, |c| c.update(input, calls)));
            },
            |a| {
                if !only.speaks(&a) {
                    return; // another area's board says it
                }
                tracing::info!(label = %a.label, counter = a.counter, recall = a.recall, "announcing");
                announcer.announce(
                    &a.label,
                    a.at,
                    speech::plan(&tr, &locales, &a.label, a.counter, a.recall),
                );
            },
        )
        .await;
        tracing::warn!("the hub client stopped; the board keeps its last state");
    });
    CONTROLLER.with(|c| *c.borrow_mut() = Some(controller.clone()));
    let timer = slint::Timer::default();
    if controller.locales.len() > 1 {
        let c = Rc::downgrade(&controller);
        timer.start(
            slint::TimerMode::Repeated,
            std::time::Duration::from_secs(rotate_secs),
            move || {
                if let Some(c) = c.upgrade() {
                    c.next_locale();
                }
            },
        );
    }
    let clock = slint::Timer::default();
    let c = Rc::downgrade(&controller);
    clock.start(slint::TimerMode::Repeated, CLOCK_EVERY, move || {
        if let Some(c) = c.upgrade() {
            c.tick();
        }
    });
    window.run().context("the board window failed")?;
    if let Some(why) = controller.refused() {
        bail!("{why}");
    }
    Ok(())
}

thread_local! {
    /// The UI thread's controller, for updates handed over from other threads.
    static CONTROLLER: RefCell<Option<Rc<Controller>>> = const { RefCell::new(None) };
}

fn with_controller(_w: &BoardWindow, f: impl FnOnce(&Controller)) {
    CONTROLLER.with(|c| {
        if let Some(c) = c.borrow().as_ref() {
            f(c);
        }
    });
}

/// `queue-display board`: snapshots, the demo, or (once the hub client lands) the live board.
pub fn main(hub: Option<&str>, args: BoardArgs) -> Result<std::process::ExitCode> {
    let tr = Arc::new(
        onestop::embedded::translations()
            .map_err(|e| anyhow::anyhow!("the bundled translations do not load: {e:?}"))?,
    );
    let locales = locales(&tr, &args.locales)?;
    let only = services::Services::from_args(&args.services);
    if args.demo || args.snapshot_out.is_some() {
        // The simulated hub's services are known now: say so before any window opens.
        only.check(demo::Hub::morning().engine.config())
            .map_err(|why| anyhow::anyhow!(why))?;
    }
    crate::fonts::install()?;
    if let Some(out) = &args.snapshot_out {
        let n = snapshot::run(tr, locales, only, out)?;
        println!("rendered {n} board image(s) into {}", out.display());
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .thread_name("board-io")
        .build()
        .context("could not start the board's background runtime")?;
    if args.demo {
        let (view, events) = demo::start(rt.handle(), std::time::Duration::from_secs(8));
        let source = Source {
            view,
            events,
            report: Box::new(|_| {}),
        };
        run(tr, locales, only, args.rotate_secs, &args.screen, rt.handle(), source)?;
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let Some(url) = hub else {
        bail!("say which hub to show with --hub ws://HOST:PORT/v1/queue (or try --demo)");
    };
    // The client reconnects by itself; the board shows the last state and says so meanwhile.
    let client = {
        let _entered = rt.enter();
        let mut hello = onestop::queue::Hello::board();
        if let Some(name) = onestop::queue::client::host_name() {
            hello = hello.named(name);
        }
        onestop::queue::Client::connect(url, hello)
    };
    let reporter = client.clone();
    run(
        tr,
        locales,
        only,
        args.rotate_secs,
        &args.screen,
        rt.handle(),
        Source {
            view: client.view(),
            events: client.events(),
            report: Box::new(move |sound| {
                reporter.report(onestop::queue::protocol::DeviceStatus {
                    sound: match sound {
                        Sound::On => None,
                        Sound::Off(why) => Some(why.clone()),
                    },
                })
            }),
        },
    )?;
    drop(client);
    Ok(std::process::ExitCode::SUCCESS)
}
