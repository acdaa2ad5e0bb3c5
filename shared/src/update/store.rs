//! The installed bundle on disk: one file holding the bundle and its
//! signature, replaced atomically (write a temporary file, flush it to disk,
//! rename it over the old one). A crash at any moment leaves either the old
//! or the new file, and the file is verified again at every start.
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::UpdateError;

const FILE: &str = "content-update.json";

#[derive(Serialize, Deserialize)]
struct Envelope {
    signature: String,
    bundle: String,
}

/// Largest stored file read at all: what [`save`] can write for the largest
/// bundle and signature (a valid JSON text at most doubles when stored as a
/// JSON string, and a stored signature passed the same size check). Anything
/// larger was not written by this app and is ignored unread.
pub const MAX_STORED_BYTES: u64 =
    2 * (super::MAX_BUNDLE_BYTES as u64 + super::MAX_SIGNATURE_BYTES as u64) + 64;

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Stores a verified bundle and its signature, replacing any older one.
///
/// # Errors
/// [`UpdateError::Store`] when the file cannot be written; the old one stays.
pub fn save(dir: &Path, bundle: &[u8], signature: &str) -> Result<(), UpdateError> {
    let bundle = std::str::from_utf8(bundle).map_err(|_| UpdateError::Malformed)?;
    let envelope = serde_json::to_vec(&Envelope {
        signature: signature.to_string(),
        bundle: bundle.to_string(),
    })
    .map_err(|_| UpdateError::Store)?;
    std::fs::create_dir_all(dir).map_err(|_| UpdateError::Store)?;
    let tmp = dir.join(format!("{FILE}.tmp"));
    {
        let mut file = std::fs::File::create(&tmp).map_err(|_| UpdateError::Store)?;
        file.write_all(&envelope)
            .and_then(|()| file.sync_all())
            .map_err(|_| UpdateError::Store)?;
    }
    std::fs::rename(&tmp, path(dir)).map_err(|_| UpdateError::Store)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The stored bundle and signature, if any (not yet verified). A file that
/// cannot be read, is larger than [`MAX_STORED_BYTES`] or is not an envelope
/// is ignored (the bundled content is used), and left as it is.
pub fn load(dir: &Path) -> Option<(Vec<u8>, String)> {
    use std::io::Read as _;
    let file = std::fs::File::open(path(dir)).ok()?;
    let mut bytes = Vec::new();
    // Read one byte past the limit to know the file is larger.
    file.take(MAX_STORED_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() as u64 > MAX_STORED_BYTES {
        return None;
    }
    let e: Envelope = serde_json::from_slice(&bytes).ok()?;
    Some((e.bundle.into_bytes(), e.signature))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_back_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(dir.path()).is_none());
        save(dir.path(), b"{\"v\":1}", "sig1").unwrap();
        save(dir.path(), b"{\"v\":2}", "sig2").unwrap();
        assert_eq!(
            load(dir.path()),
            Some((b"{\"v\":2}".to_vec(), "sig2".into()))
        );
    }

    #[test]
    fn a_torn_file_is_ignored_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(path(dir.path()), b"{\"signature\": \"x\", \"bun").unwrap();
        assert!(load(dir.path()).is_none());
    }

    /// Kills a writer at random moments while it replaces the stored bundle
    /// over and over: afterwards the file is always one whole version.
    #[cfg(unix)]
    #[test]
    fn a_kill_during_apply_leaves_old_or_new_never_a_mix() {
        use std::process::{Command, Stdio};
        if let Ok(dir) = std::env::var("EEN_ENTREE_APPLY_LOOP") {
            // Child: write versions forever until killed.
            let big = "x".repeat(256 * 1024);
            for i in 0u64.. {
                let body = format!("{{\"v\":{i},\"pad\":\"{big}\"}}");
                save(Path::new(&dir), body.as_bytes(), &format!("sig{i}")).unwrap();
            }
        }
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), b"{\"v\":-1,\"pad\":\"\"}", "sig-1").unwrap();
        for round in 0..20u64 {
            let mut child = Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "update::store::tests::a_kill_during_apply_leaves_old_or_new_never_a_mix",
                    "--nocapture",
                ])
                .env("EEN_ENTREE_APPLY_LOOP", dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(std::time::Duration::from_millis(20 + (round * 37) % 150));
            child.kill().unwrap();
            child.wait().unwrap();
            let (bundle, sig) = load(dir.path()).expect("a whole file is always there");
            let v: serde_json::Value =
                serde_json::from_slice(&bundle).expect("whole JSON, never a mix");
            assert_eq!(
                sig,
                format!("sig{}", v["v"]),
                "signature and bundle belong together"
            );
        }
    }
}
