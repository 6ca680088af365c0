//! The commands the webview may call: one-line adapters over fieldbook-core, with errors sent
//! as `{code, detail}` so the UI can show the localised, actionable message.

pub use crate::state::AppState;
use fieldbook_core::store::SessionPage;
use fieldbook_core::{i18n, sample, schema, Entity, Passphrase, RecordId, SessionDoc, SessionFilter, Store};
use serde::Serialize;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::path::PathBuf;
use tauri::{AppHandle, State};

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
    pub fn new(code: &str, detail: String) -> CmdError {
        CmdError { code: code.into(), detail, min: Passphrase::MIN_CHARS, file: None, args: BTreeMap::new() }
    }

    /// The English detail, for the log.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The stable code.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl From<fieldbook_core::Error> for CmdError {
    fn from(e: fieldbook_core::Error) -> Self {
        use fieldbook_core::Error as E;
        let root = e.root();
        let detail = e.detail();
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

/// Reads `FIELDBOOK_ALLOW_DIR` once, at start.
pub fn read_allow_dir() {
    ALLOW_DIR.get_or_init(|| std::env::var_os("FIELDBOOK_ALLOW_DIR").filter(|d| !d.is_empty()).map(PathBuf::from));
}

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

/// What the first screen needs to know.
#[derive(Serialize)]
pub struct Status {
    exists: bool,
    unlocked: bool,
    data_dir: String,
    min_passphrase: usize,
    /// The open store is the sample notebook (`fieldbook_core::sample`).
    sample: bool,
    /// Whether a sample notebook exists, to offer going back to it or deleting it.
    sample_exists: bool,
    /// The one version of the workspace, for About.
    version: &'static str,
    /// The profile the unlock screen opens, and every profile's label (one entry: no choice to
    /// offer).
    profile: Option<String>,
    profiles: Vec<fieldbook_core::profiles::ProfileInfo>,
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Res<Status> {
    let profiles = fieldbook_core::profiles::Profiles::load(state.data_dir())?.list();
    Ok(Status {
        exists: Store::exists(&state.profile_dir()?),
        unlocked: state.unlocked().await,
        data_dir: state.data_dir().display().to_string(),
        min_passphrase: Passphrase::MIN_CHARS,
        sample: state.is_sample().await,
        sample_exists: Store::exists(&sample::sample_dir(state.data_dir())),
        version: env!("CARGO_PKG_VERSION"),
        profile: state.profile(),
        profiles,
    })
}

#[tauri::command]
pub async fn create_store(state: State<'_, AppState>, passphrase: String) -> Res<()> {
    state.open(move |dir| Store::init(dir, &Passphrase::new(passphrase))).await
}

/// Deriving the key takes a quarter of a second: on a blocking thread, never the window's.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Res<()> {
    state.open(move |dir| Store::open(dir, &Passphrase::new(passphrase))).await
}

/// Opens the sample notebook (made the first time) instead of the person's own.
#[tauri::command]
pub async fn open_sample(state: State<'_, AppState>) -> Res<()> {
    // Never over an open store: what it holds (its journal of edits included) stays its own.
    state.close().await;
    let root = state.data_dir().to_path_buf();
    state.open(move |_| sample::open(&root)).await
}

/// Closes the sample notebook if it is open, and deletes it; the real store is not touched.
#[tauri::command]
pub async fn delete_sample(state: State<'_, AppState>) -> Res<bool> {
    if state.is_sample().await {
        state.close().await;
    }
    let dir = state.data_dir().to_path_buf();
    Ok(sample::delete(&dir)?)
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Res<()> {
    state.close().await;
    Ok(())
}

#[tauri::command(async)]
pub fn catalog(lang: String) -> &'static str {
    i18n::ftl_source(&lang)
}

/// The interface languages: code, name in that language, writing direction and what separates
/// the items of a list typed as text. With
/// `FIELDBOOK_PSEUDO_LOCALE` set (tests), the pseudo-locale too.
#[tauri::command(async)]
pub fn languages() -> Json {
    let pseudo = std::env::var_os("FIELDBOOK_PSEUDO_LOCALE").map(|_| (fieldbook_core::pseudo::PSEUDO, "[Ƥšéûðó ···]"));
    let list = i18n::LANGUAGES.iter().copied().chain(pseudo).map(|(code, name)| {
        let dir = if i18n::RIGHT_TO_LEFT.contains(&code) { "rtl" } else { "ltr" };
        serde_json::json!({ "code": code, "name": name, "dir": dir, "separator": i18n::list_separator(code) })
    });
    Json::Array(list.collect())
}

#[tauri::command(async)]
pub fn vocabulary() -> Json {
    schema::vocabulary()
}

#[tauri::command(async)]
pub fn time_zones() -> Vec<&'static str> {
    schema::time_zones()
}

/// One page of the sessions list (`filter.offset`, `filter.limit`) and the number matching.
#[tauri::command]
pub async fn list_sessions(state: State<'_, AppState>, filter: SessionFilter) -> Res<SessionPage> {
    state.read(move |s| s.session_page(&filter)).await
}

#[tauri::command]
pub async fn session_doc(state: State<'_, AppState>, id: RecordId) -> Res<SessionDoc> {
    state.read(move |s| s.session_doc(id)).await
}

#[tauri::command]
pub async fn create_session(state: State<'_, AppState>, fields: Map<String, Json>) -> Res<RecordId> {
    state.write(move |s| s.create_session(fields)).await
}

#[tauri::command]
pub async fn add_guide_questions(state: State<'_, AppState>, session_id: RecordId, guide_id: RecordId) -> Res<()> {
    state.write(move |s| s.add_guide_questions(session_id, guide_id)).await
}

#[tauri::command]
pub async fn list_records(state: State<'_, AppState>, entity: Entity) -> Res<Vec<Map<String, Json>>> {
    state.read(move |s| s.list(entity)).await
}

#[tauri::command]
pub async fn child_records(
    state: State<'_, AppState>,
    entity: Entity,
    parent_field: String,
    parent_id: RecordId,
) -> Res<Vec<Map<String, Json>>> {
    state.read(move |s| s.children(entity, &parent_field, parent_id)).await
}

#[tauri::command]
pub async fn create_record(state: State<'_, AppState>, entity: Entity, fields: Map<String, Json>) -> Res<RecordId> {
    state.write(move |s| s.create(entity, fields)).await
}

/// An autosave: saved at once, into the edits journal while an import holds the store.
#[tauri::command]
pub async fn update_record(
    state: State<'_, AppState>,
    entity: Entity,
    id: RecordId,
    fields: Map<String, Json>,
) -> Res<()> {
    state.edit(entity, id, fields).await
}

#[tauri::command]
pub async fn delete_record(state: State<'_, AppState>, entity: Entity, id: RecordId) -> Res<()> {
    state.write(move |s| s.delete(entity, id)).await
}

#[tauri::command]
pub async fn move_record(state: State<'_, AppState>, entity: Entity, id: RecordId, up: bool) -> Res<()> {
    state.write(move |s| s.move_item(entity, id, up)).await
}

/// Asks the running long operation of `kind` (`import`, `export`) to stop; it rolls back.
#[tauri::command(async)]
pub fn cancel_job(state: State<'_, AppState>, kind: String) -> bool {
    state.cancel(&kind)
}

/// Called by the UI once its first screen is painted: the unlock screen, or (unlocked with
/// `FIELDBOOK_PASSPHRASE`) the first screen with its data. With `FIELDBOOK_READY_EXIT`
/// (benchmarks), prints `ready_ms=` and the start-up phases, each as milliseconds since the
/// process started, then exits (`1`) or stays open (`stay`). `marks` are the page's own
/// (`performance.now()`, from `time_origin`, the page's start in milliseconds since 1970).
#[tauri::command(async)]
pub fn report_ready(app: AppHandle, marks: Vec<(String, f64)>, time_origin: f64) {
    // `1`: print and exit; `stay`: print and stay open (the benchmark then reads the memory).
    let mode = std::env::var("FIELDBOOK_READY_EXIT").unwrap_or_default();
    if mode != "1" && mode != "stay" {
        return;
    }
    let Some((started, wall)) = crate::STARTED.get() else { return };
    println!("ready_ms={}", started.elapsed().as_millis());
    let since_1970 = wall.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let page = time_origin - since_1970;
    // Unlocking with `FIELDBOOK_PASSPHRASE` runs beside the window's start: its end comes first
    // in the list, wherever it falls among the page's phases.
    let mut phases: Vec<String> = crate::UNLOCKED_MS.get().map(|ms| format!("unlocked:{ms}")).into_iter().collect();
    phases.push(format!("page:{page:.0}"));
    phases.extend(marks.iter().map(|(name, at)| format!("{name}:{:.0}", page + at)));
    println!("phases_ms={}", phases.join(" "));
    if mode == "1" {
        app.exit(0);
    }
}
