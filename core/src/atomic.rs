//! Files written whole or not at all: a full disk or a crash mid-write must never leave a
//! half bundle or half PDF that looks like the real thing.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `out`, syncs it, then renames it over `out`.
pub(crate) fn write_atomically(out: &Path, bytes: &[u8]) -> Result<()> {
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.part", uuid::Uuid::now_v7().simple()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, out)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(if e.raw_os_error() == Some(28) { Error::DiskFull } else { e.into() });
    }
    Ok(())
}
