//! The device's safety: a new passphrase (re-key), the unexported-changes warning, and wiping
//! the store.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::profiles::Profiles;
use fieldbook_core::store::wipe_store_files;
use fieldbook_core::{Passphrase, Store};
use tauri::State;

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
