//! The access screens for `kiosk snapshot`: the keypad's focus ring on choices and on the
//! keyboard, the icons beside choices, the home diagram, the low layout, Somali's "read in
//! English" note, and "How was this?". Speech is switched off for them: a snapshot is silent.

use crate::app::{Msg, Screen};
use crate::shell::Shell;
use anyhow::Result;
use onestop::config::KeyRole;
use std::rc::Rc;

/// Render the access screens for the language `c` is in, through `shot`.
pub fn run(c: &Rc<Shell>, tag: &str, shot: &mut impl FnMut(&str) -> Result<()>) -> Result<()> {
    {
        let mut access = c.ctx.config.access.clone();
        access.speech_sink = onestop::config::SpeechSink::Off;
        c.workers.borrow_mut().voice = crate::shell::voice::Voice::new(&access);
    }
    let key = |role| c.dispatch(Msg::Key(role));
    // The street problems' icons, then the keypad's ring on the second choice.
    c.dispatch(Msg::OpenService("street-problem".into()));
    shot("icons")?;
    key(KeyRole::Down);
    key(KeyRole::Down);
    shot("keypad-focus")?;
    // The ring on a key of the on-screen keyboard.
    c.dispatch(Msg::Back);
    c.dispatch(Msg::OpenService("missed-bin".into()));
    c.dispatch(Msg::Toggle("general".into()));
    c.dispatch(Msg::Continue);
    for _ in 0..7 {
        key(KeyRole::Down);
    }
    shot("keypad-focus-keyboard")?;
    // The same question in the low layout, the keyboard within reach.
    c.dispatch(Msg::ToggleLow);
    shot("low-layout")?;
    c.dispatch(Msg::ToggleLow);
    c.finish();
    c.choose_language(tag);
    // Where is the problem? The home diagram, the kitchen chosen.
    c.dispatch(Msg::OpenService("housing-repair".into()));
    c.dispatch(Msg::Toggle("kitchen".into()));
    shot("diagram")?;
    // Listen: in Somali the screen says the reading is in English.
    c.dispatch(Msg::Listen);
    shot("listen")?;
    c.finish();
    c.choose_language(tag);
    // How was this?
    {
        let mut app = c.app.borrow_mut();
        app.form.receipt = Some(("ABCD-2345".into(), "missed-bin".into()));
        app.nav.go(Screen::Confirm);
    }
    c.dispatch(Msg::Done);
    shot("rate")?;
    c.finish();
    Ok(())
}
