//! The real kiosk window read as a screen reader reads it: Xvfb, a private D-Bus session bus and
//! AT-SPI stack ([`AtspiStack`]), the kiosk on its embedded defaults, and `tests/atspi/tree.py`
//! (Debian's pyatspi) printing the kiosk's whole accessibility tree. On the welcome screen every
//! language is a push button named in its own language; a click on "English" (xdotool, at the
//! place the tree gives) opens the menu, where every service is a push button with its title;
//! the missed-bin form's choices are named radio buttons, and its address page four named text
//! boxes and the on-screen keyboard's named keys; and on no page is there a button, check box,
//! radio button or text box without a name. A
//! failure lists each unnamed one with the names around it. Feature `xvfb`; `.ci/run` installs
//! what it needs.
#![cfg(feature = "xvfb")]

use onestop_e2e::atspi_stack::AtspiStack;
use onestop_e2e::atspi_tree::{Node, Tree};
use onestop_e2e::xvfb::{Killed, start_xvfb};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Debian's Python, which python3-pyatspi installs into (not a pyenv or venv python).
const PYTHON: &str = "/usr/bin/python3";
/// The longest one reading of the tree may take before it counts as hung.
const READ_WITHIN_SECS: &str = "30";

/// A failed reading: the kiosk may simply not have registered yet, so callers try again.
fn read_tree(stack: &AtspiStack) -> Result<Tree, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("atspi/tree.py");
    let out = stack
        .command("timeout")
        .args([READ_WITHIN_SECS, PYTHON])
        .arg(&script)
        .args(["kiosk", "--wait", "5"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("could not run {PYTHON} {}: {e}", script.display()))?;
    let err = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => Tree::parse(&String::from_utf8_lossy(&out.stdout)),
        Some(124) => Err(format!("tree.py took over {READ_WITHIN_SECS} s")),
        _ if err.contains("No module named") => {
            panic!("tree.py needs Debian's pyatspi: apt-get install python3-pyatspi ({err})")
        }
        code => Err(format!("tree.py exited {code:?}: {err}")),
    }
}

/// Read the tree until `ready` holds for it, for at most `within`; the kiosk must stay up.
fn tree_when(
    stack: &AtspiStack,
    kiosk: &mut Killed,
    log: &Path,
    what: &str,
    within: Duration,
    ready: impl Fn(&Tree) -> bool,
) -> Tree {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = kiosk.0.try_wait().unwrap() {
            panic!("the kiosk exited ({status}) while waiting for {what}:\n{}", tail(log));
        }
        let last = read_tree(stack);
        if let Ok(tree) = &last
            && ready(tree)
        {
            return last.unwrap();
        }
        if Instant::now() >= deadline {
            let seen = match last {
                Ok(tree) => tree.summary(),
                Err(e) => e,
            };
            panic!("no {what} within {} s. The last reading:\n{seen}", within.as_secs());
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// The last lines of a log file, for a failure message.
fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// Click the middle of `node`'s place on the screen, as a finger would.
fn click(display: &str, node: &Node) {
    let [x, y, w, h] = node
        .extents
        .unwrap_or_else(|| panic!("{} {:?} has no place on the screen", node.role, node.name));
    assert!(w > 0 && h > 0, "{:?} is {w}x{h}", node.name);
    let (x, y) = ((x + w / 2).to_string(), (y + h / 2).to_string());
    let status = Command::new("xdotool")
        .args(["mousemove", "--sync", &x, &y, "click", "1"])
        .env("DISPLAY", display)
        .status()
        .expect("xdotool is installed (apt-get install xdotool)");
    assert!(status.success(), "xdotool click at {x},{y}");
}

/// Each unnamed interactive element of `tree`, as "page: description".
fn unnamed(page: &str, tree: &Tree) -> Vec<String> {
    tree.unnamed_interactive()
        .into_iter()
        .map(|line| format!("{page}: {line}"))
        .collect()
}

/// The languages on the welcome screen, each named in itself, in the embedded defaults' order.
fn language_names() -> Vec<String> {
    let translations = onestop::embedded::translations().expect("the bundled translations load");
    onestop::config::Config::defaults()
        .kiosk
        .locales
        .iter()
        .filter_map(|tag| translations.get(tag))
        .map(|l| l.info.name.clone())
        .collect()
}

/// The English titles of the menu's services: every bundled form, and "Track an enquiry".
fn service_titles() -> Vec<String> {
    let translations = onestop::embedded::translations().expect("the bundled translations load");
    let forms = onestop::embedded::forms().expect("the bundled forms load");
    let mut titles: Vec<String> = forms
        .all()
        .map(|f| translations.form_text("en-GB", &f.id, "title", None))
        .collect();
    titles.push(translations.text("en-GB", "track-menu-title", &[]));
    titles
}

#[test]
fn every_button_on_the_welcome_screen_and_the_menu_has_a_name_a_screen_reader_can_say() {
    let started = Instant::now();
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let data = tempfile::tempdir().unwrap();
    let runtime: PathBuf = data.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    let stack = AtspiStack::start(&display, &runtime).unwrap_or_else(|e| panic!("{e}"));
    let stack_up = started.elapsed();

    let cfg = data.path().join("kiosk.toml");
    std::fs::write(&cfg, "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n").unwrap();
    let log = data.path().join("kiosk.log");
    let mut kiosk = Killed(
        stack
            .command(onestop_e2e::binary("kiosk"))
            .arg("--config")
            .arg(&cfg)
            .arg("--data-dir")
            .arg(data.path())
            .env("HOME", data.path())
            .env("XDG_CACHE_HOME", data.path().join("cache"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap(),
    );

    let languages = language_names();
    assert!(
        languages.len() > 1,
        "the defaults offer several languages: {languages:?}"
    );
    let welcome = tree_when(
        &stack,
        &mut kiosk,
        &log,
        "welcome screen with a push button for each language",
        Duration::from_secs(60),
        |t| languages.iter().all(|l| t.button(l).is_some()),
    );
    let welcome_at = started.elapsed();
    let root = &welcome.nodes[0];
    assert_eq!((root.role.as_str(), root.name.as_str()), ("application", "kiosk"));
    for name in &languages {
        let button = welcome.button(name).unwrap();
        assert!(!name.trim().is_empty(), "a language with an empty name");
        assert!(button.extents.is_some(), "{name:?} has a place on the screen");
    }
    let mut problems = unnamed("welcome screen", &welcome);

    click(&display, welcome.button("English").expect("an English button"));
    let services = service_titles();
    let menu = tree_when(
        &stack,
        &mut kiosk,
        &log,
        "menu with a push button for each service",
        Duration::from_secs(20),
        |t| services.iter().all(|s| t.button(s).is_some()),
    );
    let menu_at = started.elapsed();
    assert!(
        menu.button("English").is_none(),
        "the welcome screen's buttons are gone from the menu's tree"
    );
    problems.extend(unnamed("menu", &menu));

    // A question with choices: each a radio button named by its words (its icon adds nothing).
    let translations = onestop::embedded::translations().unwrap();
    let form = |id: &str, attr: Option<&str>| translations.form_text("en-GB", "missed-bin", id, attr);
    click(
        &display,
        menu.button(&form("title", None)).expect("the missed-bin service"),
    );
    let choices: Vec<String> = ["general", "recycling", "garden", "food"]
        .iter()
        .map(|o| form("bin-type", Some(&format!("opt-{o}"))))
        .collect();
    let radio = |t: &Tree, name: &str| t.nodes.iter().position(|n| n.role == "radio button" && n.name == name);
    let question = tree_when(
        &stack,
        &mut kiosk,
        &log,
        "question with a radio button for each bin",
        Duration::from_secs(20),
        |t| choices.iter().all(|c| radio(t, c).is_some()),
    );
    problems.extend(unnamed("question with choices", &question));
    let general = radio(&question, &choices[0]).unwrap();
    click(&display, &question.nodes[general]);
    let continue_label = translations.text("en-GB", "continue", &[]);
    // The address: four named text boxes and the on-screen keyboard's named keys.
    let continued = tree_when(
        &stack,
        &mut kiosk,
        &log,
        "the choice ticked",
        Duration::from_secs(20),
        |t| {
            t.nodes
                .iter()
                .any(|n| n.role == "radio button" && n.name == choices[0] && n.states.iter().any(|s| s == "checked"))
        },
    );
    click(&display, continued.button(&continue_label).expect("Continue"));
    let postcode = translations.text("en-GB", "address-postcode", &[]);
    let address = tree_when(
        &stack,
        &mut kiosk,
        &log,
        "address page with its text boxes and keyboard",
        Duration::from_secs(20),
        |t| t.nodes.iter().filter(|n| n.role == "entry").count() == 4,
    );
    let entries: Vec<&str> = address
        .nodes
        .iter()
        .filter(|n| n.role == "entry")
        .map(|n| n.name.as_str())
        .collect();
    assert!(
        entries.contains(&postcode.as_str()),
        "the text boxes are named by their labels: {entries:?}"
    );
    let keys = address.buttons().filter(|n| n.name.chars().count() == 1).count();
    assert!(keys >= 26, "the keyboard's letter keys are named buttons ({keys})");
    problems.extend(unnamed("address with the keyboard", &address));
    println!("question: {}", question.summary());
    println!("address: {}", address.summary());

    println!("welcome screen: {}", welcome.summary());
    println!("menu: {}", menu.summary());
    println!(
        "timings: AT-SPI stack up {:.1} s, welcome tree read {:.1} s, menu tree read {:.1} s",
        stack_up.as_secs_f64(),
        welcome_at.as_secs_f64(),
        menu_at.as_secs_f64()
    );
    assert!(
        problems.is_empty(),
        "{} interactive elements have no name a screen reader can say:\n{}",
        problems.len(),
        problems.join("\n")
    );

    drop(kiosk);
    let group = stack.group();
    let left = stack.stop();
    assert!(left.is_empty(), "still running in process group {group}: {left:?}");
}
