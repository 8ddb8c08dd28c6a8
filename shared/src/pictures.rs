//! The pictures a choice question may show beside its words: the project's own icons
//! (`assets/icons/<name>.svg`, compiled in) and diagrams whose regions a visitor taps to choose an
//! option. This module only holds the SVG bytes and the regions' geometry; which question uses
//! which picture is the form schema's business ([`crate::forms::schema`]), and drawing them is the
//! kiosk's.

/// A tappable area of a [`Diagram`], as fractions (0..1) of the picture's width and height, so it
/// scales with the picture. It contains the drawing of its option.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    /// The option this area chooses.
    pub option: &'static str,
    /// Left edge, from the picture's left.
    pub x: f32,
    /// Top edge, from the picture's top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Region {
    /// Whether the point (`x`, `y`), in fractions of the picture, falls in this region. The left
    /// and top edges belong to it, the right and bottom ones to the neighbour, so a tap on a shared
    /// edge chooses one option, never two.
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x < self.x + self.w && y >= self.y && y < self.y + self.h
    }
}

/// A picture with tappable regions, one per option it shows.
#[derive(PartialEq)]
pub struct Diagram {
    /// What forms call it, e.g. `home`.
    pub name: &'static str,
    /// The SVG.
    pub svg: &'static [u8],
    /// Width over height.
    pub aspect: f32,
    /// Non-overlapping, each at least 1/8 of the picture's width and height.
    pub regions: &'static [Region],
}

/// Without the SVG's thousands of bytes, so a question in a failing test's message stays readable.
impl std::fmt::Debug for Diagram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Diagram")
            .field("name", &self.name)
            .field("svg", &format_args!("{} bytes", self.svg.len()))
            .field("aspect", &self.aspect)
            .field("regions", &self.regions)
            .finish()
    }
}

impl Diagram {
    /// The option whose region holds the point (`x`, `y`), in fractions of the picture.
    pub fn option_at(&self, x: f32, y: f32) -> Option<&'static str> {
        self.regions.iter().find(|r| r.contains(x, y)).map(|r| r.option)
    }
}

/// Declares the icons once: their names and their embedded bytes cannot drift apart.
macro_rules! icons {
    ($($name:literal),* $(,)?) => {
        static ICONS: &[(&str, &[u8])] = &[
            $(($name, include_bytes!(concat!("../../assets/icons/", $name, ".svg")))),*
        ];
        static ICON_NAMES: &[&str] = &[$($name),*];
    };
}

icons![
    "bin-black",
    "bin-blue",
    "bin-green",
    "caddy-brown",
    "pothole",
    "graffiti",
    "fly-tipping",
    "dog-fouling",
    "sink",
    "bath",
    "radiator",
    "socket",
    "window",
    "roof-gutter",
    "damp-wall",
    "question",
];

/// The SVG of the icon called `name` (a 96×96 view box), if there is one.
pub fn icon(name: &str) -> Option<&'static [u8]> {
    ICONS.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// Every icon's name, in a stable order.
pub fn icon_names() -> &'static [&'static str] {
    ICON_NAMES
}

/// `home.svg`'s own size; the regions below are written in these units, as in the SVG.
const HOME_W: f32 = 600.0;
const HOME_H: f32 = 500.0;

/// A region given in `home.svg`'s coordinates.
const fn home_region(option: &'static str, x: f32, y: f32, w: f32, h: f32) -> Region {
    Region {
        option,
        x: x / HOME_W,
        y: y / HOME_H,
        w: w / HOME_W,
        h: h / HOME_H,
    }
}

/// Where each area of the housing-repair form is in `home.svg`: the roof band on top, then
/// three columns on each storey. Together they cover the whole picture, so no tap falls between
/// them; "other" has no place in a house and stays a plain choice.
static HOME_REGIONS: [Region; 7] = [
    home_region("roof-gutters", 0.0, 0.0, 600.0, 190.0),
    home_region("bathroom", 0.0, 190.0, 240.0, 147.0),
    home_region("damp-mould", 240.0, 190.0, 150.0, 147.0),
    home_region("electrics", 390.0, 190.0, 210.0, 147.0),
    home_region("kitchen", 0.0, 337.0, 240.0, 163.0),
    home_region("heating-hot-water", 240.0, 337.0, 150.0, 163.0),
    home_region("doors-windows", 390.0, 337.0, 210.0, 163.0),
];

static DIAGRAMS: [Diagram; 1] = [Diagram {
    name: "home",
    svg: include_bytes!("../../assets/icons/home.svg"),
    aspect: HOME_W / HOME_H,
    regions: &HOME_REGIONS,
}];

/// The diagram called `name`, if there is one.
pub fn diagram(name: &str) -> Option<&'static Diagram> {
    DIAGRAMS.iter().find(|d| d.name == name)
}

/// Every diagram's name.
pub fn diagram_names() -> impl Iterator<Item = &'static str> {
    DIAGRAMS.iter().map(|d| d.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_name_finds_its_svg_and_no_other_name_does() {
        for name in icon_names() {
            let svg = icon(name).unwrap();
            assert!(svg.starts_with(b"<svg"), "{name}");
        }
        assert_eq!(icon("home"), None, "a diagram is not an icon");
        assert_eq!(icon(""), None);
        assert_eq!(icon("../forms/missed-bin"), None);
    }

    #[test]
    fn a_tap_finds_the_region_under_it_and_a_shared_edge_chooses_one() {
        let home = diagram("home").unwrap();
        assert_eq!(home.option_at(0.05, 0.05), Some("roof-gutters"));
        assert_eq!(home.option_at(0.2, 0.5), Some("bathroom"));
        assert_eq!(home.option_at(0.9, 0.95), Some("doors-windows"));
        // 240/600 is the edge between bathroom and damp-mould: the right-hand one takes it.
        assert_eq!(home.option_at(0.4, 0.5), Some("damp-mould"));
        assert_eq!(home.option_at(1.0, 0.5), None);
        assert_eq!(home.option_at(-0.1, 0.5), None);
        assert!(diagram("flat").is_none());
    }
}
