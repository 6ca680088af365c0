//! The dashboard: what the office's sessions add up to.

use crate::error::Res;
use crate::state::{today, AppState};
use fieldbook_core::dashboard::Dashboard;
use tauri::State;

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>) -> Res<Dashboard> {
    state.read(move |s| s.dashboard(today())).await
}
