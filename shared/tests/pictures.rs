//! The project's pictures, parsed and drawn with resvg, the renderer Slint uses for SVG: every
//! icon and diagram draws a clear figure at kiosk size, icons offered side by side differ in grey
//! as well as in colour, and each diagram region is a big touch target, apart from the others,
//! holding the drawing of its option.

use onestop::pictures::{self, Diagram};
use resvg::{tiny_skia, usvg};
use std::collections::BTreeSet;

/// How wide the kiosk shows an icon, and a diagram.
const ICON_PX: u32 = 64;
const DIAGRAM_PX: u32 = 700;

fn tree(name: &str, svg: &[u8]) -> usvg::Tree {
    usvg::Tree::from_data(svg, &usvg::Options::default()).unwrap_or_else(|e| panic!("{name} does not parse: {e}"))
}

/// The picture drawn `width` pixels wide on a white page, as a kiosk screen shows it.
fn render(tree: &usvg::Tree, width: u32) -> tiny_skia::Pixmap {
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).unwrap();
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

/// Grey level (0 black … 255 white) of every pixel of an opaque pixmap.
fn greys(pixmap: &tiny_skia::Pixmap) -> Vec<f32> {
    pixmap
        .pixels()
        .iter()
        .map(|p| 0.2126 * f32::from(p.red()) + 0.7152 * f32::from(p.green()) + 0.0722 * f32::from(p.blue()))
        .collect()
}

#[test]
fn every_icon_is_a_small_square_svg_with_no_text_and_nothing_from_outside() {
    for name in pictures::icon_names() {
        let svg = pictures::icon(name).unwrap();
        let text = std::str::from_utf8(svg).unwrap();
        assert!(
            svg.len() <= 4 * 1024,
            "{name} is {} bytes; an icon is a few simple shapes",
            svg.len()
        );
        assert!(text.contains(r#"viewBox="0 0 96 96""#), "{name}");
        for banned in ["<text", "href", "<image", "<script", "<style", "<filter"] {
            assert!(!text.contains(banned), "{name} has {banned}");
        }
        let tree = tree(name, svg);
        assert_eq!((tree.size().width(), tree.size().height()), (96.0, 96.0), "{name}");
        assert!(!tree.has_text_nodes(), "{name}");
    }
}

#[test]
fn every_icon_draws_a_bold_figure_with_dark_outlines_at_kiosk_size() {
    for name in pictures::icon_names() {
        let grey = greys(&render(&tree(name, pictures::icon(name).unwrap()), ICON_PX));
        let n = grey.len() as f32;
        let inked = grey.iter().filter(|g| **g < 240.0).count() as f32 / n;
        let dark = grey.iter().filter(|g| **g < 60.0).count() as f32 / n;
        assert!(
            (0.2..0.95).contains(&inked),
            "{name}: {:.0}% of it is drawn",
            inked * 100.0
        );
        assert!(dark >= 0.04, "{name}: only {:.1}% dark outline", dark * 100.0);
    }
}

#[test]
fn icons_offered_together_differ_in_shape_not_only_in_colour() {
    let c = onestop::embedded::forms().unwrap();
    let mut groups = 0;
    for form in c.all() {
        for q in form.questions.iter().filter(|q| q.icons.len() > 1) {
            groups += 1;
            let drawn: Vec<(&str, Vec<f32>)> = q
                .icons
                .values()
                .map(|name| {
                    (
                        *name,
                        greys(&render(&tree(name, pictures::icon(name).unwrap()), ICON_PX)),
                    )
                })
                .collect();
            for (i, (a, ga)) in drawn.iter().enumerate() {
                for (b, gb) in &drawn[i + 1..] {
                    // Seen as light and dark only, how much of one icon's shape is not the
                    // other's. Bins of one shape differ by their emblem, about 6% of the icon.
                    let apart = ga
                        .iter()
                        .zip(gb)
                        .filter(|(x, y)| (**x < 128.0) != (**y < 128.0))
                        .count();
                    let share = apart as f32 / ga.len() as f32;
                    assert!(
                        share >= 0.05,
                        "{}/{}: in light and dark, {a} and {b} differ in only {:.1}% of their pixels",
                        form.id,
                        q.id,
                        share * 100.0
                    );
                }
            }
        }
    }
    assert!(groups >= 3, "missed-bin, street-problem and housing-repair have icons");
}

#[test]
fn every_svg_in_assets_icons_is_an_icon_or_a_diagram() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/icons");
    let known: BTreeSet<&str> = pictures::icon_names()
        .iter()
        .copied()
        .chain(pictures::diagram_names())
        .collect();
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "svg") {
            found.insert(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    let found: BTreeSet<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(
        found, known,
        "a picture in assets/icons is not listed in pictures.rs, or the reverse"
    );
}

fn home() -> &'static Diagram {
    pictures::diagram("home").unwrap()
}

#[test]
fn the_home_diagram_is_as_wide_as_its_aspect_says_and_draws_without_text() {
    let d = home();
    let text = std::str::from_utf8(d.svg).unwrap();
    assert!(!text.contains("<text") && !text.contains("href"));
    let tree = tree(d.name, d.svg);
    let size = tree.size();
    assert!((size.width() / size.height() - d.aspect).abs() < 1e-4);
    let grey = greys(&render(&tree, DIAGRAM_PX));
    let inked = grey.iter().filter(|g| **g < 240.0).count() as f32 / grey.len() as f32;
    assert!(inked > 0.5, "the house fills the picture: {:.0}%", inked * 100.0);
}

#[test]
fn diagram_regions_are_big_separate_and_inside_the_picture() {
    let d = home();
    for r in d.regions {
        assert!(
            r.x >= 0.0 && r.y >= 0.0 && r.x + r.w <= 1.0 + 1e-6 && r.y + r.h <= 1.0 + 1e-6,
            "{r:?}"
        );
        assert!(
            r.w >= 1.0 / 8.0 && r.h >= 1.0 / 8.0,
            "{} is too small to tap: {r:?}",
            r.option
        );
    }
    let px_w = DIAGRAM_PX as f32;
    let px_h = px_w / d.aspect;
    let smallest = d
        .regions
        .iter()
        .map(|r| (r.w * px_w).min(r.h * px_h))
        .fold(f32::MAX, f32::min);
    assert!(
        smallest >= 80.0,
        "the smallest side of a region at {DIAGRAM_PX} px is {smallest}"
    );
    for (i, a) in d.regions.iter().enumerate() {
        for b in &d.regions[i + 1..] {
            let across = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
            let down = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
            assert!(across <= 1e-6 || down <= 1e-6, "{} and {} overlap", a.option, b.option);
            assert_ne!(a.option, b.option);
        }
    }
}

#[test]
fn each_diagram_region_holds_the_whole_drawing_of_its_option() {
    let d = home();
    let tree = tree(d.name, d.svg);
    let (w, h) = (tree.size().width(), tree.size().height());
    let drawn: BTreeSet<String> = tree
        .root()
        .children()
        .iter()
        .filter_map(|n| match n {
            usvg::Node::Group(g) => g.id().strip_prefix("region-").map(str::to_owned),
            _ => None,
        })
        .collect();
    let listed: BTreeSet<String> = d.regions.iter().map(|r| r.option.to_owned()).collect();
    assert_eq!(
        drawn, listed,
        "the SVG's region-* groups and the Rust table name the same options"
    );

    for r in d.regions {
        let node = tree.node_by_id(&format!("region-{}", r.option)).unwrap();
        let bbox = node.abs_stroke_bounding_box();
        let (x0, y0, x1, y1) = (r.x * w, r.y * h, (r.x + r.w) * w, (r.y + r.h) * h);
        assert!(
            bbox.left() >= x0 - 0.5 && bbox.top() >= y0 - 0.5 && bbox.right() <= x1 + 0.5 && bbox.bottom() <= y1 + 0.5,
            "{}'s drawing {bbox:?} spills out of its region ({x0}, {y0})-({x1}, {y1})",
            r.option
        );
        // Drawn alone, the option's drawing is a solid figure, not a speck.
        let layer = node.abs_layer_bounding_box().unwrap();
        let mut alone = tiny_skia::Pixmap::new(layer.width().ceil() as u32, layer.height().ceil() as u32).unwrap();
        resvg::render_node(node, tiny_skia::Transform::identity(), &mut alone.as_mut()).unwrap();
        let opaque = alone.pixels().iter().filter(|p| p.alpha() > 128).count() as f32;
        let share = opaque / ((x1 - x0) * (y1 - y0));
        assert!(share > 0.15, "{} covers {:.0}% of its region", r.option, share * 100.0);
    }
}
