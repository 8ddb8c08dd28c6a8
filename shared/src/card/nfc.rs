//! NFC card readers through libnfc (the `nfc1` crate): a thread per reader that turns taps into
//! [`CardEvent`]s.
//!
//! libnfc blocks, so [`NfcReader::spawn`] starts a thread that owns the libnfc context and device;
//! the kiosk only sees events on a channel. The thread opens the reader by its libnfc connstring
//! (`pn532_uart:/dev/ttyUSB0`, `acr122_usb`), polls for ISO 14443-A cards, and reads each card
//! once per tap. It reports [`ReaderStatus::Ready`] when the reader opens and
//! [`ReaderStatus::Unavailable`] when it cannot be opened or stops answering (unplugged, a broken
//! cable, garbage on the line), and keeps reopening it by itself. Each change is sent once.
//!
//! Where it stops: it reads a card's UID and nothing else (no sectors, no keys), and it does not
//! say whose card it is; the identity provider resolves the number.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Mutex, PoisonError, mpsc};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use nfc1::target_info::TargetInfo;
use nfc1::{BaudRate, Context, Device, Modulation, ModulationType, Property};

use super::{CardEvent, CardNumber, ReaderKind, ReaderStatus};
use connstring::{explain_open_failure, is_usb, refuse_before_opening, usb_reader_listed};

mod connstring;

/// The libnfc drivers this build has (the `nfc1` features in `shared/Cargo.toml`).
pub const DRIVERS: &[&str] = &["pn532_uart", "acr122_usb", "pn53x_usb"];

/// Polls in a row that fail before the reader counts as gone: one lost reply on a serial line is
/// not an unplugged reader, and three are found within about a second.
const FAILED_POLLS_BEFORE_UNAVAILABLE: u32 = 3;

/// Polls in a row without the card before it counts as taken away: one missed answer while a
/// card is held still must not read it twice.
const EMPTY_POLLS_BEFORE_REMOVED: u32 = 2;

/// libnfc fills its global driver list on the first `nfc_init`, unlocked (and `nfc1` does not
/// guard it): readers starting together on several threads must not race there.
static LIBNFC_INIT: Mutex<()> = Mutex::new(());

/// An NFC reader to start: its connstring and how often it polls and reopens.
#[derive(Debug, Clone)]
pub struct NfcReader {
    connstring: String,
    poll: Duration,
    retry: Duration,
}

impl NfcReader {
    /// A reader at a libnfc connstring, polling every 200 ms and reopening every 2 s while
    /// unavailable.
    pub fn new(connstring: impl Into<String>) -> NfcReader {
        NfcReader {
            connstring: connstring.into(),
            poll: Duration::from_millis(200),
            retry: Duration::from_secs(2),
        }
    }

    /// The pause between two polls (a tap is noticed within this, plus the poll itself).
    pub fn poll_every(mut self, poll: Duration) -> NfcReader {
        self.poll = poll;
        self
    }

    /// The pause between two attempts to open a reader that is unavailable.
    pub fn retry_every(mut self, retry: Duration) -> NfcReader {
        self.retry = retry;
        self
    }

    /// Starts the reader's thread, which sends its events to `events` until the [`NfcHandle`] is
    /// stopped or dropped, or `events`' receiver is dropped.
    pub fn spawn(self, events: Sender<CardEvent>) -> std::io::Result<NfcHandle> {
        let (stop_tx, stop_rx) = mpsc::channel();
        let worker = Worker {
            reader: self,
            events,
            stop: stop_rx,
            shown_ready: None,
        };
        let thread = thread::Builder::new()
            .name("nfc-reader".into())
            .spawn(move || worker.run())?;
        Ok(NfcHandle {
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
}

/// A running reader. Stopping it (or dropping it) ends its thread and closes the device.
#[derive(Debug)]
pub struct NfcHandle {
    /// Dropped to stop: the thread's waits end at once when this sender goes.
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl NfcHandle {
    /// Stops the reader and waits for its thread, so the device is closed when this returns. The
    /// thread notices between two libnfc calls: at once while it waits, or when the call in
    /// progress ends (a poll, or an open that times out on a silent reader, up to about 2 s).
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            // A panic in the thread is caught there; nothing is left to report here.
            let _ = thread.join();
        }
    }
}

impl Drop for NfcHandle {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// Whether the thread goes on.
#[derive(Debug, PartialEq, Eq)]
enum Flow {
    Continue,
    Stop,
}

/// How one session with the device ended.
enum Ended {
    /// Stop asked for, or nobody listens any more.
    Stop,
    /// The reader is unavailable, for this reason.
    Down(String),
}

/// The reader's thread: owns the libnfc context and device.
struct Worker {
    reader: NfcReader,
    events: Sender<CardEvent>,
    stop: Receiver<()>,
    /// The status last sent (`Some(true)` = Ready), so each change is sent once.
    shown_ready: Option<bool>,
}

impl Worker {
    fn run(mut self) {
        let mut context = None;
        loop {
            let reason = match caught(|| self.session(&mut context)) {
                Ok(Ended::Stop) => return,
                Ok(Ended::Down(reason)) => reason,
                Err(panic) => {
                    // Start again from a fresh libnfc context: nothing of the old one is trusted.
                    context = None;
                    format!("the NFC reader's driver failed ({panic}); it will be reopened")
                }
            };
            if self.status(ReaderStatus::Unavailable(reason)) == Flow::Stop
                || self.wait(self.reader.retry) == Flow::Stop
            {
                return;
            }
        }
    }

    /// Opens the device, sets it up and polls it until it fails or the reader is stopped.
    fn session(&mut self, context: &mut Option<Context>) -> Ended {
        let connstring = self.reader.connstring.clone();
        if let Some(reason) = refuse_before_opening(&connstring) {
            return Ended::Down(reason);
        }
        let context = match context {
            Some(context) => context,
            None => match new_context() {
                Ok(made) => context.insert(made),
                Err(e) => return Ended::Down(format!("libnfc could not start ({e})")),
            },
        };
        if is_usb(&connstring) && !usb_reader_listed(&connstring, &context.list_devices(16).unwrap_or_default()) {
            // Checked first because nfc1 leaks the connstring on every open attempt.
            return Ended::Down(format!(
                "no NFC reader for \"{connstring}\" is plugged in: check the USB cable, and that pcscd \
                 is not holding the reader"
            ));
        }
        // `device` is dropped (closed) at the end of this function, before `context` can be.
        let mut device = match context.open_with_connstring(&connstring) {
            Ok(device) => device,
            Err(_) => return Ended::Down(explain_open_failure(&connstring)),
        };
        if let Err(e) = set_up(&mut device) {
            return Ended::Down(format!("the NFC reader at {connstring} refused to be set up ({e})"));
        }
        tracing::info!(device = device.name(), "NFC reader ready");
        if self.status(ReaderStatus::Ready) == Flow::Stop {
            return Ended::Stop;
        }
        self.poll(&mut device)
    }

    fn poll(&mut self, device: &mut Device) -> Ended {
        let mut presence = Presence::default();
        let mut failed = 0;
        loop {
            if self.stopping() {
                return Ended::Stop;
            }
            match read_card(device) {
                Ok(card) => {
                    failed = 0;
                    if let Some(number) = presence.observe(card) {
                        let read = CardEvent::Read {
                            reader: ReaderKind::Nfc,
                            number,
                        };
                        if self.send(read) == Flow::Stop {
                            return Ended::Stop;
                        }
                    }
                }
                // A card moving in or out of the field: the chip answered, the card did not.
                Err(e) if is_radio_error(e) => failed = 0,
                Err(e) => {
                    failed += 1;
                    if failed >= FAILED_POLLS_BEFORE_UNAVAILABLE {
                        return Ended::Down(format!("the NFC reader stopped answering ({e})"));
                    }
                }
            }
            if self.wait(self.reader.poll) == Flow::Stop {
                return Ended::Stop;
            }
        }
    }

    /// Sends a status if it differs from the last one sent. The reason of an unavailable reader
    /// is the first one seen; later retries failing for another reason send nothing.
    fn status(&mut self, status: ReaderStatus) -> Flow {
        let ready = status == ReaderStatus::Ready;
        if self.shown_ready == Some(ready) {
            return Flow::Continue;
        }
        self.shown_ready = Some(ready);
        if let ReaderStatus::Unavailable(reason) = &status {
            tracing::warn!(%reason, "NFC reader unavailable");
        }
        self.send(CardEvent::Status {
            reader: ReaderKind::Nfc,
            status,
        })
    }

    fn send(&self, event: CardEvent) -> Flow {
        match self.events.send(event) {
            Ok(()) => Flow::Continue,
            Err(_) => Flow::Stop,
        }
    }

    /// Waits `pause`, or less if the reader is stopped meanwhile.
    fn wait(&self, pause: Duration) -> Flow {
        match self.stop.recv_timeout(pause) {
            Err(RecvTimeoutError::Timeout) => Flow::Continue,
            Ok(()) | Err(RecvTimeoutError::Disconnected) => Flow::Stop,
        }
    }

    fn stopping(&self) -> bool {
        !matches!(self.stop.try_recv(), Err(TryRecvError::Empty))
    }
}

/// Tells a new tap from a card still lying on the reader.
#[derive(Debug, Default)]
struct Presence {
    /// The card on the reader now, if any.
    current: Option<CardNumber>,
    /// Polls in a row that did not see `current`.
    missed: u32,
}

impl Presence {
    /// Takes what one poll saw and gives back a card to report, when it is a new tap: a card
    /// after an empty reader, or a different card.
    fn observe(&mut self, seen: Option<CardNumber>) -> Option<CardNumber> {
        match seen {
            Some(number) => {
                self.missed = 0;
                if self.current.as_ref() == Some(&number) {
                    return None;
                }
                self.current = Some(number.clone());
                Some(number)
            }
            None => {
                if self.current.is_some() {
                    self.missed += 1;
                    if self.missed >= EMPTY_POLLS_BEFORE_REMOVED {
                        self.current = None;
                        self.missed = 0;
                    }
                }
                None
            }
        }
    }
}

/// One poll: the number of the ISO 14443-A card in the field, or `None`.
fn read_card(device: &mut Device) -> nfc1::Result<Option<CardNumber>> {
    let iso14443a = Modulation {
        modulation_type: ModulationType::Iso14443a,
        baud_rate: BaudRate::Baud106,
    };
    let target = device.initiator_select_passive_target(&iso14443a)?;
    // With no card, libnfc answers "0 targets" and nfc1 gives Ok with an empty UID.
    Ok(match target.target_info {
        TargetInfo::Iso14443a(card) => card
            .uid
            .get(..card.uid_len)
            .and_then(|uid| CardNumber::from_uid(uid).ok()),
        _ => None,
    })
}

fn set_up(device: &mut Device) -> nfc1::Result<()> {
    device.initiator_init()?;
    // initiator_init makes a poll wait for a card forever; one try per poll keeps the thread able
    // to stop, and to notice an unplugged reader.
    device.set_property_bool(Property::InfiniteSelect, false)
}

fn new_context() -> nfc1::Result<Context> {
    let _only_one = LIBNFC_INIT.lock().unwrap_or_else(PoisonError::into_inner);
    Context::new()
}

/// Errors from the radio side: the chip answered but the card did not (it was moving).
fn is_radio_error(e: nfc1::Error) -> bool {
    matches!(
        e,
        nfc1::Error::RfTransmissionError | nfc1::Error::TargetReleased | nfc1::Error::MifareAuthFailed
    )
}

/// Runs `f`, turning a panic into its message.
fn caught<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(uid: &[u8]) -> Option<CardNumber> {
        Some(CardNumber::from_uid(uid).unwrap())
    }

    #[test]
    fn a_card_left_on_the_reader_is_read_once() {
        let mut presence = Presence::default();
        assert_eq!(presence.observe(None), None);
        assert_eq!(presence.observe(card(&[4, 0xa2])), card(&[4, 0xa2]));
        for _ in 0..10 {
            assert_eq!(presence.observe(card(&[4, 0xa2])), None);
        }
    }

    #[test]
    fn a_card_taken_away_and_tapped_again_is_read_again() {
        let mut presence = Presence::default();
        assert_eq!(presence.observe(card(&[1])), card(&[1]));
        for _ in 0..EMPTY_POLLS_BEFORE_REMOVED {
            assert_eq!(presence.observe(None), None);
        }
        assert_eq!(presence.observe(card(&[1])), card(&[1]));
    }

    #[test]
    fn one_missed_poll_does_not_read_a_held_card_twice() {
        let mut presence = Presence::default();
        assert_eq!(presence.observe(card(&[1])), card(&[1]));
        for _ in 0..5 {
            assert_eq!(presence.observe(None), None);
            assert_eq!(presence.observe(card(&[1])), None);
        }
    }

    #[test]
    fn another_card_is_read_at_once() {
        let mut presence = Presence::default();
        assert_eq!(presence.observe(card(&[1])), card(&[1]));
        assert_eq!(presence.observe(card(&[2])), card(&[2]));
        assert_eq!(presence.observe(card(&[1])), card(&[1]));
    }

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(caught(|| 7), Ok(7));
        assert_eq!(caught(|| -> u8 { panic!("bad frame") }), Err("bad frame".to_string()));
        let uid_len = 11;
        let message = caught(|| -> u8 { panic!("uid_len {uid_len}") }).unwrap_err();
        assert_eq!(message, "uid_len 11");
    }
}
