//! How the board's window takes its screen: `--fullscreen`, and `--size WIDTHxHEIGHT` for a
//! panel in either orientation, including one run by a bare X server with no window manager to
//! honour fullscreen. It stops at the window: the layout follows whatever size the window ends
//! up (`ui/board.slint` picks landscape or portrait from it, again on every resize).

/// Pixels either way a window may be given: below, nothing is readable; above, no screen exists.
const SIDES: std::ops::RangeInclusive<u32> = 200..=16384;

/// `queue-display board` options for the window.
#[derive(Debug, Clone, Default, PartialEq, Eq, clap::Args)]
pub struct Screen {
    /// Fill the screen. A window manager must honour it: on a bare X server give --size too.
    #[arg(long)]
    pub fullscreen: bool,
    /// The window's size in pixels, e.g. 1080x1920 for a portrait panel (default 1920x1080).
    #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = parse_size)]
    pub size: Option<Size>,
}

/// A window size in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Pixels across.
    pub width: u32,
    /// Pixels down.
    pub height: u32,
}

/// `1080x1920` as a [`Size`]; anything else is refused with the form to use.
pub fn parse_size(text: &str) -> Result<Size, String> {
    let bad = || format!("\"{text}\" is not a size: write WIDTHxHEIGHT in pixels, like 1080x1920");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let side = |s: &str| -> Result<u32, String> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: u32 = s.parse().map_err(|_| bad())?;
        if !SIDES.contains(&n) {
            return Err(format!(
                "\"{text}\": each side must be from {} to {} pixels",
                SIDES.start(),
                SIDES.end()
            ));
        }
        Ok(n)
    };
    Ok(Size {
        width: side(w)?,
        height: side(h)?,
    })
}

impl Screen {
    /// Size the window and make it fullscreen as asked; call before it is shown.
    pub fn apply(&self, window: &slint::Window) {
        if let Some(s) = self.size {
            window.set_size(slint::PhysicalSize::new(s.width, s.height));
        }
        if self.fullscreen {
            window.set_fullscreen(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_is_width_then_height_in_pixels() {
        assert_eq!(
            parse_size("1080x1920"),
            Ok(Size {
                width: 1080,
                height: 1920
            })
        );
        assert_eq!(
            parse_size("1920X1080"),
            Ok(Size {
                width: 1920,
                height: 1080
            })
        );
    }

    #[test]
    fn anything_but_two_plain_numbers_in_range_is_refused_with_the_form_to_use() {
        for bad in [
            "",
            "x",
            "1080",
            "1080x",
            "x1920",
            "1080x1920x2",
            "-1080x1920",
            "+1080x1920",
            " 1080x1920",
            "1080 x 1920",
            "1e3x1920",
            "１０８０x1920",
            "99999999999x1920",
        ] {
            let e = parse_size(bad).expect_err(bad);
            assert!(e.contains("1080x1920") || e.contains("pixels"), "{bad:?}: {e}");
        }
        let e = parse_size("100x1920").unwrap_err();
        assert!(e.contains("from 200 to 16384"), "{e}");
        assert!(parse_size("20000x1080").is_err());
        assert!(parse_size("200x16384").is_ok());
    }

    #[test]
    fn the_options_parse_from_the_command_line() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            screen: Screen,
        }
        use clap::Parser as _;
        let cli = Cli::try_parse_from(["board", "--fullscreen", "--size", "1080x1920"]).unwrap();
        assert_eq!(
            cli.screen,
            Screen {
                fullscreen: true,
                size: Some(Size {
                    width: 1080,
                    height: 1920
                })
            }
        );
        assert_eq!(Cli::try_parse_from(["board"]).unwrap().screen, Screen::default());
        assert!(Cli::try_parse_from(["board", "--size", "portrait"]).is_err());
    }
}
