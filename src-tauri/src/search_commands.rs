//! Search across what was said in every session.

use crate::error::Res;
use crate::state::AppState;
use fieldbook_core::search::{SearchHit, SearchQuery};
use tauri::State;

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: SearchQuery) -> Res<Vec<SearchHit>> {
    state.read(move |s| s.search(&query)).await
}
