//! Device safety: changing the passphrase without losing anything, and wiping the store before
//! a laptop goes where it may be searched.

use super::Store;
use crate::error::{Error, Result};
use crate::Passphrase;
use rusqlite::OpenFlags;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether `passphrase` opens the store file at `path`, whose pages are laid out as `layout` (on
/// a separate, read-only connection).
fn opens(path: &Path, passphrase: &Passphrase, layout: super::key::Layout) -> Result<bool> {
    let conn = super::key::keyed(path, OpenFlags::SQLITE_OPEN_READ_ONLY, passphrase.expose(), layout)?;
    Ok(conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_ok())
}

impl Store {
    /// Re-encrypts the whole store under `new` after checking `current`. SQLCipher rewrites every
    /// page in one step; the journal is switched out of WAL for it, so no page stays under the
    /// old key, then back.
    pub fn change_passphrase(&mut self, current: &Passphrase, new: &Passphrase) -> Result<()> {
        if !opens(&self.path, current, self.layout)? {
            return Err(Error::WrongPassphrase);
        }
        new.check_strength()?;
        // The journal is keyed with the old passphrase's key: its edits go in first.
        self.replay_journal()?;
        if self.data_dir().join(super::JOURNAL_FILE).exists() {
            return Err(Error::InUse);
        }
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        let rekeyed = self.conn.pragma_update(None, "rekey", new.expose());
        if rekeyed.is_ok() {
            // The salt stays; the key derived from the old passphrase no longer opens anything.
            // Kept at once: the file is under the new key even if WAL cannot be switched back.
            self.key = super::RawKey::for_file(new, &self.path);
        }
        let wal = self.conn.pragma_update(None, "journal_mode", "WAL");
        rekeyed?;
        wal?;
        Ok(())
    }

    /// How many changes made on this device were never sent to a saved recipient (bundles
    /// protected by a passphrase only are not counted: they are not tracked per recipient).
    pub fn unexported_changes(&self) -> Result<i64> {
        let sent: i64 = self.conn.query_row("SELECT coalesce(max(last_seq), 0) FROM recipient", [], |r| r.get(0))?;
        let mut stmt = self.conn.prepare("SELECT stamps FROM record_clock WHERE seq > ?1")?;
        let mut rows = stmt.query([sent])?;
        let mut count = 0;
        while let Some(r) = rows.next()? {
            let stamps = super::Stamps::decode(r.get_ref(0)?.as_blob()?)?;
            count += stamps.iter().filter(|(_, f)| f.seq > sent && f.stamp.device == self.device).count() as i64;
        }
        Ok(count)
    }

    /// Destroys this store: the database, its WAL and shared-memory files, and with them the
    /// device's keys (they live inside the database). The files are overwritten with zeros before
    /// they are removed. Returns the files removed.
    pub fn wipe(self) -> Result<Vec<PathBuf>> {
        let path = self.path.clone();
        drop(self); // closes the connection, so SQLite releases and stops recreating the files
        wipe_files(&path)
    }
}

/// Wipes a store without unlocking it (a forgotten passphrase, or no time to type it).
pub fn wipe_store_files(data_dir: &Path) -> Result<Vec<PathBuf>> {
    let db = Store::db_path(data_dir);
    if !db.exists() {
        return Err(Error::NoStore(data_dir.display().to_string()));
    }
    wipe_files(&db)
}

fn wipe_files(db: &Path) -> Result<Vec<PathBuf>> {
    let mut removed = vec![];
    // The edits journal (`journal.rs`) holds what was typed during an import: it goes too.
    let journal = db.with_file_name(super::journal::JOURNAL_FILE);
    for (base, suffix) in
        [db, journal.as_path()].into_iter().flat_map(|b| ["", "-wal", "-shm", "-journal"].map(|s| (b, s)))
    {
        let file = PathBuf::from(format!("{}{suffix}", base.display()));
        if let Ok(meta) = std::fs::metadata(&file) {
            // Best effort against undelete tools; an SSD may keep remapped blocks (see the
            // threat model: full-disk encryption still matters).
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&file) {
                let zeros = vec![0u8; 1 << 16];
                let mut left = meta.len();
                while left > 0 {
                    let n = left.min(zeros.len() as u64) as usize;
                    f.write_all(&zeros[..n])?;
                    left -= n as u64;
                }
                f.sync_all()?;
            }
            std::fs::remove_file(&file)?;
            removed.push(file);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Entity;
    use serde_json::json;

    fn store(dir: &Path) -> Store {
        Store::init(dir, &Passphrase::new("correct horse battery")).expect("init")
    }

    #[test]
    fn a_new_passphrase_opens_everything_and_the_old_one_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        let fields = json!({"name": "Rural women's network"}).as_object().cloned().unwrap_or_default();
        s.create(Entity::Movement, fields).expect("create");
        let before = serde_json::to_string(&s.dump().expect("dump")).expect("json");
        let (old, new) = (Passphrase::new("correct horse battery"), Passphrase::new("tea kettle mountain river"));
        assert!(matches!(s.change_passphrase(&Passphrase::new("not it at all"), &new), Err(Error::WrongPassphrase)));
        assert!(matches!(s.change_passphrase(&old, &Passphrase::new("short")), Err(Error::WeakPassphrase { .. })));
        s.change_passphrase(&old, &new).expect("rekey");
        // Still usable on the same connection, and after reopening.
        let fields = json!({"name": "Youth coalition"}).as_object().cloned().unwrap_or_default();
        s.create(Entity::Movement, fields).expect("write after rekey");
        let reader = s.second_reader().expect("reader").expect("a key derived from the new passphrase");
        let count: i64 = reader.query_row("SELECT count(*) FROM movement", [], |r| r.get(0)).expect("read");
        assert_eq!(count, 2);
        drop((reader, s));
        assert!(matches!(Store::open(dir.path(), &old), Err(Error::WrongPassphrase)));
        let s = Store::open(dir.path(), &new).expect("open with the new passphrase");
        let after = serde_json::to_string(&s.dump().expect("dump")).expect("json");
        assert!(after.contains("Rural women's network") && after.contains("Youth coalition"));
        assert!(before.len() < after.len());
    }

    #[test]
    fn wipe_leaves_no_file_behind_and_counts_what_was_never_exported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        let fields = json!({"name": "Domestic workers' union"}).as_object().cloned().unwrap_or_default();
        s.create(Entity::Movement, fields).expect("create");
        assert!(s.unexported_changes().expect("count") > 0);
        let removed = s.wipe().expect("wipe");
        assert!(removed.iter().any(|p| p.ends_with("fieldbook.db")));
        let left: Vec<_> =
            std::fs::read_dir(dir.path()).expect("dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
        assert!(left.is_empty(), "left behind: {left:?}");
        assert!(!Store::exists(dir.path()));
        assert!(matches!(wipe_store_files(dir.path()), Err(Error::NoStore(_))));
    }
}
