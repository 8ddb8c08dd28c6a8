//! The test SMTP relay (`tests/smtp/test_smtp.py`, aiosmtpd in the venv `tests/smtp/setup.sh`
//! makes) as a process for a test: its certificate made with the `openssl` command, started on a
//! loopback port with the faults asked for, and its store read back through Python's email
//! parser (`tests/smtp/read_store.py`). What a test expects of it is the test's job.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The Python of the email tests' venv: `ONESTOP_SMTP_PYTHON`, or `smtp-venv/bin/python` in
/// the target folder the test runs from or in this checkout's `target/`.
pub fn smtp_python() -> PathBuf {
    if let Some(python) = std::env::var_os("ONESTOP_SMTP_PYTHON") {
        return PathBuf::from(python);
    }
    let exe = std::env::current_exe().expect("test executable path");
    let running = exe.ancestors().nth(3).map(|t| t.join("smtp-venv/bin/python"));
    let checkout = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/smtp-venv/bin/python");
    running
        .into_iter()
        .chain([checkout])
        .find(|venv| venv.exists())
        .unwrap_or_else(|| panic!("the email tests need tests/smtp/setup.sh to have run (or ONESTOP_SMTP_PYTHON set)"))
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("smtp").join(name)
}

/// A council-style internal CA and a relay certificate it signed for `127.0.0.1` and
/// `localhost`, in `dir`: (ca.pem, relay-cert.pem, relay-key.pem). The kiosk trusts the CA
/// through `crm.email.ca_file`, as a council relay with its own CA needs.
pub fn certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let at = |n: &str| dir.join(n);
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("openssl runs (tests/smtp/setup.sh installs it)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    run(&[
        &["req", "-x509"][..],
        &ec,
        &[
            "-days",
            "2",
            "-subj",
            "/CN=Council Test CA",
            "-keyout",
            "ca-key.pem",
            "-out",
            "ca.pem",
        ],
    ]
    .concat());
    run(&[
        &["req"][..],
        &ec,
        &[
            "-subj",
            "/CN=relay.council.example",
            "-keyout",
            "relay-key.pem",
            "-out",
            "relay.csr",
        ],
    ]
    .concat());
    std::fs::write(
        at("relay.ext"),
        "subjectAltName=DNS:localhost,DNS:relay.council.example,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "relay.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca-key.pem",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "relay.ext",
        "-out",
        "relay-cert.pem",
    ]);
    (at("ca.pem"), at("relay-cert.pem"), at("relay-key.pem"))
}

/// How the relay is started.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `starttls`, `implicit` or `none`.
    pub tls: &'static str,
    /// AUTH user and password, if required.
    pub login: Option<(&'static str, &'static str)>,
    /// Faults drawn at random (`451,drop,slow`), their rate and seed.
    pub faults: &'static str,
    /// The fault rate, 0 to 1.
    pub rate: f64,
    /// The random seed.
    pub seed: u64,
    /// How long a slow reply takes, in seconds.
    pub slow_secs: f64,
}

/// A running relay; killed when dropped.
pub struct Relay {
    child: Child,
    /// Its loopback port.
    pub port: u16,
    /// Where it stores messages.
    pub store: PathBuf,
    /// The control file: write a fault's word (`550`), or `none`.
    pub control: PathBuf,
    /// The CA that signed its certificate (the kiosk's `ca_file`).
    pub ca: PathBuf,
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start the relay in `dir` with `opts`.
pub fn start(dir: &Path, opts: &Options) -> Relay {
    let (ca, cert, key) = certificates(dir);
    let store = dir.join("mailbox");
    let control = dir.join("relay-control");
    let mut c = Command::new(smtp_python());
    c.arg(script("test_smtp.py"))
        .arg("--store")
        .arg(&store)
        .arg("--control")
        .arg(&control)
        .args(["--tls", if opts.tls.is_empty() { "starttls" } else { opts.tls }])
        .arg("--cert")
        .arg(&cert)
        .arg("--key")
        .arg(&key)
        .args(["--faults", opts.faults])
        .args(["--fault-rate", &opts.rate.to_string()])
        .args(["--seed", &opts.seed.to_string()])
        .args(["--slow-secs", &opts.slow_secs.max(0.1).to_string()])
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(dir.join("relay.log")).unwrap());
    if let Some((user, password)) = opts.login {
        c.args(["--user", user, "--password", password]);
    }
    let mut child = c.spawn().expect("the test SMTP relay starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .strip_prefix("listening on ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| {
            let log = std::fs::read_to_string(dir.join("relay.log")).unwrap_or_default();
            panic!("the relay did not start: {line:?}\n{log}")
        });
    Relay {
        child,
        port,
        store,
        control,
        ca,
    }
}

impl Relay {
    /// Every stored message's Message-ID, in arrival order.
    pub fn message_ids(&self) -> Vec<String> {
        let index = std::fs::read_to_string(self.store.join("index.tsv")).unwrap_or_default();
        index
            .lines()
            .filter_map(|l| l.split('\t').nth(1).map(str::to_owned))
            .collect()
    }

    /// How many times each fault was injected.
    pub fn faults(&self) -> std::collections::BTreeMap<String, usize> {
        let log = std::fs::read_to_string(self.store.join("faults.tsv")).unwrap_or_default();
        let mut counts = std::collections::BTreeMap::new();
        for l in log.lines() {
            *counts.entry(l.split('\t').next().unwrap_or("").to_owned()).or_insert(0) += 1;
        }
        counts
    }

    /// Every stored message as the mailbox's client parses it (see `read_store.py`).
    pub fn messages(&self) -> Vec<serde_json::Value> {
        if !self.store.join("index.tsv").exists() {
            return Vec::new();
        }
        let out = Command::new(smtp_python())
            .arg(script("read_store.py"))
            .arg(&self.store)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "read_store.py: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Switch the fault every new transaction gets: `550`, `451`, `drop`, `slow`, or `none`.
    pub fn set_fault(&self, word: &str) {
        std::fs::write(&self.control, word).unwrap();
    }
}
