//! The process's peak resident set size, for the memory figures of
//! `examples/diary-probe.rs` and `examples/export-probe.rs` (Linux).

/// The process's peak resident set size (`VmHWM`), in KiB.
pub fn peak_rss_kib() -> Result<u64, Box<dyn std::error::Error>> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "no VmHWM in /proc/self/status".into())
}
