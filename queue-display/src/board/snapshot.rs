//! `queue-display board --snapshot-out DIR`: the board drawn with Slint's software renderer and
//! no display, from a real engine scenario ([`super::demo::Hub::morning`]), in every configured
//! locale, landscape (1920×1080) and portrait (1080×1920), connected and not (and unheard), and
//! with a service no open counter serves, with visits going on to another service ("then …"),
//! and after closing time (weekday hours, the clock
//! pinned to a Friday evening), to PNG files, so the board can be reviewed on any machine.

use super::Controller;
use super::announcer::Sound;
use super::demo::Hub;
use super::feed::BoardInput;
use super::services::Services;
use crate::ui::BoardWindow;
use anyhow::{Context as _, Result};
use onestop::i18n::Translations;
use onestop::queue::{Command, Event};
use slint::{ComponentHandle as _, PhysicalSize};
use std::path::Path;
use std::sync::Arc;

/// Render the board for each of `locales`, showing `only` those services, into `out/<tag>/`;
/// returns the number of files. Installs Slint's headless platform, so call it once, before any
/// other window.
pub fn run(tr: Arc<Translations>, locales: Vec<String>, only: Services, out: &Path) -> Result<usize> {
    let sw = crate::headless::headless(1920, 1080)?;
    let window = BoardWindow::new().context("could not create the board window")?;
    let c = Controller::new(&window, tr, locales.clone());
    c.set_services(only);
    window.show()?;
    let calls = |hub: &Hub| -> Vec<_> {
        let calls = hub
            .log
            .iter()
            .filter(|s| matches!(s.event, Event::Called { .. } | Event::Recalled { .. }));
        let all: Vec<_> = calls.cloned().collect();
        all[all.len().saturating_sub(50)..].to_vec()
    };
    let mut count = 0;
    for tag in &locales {
        let dir = out.join(tag);
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        c.show_locale(tag);
        let scenes: [(&str, Hub, bool, Sound); 5] = [
            ("call", Hub::morning(), true, Sound::On),
            ("recall", recalled(), true, Sound::On),
            (
                "offline",
                Hub::morning(),
                false,
                Sound::Off("espeak-ng is not installed: install the espeak-ng package".into()),
            ),
            ("closed", closed(), true, Sound::On),
            ("then", visits(), true, Sound::On),
        ];
        for (scene, h, connected, sound) in scenes {
            c.update(
                BoardInput {
                    engine: Some(Arc::new(h.engine.clone())),
                    connected,
                },
                calls(&h),
            );
            c.set_sound(sound);
            for (orientation, w, hgt) in [("landscape", 1920, 1080), ("portrait", 1080, 1920)] {
                sw.set_size(PhysicalSize::new(w, hgt));
                crate::headless::save_png(window.window(), &dir.join(format!("{orientation}-{scene}.png")))?;
                count += 1;
            }
        }
        // After closing time: the morning's queue under weekday hours, on a Friday evening.
        let h = Hub::morning();
        let config = onestop::queue::QueueConfig {
            hours: weekday_hours()?,
            ..h.engine.config().clone()
        };
        c.update(
            BoardInput {
                engine: Some(Arc::new(onestop::queue::Engine::replay(config, &h.log))),
                connected: true,
            },
            calls(&h),
        );
        c.set_clock(|| FRIDAY_EVENING);
        for (orientation, w, hgt) in [("landscape", 1920, 1080), ("portrait", 1080, 1920)] {
            sw.set_size(PhysicalSize::new(w, hgt));
            crate::headless::save_png(window.window(), &dir.join(format!("{orientation}-after-hours.png")))?;
            count += 1;
        }
        c.set_clock(|| time::OffsetDateTime::now_utc().unix_timestamp());
    }
    Ok(count)
}

/// Friday 4 December 2026, 17:30 GMT.
const FRIDAY_EVENING: i64 = 1_796_405_400;

/// Weekdays 09:00-17:00.
fn weekday_hours() -> Result<onestop::hours::Hours> {
    let day = |d: &str| Some(d.to_owned());
    let text = onestop::hours::HoursText {
        time_zone: "Europe/London".into(),
        week: std::array::from_fn(|i| if i < 5 { day("09:00-17:00") } else { day("closed") }),
        ..Default::default()
    };
    Ok(onestop::hours::Hours::parse(&text, "hours")?)
}

/// The morning, then counter 2 finishes B001 and closes: nobody takes council tax.
fn closed() -> Hub {
    let mut h = Hub::morning();
    h.run(6, Command::Finish { counter: 2 });
    h.run(1, Command::Close { counter: 2 });
    h
}

/// Two visits of two services each, called at counters 3 and 1: "then …" under both.
fn visits() -> Hub {
    let mut h = Hub::default();
    for (service, then) in [("general", "housing"), ("housing", "council-tax")] {
        h.run(
            1,
            Command::Issue {
                service: service.into(),
                priority: false,
                appointment: None,
                also: vec![then.into()],
                locale: None,
            },
        );
    }
    h.issue("general");
    h.run(1, Command::CallNext { counter: 3 });
    h.run(1, Command::CallNext { counter: 1 });
    h
}

/// The morning, then counter 1 recalls A042.
fn recalled() -> Hub {
    let mut h = Hub::morning();
    h.run(1, Command::Recall { counter: 1 });
    h
}
