//! "I need help" as plain tests over [`update`], against a real in-process queue standing in for
//! the hub: the call is sent once a visit, the banner is said as it appears and changes when a
//! counter acknowledges the call, the visit's end clears it, and an unreachable hub means "ask at
//! reception".

use super::effect::Effect;
use super::script_queue::Site;
use super::{Msg, Screen, update};
use onestop::config::KeyRole::*;
use onestop::queue::Command;

#[test]
fn help_is_called_once_then_staff_on_their_way_shows_and_the_visit_end_clears_it() {
    let mut s = Site::new();
    s.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService("missed-bin".into()));
    let ids: Vec<String> = super::focus::elements(&s.k.app, &s.k.env())
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert!(ids.contains(&"hdr:help".to_owned()), "{ids:?}");
    s.keys(&[Down]);
    s.said();
    s.send(Msg::CallHelp);
    assert_eq!(s.banner(), s.t("help-told"));
    assert!(s.said().join(" ").contains(&s.t("help-told")), "said as it appears");
    assert_eq!(s.k.app.nav.screen(), Screen::Question, "the form stays");
    s.send(Msg::HelpDismiss).send(Msg::CallHelp);
    assert_eq!(s.help_calls(), 1, "sent once a visit");
    assert_eq!(s.q.engine().open_help().count(), 1);
    // Focus never starts on the banner.
    s.send(Msg::Continue);
    assert!(!s.k.app.access.focus.starts_with("help:"));
    // A counter acknowledges it; the next tick's words say so.
    let help = s.q.engine().open_help().next().map(|h| h.id).unwrap();
    s.q.apply(&Command::AckHelp { counter: 1, help }).unwrap();
    s.said();
    s.send(Msg::Tick);
    assert_eq!(s.banner(), s.t("help-coming"));
    assert!(s.said().join(" ").contains(&s.t("help-coming")), "said when it changes");
    s.send(Msg::Finish);
    assert!(s.banner().is_empty());
    assert_eq!(s.k.app.help, Default::default());
}

#[test]
fn help_says_to_ask_at_reception_when_the_hub_cannot_be_told() {
    let mut s = Site::new();
    s.send(Msg::ChooseLanguage("ur".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()));
    s.q.set_connected(false);
    s.send(Msg::CallHelp);
    assert_eq!(s.banner(), s.t("help-unreachable"));
    // With the link down (no replica) the kiosk says so without asking.
    let mut t = Site::new();
    t.send(Msg::ChooseLanguage("en-GB".into()))
        .send(Msg::OpenService(super::TICKET_ID.into()));
    let mut e = super::script::env(&t.k.ctx, &None, t.k.card, t.k.printer);
    e.has_queue = true;
    let fx = update(&mut t.k.app, Msg::CallHelp, &e);
    assert!(!fx.iter().any(|f| matches!(f, Effect::CallHelp { .. })));
    let notice = super::help::notice(&t.k.app, &e).map(|id| t.t(id));
    assert_eq!(notice, Some(t.t("help-unreachable")));
}
