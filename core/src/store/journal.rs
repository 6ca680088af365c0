//! Edits typed while a long import holds the store's one writer. SQLite has a single writer and
//! an import is one transaction (all or nothing), so an autosave cannot go into the store until
//! it ends; it goes at once into this journal instead: a small SQLCipher file beside the store,
//! committed with `synchronous = FULL`, so a crash loses nothing. When the writer is free the
//! edits are written through the normal write path, in the order they were typed, and the file
//! is removed; after a crash, at the next unlock.
//!
//! The journal is encrypted with the store's key and its own salt (its pages are authenticated
//! with their own key: none can be passed off as the store's), and holds an exclusive lock while
//! open, so a second process opening the store (the CLI beside a running import) leaves it to the
//! app writing it. Writing it into the store is idempotent: the store remembers, in the same
//! transaction, the journal's id and the last edit written, so a journal whose removal failed is
//! never written twice.

use super::key::{RawKey, SALT_BYTES};
use super::write::Writer;
use super::{key, Store};
use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde_json::{Map, Value as Json};
use std::io::Read;
use std::path::{Path, PathBuf};

/// File name of the journal inside the data folder.
pub const JOURNAL_FILE: &str = "pending-edits.db";

/// The open journal of one unlocked store (holding its lock).
pub struct Journal {
    conn: Connection,
    id: Vec<u8>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Journal")
    }
}

fn journal_path(data_dir: &Path) -> PathBuf {
    data_dir.join(JOURNAL_FILE)
}

impl Journal {
    /// Saves one record's edited fields. They are checked as the store would check them, so
    /// what is accepted here is accepted when it is written to the store.
    pub fn push(&self, entity: Entity, id: RecordId, fields: &Map<String, Json>) -> Result<()> {
        Writer::checked(entity, fields)?;
        self.conn.execute(
            "INSERT INTO edit (entity, id, fields) VALUES (?1, ?2, ?3)",
            rusqlite::params![entity.name(), id.as_bytes().as_slice(), Json::Object(fields.clone()).to_string()],
        )?;
        Ok(())
    }

    /// How many edits wait.
    pub fn len(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT count(*) FROM edit", [], |r| r.get::<_, i64>(0))? as usize)
    }

    /// Whether no edit waits.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    fn edits(&self) -> Result<Vec<Edit>> {
        let mut stmt = self.conn.prepare("SELECT seq, entity, id, fields FROM edit ORDER BY seq")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// One journalled edit as stored: `seq`, kind, record id, fields (JSON).
type Edit = (i64, String, Vec<u8>, String);

/// What writing the journal into the store did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Replayed {
    /// Edits written to the store.
    pub written: usize,
    /// Edits dropped: of records that no longer exist (deleted by what the import brought), or
    /// that this version no longer accepts.
    pub dropped: usize,
    /// The journal could not be read (damaged, or from another store): it was moved aside as
    /// `pending-edits.unreadable-<time>.db`, not deleted.
    pub set_aside: bool,
}

/// Whether an error is another process holding the journal (it writes it itself).
fn busy(e: &Error) -> bool {
    matches!(e, Error::Db(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy))
}

impl Store {
    /// Opens this store's journal, creating it, and holds its lock until dropped; `None` when
    /// the store was unlocked without a derived key (then edits wait for the writer instead).
    pub fn journal(&self) -> Result<Option<Journal>> {
        let Some(key) = &self.key else { return Ok(None) };
        let path = journal_path(self.data_dir());
        let mut salt = [0u8; SALT_BYTES];
        let exists = std::fs::File::open(&path).and_then(|mut f| f.read_exact(&mut salt)).is_ok();
        if !exists {
            salt = rand::random();
        }
        let conn = open_journal(&path, &key.with_salt(&salt), self.layout)?;
        let id = conn.query_row("SELECT id FROM info", [], |r| r.get(0))?;
        Ok(Some(Journal { conn, id }))
    }

    /// Writes every journalled edit into the store, oldest first, each as an ordinary edit
    /// stamped now (it was typed after what the import brought), in one transaction; then
    /// removes the journal. `Ok` with nothing written when there is no journal, or another
    /// process holds it. An error (the store busy, a full disk) keeps the journal for the next try.
    pub fn replay_journal(&mut self) -> Result<Replayed> {
        if !journal_path(self.data_dir()).exists() {
            return Ok(Replayed::default());
        }
        match self.journal() {
            Ok(Some(journal)) => self.replay(journal),
            Ok(None) => Ok(Replayed::default()),
            Err(e) if busy(&e) => Ok(Replayed::default()),
            Err(_) => Ok(Replayed { set_aside: set_aside(self.data_dir())?, ..Replayed::default() }),
        }
    }

    /// [`Store::replay_journal`] with the journal this process holds open (so no other process
    /// can take it between the import's end and its replay).
    pub fn replay(&mut self, journal: Journal) -> Result<Replayed> {
        const DONE: &str = "journal_done";
        let done: Option<Vec<u8>> =
            self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [DONE], |r| r.get(0)).optional()?;
        let last = done
            .filter(|d| d.len() == journal.id.len() + 8 && d.starts_with(&journal.id))
            .and_then(|d| <[u8; 8]>::try_from(&d[journal.id.len()..]).ok())
            .map_or(0, i64::from_be_bytes);
        let mut out = Replayed::default();
        let mut ops = vec![];
        let mut high = last;
        for (seq, entity, id, fields) in journal.edits()? {
            high = high.max(seq);
            if seq <= last {
                continue;
            }
            let parsed = Entity::from_name(&entity).zip(RecordId::from_slice(&id)).zip(
                serde_json::from_str::<Map<String, Json>>(&fields).ok().filter(|f| Writer::checked_ok(&entity, f)),
            );
            let Some(((entity, id), fields)) = parsed else {
                out.dropped += 1;
                continue;
            };
            match self.get(entity, id) {
                Ok(_) => {
                    ops.push(super::Op::Update { entity, id, fields });
                    out.written += 1;
                }
                Err(Error::NotFound { .. }) => out.dropped += 1,
                Err(e) => return Err(e),
            }
        }
        let mark = [journal.id.as_slice(), &high.to_be_bytes()].concat();
        let refused = self.write_with(|w| {
            let mut refused = 0;
            for op in ops {
                // What the import brought may forbid an edit typed during it: a name typed into a
                // participant whose withdrawal arrived. That edit goes; the others are written.
                match w.apply(op) {
                    Ok(_) => {}
                    Err(Error::ConsentWithdrawn { .. }) => refused += 1,
                    Err(e) => return Err(e),
                }
            }
            // And a name typed into the session's notes meanwhile is erased as it lands.
            (crate::RULES.enforce)(w)?;
            w.tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                rusqlite::params![DONE, mark],
            )?;
            Ok(refused)
        })?;
        out.written -= refused;
        out.dropped += refused;
        drop(journal);
        remove_journal(self.data_dir())?;
        Ok(out)
    }
}

fn open_journal(path: &Path, key: &RawKey, layout: super::key::Layout) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
    let conn = key::keyed(path, flags, key.expose(), layout)?;
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // The exclusive lock is taken by the first write and kept while the connection is open.
    conn.execute_batch(
        "BEGIN EXCLUSIVE;
         CREATE TABLE IF NOT EXISTS edit (
             seq INTEGER PRIMARY KEY AUTOINCREMENT,
             entity TEXT NOT NULL,
             id BLOB NOT NULL,
             fields TEXT NOT NULL
         );
         CREATE TABLE IF NOT EXISTS info (id BLOB NOT NULL);
         INSERT INTO info (id) SELECT randomblob(16) WHERE NOT EXISTS (SELECT 1 FROM info);
         COMMIT;",
    )?;
    Ok(conn)
}

/// Moves an unreadable journal aside (kept for a person to look at, never deleted) so that it
/// does not stop the store from opening.
fn set_aside(data_dir: &Path) -> Result<bool> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", journal_path(data_dir).display()));
        if from.exists() {
            std::fs::rename(&from, data_dir.join(format!("pending-edits.unreadable-{stamp}.db{suffix}")))?;
        }
    }
    Ok(true)
}

/// Removes the journal's files (after its edits are in the store, or a stale one when a store
/// is created).
pub(crate) fn remove_journal(data_dir: &Path) -> Result<Vec<PathBuf>> {
    let mut removed = vec![];
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let file = PathBuf::from(format!("{}{suffix}", journal_path(data_dir).display()));
        if file.exists() {
            std::fs::remove_file(&file)?;
            removed.push(file);
        }
    }
    Ok(removed)
}
