//! Kiosk behaviour as plain tests over [`update`] and the views, in a compact script: steps
//! separated by `>`, each a message (`open missed-bin`, `pick recycling`, `type LE1 1AA`,
//! `enter`, `continue`, `back`, `send`), or a check (`=Question`, `?shows Check your answers`).
//! The shell is stood in for at its boundary: a store that answers "Send" with a reference,
//! and workers whose answers the script gives by hand. The real shell runs in the UI tests.

use super::effect::Effect;
use super::session::Epoch;
use super::{App, CardInfo, Env, Msg, Screen, update, view};
use crate::context::Context;

/// A kiosk under test: the app, its context, and every effect it asked for.
pub(super) struct Run {
    pub(super) ctx: Context,
    pub(super) app: App,
    pub(super) effects: Vec<Effect>,
    pub(super) queue: Option<std::sync::Arc<onestop::queue::Engine>>,
    pub(super) card: CardInfo,
    pub(super) printer: bool,
    /// The gazetteer's properties, when the kiosk holds one: every lookup finds those at the
    /// postcode asked.
    pub(super) places: Option<Vec<super::address::Place>>,
    _dir: tempfile::TempDir,
}

impl Run {
    pub(super) fn new() -> Run {
        Run::with_config("")
    }

    /// A kiosk with this config file's text over the defaults.
    pub(super) fn with_config(toml: &str) -> Run {
        let dir = tempfile::tempdir().expect("a temp folder");
        let file = dir.path().join("kiosk.toml");
        std::fs::write(&file, toml).expect("config written");
        let ctx = Context::load(Some(&file), Some(dir.path())).expect("a valid config");
        let app = App::new(&ctx);
        Run {
            ctx,
            app,
            effects: Vec::new(),
            queue: None,
            card: CardInfo::default(),
            printer: false,
            places: None,
            _dir: dir,
        }
    }

    pub(super) fn env(&self) -> Env<'_> {
        let mut env = env(&self.ctx, &self.queue, self.card, self.printer);
        env.addresses = self.places.is_some();
        env
    }

    /// Send `msg`; a "Send" is stored at once, as the shell's synchronous commit would.
    pub(super) fn send(&mut self, msg: Msg) {
        let mut pending = vec![msg];
        while let Some(msg) = pending.pop() {
            let mut env = env(&self.ctx, &self.queue, self.card, self.printer);
            env.addresses = self.places.is_some();
            let fx = update(&mut self.app, msg, &env);
            for effect in fx {
                if let (Effect::FindAddresses { epoch, postcode }, Some(places)) = (&effect, &self.places) {
                    let found = places.iter().filter(|p| p.postcode == *postcode).cloned().collect();
                    pending.push(Msg::AddressesFound {
                        epoch: *epoch,
                        postcode: postcode.clone(),
                        found: Ok(found),
                    });
                }
                if let Effect::Store { epoch, .. } = &effect {
                    pending.push(Msg::Stored {
                        epoch: *epoch,
                        result: Ok("ABCD-2345".into()),
                    });
                }
                self.effects.push(effect);
            }
        }
    }
    /// Every word on every page and the chrome, as one text to search.
    pub(super) fn all_text(&self) -> String {
        let env = self.env();
        let a = &self.app;
        format!(
            "{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}",
            view::chrome(a, &env),
            view::welcome(a, &env),
            view::menu(a, &env),
            view::question(a, &env),
            view::check(a, &env),
            view::confirm(a, &env),
            view::track(a, &env),
            view::ticket(a, &env),
            view::card(a, &env),
            view::staff_pin(a, &env),
            view::staff(a, &env),
        )
    }

    /// Run a script: steps separated by `>`.
    pub(super) fn script(&mut self, script: &str) -> &mut Run {
        for step in script.split('>').map(str::trim).filter(|s| !s.is_empty()) {
            let (word, rest) = step.split_once(' ').unwrap_or((step, ""));
            let msg = match word {
                "lang" => Msg::ChooseLanguage(rest.into()),
                "open" => Msg::OpenService(rest.into()),
                "pick" => Msg::Toggle(rest.into()),
                "type" => Msg::Edited(self.app.form.part, rest.into()),
                "part" => Msg::FocusPart(rest.parse().expect("a part")),
                "key" => Msg::Typed(rest.into()),
                "enter" => Msg::Typed("\n".into()),
                "continue" => Msg::Continue,
                "back" => Msg::Back,
                "change" => Msg::Change(rest.into()),
                "send" => Msg::Send,
                "finish" => Msg::Finish,
                "start-again" => Msg::StartAgain,
                "stay" => Msg::StayInVisit,
                "languages" => Msg::ShowLanguages,
                "track" => Msg::TrackEdited(rest.into()),
                "find" => Msg::TrackFind,
                "staff" => Msg::StaffShortcut,
                "tick" => {
                    for _ in 0..rest.parse::<u64>().expect("seconds") {
                        self.send(Msg::Tick);
                    }
                    continue;
                }
                check if check.starts_with('=') => {
                    let want = &check[1..];
                    assert_eq!(format!("{:?}", self.app.nav.screen()), want, "at step {step:?}");
                    continue;
                }
                "?shows" => {
                    assert!(self.all_text().contains(rest), "{rest:?} not shown at step {step:?}");
                    continue;
                }
                "?hides" => {
                    assert!(!self.all_text().contains(rest), "{rest:?} still shown at step {step:?}");
                    continue;
                }
                other => panic!("unknown step {other:?}"),
            };
            self.send(msg);
        }
        self
    }
}

/// What the app reads, as a kiosk with these workers would give it.
pub(super) fn env<'a>(
    ctx: &'a Context,
    queue: &Option<std::sync::Arc<onestop::queue::Engine>>,
    card: CardInfo,
    printer: bool,
) -> Env<'a> {
    Env {
        ctx,
        today: onestop::forms::Today::now(),
        now: 1_800_000_000,
        local_now: time::OffsetDateTime::from_unix_timestamp(1_800_000_000).expect("a time"),
        queue: queue.clone(),
        has_queue: queue.is_some(),
        queue_options: crate::queue_link::QueueKioskOptions::from_config(&ctx.config.queue),
        kiosk_name: None,
        printer,
        card,
        status_lookup: true,
        addresses: false,
    }
}

/// Up to "Check your answers" of the missed-bin form, with a house number to look for later.
const MISSED_BIN: &str = "lang en-GB > open missed-bin > =Question > pick recycling > continue \
     > =Question > type le1 1aa > enter > type 12 > enter > type Zebra Street > enter > enter \
     > =Question > pick yes > continue > type Left by the gate > continue > =Check";

#[test]
fn a_visitor_walks_a_form_to_its_reference_then_nothing_of_it_is_left() {
    let mut k = Run::new();
    k.script(MISSED_BIN)
        .script("?shows Zebra Street > send > =Confirm > ?shows ABCD-2345 > finish > =Welcome");
    assert!(k.app.form.walk.is_none());
    let text = k.all_text();
    for visit in ["Zebra Street", "ABCD-2345", "Left by the gate", "LE1 1AA"] {
        assert!(!text.contains(visit), "{visit} left in a view after the visit");
    }
    assert_eq!(k.app.session.epoch, Epoch(1));
}

#[test]
fn continue_with_nothing_shows_the_error_summary_and_stays() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > continue > =Question");
    assert_eq!(k.app.form.errors.len(), 1);
    assert_eq!(k.app.form.summary_focus, 1);
    let summary = k.ctx.translations.text("en-GB", "error-summary-title", &[]);
    assert!(k.all_text().contains(&summary));
}

#[test]
fn enter_moves_through_the_boxes_and_sends_only_from_the_last() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > pick general > continue > =Question");
    assert_eq!(k.app.form.part, 0);
    k.script("enter");
    assert_eq!(k.app.form.part, 1);
    k.script("enter > enter");
    assert_eq!(k.app.form.part, 3);
    // From the last box Enter continues: the postcode is missing, so the errors show.
    k.script("enter > =Question");
    assert!(!k.app.form.errors.is_empty());
}

#[test]
fn back_from_every_screen() {
    let mut k = Run::new();
    // From the first question: out of the form, its draft deleted.
    k.script("lang en-GB > open missed-bin > back > =Menu");
    assert!(k.effects.iter().any(|e| matches!(e, Effect::DeleteDraft(_))));
    assert!(k.app.form.walk.is_none());
    // From a later question and from the check page: one step back, answers kept.
    k.script(MISSED_BIN)
        .script("back > =Question > ?shows Left by the gate > back > =Question");
    k.script("continue > continue > =Check > finish");
    // Track and the ticket pages.
    k.script("lang en-GB > open __track > =Track > back > =Menu");
    k.queue = Some(std::sync::Arc::new(onestop::queue::Engine::new(
        onestop::queue::QueueConfig::example(),
    )));
    k.script("open __ticket > =Ticket");
    k.send(Msg::TicketAppointment);
    k.script("=TicketAppointment");
    k.send(Msg::TicketBack);
    k.script("=Ticket");
    k.send(Msg::TicketBack);
    k.script("=Menu");
    // The language list returns where it was opened.
    k.script("open missed-bin > pick food > languages > =Welcome > lang ur > =Question");
    assert_eq!(k.app.form.selected, vec!["food".to_owned()]);
}

#[test]
fn start_again_asks_first_and_stays_on_no() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > start-again");
    assert!(k.app.session.leaving);
    let env = k.env();
    let c = view::chrome(&k.app, &env);
    assert!(c.leave_shown);
    assert!(c.leave.iter().all(|t| !t.is_empty()), "{:?}", c.leave);
    k.script("stay > =Question");
    assert!(!k.app.session.leaving);
    k.script("start-again");
    k.send(Msg::Finish);
    k.script("=Welcome");
    assert!(!k.app.session.leaving);
}

#[test]
fn the_timeout_warns_then_wipes() {
    let mut k = Run::new();
    let (timeout, warning) = (
        k.ctx.config.kiosk.idle_timeout_secs,
        k.ctx.config.kiosk.idle_warning_secs,
    );
    k.script(MISSED_BIN);
    k.script(&format!("tick {}", timeout - warning - 1));
    assert!(!view::chrome(&k.app, &k.env()).timeout_shown);
    k.script("tick 1");
    assert!(view::chrome(&k.app, &k.env()).timeout_shown);
    k.script(&format!("tick {warning} > =Welcome > ?hides Zebra Street"));
    assert!(k.app.form.walk.is_none());
    assert!(!view::chrome(&k.app, &k.env()).timeout_shown);
}

#[test]
fn a_late_answer_for_an_ended_visit_changes_nothing() {
    let mut k = Run::new();
    k.script(MISSED_BIN);
    let old = k.app.session.epoch;
    k.script("finish > lang en-GB > open __track > track ABCD-2345");
    k.send(Msg::Stored {
        epoch: old,
        result: Ok("ZZZZ-9999".into()),
    });
    k.send(Msg::Found {
        epoch: old,
        found: super::track::Found::Parked,
    });
    k.send(Msg::CardAnswer {
        epoch: old,
        ticket: 1,
        outcome: onestop::card::identity::Outcome::NotFound,
    });
    k.send(Msg::TicketAnswer {
        epoch: old,
        minutes: Some(5),
        result: Err(onestop::queue::ClientError::Lost),
    });
    k.script("=Track > ?hides ZZZZ-9999");
    assert!(k.app.track.view.is_none());
    assert!(k.app.form.receipt.is_none());
    assert!(k.app.ticket.issued.is_none() && !k.app.ticket.pending);
}

#[test]
fn a_language_switch_keeps_the_answers_and_position() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin > pick garden > continue > type LE1 1AA > languages > lang ur > =Question");
    assert_eq!(k.app.form.fields[0], "LE1 1AA");
    assert_eq!(k.app.session.locale, "ur");
    let label = k.ctx.translations.text("ur", "address-postcode", &[]);
    assert!(k.all_text().contains(&label));
}

#[test]
fn a_staff_pin_is_never_in_any_view() {
    let mut k = Run::new();
    k.ctx.config.staff.pin_hash = onestop::staff::pin::hash_pin("246810").expect("a hash");
    k.app = App::new(&k.ctx);
    k.script("staff > =StaffPin > key 2 > key 4 > key 6 > key 8 > key 1 > key 0");
    // Typed on a physical keyboard: the pad takes it, through the staff messages.
    for d in "246810".chars() {
        k.send(Msg::StaffTyped(d.to_string()));
    }
    assert_eq!(k.app.staff.typed.0, "246810");
    assert!(!k.all_text().contains("246810"));
    k.send(Msg::StaffUnlock);
    let asked = k.effects.iter().find_map(|e| match e {
        Effect::CheckStaffPin { pin, .. } => Some(format!("{pin:?}")),
        _ => None,
    });
    assert_eq!(asked.as_deref(), Some("StaffPin(..)"), "the PIN is not printed");
    assert!(k.app.staff.typed.0.is_empty());
}

#[test]
fn a_card_read_on_a_question_detours_to_the_pad_and_cancel_returns() {
    let mut k = Run::new();
    k.card = CardInfo {
        provider: Some("sip2"),
        needs_pin: true,
    };
    k.script("lang en-GB > open library-join > type Amina > =Question");
    let number = onestop::card::CardNumber::parse("21234001234567").expect("a card");
    k.send(Msg::Card(onestop::card::CardEvent::Read {
        reader: onestop::card::ReaderKind::Wedge,
        number,
    }));
    k.script("=CardPin");
    assert!(k.app.keyboard_shown());
    k.send(Msg::CardCancel);
    k.script("=Question");
    assert_eq!(
        k.app.form.fields[0], "Amina",
        "what was typed is kept through the detour"
    );
    k.script("finish");
    assert!(!k.app.holds_card_details());
}

#[test]
fn the_keyboard_shows_only_where_there_is_something_to_type() {
    let mut k = Run::new();
    k.script("lang en-GB > open missed-bin");
    assert!(!k.app.keyboard_shown(), "a choice question has no keyboard");
    k.script("pick food > continue");
    assert!(k.app.keyboard_shown(), "the address has");
    k.script("finish > lang en-GB");
    assert!(!k.app.keyboard_shown());
    k.script("open __track");
    assert!(k.app.keyboard_shown());
    assert_eq!(k.app.nav.screen(), Screen::Track);
}

#[test]
fn the_app_layer_never_names_slint() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut stack = vec![dir];
    let mut files = 0;
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("src/app") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != "script.rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                files += 1;
                for banned in ["slint", "std::thread", "tokio", "TcpStream", "std::net"] {
                    assert!(!text.contains(banned), "{} names {banned}", path.display());
                }
            }
        }
    }
    assert!(files > 10, "only {files} files read");
}
