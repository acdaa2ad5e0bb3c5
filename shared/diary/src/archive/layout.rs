//! What an archive holds: the names of its entries, and how large the
//! machine-readable diary in it may be.

/// The largest `entries.json` that [`export`](crate::archive::export())
/// writes and [`import`](crate::archive::import()) reads.
pub const MAX_ENTRIES_JSON: u64 = 64 * 1024 * 1024;

/// The folder inside the archive that holds the evidence files.
pub(super) const FILES_DIR: &str = "files/";
/// The name of the machine-readable diary inside the archive.
pub(super) const ENTRIES: &str = "entries.json";
/// The name of the readable report inside the archive.
pub(super) const REPORT: &str = "report.html";
/// The name of the explanation inside the archive.
pub(super) const README: &str = "README.txt";
/// The size of the buffer that file contents are copied through.
pub(super) const COPY_BUF: usize = 64 * 1024;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::error::ArchiveError;
    use crate::archive::export::export;
    use crate::archive::tar::{ustar_header, BLOCK, MAX_TAR_SIZE};
    use crate::archive::testing::*;

    #[test]
    fn oversized_entries_are_refused_both_ways() {
        let (public, secret) = keypair();
        let huge = vec![b' '; usize::try_from(MAX_ENTRIES_JSON).unwrap() + 1];
        let mut too_big = input(vec![]);
        too_big.entries_json = &huge;
        let err = export(
            Vec::new(),
            Protect::Recipient(public.clone()),
            TEST_WORK,
            too_big,
            &mut |_| {},
        );
        assert_eq!(err.unwrap_err(), ArchiveError::TooLarge);

        let mut tar = ustar_header("entries.json", MAX_ENTRIES_JSON + 1, 0)
            .unwrap()
            .to_vec();
        tar.extend_from_slice(&[b'x'; 4 * BLOCK]);
        assert_eq!(
            import_all(&seal(&tar, &public), Unprotect::Identity(secret)).unwrap_err(),
            ArchiveError::TooLarge
        );
        assert_eq!(
            ustar_header("files/x", MAX_TAR_SIZE + 1, 0).unwrap_err(),
            ArchiveError::TooLarge
        );
    }
}
