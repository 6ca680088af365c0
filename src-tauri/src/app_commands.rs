//! The app itself for the webview: its status, creating, unlocking and locking the store, the
//! sample notebook, the catalogues and vocabularies, long jobs and the start-up report.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::{i18n, sample, schema, Passphrase, Store};
use serde::Serialize;
use serde_json::Value as Json;
use tauri::{AppHandle, State};

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
    fieldbook_core::vocabulary::vocabulary()
}

#[tauri::command(async)]
pub fn time_zones() -> Vec<&'static str> {
    schema::time_zones()
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
