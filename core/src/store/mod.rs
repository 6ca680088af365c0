//! The encrypted store: one SQLCipher file per data folder, opened only with the passphrase,
//! brought to the latest schema, and holding this device's identity and clock.

mod clock;
mod facts;
mod field_code;
mod history;
mod journal;
mod key;
mod read;
mod safety;
mod stamps;
pub(crate) mod write;

pub use history::HistoryEntry;
pub use journal::{Journal, Replayed, JOURNAL_FILE};
#[cfg(test)]
pub(crate) use read::SESSION_WHERE;
pub use read::{SessionFilter, SessionPage, SessionRow};
pub use safety::wipe_store_files;
pub(crate) use stamps::{entries, Stamps};
pub use write::Op;

/// Decodes a `record_clock.stamps` blob and walks every entry, as the merge and the export do;
/// an error for a malformed one. For the fuzzer (`fuzz/`): the blob is read from the store file,
/// which a person may have copied from anywhere.
pub fn check_stamps_blob(blob: &[u8]) -> Result<usize> {
    let stamps = Stamps::decode(blob)?;
    let mut n = 0;
    for entry in entries(blob) {
        entry?;
        n += 1;
    }
    Ok(n.max(usize::from(stamps.max_seq() > 0)))
}

use crate::error::{Error, Result};
use crate::hlc::{Clock, Hlc};
use crate::identity::DeviceKeys;
use crate::ids::DeviceId;
use crate::secret::Passphrase;
use key::RawKey;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use rusqlite_migration::{Migrations, M};
use std::path::{Path, PathBuf};

/// File name of the store inside the data folder.
pub const DB_FILE: &str = "fieldbook.db";

/// The migrations (`core/migrations/*.sql`, deflated by `build.rs`), in order.
const DEFLATED_MIGRATIONS: &[&[u8]] = include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// Their text, inflated at the first open.
static MIGRATIONS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    DEFLATED_MIGRATIONS
        .iter()
        .map(|z| {
            use std::io::Read;
            let mut sql = String::new();
            // Made by this build from its own files: a failure is a broken build, never a store
            // to open (an empty migration would mark it up to date without its tables).
            flate2::read::DeflateDecoder::new(*z).read_to_string(&mut sql).expect("the build's own migrations");
            sql
        })
        .collect()
});

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// An open, unlocked store. All writes go through [`Store::write`] and its helpers.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) device: DeviceId,
    pub(crate) clock: Clock,
    pub(crate) keys: DeviceKeys,
    /// The derived key, for opening a second connection without deriving it again (`None` when
    /// SQLCipher derived it itself; see `key.rs`).
    key: Option<RawKey>,
    /// How the file's pages are laid out (one of [`key::LAYOUTS`]).
    layout: key::Layout,
    path: PathBuf,
    /// A [`Store::reader`]: closing it leaves SQLCipher's memory security to the writer.
    reading: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).field("device", &self.device).finish()
    }
}

impl Store {
    /// Path of the database file for a data folder.
    pub fn db_path(data_dir: &Path) -> PathBuf {
        data_dir.join(DB_FILE)
    }

    /// Whether a store has been created in this data folder.
    pub fn exists(data_dir: &Path) -> bool {
        Self::db_path(data_dir).is_file()
    }

    /// Creates a new store protected by `passphrase` (which must be strong enough).
    pub fn init(data_dir: &Path, passphrase: &Passphrase) -> Result<Store> {
        passphrase.check_strength()?;
        let path = Self::db_path(data_dir);
        if path.exists() {
            return Err(Error::StoreExists(data_dir.display().to_string()));
        }
        std::fs::create_dir_all(data_dir)?;
        // A journal left by a store that was removed by hand is not this store's.
        journal::remove_journal(data_dir)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let key = RawKey::derive(passphrase, &rand::random())?;
        let store = Self::connect(&path, flags, passphrase, Some(key), key::LAYOUTS[0]);
        if store.is_err() {
            // Never leave a half-made file that the next start would take for a store.
            let _ = std::fs::remove_file(&path);
        }
        store
    }

    /// Opens an existing store. A wrong passphrase is [`Error::WrongPassphrase`].
    pub fn open(data_dir: &Path, passphrase: &Passphrase) -> Result<Store> {
        let path = Self::db_path(data_dir);
        if !path.is_file() {
            return Err(Error::NoStore(data_dir.display().to_string()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE;
        // The layout shows only when a key fits: each try with the derived key costs one page
        // read. Should the derived key ever not fit a store that the passphrase opens, SQLCipher
        // derives it itself; only a wrong passphrase pays for every try.
        let mut keys: Vec<Option<RawKey>> = RawKey::for_file(passphrase, &path).into_iter().map(Some).collect();
        keys.push(None);
        for key in keys {
            for layout in key::LAYOUTS {
                match Self::connect(&path, flags, passphrase, key.clone(), layout) {
                    Err(Error::WrongPassphrase) => {}
                    Ok(mut store) => {
                        // Edits typed during an import that a crash interrupted. Never a reason
                        // not to open: a failure keeps the journal for the next try.
                        match store.replay_journal() {
                            Ok(r) if r.set_aside => eprintln!("fieldbook: an unreadable edits journal was set aside"),
                            Ok(_) => {}
                            Err(e) => eprintln!("fieldbook: the edits journal waits for the next try: {e}"),
                        }
                        return Ok(store);
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Err(Error::WrongPassphrase)
    }

    fn connect(
        path: &Path,
        flags: OpenFlags,
        passphrase: &Passphrase,
        key: Option<RawKey>,
        layout: key::Layout,
    ) -> Result<Store> {
        let secret = key.as_ref().map_or(passphrase.expose(), RawKey::expose);
        let mut conn = key::keyed(path, flags, secret, layout)?;
        let cipher: Option<String> = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).optional()?;
        if cipher.is_none() {
            return Err(Error::NoEncryption);
        }
        // A wrong key only shows at the first read.
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            Ok(_) => {}
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                return Err(Error::WrongPassphrase)
            }
            Err(e) => return Err(e.into()),
        }
        // WAL + FULL: every committed keystroke survives a crash or a flat battery; temp tables
        // stay in memory so no plaintext spills into temp files.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Freed space is zeroed as it is freed, so an erased value (a withdrawn participant's
        // name) is not left in unused parts of the file.
        conn.pragma_update(None, "secure_delete", "ON")?;
        // 32 MiB of page cache (the default is 2 MiB): large imports stay in memory until commit.
        conn.pragma_update(None, "cache_size", -32768)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // SQLCipher's memory security wipes every allocation it frees and locks memory: costly
        // while working, so off while unlocked, and on again as the store closes (see Drop).
        conn.query_row("PRAGMA cipher_memory_security = OFF", [], |_| Ok(())).optional()?;
        migrations().to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            ) => Error::StoreTooNew,
            other => Error::Migration(other.to_string()),
        })?;
        let (device, clock) = Self::identity(&conn)?;
        let keys = DeviceKeys::load_or_create(&conn)?;
        Ok(Store { conn, device, clock, keys, key, layout, path: path.to_path_buf(), reading: false })
    }

    /// A second, read-only connection to the store, for reading on another thread; `None` when
    /// the store was unlocked without a derived key (opening one would derive it again).
    pub(crate) fn second_reader(&self) -> Result<Option<Connection>> {
        let Some(key) = &self.key else { return Ok(None) };
        let conn = key::keyed(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY, key.expose(), self.layout)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
        Ok(Some(conn))
    }

    /// Another handle on this store with its own read-only connection: reads there run beside
    /// the writer (WAL keeps a reader's snapshot while a long import writes), so the app never
    /// waits for a write to show a screen. `None` when the store was unlocked without a derived
    /// key (opening one would derive it again); writes through it fail.
    pub fn reader(&self) -> Result<Option<Store>> {
        // SQLite's default page cache (2 MiB): the writer's is larger, for imports.
        let Some(conn) = self.second_reader()? else { return Ok(None) };
        conn.query_row("PRAGMA cipher_memory_security = OFF", [], |_| Ok(())).optional()?;
        let (device, clock) = Self::identity(&conn)?;
        let keys = DeviceKeys::load_or_create(&conn)?;
        Ok(Some(Store {
            conn,
            device,
            clock,
            keys,
            key: self.key.clone(),
            layout: self.layout,
            path: self.path.clone(),
            reading: true,
        }))
    }

    /// The data folder this store lives in.
    pub fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Reads this install's device id and clock, making the id on first run.
    fn identity(conn: &Connection) -> Result<(DeviceId, Clock)> {
        let get = |key: &str| -> Result<Option<Vec<u8>>> {
            Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
        };
        let device = match get("device_id")?.as_deref().and_then(DeviceId::from_slice) {
            Some(d) => d,
            None => {
                let d = DeviceId::new();
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?1)",
                    [d.as_bytes().as_slice()],
                )?;
                d
            }
        };
        let last = get("hlc")?.as_deref().and_then(Hlc::from_slice).unwrap_or_default();
        Ok((device, Clock::resume(last)))
    }

    /// This install's signing and decryption keys.
    pub fn keys(&self) -> &DeviceKeys {
        &self.keys
    }

    /// This install's device id.
    pub fn device_id(&self) -> DeviceId {
        self.device
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Schema version (number of applied migrations).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Every page of the database file as SQLCipher decrypts it, free pages included: what
    /// someone holding the passphrase could read from the file. For checking that an erased
    /// value is gone from the file, not only from the tables (docs/consent.md).
    pub fn decrypted_pages(&self) -> Result<Vec<u8>> {
        self.checkpoint()?;
        let mut stmt = self.conn.prepare("SELECT data FROM sqlite_dbpage ORDER BY pgno")?;
        let mut out = vec![];
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            out.extend_from_slice(r.get_ref(0)?.as_blob()?);
        }
        Ok(out)
    }

    /// Writes the WAL back into the main file (used before copying the file, and in tests).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

impl Drop for Store {
    /// Closing frees SQLCipher's page cache, which holds decrypted pages: with memory security on
    /// (process-wide) it is wiped as it is freed, so that locking leaves no plaintext of the
    /// store in freed memory. The derived key is zeroised by its own type.
    fn drop(&mut self) {
        // A reader dropped while the app stays unlocked (new readers after a re-key) must not
        // slow the writer down; the writer switches it on as it closes.
        if !self.reading {
            let _ = self.conn.query_row("PRAGMA cipher_memory_security = ON", [], |_| Ok(())).optional();
        }
    }
}

#[cfg(test)]
mod tests;
