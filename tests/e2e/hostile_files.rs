//! Hostile files where the real `kiosk` binary reads them: a forms or locales folder (from the
//! config's `forms_dir`/`locales_dir`) holding a placeable nested 100,000 deep, a symlink to
//! `/dev/zero`, a FIFO, a 57 MB file, cyclic, self-referring and exponential messages, or a
//! folder symlink loop; a config file that is a FIFO or has a type error; and `kiosk staff
//! hash-pin` given a weak PIN or an endless line. Each must end in exit 2 (exit 1 for a refused
//! PIN) with a message naming the file and the problem: no hang, no signal, and within an
//! address-space limit of 1 GiB.

use std::io::Write as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A guard, not a measurement: a kiosk still running after this long has hung.
const DEADLINE: Duration = Duration::from_secs(60);
/// The kiosk runs with this much address space; reading `/dev/zero` unbounded would exhaust it.
const ADDRESS_SPACE: libc::rlim_t = 1 << 30;

/// How one run of the kiosk ended.
#[derive(Debug)]
struct Ended {
    code: i32,
    stderr: String,
    /// Peak resident memory, KiB.
    max_rss_kib: i64,
}

/// Run `cmd` under the address-space limit, feeding `stdin` from a thread, and wait (reaping with
/// wait4 for its peak memory). Panics if it hangs past [`DEADLINE`] or dies by a signal.
#[allow(
    clippy::zombie_processes,
    reason = "reaped by wait4, which also gives its peak memory"
)]
fn run(mut cmd: Command, stdin: Option<Box<dyn FnOnce(std::process::ChildStdin) + Send>>) -> Ended {
    // SAFETY: setrlimit is async-signal-safe, and nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: ADDRESS_SPACE,
                rlim_max: ADDRESS_SPACE,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
    cmd.stdout(Stdio::null())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("the kiosk starts");
    let feeder = stdin.map(|feed| {
        let pipe = child.stdin.take().expect("piped stdin");
        std::thread::spawn(move || feed(pipe))
    });
    let mut err = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
    loop {
        // SAFETY: our own child, not yet reaped; status and usage are valid for writes.
        let got = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        assert!(got >= 0, "wait4 failed");
        if got == pid {
            break;
        }
        if started.elapsed() > DEADLINE {
            child.kill().ok();
            child.wait().ok();
            panic!("the kiosk hung for {DEADLINE:?}: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    if let Some(f) = feeder {
        f.join().expect("the stdin feeder");
    }
    let stderr = reader.join().expect("the stderr reader");
    assert!(
        libc::WIFEXITED(status),
        "the kiosk was killed by signal {}: {stderr}",
        libc::WTERMSIG(status)
    );
    Ended {
        code: libc::WEXITSTATUS(status),
        stderr,
        max_rss_kib: usage.ru_maxrss,
    }
}

/// A data folder and a config naming `key = folder` under `[kiosk]`.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        Site {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// A copy of the bundled locales in `locales/`, to spoil one file of.
    fn locales(&self) -> PathBuf {
        let to = self.path("locales");
        copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales"), &to);
        to
    }

    /// `kiosk --config cfg.toml forms list`, with `[kiosk]` holding `kiosk_table`.
    fn forms_list(&self, kiosk_table: &str) -> Ended {
        let cfg = self.path("cfg.toml");
        std::fs::write(&cfg, format!("[kiosk]\n{kiosk_table}\n")).unwrap();
        self.forms_list_with(&cfg)
    }

    fn forms_list_with(&self, cfg: &Path) -> Ended {
        let mut cmd = Command::new(onestop_e2e::binary("kiosk"));
        cmd.arg("--config")
            .arg(cfg)
            .arg("--data-dir")
            .arg(self.path("data"))
            .args(["forms", "list"]);
        run(cmd, None)
    }

    /// `locales_dir = "…/locales"` after appending `text` to `locales/<file>`.
    fn spoil_locale(&self, file: &str, text: &str) -> Ended {
        let root = self.locales();
        let mut f = std::fs::OpenOptions::new().append(true).open(root.join(file)).unwrap();
        f.write_all(text.as_bytes()).unwrap();
        self.forms_list(&format!("locales_dir = {:?}", root.display().to_string()))
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(
        unsafe { libc::mkfifo(c.as_ptr(), 0o600) },
        0,
        "mkfifo {}",
        path.display()
    );
}

/// Exit 2, naming every one of `needles`, and within a modest resident size.
fn refused(ended: &Ended, needles: &[&str]) {
    assert_eq!(ended.code, 2, "{ended:?}");
    for n in needles {
        assert!(ended.stderr.contains(n), "{n:?} not in: {}", ended.stderr);
    }
    assert!(!ended.stderr.contains("panicked"), "{}", ended.stderr);
    assert!(ended.max_rss_kib < 256 * 1024, "peak memory {} KiB", ended.max_rss_kib);
}

#[test]
fn a_message_nested_100000_deep_is_refused_naming_file_and_message() {
    let site = Site::new();
    let n = 100_000;
    let deep = format!("deep = {}x{}\n", "{".repeat(n), "}".repeat(n));
    let ended = site.spoil_locale("en-GB/kiosk.ftl", &deep);
    refused(
        &ended,
        &["en-GB/kiosk.ftl", "message \"deep\"", "nest more than 16 deep"],
    );
}

#[test]
fn a_symlink_to_dev_zero_as_a_form_or_a_translation_is_refused_as_a_device() {
    let site = Site::new();
    let forms = site.path("forms");
    std::fs::create_dir(&forms).unwrap();
    for f in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/forms")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), forms.join(f.file_name())).unwrap();
    }
    std::os::unix::fs::symlink("/dev/zero", forms.join("zero.toml")).unwrap();
    let ended = site.forms_list(&format!("forms_dir = {:?}", forms.display().to_string()));
    refused(&ended, &["kiosk.forms_dir", "zero.toml", "character device"]);

    let site = Site::new();
    let root = site.locales();
    std::os::unix::fs::symlink("/dev/zero", root.join("en-GB/zero.ftl")).unwrap();
    let ended = site.forms_list(&format!("locales_dir = {:?}", root.display().to_string()));
    refused(&ended, &["kiosk.locales_dir", "en-GB/zero.ftl", "character device"]);
}

#[test]
fn a_fifo_named_like_a_translation_is_refused_without_waiting_for_a_writer() {
    let site = Site::new();
    let root = site.locales();
    mkfifo(&root.join("en-GB/x.ftl"));
    let ended = site.forms_list(&format!("locales_dir = {:?}", root.display().to_string()));
    refused(&ended, &["en-GB/x.ftl", "FIFO"]);
}

#[test]
fn a_57_mb_translation_is_refused_naming_the_limit() {
    let site = Site::new();
    let root = site.locales();
    // Sparse: the kiosk must stop reading it long before its end, whatever its size.
    let big = std::fs::File::create(root.join("en-GB/big.ftl")).unwrap();
    big.set_len(57_000_000).unwrap();
    let ended = site.forms_list(&format!("locales_dir = {:?}", root.display().to_string()));
    refused(&ended, &["en-GB/big.ftl", "262144 bytes"]);
}

#[test]
fn cyclic_self_referring_and_exponential_messages_are_refused_at_load() {
    let site = Site::new();
    let ended = site.spoil_locale("pl/forms/feedback.ftl", "loop-a = { loop-b }\nloop-b = { loop-a }\n");
    refused(&ended, &["pl/forms/feedback.ftl", "loop-a → loop-b → loop-a"]);

    let site = Site::new();
    let ended = site.spoil_locale("en-GB/kiosk.ftl", "selfish = x { selfish }\n");
    refused(&ended, &["en-GB/kiosk.ftl", "message \"selfish\"", "selfish → selfish"]);

    let site = Site::new();
    let mut laughs = String::from("lol0 = lol\n");
    for i in 1..=30 {
        laughs.push_str(&format!("lol{i} = {{ lol{} }}{{ lol{} }}\n", i - 1, i - 1));
    }
    let ended = site.spoil_locale("en-GB/kiosk.ftl", &laughs);
    refused(
        &ended,
        &["en-GB/kiosk.ftl", "message \"lol6\"", "more than 100 placeables"],
    );
}

#[test]
fn a_symlink_loop_of_folders_is_refused_not_followed_forever() {
    let site = Site::new();
    let forms = site.path("forms");
    std::fs::create_dir(&forms).unwrap();
    std::os::unix::fs::symlink(".", forms.join("again")).unwrap();
    let ended = site.forms_list(&format!("forms_dir = {:?}", forms.display().to_string()));
    refused(&ended, &["kiosk.forms_dir", "again", "symlink loop"]);
}

#[test]
fn a_config_file_that_is_a_fifo_or_dev_zero_is_refused_by_name() {
    let site = Site::new();
    let fifo = site.path("kiosk.toml");
    mkfifo(&fifo);
    refused(&site.forms_list_with(&fifo), &["kiosk.toml", "FIFO"]);
    let zero = site.path("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    refused(&site.forms_list_with(&zero), &["zero.toml", "character device"]);
}

#[test]
fn a_type_error_in_the_config_names_file_line_and_column_once() {
    let site = Site::new();
    let cfg = site.path("bad.toml");
    std::fs::write(&cfg, "[kiosk]\n# 2\n# 3\n\n\n\nidle_timeout_secs = \"soon\"\n").unwrap();
    let ended = site.forms_list_with(&cfg);
    refused(&ended, &["bad.toml", "line 7, column 21", "kiosk.idle_timeout_secs"]);
    assert_eq!(ended.stderr.lines().count(), 1, "one line: {}", ended.stderr);
    assert_eq!(ended.stderr.matches("idle_timeout_secs").count(), 1, "{}", ended.stderr);
    assert_eq!(ended.stderr.matches("bad.toml").count(), 1, "{}", ended.stderr);
}

/// `kiosk staff hash-pin` with `feed` writing its standard input.
fn hash_pin(feed: Box<dyn FnOnce(std::process::ChildStdin) + Send>) -> Ended {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(onestop_e2e::binary("kiosk"));
    cmd.arg("--data-dir").arg(dir.path()).args(["staff", "hash-pin"]);
    run(cmd, Some(feed))
}

fn line(text: &'static str) -> Box<dyn FnOnce(std::process::ChildStdin) + Send> {
    Box::new(move |mut pipe| pipe.write_all(text.as_bytes()).unwrap())
}

#[test]
fn hash_pin_refuses_five_digits_and_one_repeated_digit() {
    let ended = hash_pin(line("48201\n"));
    assert_eq!(ended.code, 1, "{ended:?}");
    assert!(
        ended.stderr.contains("at least 6 digits") && ended.stderr.contains("only 5"),
        "{ended:?}"
    );
    let ended = hash_pin(line("111111\n"));
    assert_eq!(ended.code, 1, "{ended:?}");
    assert!(ended.stderr.contains("one digit repeated"), "{ended:?}");
    assert!(!ended.stderr.contains("111111"), "the PIN is never repeated: {ended:?}");
    let ended = hash_pin(line("482019\n"));
    assert_eq!(ended.code, 0, "{ended:?}");
}

#[test]
fn hash_pin_reads_a_bounded_line_from_an_endless_standard_input() {
    const GIB: usize = 1 << 30;
    let (tx, rx) = std::sync::mpsc::channel();
    let ended = hash_pin(Box::new(move |mut pipe| {
        let chunk = vec![b'7'; 1 << 20];
        let mut written = 0;
        // Stops at the broken pipe once the kiosk has exited without reading on.
        while written < GIB && pipe.write_all(&chunk).is_ok() {
            written += chunk.len();
        }
        tx.send(written).unwrap();
    }));
    let written = rx.recv().unwrap();
    assert_eq!(ended.code, 1, "{ended:?}");
    assert!(ended.stderr.contains("longer than 64 bytes"), "{ended:?}");
    assert!(written < GIB, "the kiosk read all {written} bytes");
    assert!(ended.max_rss_kib < 256 * 1024, "peak memory {} KiB", ended.max_rss_kib);
}

#[test]
fn forms_check_lists_the_problems_of_one_ftl_file_and_of_a_locales_folder() {
    let site = Site::new();
    let ftl = site.path("kiosk.ftl");
    std::fs::write(
        &ftl,
        "ok = fine\nloop-a = { loop-b }\nloop-b = { loop-a }\nme = { me }\n",
    )
    .unwrap();
    let out = Command::new(onestop_e2e::binary("kiosk"))
        .arg("--data-dir")
        .arg(site.path("data"))
        .args(["forms", "check"])
        .arg(&ftl)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("loop-a → loop-b → loop-a") && text.contains("me → me"),
        "{text}"
    );
    assert!(text.contains("2 problem(s)"), "{text}");

    let root = site.locales();
    std::fs::write(root.join("ur/queue.ftl"), "x = { y }\ny = { x }\n").unwrap();
    let cfg = site.path("cfg.toml");
    std::fs::write(
        &cfg,
        format!("[kiosk]\nlocales_dir = {:?}\n", root.display().to_string()),
    )
    .unwrap();
    let mut cmd = Command::new(onestop_e2e::binary("kiosk"));
    cmd.arg("--config")
        .arg(&cfg)
        .arg("--data-dir")
        .arg(site.path("data"))
        .args(["forms", "check"]);
    refused(&run(cmd, None), &["ur/queue.ftl", "x → y → x"]);
}

#[test]
fn an_answers_file_or_a_bundle_that_is_a_device_or_a_fifo_is_refused_not_read() {
    let site = Site::new();
    let fifo = site.path("answers.json");
    mkfifo(&fifo);
    std::os::unix::fs::symlink("/dev/zero", site.path("bundle.json")).unwrap();
    let kiosk = |args: &[&str]| {
        let mut cmd = Command::new(onestop_e2e::binary("kiosk"));
        cmd.arg("--data-dir").arg(site.path("data")).args(args);
        run(cmd, None)
    };
    let fifo_arg = fifo.display().to_string();
    let ended = kiosk(&["submit", "--form", "street-problem", "--answers", &fifo_arg]);
    refused(&ended, &["answers.json", "FIFO"]);
    let bundle = site.path("bundle.json").display().to_string();
    let ended = kiosk(&["outbox", "import", &bundle]);
    refused(&ended, &["bundle.json", "character device"]);
}
