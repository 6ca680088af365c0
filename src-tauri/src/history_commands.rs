//! The history of a session: who changed what, when.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::store::HistoryEntry;
use fieldbook_core::RecordId;
use tauri::State;

/// Every change to a session and its items, oldest first.
#[tauri::command]
pub async fn session_history(state: State<'_, AppState>, id: RecordId) -> Res<Vec<HistoryEntry>> {
    state.read(move |s| s.session_history(id)).await
}
