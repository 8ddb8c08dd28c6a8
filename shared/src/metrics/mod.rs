//! Fleet metrics in the Prometheus text format (0.0.4), through the maintained
//! `prometheus-client` crate: [`kiosk`] turns a kiosk's figures (its outbox, the CRM contact, its
//! devices, today's ratings) into a scrape, [`hub`] the queue hub's; [`devices`] is where a
//! kiosk's printer and card readers leave their latest state for the next scrape; [`http`] serves
//! `GET /metrics` on a listener the caller bound, and [`textfile`] writes a node_exporter
//! textfile-collector file atomically. Every figure is a count, a time or a state: no reference,
//! no answer and no error text ever reaches a metric. Reading the figures from SQLite is the
//! store's job (`crate::store::metrics`); when and where to serve is the binaries'.

pub mod devices;
pub mod http;
pub mod hub;
pub mod kiosk;
pub mod textfile;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

/// The `Content-Type` of a scrape: the Prometheus text format, version 0.0.4.
pub const CONTENT_TYPE: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

/// Every metric's name starts with this (`onestop_outbox_submissions`).
pub const PREFIX: &str = "onestop";

/// What was built: `onestop_build_info{component, version, git} 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildInfo {
    /// `kiosk` or `hub`.
    pub component: &'static str,
    /// The crate version.
    pub version: &'static str,
    /// `git describe` at build time, or `unknown`.
    pub git: &'static str,
}

impl BuildInfo {
    /// This build, for `component`.
    pub fn of(component: &'static str) -> BuildInfo {
        BuildInfo {
            component,
            version: env!("CARGO_PKG_VERSION"),
            git: env!("ONESTOP_GIT_DESCRIBE"),
        }
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabels {
    component: String,
    version: String,
    git: String,
}

/// A registry with every name under [`PREFIX`] and the build info in it.
pub(crate) fn registry(build: &BuildInfo) -> Registry {
    let mut registry = Registry::with_prefix(PREFIX);
    let info = Family::<BuildLabels, Gauge>::default();
    registry.register(
        "build_info",
        "Which Onestop build is running (always 1; the labels say which)",
        info.clone(),
    );
    info.get_or_create(&BuildLabels {
        component: build.component.into(),
        version: build.version.into(),
        git: build.git.into(),
    })
    .set(1);
    registry
}

/// The registry as the Prometheus text format.
pub(crate) fn encode(registry: &Registry) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail, and every name and label is ours.
    prometheus_client::encoding::prometheus_text::encode(&mut out, registry).expect("encoding into a String");
    out
}

/// Seconds since the Unix epoch of an RFC 3339 time as the store writes it.
pub(crate) fn unix_seconds(rfc3339: &str) -> Option<f64> {
    let t = time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339).ok()?;
    Some(t.unix_timestamp_nanos() as f64 / 1e9)
}

/// A gauge holding a float (times, ages).
pub(crate) type FloatGauge = Gauge<f64, std::sync::atomic::AtomicU64>;

/// The value of the sample whose name and labels are exactly `series`, in a scrape's text.
#[cfg(test)]
pub(crate) fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_info_is_one_gauge_sample_with_the_version() {
        let text = encode(&registry(&BuildInfo::of("kiosk")));
        assert!(text.contains("# TYPE onestop_build_info gauge\n"), "{text}");
        let line = text.lines().find(|l| l.starts_with("onestop_build_info{")).unwrap();
        assert!(line.contains("component=\"kiosk\""), "{line}");
        assert!(
            line.contains(&format!("version=\"{}\"", env!("CARGO_PKG_VERSION"))),
            "{line}"
        );
        assert!(line.ends_with("} 1"), "{line}");
    }

    #[test]
    fn store_times_become_unix_seconds() {
        assert_eq!(unix_seconds("1970-01-01T00:01:40Z"), Some(100.0));
        assert_eq!(unix_seconds("2026-12-05T01:00:00.5Z").map(|s| s.fract()), Some(0.5));
        assert_eq!(unix_seconds("yesterday"), None);
    }
}
