//! The snapshots of the queue's newer screens: "Do you need anything else today?" with a service
//! ticked, the ticket with its QR code and the visit's further services, "Get a text when it's
//! your turn" (the phone pad open, a refused number, agreed), and the "I need help" banner over a
//! question with the keyboard open (told, then a counter on its way). Part of `kiosk snapshot`;
//! it drives the real shell with the app's own messages.

use crate::app::Msg;
use crate::app::sms::SmsMsg;
use crate::queue_link::LocalQueue;
use crate::shell::Shell;
use anyhow::Result;
use onestop::forms::Answers;
use onestop::queue::Command;
use std::rc::Rc;

/// Where the snapshot's hub says phones reach it.
const SAMPLE_BASE: &str = "http://hub.example";
/// The snapshot's page key (a sample: real hubs make their own).
const SAMPLE_SECRET: &str = "snapshot-sample-page-key-0123456";

/// Issued tickets get mobile pages, as a hub serving them does.
pub fn with_pages(queue: LocalQueue, translations: std::sync::Arc<onestop::i18n::Translations>) -> LocalQueue {
    let keys = onestop::queue::mobile::TicketKeys::from_secret(SAMPLE_SECRET);
    queue.with_pages(onestop::queue::server::MobileHub::new(SAMPLE_BASE, keys, translations))
}

/// `ticket-also`, `ticket-qr`, `ticket-sms` (and its `-error` and `-agreed`), `help-called` and
/// `help-coming` in the visitor's language `tag`.
pub fn run(c: &Rc<Shell>, queue: &LocalQueue, tag: &str, shot: &mut impl FnMut(&str) -> Result<()>) -> Result<()> {
    c.finish();
    c.choose_language(tag);
    c.dispatch(Msg::OpenService(crate::app::TICKET_ID.into()));
    c.dispatch(Msg::TicketTake("housing".into()));
    c.dispatch(Msg::TicketAlso("council-tax".into()));
    shot("ticket-also")?;
    c.dispatch(Msg::TicketAlsoDone);
    shot("ticket-qr")?;
    // "Get a text when it's your turn": the consent with the phone pad open, a number the hub
    // refuses, then the ticket page once it agreed.
    let phone = |text: &str| Msg::Sms(SmsMsg::Edited(onestop::queue::sms::Phone::new(text)));
    c.dispatch(Msg::Sms(SmsMsg::Open));
    c.dispatch(phone("07700 900"));
    shot("ticket-sms")?;
    c.dispatch(phone("01632 960123"));
    c.dispatch(Msg::Sms(SmsMsg::Send));
    shot("ticket-sms-error")?;
    c.dispatch(phone("07700 900123"));
    c.dispatch(Msg::Sms(SmsMsg::Send));
    shot("ticket-sms-agreed")?;
    c.finish();
    c.choose_language(tag);
    c.goto("feedback", Answers::new(), Some("what-happened"));
    c.dispatch(Msg::CallHelp);
    shot("help-called")?;
    // A counter acknowledges the newest call, as its staff would.
    let help = queue.engine().open_help().map(|h| h.id).max();
    if let Some(help) = help {
        queue
            .apply(&Command::AckHelp { counter: 1, help })
            .map_err(|e| anyhow::anyhow!("the snapshot's help call: {e}"))?;
    }
    c.render();
    shot("help-coming")?;
    c.finish();
    Ok(())
}
