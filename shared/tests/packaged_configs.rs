//! The config files the Debian packages install as `/etc/onestop/*.toml` (from `packaging/etc/`)
//! parse with the real config parser, and say what a freshly installed kiosk or hub should do.

use onestop::config::{Config, CrmKind};
use std::path::PathBuf;

fn packaged(name: &str) -> Config {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../packaging/etc")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Config::from_toml(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()))
}

#[test]
fn packaged_kiosk_config_parses_and_fills_the_screen_offline() {
    let config = packaged("kiosk.toml");
    assert!(
        config.kiosk.fullscreen,
        "the kiosk service runs alone in cage: fullscreen"
    );
    assert_eq!(
        config.crm.kind,
        CrmKind::None,
        "a fresh kiosk keeps submissions until a CRM is set"
    );
    assert_eq!(config.kiosk.key_file, "", "the key goes beside the database by default");
    assert!(config.staff.pin().is_none(), "no staff PIN ships in the package");
    assert_eq!(config.kiosk.locales.len(), 11);
}

#[test]
fn packaged_queue_config_parses_and_binds_the_documented_port() {
    let config = packaged("queue.toml");
    let addr = config.queue.listen_addr().expect("listen is an address");
    assert_eq!(addr.port(), 7311);
    assert!(
        config.queue.counter_tokens().is_empty(),
        "no counter token ships in the package"
    );
    assert_eq!(
        config.queue.kiosk_token, "",
        "the hub makes its own kiosk token at first start"
    );
    assert_eq!(config.queue.site().counters.len(), 2);
}

#[test]
fn packaged_configs_differ_from_the_defaults_only_where_they_say() {
    // The kiosk file turns fullscreen on; everything else it names is the default value.
    let mut kiosk = packaged("kiosk.toml");
    kiosk.kiosk.fullscreen = false;
    assert_eq!(kiosk, Config::defaults());
}
