//! The real kiosk binary in a real window: Xvfb as the display, the winit backend with Slint's
//! software renderer, and a screenshot of the root window read back and checked. Needs Xvfb,
//! xwininfo and ImageMagick's `import`, so it runs only with `--features xvfb` (`.ci/run`
//! installs them and turns it on).
#![cfg(feature = "xvfb")]

use onestop_e2e::xvfb::{onestop_window_listed as window_listed, spawn_kiosk, start_xvfb};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn screenshot(display: &str, out: &Path) -> (u32, u32, Vec<u8>) {
    let status = Command::new("import")
        .args(["-display", display, "-window", "root"])
        .arg(out)
        .status()
        .expect("ImageMagick import is installed");
    assert!(status.success());
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(out).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.color_type.samples();
    let rgb: Vec<u8> = buf[..info.buffer_size()]
        .chunks(bpp)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, rgb)
}

#[test]
fn the_kiosk_opens_a_real_window_and_draws_the_welcome_screen() {
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let data = tempfile::tempdir().unwrap();
    let cfg = data.path().join("kiosk.toml");
    std::fs::write(&cfg, "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n").unwrap();
    let mut kiosk = spawn_kiosk(&display, &cfg, data.path(), Stdio::piped());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !window_listed(&display) {
        if let Some(status) = kiosk.0.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(kiosk.0.stderr.as_mut().unwrap(), &mut err).unwrap();
            panic!("the kiosk exited ({status}) before opening its window: {err}");
        }
        assert!(Instant::now() < deadline, "no Onestop window appeared within 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Give it a moment to paint, then read the screen back.
    std::thread::sleep(Duration::from_secs(2));
    let (w, h, rgb) = screenshot(&display, &data.path().join("screen.png"));
    assert_eq!((w, h), (1080, 1920));
    let px = |x: u32, y: u32| {
        let i = ((y * w + x) * 3) as usize;
        (rgb[i], rgb[i + 1], rgb[i + 2])
    };
    // The header band is GOV.UK blue, and the page below it white, with dark text somewhere.
    let (r, g, b) = px(540, 8);
    assert!(
        r < 60 && (90..140).contains(&g) && b > 160,
        "header band colour was {:?}",
        (r, g, b)
    );
    assert_eq!(px(1070, 1900), (255, 255, 255), "page background");
    let dark = rgb.chunks(3).filter(|p| p[0] < 60 && p[1] < 60 && p[2] < 60).count();
    assert!(dark > 2_000, "text was drawn ({dark} dark pixels)");
    assert!(kiosk.0.try_wait().unwrap().is_none(), "the kiosk is still running");
}
