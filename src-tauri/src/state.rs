//! The app's state as the commands share it: which data folder and profile, and the open store,
//! shared by `fieldbook_core::shared::Shared` (one writer, readers beside it, the edits journal).
//! This file is the Tauri glue only: every store call runs on a blocking thread, never on the
//! main thread that draws the window (docs/decisions.md, "The window never waits on the store").

use crate::error::{CmdError, Res};
use fieldbook_core::shared::{lock, Shared};
use fieldbook_core::{paths, Entity, Passphrase, RecordId, Store};
use serde_json::{Map, Value as Json};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

/// The data folder, the chosen profile and, while unlocked, the open store.
pub struct AppState {
    data_dir: PathBuf,
    /// The profile the unlock screen opens (`None`: the first, the data folder's own store).
    profile: Mutex<Option<String>>,
    shared: Shared,
}

/// The day on this machine, which check-ins and the dashboard count from.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Runs `f` on a thread for blocking work and waits for it without blocking the caller's.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Res<T> + Send + 'static) -> Res<T> {
    tauri::async_runtime::spawn_blocking(f).await.unwrap_or_else(|e| Err(CmdError::new("io", e.to_string())))
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
        let shared = Shared::new();
        if let Some(p) = passphrase {
            let dir = data_dir.clone();
            shared.opening(std::thread::spawn(move || {
                let pass = Passphrase::new(p);
                let opened = if Store::exists(&dir) { Store::open(&dir, &pass) } else { Store::init(&dir, &pass) };
                on_opened();
                opened.map_err(|e| eprintln!("fieldbook: FIELDBOOK_PASSPHRASE did not unlock the store: {e}")).ok()
            }));
        }
        AppState { data_dir, profile: Mutex::new(None), shared }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The profile chosen on the unlock screen (`None`: the first one).
    pub fn profile(&self) -> Option<String> {
        lock(&self.profile).clone()
    }

    /// Chooses the profile the next unlock opens.
    pub fn set_profile(&self, name: Option<String>) {
        *lock(&self.profile) = name;
    }

    /// The chosen profile's folder (its store, journal and files).
    pub fn profile_dir(&self) -> Res<PathBuf> {
        let name = self.profile();
        Ok(fieldbook_core::profiles::Profiles::load(&self.data_dir)?.dir_of(name.as_deref())?)
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
        let shared = self.shared.clone();
        blocking(move || Ok(shared.unlocked())).await.unwrap_or(false)
    }

    /// Opens (or creates) the chosen profile's store on a blocking thread, then makes it the
    /// app's.
    pub async fn open(&self, make: impl FnOnce(&Path) -> fieldbook_core::Result<Store> + Send + 'static) -> Res<()> {
        let shared = self.shared.clone();
        let dir = self.profile_dir();
        blocking(move || {
            // The start-up unlock first: what it opened is replaced, not left behind.
            shared.unlocked();
            shared.install(make(&dir?)?);
            Ok(())
        })
        .await
    }

    /// Closes the store (locking the app): a running import or export is stopped first (it
    /// changes nothing), then the store and its key are dropped.
    pub async fn close(&self) -> Option<Store> {
        let shared = self.shared.clone();
        blocking(move || Ok(shared.take())).await.ok().flatten()
    }

    /// Reads on one of the readers, beside any write.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        self.read_as(f).await
    }

    /// [`AppState::read`] for a call that fails with another crate's error (a PDF's).
    pub async fn read_as<T: Send + 'static, E: From<fieldbook_core::Error> + Into<CmdError> + Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, E> + Send + 'static,
    ) -> Res<T> {
        let shared = self.shared.clone();
        blocking(move || shared.read(f).map_err(Into::into)).await
    }

    /// Writes on the writer (after a running import).
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let shared = self.shared.clone();
        blocking(move || Ok(shared.write::<T, fieldbook_core::Error>(f)?)).await
    }

    /// Writes now when the writer is free; during an import, after it, without waiting for it.
    pub async fn write_soon(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<()> + Send + 'static,
    ) -> Res<()> {
        let shared = self.shared.clone();
        blocking(move || Ok(shared.write_soon(f)?)).await
    }

    /// A write that changes the store's key (a new passphrase).
    pub async fn write_rekey<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let shared = self.shared.clone();
        blocking(move || Ok(shared.write_rekey(f)?)).await
    }

    /// A long write (an import), cancellable by `kind` with [`AppState::cancel`].
    pub async fn long_write<T: Send + 'static>(
        &self,
        kind: &str,
        f: impl FnOnce(&mut Store, &AtomicBool) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        let (shared, kind) = (self.shared.clone(), kind.to_string());
        blocking(move || Ok(shared.long_write(&kind, f)?)).await
    }

    /// A long read (an export, tables), cancellable like [`AppState::long_write`].
    pub async fn long_read<T: Send + 'static>(
        &self,
        kind: &str,
        f: impl FnOnce(&Store, &AtomicBool) -> fieldbook_core::Result<T> + Send + 'static,
    ) -> Res<T> {
        self.long_read_as(kind, f).await
    }

    /// [`AppState::long_read`] for a call that fails with another crate's error (a publish's).
    pub async fn long_read_as<T: Send + 'static, E: From<fieldbook_core::Error> + Into<CmdError> + Send + 'static>(
        &self,
        kind: &str,
        f: impl FnOnce(&Store, &AtomicBool) -> Result<T, E> + Send + 'static,
    ) -> Res<T> {
        let (shared, kind) = (self.shared.clone(), kind.to_string());
        blocking(move || shared.long_read(&kind, f).map_err(Into::into)).await
    }

    /// Asks every running operation of this kind to stop; whether one was running.
    pub fn cancel(&self, kind: &str) -> bool {
        self.shared.cancel(kind)
    }

    /// An autosave: into the store, or into the journal while an import has the writer.
    pub async fn edit(&self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Res<()> {
        let shared = self.shared.clone();
        blocking(move || Ok(shared.edit(entity, id, fields)?)).await
    }
}
