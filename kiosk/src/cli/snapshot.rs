//! `kiosk snapshot`: render every screen, in every locale, to PNG with Slint's software renderer
//! and no display, so screens can be reviewed (and compared) on any machine. It drives the real
//! shell with the app's own messages, and sets `App` states directly where a visit would need a
//! device or a worker (a card's PIN pad, the staff screen), so what it draws is what a visitor
//! sees. No production module holds code for it.

use crate::context::Context;
use anyhow::{Context as _, Result, bail};
use onestop::forms::{Answers, FieldKind};
use onestop::store::Store;
use serde_json::json;
use std::path::Path;
use std::rc::Rc;

use crate::app::{Msg, Printout, Screen};
use crate::shell::Shell;
use slint::ComponentHandle as _;

pub use crate::headless::headless;

/// Render the kiosk window's current state into a PNG file.
pub fn save_png(window: &crate::ui::KioskWindow, path: &Path) -> Result<()> {
    crate::headless::save_png(window.window(), path)
}

/// Sample answers that reach the check page of the missed-bin form.
pub fn sample_missed_bin() -> Answers {
    serde_json::from_value(json!({
        "bin-type": "recycling",
        "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "Leicester"},
        "bin-out-by-7am": "yes",
        "details": "The lorry passed our road before 7am."
    }))
    .expect("sample answers")
}

/// Render all screens for `locale` (or "all") at `size` ("1080x1920").
pub fn run(ctx: Rc<Context>, out: &Path, locale: &str, size: &str) -> Result<()> {
    let (w, h) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .context("--size must look like 1080x1920")?;
    let tags: Vec<String> = if locale == "all" {
        ctx.config.kiosk.locales.clone()
    } else if ctx.translations.get(locale).is_some() {
        vec![locale.to_owned()]
    } else {
        bail!("there is no locale \"{locale}\"");
    };
    let _sw = headless(w, h)?;
    // Opening hours (sample ones if the config has none), with the clock pinned open.
    let ctx = Rc::new(super::snapshot_hours::with_hours(&ctx)?);
    let hours_times = super::snapshot_hours::times(&ctx.hours)?;
    let (window, c) = crate::init(ctx.clone(), Store::open_in_memory()?)?;
    c.set_staff_clock(move || hours_times.0);
    // A site with a queue (an in-process one): counters open, people already waiting, extra
    // help offered.
    let queue = Rc::new(super::snapshot_queue::with_pages(
        crate::queue_link::LocalQueue::new(onestop::queue::QueueConfig::example()).with_texts(true),
        ctx.translations.clone(),
    ));
    let open = (1..=3).map(|counter| onestop::queue::Command::Open { counter });
    let issue =
        ["housing", "housing", "housing", "council-tax", "general"].map(|service| onestop::queue::Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        });
    for command in open.chain(issue) {
        queue
            .apply(&command)
            .map_err(|e| anyhow::anyhow!("the snapshot's queue: {e}"))?;
    }
    c.set_queue(
        queue.clone(),
        crate::queue_link::QueueKioskOptions {
            extra_help: true,
            texts: true,
        },
    );
    c.set_kiosk_name(Some("kiosk-snapshot".into()));
    window.set_landscape(w > h);
    window.show()?;
    let kinds = one_question_per_kind(&ctx);
    let gazetteer_dir = out.join(".sample-gazetteer");
    let gazetteer = super::snapshot_address::sample(&gazetteer_dir)?;
    let mut count = 0;
    for tag in &tags {
        let dir = out.join(tag);
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        let mut shot = |name: &str| -> Result<()> { save_png(&window, &dir.join(format!("{name}.png"))) };
        c.finish();
        c.choose_language(tag);
        shot("menu")?;
        // The language list, in the visitor's language, as "Language" shows it.
        c.dispatch(Msg::ShowLanguages);
        shot("welcome")?;
        c.choose_language(tag);
        for (form, q, kind, answers) in &kinds {
            c.goto(form, answers.clone(), Some(q));
            shot(&format!("field-{}", kind.name()))?;
        }
        c.goto("missed-bin", Answers::new(), Some("address"));
        // A moment on the page before Continue, as a visitor has: the box's "keep me in view"
        // request runs then, not after the error summary has scrolled the page to the top.
        settle(&window)?;
        c.dispatch(Msg::Continue);
        shot("error-summary")?;
        // A text question, where the keyboard is open: in the visitor's script, then the other.
        c.goto("feedback", Answers::new(), Some("what-happened"));
        shot("keyboard")?;
        c.dispatch(Msg::SwitchScript);
        shot("keyboard-switched")?;
        c.dispatch(Msg::SwitchScript);
        c.set_idle(ctx.config.kiosk.idle_timeout_secs - 20);
        shot("timeout-warning")?;
        c.set_idle(0);
        c.dispatch(Msg::StartAgain);
        shot("start-again")?;
        c.dispatch(Msg::StayInVisit);
        c.goto("missed-bin", sample_missed_bin(), None);
        shot("check-answers")?;
        c.dispatch(Msg::ToggleLargeText);
        shot("check-answers-large-text")?;
        c.goto("bulky-collection", Answers::new(), None);
        shot("large-text")?;
        c.dispatch(Msg::ToggleLargeText);
        c.goto("missed-bin", sample_missed_bin(), None);
        c.dispatch(Msg::Send);
        shot("confirmation")?;
        set_printout(&c, Printout::Failed);
        shot("confirmation-printer-failed")?;
        set_printout(&c, Printout::None);
        let reference = c.app.borrow().form.receipt.clone().map(|(r, _)| r).unwrap_or_default();
        c.dispatch(Msg::OpenService(crate::app::TRACK_ID.into()));
        c.dispatch(Msg::TrackEdited(reference.clone()));
        c.dispatch(Msg::TrackFind);
        shot("track")?;
        // The same form once the council has it and has said something about it.
        c.with_store(|store| council_answered(store, &reference))?;
        c.dispatch(Msg::TrackFind);
        shot("track-status")?;
        c.finish();
        c.choose_language(tag);
        snapshot_card(&c, &mut shot)?;
        c.finish();
        c.choose_language(tag);
        c.dispatch(Msg::OpenService(crate::app::TICKET_ID.into()));
        shot("ticket-services")?;
        c.dispatch(Msg::TicketAppointment);
        c.dispatch(Msg::TicketAppointmentEdited("APT4471".into()));
        shot("ticket-appointment")?;
        c.dispatch(Msg::TicketAppointmentDone);
        shot("ticket-services-appointment")?;
        c.finish();
        c.choose_language(tag);
        c.dispatch(Msg::OpenService(crate::app::TICKET_ID.into()));
        c.dispatch(Msg::TicketTake("housing".into()));
        c.dispatch(Msg::TicketAlsoDone);
        shot("ticket-issued")?;
        queue.set_connected(false);
        c.dispatch(Msg::OpenService(crate::app::TICKET_ID.into()));
        shot("ticket-unavailable")?;
        queue.set_connected(true);
        c.finish();
        c.choose_language(tag);
        super::snapshot_queue::run(&c, &queue, tag, &mut shot)?;
        c.choose_language(tag);
        super::snapshot_access::run(&c, tag, &mut shot)?;
        super::snapshot_address::run(&c, tag, &gazetteer, &mut shot)?;
        super::snapshot_hours::run(&c, tag, hours_times, &mut shot)?;
        count += 1;
    }
    drop(gazetteer);
    let _ = std::fs::remove_dir_all(&gazetteer_dir);
    c.finish();
    c.set_staff_clock(|| time::OffsetDateTime::now_utc().unix_timestamp());
    // The staff screen is in the staff language, not the visitor's: rendered once, into DIR/staff/.
    let dir = out.join("staff");
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    super::snapshot_staff::run(&c, |name| save_png(&window, &dir.join(format!("{name}.png"))))?;
    println!("rendered {count} locale(s) and the staff screen into {}", out.display());
    Ok(())
}

/// Draw the page once and let its short timers run, as a real window would in the moment after
/// it appears (elements, and the timers they start, are made when first drawn).
fn settle(window: &crate::ui::KioskWindow) -> Result<()> {
    slint::platform::update_timers_and_animations();
    window
        .window()
        .take_snapshot()
        .map_err(|e| anyhow::anyhow!("rendering failed: {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(5));
    slint::platform::update_timers_and_animations();
    Ok(())
}

fn set_printout(c: &Rc<Shell>, printout: Printout) {
    c.app.borrow_mut().printout = printout;
    c.render();
}

/// One screen per field kind: the first unconditional question of that kind in the forms. A
/// conditional question is reached by answering the question it depends on.
fn one_question_per_kind(ctx: &Context) -> Vec<(String, String, FieldKind, Answers)> {
    let mut kinds: Vec<(String, String, FieldKind, Answers)> = Vec::new();
    for conditional in [false, true] {
        for f in ctx.forms.all() {
            for q in &f.questions {
                if q.show_if.is_some() != conditional || kinds.iter().any(|(_, _, k, _)| *k == q.kind) {
                    continue;
                }
                let mut answers = Answers::new();
                if let Some(cond) = &q.show_if {
                    answers.insert(cond.question.clone(), json!(cond.any_of[0]));
                }
                kinds.push((f.id.clone(), q.id.clone(), q.kind, answers));
            }
        }
    }
    kinds
}

/// The snapshot's submission, acknowledged by the CRM with a status.
fn council_answered(store: &Store, reference: &str) -> Result<()> {
    let sub = onestop::reference::Reference::parse(reference)
        .ok()
        .and_then(|r| store.submission(&r).ok().flatten())
        .context("the snapshot's submission")?;
    let id = sub.submission_id.to_string();
    store.begin_attempt(&id)?;
    let done = onestop::outbox::Transition::Acknowledged {
        crm_id: Some("SR-1042".into()),
        dropped: None,
    };
    store.record_attempt(&id, &done)?;
    let status = onestop::crm::status::CrmStatus {
        state: onestop::crm::status::StatusState::Open,
        notes: Some("A crew will collect it on Thursday.".into()),
        updated: Some("2026-11-20T09:30:00Z".into()),
        expected: Some("2026-11-26T17:00:00Z".into()),
    };
    store.record_status(&id, &status)?;
    Ok(())
}

/// The PIN pad after a wrong PIN, the consent page, and a form with the card's details filled
/// in. The details are a made-up sample; the provider is pretended (no lookup is made).
fn snapshot_card(c: &Rc<Shell>, shot: &mut impl FnMut(&str) -> Result<()>) -> Result<()> {
    let provider = {
        let mut w = c.workers.borrow_mut();
        let before = (w.card.provider, w.card.needs_pin);
        w.card.provider = Some(before.0.unwrap_or("sip2"));
        w.card.needs_pin = true;
        before
    };
    c.dispatch(Msg::OpenService("library-join".into()));
    let number = onestop::card::CardNumber::parse("21234001234567")
        .ok()
        .context("a card number")?;
    c.dispatch(Msg::Card(onestop::card::CardEvent::Read {
        reader: onestop::card::ReaderKind::Wedge,
        number,
    }));
    {
        let mut app = c.app.borrow_mut();
        app.card.typed = "12".into();
        app.card.pad_message = Some(("card-pin-wrong".into(), true, 2));
    }
    c.render();
    shot("card-pin")?;
    {
        let mut app = c.app.borrow_mut();
        onestop::card::identity::wipe(&mut app.card.typed);
        app.card.pad_message = None;
        app.card.found = Some(
            onestop::card::identity::Person {
                name: Some("Begum, Amina".into()),
                address: Some("12 High Street, Leicester LE1 1AA".into()),
                email: Some("amina@example.org".into()),
                ..Default::default()
            }
            .with_split_name(),
        );
        app.nav.detour(Screen::CardConsent);
    }
    c.render();
    shot("card-consent")?;
    c.dispatch(Msg::CardConsent(true));
    shot("card-filled")?;
    c.finish();
    // The pretend read is not a real one: the staff screen's "last card read" stays as it was.
    c.app.borrow_mut().staff.last_card = None;
    let mut w = c.workers.borrow_mut();
    (w.card.provider, w.card.needs_pin) = provider;
    Ok(())
}
