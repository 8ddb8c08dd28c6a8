//! The NFC reader (`onestop::card::nfc`, libnfc's real pn532_uart driver) against a PN532
//! emulated on a pseudo-terminal (`tests/pn532/pn532_emu.py`): reads, one read per tap, unplug
//! and replug, garbage and silence on the line, a port that does not exist, and stopping.
//!
//! Assertions are on the events received, never on timing: where a test checks that nothing more
//! was sent, it first waits for the emulator to answer more polls, so the reader had the chance.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use onestop::card::nfc::{NfcHandle, NfcReader};
use onestop::card::{CardEvent, CardNumber, ReaderKind, ReaderStatus};
use onestop_e2e::pn532_emu::Pn532Emu;

/// A generous wait for each event: libnfc's own timeouts on a broken line are around a second.
const WAIT: Duration = Duration::from_secs(10);

const CARD: &str = "04A23B1C";
const OTHER_CARD: &str = "04C0FFEE112233";

/// A reader on `connstring` that polls and reopens quickly, so the tests run in seconds.
fn reader(connstring: &str) -> (NfcHandle, Receiver<CardEvent>) {
    let (tx, rx) = mpsc::channel();
    let handle = NfcReader::new(connstring)
        .poll_every(Duration::from_millis(50))
        .retry_every(Duration::from_millis(200))
        .spawn(tx)
        .expect("the reader's thread starts");
    (handle, rx)
}

fn next(events: &Receiver<CardEvent>) -> CardEvent {
    events
        .recv_timeout(WAIT)
        .unwrap_or_else(|e| panic!("no card event within {WAIT:?}: {e}"))
}

fn ready() -> CardEvent {
    CardEvent::Status {
        reader: ReaderKind::Nfc,
        status: ReaderStatus::Ready,
    }
}

fn read(uid: &str) -> CardEvent {
    CardEvent::Read {
        reader: ReaderKind::Nfc,
        number: CardNumber::parse(uid).unwrap(),
    }
}

/// The reason of an Unavailable status, or a failure naming what came instead.
fn unavailable(event: CardEvent) -> String {
    match event {
        CardEvent::Status {
            reader: ReaderKind::Nfc,
            status: ReaderStatus::Unavailable(reason),
        } => reason,
        other => panic!("expected the reader to be unavailable, got {other:?}"),
    }
}

fn assert_nothing_more(events: &Receiver<CardEvent>) {
    match events.try_recv() {
        Err(TryRecvError::Empty) => {}
        other => panic!("expected no further event, got {other:?}"),
    }
}

#[test]
fn a_card_on_the_reader_is_read_once_with_its_uid() {
    let mut emu = Pn532Emu::start(&["--card", CARD]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    let event = next(&events);
    assert_eq!(event, read(CARD));
    let CardEvent::Read { number, .. } = event else {
        unreachable!()
    };
    assert_eq!(number.expose(), "04A23B1C");
    // The card stays on the reader: many more polls find it, and none reads it again.
    emu.wait_polls(10);
    assert_nothing_more(&events);
}

#[test]
fn a_card_taken_away_and_tapped_again_is_read_again() {
    let mut emu = Pn532Emu::start(&["--card", CARD]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));

    emu.command("nocard");
    emu.wait_polls(5);
    assert_nothing_more(&events);
    emu.command(&format!("card {CARD}"));
    assert_eq!(next(&events), read(CARD));

    // Another card put straight down is a new tap too.
    emu.command(&format!("card {OTHER_CARD}"));
    assert_eq!(next(&events), read(OTHER_CARD));
    emu.wait_polls(5);
    assert_nothing_more(&events);
}

#[test]
fn no_card_gives_ready_and_no_read() {
    let mut emu = Pn532Emu::start(&[]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    emu.wait_polls(10);
    assert_nothing_more(&events);
}

#[test]
fn an_unplugged_reader_becomes_unavailable_once() {
    let mut emu = Pn532Emu::start(&[]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    emu.command("unplug");
    let reason = unavailable(next(&events));
    assert!(reason.contains("stopped answering"), "{reason}");
    // It keeps trying to reopen the port that went away, without another event each time.
    assert_eq!(
        events.recv_timeout(Duration::from_secs(2)),
        Err(mpsc::RecvTimeoutError::Timeout)
    );
}

#[test]
fn a_killed_emulator_is_an_unplugged_reader() {
    let mut emu = Pn532Emu::start(&["--card", CARD]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
    emu.kill();
    unavailable(next(&events));
}

#[test]
fn a_port_that_does_not_exist_is_unavailable_with_a_clear_reason() {
    let (_reader, events) = reader("pn532_uart:/dev/onestop-no-such-port");
    let reason = unavailable(next(&events));
    assert!(
        reason.contains("/dev/onestop-no-such-port does not exist") && reason.contains("plugged in"),
        "{reason}"
    );
}

#[test]
fn a_connstring_no_driver_takes_is_unavailable_with_a_clear_reason() {
    let (_reader, events) = reader("pn999_uart:/dev/ttyUSB0");
    let reason = unavailable(next(&events));
    assert!(
        reason.contains("pn999_uart") && reason.contains("pn532_uart"),
        "{reason}"
    );
}

#[test]
fn a_serial_port_with_no_pn532_behind_it_is_unavailable() {
    // /dev/null opens and accepts writes but never answers: libnfc's open times out.
    let (_reader, events) = reader("pn532_uart:/dev/null");
    let reason = unavailable(next(&events));
    assert!(reason.contains("no PN532 answered on /dev/null"), "{reason}");
}

#[test]
fn garbage_on_the_line_never_reads_and_the_reader_recovers() {
    let mut emu = Pn532Emu::start(&[]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());

    // Broken frames of every kind, with a card on the reader all along.
    emu.command("garbage");
    emu.command(&format!("card {CARD}"));
    let reason = unavailable(next(&events));
    assert!(reason.contains("stopped answering"), "{reason}");
    emu.wait_garbage(24);

    // Good frames again: the same thread reopens the reader, and only now reads the card.
    emu.command("healthy");
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
}

#[test]
fn a_reader_that_answers_garbage_from_the_start_never_opens_and_never_reads() {
    let mut emu = Pn532Emu::start(&["--garbage", "--card", CARD]);
    let (_reader, events) = reader(&emu.connstring());
    let reason = unavailable(next(&events));
    assert!(reason.contains("no PN532 answered"), "{reason}");
    emu.wait_garbage(24);
    assert_nothing_more(&events);
    emu.command("healthy");
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
}

#[test]
fn a_silent_reader_becomes_unavailable_and_recovers() {
    let mut emu = Pn532Emu::start(&[]);
    let (_reader, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    emu.command("silent");
    let reason = unavailable(next(&events));
    assert!(reason.contains("stopped answering"), "{reason}");
    emu.command(&format!("card {CARD}"));
    emu.command("healthy");
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
}

#[test]
fn a_replugged_reader_is_ready_again_on_the_same_path() {
    // A stable name for the port, as udev's /dev/serial/by-id gives a real reader; each emulator
    // is a new pty, and the link follows it as the by-id link follows a replugged reader.
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("ttyNFC");
    let link = link.to_str().unwrap();
    let mut first = Pn532Emu::start(&["--link", link]);
    let (_reader, events) = reader(&first.connstring());
    assert_eq!(next(&events), ready());
    first.command("unplug");
    unavailable(next(&events));

    let second = Pn532Emu::start(&["--link", link, "--card", CARD]);
    assert_eq!(second.connstring(), first.connstring());
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
}

#[test]
fn stopping_the_reader_ends_its_thread_and_frees_the_port() {
    let mut emu = Pn532Emu::start(&[]);
    let (handle, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    handle.stop();
    // The thread is gone: its sender is dropped, so the channel ends after what it sent.
    assert_eq!(events.recv_timeout(WAIT), Err(mpsc::RecvTimeoutError::Disconnected));

    // The port was closed and released: another reader opens it and reads.
    emu.command(&format!("card {CARD}"));
    let (_again, events) = reader(&emu.connstring());
    assert_eq!(next(&events), ready());
    assert_eq!(next(&events), read(CARD));
}

#[test]
fn dropping_an_unavailable_reader_ends_its_thread() {
    let (handle, events) = reader("pn532_uart:/dev/onestop-no-such-port");
    unavailable(next(&events));
    drop(handle);
    assert_eq!(events.recv_timeout(WAIT), Err(mpsc::RecvTimeoutError::Disconnected));
}
