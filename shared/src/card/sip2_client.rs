//! A blocking SIP2 client that asks a library management system about one card holder:
//! [`lookup_patron`] opens one TCP connection, logs in (93 → 94), asks for the patron's
//! information (63 → 64) and closes. What the frames hold is [`super::sip2`]'s job; this module
//! only moves them, bounded in time and size, so a silent, slow or hostile server can neither hang
//! nor crash the kiosk. Run it off the UI thread; it never retries a whole lookup by itself.
//!
//! [`Sip2Config::timeout`] bounds the whole lookup: name resolution, connecting, every write and
//! every read share one deadline, so a server that trickles a byte at a time cannot stretch it.
//! A reply that fails its checksum or sequence number is asked for once more (97 Request ACS
//! Resend), and a server that could not read a request (96) gets it once more.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use time::OffsetDateTime;

use super::sip2::{
    LoginRequest, MAX_MESSAGE_LEN, PatronBlock, PatronQuery, PatronReply, Reply, ReplyError, RequestError, SeqNo,
    TransactionDate, parse_reply, resend_request,
};

#[cfg(test)]
mod tests;

/// How to reach and sign in to the library system's SIP2 service.
#[derive(Clone, PartialEq, Eq)]
pub struct Sip2Config {
    /// `host:port` of the SIP2 service (often port 6001).
    pub addr: String,
    /// The kiosk's SIP2 account (`CN`); empty to skip the login, for systems that need none.
    pub login_user: String,
    /// Its password (`CO`).
    pub login_password: String,
    /// The location code sent at login (`CP`); may be empty.
    pub location: String,
    /// The institution id (`AO`) the library system expects.
    pub institution: String,
    /// The terminal password (`AC`); often empty.
    pub terminal_password: String,
    /// The longest a whole lookup may take, connecting included.
    pub timeout: Duration,
}

impl fmt::Debug for Sip2Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sip2Config")
            .field("addr", &self.addr)
            .field("login_user", &self.login_user)
            .field("login_password", &"***")
            .field("location", &self.location)
            .field("institution", &self.institution)
            .field("terminal_password", &"***")
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What the library system said about a card holder. `valid_patron` (is this a known card) and
/// `valid_password` (is this their PIN) are separate answers; `None` means it did not say, which
/// is never a yes: use [`Patron::card_and_pin_accepted`].
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Patron {
    /// `BL`: the card belongs to a patron the library knows.
    pub valid_patron: Option<bool>,
    /// `CQ`: the PIN was right (`None` when no PIN was sent, or the system did not say).
    pub valid_password: Option<bool>,
    /// Blocks on the patron's account (lost card, fines, …).
    pub blocks: Vec<PatronBlock>,
    /// Personal name, as the library holds it (often "Surname, Forename").
    pub name: Option<String>,
    /// Home address.
    pub address: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Home phone number.
    pub phone: Option<String>,
    /// Text the library system asks to show the patron.
    pub screen_message: Option<String>,
}

impl Patron {
    /// The library knows the card and said the PIN is right: both flags present and `Y`.
    pub fn card_and_pin_accepted(&self) -> bool {
        self.valid_patron == Some(true) && self.valid_password == Some(true)
    }
}

impl From<PatronReply> for Patron {
    fn from(r: PatronReply) -> Patron {
        Patron {
            valid_patron: r.valid_patron,
            valid_password: r.valid_password,
            blocks: r.blocks,
            name: r.name,
            address: r.address,
            email: r.email,
            phone: r.phone,
            screen_message: r.screen_message,
        }
    }
}

impl fmt::Debug for Patron {
    /// Shows which personal fields are present, not what they hold.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let present = |v: &Option<String>| if v.is_some() { "Some(…)" } else { "None" };
        f.debug_struct("Patron")
            .field("valid_patron", &self.valid_patron)
            .field("valid_password", &self.valid_password)
            .field("blocks", &self.blocks)
            .field("name", &format_args!("{}", present(&self.name)))
            .field("address", &format_args!("{}", present(&self.address)))
            .field("email", &format_args!("{}", present(&self.email)))
            .field("phone", &format_args!("{}", present(&self.phone)))
            .field("screen_message", &self.screen_message)
            .finish()
    }
}

/// Why a lookup gave no answer. None of these messages holds a card number or PIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Sip2Error {
    /// The card number, PIN or a configured value cannot be sent (checked before connecting).
    #[error(transparent)]
    Request(#[from] RequestError),
    /// No connection: the name did not resolve, or nothing listens at the address.
    #[error("could not connect to the library system at {0}; check sip2 addr and the network")]
    Connect(String),
    /// No answer within [`Sip2Config::timeout`].
    #[error("the library system did not answer in time; try again, or check that it is running")]
    Timeout,
    /// The library system closed the connection before answering.
    #[error("the library system closed the connection before answering; try again")]
    Closed,
    /// The library system refused the kiosk's login.
    #[error("the library system refused the kiosk's SIP2 login; check sip2 login_user and login_password")]
    LoginRefused,
    /// A reply that is not the SIP2 the kiosk expects.
    #[error("the library system's reply could not be read: {0}")]
    Malformed(String),
    /// Replies (or requests, by the library system's account) kept arriving damaged.
    #[error("messages to or from the library system arrive damaged (checksum); check the network and try again")]
    Checksum,
    /// The reply answered another request, twice.
    #[error("the library system answered request {got} when asked request {expected}; try again")]
    Sequence {
        /// The request's sequence number.
        expected: u8,
        /// The reply's.
        got: u8,
    },
    /// Another network error.
    #[error("the connection to the library system failed: {0}")]
    Io(String),
}

impl Sip2Error {
    /// Whether asking again cannot help until someone changes something (the config or the
    /// input), as opposed to a network or server hiccup.
    pub fn is_permanent(&self) -> bool {
        matches!(self, Sip2Error::Request(_) | Sip2Error::LoginRefused)
    }
}

impl From<ReplyError> for Sip2Error {
    fn from(e: ReplyError) -> Sip2Error {
        match e {
            ReplyError::Checksum => Sip2Error::Checksum,
            ReplyError::Sequence { expected, got } => Sip2Error::Sequence { expected, got },
            other => Sip2Error::Malformed(other.to_string()),
        }
    }
}

fn io_error(e: io::Error) -> Sip2Error {
    use io::ErrorKind::*;
    match e.kind() {
        WouldBlock | TimedOut => Sip2Error::Timeout,
        UnexpectedEof | ConnectionReset | ConnectionAborted | BrokenPipe | NotConnected => Sip2Error::Closed,
        _ => Sip2Error::Io(e.to_string()),
    }
}

/// Asks the library system about the card `barcode` and, with `pin`, whether it is the card's PIN.
/// `now` is the transaction date sent. The PIN goes to the library system and nowhere else.
pub fn lookup_patron(
    cfg: &Sip2Config,
    barcode: &str,
    pin: Option<&str>,
    now: OffsetDateTime,
) -> Result<Patron, Sip2Error> {
    let query = PatronQuery::new(
        TransactionDate::new(now)?,
        &cfg.institution,
        barcode,
        &cfg.terminal_password,
        pin,
    )?;
    let login = match cfg.login_user.as_str() {
        "" => None,
        user => Some(LoginRequest::new(user, &cfg.login_password, &cfg.location)?),
    };
    let mut conn = Connection::open(&cfg.addr, Instant::now() + cfg.timeout)?;
    let mut seq = SeqNo::ZERO;
    if let Some(login) = login {
        match conn.exchange(&login.to_frame(seq), seq)? {
            Reply::Login(reply) if reply.ok => {}
            Reply::Login(_) => return Err(Sip2Error::LoginRefused),
            other => return Err(unexpected("94 (login)", &other)),
        }
        seq = seq.next();
    }
    let reply = match conn.exchange(&query.to_patron_information(seq), seq)? {
        Reply::PatronInformation(reply) => reply,
        other => return Err(unexpected("64 (patron information)", &other)),
    };
    if let Some(about) = &reply.barcode
        && !about.eq_ignore_ascii_case(query.barcode().trim())
    {
        return Err(Sip2Error::Malformed(
            "the reply is about another card than the one asked about".into(),
        ));
    }
    Ok(Patron::from(reply))
}

fn unexpected(wanted: &str, got: &Reply) -> Sip2Error {
    Sip2Error::Malformed(format!("expected message {wanted}, got {}", got.code()))
}

/// One connection to the library system, with the deadline every step shares.
struct Connection {
    stream: TcpStream,
    deadline: Instant,
    /// Bytes read past the end of the last reply.
    buf: Vec<u8>,
}

impl Connection {
    fn open(addr: &str, deadline: Instant) -> Result<Connection, Sip2Error> {
        let mut last = Sip2Error::Connect(format!("{addr}: the name has no address"));
        for candidate in resolve(addr, deadline)? {
            match TcpStream::connect_timeout(&candidate, remaining(deadline)?) {
                Ok(stream) => {
                    // Small request/reply frames: send each at once.
                    stream.set_nodelay(true).map_err(io_error)?;
                    return Ok(Connection {
                        stream,
                        deadline,
                        buf: Vec::new(),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::TimedOut => last = Sip2Error::Timeout,
                Err(e) => last = Sip2Error::Connect(format!("{addr}: {e}")),
            }
        }
        Err(last)
    }

    /// Sends `request` and reads its reply, asking once more when the reply arrives damaged or
    /// the library system could not read the request.
    fn exchange(&mut self, request: &[u8], seq: SeqNo) -> Result<Reply, Sip2Error> {
        self.send(request)?;
        let mut asked_again = false;
        loop {
            let frame = self.read_frame()?;
            match parse_reply(&frame, Some(seq)) {
                Ok(Reply::ResendRequest) if !asked_again => {
                    tracing::debug!("the SIP2 server could not read request {seq}; sending it again");
                    self.send(request)?;
                }
                Ok(Reply::ResendRequest) => return Err(Sip2Error::Checksum),
                Err(e) if e.is_retryable() && !asked_again => {
                    tracing::debug!("SIP2 reply to request {seq} refused ({e}); asking for it again");
                    self.send(&resend_request())?;
                }
                Ok(reply) => return Ok(reply),
                Err(e) => return Err(e.into()),
            }
            asked_again = true;
        }
    }

    fn send(&mut self, frame: &[u8]) -> Result<(), Sip2Error> {
        self.stream
            .set_write_timeout(Some(remaining(self.deadline)?))
            .map_err(io_error)?;
        self.stream.write_all(frame).map_err(io_error)?;
        self.stream.flush().map_err(io_error)
    }

    /// Reads up to and including the next CR, skipping the LF of a server that ends lines CR LF.
    fn read_frame(&mut self) -> Result<Vec<u8>, Sip2Error> {
        let mut chunk = [0u8; 4096];
        loop {
            let start = self.buf.iter().position(|&b| b != b'\n').unwrap_or(self.buf.len());
            self.buf.drain(..start);
            if let Some(end) = self.buf.iter().position(|&b| b == b'\r') {
                return Ok(self.buf.drain(..=end).collect());
            }
            if self.buf.len() > MAX_MESSAGE_LEN {
                return Err(ReplyError::TooLong(self.buf.len()).into());
            }
            self.stream
                .set_read_timeout(Some(remaining(self.deadline)?))
                .map_err(io_error)?;
            match self.stream.read(&mut chunk) {
                Ok(0) => return Err(Sip2Error::Closed),
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_error(e)),
            }
        }
    }
}

/// The time left before `deadline`; none left is [`Sip2Error::Timeout`].
fn remaining(deadline: Instant) -> Result<Duration, Sip2Error> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        Err(Sip2Error::Timeout)
    } else {
        Ok(left)
    }
}

/// The addresses of `host:port`. A name is resolved on a helper thread, so a resolver that hangs
/// costs the lookup no more than its deadline (the thread ends when the resolver gives up).
fn resolve(addr: &str, deadline: Instant) -> Result<Vec<SocketAddr>, Sip2Error> {
    if let Ok(literal) = addr.parse::<SocketAddr>() {
        return Ok(vec![literal]);
    }
    let (tx, rx) = mpsc::channel();
    let name = addr.to_owned();
    std::thread::Builder::new()
        .name("sip2-resolve".into())
        .spawn(move || {
            let _ = tx.send(name.to_socket_addrs().map(Iterator::collect::<Vec<_>>));
        })
        .map_err(|e| Sip2Error::Io(e.to_string()))?;
    match rx.recv_timeout(remaining(deadline)?) {
        Ok(Ok(addrs)) => Ok(addrs),
        Ok(Err(e)) => Err(Sip2Error::Connect(format!("{addr}: {e}"))),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Sip2Error::Timeout),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Sip2Error::Connect(format!("{addr}: the lookup failed"))),
    }
}
