//! What the app asks the shell to do: each [`Effect`] is a plain value, carrying the [`Epoch`]
//! of the visit it belongs to where an answer comes back. The shell runs it (the database, the
//! printer, the workers) and hands any answer back as a [`super::Msg`] with the same epoch.

use super::session::Epoch;
use onestop::card::CardNumber;
use onestop::card::identity::{Identity, Pin};
use onestop::forms::ValidAnswers;
use onestop::queue::Command;
use onestop::reference::Reference;
use onestop::store::drafts::Draft;

/// Digits of a PIN, typed or on their way to the check: zeroed when dropped, never printed.
#[derive(Default)]
pub struct StaffPin(pub String);

impl Drop for StaffPin {
    fn drop(&mut self) {
        onestop::card::identity::wipe(&mut self.0);
    }
}

impl std::fmt::Debug for StaffPin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaffPin(..)")
    }
}

/// One thing for the shell to do.
pub enum Effect {
    /// Say `text` in the espeak-ng `voice`, cutting whatever is being said. Never a PIN digit
    /// (see [`super::speak`]); its Debug form leaves the words out.
    Say {
        /// The voice.
        voice: &'static str,
        /// The words.
        text: String,
    },
    /// Stop speaking (the visit ended).
    Hush,
    /// The speech volume, 0 to 100.
    Volume(u8),
    /// Count one rating for today: no reference, no time, nothing about the visitor.
    Rate {
        /// The form or service.
        subject: super::rate::Rated,
        /// 1 to 5.
        score: u8,
    },
    /// Keep the visitor's answers so far (a crash loses nothing).
    SaveDraft(Draft),
    /// The visitor left the form: its draft goes.
    DeleteDraft(String),
    /// "Send": one durable transaction; answered by [`super::Msg::Stored`].
    Store {
        /// The visit.
        epoch: Epoch,
        /// The checked answers.
        valid: ValidAnswers,
        /// The visitor's language.
        locale: String,
        /// The draft's session id.
        session: String,
        /// The card sign-in, if any.
        identity: Option<Identity>,
    },
    /// Print `job`, numbered `id`; the devices' news says how it went.
    Print {
        /// The app's number for this job.
        id: u64,
        /// What to print.
        job: crate::devices::Job,
    },
    /// Look a typed reference up in this kiosk's outbox; answered by [`super::Msg::Found`].
    FindReference {
        /// The visit.
        epoch: Epoch,
        /// The reference.
        reference: Reference,
    },
    /// Look a postcode up in the gazetteer; answered by [`super::Msg::AddressesFound`].
    FindAddresses {
        /// The visit.
        epoch: Epoch,
        /// The postcode, normalised.
        postcode: String,
    },
    /// Ask the CRM about a sent form; answered by [`super::Msg::StatusArrived`].
    AskStatus {
        /// The app's number for the question.
        ticket: u64,
        /// The submission.
        submission_id: String,
        /// The CRM's id for it.
        crm_id: String,
    },
    /// Ask the hub for a ticket; answered by [`super::Msg::TicketAnswer`].
    IssueTicket {
        /// The visit.
        epoch: Epoch,
        /// The `Issue` command.
        command: Command,
        /// The wait the replica gave before asking.
        minutes: Option<u32>,
    },
    /// Ask the hub to text the visitor about their ticket (they agreed); answered by
    /// [`super::Msg::SmsAnswer`].
    SendSms {
        /// The visit.
        epoch: Epoch,
        /// The ticket's hub id.
        ticket: u64,
        /// The number as typed (its Debug shows no digits).
        phone: onestop::queue::sms::Phone,
    },
    /// "I need help": tell the hub; answered by [`super::Msg::HelpAnswer`].
    CallHelp {
        /// The visit.
        epoch: Epoch,
        /// This kiosk's name, when known (the hub puts in the one from its hello anyway).
        kiosk: String,
    },
    /// Look a card up with its provider; answered by [`super::Msg::CardAnswer`].
    LookupCard {
        /// The visit.
        epoch: Epoch,
        /// The app's number for the question.
        ticket: u64,
        /// The card.
        card: CardNumber,
        /// Its PIN, when the provider needs one (zeroed when dropped).
        pin: Option<Pin>,
    },
    /// Count a staff PIN try durably, then check the PIN on a worker; answered by
    /// [`super::Msg::StaffPinLocked`], [`super::Msg::StaffPinFault`] or [`super::Msg::StaffPinChecked`].
    CheckStaffPin {
        /// The check's number.
        n: u64,
        /// The PIN typed.
        pin: StaffPin,
    },
    /// Read whether the staff PIN is locked now; answered by [`super::Msg::StaffPinLocked`].
    ReadStaffLockout,
    /// Read the outbox for the staff screen; answered by [`super::Msg::StaffLoaded`].
    LoadStaff,
    /// Staff asked to retry a parked submission; answered by [`super::Msg::StaffNotice`].
    Unpark(String),
    /// Staff asked to send everything waiting now; answered by [`super::Msg::StaffNotice`].
    SendNow,
    /// Ask the printer how it is.
    CheckPrinter,
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::Say { voice, text } => write!(f, "Say {{ voice: {voice:?}, chars: {} }}", text.chars().count()),
            Effect::Hush => f.write_str("Hush"),
            Effect::Volume(v) => write!(f, "Volume({v})"),
            Effect::Rate { subject, score } => write!(f, "Rate {{ subject: {subject:?}, score: {score} }}"),
            Effect::SaveDraft(d) => f.debug_tuple("SaveDraft").field(d).finish(),
            Effect::DeleteDraft(s) => f.debug_tuple("DeleteDraft").field(s).finish(),
            Effect::Store {
                epoch, locale, session, ..
            } => f
                .debug_struct("Store")
                .field("epoch", epoch)
                .field("locale", locale)
                .field("session", session)
                .finish_non_exhaustive(),
            Effect::Print { id, .. } => f.debug_struct("Print").field("id", id).finish_non_exhaustive(),
            Effect::FindReference { epoch, reference } => f
                .debug_struct("FindReference")
                .field("epoch", epoch)
                .field("reference", reference)
                .finish(),
            // A postcode is the visitor's: it stays out of logs.
            Effect::FindAddresses { epoch, .. } => f
                .debug_struct("FindAddresses")
                .field("epoch", epoch)
                .finish_non_exhaustive(),
            Effect::AskStatus { ticket, .. } => f
                .debug_struct("AskStatus")
                .field("ticket", ticket)
                .finish_non_exhaustive(),
            Effect::IssueTicket {
                epoch,
                command,
                minutes,
            } => f
                .debug_struct("IssueTicket")
                .field("epoch", epoch)
                .field("command", command)
                .field("minutes", minutes)
                .finish(),
            Effect::SendSms { epoch, ticket, phone } => f
                .debug_struct("SendSms")
                .field("epoch", epoch)
                .field("ticket", ticket)
                .field("phone", phone)
                .finish(),
            Effect::CallHelp { epoch, kiosk } => f
                .debug_struct("CallHelp")
                .field("epoch", epoch)
                .field("kiosk", kiosk)
                .finish(),
            Effect::LookupCard { epoch, ticket, .. } => f
                .debug_struct("LookupCard")
                .field("epoch", epoch)
                .field("ticket", ticket)
                .finish_non_exhaustive(),
            Effect::CheckStaffPin { n, pin } => {
                f.debug_struct("CheckStaffPin").field("n", n).field("pin", pin).finish()
            }
            Effect::ReadStaffLockout => f.write_str("ReadStaffLockout"),
            Effect::LoadStaff => f.write_str("LoadStaff"),
            Effect::Unpark(r) => f.debug_tuple("Unpark").field(r).finish(),
            Effect::SendNow => f.write_str("SendNow"),
            Effect::CheckPrinter => f.write_str("CheckPrinter"),
        }
    }
}
