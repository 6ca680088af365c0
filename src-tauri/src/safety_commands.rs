//! Safety commands for the webview: re-key, the unexported-changes warning, wipe, the audit
//! history and table exports cut to a tier.

use crate::commands::{chosen, AppState, Res};
use fieldbook_core::profiles::Profiles;
use fieldbook_core::progress::{Progress, Step};
use fieldbook_core::store::{wipe_store_files, HistoryEntry};
use fieldbook_core::table::{TableFormat, TableReport};
use fieldbook_core::tier::Tier;
use fieldbook_core::{Passphrase, RecordId, Store};
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// Re-encrypts the whole store: on the writer (autosaves wait), with new readers after.
#[tauri::command]
pub async fn change_passphrase(state: State<'_, AppState>, current: String, new: String) -> Res<()> {
    // The sample's passphrase is the one `sample::open` knows.
    state.real_only().await?;
    state.write_rekey(move |s| s.change_passphrase(&Passphrase::new(current), &Passphrase::new(new))).await
}

#[tauri::command]
pub async fn unexported_changes(state: State<'_, AppState>) -> Res<i64> {
    state.read(|s| s.unexported_changes()).await
}

/// Closes the store (dropping its key) and destroys its files; returns how many were removed.
/// Only the store that was open goes (or, locked, the chosen profile's): a profile other than
/// the first is removed with its folder, the first profile's store is wiped and the profile
/// stays; the other profiles, and the sample notebook, are untouched.
#[tauri::command]
pub async fn wipe_store(state: State<'_, AppState>) -> Res<usize> {
    let open = state.close().await;
    let (dir, mut removed) = match open {
        Some(store) => (store.data_dir().to_path_buf(), store.wipe()?),
        None => {
            let dir = state.profile_dir()?;
            let removed = if Store::exists(&dir) { wipe_store_files(&dir)? } else { vec![] };
            (dir, removed)
        }
    };
    let mut profiles = Profiles::load(state.data_dir())?;
    if let Some(name) = profiles.name_of(&dir).filter(|_| dir != state.data_dir()).map(str::to_string) {
        removed.extend(profiles.remove(&name)?);
        if state.profile().as_deref() == Some(name.as_str()) {
            state.set_profile(None);
        }
    }
    Ok(removed.len())
}

/// Every change to a session and its items, oldest first.
#[tauri::command]
pub async fn session_history(state: State<'_, AppState>, id: RecordId) -> Res<Vec<HistoryEntry>> {
    state.read(move |s| s.session_history(id)).await
}

/// Tables for analysis up to `tier`: an XLSX file, or CSV files in a folder. Progress goes to
/// `on_progress`; `cancel_job("tables")` stops it before any file is written.
#[tauri::command]
pub async fn export_tables(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    xlsx: bool,
    tier: Tier,
    on_progress: Channel<Step>,
) -> Res<TableReport> {
    let path = chosen(&app, path)?;
    let format = if xlsx { TableFormat::Xlsx } else { TableFormat::Csv };
    state
        .long_read("tables", move |s, cancel| {
            let report = |step: Step| drop(on_progress.send(step));
            s.export_tables_with(&path, format, tier, &Progress::new(&report, cancel))
        })
        .await
}

/// Each record's tier in one session, and the names found in each free-text field with theirs.
#[tauri::command]
pub async fn session_marks(state: State<'_, AppState>, id: RecordId) -> Res<fieldbook_core::table::SessionMarks> {
    state.read(move |s| s.session_marks(id)).await
}
