//! `[queue.appointments]` in the hub's config: where a site's appointments come from (a folder,
//! a URL, or both) and how often the URL is fetched, and what is wrong with those settings.
//! Loading them is `super`'s job.

use std::path::PathBuf;

/// `[queue.appointments]` in the hub's config. With neither `folder` nor `url`, a site has no
/// appointments.
#[derive(Debug, Clone, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceConfig {
    /// A folder of `.csv` and `.ics` exports (e.g. a share the booking system writes to).
    pub folder: Option<PathBuf>,
    /// The booking system's export URL: https, or http to this machine only.
    pub url: Option<String>,
    /// How often the URL is fetched, in minutes (1 to 1,440).
    #[serde(default = "ten")]
    pub refresh_minutes: u32,
}

/// Ten minutes: a booking made a quarter of an hour ahead still reaches the hub in time.
fn ten() -> u32 {
    10
}

impl Default for SourceConfig {
    /// No folder, no URL, and the same refresh as an empty `[queue.appointments]` gives.
    fn default() -> Self {
        SourceConfig {
            folder: None,
            url: None,
            refresh_minutes: ten(),
        }
    }
}

impl SourceConfig {
    /// What is wrong with these settings, one sentence each, saying what to change; empty when
    /// nothing is.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(url) = &self.url
            && let Err(e) = super::fetch::allowed(url)
        {
            problems.push(format!("[queue.appointments] url: {e}"));
        }
        if self.refresh_minutes == 0 || self.refresh_minutes > 1_440 {
            problems.push(format!(
                "[queue.appointments] refresh_minutes is {}; set it from 1 to 1440 (a day)",
                self.refresh_minutes
            ));
        }
        if self.folder.as_ref().is_some_and(|f| f.as_os_str().is_empty()) {
            problems.push("[queue.appointments] folder is empty; name the folder, or leave it out".to_owned());
        }
        problems
    }
}
