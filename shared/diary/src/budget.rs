//! How much memory a passphrase's key derivation may take on this device:
//! the one place that bounds scrypt, for archives being imported and for
//! the stored key ring alike.
//!
//! scrypt with age's parameters (r = 8, p = 1) needs 128 × 8 × 2^`log_n`
//! bytes: 2^17 is 128 MiB (what the app writes), 2^18 256 MiB, 2^20 1 GiB,
//! 2^22 4 GiB. The work factor is read from the file before anything is
//! derived, so a file asking for more than the budget is refused before
//! that memory is taken.
//!
//! - **Phones and the web: 2^18 (256 MiB).** The smallest phone the app is
//!   made for is a 3 GB Android phone. With the system, the keyboard and a
//!   few apps in memory, such a phone typically has about 1 GB available,
//!   and the app itself (its web view and core) already uses some 200 to
//!   300 MB; Android's low-memory killer ends the foreground app when memory
//!   runs out, losing whatever was typed. 1 GiB (2^20) would take nearly all
//!   of what is left; 256 MiB leaves room, and is one step above what the
//!   app writes (2^17), so a later raise of the app's own factor still opens.
//!   The web version runs on the same phones (campaign links are opened
//!   there) and cannot tell how much memory the device has, so it gets the
//!   phone's budget.
//! - **Desktops: 2^20 (1 GiB).** `age -p` and `rage -p` pick about one
//!   second of work on the computer that encrypts, 2^18 to 2^20 on current
//!   laptops, so an archive made there opens here.
//!
//! An archive above the budget can still be opened with `rage` or `age` on
//! a computer, or exported again from the app (which writes 2^17).

/// The largest work factor (log2 of scrypt's N) a phone, or the web, runs.
pub const PHONE: u8 = 18;

/// The largest work factor a desktop runs.
pub const DESKTOP: u8 = 20;

/// The largest work factor this build runs.
pub const fn max_work_factor() -> u8 {
    if cfg!(any(
        target_os = "android",
        target_os = "ios",
        target_arch = "wasm32"
    )) {
        PHONE
    } else {
        DESKTOP
    }
}

/// The memory scrypt takes at `log_n`, in MiB (r = 8: 1 KiB × N).
pub fn mib_for(log_n: u8) -> u64 {
    1u64.checked_shl(u32::from(log_n))
        .map_or(u64::MAX, |n| n / 1024)
}

/// Whether a derivation at `log_n` fits the budget.
pub const fn fits(log_n: u8) -> bool {
    log_n <= max_work_factor()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_is_at_most_a_gibibyte_and_fits_what_the_app_writes() {
        assert!(mib_for(PHONE) <= 1024 && mib_for(DESKTOP) <= 1024);
        assert_eq!(mib_for(17), 128);
        assert_eq!(mib_for(18), 256);
        assert_eq!(mib_for(20), 1024);
        assert!(fits(super::super::crypto::WORK_FACTOR));
        assert!(!fits(max_work_factor() + 1));
        assert_eq!(mib_for(200), u64::MAX);
    }
}
