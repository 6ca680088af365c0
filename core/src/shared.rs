//! The open store shared by threads, so that nobody waits on it who need not: one writer, readers
//! beside it (SQLite's WAL lets them read while an import writes), and the edits journal that takes
//! autosaves while a long import has the writer. Every call blocks; the desktop shell runs them on
//! blocking threads, never on the thread that draws the window (docs/decisions.md, "The window
//! never waits on the store").
//!
//! A panic inside a store call is caught here, so the pool and the writer stay whole; installed
//! (release) builds abort on a panic instead, which the store's transactions and the journal make
//! lose nothing (docs/decisions.md, "Release builds abort on a panic").

use crate::error::{Error, Result};
use crate::store::{Journal, JOURNAL_FILE};
use crate::{Entity, RecordId, Store};
use serde_json::{Map, Value as Json};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

/// Readers opened at unlock: a long export keeps one, quick reads share the other. Each is a
/// connection with its own page cache: more would cost memory for reads that are quick anyway.
const READERS: usize = 2;

/// The open store (or none, while locked), shared: cloning shares the same store.
#[derive(Clone, Default)]
pub struct Shared {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    unlocked: AtomicBool,
    /// Set while the store is being closed: no long write starts.
    closing: AtomicBool,
    writer: Mutex<Writer>,
    /// Signalled when a long write gives the writer back.
    writer_back: Condvar,
    readers: Mutex<Pool>,
    /// Signalled when a reader is given back, or the pool replaced.
    reader_back: Condvar,
    /// A store being opened on another thread (at start-up), installed by the first call.
    opening: Mutex<Option<JoinHandle<Option<Store>>>>,
    /// The cancel flag of each running long operation, with its kind (`import`, `export`, …).
    jobs: Mutex<Vec<(String, Arc<AtomicBool>)>>,
}

/// The writer, and where autosaves go: while a long write has taken the store out (`busy`),
/// into the journal. A journal that could not be written into the store yet stays here, and
/// every later edit goes after it, so edits never change order.
#[derive(Default)]
struct Writer {
    store: Option<Store>,
    busy: bool,
    journal: Option<Journal>,
}

impl Writer {
    /// Writes a waiting journal into the store; on failure keeps it, for the next write.
    fn flush(&mut self) {
        let (Some(store), Some(journal)) = (self.store.as_mut(), self.journal.take()) else { return };
        if let Err(e) = store.replay(journal) {
            eprintln!("fieldbook: the edits typed during the import wait in the journal: {e}");
            self.journal = store.journal().ok().flatten();
        }
    }
}

/// The readers and how many are lent out; `generation` changes when they are replaced (lock,
/// re-key): one lent before is then closed, not given back.
#[derive(Default)]
struct Pool {
    idle: Vec<Store>,
    lent: usize,
    generation: u64,
    /// Whether readers could be opened (not for a store unlocked without a derived key: then
    /// reads go to the writer).
    pooled: bool,
}

/// Takes the lock even after a holder panicked: the app carries on instead of failing every
/// later call.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

static GENERATIONS: AtomicU64 = AtomicU64::new(1);

/// Wakes every thread waiting on a condition when dropped (also while unwinding).
struct Wake<'a>(&'a Condvar);

impl Drop for Wake<'_> {
    fn drop(&mut self) {
        self.0.notify_all();
    }
}

impl Shared {
    /// Nothing open yet.
    pub fn new() -> Shared {
        Shared::default()
    }

    /// Installs what `opening` opens (a start-up unlock on another thread) at the first call
    /// that needs the store.
    pub fn opening(&self, opening: JoinHandle<Option<Store>>) {
        *lock(&self.inner.opening) = Some(opening);
    }

    /// Whether a store is open, once the start-up unlock (if any) has finished.
    pub fn unlocked(&self) -> bool {
        self.inner.settle();
        self.inner.unlocked.load(Ordering::SeqCst)
    }

    /// Makes `store` the shared one (what an earlier one's journal held goes into that one
    /// first).
    pub fn install(&self, store: Store) {
        self.inner.settle();
        self.inner.install(store);
    }

    /// Closes the store (locking the app): a running import or export is stopped first (it
    /// changes nothing), then the store is handed back with no other connection left open.
    pub fn take(&self) -> Option<Store> {
        self.inner.take()
    }

    /// Reads on one of the readers, beside any write. `f` may fail with an error of a crate
    /// built on core (a PDF's), which carries core's.
    pub fn read<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.inner.read(f)
    }

    /// Writes on the writer (after a running import).
    pub fn write<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.inner.write(f)
    }

    /// Writes now when the writer is free; during an import, after it, on another thread,
    /// without waiting for it (bookkeeping that may be late: which changes a recipient was sent).
    pub fn write_soon(&self, f: impl FnOnce(&mut Store) -> Result<()> + Send + 'static) -> Result<()> {
        self.inner.write_soon(f)
    }

    /// A write that changes the store's key (a new passphrase): the readers are closed first
    /// (SQLCipher re-keys only a file nobody else has open) and opened again after.
    pub fn write_rekey<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.inner.write_rekey(f)
    }

    /// A long write (an import): autosaves go to the journal while it runs and into the store
    /// as soon as it ends, whether it succeeded, failed or was stopped. `kind` names it for
    /// [`Shared::cancel`], which sets the flag `f` is given.
    pub fn long_write<T>(&self, kind: &str, f: impl FnOnce(&mut Store, &AtomicBool) -> Result<T>) -> Result<T> {
        self.job(kind, |inner, stop| inner.long_write(|s| f(s, stop)))
    }

    /// A long read (an export, tables): cancellable like [`Shared::long_write`], beside any
    /// write.
    pub fn long_read<T, E: From<Error>>(
        &self,
        kind: &str,
        f: impl FnOnce(&Store, &AtomicBool) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.job(kind, |inner, stop| inner.read(|s| f(s, stop)))
    }

    /// Runs `run` as a job of `kind`, with its own stop flag.
    fn job<R>(&self, kind: &str, run: impl FnOnce(&Inner, &AtomicBool) -> R) -> R {
        let stop = Arc::new(AtomicBool::new(false));
        lock(&self.inner.jobs).push((kind.to_string(), stop.clone()));
        let out = run(&self.inner, &stop);
        lock(&self.inner.jobs).retain(|(_, f)| !Arc::ptr_eq(f, &stop));
        out
    }

    /// Asks every running operation of this kind to stop; whether one was running.
    pub fn cancel(&self, kind: &str) -> bool {
        let jobs = lock(&self.inner.jobs);
        jobs.iter().filter(|(k, _)| k == kind).map(|(_, f)| f.store(true, Ordering::SeqCst)).count() > 0
    }

    /// An autosave: into the store, or into the journal while an import has the writer. Edits
    /// come one at a time (`ui/autosave.js` chains them), and the writer's lock orders them.
    pub fn edit(&self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Result<()> {
        self.inner.edit(entity, id, fields)
    }
}

impl Inner {
    fn edit(&self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Result<()> {
        self.settle();
        let mut w = lock(&self.writer);
        if w.busy {
            if let Some(journal) = &w.journal {
                return journal.push(entity, id, &fields);
            }
            // No journal (a store unlocked without a derived key): wait for the writer.
            w = self.free(w);
        }
        if let Some(journal) = &w.journal {
            journal.push(entity, id, &fields)?;
            w.flush();
            return Ok(());
        }
        let store = w.store.as_mut().ok_or(Error::Locked)?;
        store.update(entity, id, fields)
    }

    /// Waits for the start-up unlock, if one is running, and installs what it opened.
    fn settle(&self) {
        let mut opening = lock(&self.opening);
        if let Some(handle) = opening.take() {
            // Held while joining: a second caller waits for the same unlock.
            if let Some(store) = handle.join().ok().flatten() {
                self.install(store);
            }
        }
    }

    /// Waits until no long write has the store out.
    fn free<'a>(&self, mut w: MutexGuard<'a, Writer>) -> MutexGuard<'a, Writer> {
        while w.busy {
            w = self.writer_back.wait(w).unwrap_or_else(PoisonError::into_inner);
        }
        w
    }

    fn install(&self, store: Store) {
        let mut w = self.free(lock(&self.writer));
        // Unlocked twice: what the first store holds goes into it before it is replaced.
        w.flush();
        // A journal an earlier replay could not write waits for the next write (in order).
        let journal = w.journal.take().or_else(|| {
            let waiting = store.data_dir().join(JOURNAL_FILE).exists();
            if waiting {
                store.journal().ok().flatten()
            } else {
                None
            }
        });
        self.closing.store(false, Ordering::SeqCst);
        self.replace_readers(Some(&store));
        *w = Writer { store: Some(store), busy: false, journal };
        self.unlocked.store(true, Ordering::SeqCst);
    }

    /// New readers for `store` (none for `None`), once the lent ones are back or closed.
    fn replace_readers(&self, store: Option<&Store>) {
        let mut pool = lock(&self.readers);
        pool.generation = GENERATIONS.fetch_add(1, Ordering::SeqCst);
        pool.idle.clear();
        pool.pooled = false;
        self.reader_back.notify_all();
        let fresh: Vec<Store> =
            store.map_or_else(Vec::new, |s| (0..READERS).map_while(|_| s.reader().ok().flatten()).collect());
        pool.pooled = !fresh.is_empty();
        pool.idle = fresh;
        self.reader_back.notify_all();
    }

    fn take(&self) -> Option<Store> {
        self.settle();
        // Locking means now: a running import or export stops (and changes nothing), and one
        // waiting to start does not.
        self.closing.store(true, Ordering::SeqCst);
        for (_, flag) in lock(&self.jobs).iter() {
            flag.store(true, Ordering::SeqCst);
        }
        let mut w = self.free(lock(&self.writer));
        w.flush();
        self.unlocked.store(false, Ordering::SeqCst);
        self.replace_readers(None);
        // No connection holding the key outlives the lock (a wipe may follow it).
        let mut pool = lock(&self.readers);
        while pool.lent > 0 {
            pool = self.reader_back.wait(pool).unwrap_or_else(PoisonError::into_inner);
        }
        drop(pool);
        let taken = std::mem::take(&mut *w);
        taken.store
    }

    fn read<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.settle();
        if !self.unlocked.load(Ordering::SeqCst) {
            return Err(Error::Locked.into());
        }
        let (reader, generation) = {
            let mut pool = lock(&self.readers);
            loop {
                if !self.unlocked.load(Ordering::SeqCst) {
                    return Err(Error::Locked.into());
                }
                if !pool.pooled {
                    drop(pool);
                    return self.write(|w| f(w));
                }
                if let Some(r) = pool.idle.pop() {
                    pool.lent += 1;
                    break (r, pool.generation);
                }
                pool = self.reader_back.wait(pool).unwrap_or_else(PoisonError::into_inner);
            }
        };
        // Given back even if `f` panics: a re-key waits for every lent reader.
        let out = catch_unwind(AssertUnwindSafe(|| f(&reader)));
        let mut pool = lock(&self.readers);
        if pool.generation == generation {
            // After a panic the connection is replaced by a fresh one, so the pool never shrinks.
            match out {
                Ok(_) => pool.idle.push(reader),
                Err(_) => pool.idle.extend(reader.reader().ok().flatten()),
            }
        } else {
            // Replaced meanwhile (lock, re-key): closed before anyone learns it is back.
            drop(reader);
        }
        pool.lent -= 1;
        self.reader_back.notify_all();
        out.unwrap_or(Err(Error::Interrupted.into()))
    }

    fn write<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.settle();
        let mut w = self.ready(self.free(lock(&self.writer)))?;
        let store = w.store.as_mut().ok_or(Error::Locked)?;
        f(store)
    }

    /// The writer with no journalled edit left: a write must not go in before edits typed
    /// earlier (they would be stamped after it and undo it).
    fn ready<'a>(&self, mut w: MutexGuard<'a, Writer>) -> Result<MutexGuard<'a, Writer>> {
        w.flush();
        if w.journal.is_some() {
            return Err(Error::EditsWaiting);
        }
        Ok(w)
    }

    /// [`Shared::write_soon`]: now, under one lock, when the writer is free; else after the
    /// running import, on another thread.
    fn write_soon(self: &Arc<Self>, f: impl FnOnce(&mut Store) -> Result<()> + Send + 'static) -> Result<()> {
        self.settle();
        let w = lock(&self.writer);
        if !w.busy {
            let mut w = self.ready(w)?;
            let store = w.store.as_mut().ok_or(Error::Locked)?;
            return f(store);
        }
        drop(w);
        let inner = self.clone();
        std::thread::spawn(move || {
            if let Err(e) = inner.write::<(), Error>(f) {
                eprintln!("fieldbook: {}", e.detail());
            }
        });
        Ok(())
    }

    fn write_rekey<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.settle();
        let mut w = self.ready(self.free(lock(&self.writer)))?;
        let store = w.store.as_mut().ok_or(Error::Locked)?;
        {
            // Close the readers and wait for the lent ones (an export) to finish.
            let mut pool = lock(&self.readers);
            pool.generation = GENERATIONS.fetch_add(1, Ordering::SeqCst);
            pool.idle.clear();
            while pool.lent > 0 {
                pool = self.reader_back.wait(pool).unwrap_or_else(PoisonError::into_inner);
            }
        }
        let out = catch_unwind(AssertUnwindSafe(|| f(store)));
        self.replace_readers(Some(store));
        out.unwrap_or(Err(Error::Interrupted))
    }

    fn long_write<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.settle();
        let mut store = {
            let mut w = self.ready(self.free(lock(&self.writer)))?;
            if self.closing.load(Ordering::SeqCst) {
                return Err(Error::Locked);
            }
            let store = w.store.take().ok_or(Error::Locked)?;
            // A journal an earlier flush could not write stays, and new edits go after its own.
            // Without a journal (no derived key, or it cannot be made) autosaves wait instead.
            if w.journal.is_none() {
                w.journal = store.journal().ok().flatten();
            }
            w.busy = true;
            store
        };
        let out = catch_unwind(AssertUnwindSafe(|| f(&mut store)));
        // Whatever happens next, those waiting for the writer are woken.
        let _wake = Wake(&self.writer_back);
        let mut w = lock(&self.writer);
        w.store = Some(store);
        w.busy = false;
        // Still holding the writer: what was typed meanwhile goes in before any later edit.
        w.flush();
        drop(w);
        out.unwrap_or(Err(Error::Interrupted))
    }
}

#[cfg(test)]
#[path = "shared_tests.rs"]
mod tests;
