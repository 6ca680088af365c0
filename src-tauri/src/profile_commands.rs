//! Profiles: which store the unlock screen opens, and adding one (an office keeping two
//! organisations apart on one laptop).

use crate::error::{CmdError, Res};
use crate::state::AppState;
use fieldbook_core::profiles::Profiles;
use tauri::State;

/// Chooses the profile the unlock screen opens (`None`: the first). Only while locked: an open
/// store is never swapped under the window.
#[tauri::command]
pub async fn choose_profile(state: State<'_, AppState>, name: Option<String>) -> Res<()> {
    if state.unlocked().await {
        return Err(CmdError::new("profile-while-open", String::new()));
    }
    Profiles::load(state.data_dir())?.dir_of(name.as_deref())?;
    state.set_profile(name);
    Ok(())
}

/// Adds a profile (its store is made at its first unlock, with its own passphrase) and chooses it.
#[tauri::command]
pub async fn add_profile(state: State<'_, AppState>, name: String) -> Res<()> {
    if state.unlocked().await {
        return Err(CmdError::new("profile-while-open", String::new()));
    }
    Profiles::load(state.data_dir())?.add(&name)?;
    state.set_profile(Some(name.trim().to_string()));
    Ok(())
}
