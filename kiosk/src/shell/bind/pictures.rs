//! The forms' pictures as Slint images: each icon and diagram's SVG (compiled into
//! `onestop::pictures`) parsed once and kept, since every page is rendered on every message.

use slint::Image;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static PARSED: RefCell<HashMap<String, Option<Image>>> = RefCell::new(HashMap::new());
}

fn parsed(key: &str, svg: impl FnOnce() -> Option<&'static [u8]>) -> Option<Image> {
    PARSED.with(|cache| {
        cache
            .borrow_mut()
            .entry(key.to_owned())
            .or_insert_with(|| {
                let bytes = svg()?;
                Image::load_from_svg_data(bytes)
                    .map_err(|e| tracing::error!("the picture {key} could not be drawn: {e:?}"))
                    .ok()
            })
            .clone()
    })
}

/// The icon called `name` (`None` for an empty name or an unknown one).
pub(super) fn icon(name: &str) -> Option<Image> {
    if name.is_empty() {
        return None;
    }
    parsed(&format!("icon:{name}"), || onestop::pictures::icon(name))
}

/// The diagram called `name` (an empty image for an unknown one).
pub(super) fn diagram(name: &str) -> Image {
    parsed(&format!("diagram:{name}"), || {
        onestop::pictures::diagram(name).map(|d| d.svg)
    })
    .unwrap_or_default()
}
