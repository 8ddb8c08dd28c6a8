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
