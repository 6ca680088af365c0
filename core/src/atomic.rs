//! Files written whole or not at all: a full disk or a crash mid-write must never leave a
//! half bundle or half PDF that looks like the real thing.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `out`, syncs it, then renames it over `out`.
pub fn write_atomically(out: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(out, |w| Ok(w.write_all(bytes)?))
}

/// As [`write_atomically`], with the file's bytes written by `write` as it makes them.
pub(crate) fn write_atomically_with(out: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.part", uuid::Uuid::now_v7().simple()));
    let result = (|| -> Result<()> {
        let mut file = std::io::BufWriter::with_capacity(1 << 20, Writeback::new(std::fs::File::create(&tmp)?));
        write(&mut file)?;
        let file = file.into_inner().map_err(std::io::IntoInnerError::into_error)?.finish()?;
        file.sync_all()?;
        Ok(std::fs::rename(&tmp, out)?)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(match e {
            Error::Io(e) if e.raw_os_error() == Some(28) => Error::DiskFull,
            other => other,
        });
    }
    Ok(())
}

/// A file written in one go that starts going to the disk as it is written: every
/// [`Writeback::EVERY`] bytes a second thread syncs what is there, so the final sync waits for
/// the last piece only (a bundle with a season's photos is hundreds of megabytes, and a USB
/// stick pulled out after "written" must hold it).
struct Writeback {
    file: std::fs::File,
    since: u64,
    syncer: Option<(std::sync::mpsc::SyncSender<()>, std::thread::JoinHandle<()>)>,
}

impl Writeback {
    const EVERY: u64 = 32 << 20;

    fn new(file: std::fs::File) -> Writeback {
        Writeback { file, since: 0, syncer: None }
    }

    /// Waits for the syncing thread and gives the file back.
    fn finish(mut self) -> std::io::Result<std::fs::File> {
        if let Some((tx, handle)) = self.syncer.take() {
            drop(tx);
            let _ = handle.join();
        }
        Ok(self.file)
    }
}

impl Write for Writeback {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.since += n as u64;
        if self.since >= Self::EVERY {
            self.since = 0;
            if self.syncer.is_none() {
                let copy = self.file.try_clone()?;
                let (tx, rx) = std::sync::mpsc::sync_channel::<()>(1);
                let handle = std::thread::spawn(move || {
                    while rx.recv().is_ok() {
                        let _ = copy.sync_data();
                    }
                });
                self.syncer = Some((tx, handle));
            }
            if let Some((tx, _)) = &self.syncer {
                // A sync already asked for covers this one too.
                let _ = tx.try_send(());
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_mid_write_is_reported_as_such_and_leaves_no_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("bundle.fieldbook");
        let full = write_atomically_with(&out, |w| {
            w.write_all(&[7; 3 << 20])?;
            Err(std::io::Error::from_raw_os_error(28).into())
        });
        assert_eq!(full.expect_err("full").code(), "disk-full");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "no partial file left");
        write_atomically_with(&out, |w| Ok(w.write_all(b"whole")?)).expect("write");
        assert_eq!(std::fs::read(&out).expect("read"), b"whole");
    }
}
