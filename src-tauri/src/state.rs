//! The open store as the commands share it, so that the window never waits on it: one writer,
//! readers beside it (SQLite's WAL lets them read while an import writes), and the edits journal
//! that takes autosaves while a long import has the writer. Every store call runs on a blocking
//! thread, never on the main thread that draws the window (docs/decisions.md, "The window never
//! waits on the store").
//!
//! A panic inside a store call is caught here in development builds and tests, so the pool and
//! the writer stay whole; the installed (release) builds abort on a panic instead, which the
//! store's transactions and the journal make lose nothing (docs/decisions.md, "Release builds
//! abort on a panic").

use crate::commands::{CmdError, Res};
use fieldbook_core::store::Journal;
use fieldbook_core::{paths, Entity, Passphrase, RecordId, Store};
use serde_json::{Map, Value as Json};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

/// Readers opened at unlock: a long export keeps one, quick reads share the other. Each is a
/// connection with its own page cache: more would cost memory for reads that are quick anyway.
const READERS: usize = 2;

/// The data folder and, while unlocked, the open store.
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    data_dir: PathBuf,
    /// The profile the unlock screen opens (`None`: the first, the data folder's own store).
    profile: Mutex<Option<String>>,
    unlocked: AtomicBool,
    /// Set while the app locks: no long write starts.
    closing: AtomicBool,
    writer: Mutex<Writer>,
    /// Signalled when a long write gives the writer back.
    writer_back: Condvar,
    readers: Mutex<Pool>,
    /// Signalled when a reader is given back, or the pool replaced.
    reader_back: Condvar,
    /// The store being opened with `FIELDBOOK_PASSPHRASE` while the window is built.
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

/// Takes the lock even after a holder panicked: the app carries on instead of failing every later call.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn locked() -> CmdError {
    CmdError::new("locked", String::new())
}

/// A panic inside a store operation: its transaction rolled back as the stack unwound.
fn internal() -> CmdError {
    CmdError::new("internal", "the operation stopped unexpectedly; nothing was changed".into())
}

/// Runs `f` on a thread for blocking work and waits for it without blocking the caller's.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Res<T> + Send + 'static) -> Res<T> {
    tauri::async_runtime::spawn_blocking(f).await.unwrap_or_else(|e| Err(CmdError::new("io", e.to_string())))
}

static GENERATIONS: AtomicU64 = AtomicU64::new(1);

/// Wakes every thread waiting on a condition when dropped (also while unwinding).
struct Wake<'a>(&'a Condvar);

impl Drop for Wake<'_> {
    fn drop(&mut self) {
        self.0.notify_all();
    }
}

impl AppState {
    /// Reads `FIELDBOOK_DATA_DIR`; with `FIELDBOOK_PASSPHRASE` (automation and tests only) the
    /// store is opened, or created, on another thread while the window is built; `on_opened`
    /// runs when it is. The passphrase is taken out of the environment as it is read, so the
    /// WebKit processes the window starts never inherit it. Call before any other thread starts
    /// (the environment is process-wide).
    pub fn from_env(on_opened: impl FnOnce() + Send + 'static) -> AppState {
        let data_dir = paths::default_data_dir();
        let passphrase = std::env::var("FIELDBOOK_PASSPHRASE").ok();
        std::env::remove_var("FIELDBOOK_PASSPHRASE");
        crate::commands::read_allow_dir();
        let opening = passphrase.map(|p| {
            let dir = data_dir.clone();
            std::thread::spawn(move || {
                let pass = Passphrase::new(p);
                let opened = if Store::exists(&dir) { Store::open(&dir, &pass) } else { Store::init(&dir, &pass) };
                on_opened();
                opened.map_err(|e| eprintln!("fieldbook: FIELDBOOK_PASSPHRASE did not unlock the store: {e}")).ok()
            })
        });
        let inner = Inner {
            data_dir,
            profile: Mutex::new(None),
            unlocked: AtomicBool::new(false),
            closing: AtomicBool::new(false),
            writer: Mutex::new(Writer::default()),
            writer_back: Condvar::new(),
            readers: Mutex::new(Pool::default()),
            reader_back: Condvar::new(),
            opening: Mutex::new(opening),
            jobs: Mutex::new(Vec::new()),
        };
        AppState { inner: Arc::new(inner) }
    }

    pub fn data_dir(&self) -> &Path {
        &self.inner.data_dir
    }

    /// The profile chosen on the unlock screen (`None`: the first one).
    pub fn profile(&self) -> Option<String> {
        lock(&self.inner.profile).clone()
    }

    /// Chooses the profile the next unlock opens.
    pub fn set_profile(&self, name: Option<String>) {
        *lock(&self.inner.profile) = name;
    }

    /// The chosen profile's folder (its store, journal and files).
    pub fn profile_dir(&self) -> Res<PathBuf> {
        self.inner.profile_dir()
    }

    /// Whether the open store is the sample notebook, whose passphrase is public: nothing is
    /// imported into it or sent from it.
    pub async fn is_sample(&self) -> bool {
        let data_dir = self.data_dir().to_path_buf();
        self.read(move |s| Ok(fieldbook_core::sample::is_sample(s, &data_dir))).await.unwrap_or(false)
    }

    /// Refuses while the sample notebook is open (imports, exports, publishing).
    pub async fn real_only(&self) -> Res<()> {
        if self.is_sample().await {
            return Err(CmdError::new("sample-stays-here", String::new()));
        }
        Ok(())
    }

    /// Whether a store is open, once the start-up unlock (if any) has finished.
    pub async fn unlocked(&self) -> bool {
        let inner = self.inner.clone();
        blocking(move || {
            inner.settle();
            Ok(inner.unlocked.load(Ordering::SeqCst))
        })
        .await
        .unwrap_or(false)
    }

    /// Opens (or creates) the chosen profile's store on a blocking thread, then makes it the
    /// app's.
    pub async fn open(&self, make: impl FnOnce(&Path) -> fieldbook_core::Result<Store> + Send + 'static) -> Res<()> {
        let inner = self.inner.clone();
        blocking(move || {
            inner.settle();
            let store = make(&inner.profile_dir()?)?;
            inner.install(store);
            Ok(())
        })
        .await
    }

    /// Closes the store (locking the app): a running import or export is stopped first (it
    /// changes nothing), then the store and its key are dropped.
    pub async fn close(&self) -> Option<Store> {
        let inner = self.inner.clone();
        blocking(move || Ok(inner.take())).await.ok().flatten()
    }

    /// Reads on one of the readers, beside any write.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let inner = self.inner.clone();
        blocking(move || inner.read(f)).await
    }

    /// Writes on the writer (after a running import).
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let inner = self.inner.clone();
        blocking(move || inner.write(f)).await
    }

    /// Writes now when the writer is free; during an import, after it, without waiting for it
    /// (bookkeeping that may be late: which changes a recipient was sent).
    pub async fn write_soon(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<()> + Send + 'static,
    ) -> Res<()> {
        let inner = self.inner.clone();
        blocking(move || inner.write_soon(f)).await
    }

    /// A write that changes the store's key (a new passphrase): the readers are closed first
    /// (SQLCipher re-keys only a file nobody else has open) and opened again after.
    pub async fn write_rekey<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let inner = self.inner.clone();
        blocking(move || inner.write_rekey(f)).await
    }

    /// A long write (an import): autosaves go to the journal while it runs and into the store
    /// as soon as it ends, whether it succeeded, failed or was stopped. `kind` names it for
    /// [`AppState::cancel`].
    pub async fn long_write<T: Send + 'static>(
        &self,
        kind: &str,
        f: impl FnOnce(&mut Store, &AtomicBool) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        self.job(kind, move |inner, stop| inner.long_write(|s| f(s, stop))).await
    }

    /// A long read (an export, tables): cancellable like [`AppState::long_write`], beside any
    /// write.
    pub async fn long_read<T: Send + 'static>(
        &self,
        kind: &str,
        f: impl FnOnce(&Store, &AtomicBool) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        self.job(kind, move |inner, stop| inner.read(|s| f(s, stop))).await
    }

    /// Runs `run` on a blocking thread as a job of `kind`, with its own stop flag.
    async fn job<T: Send + 'static>(
        &self,
        kind: &str,
        run: impl FnOnce(&Inner, &AtomicBool) -> Res<T> + Send + 'static,
    ) -> Res<T> {
        let stop = Arc::new(AtomicBool::new(false));
        lock(&self.inner.jobs).push((kind.to_string(), stop.clone()));
        let inner = self.inner.clone();
        blocking(move || {
            let out = run(&inner, &stop);
            lock(&inner.jobs).retain(|(_, f)| !Arc::ptr_eq(f, &stop));
            out
        })
        .await
    }

    /// Asks every running operation of this kind to stop; whether one was running.
    pub fn cancel(&self, kind: &str) -> bool {
        let jobs = lock(&self.inner.jobs);
        jobs.iter().filter(|(k, _)| k == kind).map(|(_, f)| f.store(true, Ordering::SeqCst)).count() > 0
    }

    /// An autosave: into the store, or into the journal while an import has the writer. Edits
    /// come one at a time (`ui/autosave.js` chains them), and the writer's lock orders them.
    pub async fn edit(&self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Res<()> {
        let inner = self.inner.clone();
        blocking(move || inner.edit(entity, id, fields)).await
    }
}

impl Inner {
    fn edit(&self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Res<()> {
        self.settle();
        let mut w = lock(&self.writer);
        if w.busy {
            if let Some(journal) = &w.journal {
                return Ok(journal.push(entity, id, &fields)?);
            }
            // No journal (a store unlocked without a derived key): wait for the writer.
            w = self.free(w);
        }
        if let Some(journal) = &w.journal {
            journal.push(entity, id, &fields)?;
            w.flush();
            return Ok(());
        }
        let store = w.store.as_mut().ok_or_else(locked)?;
        Ok(store.update(entity, id, fields)?)
    }

    fn profile_dir(&self) -> Res<PathBuf> {
        let name = lock(&self.profile).clone();
        Ok(fieldbook_core::profiles::Profiles::load(&self.data_dir)?.dir_of(name.as_deref())?)
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
            let waiting = store.data_dir().join(fieldbook_core::store::JOURNAL_FILE).exists();
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

    fn read<T>(&self, f: impl FnOnce(&Store) -> fieldbook_core::Result<T>) -> Res<T> {
        self.settle();
        if !self.unlocked.load(Ordering::SeqCst) {
            return Err(locked());
        }
        let (reader, generation) = {
            let mut pool = lock(&self.readers);
            loop {
                if !self.unlocked.load(Ordering::SeqCst) {
                    return Err(locked());
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
        match out {
            Ok(out) => Ok(out?),
            Err(_) => Err(internal()),
        }
    }

    fn write<T>(&self, f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T>) -> Res<T> {
        self.settle();
        let mut w = self.ready(self.free(lock(&self.writer)))?;
        let store = w.store.as_mut().ok_or_else(locked)?;
        Ok(f(store)?)
    }

    /// The writer with no journalled edit left: a write must not go in before edits typed
    /// earlier (they would be stamped after it and undo it).
    fn ready<'a>(&self, mut w: MutexGuard<'a, Writer>) -> Res<MutexGuard<'a, Writer>> {
        w.flush();
        if w.journal.is_some() {
            return Err(CmdError::new("edits-waiting", String::new()));
        }
        Ok(w)
    }

    /// [`AppState::write_soon`]: now, under one lock, when the writer is free; else after the
    /// running import, on another thread.
    fn write_soon(
        self: &Arc<Self>,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<()> + Send + 'static,
    ) -> Res<()> {
        self.settle();
        let w = lock(&self.writer);
        if !w.busy {
            let mut w = self.ready(w)?;
            let store = w.store.as_mut().ok_or_else(locked)?;
            return Ok(f(store)?);
        }
        drop(w);
        let inner = self.clone();
        std::thread::spawn(move || {
            if let Err(e) = inner.write(f) {
                eprintln!("fieldbook: {}", e.detail());
            }
        });
        Ok(())
    }

    fn write_rekey<T>(&self, f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T>) -> Res<T> {
        self.settle();
        let mut w = self.ready(self.free(lock(&self.writer)))?;
        let store = w.store.as_mut().ok_or_else(locked)?;
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
        match out {
            Ok(out) => Ok(out?),
            Err(_) => Err(internal()),
        }
    }

    fn long_write<T>(&self, f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T>) -> Res<T> {
        self.settle();
        let mut store = {
            let mut w = self.ready(self.free(lock(&self.writer)))?;
            if self.closing.load(Ordering::SeqCst) {
                return Err(locked());
            }
            let store = w.store.take().ok_or_else(locked)?;
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
        match out {
            Ok(out) => Ok(out?),
            Err(_) => Err(internal()),
        }
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
