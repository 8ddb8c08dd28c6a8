//! The address screens for `kiosk snapshot`, with the project's sample gazetteer
//! (`assets/gazetteer/sample-llpg.csv`) imported into a folder of the output, removed after: the postcode alone,
//! "Select your address" at LE1 1AA, and the boxes after "My address is not listed".

use crate::app::Msg;
use crate::app::address::NOT_LISTED;
use crate::shell::Shell;
use anyhow::{Context as _, Result};
use onestop::forms::Answers;
use onestop::gazetteer::{FILE_NAME, Format, Shared, import};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

/// The sample extract.
const SAMPLE: &str = include_str!("../../../assets/gazetteer/sample-llpg.csv");

/// The sample gazetteer, imported into `dir` (the caller removes it after the shots).
pub fn sample(dir: &Path) -> Result<Arc<Shared>> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    let csv = dir.join("sample-llpg.csv");
    std::fs::write(&csv, SAMPLE)?;
    let target = dir.join(FILE_NAME);
    import::import(&csv, &target, &import::Options::new(Format::Llpg), &mut |_| {})
        .map_err(|e| anyhow::anyhow!("the sample gazetteer: {e}"))?;
    Ok(Arc::new(Shared::new(&target)))
}

/// Render the address screens in the language `tag`, through `shot`; the gazetteer is
/// taken away again after.
pub fn run(c: &Rc<Shell>, tag: &str, gazetteer: &Arc<Shared>, shot: &mut impl FnMut(&str) -> Result<()>) -> Result<()> {
    c.finish();
    c.choose_language(tag);
    c.workers.borrow_mut().addresses = Some(gazetteer.clone());
    c.goto("missed-bin", Answers::new(), Some("address"));
    shot("address-postcode")?;
    c.dispatch(Msg::Edited(0, "LE1 1AA".into()));
    c.dispatch(Msg::Continue);
    shot("address-select")?;
    c.dispatch(Msg::Toggle("100030000101".into()));
    shot("address-select-picked")?;
    c.dispatch(Msg::Toggle(NOT_LISTED.into()));
    c.dispatch(Msg::Continue);
    shot("address-not-listed")?;
    c.workers.borrow_mut().addresses = None;
    Ok(())
}
