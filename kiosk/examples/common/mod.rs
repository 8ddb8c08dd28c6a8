//! What the kiosk's bench examples share: the process's resident memory.

/// Resident memory now, in KiB (VmRSS from /proc/self/status; 0 where there is none).
pub fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
