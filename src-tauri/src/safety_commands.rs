//! Safety commands for the webview: re-key, the unexported-changes warning, wipe, the audit
//! history and table exports cut to a tier.

use crate::commands::{chosen, AppState, Res};
use fieldbook_core::store::{wipe_store_files, HistoryEntry};
use fieldbook_core::table::{TableFormat, TableReport};
use fieldbook_core::tier::Tier;
use fieldbook_core::{Passphrase, RecordId};
use std::path::PathBuf;
use tauri::{AppHandle, State};

#[tauri::command]
#[allow(clippy::needless_pass_by_value)]
pub fn change_passphrase(state: State<'_, AppState>, current: String, new: String) -> Res<()> {
    state.with(|s| s.change_passphrase(&Passphrase::new(current), &Passphrase::new(new)))
}

#[tauri::command]
pub fn unexported_changes(state: State<'_, AppState>) -> Res<i64> {
    state.with(|s| s.unexported_changes())
}

/// Closes the store (dropping its key) and destroys its files; returns how many were removed.
#[tauri::command]
pub fn wipe_store(state: State<'_, AppState>) -> Res<usize> {
    let open = state.take();
    let removed = match open {
        Some(store) => store.wipe()?,
        None => wipe_store_files(&state.data_dir)?,
    };
    Ok(removed.len())
}

/// Every change to a session and its items, oldest first.
#[tauri::command]
pub fn session_history(state: State<'_, AppState>, id: RecordId) -> Res<Vec<HistoryEntry>> {
    state.with(|s| s.session_history(id))
}

/// Tables for analysis up to `tier`: an XLSX file, or CSV files in a folder.
#[tauri::command(async)]
pub fn export_tables(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    xlsx: bool,
    tier: Tier,
) -> Res<TableReport> {
    let path = chosen(&app, path)?;
    state.with(|s| s.export_tables(&path, if xlsx { TableFormat::Xlsx } else { TableFormat::Csv }, tier))
}

/// Each record's tier in one session, and fields more sensitive than their record.
#[tauri::command]
pub fn session_tiers(state: State<'_, AppState>, id: RecordId) -> Res<std::collections::BTreeMap<String, Tier>> {
    state.with(|s| Ok(fieldbook_core::tier::doc_tiers(&s.session_doc(id)?)))
}
