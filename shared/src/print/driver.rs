//! Getting bytes to a printer, and its status back, without ever hanging a kiosk: the connection
//! named in config (network, USB, serial or file) opened through the `escpos` crate's [`Driver`]
//! trait, the status read before and after each job, and an overall deadline on every job.
//!
//! Connections, as written in `[printer] connection`:
//! - `tcp://192.168.1.50:9100` (port 9100 if left out): a network printer;
//! - `usb:/dev/usb/lp0`: a USB printer through the kernel's printer-class device (the usual way on
//!   Linux; status is read back through it);
//! - `usb:0416:5011`: a USB printer by vendor and product id, claimed directly (escpos's
//!   `NativeUsbDriver`), for printers that are not printer-class devices;
//! - `serial:/dev/ttyUSB0` or `serial:/dev/ttyS0@19200`: a serial printer (default 9600 baud, 8N1);
//! - `file:/path/receipts.bin`: append the bytes to a file (development and tests; no status).

use super::status::{PrinterStatus, STATUS_REQUESTS};
use escpos::driver::{Driver, FileDriver, NativeUsbDriver, NetworkDriver};
use escpos::errors::PrinterError;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::net::ToSocketAddrs;
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use super::status::Fault;

/// Where the printer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// A network printer (raw TCP, usually port 9100).
    Network {
        /// Host name or address.
        host: String,
        /// Port.
        port: u16,
    },
    /// A printer-class device file (`/dev/usb/lp0`).
    UsbDevice(PathBuf),
    /// A USB device by vendor and product id.
    UsbId {
        /// Vendor id.
        vendor: u16,
        /// Product id.
        product: u16,
    },
    /// A serial port.
    Serial {
        /// The tty.
        path: PathBuf,
        /// Baud rate.
        baud: u32,
    },
    /// A file the bytes are appended to.
    File(PathBuf),
}

/// A `[printer] connection` that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "printer connection {given:?} is not understood: {why} (write tcp://HOST:PORT, usb:/dev/usb/lp0, usb:VID:PID, serial:/dev/ttyUSB0@9600 or file:PATH)"
)]
pub struct BadConnection {
    given: String,
    why: &'static str,
}

impl std::str::FromStr for Connection {
    type Err = BadConnection;

    fn from_str(s: &str) -> Result<Connection, BadConnection> {
        let bad = |why| BadConnection {
            given: s.to_owned(),
            why,
        };
        let (scheme, rest) = s.split_once(':').ok_or_else(|| bad("it has no kind"))?;
        if rest.is_empty() {
            return Err(bad("it names no printer"));
        }
        match scheme {
            "tcp" => {
                let rest = rest.strip_prefix("//").unwrap_or(rest);
                let (host, port) = match rest.rsplit_once(':') {
                    Some((h, p)) if !h.ends_with(':') => (h, p.parse().map_err(|_| bad("the port is not a number"))?),
                    _ => (rest, 9100),
                };
                let host = host.trim_start_matches('[').trim_end_matches(']');
                if host.is_empty() || port == 0 {
                    return Err(bad("the host or port is missing"));
                }
                Ok(Connection::Network {
                    host: host.to_owned(),
                    port,
                })
            }
            "usb" if rest.starts_with('/') => Ok(Connection::UsbDevice(rest.into())),
            "usb" => {
                let (v, p) = rest
                    .split_once(':')
                    .ok_or_else(|| bad("USB needs a device path or VID:PID"))?;
                let hex = |x: &str| u16::from_str_radix(x.trim_start_matches("0x"), 16);
                Ok(Connection::UsbId {
                    vendor: hex(v).map_err(|_| bad("the vendor id is not hex"))?,
                    product: hex(p).map_err(|_| bad("the product id is not hex"))?,
                })
            }
            "serial" => {
                let (path, baud) = match rest.rsplit_once('@') {
                    Some((path, baud)) => (path, baud.parse().map_err(|_| bad("the baud rate is not a number"))?),
                    None => (rest, 9600),
                };
                if baud_constant(baud).is_none() {
                    return Err(bad("the baud rate is not one a serial port supports"));
                }
                Ok(Connection::Serial {
                    path: path.into(),
                    baud,
                })
            }
            "file" => Ok(Connection::File(rest.into())),
            _ => Err(bad("the kind is not tcp, usb, serial or file")),
        }
    }
}

impl std::fmt::Display for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Connection::Network { host, port } => write!(f, "tcp://{host}:{port}"),
            Connection::UsbDevice(p) => write!(f, "usb:{}", p.display()),
            Connection::UsbId { vendor, product } => write!(f, "usb:{vendor:04x}:{product:04x}"),
            Connection::Serial { path, baud } => write!(f, "serial:{}@{baud}", path.display()),
            Connection::File(p) => write!(f, "file:{}", p.display()),
        }
    }
}

/// Why a job did not print.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// The printer could not be reached (unplugged, switched off, wrong address).
    #[error("the printer at {connection} cannot be reached: {reason}")]
    Unreachable {
        /// The connection.
        connection: String,
        /// What the system said.
        reason: String,
    },
    /// The printer reported a fault before the job, so nothing was sent.
    #[error("the printer reports {}; nothing was printed", .0.id())]
    Fault(Fault),
    /// The printer reported a fault after the job was sent: the printout may be missing or cut
    /// short.
    #[error("the printer reports {} after printing; the printout may be incomplete", .0.id())]
    FaultAfter(Fault),
    /// Sending failed part way.
    #[error("sending to the printer failed: {0}")]
    Io(String),
    /// The printer did not finish within the deadline.
    #[error("the printer did not answer within {0:?}")]
    Timeout(Duration),
    /// The printer answered its status request with bytes that are not a status.
    #[error("{0}")]
    BadStatus(String),
}

impl PrintError {
    /// The fault, if the printer named one.
    pub fn fault(&self) -> Option<Fault> {
        match self {
            PrintError::Fault(f) | PrintError::FaultAfter(f) => Some(*f),
            _ => None,
        }
    }
}

/// A job that printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printed {
    /// The status read after the job; `None` for connections that cannot report one (files).
    pub status: Option<PrinterStatus>,
}

/// Opens a connection. Every read and write on it gives up after `timeout`.
pub fn open(connection: &Connection, timeout: Duration) -> Result<Box<dyn Driver + Send>, PrintError> {
    let unreachable = |reason: String| PrintError::Unreachable {
        connection: connection.to_string(),
        reason,
    };
    match connection {
        Connection::Network { host, port } => {
            let addr = (host.as_str(), *port)
                .to_socket_addrs()
                .map_err(|e| unreachable(e.to_string()))?
                .next()
                .ok_or_else(|| unreachable("the name has no address".into()))?;
            let driver = NetworkDriver::open(&addr.ip().to_string(), addr.port(), Some(timeout))
                .map_err(|e| unreachable(message(e)))?;
            Ok(Box::new(driver))
        }
        Connection::File(path) => {
            let mut options = OpenOptions::new();
            options.create(true).append(true);
            let driver = FileDriver::open_with_options(path, &options).map_err(|e| unreachable(message(e)))?;
            Ok(Box::new(WriteOnly(driver)))
        }
        Connection::UsbDevice(path) => {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(path)
                .map_err(|e| unreachable(e.to_string()))?;
            Ok(Box::new(DeviceFile::new(file, path.display().to_string(), timeout)))
        }
        Connection::Serial { path, baud } => {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .custom_flags(libc::O_NOCTTY)
                .open(path)
                .map_err(|e| unreachable(e.to_string()))?;
            configure_serial(&file, *baud).map_err(|e| unreachable(e.to_string()))?;
            Ok(Box::new(DeviceFile::new(file, path.display().to_string(), timeout)))
        }
        Connection::UsbId { vendor, product } => {
            let driver = NativeUsbDriver::open(*vendor, *product).map_err(|e| unreachable(message(e)))?;
            Ok(Box::new(driver))
        }
    }
}

use std::os::unix::fs::OpenOptionsExt;

fn message(e: PrinterError) -> String {
    match e {
        PrinterError::Io(m) | PrinterError::Input(m) | PrinterError::InvalidResponse(m) => m,
    }
}

/// Asks for the printer's status. `Ok(None)` for a connection that cannot answer (a file).
pub fn status(driver: &dyn Driver, timeout: Duration) -> Result<Option<PrinterStatus>, PrintError> {
    if driver.name().starts_with("file") {
        return Ok(None);
    }
    let request: Vec<u8> = STATUS_REQUESTS.concat();
    driver.write(&request).map_err(|e| PrintError::Io(message(e)))?;
    driver.flush().map_err(|e| PrintError::Io(message(e)))?;
    let deadline = Instant::now() + timeout;
    let mut got = Vec::with_capacity(3);
    let mut buf = [0u8; 8];
    while got.len() < 3 {
        if Instant::now() >= deadline {
            return Err(PrintError::Timeout(timeout));
        }
        match driver.read(&mut buf) {
            Ok(0) => {
                return Err(PrintError::Unreachable {
                    connection: driver.name(),
                    reason: "the printer closed the connection".into(),
                });
            }
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) => {
                let m = message(e);
                if m.contains("timed out") || m.contains("would block") || m.contains("Resource temporarily") {
                    return Err(PrintError::Timeout(timeout));
                }
                return Err(PrintError::Io(m));
            }
        }
    }
    PrinterStatus::from_replies(got[0], got[1], got[2])
        .map(Some)
        .map_err(|e| PrintError::BadStatus(e.to_string()))
}

/// Prints one job: status before (a fault means nothing is sent), the bytes, status after.
/// Blocking; use [`print_with_deadline`] from anywhere a person is waiting.
pub fn print(connection: &Connection, bytes: &[u8], timeout: Duration) -> Result<Printed, PrintError> {
    let driver = open(connection, timeout)?;
    if let Some(fault) = status(driver.as_ref(), timeout)?.and_then(|s| s.fault()) {
        return Err(PrintError::Fault(fault));
    }
    for chunk in bytes.chunks(4096) {
        driver.write(chunk).map_err(|e| PrintError::Io(message(e)))?;
    }
    driver.flush().map_err(|e| PrintError::Io(message(e)))?;
    let after = status(driver.as_ref(), timeout)?;
    if let Some(fault) = after.and_then(|s| s.fault()) {
        return Err(PrintError::FaultAfter(fault));
    }
    Ok(Printed { status: after })
}

/// Reads the status only (the staff screen's check).
pub fn check(connection: &Connection, timeout: Duration) -> Result<Option<PrinterStatus>, PrintError> {
    let driver = open(connection, timeout)?;
    status(driver.as_ref(), timeout)
}

/// Runs `job` on its own thread and gives up waiting after `deadline`, whatever the driver does
/// (a USB write to a wedged printer can block in the kernel). The thread is left to finish or
/// fail on its own; the caller is never held longer than the deadline.
pub fn with_deadline<T: Send + 'static>(
    deadline: Duration,
    job: impl FnOnce() -> Result<T, PrintError> + Send + 'static,
) -> Result<T, PrintError> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().name("printer".into()).spawn(move || {
        let _ = tx.send(job());
    });
    if let Err(e) = spawned {
        return Err(PrintError::Io(e.to_string()));
    }
    match rx.recv_timeout(deadline) {
        Ok(result) => result,
        Err(_) => Err(PrintError::Timeout(deadline)),
    }
}

/// [`print`] with an overall deadline.
pub fn print_with_deadline(
    connection: &Connection,
    bytes: Vec<u8>,
    timeout: Duration,
    deadline: Duration,
) -> Result<Printed, PrintError> {
    let connection = connection.clone();
    with_deadline(deadline, move || print(&connection, &bytes, timeout))
}

/// A file: write only, so status is never asked of it.
struct WriteOnly(FileDriver);

impl Driver for WriteOnly {
    fn name(&self) -> String {
        self.0.name()
    }
    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.write(data)
    }
    fn read(&self, _: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }
    fn flush(&self) -> escpos::errors::Result<()> {
        self.0.flush()
    }
}

/// A device file (USB printer class, serial tty) with reads that wait at most `timeout`.
struct DeviceFile {
    file: Mutex<File>,
    name: String,
    timeout: Duration,
}

impl DeviceFile {
    fn new(file: File, name: String, timeout: Duration) -> DeviceFile {
        DeviceFile {
            file: Mutex::new(file),
            name,
            timeout,
        }
    }
}

impl Driver for DeviceFile {
    fn name(&self) -> String {
        format!("device ({})", self.name)
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        let mut file = self.file.lock().map_err(|_| PrinterError::Io("lock poisoned".into()))?;
        Ok(file.write_all(data)?)
    }

    fn read(&self, buf: &mut [u8]) -> escpos::errors::Result<usize> {
        let mut file = self.file.lock().map_err(|_| PrinterError::Io("lock poisoned".into()))?;
        let mut pfd = libc::pollfd {
            fd: file.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = i32::try_from(self.timeout.as_millis()).unwrap_or(i32::MAX);
        // SAFETY: one valid pollfd for a file descriptor this struct owns.
        let ready = unsafe { libc::poll(&mut pfd, 1, ms) };
        match ready {
            0 => Err(PrinterError::Io("timed out".into())),
            n if n < 0 => Err(std::io::Error::last_os_error().into()),
            _ => Ok(file.read(buf)?),
        }
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        let mut file = self.file.lock().map_err(|_| PrinterError::Io("lock poisoned".into()))?;
        Ok(file.flush()?)
    }
}

fn baud_constant(baud: u32) -> Option<libc::speed_t> {
    Some(match baud {
        1200 => libc::B1200,
        2400 => libc::B2400,
        4800 => libc::B4800,
        9600 => libc::B9600,
        19200 => libc::B19200,
        38400 => libc::B38400,
        57600 => libc::B57600,
        115200 => libc::B115200,
        _ => return None,
    })
}

/// Raw 8N1 at `baud`, no flow control.
fn configure_serial(file: &File, baud: u32) -> std::io::Result<()> {
    let speed = baud_constant(baud).ok_or_else(|| std::io::Error::other("unsupported baud rate"))?;
    let fd = file.as_raw_fd();
    // SAFETY: termios is plain data; tcgetattr fills it for a descriptor we own, and the calls
    // below only read or write that struct and the descriptor.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        libc::cfmakeraw(&mut t);
        t.c_cflag |= libc::CLOCAL | libc::CREAD;
        t.c_cflag &= !(libc::CSTOPB | libc::PARENB | libc::CRTSCTS);
        libc::cfsetispeed(&mut t, speed);
        libc::cfsetospeed(&mut t, speed);
        if libc::tcsetattr(fd, libc::TCSANOW, &t) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};
    use std::net::TcpListener;

    #[test]
    fn connections_parse_or_say_why_not() {
        let c = |s: &str| s.parse::<Connection>();
        assert_eq!(
            c("tcp://10.0.0.5:9100").unwrap(),
            Connection::Network {
                host: "10.0.0.5".into(),
                port: 9100
            }
        );
        assert_eq!(
            c("tcp://printer.local").unwrap(),
            Connection::Network {
                host: "printer.local".into(),
                port: 9100
            }
        );
        assert_eq!(
            c("usb:/dev/usb/lp0").unwrap(),
            Connection::UsbDevice("/dev/usb/lp0".into())
        );
        assert_eq!(
            c("usb:0416:5011").unwrap(),
            Connection::UsbId {
                vendor: 0x0416,
                product: 0x5011
            }
        );
        assert_eq!(
            c("serial:/dev/ttyS0@19200").unwrap(),
            Connection::Serial {
                path: "/dev/ttyS0".into(),
                baud: 19200
            }
        );
        assert_eq!(c("file:/tmp/x.bin").unwrap(), Connection::File("/tmp/x.bin".into()));
        for bad in [
            "",
            "printer",
            "tcp:",
            "tcp://h:port",
            "usb:zz:11",
            "serial:/dev/ttyS0@123",
            "lpt:1",
        ] {
            let e = c(bad).unwrap_err().to_string();
            assert!(e.contains("tcp://HOST:PORT"), "{bad}: {e}");
        }
        for good in [
            "tcp://10.0.0.5:9100",
            "usb:0416:5011",
            "serial:/dev/ttyS0@19200",
            "file:/tmp/x.bin",
        ] {
            assert_eq!(c(good).unwrap().to_string(), good);
        }
    }

    /// A printer that accepts the connection and never answers: the job fails with a timeout
    /// and the caller is back within the deadline.
    #[test]
    fn a_silent_printer_times_out() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let hold = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            std::thread::sleep(Duration::from_secs(3));
            drop(s);
        });
        let conn = Connection::Network {
            host: "127.0.0.1".into(),
            port,
        };
        let err = print_with_deadline(
            &conn,
            b"\x1b@hi\n".to_vec(),
            Duration::from_millis(300),
            Duration::from_secs(2),
        )
        .unwrap_err();
        assert!(matches!(err, PrintError::Timeout(_)), "{err}");
        hold.join().unwrap();
    }

    #[test]
    fn nobody_listening_is_unreachable() {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let conn = Connection::Network {
            host: "127.0.0.1".into(),
            port,
        };
        let err = print(&conn, b"x", Duration::from_millis(500)).unwrap_err();
        assert!(matches!(err, PrintError::Unreachable { .. }), "{err}");
    }

    /// A printer that answers paper-out: nothing is sent after the status request.
    #[test]
    fn a_fault_before_printing_sends_nothing() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let printer = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            let mut req = [0u8; 9];
            s.read_exact(&mut req).unwrap();
            s.write_all(&[0x1a, 0x32, 0x7e]).unwrap();
            let mut rest = Vec::new();
            s.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
            let _ = s.read_to_end(&mut rest);
            (req, rest)
        });
        let conn = Connection::Network {
            host: "127.0.0.1".into(),
            port,
        };
        let err = print(&conn, b"\x1b@receipt\n", Duration::from_secs(2)).unwrap_err();
        assert_eq!(err, PrintError::Fault(Fault::PaperOut));
        let (req, rest) = printer.join().unwrap();
        assert_eq!(req.to_vec(), STATUS_REQUESTS.concat());
        assert!(rest.is_empty(), "sent {rest:?} to a printer out of paper");
    }

    #[test]
    fn a_file_takes_the_bytes_without_status() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.bin");
        let conn = Connection::File(path.clone());
        let printed = print(&conn, b"\x1b@one\n", Duration::from_secs(1)).unwrap();
        assert_eq!(printed.status, None);
        print(&conn, b"\x1b@two\n", Duration::from_secs(1)).unwrap();
        let lines: Vec<String> = BufReader::new(File::open(&path).unwrap())
            .lines()
            .map(|l| l.unwrap())
            .collect();
        assert_eq!(lines, vec!["\u{1b}@one", "\u{1b}@two"]);
    }
}
