//! Headless Chromium driven over W3C WebDriver (Debian `chromium` and `chromium-driver`): a small
//! client of our own on `std::net::TcpStream` (chromedriver answers `Content-Length` bodies),
//! enough to open a page, run script in it, wait for a condition and take a PNG screenshot.
//! Chromedriver runs in its own process group, killed whole on drop, so no chromium outlives a
//! test. Fonts: the repository's bundled Noto fonts, through a private fontconfig file, as a
//! phone has fonts for its own script.

use base64::Engine as _;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The phone's window: a common Android size.
const WINDOW: &str = "--window-size=412,915";

/// One chromedriver and one browser session in it.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    /// Holds the fontconfig file for as long as the browser runs.
    _fonts: tempfile::TempDir,
}

impl Browser {
    /// Start chromedriver on a free port, wait for it to be ready, and open a headless phone-sized
    /// session.
    pub fn start() -> Browser {
        let fonts = fontconfig();
        let port = crate::crm_process::free_port();
        let mut cmd = Command::new(std::env::var_os("ONESTOP_CHROMEDRIVER").unwrap_or_else(|| "chromedriver".into()));
        cmd.arg(format!("--port={port}"))
            .env("FONTCONFIG_FILE", fonts.path().join("fonts.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        let driver = cmd
            .spawn()
            .expect("chromedriver runs (Debian: apt-get install chromium chromium-driver)");
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
            _fonts: fonts,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok((200, v)) = b.http("GET", "/status", None)
                && v["value"]["ready"] == true
            {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver was not ready in 20 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut args = vec![
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            WINDOW,
        ];
        args.push("--lang=en-GB");
        let mut options = json!({ "args": args });
        if std::path::Path::new("/usr/bin/chromium").exists() {
            options["binary"] = json!("/usr/bin/chromium");
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
        }}});
        let v = b.command("POST", "/session", Some(&caps));
        b.session = v["sessionId"].as_str().expect("a session id").to_owned();
        // Headless windows are at least 500 px wide whatever --window-size says; emulate the phone.
        b.set_viewport(412, 915);
        b
    }

    /// Emulate a phone screen `width` × `height` CSS px (e.g. 320 wide for the reflow check).
    pub fn set_viewport(&mut self, width: u32, height: u32) {
        let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true });
        self.cdp("Emulation.setDeviceMetricsOverride", metrics);
    }

    /// Open `url` and wait for it to load.
    pub fn goto(&mut self, url: &str) {
        self.session_cmd("POST", "/url", Some(&json!({ "url": url })));
    }

    /// Run `js` (a function body; `arguments[i]` are `args`) and return what it returns.
    pub fn execute(&mut self, js: &str, args: &[Value]) -> Value {
        self.session_cmd("POST", "/execute/sync", Some(&json!({ "script": js, "args": args })))
    }

    /// Wait until the expression `js_condition` is truthy in the page, or panic with `what` and
    /// the last value after `timeout`.
    pub fn wait_until(&mut self, js_condition: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let script = format!("try {{ return !!({js_condition}); }} catch (e) {{ return String(e); }}");
        loop {
            let v = self.execute(&script, &[]);
            if v == true {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "not true after {timeout:?}: {js_condition} (last: {v})"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// A PNG of the viewport.
    pub fn screenshot(&mut self) -> Vec<u8> {
        let v = self.session_cmd("GET", "/screenshot", None);
        base64::engine::general_purpose::STANDARD
            .decode(v.as_str().expect("base64 PNG"))
            .expect("valid base64")
    }

    /// Click the first element matching the CSS `selector` as a user would (WebDriver's own click,
    /// so it works with the page's script off).
    pub fn click(&mut self, selector: &str) {
        let found = self.session_cmd(
            "POST",
            "/element",
            Some(&json!({ "using": "css selector", "value": selector })),
        );
        let id = found["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .unwrap_or_else(|| panic!("no element {selector}: {found}"))
            .to_owned();
        self.session_cmd("POST", &format!("/element/{id}/click"), Some(&json!({})));
    }

    /// A Chrome DevTools Protocol command, e.g. `Page.addScriptToEvaluateOnNewDocument` (such
    /// scripts run before the page's own and are not subject to its Content-Security-Policy).
    pub fn cdp(&mut self, cmd: &str, params: Value) -> Value {
        self.session_cmd(
            "POST",
            "/goog/cdp/execute",
            Some(&json!({ "cmd": cmd, "params": params })),
        )
    }

    fn session_cmd(&mut self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        self.command(method, &path, body)
    }

    fn command(&mut self, method: &str, path: &str, body: Option<&Value>) -> Value {
        match self.http(method, path, body) {
            Ok((200, v)) => v["value"].clone(),
            Ok((status, v)) => panic!("WebDriver {method} {path}: {status} {v}"),
            Err(e) => panic!("WebDriver {method} {path}: {e}"),
        }
    }

    /// One HTTP/1.1 exchange with chromedriver, one connection each.
    fn http(&self, method: &str, path: &str, body: Option<&Value>) -> std::io::Result<(u16, Value)> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port))?;
        s.set_read_timeout(Some(Duration::from_secs(120)))?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.port,
            body.len()
        );
        if !body.is_empty() {
            req.push_str("Content-Type: application/json; charset=utf-8\r\n");
        }
        req.push_str("\r\n");
        req.push_str(&body);
        s.write_all(req.as_bytes())?;
        let mut r = BufReader::new(s);
        let mut line = String::new();
        r.read_line(&mut line)?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut length = None;
        loop {
            line.clear();
            r.read_line(&mut line)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((k, v)) = header.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse::<usize>().ok();
            }
        }
        let mut bytes = Vec::new();
        match length {
            Some(n) => {
                bytes.resize(n, 0);
                r.read_exact(&mut bytes)?;
            }
            None => {
                r.read_to_end(&mut bytes)?;
            }
        }
        let v = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)?
        };
        Ok((status, v))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let path = format!("/session/{}", self.session);
            let _ = self.http("DELETE", &path, None);
        }
        // The whole group: chromedriver and every chromium process it started.
        let group = self.driver.id() as i32;
        unsafe { libc::kill(-group, libc::SIGKILL) };
        let _ = self.driver.wait();
    }
}

/// A fontconfig file that sees only the repository's bundled fonts.
fn fontconfig() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let fonts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/fonts");
    let conf = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n\
         <dir>{}</dir>\n<cachedir>{}</cachedir>\n\
         <alias><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>\n\
         <alias><family>system-ui</family><prefer><family>Noto Sans</family></prefer></alias>\n\
         </fontconfig>\n",
        fonts.display(),
        dir.path().join("cache").display()
    );
    std::fs::write(dir.path().join("fonts.conf"), conf).expect("write fonts.conf");
    dir
}
