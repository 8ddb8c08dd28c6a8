//! # onestop: the UI-free core of the Onestop kiosk
//!
//! Everything a kiosk, a queue board or a script needs that is not pixels: form definitions and
//! their validation, translations, the local SQLite store, and human-friendly references. The
//! key design choice is that this crate has **no UI dependency** (its `Cargo.toml` has no slint),
//! so every rule a visitor meets is a pure function that tests can call directly; the `kiosk`
//! binary is a thin shell that turns taps into calls here.
//!
//! ## Layout
//! - [`forms`]: form schema (TOML), pure validation into [`forms::ValidAnswers`], definition checks,
//!   and the one-question-per-screen walk.
//! - [`crm`]: the connectors (Open311, webhook, email over SMTP), reading CRM replies into delivery
//!   outcomes, and the Open311 form catalogue mapped onto our forms.
//! - [`daily_csv`]: a CSV file of each form's submissions per local day (RFC 4180, BOM, formulas
//!   neutralised), delivered once per form and day to a folder or a pluggable step.
//! - [`i18n`]: Fluent bundles per locale, negotiation, fallback to en-GB, text direction.
//! - [`store`]: the SQLite file (WAL, migrations), drafts and the outbox.
//! - [`outbox`]: the pure delivery plan and what each CRM answer does to a row.
//! - [`print`]: receipts and queue tickets as ESC/POS bytes (text in a code page, or shaped and
//!   rasterised), and the printer drivers with status and timeouts.
//! - [`queue`]: the queue engine (tickets, counters, calls, transfers) as a pure state machine,
//!   its hub (event log in SQLite, WebSocket server) and the client boards and counters use.
//! - [`staff`]: the staff screen's PIN (argon2id) and wrong-PIN lockout, as pure logic.
//! - [`reference`]: references like `K7QF-9M2A` with a check character, issued offline.
//! - [`keyboard`]: on-screen keyboard layouts and editing.
//! - [`card`]: card readers (NFC, keyboard-wedge scanners, simulated) as [`card::CardEvent`]s, and
//!   resolving a card to a person (SIP2, CRM lookup, offline unverified).
//! - [`print`](mod@print): receipts and tickets: shaped text to 1-bit images for the printer ([`print::raster`]).
//! - [`pictures`]: the icons beside choice options and the tappable diagrams (SVG, compiled in).
//! - [`gazetteer`]: the council's addresses (LLPG or AddressBase Plus) in their own SQLite file,
//!   looked up offline by postcode, UPRN or USRN in reading order; the streamed, resumable import.
//! - [`config`]: TOML configuration with embedded defaults.
//! - [`hours`]: opening hours in the site's local time (GMT/BST rule), bank holidays, the next opening.
//! - [`toml_errors`]: TOML errors on one line, with the line and column in the operator's file.
//! - [`fonts`]: the bundled Noto fonts, as bytes in fallback order.
//! - [`embedded`]: the forms and locales compiled into the binary, or read from a folder.
//! - [`bounded`]: reading one untrusted file: regular files only, never past a limit.
//! - [`speech`]: speech through libespeak-ng kept loaded on its own thread, for the kiosk's
//!   keypad mode (each `say` cuts off the last), and the voices and WAV samples the board shares.
//! - [`shutdown`]: the stop signal the forwarder and the queue hub listen for.
//! - [`systemd`]: `sd_notify` (ready, stopping) and a watchdog that pings only while every
//!   watched part beats; [`logging`]: logs to the systemd journal with structured fields, or stderr.
//! - [`metrics`]: fleet metrics in the Prometheus text format (kiosk and hub), served over HTTP or
//!   written as a node_exporter textfile.
//!
//! ## Example
//! ```
//! use onestop::{embedded, forms::{Answers, validate}};
//! let catalogue = embedded::forms().unwrap();
//! let form = catalogue.get("missed-bin").unwrap();
//! let answers: Answers = serde_json::from_str(r#"{"bin-type": "recycling"}"#).unwrap();
//! // Incomplete answers give per-field errors, never a panic.
//! let errors = validate(form, &answers, onestop::forms::Today::fixed(2026, 11, 23)).unwrap_err();
//! assert!(errors.iter().any(|e| e.field == "address"));
//! ```
#![deny(missing_docs)]

pub mod bounded;
pub mod card;
pub mod config;
pub mod crm;
pub mod daily_csv;
pub mod embedded;
pub mod fonts;
pub mod forms;
pub mod gazetteer;
pub mod hours;
pub mod i18n;
pub mod keyboard;
pub mod logging;
pub mod metrics;
pub mod outbox;
pub mod pictures;
pub mod print;
pub mod queue;
pub mod reference;
pub mod shutdown;
pub mod speech;
pub mod staff;
pub mod store;
pub mod systemd;
pub mod toml_errors;
