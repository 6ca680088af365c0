//! Tiers as the editor shows them: each record's tier and the names found in each text.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::RecordId;
use tauri::State;

/// Each record's tier in one session, and the names found in each free-text field with theirs.
#[tauri::command]
pub async fn session_marks(state: State<'_, AppState>, id: RecordId) -> Res<fieldbook_core::table::SessionMarks> {
    state.read(move |s| s.session_marks(id)).await
}
