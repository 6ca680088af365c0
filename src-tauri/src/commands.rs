//! The commands the webview may call: one-line adapters over fieldbook-core, with errors sent
//! as `{code, detail}` so the UI can show the localised, actionable message.

use fieldbook_core::{i18n, paths, schema, Entity, Passphrase, RecordId, SessionDoc, SessionFilter, SessionRow, Store};
use serde::Serialize;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, State};

/// The data folder and, while unlocked, the open store.
pub struct AppState {
    pub data_dir: PathBuf,
    store: Mutex<Option<Store>>,
}

/// An error as the UI receives it: a stable code, the English detail, and the arguments its
/// localised message needs (`fingerprint`, `found`, `supported`, `script`, `font`), flattened.
#[derive(Debug, Serialize)]
pub struct CmdError {
    code: String,
    detail: String,
    min: usize,
    /// Which file, for errors about one of several bundles.
    file: Option<String>,
    #[serde(flatten)]
    args: BTreeMap<&'static str, String>,
}

impl CmdError {
    fn new(code: &str, detail: String) -> CmdError {
        CmdError { code: code.into(), detail, min: Passphrase::MIN_CHARS, file: None, args: BTreeMap::new() }
    }
}

impl From<fieldbook_core::Error> for CmdError {
    fn from(e: fieldbook_core::Error) -> Self {
        use fieldbook_core::Error as E;
        let root = e.root();
        let detail = match root {
            E::BundleDamaged(why) | E::RecoveryShare(why) | E::AboveTier(why) => why.clone(),
            E::NoFontFor(chars) => chars.clone(),
            other => other.to_string(),
        };
        let mut err = CmdError::new(root.code(), detail);
        if let E::InFile { file, .. } = &e {
            err.file = Some(file.clone());
        }
        let args = root.args();
        err.args.extend(args);
        err
    }
}

pub type Res<T> = Result<T, CmdError>;

/// A path the person chose in a native file dialog. The dialog plugin adds every path it returns
/// to the fs plugin's scope, and nothing else adds to it (but `FIELDBOOK_ALLOW_DIR`, read at
/// start for the tests): a path that a compromised webview made up is refused, so it cannot
/// write a restricted table or read a file anywhere it likes.
pub fn chosen(app: &AppHandle, path: PathBuf) -> Res<PathBuf> {
    use tauri_plugin_fs::FsExt;
    if app.fs_scope().is_allowed(&path) || allowed_for_tests(&path) {
        Ok(path)
    } else {
        Err(CmdError::new("path-not-chosen", path.display().to_string()))
    }
}

/// The folder `FIELDBOOK_ALLOW_DIR` names, read once at start: end-to-end tests answer the file
/// dialogs themselves (WebDriver cannot drive native dialogs), with files below it. Set by
/// whoever starts the process, never by the webview; unset in use.
static ALLOW_DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

fn allowed_for_tests(path: &std::path::Path) -> bool {
    let Some(Some(dir)) = ALLOW_DIR.get() else { return false };
    // Both sides resolved (symlinks, `..`): a file to be written may not exist yet, so its
    // folder is resolved and its name put back. The root, or an empty name, allows nothing.
    let Ok(dir) = dir.canonicalize() else { return false };
    let resolved = if path.exists() {
        path.canonicalize().ok()
    } else {
        match (path.parent().map(std::path::Path::canonicalize), path.file_name()) {
            (Some(Ok(parent)), Some(name)) => Some(parent.join(name)),
            _ => None,
        }
    };
    dir.parent().is_some() && resolved.is_some_and(|p| p.starts_with(&dir))
}

impl AppState {
    /// Reads `FIELDBOOK_DATA_DIR`; with `FIELDBOOK_PASSPHRASE` (automation and tests only) the
    /// store is opened, or created, before the window shows. The passphrase is taken out of the
    /// environment as it is read, so the WebKit processes the window starts never inherit it.
    /// Call before any other thread starts (the environment is process-wide).
    pub fn from_env() -> AppState {
        let data_dir = paths::default_data_dir();
        let passphrase = std::env::var("FIELDBOOK_PASSPHRASE").ok();
        std::env::remove_var("FIELDBOOK_PASSPHRASE");
        ALLOW_DIR.get_or_init(|| std::env::var_os("FIELDBOOK_ALLOW_DIR").filter(|d| !d.is_empty()).map(PathBuf::from));
        let store = passphrase.and_then(|p| {
            let pass = Passphrase::new(p);
            let opened =
                if Store::exists(&data_dir) { Store::open(&data_dir, &pass) } else { Store::init(&data_dir, &pass) };
            opened.map_err(|e| eprintln!("fieldbook: FIELDBOOK_PASSPHRASE did not unlock the store: {e}")).ok()
        });
        AppState { data_dir, store: Mutex::new(store) }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> fieldbook_core::Result<T>) -> Res<T> {
        let mut guard = self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match guard.as_mut() {
            Some(store) => Ok(f(store)?),
            None => Err(CmdError::new("locked", String::new())),
        }
    }

    /// Takes the open store out (locking the app), e.g. to wipe it.
    pub fn take(&self) -> Option<Store> {
        self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take()
    }

    fn set(&self, store: Option<Store>) {
        *self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = store;
    }
}

/// What the first screen needs to know.
#[derive(Serialize)]
pub struct Status {
    exists: bool,
    unlocked: bool,
    data_dir: String,
    min_passphrase: usize,
}

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> Status {
    Status {
        exists: Store::exists(&state.data_dir),
        unlocked: state.with(|_| Ok(())).is_ok(),
        data_dir: state.data_dir.display().to_string(),
        min_passphrase: Passphrase::MIN_CHARS,
    }
}

#[tauri::command]
pub fn create_store(state: State<'_, AppState>, passphrase: String) -> Res<()> {
    state.set(Some(Store::init(&state.data_dir, &Passphrase::new(passphrase))?));
    Ok(())
}

#[tauri::command]
pub fn unlock(state: State<'_, AppState>, passphrase: String) -> Res<()> {
    state.set(Some(Store::open(&state.data_dir, &Passphrase::new(passphrase))?));
    Ok(())
}

#[tauri::command]
pub fn lock(state: State<'_, AppState>) {
    state.set(None);
}

#[tauri::command]
pub fn catalog(lang: String) -> &'static str {
    i18n::ftl_source(&lang)
}

#[tauri::command]
pub fn vocabulary() -> Json {
    schema::vocabulary()
}

#[tauri::command]
pub fn time_zones() -> Vec<&'static str> {
    schema::time_zones()
}

#[tauri::command]
pub fn list_sessions(state: State<'_, AppState>, filter: SessionFilter) -> Res<Vec<SessionRow>> {
    state.with(|s| s.list_sessions(&filter))
}

#[tauri::command]
pub fn session_doc(state: State<'_, AppState>, id: RecordId) -> Res<SessionDoc> {
    state.with(|s| s.session_doc(id))
}

#[tauri::command]
pub fn create_session(state: State<'_, AppState>, fields: Map<String, Json>) -> Res<RecordId> {
    state.with(|s| s.create_session(fields))
}

#[tauri::command]
pub fn add_guide_questions(state: State<'_, AppState>, session_id: RecordId, guide_id: RecordId) -> Res<()> {
    state.with(|s| s.add_guide_questions(session_id, guide_id))
}

#[tauri::command]
pub fn list_records(state: State<'_, AppState>, entity: Entity) -> Res<Vec<Map<String, Json>>> {
    state.with(|s| s.list(entity))
}

#[tauri::command]
pub fn child_records(
    state: State<'_, AppState>,
    entity: Entity,
    parent_field: String,
    parent_id: RecordId,
) -> Res<Vec<Map<String, Json>>> {
    state.with(|s| s.children(entity, &parent_field, parent_id))
}

#[tauri::command]
pub fn create_record(state: State<'_, AppState>, entity: Entity, fields: Map<String, Json>) -> Res<RecordId> {
    state.with(|s| s.create(entity, fields))
}

#[tauri::command]
pub fn update_record(state: State<'_, AppState>, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Res<()> {
    state.with(|s| s.update(entity, id, fields))
}

#[tauri::command]
pub fn delete_record(state: State<'_, AppState>, entity: Entity, id: RecordId) -> Res<()> {
    state.with(|s| s.delete(entity, id))
}

#[tauri::command]
pub fn move_record(state: State<'_, AppState>, entity: Entity, id: RecordId, up: bool) -> Res<()> {
    state.with(|s| s.move_item(entity, id, up))
}

/// Called by the UI once the first screen after unlock is painted with its data. With
/// `FIELDBOOK_READY_EXIT=1` (benchmarks), prints `ready_ms=` and the start-up phases, each as
/// milliseconds since the process started, then exits. `marks` are the page's own
/// (`performance.now()`, from `time_origin`, the page's start in milliseconds since 1970).
#[tauri::command]
pub fn report_ready(app: AppHandle, marks: Vec<(String, f64)>, time_origin: f64) {
    if std::env::var("FIELDBOOK_READY_EXIT").as_deref() != Ok("1") {
        return;
    }
    let Some((started, wall)) = crate::STARTED.get() else { return };
    println!("ready_ms={}", started.elapsed().as_millis());
    let since_1970 = wall.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let page = time_origin - since_1970;
    let mut phases = vec![format!("unlocked:{}", crate::UNLOCKED_MS.get().copied().unwrap_or(0))];
    phases.push(format!("page:{page:.0}"));
    phases.extend(marks.iter().map(|(name, at)| format!("{name}:{:.0}", page + at)));
    println!("phases_ms={}", phases.join(" "));
    app.exit(0);
}
