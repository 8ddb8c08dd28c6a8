//! Draws the project's pictures to PNG for a person to look at, with resvg (the renderer Slint
//! uses): each icon at 192 px, a sheet of every icon at the kiosk's 64 px in colour and in grey,
//! and each diagram at 700 px wide, plain and with its tap regions outlined in red.
//!
//! `cargo run -p onestop --example render_pictures -- /tmp/pictures`

use onestop::pictures;
use resvg::{tiny_skia, usvg};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "/tmp/pictures".into());
    let out = Path::new(&out);
    std::fs::create_dir_all(out)?;
    let names = pictures::icon_names();
    // The sheet: a row of 64 px icons with gaps, in colour above and in grey below.
    let (cell, gap) = (64, 12);
    let width = names.len() as u32 * (cell + gap) + gap;
    let mut sheet = tiny_skia::Pixmap::new(width, 2 * (cell + gap) + gap).ok_or("empty sheet")?;
    sheet.fill(tiny_skia::Color::WHITE);
    for (i, name) in names.iter().enumerate() {
        let tree = usvg::Tree::from_data(pictures::icon(name).unwrap(), &usvg::Options::default())?;
        render(&tree, 192).save_png(out.join(format!("{name}.png")))?;
        let small = render(&tree, cell);
        let x = gap + i as u32 * (cell + gap);
        sheet.draw_pixmap(
            x as i32,
            gap as i32,
            small.as_ref(),
            &tiny_skia::PixmapPaint::default(),
            tiny_skia::Transform::identity(),
            None,
        );
        let grey = greyed(small);
        sheet.draw_pixmap(
            x as i32,
            (2 * gap + cell) as i32,
            grey.as_ref(),
            &tiny_skia::PixmapPaint::default(),
            tiny_skia::Transform::identity(),
            None,
        );
    }
    sheet.save_png(out.join("icons-64.png"))?;
    for name in pictures::diagram_names() {
        let d = pictures::diagram(name).unwrap();
        let tree = usvg::Tree::from_data(d.svg, &usvg::Options::default())?;
        let mut picture = render(&tree, 700);
        picture.save_png(out.join(format!("{name}.png")))?;
        let (w, h) = (picture.width() as f32, picture.height() as f32);
        let mut paint = tiny_skia::Paint::default();
        paint.set_color_rgba8(230, 0, 0, 255);
        let stroke = tiny_skia::Stroke {
            width: 3.0,
            ..Default::default()
        };
        for r in d.regions {
            let rect = tiny_skia::Rect::from_xywh(r.x * w + 2.0, r.y * h + 2.0, r.w * w - 4.0, r.h * h - 4.0)
                .ok_or("empty region")?;
            let path = tiny_skia::PathBuilder::from_rect(rect);
            picture.stroke_path(&path, &paint, &stroke, tiny_skia::Transform::identity(), None);
        }
        picture.save_png(out.join(format!("{name}-regions.png")))?;
    }
    println!("wrote {} icons and the diagrams to {}", names.len(), out.display());
    Ok(())
}

/// `width` pixels wide on white.
fn render(tree: &usvg::Tree, width: u32) -> tiny_skia::Pixmap {
    let scale = width as f32 / tree.size().width();
    let height = (tree.size().height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).unwrap();
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

/// The same picture in grey, as a visitor who cannot tell the colours apart might see it.
fn greyed(mut pixmap: tiny_skia::Pixmap) -> tiny_skia::Pixmap {
    for px in pixmap.data_mut().chunks_exact_mut(4) {
        let g = (0.2126 * f32::from(px[0]) + 0.7152 * f32::from(px[1]) + 0.0722 * f32::from(px[2])) as u8;
        px[..3].fill(g);
    }
    pixmap
}
