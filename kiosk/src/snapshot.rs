//! `kiosk snapshot`: render every screen, in every locale, to PNG with Slint's software renderer
//! and no display, so screens can be reviewed (and compared) on any machine. It drives the real
//! controller, so what it draws is what a visitor sees.

use crate::context::Context;
use anyhow::{Context as _, Result, bail};
use onestop::forms::{Answers, FieldKind};
use onestop::store::Store;
use serde_json::json;
use slint::ComponentHandle;
use std::path::Path;
use std::rc::Rc;

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
    let (window, c) = crate::init(ctx.clone(), Store::open_in_memory()?)?;
    // A site with a queue (an in-process one): counters open, people already waiting, extra
    // help offered.
    let queue = Rc::new(crate::queue_link::LocalQueue::new(
        onestop::queue::QueueConfig::example(),
    ));
    let open = (1..=3).map(|counter| onestop::queue::Command::Open { counter });
    let issue =
        ["housing", "housing", "housing", "council-tax", "general"].map(|service| onestop::queue::Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
        });
    for command in open.chain(issue) {
        queue
            .apply(&command)
            .map_err(|e| anyhow::anyhow!("the snapshot's queue: {e}"))?;
    }
    c.set_queue(queue.clone(), crate::queue_link::QueueKioskOptions { extra_help: true });
    window.set_landscape(w > h);
    window.show()?;
    // One screen per field kind: the first unconditional question of that kind in the forms.
    // A conditional question is reached by answering the question it depends on.
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
    let mut count = 0;
    for tag in &tags {
        let dir = out.join(tag);
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        let mut shot = |name: &str| -> Result<()> { save_png(&window, &dir.join(format!("{name}.png"))) };
        c.finish();
        c.choose_language(tag);
        c.finish();
        // welcome in the visitor's language: choose it, then come back to the language list
        c.choose_language(tag);
        shot("menu")?;
        c.state.borrow_mut().locale = tag.clone();
        window.global::<crate::ui::App>().invoke_show_languages();
        shot("welcome")?;
        c.choose_language(tag);
        for (form, q, kind, answers) in &kinds {
            c.goto(form, answers.clone(), Some(q));
            shot(&format!("field-{}", kind.name()))?;
        }
        c.goto("missed-bin", Answers::new(), Some("address"));
        c.submit();
        shot("error-summary")?;
        // A text question, where the keyboard is open: in the visitor's script, then the other.
        c.goto("feedback", Answers::new(), Some("what-happened"));
        shot("keyboard")?;
        c.switch_script();
        shot("keyboard-switched")?;
        c.switch_script();
        c.set_idle(ctx.config.kiosk.idle_timeout_secs - 20);
        shot("timeout-warning")?;
        c.set_idle(0);
        window.global::<crate::ui::Leave>().set_shown(true);
        shot("start-again")?;
        window.global::<crate::ui::Leave>().set_shown(false);
        c.goto("missed-bin", sample_missed_bin(), None);
        shot("check-answers")?;
        window.global::<crate::ui::Theme>().set_large_text(true);
        shot("check-answers-large-text")?;
        c.goto("bulky-collection", Answers::new(), None);
        shot("large-text")?;
        window.global::<crate::ui::Theme>().set_large_text(false);
        c.goto("missed-bin", sample_missed_bin(), None);
        c.send();
        shot("confirmation")?;
        c.state.borrow_mut().printout = crate::controller::Printout::Failed;
        c.render_all();
        shot("confirmation-printer-failed")?;
        c.state.borrow_mut().printout = crate::controller::Printout::None;
        let reference = window.global::<crate::ui::Confirm>().get_reference();
        c.open_form("__track");
        window.global::<crate::ui::Track>().set_text(reference.clone());
        c.track_find();
        shot("track")?;
        // The same form once the council has it and has said something about it.
        c.with_store(|store| -> Result<()> {
            let sub = onestop::reference::Reference::parse(&reference)
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
        })?;
        c.track_find();
        shot("track-status")?;
        c.finish();
        c.choose_language(tag);
        c.snapshot_card(&mut shot)?;
        // Signing in with a card ends the visit: start again in this language.
        c.choose_language(tag);
        c.open_ticket();
        shot("ticket-services")?;
        c.ticket_open_appointment();
        window
            .global::<crate::ui::Ticket>()
            .set_appointment_text("APT4471".into());
        shot("ticket-appointment")?;
        c.ticket_appointment_done();
        shot("ticket-services-appointment")?;
        c.finish();
        c.choose_language(tag);
        c.open_ticket();
        c.ticket_take("housing");
        shot("ticket-issued")?;
        queue.set_connected(false);
        c.open_ticket();
        shot("ticket-unavailable")?;
        queue.set_connected(true);
        count += 1;
    }
    c.finish();
    // The staff screen is in the staff language, not the visitor's: rendered once, into DIR/staff/.
    let dir = out.join("staff");
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    c.snapshot_staff(|name| save_png(&window, &dir.join(format!("{name}.png"))))?;
    println!("rendered {count} locale(s) and the staff screen into {}", out.display());
    Ok(())
}
