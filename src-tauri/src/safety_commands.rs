//! Device-safety commands for the webview: re-key, the unexported-changes warning, and wipe.

use crate::commands::{AppState, Res};
use fieldbook_core::store::wipe_store_files;
use fieldbook_core::Passphrase;
use tauri::State;

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
