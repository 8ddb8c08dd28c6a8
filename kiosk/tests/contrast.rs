//! Every text colour pair the kiosk uses meets WCAG AA (4.5:1), read from `ui/theme.slint` so a
//! colour change that breaks contrast fails here.

fn colour(theme: &str, name: &str) -> (f64, f64, f64) {
    let line = theme
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("out property <color> {name}:")))
        .unwrap_or_else(|| panic!("no colour {name} in theme.slint"));
    let hex = line.split('#').nth(1).expect("a #rrggbb value");
    let v = u32::from_str_radix(&hex[..6], 16).unwrap();
    let c = |shift: u32| f64::from((v >> shift) & 0xff) / 255.0;
    (c(16), c(8), c(0))
}

fn luminance((r, g, b): (f64, f64, f64)) -> f64 {
    let lin = |c: f64| {
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_colours_meet_wcag_aa_on_their_backgrounds() {
    let theme = include_str!("../ui/theme.slint");
    let white = (1.0, 1.0, 1.0);
    let pairs = [
        ("text", "page"),
        ("secondary", "page"),
        ("link", "page"),
        ("error", "page"),
        ("text", "grey"),
        ("text", "secondary-button"),
    ];
    for (fg, bg) in pairs {
        let r = ratio(colour(theme, fg), colour(theme, bg));
        assert!(r >= 4.5, "{fg} on {bg}: {r:.2}:1");
    }
    for bg in ["band", "button", "button-pressed"] {
        let r = ratio(white, colour(theme, bg));
        assert!(r >= 4.5, "white on {bg}: {r:.2}:1");
    }
}

/// The keypad's focus ring (yellow between two near-black edges) must stand out on every surface
/// it can be drawn over (WCAG 2.2 non-text contrast, 3:1): its edge or its yellow against the
/// surface, and the yellow against its own edges, so it shows on white pages and blue bands alike.
#[test]
fn the_focus_ring_stands_out_on_every_surface() {
    let theme = include_str!("../ui/theme.slint");
    let (yellow, edge) = (colour(theme, "focus"), colour(theme, "focus-edge"));
    let inner = ratio(yellow, edge);
    assert!(inner >= 3.0, "focus on focus-edge: {inner:.2}:1");
    for bg in ["page", "grey", "band", "button", "button-pressed", "secondary-button"] {
        let surface = colour(theme, bg);
        let best = ratio(edge, surface).max(ratio(yellow, surface));
        assert!(best >= 3.0, "focus ring on {bg}: {best:.2}:1");
    }
}
